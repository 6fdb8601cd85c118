"""The timeline dock on a real QgsMapCanvas (offscreen): selection, time sync, histogram, edits, export."""
import datetime
import glob
import re
import shutil

import pytest

from tests.conftest import ROOT

SAMPLE = ROOT / "resources" / "sample"


@pytest.fixture
def project_and_canvas(qgis_app, qgis_canvas, provider):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsTemporalNavigationObject

    project = QgsProject.instance()
    project.removeAllMapLayers()
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32719"))
    navigation = QgsTemporalNavigationObject()
    qgis_canvas.setTemporalController(navigation)
    yield project, qgis_canvas, navigation
    project.removeAllMapLayers()


@pytest.fixture(scope="module")
def dated_polygons(tmp_path_factory, plugin_instance):
    """Run the time series on the sample and vectorize it, once."""
    import processing

    folder = tmp_path_factory.mktemp("dated")
    stacks = sorted(glob.glob(str(SAMPLE / "series" / "*_stack.tif")))
    masks = sorted(glob.glob(str(SAMPLE / "series" / "*_SCL.tif")))
    series = processing.run("miningloss:detecttimeseries", {
        "IMAGES": stacks, "MASKS": masks, "OUTPUT_CLASS": str(folder / "c.tif"), "OUTPUT_DATE": str(folder / "d.tif"),
        "OUTPUT_CONFIDENCE": str(folder / "q.tif")})
    polygons = processing.run("miningloss:vectorize", {
        "INPUT_CLASS": series["OUTPUT_CLASS"], "INPUT_DATE": series["OUTPUT_DATE"],
        "INPUT_CONFIDENCE": series["OUTPUT_CONFIDENCE"], "OUTPUT": str(folder / "dated.gpkg")})
    return polygons["OUTPUT"]


def _operations_copy(tmp_path):
    target = tmp_path / "operations.gpkg"
    shutil.copy(SAMPLE / "operations.gpkg", target)
    return str(target) + "|layername=operations"


def _dock(project, canvas):
    from mining_loss_monitor.plugin.dock import MiningLossTimelineDock

    return MiningLossTimelineDock(canvas, project)


def test_dock_finds_operations_and_selection_sets_extent_and_time(project_and_canvas, tmp_path):
    from qgis.core import QgsPointXY, QgsVectorLayer

    project, canvas, navigation = project_and_canvas
    dock = _dock(project, canvas)
    assert dock.objectName() == "MiningLossTimelineDock" and dock.operations() == []
    project.addMapLayer(QgsVectorLayer(_operations_copy(tmp_path), "operations", "ogr"))
    assert dock.operations() == ["Operation Mercurio"]
    dock.select_operation("Operation Mercurio")
    time_range = canvas.temporalRange()
    assert time_range.contains(datetime.datetime(2019, 2, 19, 12))
    assert navigation.temporalExtents().contains(datetime.datetime(2019, 2, 19, 12))
    extent = canvas.extent()
    assert extent.contains(QgsPointXY(386000, 8567000))  # inside the La Pampa area, EPSG:32719
    assert extent.height() < 60000  # zoomed to the area (about 20 km tall), not the world
    assert dock.operation_list.currentItem().text() == "Operation Mercurio"
    assert "Operation Mercurio" in dock.comparison_label.text()


def test_the_operation_list_shows_whole_names(project_and_canvas, tmp_path):
    """The list was 110 px wide: «Operation Mercu…»."""
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtWidgets import QApplication

    project, canvas, _ = project_and_canvas
    dock = _dock(project, canvas)
    dock.resize(560, 420)
    dock.show()
    project.addMapLayer(QgsVectorLayer(_operations_copy(tmp_path), "operations", "ogr"))
    QApplication.processEvents()
    item = dock.operation_list.item(0)
    needed = dock.operation_list.fontMetrics().horizontalAdvance("Operation Mercurio")
    assert dock.operation_list.viewport().width() >= needed
    assert dock.operation_list.visualItemRect(item).width() >= needed and item.toolTip() == "Operation Mercurio"
    assert dock.timeline.width() >= 250  # the timeline keeps most of the dock
    dock.close()


