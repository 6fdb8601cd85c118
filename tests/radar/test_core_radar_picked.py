"""Radar inputs as an analyst picks them in the dialog: the rasters of extracted HyP3 products one by one ('Add
file(s)' or 'Add directory' list files, not product folders), optical images by mistake, a file without a date."""
import glob
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from mining_loss_monitor.algorithms.core.errors import CoreError
from mining_loss_monitor.algorithms.core.radar.detect import detect_radar
from mining_loss_monitor.algorithms.core.radar.inputs import resolve_radar_series
from osgeo import gdal

from scripts.demo.simulate_s1 import acquisition_dates, make_radar_series
from tests.conftest import ROOT, read

DATES = acquisition_dates("20180105", "20190820", 24)[:8]
SERIES = ROOT / "resources" / "sample" / "series"


@pytest.fixture(scope="module")
def products(tmp_path_factory):
    folder = tmp_path_factory.mktemp("extracted")
    return make_radar_series(str(folder), size=60, dates=DATES)["products"]  # extracted HyP3 folders


def _outputs(folder, prefix):
    return [str(folder / f"{prefix}_{key}.tif") for key in ("class", "date", "confidence")]


def _refused(paths, tmp_path):
    with pytest.raises(CoreError) as caught:
        detect_radar(paths, *_outputs(tmp_path, "refused"))
    assert not glob.glob(str(tmp_path / "refused_*"))
    return caught.value


def test_rasters_of_extracted_products_picked_one_by_one(products, tmp_path):
    """Every raster of every product (what 'Add directory' lists), or only the VV files: the same series as
    the product folders, layover/shadow map included, and the same alerts."""
    for product in products:  # what else a HyP3 RTC product holds: browse images, KMZ, log, README, XML
        name = os.path.basename(product)
        for extra in (".png", "_rgb.png", ".kmz", ".log", ".README.md.txt", "_VV.tif.xml"):
            (Path(product) / (name + extra)).write_bytes(b"\x89PNG not a raster" if extra.endswith(".png") else b"")
    every_file = sorted(glob.glob(os.path.join(os.path.dirname(products[0]), "*", "*")))
    assert len(every_file) == 9 * len(DATES)
    vv_files = [p for p in every_file if p.endswith("_VV.tif")]
    assert len(vv_files) == len(DATES)
    expected = resolve_radar_series(products)
    for picked in (every_file, vv_files):
        images = resolve_radar_series(picked)
        assert [(i.date, i.vv, i.vh, i.mask, i.scale) for i in images] == [
            (i.date, i.vv, i.vh, i.mask, i.scale) for i in expected]
    detect_radar(products, *_outputs(tmp_path, "folders"))
    detect_radar(every_file, *_outputs(tmp_path, "files"))
    for folders, files in zip(_outputs(tmp_path, "folders"), _outputs(tmp_path, "files")):
        assert np.array_equal(read(folders), read(files))


def test_products_extracted_without_their_folders(products, tmp_path):
    """All products' files side by side in one folder (logs, XML and PNG beside them): one item per product."""
    flat = tmp_path / "flat"
    flat.mkdir()
    for product in products:
        for entry in os.listdir(product):
            shutil.copy(os.path.join(product, entry), flat / entry)
        (flat / (os.path.basename(product) + ".log")).write_text("HyP3 log")
        (flat / (os.path.basename(product) + "_VV.tif.xml")).write_text("<metadata/>")
    images = resolve_radar_series([str(flat)])
    assert [i.date for i in images] == [int(d) for d in DATES]
    assert all(i.mask and i.mask.endswith("_ls_map.tif") for i in images)


def test_optical_images_given_as_radar_are_refused(products, tmp_path):
    """Sentinel-2 stacks (reflectance x 10000) read as VV/VH power gave hectares of 'loss': now refused, and a
    cloud mask in a mixed folder is named as not radar (not 'no VH')."""
    stacks = sorted(str(p) for p in SERIES.glob("*_stack.tif"))
    error = _refused(stacks, tmp_path)
    assert (error.code, error.details["reason"], error.details["path"]) == (
        "bad_radar", "not_radar", os.path.basename(stacks[0]))
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    for product in products[:3]:
        shutil.copytree(product, mixed / os.path.basename(product))
    shutil.copy(SERIES / "S2_L2A_20180315_LaPampa_20m_SCL.tif", mixed)
    error = _refused([str(mixed)], tmp_path)
    assert (error.code, error.details["reason"], error.details["path"]) == (
        "bad_radar", "not_radar", "S2_L2A_20180315_LaPampa_20m_SCL.tif")


def test_a_stack_without_a_date_names_the_file_not_a_dates_parameter(products, tmp_path):
    """detectradar has no Dates parameter: the message must ask for the date in the name."""
    power = np.random.default_rng(1).gamma(4.0, 0.05, (2, 40, 40)).astype(np.float32)  # forest-like gamma0
    stack = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "S1_VV_VH.tif"), 40, 40, 2, gdal.GDT_Float32)
    stack.SetGeoTransform((400000.0, 30.0, 0.0, 8600000.0, 0.0, -30.0))
    for band in (1, 2):
        stack.GetRasterBand(band).WriteArray(power[band - 1])
    stack = None
    error = _refused([str(tmp_path / "S1_VV_VH.tif")] + products[1:3], tmp_path)
    assert (error.code, error.details["reason"], error.details["path"]) == ("bad_radar", "no_date", "S1_VV_VH.tif")


def test_opera_files_picked_one_by_one(products, tmp_path):
    """An OPERA RTC-S1 folder's files as the dialog lists them (VV, VH and the layover/shadow _mask.tif of
    each date): the mask goes with its pair instead of being refused as 'not radar'."""
    opera = tmp_path / "opera"
    opera.mkdir()
    for product, date in zip(products[:3], DATES[:3]):
        stem = f"OPERA_L2_RTC-S1_T025-052681-IW2_{date}T101512Z_{date}T201500Z_S1A_30_v1.0"
        name = os.path.basename(product)
        for pol in ("VV", "VH"):
            shutil.copy(os.path.join(product, f"{name}_{pol}.tif"), opera / f"{stem}_{pol}.tif")
        shutil.copy(os.path.join(product, f"{name}_ls_map.tif"), opera / f"{stem}_mask.tif")
    expected = [(i.date, i.vv, i.vh, i.mask) for i in resolve_radar_series([str(opera)])]
    picked = resolve_radar_series(sorted(str(p) for p in opera.iterdir()))
    assert [(i.date, i.vv, i.vh, i.mask) for i in picked] == expected
    assert all(i.mask and i.mask.endswith("_mask.tif") for i in picked)
