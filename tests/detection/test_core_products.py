"""Products as downloaded, read in place; and the checks that catch a wrong preset or mask type (no QGIS)."""
import numpy as np
import pytest

from algorithms.core.detection import masks, products
from algorithms.core.detection.inputs import check_preset
from algorithms.core.detection.sensors import LANDSAT89, PRESETS, SENTINEL2, SENTINEL2_BASELINE4
from algorithms.core.detection.twodates import detect_two_dates
from algorithms.core.errors import CoreError
from scripts.demo import make_products
from tests.conftest import ROOT, SAMPLE_BEFORE, SAMPLE_SCL_BEFORE, needs_jpeg2000, read

LAYOUTS = ROOT / "tests" / "data" / "product_layouts"

pytestmark = needs_jpeg2000


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("products")
    out = {}
    for form in ("zip", "safe", "xml"):
        (folder / form).mkdir()
        out["s2_" + form] = make_products.sentinel2_product(SAMPLE_BEFORE, SAMPLE_SCL_BEFORE, 20180710,
                                                            str(folder / form), form=form)
    for form in ("tar", "folder", "mtl"):
        (folder / ("l_" + form)).mkdir()
        out["landsat_" + form] = make_products.landsat_product(SAMPLE_BEFORE, SAMPLE_SCL_BEFORE, 20180710,
                                                               str(folder / ("l_" + form)), form=form)
    (folder / "old").mkdir()
    out["s2_old_baseline"] = make_products.sentinel2_product(SAMPLE_BEFORE, SAMPLE_SCL_BEFORE, 20180710,
                                                             str(folder / "old"), baseline="02.09")
    (folder / "l1c").mkdir()
    out["s2_l1c"] = make_products.sentinel2_product(SAMPLE_BEFORE, SAMPLE_SCL_BEFORE, 20180710, str(folder / "l1c"),
                                                    level="1C")
    (folder / "l1").mkdir()
    out["landsat_l1"] = make_products.landsat_product(SAMPLE_BEFORE, SAMPLE_SCL_BEFORE, 20180710,
                                                      str(folder / "l1"), level="L1TP")
    out["truncated"] = make_products.truncated_copy(out["s2_zip"], str(folder / "S2B_MSIL2A_cut.zip"))
    out["work"] = str(folder)
    return out


@pytest.mark.parametrize("form", ["zip", "safe", "xml"])
def test_sentinel2_l2a_forms_give_the_bands_scale_mask_and_date(made, form):
    product = products.open_product(made["s2_" + form], made["work"], "BEFORE")
    assert product.kind == "sentinel2" and product.date == 20180710 and product.mask_type == masks.SCL
    assert product.sensor.scale == pytest.approx(1e-4) and product.sensor.offset == pytest.approx(-0.1)
    assert ("/vsizip/" in product.mask) == (form == "zip")
    stack = read(product.stack)
    source = read(SAMPLE_BEFORE)
    assert stack.shape == source.shape
    valid = source[0] > 0
    # 10 m bands: exact (lossless JPEG2000, DN + 1000 of baseline 04.00+); 20 m SWIR: resampled, close
    assert np.array_equal(stack[:4][:, valid], source[:4][:, valid] + 1000)
    swir_error = np.abs(stack[4:].astype(float) - 1000 - source[4:])[:, valid]
    assert np.median(swir_error) < 0.05 * np.median(source[4:][:, valid])
    scl = read(product.mask)
    assert scl.shape == (256, 256) and set(np.unique(scl)) <= set(range(12))


def test_baseline_before_04_has_no_offset(made):
    product = products.open_product(made["s2_old_baseline"], made["work"], "BEFORE")
    assert "02.09" in product.sensor.name and product.sensor.offset == 0.0
    assert np.array_equal(read(product.stack)[0], read(SAMPLE_BEFORE)[0])


@pytest.mark.parametrize("form", ["tar", "folder", "mtl"])
def test_landsat_c2_l2_forms(made, form):
    product = products.open_product(made["landsat_" + form], made["work"], "AFTER")
    assert product.kind == "landsat" and product.date == 20180710 and product.mask_type == masks.QA_PIXEL
    assert product.sensor.scale == pytest.approx(2.75e-05) and product.sensor.offset == pytest.approx(-0.2)
    assert ("/vsitar/" in open(product.stack).read()) == (form == "tar")  # read inside the archive
    stack = read(product.stack)
    assert stack.shape == (6, 170, 170)
    blue = stack[0][stack[0] > 0] * 2.75e-05 - 0.2
    assert 0.0 < np.median(blue) < 0.1  # real reflectance from the MTL's factors
    assert set(np.unique(read(product.mask))) <= {1, 21824, 21952, 22280, 23888}


