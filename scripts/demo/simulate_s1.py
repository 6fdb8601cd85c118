"""Seeded simulator of a Sentinel-1 RTC series (gamma0 VV and VH) over the La Pampa-like landscape of simulate_s2.

The landscape and the day each pixel is lost are simulate_s2's (same seed, same events), sampled on a 30 m
grid as HyP3 RTC30 products are. Backscatter levels come from real Sentinel-1 over La Pampa
(../shared/data/la_pampa_2018: forest VV -7.3 / VH -13.7 dB, bare mining ground -13.2 / -21.0, ponds
-18.1 / -23.9, medians). Each date adds multiplicative speckle (gamma, ENL looks), the wet season
(November to April: forest +0.6 dB, wet soil +1.5 dB VV), and optionally a storm cell on one date (wet
canopy, everything up to 2.5 dB darker) and a bad swath edge on another (no data, then border noise).

Products are written as ASF HyP3 RTC folders or zips (`<name>/<name>_VV.tif`, `_VH.tif`, `_ls_map.tif`,
power scale) or as plain 2-band VV/VH stacks in dB. Truth rasters are on the radar grid.
"""
import datetime
import os
import zipfile

import numpy as np
from osgeo import gdal
from scipy import ndimage

from scripts.demo.simulate_s2 import (
    FOREST,
    FORESTS,
    MINING,
    ORIGIN_UTM,
    RIVER,
    SECONDARY,
    event_dates,
    landscape,
    loss_schedule,
    truth_between,
    write,
)

gdal.UseExceptions()

# (VV, VH) gamma0 in dB per land cover code of simulate_s2
LEVELS_DB = {
    FOREST: (-7.3, -13.7),
    SECONDARY: (-7.8, -14.3),
    RIVER: (-20.0, -26.0),
    4: (-18.1, -23.9), 5: (-18.5, -24.2), 6: (-19.0, -24.8),  # ponds: turbid, green, dark
    7: (-13.2, -21.0), 8: (-12.2, -20.2),  # tailings, wet tailings
    9: (-10.0, -18.0), 10: (-10.8, -18.8), 11: (-11.5, -19.5), 12: (-9.5, -16.8),  # pasture, dry, soil, crop
    13: (-10.5, -18.5), 14: (-12.0, -20.0),  # burnt, road
}
WET_SEASON_DB = {"forest": 0.6, "soil_vv": 1.5, "soil_vh": 0.8}
STORM_DB = (-2.5, -2.0)
TEXTURE_DB = 0.8


def acquisition_dates(first="20180105", last="20190820", step_days=12):
    """YYYYMMDD strings every step_days (Sentinel-1's repeat cycle) from first to last."""
    day = datetime.date(int(first[:4]), int(first[4:6]), int(first[6:]))
    end = datetime.date(int(last[:4]), int(last[4:6]), int(last[6:]))
    dates = []
    while day <= end:
        dates.append(day.strftime("%Y%m%d"))
        day += datetime.timedelta(days=step_days)
    return dates


def _wet(date):
    month = int(date[4:6])
    return month >= 11 or month <= 4


