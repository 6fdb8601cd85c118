"""Declared NoData (-3.4e38 as R's raster package writes, -9999, 65535) is honoured everywhere: the preset and
mask checks, the normalisation samples and the reads; NoData pixels are class 255 (core, no QGIS)."""
import os

import numpy as np
import pytest
from osgeo import gdal

from algorithms.core.detection import inputs, masks
from algorithms.core.detection.reflectance import nodata_pixels
from algorithms.core.detection.sensors import sensor_for
from algorithms.core.detection.timeseries import detect_time_series
from algorithms.core.detection.twodates import detect_two_dates
from algorithms.core.errors import CoreError
from tests.conftest import ROOT, f1, read

R_RASTER_NODATA = -3.4e38  # what R's raster package writes into float32 GeoTIFFs
CASES = [(R_RASTER_NODATA, gdal.GDT_Float32, np.float32), (-9999, gdal.GDT_Int16, np.int16),
         (65535, gdal.GDT_UInt16, np.uint16)]


def _blobs(shape, seed, share):
    """Cloud-like blobs over about `share` of the grid (what an analyst sets to NoData)."""
    from scipy import ndimage

    rng = np.random.default_rng(seed)
    field = ndimage.gaussian_filter(rng.standard_normal(shape), 12)
    return field > np.quantile(field, 1 - share)


def _rewrite(source, target, blobs, nodata, data_type, dtype):
    """A copy of a stack in another type, `blobs` set to `nodata` (or to 0 when nodata is None)."""
    dataset = gdal.Open(source)
    stack = dataset.ReadAsArray().astype(dtype)
    stack[:, blobs] = 0 if nodata is None else nodata
    out = gdal.GetDriverByName("GTiff").Create(target, dataset.RasterXSize, dataset.RasterYSize, stack.shape[0],
                                               data_type, ["TILED=YES", "COMPRESS=DEFLATE"])
    out.SetGeoTransform(dataset.GetGeoTransform())
    out.SetProjection(dataset.GetProjection())
    for index in range(stack.shape[0]):
        band = out.GetRasterBand(index + 1)
        band.WriteArray(stack[index])
        if nodata is not None:
            band.SetNoDataValue(nodata)
    band = out = None  # the band first: a band outliving its dataset corrupts memory
    return target


def _preset_error(path, preset):
    """The preset check's error code, or None (no traceback kept: it would hold the dataset past GDAL's end)."""
    try:
        inputs.check_preset(gdal.Open(path), sensor_for(preset), "AFTER", preset)
    except CoreError as error:
        return error.code
    return None


def test_nodata_pixels_compare_in_the_bands_type():
    dn = np.array([[[R_RASTER_NODATA, 0.1, np.nan]], [[0.2, 0.2, 0.2]]], dtype=np.float32)
    assert nodata_pixels(dn, (R_RASTER_NODATA, None)).tolist() == [[True, False, True]]
    assert nodata_pixels(np.array([[[65535, 3]]], np.uint16), (-9999,)).tolist() == [[False, False]]  # cannot occur
    assert nodata_pixels(np.array([[[65535, 3]]], np.uint16), 65535).tolist() == [[True, False]]
    assert nodata_pixels(np.array([[[-9999, 3]]], np.int16), (-9999.0,)).tolist() == [[True, False]]


