"""The demo project opens ready to read: zoomed on the detections over true colour, names with dates in the
language of the QGIS that built it, masked pixels drawn with a legend entry, dates as dates, dock shown."""
import glob
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

import pytest

from scripts.qgis_cli import run_desktop
from tests.conftest import ROOT

SAMPLE = ROOT / "resources" / "sample"


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory, plugin_instance):
    """The outputs `make demo` writes, made with processing.run, and the project built in Spanish."""
    import processing

    folder = tmp_path_factory.mktemp("demo")
    processing.run("miningloss:detecttwodates", {
        "BEFORE": str(SAMPLE / "S2_L2A_20180710_LaPampa_stack.tif"),
        "AFTER": str(SAMPLE / "S2_L2A_20190805_LaPampa_stack.tif"),
        "MASK_BEFORE": str(SAMPLE / "S2_L2A_20180710_LaPampa_SCL.tif"),
        "MASK_AFTER": str(SAMPLE / "S2_L2A_20190805_LaPampa_SCL.tif"),
        "OUTPUT": str(folder / "loss_classes_20180710_20190805.tif")})
    series = processing.run("miningloss:detecttimeseries", {
        "IMAGES": sorted(glob.glob(str(SAMPLE / "series" / "*_stack.tif"))),
        "MASKS": sorted(glob.glob(str(SAMPLE / "series" / "*_SCL.tif"))),
        "OUTPUT_CLASS": str(folder / "series_loss_classes.tif"), "OUTPUT_DATE": str(folder / "series_loss_dates.tif"),
        "OUTPUT_CONFIDENCE": str(folder / "series_loss_confidence.tif")})
    processing.run("miningloss:vectorize", {
        "INPUT_CLASS": series["OUTPUT_CLASS"], "INPUT_DATE": series["OUTPUT_DATE"],
        "INPUT_CONFIDENCE": series["OUTPUT_CONFIDENCE"], "OUTPUT": str(folder / "series_loss_polygons.gpkg")})
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "demo" / "make_project.py"), str(folder), "es"],
                         capture_output=True, text=True, timeout=300,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert run.returncode == 0, run.stderr[-2000:]
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "demo" / "make_project.py"), str(folder), "en",
                          "mining_loss_demo_en.qgz"], capture_output=True, text=True, timeout=300,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert run.returncode == 0, run.stderr[-2000:]
    return folder


def _project_xml(folder, name="mining_loss_demo.qgz"):
    with zipfile.ZipFile(folder / name) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".qgs"))
        return ET.fromstring(archive.read(name))


def _layers(root):
    return {layer.findtext("layername"): layer for layer in root.iter("maplayer")}


def test_project_is_spanish_dated_and_styled(demo_folder):
    root = _project_xml(demo_folder)
    layers = _layers(root)
    names = set(layers)
    assert "Clases de pérdida 2018-07-10 → 2019-08-05" in names
    assert "Clases de pérdida (serie) 2018-03-15 → 2019-09-15" in names
    assert "Polígonos de pérdida fechados 2018-03-15 → 2019-09-15" in names
    assert "Sentinel-2 posterior, color verdadero 2019-08-05" in names
    assert "Operativos de control" in names
    # the same project in English beside it (make demo writes both, whatever language the building QGIS speaks)
    english = set(_layers(_project_xml(demo_folder, "mining_loss_demo_en.qgz")))
    assert "Loss classes 2018-07-10 → 2019-08-05" in english and "Enforcement operations" in english, english
    # masked pixels (255) are drawn, grey, with their own legend entry
    classes = layers["Clases de pérdida 2018-07-10 → 2019-08-05"]
    assert classes.find(".//noDataList").get("useSrcNoData") == "0"
    entry = next(e for e in classes.iter("paletteEntry") if e.get("value") == "255")
    # the legends in the project's language too, though the detection ran in English here (a Spanish analyst saw
    # "Mining loss", "Clouds, shadows or no data" and "15 Sep 2019" in the Spanish project)
    assert entry.get("label") == "Nubes, sombras o sin datos" and int(entry.get("alpha")) > 0
    assert {e.get("label") for e in classes.iter("paletteEntry")} >= {"Pérdida por minería", "Otra pérdida de bosque"}
    polygons = layers["Polígonos de pérdida fechados 2018-03-15 → 2019-09-15"]
    assert {c.get("label") for c in polygons.iter("category")} == {"Pérdida por minería", "Otra pérdida de bosque"}
    english_classes = _layers(_project_xml(demo_folder, "mining_loss_demo_en.qgz"))[
        "Loss classes 2018-07-10 → 2019-08-05"]
    assert {e.get("label") for e in english_classes.iter("paletteEntry")} >= {"Mining loss", "Other forest loss"}
    # the loss-date legend shows dates, not 20,190,915
    dates = layers["Fechas de pérdida (serie) 2018-03-15 → 2019-09-15"]
    legend = dates.find(".//rampLegendSettings")
    assert legend.get("minimumLabel") == "15 mar 2018" and legend.get("maximumLabel") == "15 sep 2019"
    # true colour: bands 3, 2, 1 of the after stack
    imagery = layers["Sentinel-2 posterior, color verdadero 2019-08-05"].find(".//rasterrenderer")
    assert (imagery.get("type"), imagery.get("redBand"), imagery.get("greenBand"), imagery.get("blueBand")) == (
        "multibandcolor", "3", "2", "1")
    # opens on the detections, and asks for the timeline dock
    canvas = next(c for c in root.iter("mapcanvas") if c.get("name") == "theMapCanvas")
    extent = canvas.find("extent")
    xmin, xmax = float(extent.findtext("xmin")), float(extent.findtext("xmax"))
    assert 380000 < xmin < xmax < 392000 and (xmax - xmin) < 8000  # the 5 km sample, not the whole world
    assert root.find(".//properties/mining_loss_monitor/show_dock").text == "true"


