"""Run inside the real QGIS desktop by tests/project/test_demo_project.py, as a control: open the demo project and
quit, with the plugin enabled or not; the test reads the exit code."""
import os

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer


def step():
    QgsProject.instance().read(os.environ["MLM_PROJECT"])
    QTimer.singleShot(3000, QgsApplication.instance().quit)
QTimer.singleShot(2000, step)
