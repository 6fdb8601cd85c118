"""Integrated alerts (core): the earliest date, the finest grid over the union, who saw it, confidence 4."""
import datetime
import os

import numpy as np
import pytest
from mining_loss_monitor.algorithms.core.detection.sensors import sensor_for
from mining_loss_monitor.algorithms.core.detection.timeseries import detect_time_series
from mining_loss_monitor.algorithms.core.errors import CoreError
from mining_loss_monitor.algorithms.core.radar.detect import detect_radar
from mining_loss_monitor.algorithms.core.radar.integrate import combine, integrate_alerts
from osgeo import gdal

from scripts.demo.simulate_s1 import acquisition_dates, make_radar_series
from scripts.demo.simulate_s2 import make_series
from tests.conftest import read


def _day(value):
    value = int(value)
    return datetime.date(value // 10000, value // 100 % 100, value % 100).toordinal()


def test_combine_rules():
    optical = (np.array([1, 0, 2, 255, 0, 255], np.uint8), np.array([20190125, 0, 20180820, 0, 0, 0], np.int32),
               np.array([3, 0, 2, 0, 0, 0], np.uint8))
    radar = (np.array([2, 1, 0, 2, 0, 255], np.uint8), np.array([20181119, 20180506, 0, 20190101, 0, 0], np.int32),
             np.array([3, 2, 0, 3, 0, 0], np.uint8))
    classes, dates, confidence, source = combine(optical, radar)
    assert classes.tolist() == [1, 1, 2, 2, 0, 255]
    assert dates.tolist() == [20181119, 20180506, 20180820, 20190101, 0, 0]
    assert confidence.tolist() == [4, 2, 2, 3, 0, 0]
    assert source.tolist() == [3, 2, 1, 2, 0, 0]


def test_output_grid_is_the_finest_over_the_union():
    from mining_loss_monitor.algorithms.core.radar.integrate import output_grid
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32719)
    coarse = gdal.GetDriverByName("MEM").Create("", 100, 100, 1, gdal.GDT_Byte)  # 3 km at 30 m
    coarse.SetGeoTransform((383000, 30, 0, 8566000, 0, -30))
    fine = gdal.GetDriverByName("MEM").Create("", 100, 100, 1, gdal.GDT_Byte)  # 2 km at 20 m, sticking out
    fine.SetGeoTransform((385005, 20, 0, 8565005, 0, -20))
    for dataset in (coarse, fine):
        dataset.SetProjection(srs.ExportToWkt())
    out = output_grid([coarse, fine])
    gt = out.GetGeoTransform()
    assert gt[1] == 20 and gt[5] == -20
    assert (gt[0] - 385005) % 20 == 0 and (gt[3] - 8565005) % 20 == 0  # snapped to the fine grid
    assert gt[0] <= 383000 and gt[3] >= 8566000
    assert gt[0] + 20 * out.RasterXSize >= 387005 and gt[3] - 20 * out.RasterYSize <= 8563000


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    folder = tmp_path_factory.mktemp("both")
    optical = make_series(str(folder / "optical"), seed=2018, size=200)
    radar = make_radar_series(str(folder / "radar"), seed=2018, size=200, dates=acquisition_dates(last="20190915"),
                              storm_date="20181207")
    out = {}
    out["optical"] = [str(folder / f"optical_{k}.tif") for k in ("class", "date", "confidence")]
    detect_time_series(optical["stacks"], *out["optical"], sensor_for(0), mask_paths=optical["masks"])
    out["radar"] = [str(folder / f"radar_{k}.tif") for k in ("class", "date", "confidence")]
    detect_radar(radar["products"], *out["radar"])
    out["integrated"] = [str(folder / f"integrated_{k}.tif") for k in ("class", "date", "confidence", "source")]
    result = integrate_alerts(out["optical"], out["radar"], out["integrated"])
    return optical, radar, out, result


