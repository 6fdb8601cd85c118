"""Seeded simulator of Sentinel-2 L2A scenes over a La Pampa-like landscape, with ground truth.

A river with sediment-laden water, an existing mining front along it that grows, a new
isolated mine, ponds of several colours (turbid brown, green, dark), bright and wet tailings,
the Interoceanic highway with a new branch road, pasture, crops, bare red farm soil and a
burn, secondary forest, clouds with shadows, and season and atmosphere that differ between
dates. Bands B2,B3,B4,B8,B11,B12 as reflectance*10000 (UInt16, 0 = no data), SCL masks.

Ground truth (UInt8): 0 no forest loss, 1 mining loss, 2 other forest loss, between each
date and the first one.
"""
import argparse
import os

import numpy as np
from osgeo import gdal, osr
from scipy import ndimage

gdal.UseExceptions()

# Land cover codes and their reflectance (B2, B3, B4, B8, B11, B12)
FOREST, SECONDARY, RIVER, POND_TURBID, POND_GREEN, POND_DARK = 1, 2, 3, 4, 5, 6
TAILINGS, TAILINGS_WET, PASTURE, DRY_PASTURE, SOIL, CROP, BURNT, ROAD = 7, 8, 9, 10, 11, 12, 13, 14
SPECTRA = {
    FOREST: (0.020, 0.040, 0.022, 0.300, 0.140, 0.055),
    SECONDARY: (0.025, 0.050, 0.030, 0.340, 0.170, 0.075),
    RIVER: (0.070, 0.100, 0.110, 0.090, 0.030, 0.020),
    POND_TURBID: (0.080, 0.110, 0.120, 0.100, 0.035, 0.025),
    POND_GREEN: (0.030, 0.070, 0.040, 0.060, 0.020, 0.012),
    POND_DARK: (0.030, 0.040, 0.030, 0.025, 0.012, 0.008),
    TAILINGS: (0.110, 0.150, 0.190, 0.240, 0.320, 0.270),
    TAILINGS_WET: (0.070, 0.095, 0.115, 0.160, 0.200, 0.160),
    PASTURE: (0.035, 0.070, 0.050, 0.320, 0.220, 0.110),
    DRY_PASTURE: (0.050, 0.080, 0.090, 0.260, 0.280, 0.180),
    SOIL: (0.060, 0.090, 0.140, 0.230, 0.330, 0.280),
    CROP: (0.040, 0.075, 0.070, 0.280, 0.240, 0.140),
    BURNT: (0.030, 0.040, 0.050, 0.120, 0.170, 0.150),
    ROAD: (0.080, 0.110, 0.160, 0.230, 0.320, 0.270),
}
MINING = (POND_TURBID, POND_GREEN, POND_DARK, TAILINGS, TAILINGS_WET)
OTHER = (PASTURE, DRY_PASTURE, SOIL, CROP, BURNT, ROAD)
FORESTS = (FOREST, SECONDARY)
CLOUD = np.array((0.42, 0.43, 0.45, 0.50, 0.38, 0.28), dtype=np.float32)
NOISE = np.array((0.003, 0.003, 0.003, 0.008, 0.005, 0.004), dtype=np.float32)
ORIGIN_UTM = (383000.0, 8566000.0)  # inside the Tambopata buffer zone west of the reserve
ORIGIN_LONLAT = (-70.07, -12.95)


def smooth(rng, shape, sigma):
    field = ndimage.gaussian_filter(rng.standard_normal(shape).astype(np.float32), sigma)
    return (field - field.mean()) / (field.std() + 1e-9)


def _mine_fill(rng, region, cover):
    """Ponds (three colours) and tailings (bright and wet) inside a mined region."""
    shape = region.shape
    ponds = smooth(rng, shape, 4) > 0.55
    pond_kind = smooth(rng, shape, 10)
    wet = smooth(rng, shape, 3) > 0.4
    cover[region] = TAILINGS
    cover[region & wet] = TAILINGS_WET
    colour = np.where(pond_kind > 0.4, POND_GREEN, np.where(pond_kind < -0.5, POND_DARK, POND_TURBID))
    cover[region & ponds] = colour[region & ponds]