@pytest.mark.parametrize("nodata, data_type, dtype", CASES)
def test_two_dates_with_declared_nodata_run_like_zeros(tmp_path, nodata, data_type, dtype):
    """26 % NoData on the after date (clouds set to NoData, no mask): not refused, NoData is 255, the rest is
    exactly what the same stacks give with those pixels set to 0 (the workaround analysts used)."""
    from scripts.demo.simulate_s2 import make_pair

    paths = make_pair(str(tmp_path / "scene"), seed=11, size=256)
    blobs = _blobs((256, 256), 3, 0.26)
    sensor = sensor_for(0)
    declared = [_rewrite(paths[f"stack_{i}"], str(tmp_path / f"nodata_{i}.tif"), blobs & (i == 1), nodata,
                         data_type, dtype) for i in (0, 1)]
    zeros = [_rewrite(paths[f"stack_{i}"], str(tmp_path / f"zeros_{i}.tif"), blobs & (i == 1), None, data_type,
                      dtype) for i in (0, 1)]
    assert _preset_error(declared[1], 0) is None  # 26 % NoData: not refused any more
    assert _preset_error(declared[1], 2) == "implausible_preset"  # the check still catches a wrong preset
    outputs = {}
    results = {}
    for name, pair in (("declared", declared), ("zeros", zeros)):
        outputs[name] = str(tmp_path / f"classes_{name}.tif")
        results[name] = detect_two_dates(*pair, outputs[name], sensor, None, None, masks.SCL, 0.1)
    classes = read(outputs["declared"])
    assert np.all(classes[blobs] == 255)
    assert np.array_equal(classes, read(outputs["zeros"]))
    assert results["declared"].normalisation == results["zeros"].normalisation
    assert results["declared"].normalisation_samples == results["zeros"].normalisation_samples > 500
    assert results["declared"].masked_fraction > 0.26
    truth = read(paths["truth"])
    clear = classes != 255
    assert f1(np.isin(classes, (1, 2)) & clear, (truth > 0) & clear) >= 0.9


@pytest.mark.parametrize("nodata, data_type, dtype", CASES)
def test_time_series_with_declared_nodata_run_like_zeros(tmp_path, nodata, data_type, dtype):
    """NoData on a different quarter of every date, with SCL masks too: identical to zeros, 255 where never seen."""
    from scripts.demo.simulate_s2 import make_series

    series = make_series(str(tmp_path / "series"), seed=5, size=160, pixel=20.0)
    runs = {}
    never_seen = np.ones((160, 160), bool)
    for name, value in (("declared", nodata), ("zeros", None)):
        stacks = []
        for index, stack in enumerate(series["stacks"]):
            blobs = _blobs((160, 160), 40 + index, 0.25)
            if name == "declared":
                never_seen &= blobs | (masks.masked_pixels(read(series["masks"][index]), masks.SCL))
            stacks.append(_rewrite(stack, str(tmp_path / f"{name}_{os.path.basename(stack)}"), blobs, value,
                                   data_type, dtype))
        outputs = [str(tmp_path / f"{name}_{kind}.tif") for kind in ("class", "date", "conf")]
        detect_time_series(stacks, *outputs, sensor_for(0), series["masks"], masks.SCL, min_area_ha=0.1)
        runs[name] = [read(path) for path in outputs]
    for declared, zeros in zip(runs["declared"], runs["zeros"]):
        assert np.array_equal(declared, zeros)
    classes = runs["declared"][0]
    assert np.all(classes[never_seen] == 255) and np.count_nonzero(classes != 255) > 0.9 * classes.size
    truth = read(series["truth"])
    clear = classes != 255
    # a quarter of every date hidden: loss seen late is dated later or missed, 0.80 on these series
    assert f1(np.isin(classes, (1, 2)) & clear, (truth > 0) & clear) >= 0.75


