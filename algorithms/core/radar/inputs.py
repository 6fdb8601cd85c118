"""Sentinel-1 RTC inputs as downloaded: ASF HyP3 RTC (zip or folder), OPERA RTC-S1 GeoTIFFs, VV/VH stacks.

- HyP3 (`S1A_IW_20190106T101512_DVP_RTC30_G_gpuned_A100`): `<name>/<name>_VV.tif` and `_VH.tif`; the scale
  is the name's letter after the radiometry (`p` power, `d` decibel, `a` amplitude); `_ls_map.tif` where
  present: values add 1 tested, 2 and 8 look-angle notes, 4 layover, 16 shadow; layover or shadow is masked.
- OPERA RTC-S1 (`OPERA_L2_RTC-S1_<burst>_<YYYYMMDDTHHMMSSZ>_..._VV.tif`): linear power; the `_mask.tif`
  beside it: 0 valid, 1 shadow, 2 layover, 3 both, 255 fill; shadow or layover is masked.
- A plain stack: band 1 VV, band 2 VH, in dB when its values are negative, else power.
The date comes from the name (the first YYYYMMDD), else GDAL metadata.
"""
import os
import re
from dataclasses import dataclass

import numpy as np
from osgeo import gdal

from ..errors import CoreError
from ..periods import from_int
from ..rasters import grid
from ..rasters.dates import date_from_metadata, date_from_name

_HYP3 = re.compile(r"^S1[ABCD]_[A-Z0-9]{2}_\d{8}T\d{6}_[DS][VH][PRO]_RTC\d+_[A-Z]_([gs])([pda])([uw])", re.I)
_OPERA = re.compile(r"^OPERA_L2_RTC-S1_.*_(VV|VH|HH|HV)\.tif$", re.I)
# a HyP3 product's name, the start of each of its files' names (<name>_VV.tif, <name>_rgb.png, <name>.log ...)
_HYP3_NAME = re.compile(_HYP3.pattern + r"[a-z]{3}_[0-9A-F]{4}", re.I)
_SIDE_FILE = re.compile(r"_(mask|ls_map|inc_map|area|dem|rgb|local_incidence_angle)\.tiff?$", re.I)
POWER, DECIBEL, AMPLITUDE = "power", "decibel", "amplitude"
_SCALES = {"p": POWER, "d": DECIBEL, "a": AMPLITUDE}
HYP3_LAYOVER, HYP3_SHADOW = 4, 16
OPERA_FILL = 255
MAX_POWER = 10.0  # +10 dB: no Sentinel-1 gamma0 of land has a median this bright (optical DN do)


@dataclass
class RadarImage:
    """One date: where VV and VH are (path, band), their scale, an optional layover/shadow map, the date."""

    name: str
    vv: tuple
    vh: tuple
    scale: str
    date: int
    mask: str = None
    mask_kind: str = None  # "hyp3" (bit values) or "opera" (0 valid, 1..3 shadow/layover, 255 fill)
    scale_from_name: bool = True  # False: a plain stack's scale, read from its values


def _fail(path, reason):
    return CoreError("bad_radar", path=os.path.basename(str(path).rstrip("/\\")), reason=reason)


def _entries(path):
    """(base for GDAL, file names inside) of a folder or a zip, or None."""
    if os.path.isdir(path):
        return path, sorted(os.listdir(path))
    if path.lower().endswith(".zip"):
        try:
            names = gdal.ReadDirRecursive("/vsizip/" + path)
        except RuntimeError:
            names = None
        if not names:
            raise _fail(path, "unreadable")
        return "/vsizip/" + path, sorted(n for n in names if not n.endswith("/"))
    return None


def _date(path, name):
    value = date_from_name(name) or date_from_metadata(path)
    if value is None:
        raise _fail(path, "no_date")
    return value


