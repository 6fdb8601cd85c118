"""What an image input is (a band stack or a product), and the checks that catch the usual mistakes."""
import math
import os
import uuid
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, osr

from ..errors import CoreError
from ..periods import from_int
from ..rasters import grid
from ..rasters.dates import date_from_metadata, date_from_name
from . import masks, products, sensors
from .normalise import sample_windows
from .reflectance import band_nodata, nodata_pixels, typed_value

# Reflectance no real surface has: well below zero or far above one (the preset does not fit the stack)
IMPOSSIBLE_LOW = -0.05
IMPOSSIBLE_HIGH = 1.5
IMPOSSIBLE_SHARE = 0.10


@dataclass
class Image:
    """A band stack to read with its mask, mask type, reflectance preset and date (None if unknown)."""

    path: str
    mask: object
    mask_type: int
    sensor: sensors.Sensor
    date: object
    product: bool = False
    name: str = ""


def resolve(path, mask_path, sensor, mask_type, role, workdir):
    """A product (read in place; a file of an extracted product stands for it) or a plain stack with the user's
    mask, preset and the date in its name."""
    path = products.owner(path) or str(path)
    if products.is_product(path):
        product = products.open_product(path, workdir, role)
        return Image(product.stack, product.mask, product.mask_type, product.sensor, product.date, True,
                     product.name)
    date = date_from_name(path) or date_from_metadata(path)
    return Image(path, str(mask_path) if mask_path else None, mask_type, sensor, date, False, os.path.basename(path))


def grid_buffer(dataset, metres):
    """The cloud-edge buffer in pixels of this grid."""
    srs = grid.srs_of(dataset)
    geographic = bool(srs is not None and srs.IsGeographic())
    gt = dataset.GetGeoTransform()
    latitude = gt[3] + gt[5] * dataset.RasterYSize / 2.0
    return masks.buffer_pixels(metres, gt, geographic, latitude)


def preset_windows(dataset):
    """The few small windows, spread over the image, whose pixels the preset check reads."""
    return list(sample_windows(dataset.RasterXSize, dataset.RasterYSize, size=48, per_side=5))


def preset_bands(dataset, sensor):
    """The band numbers the preset check may read: the preset's, and the first six (the other presets')."""
    return sorted(set(sensor.bands) | set(range(1, min(6, dataset.RasterCount) + 1)))


def _sample_reflectance(dataset, sensor, read=None):
    """Reflectance of valid pixels (not 0 on every band, not a declared NoData) in a few small windows spread
    over the image (bands x pixels). read(window, bands) -> DN: windows already read (default: read them)."""
    parts = []
    nodata = band_nodata(dataset, sensor.bands)
    for window in preset_windows(dataset):
        x, y, cols, rows = window
        if read is None:
            dn = dataset.ReadAsArray(x, y, cols, rows, band_list=list(sensor.bands))
        else:
            dn = read(window, sensor.bands)
        dn = dn.reshape(len(sensor.bands), rows, cols)
        valid = np.any(dn != 0, axis=0) & ~nodata_pixels(dn, nodata)
        parts.append(dn[:, valid].astype(np.float64))
    dn = np.concatenate(parts, axis=1) if parts else np.zeros((len(sensor.bands), 0))
    return dn * sensor.scale + sensor.offset


def _impossible_share(refl):
    if refl.shape[1] == 0:
        return 0.0
    bad = np.any((refl < IMPOSSIBLE_LOW) | (refl > IMPOSSIBLE_HIGH), axis=0)
    return float(np.count_nonzero(bad)) / refl.shape[1]


def check_preset(dataset, sensor, role, preset_index, read=None):
    """Raise `implausible_preset` when the preset turns the stack into impossible reflectance (`read`: as in
    _sample_reflectance)."""
    if _impossible_share(_sample_reflectance(dataset, sensor, read)) <= IMPOSSIBLE_SHARE:
        return
    best, best_blue = None, None
    for index, candidate in sensors.PRESETS.items():
        if index == preset_index or candidate.band_count_needed > dataset.RasterCount:
            continue
        refl = _sample_reflectance(dataset, candidate, read)
        if refl.shape[1] == 0 or _impossible_share(refl) > IMPOSSIBLE_SHARE:
            continue
        blue = float(np.median(refl[0]))
        if blue >= 0 and (best_blue is None or blue < best_blue):
            best, best_blue = index, blue
    raise CoreError("implausible_preset", role=role, preset=preset_index, suggestion=-1 if best is None else best)


def mask_sample(dataset):
    """Values of a mask band in a few small windows, its declared NoData left out (cheap: no full read)."""
    band = dataset.GetRasterBand(1)
    parts = [band.ReadAsArray(x, y, cols, rows).ravel()
             for x, y, cols, rows in sample_windows(dataset.RasterXSize, dataset.RasterYSize, size=64, per_side=6)]
    values = np.concatenate(parts) if parts else np.zeros(0)
    nodata = typed_value(band.GetNoDataValue(), values.dtype)
    return values if nodata is None else values[values != nodata]