@pytest.mark.parametrize("key, reason", [("s2_l1c", "sentinel2_l1c"), ("landsat_l1", "landsat_l1"),
                                         ("truncated", "unreadable")])
def test_bad_products_say_why(made, key, reason):
    with pytest.raises(CoreError) as raised:
        products.open_product(made[key], made["work"], "BEFORE")
    assert raised.value.code == "bad_product" and raised.value.details["reason"] == reason


def test_real_mtl_is_parsed():
    text = (LAYOUTS / "LC09_L2SP_010065_20220129_20220131_02_T1_MTL.txt").read_text()
    groups = products.parse_mtl(text)
    assert groups["PRODUCT_CONTENTS"]["PROCESSING_LEVEL"] == "L2SP"  # not the L1 record's L1TP
    assert groups["PRODUCT_CONTENTS"]["FILE_NAME_BAND_2"].endswith("_SR_B2.TIF")
    assert float(groups["LEVEL2_SURFACE_REFLECTANCE_PARAMETERS"]["REFLECTANCE_ADD_BAND_2"]) == -0.2
    assert groups["IMAGE_ATTRIBUTES"]["DATE_ACQUIRED"] == "2022-01-29"


def test_folder_of_products_expands_to_its_products(made, tmp_path):
    items = products.expand([made["work"] + "/zip", made["work"] + "/l_folder"])
    # the zip folder holds the product zipped and unpacked: it counts once
    assert len(items) == 2 and items[0].endswith(".SAFE") and products.is_product(items[1])


def test_files_of_extracted_products_stand_for_their_products(made):
    """QGIS's 'Añadir archivo(s)…' and 'Añadir directorio…' give a product's files (bands, SCL, QA_PIXEL, its
    metadata), not its folder: they were read as one-band stacks and refused as 'two images have the same date'.
    Each product is now read once, the unpacked copy when its archive is given too."""
    import glob
    import os

    from algorithms.core.detection.inputs import resolve

    safe, landsat = made["s2_safe"], made["landsat_folder"]
    s2_files = sorted(p for p in glob.glob(safe + "/**/*", recursive=True) if os.path.isfile(p))
    landsat_files = sorted(glob.glob(landsat + "/*"))
    assert len(s2_files) == 9 and len(landsat_files) == 10  # 6 bands + SCL + MTD + manifest; 7 + QA + 2 MTL
    mtl = os.path.join(landsat, os.path.basename(landsat) + "_MTL.txt")
    assert products.expand(s2_files + landsat_files) == [safe, mtl]
    unpacked = glob.glob(made["work"] + "/zip/*.SAFE")[0]
    picked = [made["s2_zip"]] + sorted(glob.glob(unpacked + "/**/*.jp2", recursive=True))
    assert products.expand(picked) == [unpacked]
    band = next(p for p in landsat_files if p.endswith("_SR_B4.TIF"))
    image = resolve(band, None, None, None, "BEFORE", made["work"])  # one band picked as the image before
    assert image.product and image.date == 20180710 and image.mask_type == masks.QA_PIXEL
    assert products.owner(str(SAMPLE_BEFORE)) is None and products.owner(safe) is None


def test_landsat_tars_extracted_side_by_side_are_each_a_product(tmp_path):
    """'tar xf' (or 'Extract here') puts a Landsat product's files straight into the downloads folder: a folder with
    two of them was read as one product ('A time series needs at least two images (got 1)')."""
    import os
    import shutil

    from tests.conftest import SAMPLE_AFTER, SAMPLE_SCL_AFTER

    (tmp_path / "made").mkdir()
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    for stack, scl, date in ((SAMPLE_BEFORE, SAMPLE_SCL_BEFORE, 20180710), (SAMPLE_AFTER, SAMPLE_SCL_AFTER, 20190805)):
        folder = make_products.landsat_product(stack, scl, date, str(tmp_path / "made"), form="folder")
        for name in os.listdir(folder):
            shutil.copy(os.path.join(folder, name), downloads)
    items = products.expand([str(downloads)])
    assert [os.path.basename(p)[17:25] for p in items] == ["20180710", "20190805"]
    assert all(p.endswith("_MTL.txt") for p in items)
    s2 = make_products.sentinel2_product(SAMPLE_BEFORE, SAMPLE_SCL_BEFORE, 20170101, str(downloads))
    assert products.expand([str(downloads)]) == [s2[:-4] + ".SAFE"] + items  # with a .SAFE (and its zip) beside
    assert products.expand([str(tmp_path / "made")]) == sorted(str(p) for p in (tmp_path / "made").iterdir()
                                                                if p.is_dir())  # one folder per product