def test_finest_grid_over_the_union(both):
    _, _, out, _ = both
    optical, radar, integrated = (gdal.Open(out[k][0]) for k in ("optical", "radar", "integrated"))
    assert integrated.GetGeoTransform()[1] == 20.0  # the optical's 20 m, not the radar's 30 m
    assert integrated.RasterXSize == optical.RasterXSize  # the radar (133 x 30 m = 3990 m) lies inside 4000 m
    assert integrated.GetMetadataItem("COVERAGE_START") == "2018-01-05"
    assert integrated.GetMetadataItem("COVERAGE_END") == "2019-09-15"
    assert radar.GetGeoTransform()[1] == 30.0


def test_integrated_alerts_are_earlier_than_optical_through_the_cloudy_season(both):
    optical_paths, _, out, result = both
    truth, truth_date = read(optical_paths["truth"]), read(optical_paths["truth_date"])
    o_class, o_date = read(out["optical"][0]), read(out["optical"][1])
    i_class, i_date, i_conf, i_source = (read(p) for p in out["integrated"])
    rainy = (truth > 0) & (truth_date >= 20181105) & (truth_date <= 20190410)
    seen_by_optical = rainy & (o_class > 0) & (o_class < 255)
    assert seen_by_optical.sum() > 200
    optical_lag = np.array([_day(a) - _day(b) for a, b in zip(o_date[seen_by_optical], truth_date[seen_by_optical])])
    integrated_lag = np.array([_day(a) - _day(b) for a, b in zip(i_date[seen_by_optical],
                                                                  truth_date[seen_by_optical])])
    print("rainy-season lag, median days: optical", np.median(optical_lag), "integrated", np.median(integrated_lag))
    assert np.median(integrated_lag) <= 24 < np.median(optical_lag)
    assert np.all(integrated_lag <= optical_lag)
    # optical's class kept where it saw loss; both sources -> confidence 4
    lost = (o_class == 1) | (o_class == 2)
    assert np.all(i_class[lost] == o_class[lost])
    assert np.all((i_conf == 4) == (i_source == 3))
    assert result.both_ha > 0 and result.radar_ha >= 0 and result.earlier_by_radar_ha > 0
    assert set(np.unique(i_source)) <= {0, 1, 2, 3}


def test_bad_inputs(both, tmp_path):
    _, _, out, _ = both
    outputs = [str(tmp_path / f"{k}.tif") for k in ("c", "d", "f", "s")]
    with pytest.raises(CoreError) as caught:  # a date raster given as the class raster
        integrate_alerts([out["optical"][1]] + out["optical"][1:], out["radar"], outputs)
    assert caught.value.code == "not_a_class_raster" and caught.value.details["role"] == "OPTICAL_CLASS"
    with pytest.raises(CoreError) as caught:  # the confidence of another grid
        integrate_alerts(out["optical"][:2] + [out["radar"][2]], out["radar"], outputs)
    assert (caught.value.code, caught.value.details["role"]) == ("not_same_run", "OPTICAL_CONFIDENCE")
    with pytest.raises(CoreError) as caught:  # the radar detection given as the optical one too
        integrate_alerts(out["radar"], out["radar"], outputs)
    assert caught.value.code == "same_alerts"
    assert not any(os.path.exists(p) for p in outputs)


def test_no_side_car_beside_the_rasters_read(both, tmp_path):
    """Checking a class raster's values left an .aux.xml of GDAL's histogram beside it (the integration's inputs,
    the polygons' class raster): the user's folder must stay as it was."""
    import shutil

    from mining_loss_monitor.algorithms.core.detection.polygons import vectorize_loss

    _, _, out, _ = both
    folder = tmp_path / "descargas"
    folder.mkdir()
    given = {kind: [shutil.copy(path, folder) for path in out[kind]] for kind in ("optical", "radar")}

    def listing():
        return {entry.name: (entry.stat().st_size, entry.stat().st_mtime_ns) for entry in os.scandir(folder)}

    before = listing()
    integrate_alerts(given["optical"], given["radar"], [str(tmp_path / f"{k}.tif") for k in ("c", "d", "f", "s")])
    vectorize_loss(given["optical"][0], str(tmp_path / "polygons.gpkg"), given["optical"][1], given["optical"][2])
    assert listing() == before