def _radar_grid(cover_20m, pixel_optical, pixel_radar):
    """Nearest sampling of the optical-grid array at the centres of the coarser radar grid."""
    n = int(cover_20m.shape[0] * pixel_optical // pixel_radar)
    centres = ((np.arange(n) + 0.5) * pixel_radar / pixel_optical).astype(int)
    return cover_20m[np.ix_(centres, centres)]


def backscatter(cover, rng, date, looks, texture, storm=None, swath_edge=False):
    """(VV, VH) gamma0 power for one date."""
    lut = np.zeros((16, 2), dtype=np.float32)
    for code, level in LEVELS_DB.items():
        lut[code] = level
    db = np.moveaxis(lut[cover], -1, 0) + texture
    if _wet(date):
        forest = np.isin(cover, FORESTS)
        db[:, forest] += WET_SEASON_DB["forest"]
        soil = ~forest & ~np.isin(cover, (RIVER, 4, 5, 6))
        db[0][soil] += WET_SEASON_DB["soil_vv"]
        db[1][soil] += WET_SEASON_DB["soil_vh"]
    if storm is not None:
        db[0] += STORM_DB[0] * storm
        db[1] += STORM_DB[1] * storm
    power = 10 ** (db / 10) * rng.gamma(looks, 1.0 / looks, db.shape).astype(np.float32)
    if swath_edge:
        n = cover.shape[1]
        ramp = np.clip((np.arange(n) - 12) / 15.0, 0, 1).astype(np.float32)  # border noise fading inwards
        power *= 10 ** (-6 * (1 - ramp) / 10)
        power[:, :, :12] = 0
    return power.astype(np.float32)


def storm_cell(shape, rng, radius):
    """A smooth blob (1 at its centre) where a rain cell wets the canopy."""
    yy, xx = np.mgrid[0:shape[0], 0:shape[1]].astype(np.float32)
    cy, cx = rng.uniform(0.3, 0.7, 2) * np.array(shape)
    return np.exp(-((yy - cy) ** 2 + (xx - cx) ** 2) / (2 * radius ** 2)).astype(np.float32)


def hyp3_name(date, index, scale="p", spacing=30):
    """An ASF HyP3 RTC product name (gamma0, unmasked, unfiltered, entire area, dead reckoning)."""
    return f"S1A_IW_{date}T101512_DVP_RTC{spacing}_G_g{scale}uned_{index:04X}"


def _write_hyp3(folder, name, power, gt, crs, as_zip, scale="p"):
    inner = os.path.join(folder, name)
    os.makedirs(inner, exist_ok=True)
    data = {"p": power, "a": np.sqrt(power), "d": np.where(power > 0, 10 * np.log10(np.maximum(power, 1e-10)), 0)}
    values = data[scale].astype(np.float32)
    if scale == "d":  # 0.02 dB steps (far below the speckle) keep the embedded sample small
        values = (np.round(values * 50) / 50).astype(np.float32)
    for band, pol in enumerate(("VV", "VH")):
        write(os.path.join(inner, f"{name}_{pol}.tif"), values[band], gt, crs, gdal.GDT_Float32, nodata=0)
    ls_map = np.where(power[0] > 0, 1, 0).astype(np.uint8)  # 1 tested, not in layover or shadow
    write(os.path.join(inner, f"{name}_ls_map.tif"), ls_map, gt, crs, gdal.GDT_Byte)
    if not as_zip:
        return inner
    archive = inner + ".zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as handle:
        for entry in sorted(os.listdir(inner)):
            handle.write(os.path.join(inner, entry), f"{name}/{entry}")
    for entry in os.listdir(inner):
        os.remove(os.path.join(inner, entry))
    os.rmdir(inner)
    return archive


def make_radar_series(folder, seed=2018, size=300, pixel_optical=20.0, pixel=30.0, crs="EPSG:32719", dates=None,
                      looks=18.0, storm_date=None, swath_edge_date=None, layout="hyp3", as_zip=False,
                      events=None, scale="p"):
    """Write a radar series over simulate_s2's landscape (same seed and losses) and its truth on the radar grid.

    layout: "hyp3" (RTC folders, or zips with as_zip) or "stack" (2-band dB stacks). Returns the paths.
    """
    os.makedirs(folder, exist_ok=True)
    dates = list(dates or acquisition_dates())
    covers = landscape(size, seed, stages=1)
    event = loss_schedule(covers, seed + 5) if events is None else events
    before = _radar_grid(covers[0], pixel_optical, pixel)
    after = _radar_grid(covers[1], pixel_optical, pixel)
    event = _radar_grid(event, pixel_optical, pixel)
    rng = np.random.default_rng(seed + 11)
    n = before.shape[0]
    gt = (ORIGIN_UTM[0], pixel, 0.0, ORIGIN_UTM[1], 0.0, -pixel)
    texture = np.stack([ndimage.gaussian_filter(rng.standard_normal((n, n)), 0.7) for _ in range(2)])
    texture = (texture / texture.std() * TEXTURE_DB).astype(np.float32)
    storm = storm_cell((n, n), rng, n / 5)
    paths = {"products": [], "dates": dates}
    for index, date in enumerate(dates):
        day = datetime.date(int(date[:4]), int(date[4:6]), int(date[6:])).toordinal()
        cover = np.where((event > 0) & (event <= day), after, before)
        power = backscatter(cover, rng, date, looks, texture, storm if date == storm_date else None,
                            date == swath_edge_date)
        if layout == "stack":
            path = os.path.join(folder, f"S1_RTC_{date}_VV_VH_dB.tif")
            decibels = np.where(power > 0, 10 * np.log10(np.maximum(power, 1e-10)), np.nan).astype(np.float32)
            write(path, decibels, gt, crs, gdal.GDT_Float32, nodata=float("nan"))
        else:
            path = _write_hyp3(folder, hyp3_name(date, index, scale), power, gt, crs, as_zip, scale)
        paths["products"].append(path)
    truth = truth_between(before, after)
    truth[event == 0] = 0
    event_date = event_dates(event)
    paths["truth"] = os.path.join(folder, "truth_radar_class.tif")
    paths["truth_date"] = os.path.join(folder, "truth_radar_event_date.tif")
    write(paths["truth"], truth, gt, crs, gdal.GDT_Byte)
    write(paths["truth_date"], event_date, gt, crs, gdal.GDT_Int32)
    paths["forest"] = np.isin(before, FORESTS)
    paths["mining_ponds"] = np.isin(after, MINING[:3]) & (truth == 1)
    return paths


SAMPLE_DATES = acquisition_dates("20171212", "20190915", 24)


def make_sample(root):
    """The embedded radar sample: HyP3 RTC30 zips (decibel) every 24 days over the optical sample series' area,
    same landscape and losses (seed 2018, 4 km), a storm cell in December 2018; truth in tests/data."""
    folder = os.path.join(root, "resources", "sample", "radar")
    if os.path.isdir(folder):
        for entry in os.listdir(folder):
            os.remove(os.path.join(folder, entry))
    paths = make_radar_series(folder, seed=2018, size=200, dates=SAMPLE_DATES, storm_date="20181206", as_zip=True,
                              scale="d")
    for key in ("truth", "truth_date"):
        target = os.path.join(root, "tests", "data", "sample_" + os.path.basename(paths[key]))
        os.replace(paths[key], target)
        paths[key] = target
    return paths


if __name__ == "__main__":  # python -m scripts.demo.simulate_s1 [root]
    import sys

    for key, value in make_sample(sys.argv[1] if len(sys.argv) > 1 else ".").items():
        if isinstance(value, str):
            print(key, value)
