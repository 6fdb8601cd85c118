"""Products as downloaded through processing.run: every form, the time series from a folder, bad products."""
import glob
import os
from pathlib import Path

import numpy as np
import pytest

from scripts.demo import make_products
from tests.conftest import (
    ROOT,
    SAMPLE_AFTER,
    SAMPLE_BEFORE,
    SAMPLE_SCL_AFTER,
    SAMPLE_SCL_BEFORE,
    f1,
    needs_jpeg2000,
    read,
)
from tests.detection.test_bad_input import _expect_error

SERIES = ROOT / "resources" / "sample" / "series"

pytestmark = needs_jpeg2000


def _detect(before, after, output, **extra):
    import processing

    parameters = {"BEFORE": before, "AFTER": after, "OUTPUT": str(output), "MIN_AREA_HA": 0.1}
    parameters.update(extra)
    return processing.run("miningloss:detecttwodates", parameters)


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    """The sample pair as Sentinel-2 zips (baselines 05.09 and 02.09) and as Landsat 9 tars, with their stacks."""
    folder = tmp_path_factory.mktemp("product_pair")
    made = {"folder": folder}
    for key, stack, scl, date, baseline in (("before", SAMPLE_BEFORE, SAMPLE_SCL_BEFORE, 20180710, "05.09"),
                                             ("after", SAMPLE_AFTER, SAMPLE_SCL_AFTER, 20190805, "02.09")):
        (folder / key).mkdir()
        made["s2_" + key] = make_products.sentinel2_product(stack, scl, date, str(folder / key), baseline=baseline)
        made["landsat_" + key] = make_products.landsat_product(stack, scl, date, str(folder / key))
    return made


def _landsat_stack(product, target):
    """The hand-made equivalent of a Landsat product: a 6-band stack and its QA_PIXEL, as GeoTIFFs."""
    from osgeo import gdal

    from algorithms.core.detection.products import open_product

    resolved = open_product(product, os.path.dirname(target), "X")
    gdal.Translate(target + "_stack.tif", resolved.stack).FlushCache()
    gdal.Translate(target + "_QA_PIXEL.tif", resolved.mask).FlushCache()
    return target + "_stack.tif", target + "_QA_PIXEL.tif"


def test_sentinel2_zips_give_the_quality_of_stacks(provider, pair, sample_paths, tmp_path):
    products = _detect(pair["s2_before"], pair["s2_after"], tmp_path / "products.tif")
    stacks = _detect(sample_paths["before"], sample_paths["after"], tmp_path / "stacks.tif",
                     MASK_BEFORE=sample_paths["scl_before"], MASK_AFTER=sample_paths["scl_after"], SENSOR=0)
    truth = read(sample_paths["truth"])
    scores = {}
    for name, result in (("products", products), ("stacks", stacks)):
        classes = read(result["OUTPUT"])
        clear = (classes != 255) & (truth != 255)
        scores[name] = (f1((classes == 1) & clear, (truth == 1) & clear), f1((classes > 0) & (classes < 3) & clear,
                                                                            (truth > 0) & (truth < 3) & clear))
    # the 20 m SWIR bands of a real product blur patch edges a little: loss F1 0.978 against 0.999
    assert scores["products"][0] >= scores["stacks"][0] - 0.02 and scores["products"][0] >= 0.95, scores
    assert scores["products"][1] >= scores["stacks"][1] - 0.03 and scores["products"][1] >= 0.95, scores
    assert products["MINING_HA"] == pytest.approx(stacks["MINING_HA"], rel=0.05)
    assert products["MASKED_FRACTION"] == pytest.approx(stacks["MASKED_FRACTION"], abs=0.02)


def _files(folder):
    return sorted((str(path), path.stat().st_size, path.stat().st_mtime_ns) for path in Path(folder).rglob("*"))


def test_every_sentinel2_form_gives_the_same_result(provider, pair, tmp_path):
    folder = pair["folder"] / "forms"
    folder.mkdir(exist_ok=True)
    safe = make_products.sentinel2_product(SAMPLE_BEFORE, SAMPLE_SCL_BEFORE, 20180710, str(folder), form="safe")
    xml = os.path.join(safe, "MTD_MSIL2A.xml")
    untouched = _files(folder)
    reference = read(_detect(pair["s2_before"], pair["s2_after"], tmp_path / "zip.tif")["OUTPUT"])
    for name, before in (("safe", safe), ("xml", xml)):
        assert np.array_equal(read(_detect(before, pair["s2_after"], tmp_path / f"{name}.tif")["OUTPUT"]), reference)
    assert _files(folder) == untouched  # nothing written inside the product (no .aux.xml either)