def landscape(size, seed, stages=1):
    """Land cover for stage 0 (before) and each later stage, growing mining and farms."""
    rng = np.random.default_rng(seed)
    n = size
    yy, xx = np.mgrid[0:n, 0:n].astype(np.float32)
    s = n / 512.0
    cover = np.full((n, n), FOREST, dtype=np.uint8)
    cover[smooth(rng, (n, n), 12 * s) > 1.0] = SECONDARY
    phase = rng.uniform(0, 2 * np.pi)
    centre = 120 * s + 40 * s * np.sin(yy / (60 * s) + phase) + 15 * s * np.sin(yy / (23 * s))
    distance = xx - centre
    river = np.abs(distance) < 7 * s
    edge = smooth(rng, (n, n), 6 * s) * 18 * s
    front0 = (distance > 7 * s) & (distance < 70 * s + edge) & (yy > 40 * s) & (yy < 250 * s)
    _mine_fill(rng, front0, cover)
    road_y = 420 * s - 40 * s * xx / n + 3 * s * np.sin(xx / (40 * s))
    road = np.abs(yy - road_y) < 1.6 * max(s, 1)
    farms0 = (yy > road_y + 8 * s) & (yy < road_y + 60 * s) & (xx > 20 * s) & (xx < 200 * s)
    cover[farms0] = np.where(smooth(rng, (n, n), 8 * s) > 0, PASTURE, DRY_PASTURE)[farms0]
    cover[river] = RIVER
    cover[road] = ROAD
    covers = [cover.copy()]

    stage_events = [
        dict(front=(70, 140, 60, 320), mine=(380, 150, 38), farms=[(250, 330, 12, 70, PASTURE),
             (380, 450, -70, -12, SOIL), (200, 245, -120, -80, CROP), (455, 500, -125, -85, BURNT)],
             branch=(300, 250)),
    ]
    for stage in range(stages):
        event = stage_events[stage % len(stage_events)]
        shift = stage // len(stage_events)
        cover = covers[-1].copy()
        grow_near, grow_far, y0, y1 = event["front"]
        grow_far += 25 * shift
        front = (distance > 7 * s) & (distance < grow_far * s + edge) & (yy > y0 * s) & (yy < (y1 + 20 * shift) * s)
        new_front = front & np.isin(cover, FORESTS)
        cx, cy, r = event["mine"]
        blob = (xx - cx * s) ** 2 + (yy - cy * s) ** 2 < ((r + 8 * shift) * s + edge * 0.6) ** 2
        new_mine = blob & np.isin(cover, FORESTS)
        _mine_fill(rng, new_front | new_mine, cover)
        for x0, x1, dy0, dy1, kind in event["farms"]:
            field = (xx > x0 * s) & (xx < x1 * s) & (yy > road_y + dy0 * s) & (yy < road_y + dy1 * s)
            cover[field & np.isin(cover, FORESTS)] = kind
        bx, by = event["branch"]
        branch = (np.abs(xx - bx * s - 0.15 * (yy - by * s)) < 1.2 * max(s, 1)) & (yy > by * s) & (yy < road_y)
        cover[branch & np.isin(cover, FORESTS)] = ROAD
        covers.append(cover)
    return covers


