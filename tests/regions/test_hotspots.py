"""miningloss:hotspots through processing.run: planted fronts, hectares, bad input, models, styles, dialogs."""

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, recording_feedback
from tests.regions.grid_fixtures import FRONTS, hotspot_patches, write_loss
from tests.regions.grid_fixtures import cell_at as _cell_at
from tests.regions.grid_fixtures import features as _features

DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def planted_hotspots(tmp_path_factory, plugin_instance):
    import processing

    folder = tmp_path_factory.mktemp("hotspots")
    patches = hotspot_patches()
    loss = write_loss(folder / "loss.gpkg", patches)
    result = processing.run(
        "miningloss:hotspots",
        {
            "LOSS": loss,
            "CELL_KM2": 9.0,
            "PERIOD": 0,
            "OUTPUT": str(folder / "cells.gpkg"),
            "OUTPUT_TABLE": str(folder / "periods.gpkg"),
            "REPORT": str(folder / "hotspots.html"),
        },
    )
    return result, patches


def test_planted_fronts_get_their_category(planted_hotspots):
    result, _ = planted_hotspots
    layer, _cells = _features(result["OUTPUT"])
    for pattern, (x, y) in FRONTS.items():
        cell = _cell_at(layer, x, y)
        assert cell["category"] == pattern, (pattern, cell.attributes())
    intensifying = _cell_at(layer, *FRONTS["intensifying"])
    assert intensifying["trend_tau"] > 0.5 and intensifying["trend_p"] < 0.05
    new = _cell_at(layer, *FRONTS["new"])
    assert new["first_period"] == "2024" or new["hot_periods"] == 1


def test_hectares_per_cell_and_period_add_up_to_the_polygons(planted_hotspots):
    result, patches = planted_hotspots
    planted_ha = sum((2 * half) ** 2 / 10000.0 for _x, _y, half, _day in patches)
    _layer, cells = _features(result["OUTPUT"])
    assert sum(f["total_ha"] for f in cells) == pytest.approx(planted_ha, rel=0.003)
    table, rows = _features(result["OUTPUT_TABLE"])
    assert sum(f["loss_ha"] for f in rows) == pytest.approx(planted_ha, rel=0.003)
    assert len(rows) == 10 * len(cells)
    assert sorted({f["period"] for f in rows}) == [str(y) for y in range(2015, 2025)]
    assert {"cell_id", "period", "loss_ha", "gi_z"} <= set(table.fields().names())
    html = open(result["REPORT"], encoding="utf-8").read()
    assert "data:image/png;base64," in html and "Intensifying hot spot" in html