def test_landsat_products_equal_their_hand_made_stacks(provider, pair, tmp_path):
    before_stack, before_qa = _landsat_stack(pair["landsat_before"], str(tmp_path / "before"))
    after_stack, after_qa = _landsat_stack(pair["landsat_after"], str(tmp_path / "after"))
    from_products = _detect(pair["landsat_before"], pair["landsat_after"], tmp_path / "products.tif")
    from_stacks = _detect(before_stack, after_stack, tmp_path / "stacks.tif", SENSOR=2, MASK_TYPE=1,
                          MASK_BEFORE=before_qa, MASK_AFTER=after_qa)
    # same pixels, scale, offset and QA_PIXEL; products sample the normalisation in fewer, larger windows
    assert np.mean(read(from_products["OUTPUT"]) == read(from_stacks["OUTPUT"])) > 0.995
    assert from_products["MINING_HA"] == pytest.approx(from_stacks["MINING_HA"], rel=0.02)
    assert from_products["MASKED_FRACTION"] == pytest.approx(from_stacks["MASKED_FRACTION"], abs=1e-9)
    assert from_products["MINING_HA"] > 10
    mtl = glob.glob(str(pair["folder"] / "after" / "LC09_*" / "*_MTL.txt"))[0]
    from_mtl = _detect(pair["landsat_before"], mtl, tmp_path / "mtl.tif")
    assert np.array_equal(read(from_mtl["OUTPUT"]), read(from_products["OUTPUT"]))


def test_area_of_interest_reads_and_writes_only_that_window(provider, pair, sample_paths, tmp_path):
    from osgeo import gdal

    whole = _detect(pair["s2_before"], pair["s2_after"], tmp_path / "whole.tif")
    gt = gdal.Open(whole["OUTPUT"]).GetGeoTransform()
    x0, y0 = gt[0] + 100 * gt[1], gt[3] + 300 * gt[5]
    extent = f"{x0},{x0 + 200 * gt[1]},{y0 + 150 * gt[5]},{y0} [EPSG:32719]"
    part = _detect(pair["s2_before"], pair["s2_after"], tmp_path / "part.tif", EXTENT=extent)
    classes = read(part["OUTPUT"])
    assert classes.shape == (150, 200)
    assert gdal.Open(part["OUTPUT"]).GetGeoTransform()[0] == pytest.approx(x0)
    window = read(whole["OUTPUT"])[300:450, 100:300]
    assert np.mean(classes == window) > 0.98
    # an extent in another CRS (longitude, latitude) is transformed to the image's
    from osgeo import osr

    utm, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(32719)
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_lonlat = osr.CoordinateTransformation(utm, wgs84)
    (lon0, lat0, _), (lon1, lat1, _) = to_lonlat.TransformPoint(x0, y0), to_lonlat.TransformPoint(
        x0 + 200 * gt[1], y0 + 150 * gt[5])
    lonlat = f"{min(lon0, lon1)},{max(lon0, lon1)},{min(lat0, lat1)},{max(lat0, lat1)} [EPSG:4326]"
    shape = read(_detect(pair["s2_before"], pair["s2_after"], tmp_path / "ll.tif", EXTENT=lonlat)["OUTPUT"]).shape
    assert 150 <= shape[0] <= 154 and 200 <= shape[1] <= 204


def test_area_of_interest_outside_the_image(provider, sample_paths, tmp_path):
    parameters = {"BEFORE": sample_paths["before"], "AFTER": sample_paths["after"], "OUTPUT": str(tmp_path / "o.tif"),
                  "EXTENT": "100000,110000,1000000,1010000 [EPSG:32719]"}
    _expect_error(parameters, ["Area of interest", "does not overlap"], str(tmp_path))


@pytest.mark.parametrize("kind, words", [
    ("s2_l1c", ["Image after", "Level-1C", "Level-2A"]),
    ("landsat_l1", ["Image after", "Landsat Level-1", "L2SP"]),
    ("truncated", ["Image after", "cannot be read", "Download it again"]),
])
def test_bad_products_are_clear_messages(provider, pair, tmp_path, kind, words):
    source = pair["folder"] / "bad"
    source.mkdir(exist_ok=True)
    if kind == "s2_l1c":
        bad = make_products.sentinel2_product(SAMPLE_AFTER, SAMPLE_SCL_AFTER, 20190805, str(source), level="1C")
    elif kind == "landsat_l1":
        bad = make_products.landsat_product(SAMPLE_AFTER, SAMPLE_SCL_AFTER, 20190805, str(source), level="L1TP")
    else:
        bad = make_products.truncated_copy(pair["s2_after"], str(source / "S2B_MSIL2A_20190805_cut.zip"))
    parameters = {"BEFORE": pair["s2_before"], "AFTER": bad, "OUTPUT": str(tmp_path / "out.tif")}
    _expect_error(parameters, words, str(tmp_path))