def _hyp3(path, base, names):
    stem = os.path.basename(path.rstrip("/\\"))
    stem = stem[:-4] if stem.lower().endswith(".zip") else stem
    match = _HYP3.match(stem)
    if not match:
        raise _fail(path, "not_radar")
    files = {}
    for entry in names:
        for suffix in ("_VV.tif", "_VH.tif", "_ls_map.tif"):
            if entry.endswith(suffix):
                files[suffix] = f"{base}/{entry}"
    if "_VV.tif" not in files:
        raise _fail(path, "no_vv")
    if "_VH.tif" not in files:
        raise _fail(path, "no_vh")
    return RadarImage(stem, (files["_VV.tif"], 1), (files["_VH.tif"], 1), _SCALES[match.group(2).lower()],
                      _date(files["_VV.tif"], stem), files.get("_ls_map.tif"), "hyp3")


def _hyp3_part(path):
    """The product (folder/name) one of a HyP3 product's files belongs to (as the dialog lists them, or
    extracted without the product's folder), or None."""
    leaf = os.path.basename(path)
    name = _HYP3_NAME.match(leaf)
    if name and leaf[name.end():name.end() + 1] in ("_", ".") and not leaf.lower().endswith(".zip") \
            and os.path.isfile(path):
        return os.path.join(os.path.dirname(path), name.group(0))
    return None


def _opera(path):
    folder, leaf = os.path.split(path)
    pol = _OPERA.match(leaf).group(1).upper()
    if pol not in ("VV", "VH"):
        raise _fail(path, "no_vh")
    stem = leaf[: -len("_VV.tif")]
    pair = {p: os.path.join(folder, f"{stem}_{p}.tif") for p in ("VV", "VH")}
    if not os.path.exists(pair["VH"]):
        raise _fail(path, "no_vh")
    if not os.path.exists(pair["VV"]):
        raise _fail(path, "no_vv")
    mask = os.path.join(folder, f"{stem}_mask.tif")
    return RadarImage(stem, (pair["VV"], 1), (pair["VH"], 1), POWER, _date(path, leaf),
                      mask if os.path.exists(mask) else None, "opera")


def _stack(path):
    dataset = grid.open_raster(path, "IMAGES")
    leaf = os.path.basename(path)
    if dataset.RasterCount < 2:  # a lone VV is missing its VH; anything else (a cloud mask ...) is not radar
        raise _fail(path, "no_vh" if "vv" in leaf.lower() else "not_radar")
    sample = sample_values(path, 1)
    scale = DECIBEL if sample.size and np.median(sample) < 0 else POWER
    if scale == POWER and sample.size and np.median(sample) > MAX_POWER:  # an optical image, not backscatter
        raise _fail(path, "not_radar")
    return RadarImage(os.path.splitext(leaf)[0], (path, 1), (path, 2), scale, _date(path, leaf),
                      scale_from_name=False)


def open_radar(path):
    """One input item resolved to a RadarImage."""
    path = os.path.abspath(str(path))
    if not os.path.exists(path):
        raise CoreError("unreadable_raster", role="IMAGES", path=path)
    inside = _entries(path)
    if inside is not None:
        return _hyp3(path, *inside)
    product = _hyp3_part(path)
    if product is not None:
        folder, stem = os.path.split(product)
        return _hyp3(product, folder, sorted(e for e in os.listdir(folder) if e.startswith(stem + "_")))
    if _OPERA.match(os.path.basename(path)):
        return _opera(path)
    return _stack(path)


def expand(paths):
    """Items of the series: a folder that is not a product stands for the products inside; OPERA pairs and the
    files of one HyP3 product once."""
    items, seen = [], set()
    for path in (str(p) for p in paths):
        candidates = [path]
        leaf = os.path.basename(path.rstrip("/\\"))
        if os.path.isdir(path) and not _HYP3.match(leaf):
            inside = sorted(os.path.join(path, e) for e in os.listdir(path))
            candidates = [p for p in inside if _is_product(p) or _OPERA.match(os.path.basename(p))
                          or (_plain_stack(p) and date_from_name(p))]
            stems = {os.path.splitext(p)[0] for p in candidates if os.path.isdir(p)}
            candidates = [p for p in candidates if not (p.lower().endswith(".zip") and p[:-4] in stems)]
        for candidate in candidates:
            if os.path.basename(candidate).lower().startswith("opera_") and _SIDE_FILE.search(candidate):
                continue  # an OPERA product's mask, picked with its files: read with its VV/VH pair
            key = _hyp3_part(candidate)
            if key is None and _OPERA.match(os.path.basename(candidate)):
                key = re.sub(r"_(VV|VH|HH|HV)\.tif$", "", candidate, flags=re.I)
            if key is not None and key in seen:
                continue
            seen.add(key)
            items.append(candidate)
    return items