def check_date_order(before, after):
    """Raise `dates_swapped` when the image given as before is later than the one given as after."""
    if before.date and after.date and before.date > after.date:
        raise CoreError("dates_swapped", before=_iso(before.date), after=_iso(after.date),
                        before_role="BEFORE", after_role="AFTER")


def _iso(value):
    return f"{value // 10000:04d}-{value // 100 % 100:02d}-{value % 100:02d}"


def extent_in_crs(extent, dataset):
    """The extent (xmin, ymin, xmax, ymax, crs wkt) as bounds in the dataset's CRS."""
    xmin, ymin, xmax, ymax, wkt = extent
    target = grid.srs_of(dataset)
    if wkt and target is not None:
        source = osr.SpatialReference()
        source.ImportFromWkt(wkt)
        source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        if not source.IsSame(target):
            return osr.CoordinateTransformation(source, target).TransformBounds(xmin, ymin, xmax, ymax, 21)
    return xmin, ymin, xmax, ymax


def clip_to_extent(path, dataset, extent, workdir):
    """A VRT window of `dataset` covering the extent (xmin, ymin, xmax, ymax, crs wkt); only it is read."""
    xmin, ymin, xmax, ymax = extent_in_crs(extent, dataset)
    gt = dataset.GetGeoTransform()
    col0 = max(0, math.floor((xmin - gt[0]) / gt[1]))
    col1 = min(dataset.RasterXSize, math.ceil((xmax - gt[0]) / gt[1]))
    row0 = max(0, math.floor((ymax - gt[3]) / gt[5]))
    row1 = min(dataset.RasterYSize, math.ceil((ymin - gt[3]) / gt[5]))
    if col1 <= col0 or row1 <= row0:
        raise CoreError("extent_outside", role="EXTENT")
    vrt = os.path.join(workdir, f"extent_{uuid.uuid4().hex}.vrt")
    gdal.Translate(vrt, dataset, format="VRT", srcWin=[col0, row0, col1 - col0, row1 - row0]).FlushCache()
    return vrt


def check_mask(dataset, mask_type, role):
    """Raise `not_a_mask` unless the raster is one integer band with values the type allows."""
    if dataset.RasterCount != 1:
        raise CoreError("not_a_mask", role=role, reason="bands", found=dataset.RasterCount)
    band = dataset.GetRasterBand(1)
    is_integer = band.DataType in (gdal.GDT_Byte, gdal.GDT_UInt16, gdal.GDT_Int16, gdal.GDT_UInt32, gdal.GDT_Int32)
    low, high = band.ComputeRasterMinMax(True) if is_integer else (0, 0)
    sample = mask_sample(dataset) if is_integer else None
    reason = masks.check_mask_values(low, high, is_integer, mask_type, sample)
    if reason:
        raise CoreError("not_a_mask", role=role, reason=reason, chosen=mask_type)


def match_masks(image_paths, image_date_values, mask_paths):
    """Masks in image order: by the date in their names when all have one, else by position."""
    if not mask_paths:
        return [None] * len(image_paths)
    mask_dates = [date_from_name(path) for path in mask_paths]
    if all(mask_dates) and len(set(mask_dates)) == len(mask_dates):
        by_date = dict(zip(mask_dates, mask_paths))
        missing = [d for d in image_date_values if d not in by_date]
        if missing or len(mask_paths) != len(image_paths):
            raise CoreError("masks_unmatched", dates=", ".join(from_int(d).isoformat() for d in missing) or "-")
        return [by_date[d] for d in image_date_values]
    if len(mask_paths) != len(image_paths):
        raise CoreError("masks_count", masks=len(mask_paths), images=len(image_paths))
    return list(mask_paths)


def resolve_series(image_paths, mask_paths, sensor, mask_type, dates, work):
    """Images sorted by date: products with their own masks and dates, stacks with the user's."""
    items = products.expand([str(p) for p in image_paths])
    if len(items) < 2:
        raise CoreError("one_image", count=len(items))
    images = [resolve(path, None, sensor, mask_type, "IMAGES", work) for path in items]
    stacks = [image for image in images if not image.product]
    if dates and stacks:  # products bring their own dates
        if len(dates) != len(stacks):
            raise CoreError("dates_count", dates=len(dates), images=len(stacks))
        for image, value in zip(stacks, dates):
            image.date = value
    for image in stacks:
        if image.date is None:
            raise CoreError("no_date", path=image.name)
    date_values = [image.date for image in images]
    repeated = sorted({d for d in date_values if date_values.count(d) > 1})
    if repeated:
        raise CoreError("same_date", dates=", ".join(from_int(d).isoformat() for d in repeated), source="optical",
                        names=", ".join(image.name for image in images if image.date in repeated))
    # products bring their own masks: the SCL or QA_PIXEL of a product given as a mask too goes with its product
    mask_paths = [str(p) for p in (mask_paths or []) if stacks and not products.owner(p)]
    matched = match_masks([image.path for image in stacks], [image.date for image in stacks], mask_paths)
    for image, mask in zip(stacks, matched):
        image.mask = mask
    return sorted(images, key=lambda image: image.date)
