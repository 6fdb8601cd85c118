"""Run inside the real QGIS desktop (qgis --code): load the sample, use the dock, save a screenshot.

Started by scripts/screenshots.py under Xvfb with the plugin enabled in a throw-away profile. It writes
a JSON report next to the screenshot and quits QGIS.
"""
import json
import os
import traceback

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

OUT = os.environ["MLM_SCREENSHOT_DIR"]
ROOT = os.environ["MLM_ROOT"]
DEMO = os.environ.get("MLM_DEMO_OUTPUT", "")


def step():
    report = {}
    try:
        plugin = plugins["mining_loss_monitor"]
        dock = plugin.timeline_dock
        report["dock"] = dock.objectName()
        report["title"] = dock.windowTitle()
        project = QgsProject.instance()
        sample = os.path.join(ROOT, "resources", "sample")
        demo_project = os.path.join(DEMO, "mining_loss_demo.qgz")
        if os.path.exists(demo_project):
            project.read(demo_project)  # the project `make demo` writes, with the sample operations
        else:
            project.addMapLayer(QgsVectorLayer(os.path.join(sample, "operations.gpkg") + "|layername=operations",
                                               "operations", "ogr"))
        dock.show()
        dock.raise_()
        report["operations"] = dock.operations()
        dock.select_operation("Operation Mercurio")
        canvas = iface.mapCanvas()
        time_range = canvas.temporalRange()
        report["temporal_range"] = [time_range.begin().toString("yyyy-MM-dd"), time_range.end().toString("yyyy-MM-dd")]
        extent = canvas.extent()
        report["extent"] = [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]
        report["crs"] = canvas.mapSettings().destinationCrs().authid()
        report["comparison"] = dock.comparison_label.text()
    except Exception:  # noqa: BLE001 - reported to the caller
        report["error"] = traceback.format_exc()
    QTimer.singleShot(4000, lambda: finish(report))


def finish(report):
    try:
        iface.mainWindow().grab().save(os.path.join(OUT, "qgis_timeline_dock.png"))
    finally:
        with open(os.path.join(OUT, "desktop_check.json"), "w", encoding="utf-8") as handle:
            json.dump(report, handle, indent=1)
        os._exit(0)


QTimer.singleShot(3000, step)