def test_mask_types_are_recognised():
    scl = np.array([0, 4, 5, 8, 9, 3, 6], dtype=np.uint8)
    qa = make_products.qa_pixel_from_scl(scl)
    assert masks.looks_like(scl) == masks.SCL
    assert masks.looks_like(qa) == masks.QA_PIXEL
    assert masks.looks_like(np.array([0, 1, 1, 0])) == masks.BINARY
    assert masks.looks_like(np.arange(2000, 4000)) is None  # a reflectance band
    assert masks.check_mask_values(0, 11, True, masks.QA_PIXEL, scl) == "looks_scl"
    assert masks.check_mask_values(1, 23888, True, masks.SCL, qa) == "looks_qa"
    assert masks.check_mask_values(0, 1, True, masks.SCL, np.array([0, 1])) == "looks_binary"
    assert masks.check_mask_values(0, 11, True, masks.SCL, scl) is None


def test_wrong_preset_is_caught_and_the_right_one_suggested(made):
    from osgeo import gdal

    stack = gdal.Open(str(SAMPLE_BEFORE))
    check_preset(stack, PRESETS[SENTINEL2], "BEFORE", SENTINEL2)  # the right one passes
    with pytest.raises(CoreError) as raised:
        check_preset(stack, PRESETS[LANDSAT89], "BEFORE", LANDSAT89)
    assert raised.value.details["suggestion"] == SENTINEL2
    landsat = gdal.Open(products.open_product(made["landsat_tar"], made["work"], "BEFORE").stack)
    check_preset(landsat, PRESETS[LANDSAT89], "BEFORE", LANDSAT89)
    for wrong in (SENTINEL2, SENTINEL2_BASELINE4):
        with pytest.raises(CoreError) as raised:
            check_preset(landsat, PRESETS[wrong], "BEFORE", wrong)
        assert raised.value.details["suggestion"] == LANDSAT89


def test_swapped_products_are_refused(made, tmp_path):
    (tmp_path / "later").mkdir()
    later = make_products.sentinel2_product(SAMPLE_BEFORE, SAMPLE_SCL_BEFORE, 20190805, str(tmp_path / "later"))
    with pytest.raises(CoreError) as raised:
        detect_two_dates(later, made["s2_zip"], str(tmp_path / "out.tif"), PRESETS[SENTINEL2])
    assert raised.value.code == "dates_swapped" and raised.value.details["before"] == "2019-08-05"
    assert not (tmp_path / "out.tif").exists()


def test_buffer_halo_from_the_mask_alone_equals_the_full_halo(made, tmp_path):
    """Products read the buffer's halo from the mask only (no extra JPEG2000 tile decoded): same clear pixels."""
    from osgeo import gdal

    from algorithms.core.detection.reflectance import read_clear
    from algorithms.core.rasters import grid

    product = products.open_product(made["s2_safe"], made["work"], "BEFORE")
    stack = gdal.Open(product.stack)
    mask = grid.aligned_path(product.mask, gdal.Open(product.mask), stack, str(tmp_path), "near", nodata=0)
    datasets = grid.ThreadDatasets()
    for window in ((0, 0, 200, 150), (100, 120, 256, 200), (300, 300, 212, 212)):
        full = read_clear(datasets, product.stack, mask, product.sensor, masks.SCL, window, None, 3, False)
        halo = read_clear(datasets, product.stack, mask, product.sensor, masks.SCL, window, None, 3, True)
        assert np.array_equal(full[1], halo[1]) and 0 < full[1].mean() < 1
        assert all(np.array_equal(full[0][role], halo[0][role]) for role in full[0])


@pytest.fixture(scope="module")
def tiled_pair(tmp_path_factory, made):
    """The sample pair as two zips whose JPEG2000 bands have 128 x 128 tiles (16 per 10 m band)."""
    from tests.conftest import SAMPLE_AFTER, SAMPLE_SCL_AFTER

    folder = tmp_path_factory.mktemp("tiled")
    previous, make_products.JP2_TILE = make_products.JP2_TILE, 128
    try:
        pair = []
        dates = ((SAMPLE_BEFORE, SAMPLE_SCL_BEFORE, 20180710), (SAMPLE_AFTER, SAMPLE_SCL_AFTER, 20190805))
        for stack, scl, date in dates:
            (folder / str(date)).mkdir()
            pair.append(make_products.sentinel2_product(stack, scl, date, str(folder / str(date))))
    finally:
        make_products.JP2_TILE = previous
    return pair