def run_in_spanish_desktop(script, demo_folder, out, plugin=True):
    """The real QGIS desktop under Xvfb with the plugin in a throw-away Spanish profile; runs tests/desktop/<script>
    on the demo project and returns QGIS's exit code."""
    return run_desktop(ROOT / "tests" / "desktop" / script,
                       {"MLM_OUT": str(out), "MLM_PROJECT": str(demo_folder / "mining_loss_demo.qgz")},
                       locale="es", plugin=plugin)


needs_desktop = pytest.mark.skipif(not (shutil.which("xvfb-run") and shutil.which("qgis")),
                                   reason="needs the QGIS desktop")


@needs_desktop
def test_demo_project_opens_ready_in_the_spanish_desktop(demo_folder, tmp_path):
    run_in_spanish_desktop("open_project.py", demo_folder, tmp_path)
    report = json.loads((tmp_path / "open_project.json").read_text(encoding="utf-8"))
    assert report["dock_visible"] is True
    assert report["dock_loss"].startswith("Polígonos de pérdida fechados")
    xmin, ymin, xmax, ymax = report["extent"]
    assert 380000 < xmin < xmax < 392000 and 8555000 < ymin < ymax < 8572000, report
    assert "Sentinel-2 posterior, color verdadero 2019-08-05" in report["visible_layers"]
    assert (tmp_path / "demo_project.png").stat().st_size > 20000


@needs_desktop
def test_quitting_after_where_did_it_go_exits_cleanly(demo_folder, tmp_path):
    """The tester's crash: QGIS 3.22 aborted (SIGABRT, 134) on QgsApplication.quit() with a current layer (the one
    "Where did it go?" had just added); the plugin lets go of the current layer when the application quits."""
    code = run_in_spanish_desktop("where_then_quit.py", demo_folder, tmp_path)
    report = json.loads((tmp_path / "where_then_quit.json").read_text(encoding="utf-8"))
    assert report["summary"] and report["active_layer"] == "A dónde se fue: Operation Mercurio", report
    if code != 0 and run_in_spanish_desktop("open_then_quit.py", demo_folder, tmp_path, plugin=False) != 0:
        # seen on QGIS 3.44 (Debian unstable): it dies on quit after opening the project, with the plugin disabled
        pytest.skip(f"this QGIS itself crashes on quit after opening the project, without the plugin (exit {code})")
    assert code == 0


def test_an_output_loaded_from_a_dialog_gets_the_same_care(plugin_instance, layer_tree_iface, sample_paths, tmp_path):
    """As the dialog loads it: class raster named with its dates, masked pixels drawn with a legend entry."""
    import processing
    from qgis.core import QgsProject, QgsRasterLayer

    before = set(QgsProject.instance().mapLayers())
    processing.runAndLoadResults("miningloss:detecttwodates", {
        "BEFORE": sample_paths["before"], "AFTER": sample_paths["after"], "MASK_BEFORE": sample_paths["scl_before"],
        "MASK_AFTER": sample_paths["scl_after"], "OUTPUT": str(tmp_path / "classes.tif")})
    added = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    try:
        layer = next(layer for layer in added if isinstance(layer, QgsRasterLayer))
        assert layer.name().endswith("2018-07-10 → 2019-08-05")
        assert not layer.dataProvider().useSourceNoDataValue(1)
        labels = [c.label for c in layer.renderer().classes()]
        assert "Clouds, shadows or no data" in labels
    finally:
        QgsProject.instance().removeMapLayers([layer.id() for layer in added])
