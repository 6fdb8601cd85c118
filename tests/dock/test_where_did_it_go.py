"""The dock's "Where did it go?" action on a real QgsMapCanvas: displacement run and shown on the map."""

import datetime

import pytest

from tests.regions.grid_fixtures import CENTRE, NE_FRONT, cluster, displacement_patches, write_loss, write_operations


def run_and_wait(action, cancel=False):
    """Click the action's button (twice to cancel) and wait, with the event loop turning, for its result."""
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    loop, results = QEventLoop(), []
    action.finished.connect(lambda summary: (results.append(summary), loop.quit()))
    action.button.click()
    running = action.task is not None
    if running:
        assert not action.button.text().startswith("Where")  # while it runs, the button cancels
    if cancel:
        action.button.click()
    if not results:
        QTimer.singleShot(120000, loop.quit)
        loop.exec()
    action.finished.disconnect()
    assert results, "the search never finished"
    assert action.task is None and action.button.text() == "Where did it go?"
    return results[0], running


@pytest.fixture
def project_and_canvas(qgis_app, qgis_canvas, provider):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    project = QgsProject.instance()
    project.removeAllMapLayers()
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32719"))
    yield project, qgis_canvas
    project.removeAllMapLayers()


def dock_with_displaced_loss(project, canvas, tmp_path):
    """The dock over the planted operation and its displaced loss; returns (dock, loss layer)."""
    from mining_loss_monitor.plugin.dock import MiningLossTimelineDock
    from qgis.core import QgsVectorLayer

    dock = MiningLossTimelineDock(canvas, project)
    project.addMapLayer(QgsVectorLayer(write_operations(tmp_path / "operations.gpkg"), "operations", "ogr"))
    loss = QgsVectorLayer(write_loss(tmp_path / "loss.gpkg", displacement_patches()), "loss", "ogr")
    project.addMapLayer(loss)
    return dock, loss


def test_where_did_it_go_shows_the_displaced_front(project_and_canvas, tmp_path):
    from qgis.core import QgsPointXY

    project, canvas = project_and_canvas
    dock, _ = dock_with_displaced_loss(project, canvas, tmp_path)
    action = dock.where_did_it_go
    assert run_and_wait(action) == ("", False)  # nothing selected yet: says what to do
    assert "Select an operation" in action.result_label.text()
    dock.select_operation("Operation Test")
    summary, running = run_and_wait(action)
    assert running  # a background task (QGIS's task bar), not a frozen window
    assert summary and "\u221292 %" in summary and " NE, +" in summary
    names = sorted(layer.name() for layer in project.mapLayers().values())
    assert "Where did it go: Operation Test" in names and "Where it rose most: Operation Test" in names
    zones = project.mapLayersByName("Where did it go: Operation Test")[0]
    legend = [rule.label() for rule in zones.renderer().rootRule().children()]
    assert "Rose most (top 5)" in legend and "Inside the operation" in legend
    assert canvas.extent().contains(QgsPointXY(*NE_FRONT))
    assert summary[1:] in action.result_label.text() and action.result_label.text()[0].isupper()
    assert "(counted: all forest loss, " in action.result_label.text()  # the windows it counted, with dates
    run_and_wait(action)  # again: the previous result layers are replaced, not piled up
    assert sum(layer.name().startswith("Where") for layer in project.mapLayers().values()) == 2
    dock.cleanup()


def test_where_did_it_go_cancel_and_error(project_and_canvas, tmp_path):
    """Cancel leaves no layers and says so; the algorithm's own message reaches the dock."""
    import numpy as np
    from qgis.core import QgsVectorLayer

    project, canvas = project_and_canvas
    dock, loss = dock_with_displaced_loss(project, canvas, tmp_path)
    action = dock.where_did_it_go
    dock.select_operation("Operation Test")
    assert run_and_wait(action, cancel=True) == ("", True)
    assert action.result_label.text() == "Cancelled."
    assert not any(layer.name().startswith("Where") for layer in project.mapLayers().values())
    # all loss years after the operation: no data in the window before it
    project.removeMapLayer(loss)
    late = cluster(np.random.default_rng(3), *CENTRE, 5, datetime.date(2023, 5, 1))
    project.addMapLayer(QgsVectorLayer(write_loss(tmp_path / "late.gpkg", late), "late loss", "ogr"))
    dock.select_operation("Operation Test")
    assert run_and_wait(action) == ("", True)
    message = action.result_label.text()
    assert message and "Processing log" not in message and "Cancelled" not in message
    dock.cleanup()


def test_plugin_unloaded_while_the_search_runs(project_and_canvas, tmp_path):
    """The dock deleted mid-run (plugin unloaded): the task ends, nothing touches deleted widgets."""
    import sys

    from qgis.core import QgsApplication
    from qgis.PyQt import sip
    from qgis.PyQt.QtCore import QCoreApplication, QElapsedTimer

    project, canvas = project_and_canvas
    dock, _ = dock_with_displaced_loss(project, canvas, tmp_path)
    dock.select_operation("Operation Test")
    errors = []
    previous, sys.excepthook = sys.excepthook, lambda *error: errors.append(error)
    try:
        task = dock.where_did_it_go.run()
        assert task is not None
        dock.cleanup()
        sip.delete(dock)
        clock = QElapsedTimer()
        clock.start()
        while QgsApplication.taskManager().countActiveTasks() and clock.elapsed() < 60000:
            QCoreApplication.processEvents()
        QCoreApplication.processEvents()
    finally:
        sys.excepthook = previous
    assert not QgsApplication.taskManager().countActiveTasks() and not errors


def test_where_did_it_go_keeps_its_layers_beside_a_saved_project(project_and_canvas, tmp_path):
    """A saved project keeps the result layers (they were in a temporary folder the project lost)."""
    project, canvas = project_and_canvas
    dock, _ = dock_with_displaced_loss(project, canvas, tmp_path)
    action = dock.where_did_it_go
    dock.select_operation("Operation Test")
    run_and_wait(action)
    assert "save the project first" in action.result_label.text()
    project.setFileName(str(tmp_path / "mercurio.qgz"))
    try:
        run_and_wait(action)
        zones = project.mapLayersByName("Where did it go: Operation Test")[0]
        assert zones.source().startswith(str(tmp_path / "mercurio_where_did_it_go" / "Operation_Test"))
        assert "save the project first" not in action.result_label.text()
    finally:
        project.setFileName("")
        dock.cleanup()
