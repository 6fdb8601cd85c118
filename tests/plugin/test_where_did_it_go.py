"""The dock's "Where did it go?" action on a real QgsMapCanvas: displacement run and shown on the map."""

import pytest

from tests.plugin.grid_fixtures import NE_FRONT, displacement_patches, write_loss, write_operations


@pytest.fixture
def project_and_canvas(qgis_app, qgis_canvas, provider):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    project = QgsProject.instance()
    project.removeAllMapLayers()
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32719"))
    yield project, qgis_canvas
    project.removeAllMapLayers()


def test_where_did_it_go_shows_the_displaced_front(project_and_canvas, tmp_path):
    from mining_loss_monitor.plugin.dock import MiningLossTimelineDock
    from qgis.core import QgsPointXY, QgsVectorLayer

    project, canvas = project_and_canvas
    dock = MiningLossTimelineDock(canvas, project)
    project.addMapLayer(QgsVectorLayer(write_operations(tmp_path / "operations.gpkg"), "operations", "ogr"))
    project.addMapLayer(QgsVectorLayer(write_loss(tmp_path / "loss.gpkg", displacement_patches()), "loss", "ogr"))
    assert dock.where_did_it_go.run() is None  # nothing selected yet: says what to do
    assert "Select an operation" in dock.where_did_it_go.result_label.text()
    dock.select_operation("Operation Test")
    summary = dock.where_did_it_go.run()
    assert summary and "\u221292 %" in summary and " NE, +" in summary
    names = sorted(layer.name() for layer in project.mapLayers().values())
    assert "Where did it go: Operation Test" in names and "Where it rose most: Operation Test" in names
    zones = project.mapLayersByName("Where did it go: Operation Test")[0]
    legend = [rule.label() for rule in zones.renderer().rootRule().children()]
    assert "Rose most (top 5)" in legend and "Inside the operation" in legend
    assert canvas.extent().contains(QgsPointXY(*NE_FRONT))
    assert summary in dock.where_did_it_go.result_label.text()
    dock.where_did_it_go.run()  # again: the previous result layers are replaced, not piled up
    assert sum(layer.name().startswith("Where") for layer in project.mapLayers().values()) == 2
    dock.cleanup()