def test_mask_nodata_is_masked_and_left_out_of_the_mask_check(tmp_path):
    """An SCL band in UInt16 whose NoData 65535 covers a third of it: those pixels are class 255, and the check
    still sees SCL values (chosen as QA_PIXEL, it says the band looks like SCL)."""
    from scripts.demo.simulate_s2 import make_pair

    paths = make_pair(str(tmp_path / "scene"), seed=12, size=192)
    scl = read(paths["scl_1"]).astype(np.uint16)
    hidden = np.zeros(scl.shape, bool)
    hidden[:, :64] = True
    scl[hidden] = 65535
    dataset = gdal.Open(paths["scl_1"])
    target = str(tmp_path / "scl_nodata.tif")
    out = gdal.GetDriverByName("GTiff").Create(target, scl.shape[1], scl.shape[0], 1, gdal.GDT_UInt16)
    out.SetGeoTransform(dataset.GetGeoTransform())
    out.SetProjection(dataset.GetProjection())
    out.GetRasterBand(1).WriteArray(scl)
    out.GetRasterBand(1).SetNoDataValue(65535)
    out = None
    assert 65535 not in inputs.mask_sample(gdal.Open(target))
    try:
        inputs.check_mask(gdal.Open(target), masks.QA_PIXEL, "MASK_AFTER")
        reason = None
    except CoreError as error:
        reason = error.details["reason"]
    assert reason == "looks_scl"
    outputs = [str(tmp_path / "classes.tif"), str(tmp_path / "classes_scl.tif")]
    for output, mask in zip(outputs, (target, paths["scl_1"])):
        detect_two_dates(paths["stack_0"], paths["stack_1"], output, sensor_for(0), paths["scl_0"], mask, masks.SCL,
                         0.1)
    classes, without_nodata = read(outputs[0]), read(outputs[1])
    assert np.all(classes[hidden] == 255) and np.count_nonzero(without_nodata[hidden] != 255) > 1000
    # beyond the buffer and the patches the edge cuts, the same classes as with the full SCL
    assert np.mean(classes[:, 80:] == without_nodata[:, 80:]) > 0.995


LA_PAMPA = ROOT.parent / "shared" / "data" / "la_pampa_2018" / "LC08_003069_20180906_clip.tif"


def la_pampa_with_clouds_as_nodata(folder, dates=("20180906",), share=0.26):
    """The real La Pampa Landsat 8 stack (surface reflectance x 10000, float32) as R users hand it over: cloud
    blobs set to -3.4e38 and declared NoData, one copy per date (a different quarter of each hidden)."""
    paths = []
    for index, date in enumerate(dates):
        blobs = _blobs((104, 110), 60 + index, share)
        paths.append(_rewrite(str(LA_PAMPA), os.path.join(str(folder), f"LC08_003069_{date}_clip.tif"), blobs,
                              R_RASTER_NODATA, gdal.GDT_Float32, np.float32))
    return paths


@pytest.mark.skipif(not LA_PAMPA.exists(), reason="la_pampa_2018 (not bundled) lives in ../shared")
def test_real_la_pampa_landsat_with_r_nodata_runs(tmp_path):
    """Real Landsat 8 over La Pampa with 26 % -3.4e38: two dates and a three-date series run, NoData is 255, and
    the same scene against itself shows no loss."""
    (stack,) = la_pampa_with_clouds_as_nodata(tmp_path)
    hidden = read(stack)[0] < -1e38
    assert 0.2 < hidden.mean() < 0.3
    output = str(tmp_path / "classes.tif")
    result = detect_two_dates(str(LA_PAMPA), stack, output, sensor_for(0), min_area_ha=0.1)
    classes = read(output)
    assert np.all(classes[hidden] == 255)
    assert result.mining_ha == result.other_loss_ha == 0.0 and result.normalisation_samples > 500
    series = la_pampa_with_clouds_as_nodata(tmp_path, ("20180808", "20180906", "20181008"))
    outputs = [str(tmp_path / f"series_{kind}.tif") for kind in ("class", "date", "conf")]
    result = detect_time_series(series, *outputs, sensor_for(0), min_area_ha=0.1)
    classes = read(outputs[0])
    assert result.mining_ha == result.other_loss_ha == 0.0
    never_seen = np.all([read(path)[0] < -1e38 for path in series], axis=0)
    assert np.all(classes[never_seen] == 255)
    assert np.count_nonzero(classes[~never_seen] != 255) > 0.5 * np.count_nonzero(~never_seen)
