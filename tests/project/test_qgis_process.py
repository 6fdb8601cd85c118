"""End to end through Debian's qgis_process.bin, the plugin enabled in a throw-away profile."""
import os
import shutil

import numpy as np
import pytest

from scripts.qgis_cli import help_text, run, throwaway_profile
from tests.conftest import needs_jpeg2000, read


@pytest.fixture(scope="module")
def profile():
    with throwaway_profile() as env:
        yield env


@pytest.fixture(scope="module")
def spanish_profile():
    with throwaway_profile("es") as env:
        yield env


def test_list_shows_the_provider(profile):
    import subprocess

    from scripts.qgis_cli import qgis_process_binary

    listing = subprocess.run([qgis_process_binary(), "list"], env=profile, capture_output=True, text=True).stdout
    assert "miningloss:detecttwodates" in listing and "miningloss:vectorize" in listing


def test_detect_and_vectorize_from_the_command_line(profile, sample_paths, tmp_path):
    user = tmp_path / "user"  # the user's folder: qgis_process's own check loaded each file as a layer, and
    user.mkdir()  # GDAL saved the layer's statistics beside it (.aux.xml)
    inputs = {key: shutil.copy(sample_paths[key], user) for key in ("before", "after", "scl_before", "scl_after")}
    code, results, stdout, stderr = run(profile, "miningloss:detecttwodates", {
        "BEFORE": inputs["before"], "AFTER": inputs["after"], "MASK_BEFORE": inputs["scl_before"],
        "MASK_AFTER": inputs["scl_after"], "OUTPUT": str(tmp_path / "classes.tif")})
    assert code == 0, stderr
    assert sorted(os.listdir(user)) == sorted(os.path.basename(p) for p in inputs.values())
    truth = read(sample_paths["truth"])
    classes = read(results["OUTPUT"])
    clear = classes != 255
    truth_mining_ha = np.count_nonzero((truth == 1) & clear) * 0.01
    assert float(results["MINING_HA"]) == pytest.approx(truth_mining_ha, rel=0.05)
    code, polygons, stdout, stderr = run(profile, "miningloss:vectorize", {
        "INPUT_CLASS": results["OUTPUT"], "OUTPUT": str(tmp_path / "polygons.gpkg")})
    assert code == 0, stderr
    assert float(polygons["POLYGONS"]) > 5


def test_bad_input_from_the_command_line_is_a_clear_message(profile, sample_paths, tmp_path):
    code, results, stdout, stderr = run(profile, "miningloss:detecttwodates", {
        "BEFORE": sample_paths["before"], "AFTER": sample_paths["before"], "MASK_AFTER": sample_paths["before"],
        "OUTPUT": str(tmp_path / "classes.tif")})
    assert code != 0
    assert "«Cloud mask of the image after» is not a valid mask" in stdout + stderr
    assert not (tmp_path / "classes.tif").exists()


def test_help_is_spanish_under_a_spanish_profile(spanish_profile):
    text = help_text(spanish_profile, "miningloss:detecttwodates")
    assert "Detectar pérdida minera (dos fechas)" in text
    assert "Imagen anterior" in text
    assert "relaves" in text


@needs_jpeg2000
def test_products_and_a_folder_of_products_from_the_command_line(profile, spanish_profile, tmp_path):
    """A Sentinel-2 zip and a Landsat tar as downloaded, an area of interest; a series from a folder; Spanish."""
    from scripts.demo import make_products
    from tests.conftest import SAMPLE_AFTER, SAMPLE_BEFORE, SAMPLE_SCL_AFTER, SAMPLE_SCL_BEFORE

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    before = make_products.sentinel2_product(SAMPLE_BEFORE, SAMPLE_SCL_BEFORE, 20180710, str(downloads))
    after = make_products.landsat_product(SAMPLE_AFTER, SAMPLE_SCL_AFTER, 20190805, str(downloads))
    code, results, stdout, stderr = run(profile, "miningloss:detecttwodates", {
        "BEFORE": before, "AFTER": after, "EXTENT": "383500,386500,8562000,8564500 [EPSG:32719]",
        "OUTPUT": str(tmp_path / "classes.tif")})
    assert code == 0, stdout + stderr
    assert read(results["OUTPUT"]).shape == (250, 300) and float(results["MINING_HA"]) > 1
    code, results, stdout, stderr = run(profile, "miningloss:detecttimeseries", {
        "IMAGES": str(downloads), "OUTPUT_CLASS": str(tmp_path / "c.tif"), "OUTPUT_DATE": str(tmp_path / "d.tif"),
        "OUTPUT_CONFIDENCE": str(tmp_path / "q.tif")})
    assert code == 0, stdout + stderr
    dates = read(results["OUTPUT_DATE"])
    assert set(np.unique(dates[dates > 0])) <= {20190805}
    code, results, stdout, stderr = run(spanish_profile, "miningloss:detecttwodates", {
        "BEFORE": after, "AFTER": before, "OUTPUT": str(tmp_path / "swapped.tif")})
    assert code != 0 and "Imagen anterior" in stdout + stderr and "invertidas" in stdout + stderr
    assert not (tmp_path / "swapped.tif").exists()
