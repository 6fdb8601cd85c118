"""Run inside the real QGIS desktop (qgis --code): load the sample, use the dock, save screenshots.

Started by scripts/docs/screenshots.py under Xvfb with the plugin enabled in a throw-away profile. MLM_TASKS says
what to do besides the dock: `dialogs` (a screenshot of each algorithm's dialog filled with the demo's
inputs), `report` (the summary and comparison reports made by processing.run inside this QGIS, rendered to
PNG). It writes a JSON report next to the screenshots and quits QGIS.
"""
import json
import os
import sys
import traceback

from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget
from qgis.utils import iface, plugins

OUT = os.environ["MLM_SCREENSHOT_DIR"]
ROOT = os.environ["MLM_ROOT"]
DEMO = os.environ.get("MLM_DEMO_OUTPUT", "")
TASKS = [task for task in os.environ.get("MLM_TASKS", "").split(",") if task]
GUIDE = os.environ.get("MLM_GUIDE_DIR", "")  # guide screenshots (docs/img) when given
REPORTS = os.environ.get("MLM_REPORT_DIR", OUT)
SAMPLE = os.path.join(ROOT, "resources", "sample")
sys.path.insert(0, ROOT)
from scripts.docs.guide_inputs import report_parameters  # noqa: E402


def drive(steps, report):
    """Run a generator of steps; each yields the milliseconds to wait before the next one."""
    try:
        delay = next(steps)
    except StopIteration:
        return finish(report)
    except Exception:  # noqa: BLE001 - reported to the caller
        report["error"] = traceback.format_exc()
        return finish(report)
    QTimer.singleShot(delay, lambda: drive(steps, report))


def layer_by_file(name):
    """Id of the project layer read from a file of this name, else the file's path in the demo output."""
    for layer in QgsProject.instance().mapLayers().values():
        if os.path.basename(layer.source().split("|")[0]) == name:
            return layer.id()
    for folder in (DEMO, SAMPLE, os.path.join(SAMPLE, "series")):
        if os.path.exists(os.path.join(folder, name)):
            return os.path.join(folder, name)
    return name


def dialog_parameters():
    """Each algorithm with the demo's inputs, as a user fills its dialog."""
    series = sorted(os.listdir(os.path.join(SAMPLE, "series")))
    summary, comparison = report_parameters(ROOT, DEMO)
    loss = {"LOSS": layer_by_file("series_loss_classes.tif"), "ENCODING": 0,
            "LOSS_DATE": layer_by_file("series_loss_dates.tif")}
    return [
        ("detecttwodates", {"BEFORE": layer_by_file("S2_L2A_20180710_LaPampa_stack.tif"),
                            "AFTER": layer_by_file("S2_L2A_20190805_LaPampa_stack.tif"),
                            "MASK_BEFORE": layer_by_file("S2_L2A_20180710_LaPampa_SCL.tif"),
                            "MASK_AFTER": layer_by_file("S2_L2A_20190805_LaPampa_SCL.tif"),
                            "SENSOR": 0, "MASK_TYPE": 0, "MIN_AREA_HA": 0.1}),
        ("detecttimeseries", {"IMAGES": [os.path.join(SAMPLE, "series", n) for n in series if n.endswith("stack.tif")],
                              "MASKS": [os.path.join(SAMPLE, "series", n) for n in series if n.endswith("SCL.tif")],
                              "SENSOR": 0, "MASK_TYPE": 0, "MIN_AREA_HA": 0.1}),
        ("vectorize", {"INPUT_CLASS": loss["LOSS"], "INPUT_DATE": loss["LOSS_DATE"],
                       "INPUT_CONFIDENCE": layer_by_file("series_loss_confidence.tif")}),
        ("regionsummary", dict(summary, **loss, REGIONS=layer_by_file("districts.gpkg"),
                               OPERATIONS=layer_by_file("operations.gpkg"))),
        ("compareperiods", dict(comparison, **loss, REGIONS=layer_by_file("operations.gpkg"),
                                OPERATIONS=layer_by_file("operations.gpkg"))),
        ("importoperations", {"INPUT": os.path.join(SAMPLE, "operations.csv"),
                              "REGIONS": layer_by_file("districts.gpkg"), "REGION_FIELD": "NOMBDIST"}),
    ]