def render(cover, seed, cloud_cover=0.08, season=0.0, gain=None, haze=0.0, leaks=False, spectra=None, edges=False):
    """Reflectance (6, n, n) and SCL for one date; leaks adds thin haze and shadow fringes SCL misses.

    edges adds what real scenes show around clouds and on hills: thin, unmasked halos fading over 4 pixels
    beyond the masked cloud, patches of haze, and terrain shadow on the slopes facing away from the sun.
    """
    rng = np.random.default_rng(seed)
    n = cover.shape[0]
    lut = np.zeros((16, 6), dtype=np.float32)
    for code, spectrum in (spectra or SPECTRA).items():
        lut[code] = spectrum
    refl = np.moveaxis(lut[cover], -1, 0).copy()
    texture = smooth(rng, (n, n), 1.5)
    refl *= 1 + 0.06 * texture
    forest = np.isin(cover, FORESTS)
    # dry season: canopies a little darker in NIR and brighter in SWIR
    refl[3][forest] *= 1 - 0.08 * season
    refl[4][forest] *= 1 + 0.10 * season
    refl[5][forest] *= 1 + 0.10 * season
    refl += rng.standard_normal(refl.shape).astype(np.float32) * NOISE[:, None, None]
    gain = np.ones(6, dtype=np.float32) if gain is None else np.asarray(gain, dtype=np.float32)
    haze_add = haze * np.array((1.0, 0.7, 0.5, 0.25, 0.08, 0.04), dtype=np.float32)
    refl = refl * gain[:, None, None] + haze_add[:, None, None]

    field = smooth(rng, (n, n), 10 * n / 512.0)
    threshold = np.quantile(field, 1 - cloud_cover) if cloud_cover > 0 else np.inf
    opacity = np.clip((field - threshold) / 0.6, 0, 1)
    shift = (int(14 * n / 512), int(9 * n / 512))
    shadow = np.roll(opacity, shift, axis=(0, 1)) > 0.05
    refl[:, shadow] *= 0.35
    fringe = np.zeros((n, n), dtype=bool)
    if leaks:
        # a shadow fringe one or two pixels wide around the masked shadow, half as dark
        fringe = ndimage.binary_dilation(shadow, iterations=2) & ~shadow
        refl[:, fringe] *= 0.7
        # patches of thin haze that no mask flags
        thin = np.clip((smooth(rng, (n, n), 14 * n / 512.0) - 1.2) / 3.0, 0, 0.05)
        refl = refl * (1 - thin) + CLOUD[:, None, None] * thin
    if edges:
        refl = _cloud_edges(refl, rng, opacity, n)
    refl = refl * (1 - opacity) + CLOUD[:, None, None] * opacity
    refl = np.clip(refl, 0.0001, 1.0)

    scl = np.full((n, n), 4, dtype=np.uint8)
    scl[~np.isin(cover, FORESTS + (PASTURE, DRY_PASTURE, CROP))] = 5
    scl[np.isin(cover, (RIVER, POND_TURBID, POND_GREEN, POND_DARK))] = 6
    scl[shadow] = 3
    cloud_any = ndimage.binary_dilation(opacity > 0, iterations=2)
    scl[cloud_any] = 8
    scl[opacity > 0.5] = 9
    return refl, scl


HALO_PIXELS = 4  # unmasked halo beyond the SCL cloud mask (which is the cloud dilated by 2 pixels)
HALO_OPACITY = 0.10  # cloud fraction of the halo next to the mask, fading to 0 at HALO_PIXELS
HAZE_PATCH = 0.06  # cloud fraction of the haziest unmasked haze patches
TERRAIN_SHADE = 0.45  # darkest terrain shadow: 45 % of the light lost on the steepest shaded slopes


def _cloud_edges(refl, rng, opacity, n):
    """Halos around masked clouds, haze patches and terrain shadow (no mask flags any of them)."""
    masked = ndimage.binary_dilation(opacity > 0, iterations=2)
    distance = ndimage.distance_transform_edt(~masked)
    halo = np.where(masked, 0.0, np.clip(1 - (distance - 1) / HALO_PIXELS, 0, 1) * HALO_OPACITY)
    patches = np.clip((smooth(rng, (n, n), 12 * n / 512.0) - 1.0) / 2.0, 0, 1) * HAZE_PATCH
    veil = np.maximum(halo, patches).astype(np.float32)
    # haze is bluish-white and thins towards longer wavelengths (it scatters blue most)
    haze_colour = np.array((0.30, 0.28, 0.26, 0.34, 0.16, 0.09), dtype=np.float32)
    refl = refl * (1 - veil) + haze_colour[:, None, None] * veil
    hills = smooth(rng, (n, n), 6 * n / 512.0)
    slope_x = np.gradient(hills, axis=1)
    shade = np.clip(slope_x / (np.abs(slope_x).max() + 1e-9), 0, 1) * TERRAIN_SHADE
    return refl * (1 - shade)[None].astype(np.float32)


def truth_between(before, after):
    """0 no forest loss, 1 mining loss, 2 other forest loss."""
    truth = np.zeros(before.shape, dtype=np.uint8)
    was_forest = np.isin(before, FORESTS)
    truth[was_forest & np.isin(after, MINING)] = 1
    truth[was_forest & np.isin(after, OTHER)] = 2
    return truth


def geotransform(size, crs, pixel=10.0):
    if crs == "EPSG:4326":
        deg = pixel / 111320.0
        return (ORIGIN_LONLAT[0], deg, 0.0, ORIGIN_LONLAT[1], 0.0, -deg)
    return (ORIGIN_UTM[0], pixel, 0.0, ORIGIN_UTM[1], 0.0, -pixel)


