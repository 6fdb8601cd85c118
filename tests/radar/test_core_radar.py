"""Radar loss alerts (core, no QGIS): accuracy on a simulated RTC series, the product formats, bad inputs."""
import datetime
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from mining_loss_monitor.algorithms.core.errors import Cancelled, CoreError
from mining_loss_monitor.algorithms.core.radar import tracking
from mining_loss_monitor.algorithms.core.radar.detect import detect_radar
from mining_loss_monitor.algorithms.core.radar.inputs import open_radar, resolve_radar_series
from osgeo import gdal

from scripts.demo.simulate_s1 import acquisition_dates, hyp3_name, make_radar_series
from tests.conftest import read

LA_PAMPA = Path(__file__).resolve().parents[3] / "shared" / "data" / "la_pampa_2018"
DATES = acquisition_dates()
STORM = "20181207"
SWATH_EDGE = "20180914"


def _day(value):
    value = int(value)
    return datetime.date(value // 10000, value // 100 % 100, value % 100).toordinal()


@pytest.fixture(scope="module")
def series(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rtc")
    paths = make_radar_series(str(folder), size=300, storm_date=STORM, swath_edge_date=SWATH_EDGE)
    out = {k: str(folder / f"{k}.tif") for k in ("class", "date", "confidence")}
    result = detect_radar([str(folder)], out["class"], out["date"], out["confidence"], min_area_ha=0.1)
    return paths, out, result


def test_planted_clearings_found_dated_and_classed(series):
    paths, out, result = series
    assert STORM in DATES and SWATH_EDGE in DATES
    truth, truth_date = read(paths["truth"]), read(paths["truth_date"])
    classes, dates, confidence = read(out["class"]), read(out["date"]), read(out["confidence"])
    lost = (truth > 0) & (truth_date <= int(DATES[-1]))
    found = (classes == 1) | (classes == 2)
    tp, fp, fn = (np.count_nonzero(a) for a in (found & lost, found & ~lost, ~found & lost))
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert lost.sum() > 3000 and f1 >= 0.95, (f1, tp, fp, fn)
    stable = paths["forest"] & (truth == 0)
    assert np.count_nonzero(found & stable) <= 0.001 * stable.sum()
    hit = found & lost
    lag = np.array([_day(a) - _day(b) for a, b in zip(dates[hit], truth_date[hit])])
    assert np.mean((lag >= 0) & (lag <= 24)) >= 0.90
    ponds = paths["mining_ponds"] & found
    assert ponds.sum() > 100 and np.mean(classes[ponds] == 1) >= 0.95
    mining_f1 = 2 * np.count_nonzero((classes == 1) & (truth == 1)) / (
        np.count_nonzero(classes == 1) + np.count_nonzero(lost & (truth == 1)))
    assert mining_f1 >= 0.9
    assert set(np.unique(confidence[found])) <= {2, 3} and np.all(confidence[~found] == 0)
    assert np.all(dates[~found] == 0)
    assert result.mining_ha > 0 and result.other_loss_ha > 0
    assert result.confirmed_ha + result.probable_ha == pytest.approx(result.mining_ha + result.other_loss_ha)
    dataset = gdal.Open(out["class"])
    assert dataset.GetMetadataItem("COVERAGE_START") == "2018-01-05"
    assert dataset.GetMetadataItem("COVERAGE_END") == datetime.date.fromordinal(_day(DATES[-1])).isoformat()
    assert gdal.Open(out["date"]).GetMetadataItem("COVERAGE_END") == dataset.GetMetadataItem("COVERAGE_END")


def test_storm_and_swath_edge_raise_no_confirmed_loss(series):
    paths, out, _ = series
    truth, dates = read(paths["truth"]), read(out["date"])
    stable = paths["forest"] & (truth == 0)
    for bad in (STORM, SWATH_EDGE):
        assert np.count_nonzero(stable & (dates == int(bad))) == 0


def test_stacks_in_db_zips_and_power_give_the_same_alerts(tmp_path):
    dates = DATES[:14]
    zips = make_radar_series(str(tmp_path / "zips"), size=120, dates=dates, as_zip=True)
    stacks = make_radar_series(str(tmp_path / "stacks"), size=120, dates=dates, layout="stack")
    amplitude = make_radar_series(str(tmp_path / "amplitude"), size=120, dates=dates, scale="a")
    assert zips["products"][0].endswith(".zip") and "_gauned_" in amplitude["products"][0]
    outputs = []
    for name, items in (("zips", zips["products"]), ("stacks", stacks["products"]),
                        ("amplitude", amplitude["products"])):
        out = [str(tmp_path / f"{name}_{k}.tif") for k in ("class", "date", "confidence")]
        detect_radar(items, *out)
        outputs.append([read(p) for p in out])
    found = outputs[0][0] > 0
    assert found.sum() > 50
    # same seed, same speckle: dB stacks and power zips are the same data
    for other in outputs[1:]:
        assert np.mean(outputs[0][0] == other[0]) > 0.999
        assert np.mean(outputs[0][1] == other[1]) > 0.999


def test_a_product_both_zipped_and_unzipped_counts_once(tmp_path):
    paths = make_radar_series(str(tmp_path), size=45, dates=DATES[:3], as_zip=True)
    shutil.unpack_archive(paths["products"][0], tmp_path)
    images = resolve_radar_series([str(tmp_path)])
    assert [i.date for i in images] == [int(d) for d in DATES[:3]]
    assert os.path.isdir(images[0].vv[0].rsplit("/", 1)[0])  # the unzipped folder is read


def test_hyp3_scale_and_date_from_the_name_and_layover_masked(tmp_path):
    paths = make_radar_series(str(tmp_path), size=60, dates=DATES[:7])
    folder = paths["products"][0]
    image = open_radar(folder)
    assert image.scale == "power" and image.date == int(DATES[0]) and image.mask.endswith("_ls_map.tif")
    # shadow (17) on the left half of every date's map: those pixels are never seen
    for product in paths["products"]:
        name = os.path.basename(product)
        dataset = gdal.Open(os.path.join(product, f"{name}_ls_map.tif"), gdal.GA_Update)
        values = dataset.ReadAsArray()
        values[:, :20] = 17
        dataset.GetRasterBand(1).WriteArray(values)
        dataset = None
    out = [str(tmp_path / f"{k}.tif") for k in ("class", "date", "confidence")]
    result = detect_radar(paths["products"], *out)
    classes = read(out[0])
    assert np.all(classes[:, :20] == 255) and np.all(classes[:, 20:] != 255)
    assert result.no_data_fraction == pytest.approx(20 / classes.shape[1])


def test_products_with_other_footprints_on_the_same_grid(tmp_path):
    """Frames of one track cover slightly different areas: read on the first date's grid, the rest is no data."""
    paths = make_radar_series(str(tmp_path), size=60, dates=DATES[:7])
    product = paths["products"][3]
    name = os.path.basename(product)
    for pol in ("VV", "VH"):
        source = os.path.join(product, f"{name}_{pol}.tif")
        gdal.Translate(source + ".tmp.tif", source, srcWin=[10, 0, 30, 40])  # columns 10..39 only
        os.replace(source + ".tmp.tif", source)
    os.remove(os.path.join(product, f"{name}_ls_map.tif"))
    out = [str(tmp_path / f"{k}.tif") for k in ("class", "date", "confidence")]
    detect_radar(paths["products"], *out)
    assert gdal.Open(out[0]).RasterXSize == 40 and np.all(read(out[0]) != 255)


def test_opera_pairs_and_mask(tmp_path):
    paths = make_radar_series(str(tmp_path / "src"), size=60, dates=DATES[:4], layout="stack")
    opera = tmp_path / "opera"
    opera.mkdir()
    for path, date in zip(paths["products"], DATES[:4]):
        stem = f"OPERA_L2_RTC-S1_T025-052681-IW2_{date}T101512Z_{date}T201500Z_S1A_30_v1.0"
        data = gdal.Open(path).ReadAsArray()
        for band, pol in enumerate(("VV", "VH")):
            driver = gdal.GetDriverByName("GTiff")
            out = driver.CreateCopy(str(opera / f"{stem}_{pol}.tif"), gdal.Open(path))
            out.GetRasterBand(1).WriteArray((10 ** (data[band] / 10)).astype(np.float32))
            out = None
        mask = gdal.GetDriverByName("GTiff").Create(str(opera / f"{stem}_mask.tif"), 40, 40, 1, gdal.GDT_Byte)
        mask.SetGeoTransform(gdal.Open(path).GetGeoTransform())
        mask.SetProjection(gdal.Open(path).GetProjection())
        values = np.zeros((40, 40), np.uint8)
        values[:5] = 2  # layover
        mask.GetRasterBand(1).WriteArray(values)
        mask = None
    images = resolve_radar_series([str(opera)])
    assert len(images) == 4 and all(i.scale == "power" and i.mask_kind == "opera" for i in images)
    assert [i.date for i in images] == [int(d) for d in DATES[:4]]
    out = [str(tmp_path / f"{k}.tif") for k in ("class", "date", "confidence")]
    detect_radar([str(opera)], *out)
    assert np.all(read(out[0])[:5] == 255)


def _error(paths, tmp_path):
    with pytest.raises(CoreError) as caught:
        detect_radar(paths, *[str(tmp_path / f"{k}.tif") for k in ("c", "d", "f")])
    return caught.value


def test_bad_inputs_are_refused_before_writing(tmp_path):
    paths = make_radar_series(str(tmp_path / "ok"), size=45, dates=DATES[:3])
    before = {p: sorted(os.listdir(p)) for p in paths["products"]}
    assert _error(paths["products"][:1], tmp_path).code == "one_radar_date"
    no_vh = tmp_path / "no_vh" / os.path.basename(paths["products"][1])
    shutil.copytree(paths["products"][1], no_vh)
    os.remove(no_vh / f"{no_vh.name}_VH.tif")
    error = _error([paths["products"][0], str(no_vh)], tmp_path)
    assert (error.code, error.details["reason"]) == ("bad_radar", "no_vh")
    # decibel values in a product whose name says power
    db = tmp_path / "db" / os.path.basename(paths["products"][1])
    shutil.copytree(paths["products"][1], db)
    for pol in ("VV", "VH"):
        dataset = gdal.Open(str(db / f"{db.name}_{pol}.tif"), gdal.GA_Update)
        values = dataset.ReadAsArray()
        dataset.GetRasterBand(1).WriteArray(10 * np.log10(values))
        dataset = None
    error = _error([paths["products"][0], str(db)], tmp_path)
    assert (error.code, error.details["named"], error.details["looks"]) == ("radar_scale", "power", "decibel")
    # another pixel size
    coarse = tmp_path / "coarse" / hyp3_name(DATES[2], 9)
    coarse.mkdir(parents=True)
    for pol in ("VV", "VH"):
        source = os.path.join(paths["products"][2], f"{os.path.basename(paths['products'][2])}_{pol}.tif")
        gdal.Warp(str(coarse / f"{coarse.name}_{pol}.tif"), source, xRes=60, yRes=60)
    assert _error(paths["products"][:2] + [str(coarse)], tmp_path).code == "radar_grid"
    assert _error(paths["products"][:1] * 2, tmp_path).code == "same_date"
    assert not any(os.path.exists(tmp_path / f"{k}.tif") for k in ("c", "d", "f"))
    assert before == {p: sorted(os.listdir(p)) for p in paths["products"]}


def test_area_of_interest_cuts_the_outputs(tmp_path):
    paths = make_radar_series(str(tmp_path), size=90, dates=DATES[:8])
    gt = gdal.Open(paths["truth"]).GetGeoTransform()
    extent = (gt[0] + 300, gt[3] - 900, gt[0] + 1200, gt[3] - 300, "")  # 30 x 20 px of 30 m
    out = [str(tmp_path / f"{k}.tif") for k in ("class", "date", "confidence")]
    detect_radar(paths["products"], *out, extent=extent)
    dataset = gdal.Open(out[0])
    assert (dataset.RasterXSize, dataset.RasterYSize) == (30, 20)
    assert dataset.GetGeoTransform()[0] == pytest.approx(gt[0] + 300)


def test_cancel_leaves_no_output(tmp_path):
    paths = make_radar_series(str(tmp_path), size=60, dates=DATES[:6])
    out = [str(tmp_path / f"{k}.tif") for k in ("class", "date", "confidence")]
    with pytest.raises(Cancelled):
        detect_radar(paths["products"], *out, is_cancelled=lambda: True)
    assert not any(os.path.exists(p) for p in out)


def test_probability_model_and_bayes_rule():
    drop = np.array([0.0, -7.3, -3.0, -2.15], np.float32)
    p = tracking.nonforest_probability(drop * 5.9 / 7.3, drop, np.float32(1.0), np.float32(1.0))
    assert p[0] == pytest.approx(tracking.P_MIN) and p[1] == pytest.approx(tracking.P_MAX)
    assert p[2] > tracking.FLAG_P > p[3] > p[0]
    # three strong observations confirm, two do not; a forest-like one after a strong one rejects
    strong = np.float32(tracking.P_MAX)
    assert tracking.bayes(strong, strong) < tracking.CONFIRM_P <= tracking.bayes(tracking.bayes(strong, strong), strong)
    assert tracking.bayes(strong, np.float32(tracking.P_MIN)) == pytest.approx(tracking.REJECT_P)


@pytest.mark.skipif(not LA_PAMPA.exists(), reason="needs ../shared/data/la_pampa_2018 (not bundled)")
def test_real_la_pampa_backscatter_reads_as_mining_loss(tmp_path):
    """First dates: each pixel's forest (its own backscatter where Landsat sees forest, else a real forest pixel's),
    then the real 2018 Sentinel-1 (with speckle) as later dates:
    Landsat's bare ground and ponds are lost, ponds mining; Landsat's forest stays."""
    landsat = gdal.Open(str(LA_PAMPA / "LC08_003069_20180906_clip.tif")).ReadAsArray().astype(np.float64) / 10000
    radar_ds = gdal.Open(str(LA_PAMPA / "S1_2018_VV_VH_clip.tif"))
    radar = radar_ds.ReadAsArray()[:2].astype(np.float64)
    blue, green, red, nir, swir1, _ = landsat
    ndvi = (nir - red) / (nir + red)
    water = ((green - swir1) / (green + swir1) > 0.1) & (nir < 0.15)
    forest, bare = ndvi > 0.75, (ndvi < 0.3) & ~water
    rng = np.random.default_rng(5)
    forest_levels = radar[:, forest]
    pick = rng.integers(0, forest_levels.shape[1], radar.shape[1:])
    before = np.where(forest[None], radar, forest_levels[:, pick])  # the forest that stood there
    dates = DATES[:14]
    for index, date in enumerate(dates):
        level = before if index < 8 else radar
        power = 10 ** (level / 10) * rng.gamma(18, 1 / 18, level.shape)
        out = gdal.GetDriverByName("GTiff").Create(str(tmp_path / f"S1_{date}_VV_VH.tif"), radar.shape[2],
                                                   radar.shape[1], 2, gdal.GDT_Float32)
        out.SetGeoTransform(radar_ds.GetGeoTransform())
        out.SetProjection(radar_ds.GetProjection())
        for band in range(2):
            out.GetRasterBand(band + 1).WriteArray(10 * np.log10(power[band]).astype(np.float32))
        out = None
    out = [str(tmp_path / f"{k}.tif") for k in ("class", "date", "confidence")]
    detect_radar(sorted(str(p) for p in tmp_path.glob("S1_*.tif")), *out, min_area_ha=0.0)
    classes, loss_dates = read(out[0]), read(out[1])
    lost = (classes == 1) | (classes == 2)
    print("real La Pampa: bare lost", np.mean(lost[bare]), "bare mining", np.mean(classes[bare] == 1), "water lost",
          np.mean(lost[water]), "water mining", np.mean(classes[water] == 1), "forest lost", np.mean(lost[forest]))
    assert np.mean(lost[bare]) >= 0.75
    assert np.mean(lost[water]) >= 0.9 and np.mean(classes[water] == 1) >= 0.85
    assert np.mean(lost[forest]) <= 0.05
    print("dated on the first real date or later", np.mean(loss_dates[lost] >= int(dates[8])))
    assert np.mean(loss_dates[lost] >= int(dates[8])) >= 0.95