def test_swapped_images_are_refused(provider, pair, sample_paths, tmp_path):
    parameters = {"BEFORE": pair["s2_after"], "AFTER": pair["s2_before"], "OUTPUT": str(tmp_path / "out.tif")}
    _expect_error(parameters, ["Image before", "2019-08-05", "2018-07-10", "swapped"], str(tmp_path))
    parameters = {"BEFORE": sample_paths["after"], "AFTER": sample_paths["before"], "OUTPUT": str(tmp_path / "o.tif")}
    _expect_error(parameters, ["«Image before (product or band stack)» is dated 2019-08-05"], str(tmp_path))


def test_time_series_from_a_folder_of_products(provider, tmp_path):
    import processing

    stacks = sorted(glob.glob(str(SERIES / "*_stack.tif")))
    scls = sorted(glob.glob(str(SERIES / "*_SCL.tif")))
    folder = tmp_path / "downloads"
    folder.mkdir()
    for stack, scl in zip(stacks, scls):
        date = int(os.path.basename(stack).split("_")[2])
        make_products.sentinel2_product(stack, scl, date, str(folder), baseline="05.09" if date > 20190101 else "02.14")
    outputs = {key: str(tmp_path / f"{key}.tif") for key in ("OUTPUT_CLASS", "OUTPUT_DATE", "OUTPUT_CONFIDENCE")}
    from_folder = processing.run("miningloss:detecttimeseries", dict(outputs, IMAGES=[str(folder)]))
    outputs_stacks = {key: str(tmp_path / f"s_{key}.tif") for key in outputs}
    from_stacks = processing.run("miningloss:detecttimeseries", dict(outputs_stacks, IMAGES=stacks, MASKS=scls))
    assert from_folder["CONFIRMED_HA"] == pytest.approx(from_stacks["CONFIRMED_HA"], rel=0.10)
    assert from_folder["MINING_HA"] == pytest.approx(from_stacks["MINING_HA"], rel=0.10)
    dates = read(from_folder["OUTPUT_DATE"])
    assert set(np.unique(dates[dates > 0])) <= {int(os.path.basename(s).split("_")[2]) for s in stacks}


def test_spanish_message_names_the_dialog_label(provider, sample_paths, tmp_path):
    from mining_loss_monitor.plugin.i18n import install_translator
    from qgis.core import QgsProcessingException

    try:
        assert install_translator("es")
        with pytest.raises(QgsProcessingException) as raised:
            _detect(sample_paths["after"], sample_paths["before"], tmp_path / "out.tif")
        message = str(raised.value)
        assert "Imagen anterior" in message and "BEFORE" not in message, message
    finally:
        install_translator("en")
    assert not (tmp_path / "out.tif").exists()


def info_lines():
    """A feedback that keeps the log's info lines."""
    from qgis.core import QgsProcessingFeedback

    class Infos(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)

    return Infos()


def test_the_log_says_which_dates_were_used_and_that_given_masks_were_not(provider, pair, sample_paths, tmp_path):
    import processing

    feedback = info_lines()
    processing.run("miningloss:detecttwodates", {
        "BEFORE": pair["s2_before"], "AFTER": pair["s2_after"], "MASK_BEFORE": sample_paths["scl_before"],
        "OUTPUT": str(tmp_path / "out.tif")}, feedback=feedback)
    text = "\n".join(feedback.lines)
    assert "2018" in text and "2019" in text and "Image before:" in text
    assert "were not used" in text


def test_the_log_follows_qgis_number_and_date_settings(provider, pair, tmp_path):
    """In Spanish QGIS the log says '10 jul 2018' and decimal commas, as the reports do (not Qt's default locale)."""
    import re

    import processing

    from tests.conftest import qgis_language

    feedback = info_lines()
    with qgis_language("es"):
        result = processing.run("miningloss:detecttwodates", {
            "BEFORE": pair["s2_before"], "AFTER": pair["s2_after"], "OUTPUT": str(tmp_path / "out.tif")},
            feedback=feedback)
    text = "\n".join(feedback.lines)
    assert "Imagen anterior: 10 jul 2018; imagen posterior: 5 ago 2019." in text, text
    assert "se decodifican una sola vez" in text  # the first part of the bar is said, not silent
    mining = f"{result['MINING_HA']:.2f}".replace(".", ",")
    assert re.search(rf"Pérdida por minería: {mining} ha", text), text