def write(path, array, gt, crs, data_type, nodata=None, metadata=None):
    bands = array.shape[0] if array.ndim == 3 else 1
    options = ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=2", "ZLEVEL=9"]
    ds = gdal.GetDriverByName("GTiff").Create(path, array.shape[-1], array.shape[-2], bands, data_type, options)
    ds.SetGeoTransform(gt)
    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs)
    ds.SetProjection(srs.ExportToWkt())
    for index in range(bands):
        band = ds.GetRasterBand(index + 1)
        band.WriteArray(array[index] if array.ndim == 3 else array)
        if nodata is not None:
            band.SetNoDataValue(nodata)
    if metadata:
        ds.SetMetadata(metadata)
    ds.FlushCache()


def to_dn(refl):
    return np.clip(np.round(refl * 10000), 1, 65535).astype(np.uint16)


DATES = ("20180710", "20190805")


def jittered_spectra(seed, jitter):
    """Every class spectrum scaled band by band by up to +-jitter: another landscape's materials."""
    rng = np.random.default_rng(seed)
    return {code: tuple(np.clip(np.array(spectrum) * rng.uniform(1 - jitter, 1 + jitter, 6), 0.003, 0.9))
            for code, spectrum in SPECTRA.items()}


def make_pair(folder, seed=2019, size=512, crs="EPSG:32719", prefix="S2_L2A", dates=DATES, jitter=0.0,
              edges=False):
    """Write the before/after stacks, SCL masks and truth; return their paths (edges: cloud edges, haze, hills)."""
    os.makedirs(folder, exist_ok=True)
    covers = landscape(size, seed, stages=1)
    spectra = jittered_spectra(seed + 7, jitter) if jitter else None
    rng = np.random.default_rng(seed + 1)
    gt = geotransform(size, crs)
    looks = [
        dict(cloud_cover=0.07, season=0.0, gain=rng.uniform(0.95, 1.05, 6), haze=0.0),
        dict(cloud_cover=0.10, season=1.0, gain=rng.uniform(0.88, 1.12, 6), haze=0.012),
    ]
    paths = {}
    for index, (date, cover, look) in enumerate(zip(dates, covers, looks)):
        refl, scl = render(cover, seed + 10 + index, spectra=spectra, edges=edges, **look)
        stack = os.path.join(folder, f"{prefix}_{date}_LaPampa_stack.tif")
        mask = os.path.join(folder, f"{prefix}_{date}_LaPampa_SCL.tif")
        write(stack, to_dn(refl), gt, crs, gdal.GDT_UInt16, nodata=0)
        write(mask, scl, gt, crs, gdal.GDT_Byte)
        paths[f"stack_{index}"], paths[f"scl_{index}"] = stack, mask
    truth = truth_between(covers[0], covers[1])
    paths["truth"] = os.path.join(folder, f"truth_{dates[0]}_{dates[1]}.tif")
    write(paths["truth"], truth, gt, crs, gdal.GDT_Byte)
    return paths


def make_sample(root):
    """The embedded sample: pair, series and SCL in resources/sample, their truth in tests/data."""
    sample = os.path.join(root, "resources", "sample")
    paths = make_pair(sample, seed=2019, size=512)
    truth = os.path.join(root, "tests", "data", "sample_truth_20180710_20190805.tif")
    os.makedirs(os.path.dirname(truth), exist_ok=True)
    os.replace(paths["truth"], truth)
    paths["truth"] = truth
    series = make_series(os.path.join(sample, "series"), seed=2018, size=200)
    os.remove(series["forest"])
    for key in ("truth", "truth_date"):
        target = os.path.join(root, "tests", "data", "sample_series_" + os.path.basename(series[key]))
        os.replace(series[key], target)
        paths["series_" + key] = target
    paths["series_stacks"], paths["series_masks"] = series["stacks"], series["masks"]
    return paths


SERIES_DATES = ("20180315", "20180610", "20180820", "20181105", "20190125", "20190410", "20190630", "20190915")
OPERATION_DAY = 20190219  # Operation Mercurio: mining slows down after it