def test_unpacked_copies_equal_the_product_read_in_place(tiled_pair, tmp_path):
    """Decoded once into plain GeoTIFFs: every pixel of the stack and the mask as GDAL reads the zip."""
    from algorithms.core.detection.inputs import resolve
    from algorithms.core.detection.unpack import unpack

    images = [resolve(path, None, None, None, "BEFORE", str(tmp_path)) for path in tiled_pair]
    in_place = [(read(image.path), read(image.mask)) for image in images]
    steps = []
    assert unpack(images, str(tmp_path), threads=2, progress=steps.append)
    assert steps[-1] == pytest.approx(1.0) and steps == sorted(steps)
    for image, (stack, mask) in zip(images, in_place):
        assert "/vsizip/" not in open(image.path).read() and image.mask.endswith(".tif")
        assert np.array_equal(read(image.path), stack) and np.array_equal(read(image.mask), mask)


def test_unpack_decodes_only_the_tiles_around_the_area_of_interest(tiled_pair, tmp_path):
    from osgeo import gdal

    from algorithms.core.detection.inputs import resolve
    from algorithms.core.detection.unpack import MARGIN_PIXELS, unpack

    image = resolve(tiled_pair[0], None, None, None, "BEFORE", str(tmp_path))
    full = read(image.path)
    gt = gdal.Open(image.path).GetGeoTransform()
    # 40 x 40 pixels near the top-left corner: with the margin, only the first 128 x 128 tile of each band
    extent = (gt[0] + 10 * gt[1], gt[3] + 50 * gt[5], gt[0] + 50 * gt[1], gt[3] + 10 * gt[5], "")
    assert 50 + MARGIN_PIXELS < 128
    assert unpack([image], str(tmp_path), threads=2, extent=extent)
    copy = read(image.path)
    assert np.array_equal(copy[:, :128, :128], full[:, :128, :128]) and full[:, 128:, 128:].any()
    assert not copy[:4, 128:, :].any() and not copy[:4, :, 128:].any()  # 10 m tiles never decoded


def test_products_run_the_same_unpacked_or_in_place(tiled_pair, tmp_path, monkeypatch):
    """With no room on disk for the copies the product is read in place: the same loss, within sampling."""
    from algorithms.core.detection import unpack
    from algorithms.core.errors import Cancelled

    unpacked = detect_two_dates(*tiled_pair, str(tmp_path / "unpacked.tif"), PRESETS[SENTINEL2])
    real_usage = unpack.shutil.disk_usage
    monkeypatch.setattr(unpack.shutil, "disk_usage", lambda path: real_usage(path)._replace(free=0))
    in_place = detect_two_dates(*tiled_pair, str(tmp_path / "in_place.tif"), PRESETS[SENTINEL2])
    assert unpacked.mining_ha > 10 and unpacked.other_loss_ha > 1
    assert in_place.mining_ha == pytest.approx(unpacked.mining_ha, rel=0.02)
    assert in_place.other_loss_ha == pytest.approx(unpacked.other_loss_ha, rel=0.05)
    assert np.mean(read(tmp_path / "unpacked.tif") == read(tmp_path / "in_place.tif")) > 0.99
    monkeypatch.undo()
    calls = []
    with pytest.raises(Cancelled):  # cancelled while decoding: no output, no copies left behind
        detect_two_dates(*tiled_pair, str(tmp_path / "cancelled.tif"), PRESETS[SENTINEL2],
                         progress=calls.append, is_cancelled=lambda: len(calls) > 3)
    assert max(calls) < 0.45 and not (tmp_path / "cancelled.tif").exists()


def test_time_series_of_products_unpacked_or_in_place(tiled_pair, tmp_path, monkeypatch):
    from algorithms.core.detection import unpack
    from algorithms.core.detection.timeseries import detect_time_series

    def run(tag):
        steps = []
        outputs = [str(tmp_path / f"{tag}_{name}.tif") for name in ("class", "date", "confidence")]
        result = detect_time_series(tiled_pair, *outputs, PRESETS[SENTINEL2], progress=steps.append)
        assert steps == sorted(steps) and steps[-1] == pytest.approx(1.0)
        return result, read(outputs[0]), read(outputs[1])

    unpacked, classes, dates = run("unpacked")
    real_usage = unpack.shutil.disk_usage
    monkeypatch.setattr(unpack.shutil, "disk_usage", lambda path: real_usage(path)._replace(free=0))
    in_place, classes_in_place, dates_in_place = run("in_place")
    assert unpacked.mining_ha > 10
    assert in_place.mining_ha == pytest.approx(unpacked.mining_ha, rel=0.02)
    assert np.mean(classes == classes_in_place) > 0.99 and set(np.unique(dates[dates > 0])) <= {20190805}
