"""The usual mistakes end in a clear message and no output, never in a silent 0.00 ha (issue 8, section 2)."""
import glob
import os

import numpy as np
import pytest
from osgeo import gdal

from scripts.demo.make_products import qa_pixel_from_scl
from tests.conftest import ROOT, read
from tests.detection.test_bad_input import _base, _expect_error

SERIES = ROOT / "resources" / "sample" / "series"


def _as_qa_pixel(scl_path, target):
    source = gdal.Open(str(scl_path))
    out = gdal.GetDriverByName("GTiff").Create(str(target), source.RasterXSize, source.RasterYSize, 1,
                                               gdal.GDT_UInt16)
    out.SetGeoTransform(source.GetGeoTransform())
    out.SetProjection(source.GetProjection())
    out.GetRasterBand(1).WriteArray(qa_pixel_from_scl(source.ReadAsArray()))
    out = None
    return str(target)


def test_landsat_preset_on_a_sentinel2_stack(provider, sample_paths, tmp_path):
    parameters = dict(_base(sample_paths, tmp_path / "out.tif"), SENSOR=2)
    _expect_error(parameters, ["'Landsat 8/9 C2 L2 stack'", "Image before", "'Sentinel-2 L2A stack'"],
                  str(tmp_path))


def test_sentinel2_preset_on_a_landsat_stack(provider, sample_paths, tmp_path):
    for key in ("before", "after"):
        dn = read(sample_paths[key]).astype(np.float64) / 10000.0
        landsat = np.where(dn > 0, (dn + 0.2) / 2.75e-05, 0).astype(np.uint16)
        gdal.Translate(str(tmp_path / f"{key}.tif"), sample_paths[key], outputType=gdal.GDT_UInt16).FlushCache()
        dataset = gdal.Open(str(tmp_path / f"{key}.tif"), gdal.GA_Update)
        for index in range(6):
            dataset.GetRasterBand(index + 1).WriteArray(landsat[index])
        dataset = None
    paths = dict(sample_paths, before=str(tmp_path / "before.tif"), after=str(tmp_path / "after.tif"))
    parameters = dict(_base(paths, tmp_path / "out.tif"), SENSOR=0)
    _expect_error(parameters, ["'Sentinel-2 L2A stack'", "'Landsat 8/9 C2 L2 stack'"], str(tmp_path))
    assert _run_ok(dict(parameters, SENSOR=2))["MINING_HA"] > 10  # the suggested preset works


def _run_ok(parameters):
    import processing

    return processing.run("miningloss:detecttwodates", parameters)


def test_scl_masks_given_as_qa_pixel(provider, sample_paths, tmp_path):
    parameters = dict(_base(sample_paths, tmp_path / "out.tif"), MASK_TYPE=1)
    _expect_error(parameters, ["Cloud mask of the image before", "looks like a Sentinel-2 SCL mask",
                               "'Landsat QA_PIXEL'", "'Sentinel-2 SCL'"], str(tmp_path))


def test_qa_pixel_masks_given_as_scl(provider, sample_paths, tmp_path):
    masks_folder = tmp_path / "masks"
    masks_folder.mkdir()
    paths = dict(sample_paths, scl_before=_as_qa_pixel(sample_paths["scl_before"], masks_folder / "qa_before.tif"),
                 scl_after=_as_qa_pixel(sample_paths["scl_after"], masks_folder / "qa_after.tif"))
    _expect_error(dict(_base(paths, tmp_path / "out.tif"), MASK_TYPE=0),
                  ["looks like a Landsat QA_PIXEL mask", "'Landsat QA_PIXEL'"], str(tmp_path))
    _expect_error(dict(_base(paths, tmp_path / "out.tif"), MASK_TYPE=2),
                  ["looks like a Landsat QA_PIXEL mask"], str(tmp_path))
    right = _run_ok(dict(_base(paths, tmp_path / "out.tif"), MASK_TYPE=1))
    reference = _run_ok(_base(sample_paths, tmp_path / "reference.tif"))
    assert right["MINING_HA"] == pytest.approx(reference["MINING_HA"], rel=0.01)


def _series():
    return sorted(glob.glob(str(SERIES / "*_stack.tif"))), sorted(glob.glob(str(SERIES / "*_SCL.tif")))


def _series_outputs(folder):
    return {key: str(folder / f"{key}.tif") for key in ("OUTPUT_CLASS", "OUTPUT_DATE", "OUTPUT_CONFIDENCE")}


def test_series_with_a_wrong_preset_or_mask_type(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    stacks, scls = _series()
    for extra, words in (({"SENSOR": 2}, ["'Landsat 8/9 C2 L2 stack'", "'Sentinel-2 L2A stack'"]),
                         ({"MASK_TYPE": 1}, ["looks like a Sentinel-2 SCL mask"])):
        with pytest.raises(QgsProcessingException) as raised:
            processing.run("miningloss:detecttimeseries", dict(_series_outputs(tmp_path), IMAGES=stacks, MASKS=scls,
                                                               **extra))
        assert all(word in str(raised.value) for word in words), str(raised.value)
        assert os.listdir(tmp_path) == []


def test_series_all_masked_is_an_error_and_leaves_nothing(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    stacks, scls = _series()
    cloudy = []
    masks_folder = tmp_path / "masks"
    masks_folder.mkdir()
    # cirrus everywhere (cloud classes 8 and 9 are not trusted on bright bare ground)
    for scl in scls:
        target = masks_folder / os.path.basename(scl)
        gdal.Translate(str(target), scl, scaleParams=[[0, 11, 10, 10]]).FlushCache()
        cloudy.append(str(target))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:detecttimeseries", dict(_series_outputs(out), IMAGES=stacks, MASKS=cloudy))
    assert "Every pixel is masked" in str(raised.value)
    assert os.listdir(out) == []