def _ordinal(value):
    import datetime

    value = int(value)
    return datetime.date(value // 10000, value // 100 % 100, value % 100).toordinal()


def loss_schedule(covers, seed, first=20180401, last=20190801):
    """Day (ordinal) on which each changed pixel is lost: mining fronts advance, farms are cleared at once."""
    rng = np.random.default_rng(seed)
    before, after = covers
    changed = np.isin(before, FORESTS) & ~np.isin(after, FORESTS)
    start, end = _ordinal(first), _ordinal(last)
    pivot = _ordinal(OPERATION_DAY)
    event = np.zeros(before.shape, dtype=np.int64)
    labels, count = ndimage.label(changed, structure=np.ones((3, 3)))
    for label in range(1, count + 1):
        patch = labels == label
        if np.isin(after[patch], MINING).mean() > 0.5:
            # a front: distance from pre-existing non-forest ground sets the order of clearing
            distance = ndimage.distance_transform_edt(~(~np.isin(before, FORESTS) | ~patch))
            share = distance[patch] / max(distance[patch].max(), 1)
            # 95 % of the mining front is cleared before the operation, the rest slowly after it
            days = np.where(share < 0.95, start + share / 0.95 * (pivot - start),
                            pivot + (share - 0.95) / 0.05 * (end - pivot))
            event[patch] = days.astype(np.int64)
        else:
            event[patch] = int(rng.uniform(start, end))
    return event


def event_dates(event):
    """YYYYMMDD (Int32, 0 = no loss) of each pixel's loss day (ordinal)."""
    import datetime

    event_date = np.zeros(event.shape, dtype=np.int32)
    for value in np.unique(event[event > 0]):
        day = datetime.date.fromordinal(int(value))
        event_date[event == value] = day.year * 10000 + day.month * 100 + day.day
    return event_date


def make_series(folder, seed=2018, size=200, crs="EPSG:32719", pixel=20.0, dates=SERIES_DATES, prefix="S2_L2A",
                leaks=True, edges=False):
    """A dated series of stacks and SCL masks, plus truth class and truth event-day rasters (edges: cloud
    halos, haze patches and terrain shadow on every date)."""

    os.makedirs(folder, exist_ok=True)
    covers = landscape(size, seed, stages=1)
    event = loss_schedule(covers, seed + 5)
    rng = np.random.default_rng(seed + 3)
    gt = geotransform(size, crs, pixel)
    paths = {"stacks": [], "masks": []}
    for index, date in enumerate(dates):
        day = _ordinal(date)
        cover = np.where((event > 0) & (event <= day), covers[1], covers[0])
        month = int(date[4:6])
        look = dict(cloud_cover=float(rng.uniform(0.05, 0.2)), season=1.0 if 6 <= month <= 10 else 0.0,
                    gain=rng.uniform(0.9, 1.1, 6), haze=float(rng.uniform(0, 0.015)), leaks=leaks, edges=edges)
        refl, scl = render(cover, seed + 100 + index, **look)
        stack = os.path.join(folder, f"{prefix}_{date}_LaPampa_20m_stack.tif")
        mask = os.path.join(folder, f"{prefix}_{date}_LaPampa_20m_SCL.tif")
        write(stack, to_dn(refl), gt, crs, gdal.GDT_UInt16, nodata=0)
        write(mask, scl, gt, crs, gdal.GDT_Byte)
        paths["stacks"].append(stack)
        paths["masks"].append(mask)
    truth = truth_between(covers[0], covers[1])
    truth[event == 0] = 0
    event_date = event_dates(event)
    paths["truth"] = os.path.join(folder, "truth_series_class.tif")
    paths["truth_date"] = os.path.join(folder, "truth_series_event_date.tif")
    paths["forest"] = os.path.join(folder, "forest_at_start.tif")
    write(paths["truth"], truth, gt, crs, gdal.GDT_Byte)
    write(paths["forest"], np.isin(covers[0], FORESTS).astype(np.uint8), gt, crs, gdal.GDT_Byte)
    write(paths["truth_date"], event_date, gt, crs, gdal.GDT_Int32)
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", help="output folder, or 'sample' for the plugin's embedded sample")
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--size", type=int, default=512)
    parser.add_argument("--crs", default="EPSG:32719")
    args = parser.parse_args()
    if args.folder == "sample":
        paths = make_sample(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    else:
        paths = make_pair(args.folder, args.seed, args.size, args.crs)
    for key, path in paths.items():
        print(key, path)


if __name__ == "__main__":
    main()