def test_too_few_periods_and_a_grid_finer_than_the_raster_are_clear_errors(plugin_instance, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as raised:
        processing.run(
            "miningloss:hotspots",
            {
                "LOSS": str(DATA / "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"),
                "ENCODING": 2,
                "CELL_KM2": 0.005,
                "OUTPUT": str(tmp_path / "c.gpkg"),
                "OUTPUT_TABLE": str(tmp_path / "t.gpkg"),
            },
        )
    assert "finer than the raster" in str(raised.value) and "Hexagon area" in str(raised.value)
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(
            "miningloss:hotspots",
            {
                "LOSS": str(DATA / "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"),
                "ENCODING": 2,
                "CELL_KM2": 1,
                "START_DATE": "2022-01-01",
                "END_DATE": "2023-12-31",
                "OUTPUT": str(tmp_path / "c.gpkg"),
                "OUTPUT_TABLE": str(tmp_path / "t.gpkg"),
            },
        )
    assert "at least 3 periods" in str(raised.value)
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(
            "miningloss:hotspots",
            {
                "LOSS": str(DATA / "amw_mining_mdd_2018_2025Q3.gpkg"),
                "GROUP_FIELD": "anio",
                "OUTPUT": str(tmp_path / "c.gpkg"),
                "OUTPUT_TABLE": str(tmp_path / "t.gpkg"),
            },
        )
    assert "'anio'" in str(raised.value) and "Period field" in str(raised.value)
    assert not (tmp_path / "c.gpkg").exists()


def test_hansen_lossyear_hot_spots_count_the_published_pixels(plugin_instance, tmp_path):
    """The real Hansen clip: the yearly hectares over all cells equal the raster's own pixel count."""
    import processing

    result = processing.run(
        "miningloss:hotspots",
        {
            "LOSS": str(DATA / "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"),
            "ENCODING": 2,
            "CELL_KM2": 0.5,
            "START_DATE": "2015-01-01",
            "END_DATE": "2023-12-31",
            "OUTPUT": str(tmp_path / "c.gpkg"),
            "OUTPUT_TABLE": str(tmp_path / "t.gpkg"),
        },
    )
    _layer, rows = _features(result["OUTPUT_TABLE"])
    by_year = {}
    for row in rows:
        by_year[row["period"]] = by_year.get(row["period"], 0.0) + row["loss_ha"]
    from osgeo import gdal

    values = gdal.Open(str(DATA / "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif")).ReadAsArray()
    for year in range(2015, 2024):  # pixels of ~0.0731 ha (0.00025 deg at 18.66 N)
        assert by_year[str(year)] == pytest.approx((values == year - 2000).sum() * 0.0731, rel=0.01, abs=0.01)


DIALOG_SCRIPT = """
import sys
sys.path[:0] = {paths!r}
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QApplication
app = QgsApplication([], True)
app.initQgis()
sys.path.append('/usr/share/qgis/python/plugins')
from processing.core.Processing import Processing
Processing.initialize()
import mining_loss_monitor
plugin = mining_loss_monitor.classFactory(None)
plugin.initProcessing()
import processing
import qgis.utils
from qgis.PyQt.QtWidgets import QMainWindow
from unittest.mock import MagicMock
from qgis.gui import QgsMapCanvas
iface = MagicMock()
window, canvas = QMainWindow(), QgsMapCanvas()
iface.mainWindow.return_value = window
iface.mapCanvas.return_value = canvas
qgis.utils.iface = iface
processing.tools.general.iface = iface
for name in ("miningloss:hotspots", "miningloss:displacement"):
    dialog = processing.createAlgorithmDialog(name, {{}})
    dialog.show()
    QApplication.processEvents()
    print(name, dialog.windowTitle())
    dialog.close()
"""


def test_real_dialogs_open_without_crashing(plugin_instance):
    package_dir = [p for p in sys.path if os.path.isdir(os.path.join(p, "mining_loss_monitor"))][0]
    script = DIALOG_SCRIPT.format(paths=[package_dir, str(ROOT)])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Emerging hot spots of forest loss" in done.stdout
    assert "Where did loss go after an operation" in done.stdout


@pytest.mark.parametrize(
    "template, renderer, legend",
    [
        ("hotspots.qml", "categorizedSymbol", {"NEW": "Nuevo punto caliente"}),
        ("hotspots_periods.qml", "RuleRenderer", {"HOT99": "caliente 99"}),
        ("displacement.qml", "RuleRenderer", {"TOP": "Subió más"}),
    ],
)
def test_styles_load_with_their_legend(plugin_instance, tmp_path, template, renderer, legend):
    from mining_loss_monitor.algorithms.parameters.styles import write_style
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:4326&field=category:string&field=hot:integer&field=gi_z:double"
        "&field=loss_ha:double&field=inside_operation:integer&field=rank:integer"
        "&field=change_ha:double",
        "x",
        "memory",
    )
    message, ok = layer.loadNamedStyle(write_style(template, str(tmp_path / "layer.gpkg"), legend))
    assert ok, message
    assert layer.renderer().type() == renderer
    labels = (
        [c.label() for c in layer.renderer().categories()]
        if renderer == "categorizedSymbol"
        else [r.label() for r in layer.renderer().rootRule().children()]
    )
    assert list(legend.values())[0] in labels


