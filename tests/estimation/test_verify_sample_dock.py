"""'Verify sample' on a real QgsMapCanvas: keys 1-9 label the current point and write the GeoPackage at once,
next / previous / skip, progress, the map and chips centred on the point."""
import pytest
from osgeo import ogr

from tests.estimation.helpers import class_raster, loss_map_and_truth


@pytest.fixture
def sample_and_dock(qgis_app, qgis_canvas, plugin_instance, tmp_path):
    import processing
    from mining_loss_monitor.plugin.sample_dock import MiningLossSampleDock
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer, QgsVectorLayer

    mapped, _truth = loss_map_and_truth()
    map_path = class_raster(tmp_path / "loss.tif", mapped)
    result = processing.run("miningloss:samplingdesign", {
        "MAP": map_path, "BUFFER_M": 20.0, "SAMPLE_SIZE": 12, "MIN_PER_STRATUM": 3, "SEED": 2,
        "OUTPUT": str(tmp_path / "sample.gpkg")})
    project = QgsProject.instance()
    project.removeAllMapLayers()
    sample = QgsVectorLayer(result["OUTPUT"], "sample", "ogr")
    before = QgsRasterLayer(map_path, "before")
    project.addMapLayers([sample, before])
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    qgis_canvas.resize(400, 400)
    dock = MiningLossSampleDock(qgis_canvas, project)
    dock.set_layers(sample, before, before)
    dock.labeller.analyst = "Rosa Quispe"
    yield result["OUTPUT"], sample, dock, qgis_canvas
    dock.cleanup()
    project.removeAllMapLayers()


def _file_rows(path):
    source = ogr.Open(path)
    rows = [(f.GetFID(), f.GetField("map_class"), f.GetField("reference"), f.GetField("labelled_by"),
             f.GetField("labelled_at")) for f in source.GetLayer(0)]
    source = None
    return rows


def _press(widget, key):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    QTest.keyClick(widget, getattr(Qt.Key, f"Key_{key}"))


def test_keys_label_points_and_the_file_has_them_at_once(sample_and_dock):
    path, sample, dock, canvas = sample_and_dock
    assert dock.labeller.classes == [0, 1, 2]
    assert dock.progress_label.text() == "Point 1 of 12 · 0 labelled"
    first = dock.labeller.current()
    centre = canvas.extent().center()
    point = dock.labeller.point_in(canvas)
    assert centre.x() == pytest.approx(point.x(), abs=1e-6) and centre.y() == pytest.approx(point.y(), abs=1e-6)
    chip = dock.before_chip.extent()
    assert min(chip.width(), chip.height()) == pytest.approx(300.0)
    assert chip.center().x() == pytest.approx(first.geometry().asPoint().x())
    _press(dock, "2")  # class 1, mining loss
    rows = {r[0]: r for r in _file_rows(path)}
    assert rows[first.id()][2:4] == (1, "Rosa Quispe") and rows[first.id()][4].endswith("+00:00")
    assert dock.labeller.current().id() != first.id()
    assert dock.progress_label.text() == "Point 2 of 12 · 1 labelled"
    _press(dock, "1")
    _press(dock, "Left")
    _press(dock, "Left")
    assert dock.labeller.current().id() == first.id()
    _press(dock, "3")  # relabel the first: other forest loss; goes on to the next unlabelled point
    rows = {r[0]: r for r in _file_rows(path)}
    assert rows[first.id()][2] == 2
    assert dock.labeller.progress() == (3, 12, 2)
    _press(dock, "9")  # no ninth class: nothing happens
    assert dock.labeller.progress() == (3, 12, 2)


def test_skip_goes_to_the_next_unlabelled_point_and_all_can_be_labelled(sample_and_dock):
    path, sample, dock, _canvas = sample_and_dock
    _press(dock, "Right")
    _press(dock, "1")  # labels point 2, moves on to point 3
    _press(dock, "Left")
    _press(dock, "Left")  # back on point 1, unlabelled
    _press(dock, "S")  # skip: the next unlabelled point is 3
    assert dock.labeller.progress()[0] == 3
    for _ in range(20):
        _press(dock, "1")
    assert all(r[2] == 0 for r in _file_rows(path))
    assert dock.progress_label.text().endswith("12 labelled")


def test_keys_on_the_map_label_too_and_a_comment_goes_with_the_answer(sample_and_dock):
    path, sample, dock, canvas = sample_and_dock
    dock.show()
    first = dock.labeller.current().id()
    dock.comment_edit.setText("tailings pond, clear in the after image")
    _press(canvas, "2")
    source = ogr.Open(path)
    feature = source.GetLayer(0).GetFeature(first)
    assert (feature.GetField("reference"), feature.GetField("comment")) == (1, "tailings pond, clear in the after "
                                                                                "image")
    source = None
    assert dock.comment_edit.text() == "" and dock.labeller.current().id() != first
    before = canvas.extent()
    _press(canvas, "Right")  # the arrows still pan the map
    assert dock.labeller.progress()[0] == 2 and canvas.extent() != before
    dock.hide()
    _press(canvas, "1")  # the dock closed: the map's keys are the map's again
    assert dock.labeller.progress() == (2, 12, 1)


def test_a_comment_typed_then_left_stays_on_its_point(sample_and_dock):
    """The tester's lost work: a comment typed on point 1, then → and a key, was saved on point 2."""
    path, sample, dock, canvas = sample_and_dock
    dock.show()
    first = dock.labeller.current().id()
    dock.comment_edit.setText("poza nueva en el punto 1")
    dock.setFocus()
    _press(dock, "Right")
    second = dock.labeller.current().id()
    assert second != first and dock.comment_edit.text() == ""
    _press(dock, "2")
    source = ogr.Open(path)
    layer = source.GetLayer(0)
    rows = {fid: (layer.GetFeature(fid).GetField("reference"), layer.GetFeature(fid).GetField("comment"))
            for fid in (first, second)}
    source = None
    assert rows == {first: (None, "poza nueva en el punto 1"), second: (1, None)}
    _press(dock, "Left")
    _press(dock, "Left")  # back on point 1 (the answer moved on to the next unlabelled point): its comment shows
    assert dock.labeller.current().id() == first and dock.comment_edit.text() == "poza nueva en el punto 1"


def test_keys_and_classes_read_as_names_and_a_squeezed_dock_scrolls(sample_and_dock):
    """«2 · 1 Pérdida por minería» and «referencia: 1» were the tester's; the point line overlapped the chips."""
    from qgis.PyQt.QtWidgets import QPushButton, QScrollArea

    path, sample, dock, canvas = sample_and_dock
    buttons = [dock.class_buttons.itemAt(i).widget() for i in range(dock.class_buttons.count())]
    assert [b.text() for b in buttons if isinstance(b, QPushButton)] == [
        "Key 1: No forest loss", "Key 2: Mining loss", "Key 3: Other forest loss"]
    assert dock.point_label.text().endswith("reference: none yet")
    first = dock.labeller.current().id()
    dock.answer(2)
    dock.labeller.go(dock.labeller.ids.index(first))
    map_class = {0: "No forest loss", 1: "Mining loss", 2: "Other forest loss"}[sample.getFeature(first)["map_class"]]
    assert dock.point_label.text().endswith(f"map: {map_class} · reference: Mining loss"), dock.point_label.text()
    assert isinstance(dock.widget(), QScrollArea) and dock.widget().widgetResizable()