def test_files_of_extracted_products_picked_one_by_one(provider, pair, tmp_path):
    """What the dialog's 'Añadir archivo(s)…' gives: the .jp2 bands and SCL of an unzipped .SAFE and the .TIF files
    of an extracted Landsat tar. The series said 'Two images have the same date (2018-07-10, 2019-08-05)'; now
    each product is read once, with the same result as the archives, and the log says so."""
    import processing

    safe = glob.glob(str(pair["folder"] / "before" / "*.SAFE"))[0]
    landsat = pair["landsat_after"][:-4]  # the folder the tar was made from, as tar xf leaves it
    picked = sorted(glob.glob(safe + "/**/*.jp2", recursive=True)) + sorted(glob.glob(landsat + "/*.TIF"))
    outputs = {key: str(tmp_path / f"{key}.tif") for key in ("OUTPUT_CLASS", "OUTPUT_DATE", "OUTPUT_CONFIDENCE")}
    feedback = info_lines()
    from_files = processing.run("miningloss:detecttimeseries", dict(outputs, IMAGES=picked), feedback=feedback)
    assert f"read as the whole products: {os.path.basename(landsat)}_MTL.txt, {os.path.basename(safe)}" in \
        "\n".join(feedback.lines)
    archives = {key: str(tmp_path / f"a_{key}.tif") for key in outputs}
    from_archives = processing.run("miningloss:detecttimeseries",
                                   dict(archives, IMAGES=[pair["s2_before"], pair["landsat_after"]]))
    assert from_files["OTHER_LOSS_HA"] + from_files["MINING_HA"] > 1
    for key in ("MINING_HA", "OTHER_LOSS_HA", "CONFIRMED_HA", "PROBABLE_HA"):
        assert from_files[key] == pytest.approx(from_archives[key]), key
    band = next(p for p in picked if p.endswith("_B04_10m.jp2"))  # one band picked as the image before
    two = _detect(band, landsat + "/" + os.path.basename(landsat) + "_SR_B5.TIF", tmp_path / "two.tif")
    reference = _detect(pair["s2_before"], pair["landsat_after"], tmp_path / "ref.tif")
    assert two["MINING_HA"] == pytest.approx(reference["MINING_HA"]) and reference["MINING_HA"] > 1


def test_products_with_their_masks_also_given_as_cloud_masks(provider, pair, tmp_path):
    """A newcomer fills 'Máscaras de nubes' with the products' own SCL and QA_PIXEL: the series said 'The masks do
    not match the image dates (no mask for -)'; and the dates too ('2 dates were given for 0 images'). Products
    keep their own masks and dates, and the log says the ones given served only band stacks."""
    import processing

    safe = glob.glob(str(pair["folder"] / "before" / "*.SAFE"))[0]
    landsat = pair["landsat_after"][:-4]
    masks = glob.glob(safe + "/**/*_SCL_20m.jp2", recursive=True) + glob.glob(landsat + "/*_QA_PIXEL.TIF")
    outputs = {key: str(tmp_path / f"{key}.tif") for key in ("OUTPUT_CLASS", "OUTPUT_DATE", "OUTPUT_CONFIDENCE")}
    feedback = info_lines()
    given = processing.run("miningloss:detecttimeseries", dict(
        outputs, IMAGES=[pair["s2_before"], pair["landsat_after"]], MASKS=masks, MASK_TYPE=1,
        DATES="2018-07-10, 2019-08-05"), feedback=feedback)  # the dates said '2 dates were given for 0 images'

    assert "used only for the band stacks" in "\n".join(feedback.lines)
    plain = processing.run("miningloss:detecttimeseries", dict(
        {key: str(tmp_path / f"p_{key}.tif") for key in outputs}, IMAGES=[pair["s2_before"], pair["landsat_after"]]))
    assert given["MINING_HA"] == pytest.approx(plain["MINING_HA"]) and plain["MINING_HA"] > 1


def test_cancel_while_products_are_decoded_leaves_nothing(provider, pair, tmp_path):
    """Cancel pressed in the first part of the bar (the products' JPEG2000 being decoded): a clear message, no
    output, the downloads as they were."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CancelEarly(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.progressChanged.connect(lambda value: value > 5 and self.cancel())

    downloads = {p: sorted(os.listdir(p)) for p in (pair["folder"] / "before", pair["folder"] / "after")}
    out = tmp_path / "out"
    out.mkdir()
    outputs = {key: str(out / f"{key}.tif") for key in ("OUTPUT_CLASS", "OUTPUT_DATE", "OUTPUT_CONFIDENCE")}
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:detecttimeseries", dict(outputs, IMAGES=[pair["s2_before"], pair["s2_after"]]),
                       feedback=CancelEarly())
    assert "Cancelled by the user; no output was written" in str(raised.value)
    assert os.listdir(out) == [] and {p: sorted(os.listdir(p)) for p in downloads} == downloads