def test_hotspots_inside_a_processing_model(plugin_instance, tmp_path):
    """A model with hotspots as its step: the cells come out as the model's output."""
    import processing
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
    )

    loss = write_loss(tmp_path / "loss.gpkg", hotspot_patches())
    model = QgsProcessingModelAlgorithm("where mining grows", "tests")
    child = QgsProcessingModelChildAlgorithm("miningloss:hotspots")
    child.setChildId("hot")
    for key, value in (("LOSS", loss), ("DATE_FIELD", "loss_date"), ("CELL_KM2", 9.0), ("PERIOD", 0)):
        child.addParameterSources(key, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    output = QgsProcessingModelOutput("cells")
    output.setChildId("hot")
    output.setChildOutputName("OUTPUT")
    child.setModelOutputs({"cells": output})
    model.addChildAlgorithm(child)
    result = processing.run(model, {"hot:cells": str(tmp_path / "model_cells.gpkg")})
    layer, cells = _features(result["hot:cells"])
    assert _cell_at(layer, *FRONTS["new"])["category"] == "new"


def test_cancelling_hotspots_leaves_no_output(plugin_instance, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException):
        processing.run("miningloss:hotspots", {
            "LOSS": str(DATA / "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"), "ENCODING": 2, "CELL_KM2": 0.5,
            "OUTPUT": str(tmp_path / "c.gpkg"), "OUTPUT_TABLE": str(tmp_path / "t.gpkg")}, feedback=feedback)
    assert not (tmp_path / "c.gpkg").exists() and not (tmp_path / "t.gpkg").exists()


def test_period_layer_steps_through_the_temporal_controller(planted_hotspots):
    import datetime

    from mining_loss_monitor.algorithms.regions.grid_outputs import enable_period_time
    from qgis.core import QgsVectorLayer, QgsVectorLayerTemporalProperties

    result, _ = planted_hotspots
    layer = QgsVectorLayer(result["OUTPUT_TABLE"], "periods", "ogr")
    enable_period_time(layer)
    properties = layer.temporalProperties()
    assert properties.isActive()
    assert properties.mode() == QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields
    assert properties.startField() == "period_start" and properties.endField() == "period_end"
    rows_2020 = [f for f in layer.getFeatures() if f["period"] == "2020"]
    assert rows_2020 and all(f["period_start"].toPyDate() == datetime.date(2020, 1, 1)
                             and f["period_end"].toPyDate() == datetime.date(2020, 12, 31) for f in rows_2020)


def test_amazon_mining_watch_period_codes_are_the_periods(plugin_instance, tmp_path):
    """GROUP_FIELD: AMW's own period codes (201800 cumulative, 201900..202400, 202502, 202503) are the time steps."""
    import processing
    from osgeo import ogr

    result = processing.run("miningloss:hotspots", {
        "LOSS": str(DATA / "amw_mining_mdd_2018_2025Q3.gpkg"), "GROUP_FIELD": "year", "AREA_FIELD": "Mined area (ha)",
        "CELL_KM2": 25, "OUTPUT": str(tmp_path / "c.gpkg"), "OUTPUT_TABLE": str(tmp_path / "t.gpkg")})
    _layer, rows = _features(result["OUTPUT_TABLE"])
    assert sorted({f["period"] for f in rows}) == ["201800", "201900", "202000", "202100", "202200", "202300",
                                                  "202400", "202502", "202503"]
    source = ogr.Open(str(DATA / "amw_mining_mdd_2018_2025Q3.gpkg"))
    sql = source.ExecuteSQL('SELECT SUM("Mined area (ha)") AS ha FROM amw_mining')
    total = sql.GetNextFeature().GetField("ha")
    source.ReleaseResultSet(sql)
    assert sum(f["loss_ha"] for f in rows) == pytest.approx(total, rel=0.001)



def test_temporary_outputs_loaded_from_the_dialog_get_their_style_and_time(plugin_instance, layer_tree_iface,
                                                                           tmp_path):
    """The dialog's default temporary outputs: no «File name too long» (the memory layer's URI read as a file), the
    legend applied and the per-period layer stepping through the Temporal Controller."""
    import processing
    from qgis.core import QgsProject

    feedback = recording_feedback()
    project = QgsProject.instance()
    known = set(project.mapLayers())
    loss = write_loss(tmp_path / "loss.gpkg", hotspot_patches())
    processing.runAndLoadResults("miningloss:hotspots", {
        "LOSS": loss, "CELL_KM2": 9.0, "PERIOD": 0, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_TABLE": "TEMPORARY_OUTPUT"},
        feedback=feedback)
    added = [project.mapLayer(i) for i in set(project.mapLayers()) - known]
    try:
        assert not [e for e in feedback.errors if "too long" in e or "correctly" in e], feedback.errors
        assert len(added) == 2 and all(layer.providerType() == "memory" for layer in added)
        periods = next(layer for layer in added if "period_start" in layer.fields().names())
        assert periods.temporalProperties().isActive()
        cells = next(layer for layer in added if "category" in layer.fields().names())
        assert cells.renderer().type() in ("categorizedSymbol", "RuleRenderer")
    finally:
        project.removeMapLayers([layer.id() for layer in added])


def test_spanish_report_writes_quarters_and_numbers_by_the_region_report_rule(plugin_instance, tmp_path):
    """The tester's Peruvian QGIS (es, numbers es_PE): «2018-Q2» beside the region report's «2018-T1», and
    «p < 0,05» (in the translation) beside «1.00 km²» (the locale's)."""
    import re

    import processing
    from qgis.core import QgsSettings

    from tests.conftest import qgis_language

    loss = write_loss(tmp_path / "loss.gpkg", hotspot_patches())
    with qgis_language("es"):
        QgsSettings().setValue("locale/globalLocale", "es_PE")
        result = processing.run("miningloss:hotspots", {
            "LOSS": loss, "CELL_KM2": 9.0, "PERIOD": 1, "OUTPUT": str(tmp_path / "cells.gpkg"),
            "OUTPUT_TABLE": str(tmp_path / "periods.gpkg"),
            "REPORT": str(tmp_path / "hotspots.html")})
    html = open(result["REPORT"], encoding="utf-8").read()
    assert "2015-T1" in html and "2024-T4" in html and not re.search(r"20\d\d-Q\d", html)
    assert "9.00 km²" in html and "p &lt; 0.05" in html and "0,05" not in html


def test_spanish_report_counts_with_separators_and_names_cells_as_the_layer(plugin_instance, tmp_path, monkeypatch):
    """A Spanish report read «en 3449 hexágonos», its chart 80000 (the region reports 80.000), and cell 1470 of the
    layer as «1.470» in the table."""
    import re

    import processing
    from mining_loss_monitor.algorithms.reports import report
    from osgeo import ogr

    from tests.conftest import qgis_language

    axes_formats = []
    real = report.number_axis
    monkeypatch.setattr(report, "number_axis", lambda axes, fmt: (real(axes, fmt), axes_formats.append(fmt)))
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        infos = []

        def pushInfo(self, info):  # noqa: N802
            self.infos.append(info)

    loss = write_loss(tmp_path / "loss.gpkg", hotspot_patches())
    with qgis_language("es"):
        result = processing.run("miningloss:hotspots", {
            "LOSS": loss, "CELL_KM2": 1.0, "PERIOD": 0, "OUTPUT": str(tmp_path / "cells.gpkg"),
            "OUTPUT_TABLE": str(tmp_path / "periods.gpkg"), "REPORT": str(tmp_path / "hotspots.html")},
            feedback=Feedback())
    assert any(re.fullmatch(r"\d\.\d{3} hexágonos de 1,00 km²\.", info) for info in Feedback.infos), Feedback.infos
    html = open(result["REPORT"], encoding="utf-8").read()
    count = re.search(r"en ([\d.]+) hexágonos", html).group(1)
    assert len(count) > 4 and "." in count
    source = ogr.Open(result["OUTPUT"])
    ids = {str(feature.GetField("cell_id")) for feature in source.GetLayer(0)}
    source = None
    table = html.split("<h2>")[-3]  # the cells that changed most
    shown = re.findall(r"<tr><td>([^<]+)</td>", table)
    assert shown and set(shown) <= ids and any(len(cell) > 3 for cell in shown)
    assert axes_formats and all(fmt is not None for fmt in axes_formats)


def test_grid_messages_write_numbers_as_the_spanish_qgis(plugin_instance, tmp_path):
    """'se dio 0.0' and 'un hexágono de 0.5 ha … píxeles de 0.0769 ha' in Spanish messages: now 0 and 0,5."""
    import processing
    from qgis.core import QgsProcessingException

    from tests.conftest import qgis_language

    base = {"LOSS": str(DATA / "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"), "ENCODING": 2,
            "OUTPUT": str(tmp_path / "c.gpkg"), "OUTPUT_TABLE": str(tmp_path / "t.gpkg")}
    messages = []
    with qgis_language("es"):
        for cell in (0.005, 0):
            with pytest.raises(QgsProcessingException) as raised:
                processing.run("miningloss:hotspots", dict(base, CELL_KM2=cell))
            messages.append(str(raised.value))
    finer, zero = messages
    assert "Un hexágono de 0,5 ha" in finer and "0.5" not in finer, finer
    assert "(se dio 0)" in zero, zero