def test_cursor_and_temporal_controller_stay_in_step(project_and_canvas, tmp_path):
    from qgis.core import QgsDateTimeRange, QgsVectorLayer
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    project, canvas, navigation = project_and_canvas
    project.addMapLayer(QgsVectorLayer(_operations_copy(tmp_path), "operations", "ogr"))
    dock = _dock(project, canvas)
    dock.model.set_cursor(datetime.date(2019, 6, 1))
    assert navigation.temporalExtents().end().date() == QDate(2019, 6, 1)
    assert canvas.temporalRange().end().date() == QDate(2019, 6, 1)
    navigation.setTemporalExtents(QgsDateTimeRange(QDateTime(QDate(2018, 1, 1), QTime(0, 0)),
                                                   QDateTime(QDate(2018, 9, 30), QTime(0, 0))))
    assert dock.model.cursor == datetime.date(2018, 9, 30)
    operation = dock.model.operation("Operation Mercurio")
    assert operation.state_at(dock.model.cursor) == "before"
    assert operation.state_at(datetime.date(2019, 3, 1)) == "active"


def test_histogram_equals_region_summary_monthly(project_and_canvas, tmp_path, dated_polygons):
    import csv

    import processing
    from qgis.core import QgsVectorLayer

    project, canvas, _ = project_and_canvas
    project.addMapLayer(QgsVectorLayer(_operations_copy(tmp_path), "operations", "ogr"))
    loss = QgsVectorLayer(dated_polygons, "dated loss", "ogr")
    project.addMapLayer(loss)
    dock = _dock(project, canvas)
    assert dock.model.loss_layer is not None and dock.model.loss_layer.id() == loss.id()
    months = {m[0]: (m[1], m[2]) for m in dock.model.months}
    assert sum(m + o for m, o in months.values()) > 50
    for only_inside, regions in ((False, None), (True, str(SAMPLE / "operations.gpkg"))):
        if only_inside:
            dock.select_operation("Operation Mercurio")
            dock.only_inside.setChecked(True)
            months = {m[0]: (m[1], m[2]) for m in dock.model.months}
        else:
            extent = loss.extent()
            extent.grow(100)
            box = tmp_path / "box.csv"
            box.write_text(f'name,wkt\nall,"{extent.asWktPolygon()}"\n', encoding="utf-8")
            regions = f"file://{box}?delimiter=,&wktField=wkt&crs=EPSG:32719"
            regions = QgsVectorLayer(regions, "box", "delimitedtext")
        summary = processing.run("miningloss:regionsummary", {
            "LOSS": dated_polygons, "DATE_FIELD": "loss_date", "REGIONS": regions, "PERIOD": 2,
            "OUTPUT": str(tmp_path / f"monthly_{only_inside}.csv")})
        with open(summary["OUTPUT"], encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert rows
        for row in rows:
            first = datetime.date(int(row["period"][:4]), int(row["period"][5:7]), 1)
            mining, other = months.get(first, (0.0, 0.0))
            assert mining == pytest.approx(float(row["mining_ha"]), rel=1e-4, abs=1e-4), row
            assert other == pytest.approx(float(row["other_ha"]), rel=1e-4, abs=1e-4), row


def test_edits_persist_and_undo(project_and_canvas, tmp_path):
    from mining_loss_monitor.plugin.operation_form import OperationForm
    from qgis.core import QgsVectorLayer

    project, canvas, _ = project_and_canvas
    source = _operations_copy(tmp_path)
    project.addMapLayer(QgsVectorLayer(source, "operations", "ogr"))
    dock = _dock(project, canvas)
    canvas.setExtent(canvas.fullExtent())
    dock.add_operation({"name": "Operación Pariamanu", "start_date": datetime.date(2021, 3, 1),
                        "end_date": datetime.date(2021, 6, 30), "agency": "FEMA", "kind": "patrol",
                        "description": "", "source": "MAAP #137"})
    reopened = QgsVectorLayer(source, "check", "ogr")
    assert {f["name"] for f in reopened.getFeatures()} == {"Operation Mercurio", "Operación Pariamanu"}
    assert dock.operations() == ["Operation Mercurio", "Operación Pariamanu"]  # in date order
    dock.select_operation("Operación Pariamanu")
    dock.edit_operation({"name": "Operación Pariamanu", "start_date": datetime.date(2021, 4, 1), "end_date": None,
                         "agency": "FEMA", "kind": "patrol", "description": "edited", "source": "MAAP #137"})
    edited = next(f for f in QgsVectorLayer(source, "check", "ogr").getFeatures() if f["name"] != "Operation Mercurio")
    assert edited["start_date"].toPyDate() == datetime.date(2021, 4, 1) and edited["description"] == "edited"
    dock.delete_operation(confirm=False)
    assert [f["name"] for f in QgsVectorLayer(source, "check", "ogr").getFeatures()] == ["Operation Mercurio"]
    assert dock.undo_edit()  # the deletion
    assert len(list(QgsVectorLayer(source, "check", "ogr").getFeatures())) == 2
    assert dock.undo_edit() and dock.undo_edit()  # the edit, then the addition
    assert [f["name"] for f in QgsVectorLayer(source, "check", "ogr").getFeatures()] == ["Operation Mercurio"]
    form = OperationForm({"name": "", "start_date": datetime.date(2020, 1, 1)})
    assert form.problem() == "The operation needs a name."
    form.name.setText("Backwards")
    form.ongoing.setChecked(False)
    form.end.setDate(form.start.date().addDays(-1))
    assert form.problem() == "The end date is before the start date."


def test_export_png_and_svg(project_and_canvas, tmp_path):
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtGui import QImage, QPainter

    project, canvas, _ = project_and_canvas
    project.addMapLayer(QgsVectorLayer(_operations_copy(tmp_path), "operations", "ogr"))
    dock = _dock(project, canvas)
    dock.resize(700, 400)
    dock.timeline.resize(600, 220)
    assert dock.export_timeline(str(tmp_path / "timeline.png"))
    assert dock.export_timeline(str(tmp_path / "timeline.svg"))
    assert QImage(str(tmp_path / "timeline.png")).width() == 600
    assert "<svg" in (tmp_path / "timeline.svg").read_text(encoding="utf-8")
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    dock.overlay.paint(painter)  # the canvas overlay draws without errors
    painter.end()


def test_spanish_titles(project_and_canvas):
    from mining_loss_monitor.plugin.i18n import install_translator

    project, canvas, _ = project_and_canvas
    try:
        assert install_translator("es")
        dock = _dock(project, canvas)
        assert dock.windowTitle() == "Línea de tiempo de la pérdida minera"
        assert dock.buttons["add"].text() == "Agregar"
    finally:
        install_translator("en")


def test_one_definition_of_the_windows_in_dock_comparison_and_displacement(project_and_canvas, tmp_path,
                                                                           dated_polygons):
    """The sample series ends 2019-09-15: the dock, compareperiods (equal windows) and displacement count the same
    windows (6 whole months on both sides of 2019-02-19) and the same hectares, and say which loss and windows."""
    import csv

    import processing
    from qgis.core import QgsVectorLayer

    project, canvas, _ = project_and_canvas
    project.addMapLayer(QgsVectorLayer(_operations_copy(tmp_path), "operations", "ogr"))
    project.addMapLayer(QgsVectorLayer(dated_polygons, "dated loss", "ogr"))
    dock = _dock(project, canvas)
    dock.select_operation("Operation Mercurio")
    row = dock.model.comparison
    assert row["after"] == (20190219, 20190818) and row["before"] == (20180819, 20190218) and row["months"] == 6
    text = dock.comparison_label.text()
    assert "all forest loss (mining and other), 6 months before and after the start" in text
    assert re.search(r"\b(18 Aug 2019|8/18/2019|18/08/2019)\b", text) and "cut to 6" in text  # four-digit years
    if row["change_pct"] is not None and row["change_pct"] < 0:
        assert "\u2212" in text and "-" not in text.split("change")[-1]  # a minus sign, as in the reports
    result = processing.run("miningloss:compareperiods", {
        "LOSS": dated_polygons, "DATE_FIELD": "loss_date", "REGIONS": str(SAMPLE / "operations.gpkg"),
        "OPERATIONS": str(SAMPLE / "operations.gpkg"), "OPERATION": "Operation Mercurio", "AFTER_MONTHS": 12,
        "WINDOW": 1, "LOSS_KIND": 0, "OUTPUT": str(tmp_path / "cmp.csv")})
    with open(result["OUTPUT"], encoding="utf-8") as handle:
        table = next(csv.DictReader(handle))
    assert (table["before_start"], table["before_end"]) == ("2018-08-19", "2019-02-18")
    assert (table["after_start"], table["after_end"]) == ("2019-02-19", "2019-08-18")
    assert float(table["before_ha"]) == pytest.approx(row["before_ha"], rel=1e-4)
    assert float(table["after_ha"]) == pytest.approx(row["after_ha"], rel=1e-4)
    moved = processing.run("miningloss:displacement", {
        "LOSS": dated_polygons, "DATE_FIELD": "loss_date", "OPERATIONS": str(SAMPLE / "operations.gpkg"),
        "OPERATION": "Operation Mercurio", "WINDOW_MONTHS": 12, "RADIUS_KM": 3, "CELL_KM2": 1,
        "OUTPUT": str(tmp_path / "moved.gpkg")})
    assert moved["INSIDE_CHANGE_PCT"] == pytest.approx(row["change_pct"], abs=0.05)
    assert moved["WINDOWS"] == ("all forest loss, 6 months before (19 Aug 2018 to 18 Feb 2019) and after (19 Feb "
                                "2019 to 18 Aug 2019) the start")  # dates as the reports write them


def test_the_dock_writes_numbers_and_dates_as_the_reports(project_and_canvas, tmp_path, dated_polygons):
    """Under es_PE the dock said «103.4» and «15/03/2018» while the reports said «486,244.90» and «15 mar 2018»."""
    from mining_loss_monitor.algorithms.core.periods import from_int
    from mining_loss_monitor.algorithms.reports.report_locale import report_formatter
    from qgis.core import QgsVectorLayer

    from tests.conftest import qgis_language

    project, canvas, _ = project_and_canvas
    project.addMapLayer(QgsVectorLayer(_operations_copy(tmp_path), "operations", "ogr"))
    project.addMapLayer(QgsVectorLayer(dated_polygons, "dated loss", "ogr"))
    for language in ("es_PE", "de_DE"):
        with qgis_language(language):
            dock = _dock(project, canvas)
            dock.select_operation("Operation Mercurio")
            row, text, fmt = dock.model.comparison, dock.comparison_label.text(), report_formatter()
            for value, decimals in ((row["before_ha"], 1), (row["after_ha"], 1), (row["before_ha_month"], 2)):
                assert fmt.number(value, decimals) in text, (language, text)
            for day in row["before"] + row["after"]:
                assert fmt.date(from_int(day)) in text, (language, text)
            # the timeline's cursor date and peak too
            assert dock.timeline.day_text(from_int(row["after"][0])) == fmt.date(from_int(row["after"][0]))
            assert dock.timeline.number(1234.5, 1) == fmt.number(1234.5, 1)
            dock.close()
    assert "19 feb 2019" in text or "19 Feb 2019" in text or "19 Feb. 2019" in text, text


def test_the_timeline_zooms_with_the_wheel_and_still_paints(project_and_canvas, tmp_path):
    """A wheel zoom left a float view and the next paint raised TypeError (date.fromordinal of a float)."""
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtCore import QPoint, QPointF, Qt
    from qgis.PyQt.QtGui import QWheelEvent
    from qgis.PyQt.QtWidgets import QApplication

    project, canvas, _ = project_and_canvas
    project.addMapLayer(QgsVectorLayer(_operations_copy(tmp_path), "operations", "ogr"))
    dock = _dock(project, canvas)
    timeline = dock.timeline
    timeline.resize(600, 240)
    timeline.fit()
    span = timeline.view[1] - timeline.view[0]
    centre = QPointF(300, 100)
    QApplication.sendEvent(timeline, QWheelEvent(centre, QPointF(timeline.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                                                 QPoint(0, 120),
                                                 Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                                                 Qt.ScrollPhase.NoScrollPhase, False))
    assert (timeline.view[1] - timeline.view[0]) / span == pytest.approx(0.8, abs=0.01)
    assert not timeline.grab().isNull() and timeline.export(str(tmp_path / "zoomed.png"))  # paints after the zoom


def test_month_labels_fit_their_slot(qgis_app):
    from mining_loss_monitor.plugin.timeline_widget import month_label
    from qgis.PyQt.QtCore import QLocale
    from qgis.PyQt.QtGui import QFont, QFontMetrics

    metrics = QFontMetrics(QFont("DejaVu Sans", 8))
    english = QLocale(QLocale.Language.English)
    assert month_label(english, 4, 60, metrics) == "Apr"
    narrow = month_label(english, 4, 12, metrics)
    assert narrow == "A" and metrics.horizontalAdvance("Apr") + 4 > 12
    assert month_label(english, 4, 3, metrics) == ""
    for width in range(5, 60):  # whatever the zoom, a label never runs into the next month
        label = month_label(english, 5, width, metrics)
        assert not label or metrics.horizontalAdvance(label) + 4 <= width


def test_an_ongoing_operation_sets_the_map_time_up_to_the_data_not_today(project_and_canvas, tmp_path,
                                                                          dated_polygons):
    """Operation Mercurio has no end date: the map time ran to today, years past the last image."""
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtCore import QDate

    project, canvas, navigation = project_and_canvas
    project.addMapLayer(QgsVectorLayer(_operations_copy(tmp_path), "operations", "ogr"))
    project.addMapLayer(QgsVectorLayer(dated_polygons, "dated loss", "ogr"))
    dock = _dock(project, canvas)
    assert dock.model.operation("Operation Mercurio").end is None
    dock.select_operation("Operation Mercurio")
    assert canvas.temporalRange().begin().date() == QDate(2019, 2, 19)
    assert canvas.temporalRange().end().date() == QDate(2019, 9, 15)  # COVERAGE_END of the series
    assert navigation.temporalExtents().end().date() == QDate(2019, 9, 15)
