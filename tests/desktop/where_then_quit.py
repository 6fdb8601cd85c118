"""Run inside the real QGIS desktop (qgis --code) by tests/project/test_demo_project.py: open the demo project, press
the dock's "Where did it go?" for Operation Mercurio, wait for its layers, then quit the application directly
(QgsApplication.quit(), which skips closing the project) as the tester's script did; the test reads the exit code."""
import json
import os

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

OUT = os.environ["MLM_OUT"]
PROJECT = os.environ["MLM_PROJECT"]
report = {}


def step():
    QgsProject.instance().read(PROJECT)
    QTimer.singleShot(3000, press)


def press():
    dock = plugins["mining_loss_monitor"].timeline_dock
    dock.select_operation("Operation Mercurio")
    dock.where_did_it_go.finished.connect(done)
    dock.where_did_it_go.button.click()
    QTimer.singleShot(60000, done)  # never wait forever


def done(summary=None):
    if "summary" in report:
        return
    active = iface.activeLayer()
    report.update(summary=summary, active_layer=active.name() if active else None,
                  layers=len(QgsProject.instance().mapLayers()))
    with open(os.path.join(OUT, "where_then_quit.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, ensure_ascii=False)
    QTimer.singleShot(500, QgsApplication.instance().quit)


QTimer.singleShot(2000, step)
