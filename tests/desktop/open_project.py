"""Run inside the real QGIS desktop (qgis --code) by tests/project/test_demo_project.py: open a project as a user
does, wait for it to draw, report what the window shows and save a screenshot."""
import json
import os

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

OUT = os.environ["MLM_OUT"]
PROJECT = os.environ["MLM_PROJECT"]


def step():
    QgsProject.instance().read(PROJECT)
    QTimer.singleShot(4000, finish)


def finish():
    report = {}
    try:
        dock = plugins["mining_loss_monitor"].timeline_dock
        canvas = iface.mapCanvas()
        extent = canvas.extent()
        report = {"dock_visible": dock.isVisible(), "dock_loss": dock.loss_combo.currentText(),
                  "extent": [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()],
                  "crs": canvas.mapSettings().destinationCrs().authid(),
                  "visible_layers": [layer.name() for layer in canvas.layers()],
                  "saved_loss": QgsProject.instance().readEntry("mining_loss_monitor", "loss_layer", "")[0],
                  "candidates": [layer.id() for layer in dock.model.candidate_loss_layers()]}
        iface.mainWindow().grab().save(os.path.join(OUT, "demo_project.png"))
    finally:
        with open(os.path.join(OUT, "open_project.json"), "w", encoding="utf-8") as handle:
            json.dump(report, handle, ensure_ascii=False)
        os._exit(0)


QTimer.singleShot(3000, step)