def steps(report):
    plugin = plugins["mining_loss_monitor"]
    dock = plugin.timeline_dock
    report["dock"] = dock.objectName()
    report["title"] = dock.windowTitle()
    window = iface.mainWindow()
    window.setGeometry(0, 0, 1400, 900)  # the whole Xvfb screen (no window manager to maximise it)
    for dock_widget in window.findChildren(QDockWidget):
        if dock_widget.objectName() in ("Browser", "Browser2", "AdvancedDigitizingTools"):
            dock_widget.hide()
    project = QgsProject.instance()
    demo_project = os.path.join(DEMO, "mining_loss_demo.qgz")
    if os.path.exists(demo_project):
        project.read(demo_project)  # the project `make demo` writes, with the sample operations
    else:
        project.addMapLayer(QgsVectorLayer(os.path.join(SAMPLE, "operations.gpkg") + "|layername=operations",
                                           "operations", "ogr"))
    yield 4000
    if GUIDE:
        iface.mainWindow().grab().save(os.path.join(GUIDE, "es_demo_project.png"))
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
    yield 4000
    iface.mainWindow().grab().save(os.path.join(GUIDE or OUT, "es_dock_mercurio.png" if GUIDE
                                                else "qgis_timeline_dock.png"))
    if "dialogs" in TASKS:
        yield from dialogs(report)
    if "report" in TASKS:
        yield from reports(report)


def dialogs(report):
    import processing

    report["dialogs"] = {}
    project = QgsProject.instance()
    for name in ("S2_L2A_20180710_LaPampa_stack", "S2_L2A_20190805_LaPampa_stack", "S2_L2A_20180710_LaPampa_SCL",
                 "S2_L2A_20190805_LaPampa_SCL"):
        if layer_by_file(name + ".tif") == os.path.join(SAMPLE, name + ".tif"):  # loaded as a user would
            project.addMapLayer(QgsRasterLayer(os.path.join(SAMPLE, name + ".tif"), name), False)
    for name, parameters in dialog_parameters():
        dialog = processing.createAlgorithmDialog("miningloss:" + name, parameters)
        dialog.resize(1100, 760)
        dialog.show()
        yield 2500
        path = os.path.join(GUIDE or OUT, f"es_dialog_{name}.png")
        dialog.grab().save(path)
        report["dialogs"][name] = dialog.windowTitle()
        dialog.close()
        dialog.deleteLater()
        yield 500


def reports(report):
    """The two reports made by processing.run in this QGIS, rendered to PNG for the guide."""
    import processing

    summary, comparison = report_parameters(ROOT, DEMO)
    made = {}
    for name, algorithm, parameters in (("report_regions", "regionsummary", summary),
                                        ("report_mercurio", "compareperiods", comparison)):
        html = os.path.join(REPORTS, f"desktop_{name}.html")
        processing.run("miningloss:" + algorithm, dict(parameters, OUTPUT="TEMPORARY_OUTPUT", REPORT=html))
        made[name] = html
        yield 200
        if GUIDE:  # QtWebKit (python3-pyqt5.qtwebkit), shipped with QGIS on Debian 12
            from scripts.docs.render_html import render

            render(html, os.path.join(GUIDE, f"es_{name}.png"), width=1000, max_height=2400)
    report["reports"] = made


def finish(report):
    try:
        with open(os.path.join(OUT, "desktop_check.json"), "w", encoding="utf-8") as handle:
            json.dump(report, handle, indent=1)
    finally:
        os._exit(0)


RESULT = {}
QTimer.singleShot(3000, lambda: drive(steps(RESULT), RESULT))