def _is_product(path):
    """A HyP3 product: its folder, its zip or one of its files (one item per product: see expand)."""
    leaf = os.path.basename(path)
    return bool(_HYP3.match(leaf)) and (os.path.isdir(path) or leaf.lower().endswith(".zip")
                                        or _hyp3_part(path) is not None)


def _plain_stack(path):
    leaf = os.path.basename(path).lower()
    return leaf.endswith((".tif", ".tiff")) and not leaf.startswith("opera_") and not _SIDE_FILE.search(leaf)


def sample_values(path, band, size=64, per_side=3):
    """Valid values of a band on a few small windows (cheap)."""
    dataset = gdal.Open(path)
    raster = dataset.GetRasterBand(band)
    width, height = dataset.RasterXSize, dataset.RasterYSize
    parts = []
    for row in range(per_side):
        for col in range(per_side):
            x = int((col + 0.5) * width / per_side - size / 2)
            y = int((row + 0.5) * height / per_side - size / 2)
            x, y = max(0, x), max(0, y)
            values = raster.ReadAsArray(x, y, min(size, width - x), min(size, height - y)).astype(np.float64)
            nodata = raster.GetNoDataValue()
            valid = np.isfinite(values) & (values != 0)
            if nodata is not None and np.isfinite(nodata):
                valid &= values != nodata
            parts.append(values[valid])
    return np.concatenate(parts) if parts else np.zeros(0)


def check_scale(image):
    """Raise `radar_scale` when the values do not fit the scale the name gives (dB named as power ...)."""
    values = sample_values(*image.vv) if image.scale_from_name else np.zeros(0)
    if values.size == 0:
        return
    negative = float(np.mean(values < 0))
    looks = DECIBEL if negative > 0.5 else None
    if looks is None and image.scale == DECIBEL:
        looks = POWER if np.median(values) < 2 else None
    if image.scale in (POWER, AMPLITUDE) and negative > 0.1 or image.scale == DECIBEL and looks == POWER:
        raise CoreError("radar_scale", path=image.name, named=image.scale, looks=looks or "?")


def resolve_radar_series(paths, threads=1):
    """RadarImages sorted by date; refused: fewer than two dates, one date twice, grids that do not match. The scales
    are checked on `threads` threads."""
    images = [open_radar(p) for p in expand(paths)]
    if len(images) < 2:
        raise CoreError("one_radar_date", count=len(images))
    values = [image.date for image in images]
    repeated = sorted({d for d in values if values.count(d) > 1})
    if repeated:
        raise CoreError("same_date", dates=", ".join(from_int(d).isoformat() for d in repeated), source="radar",
                        names=", ".join(image.name for image in images if image.date in repeated))
    images.sort(key=lambda image: image.date)
    grid.parallel_map(check_scale, images, threads)  # the first bad one (in date order) raises
    reference = gdal.Open(images[0].vv[0])
    for image in images:
        for path, _band in (image.vv, image.vh):
            check_grid(gdal.Open(path), reference, image.name, images[0].name)
    return images


def check_grid(dataset, reference, name, reference_name):
    """Same CRS, same pixel size and pixel edges that line up: else `radar_grid` (reproject them first)."""
    a, b = grid.srs_of(dataset), grid.srs_of(reference)
    gt, ref = dataset.GetGeoTransform(), reference.GetGeoTransform()
    same_crs = (a is None and b is None) or (a is not None and b is not None and a.IsSame(b))
    same_pixel = abs(gt[1] - ref[1]) <= abs(ref[1]) * 1e-6 and abs(gt[5] - ref[5]) <= abs(ref[5]) * 1e-6
    aligned = same_pixel and all(abs(((o - r) / p) - round((o - r) / p)) < 1e-3
                                 for o, r, p in ((gt[0], ref[0], ref[1]), (gt[3], ref[3], ref[5])))
    if not (same_crs and aligned):
        raise CoreError("radar_grid", path=name, reference=reference_name)
    grid.check_overlap(dataset, reference, name, reference_name)
