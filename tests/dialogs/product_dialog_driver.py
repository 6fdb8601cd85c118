"""Run by tests/detection/test_products_dialog.py in its own process: products picked in the real dialogs.

MLM_PRODUCTS names a JSON file with the products. Sets BEFORE/AFTER to product paths and the area of interest
through the dialog's widgets, takes the parameters the dialog would run with, runs them, and prints one RESULT
line of JSON. (The time series' image list cannot be driven: its panel ignores setValue in QGIS 3.22.)
"""
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_PACKAGE_DIR = Path(tempfile.mkdtemp(prefix="mlm_dlg_"))
(_PACKAGE_DIR / "mining_loss_monitor").symlink_to(ROOT, target_is_directory=True)
sys.path.insert(0, str(_PACKAGE_DIR))


def _set(wrapper, value, context):
    if hasattr(wrapper, "setParameterValue"):
        wrapper.setParameterValue(value, context)
    else:
        wrapper.setValue(value)


def test_products_in_the_dialogs(qgis_app, qgis_iface, qgis_processing):
    import mining_loss_monitor
    import processing
    from qgis.core import QgsProcessingContext
    from qgis.gui import QgsBrowserGuiModel

    spec = json.loads(Path(os.environ["MLM_PRODUCTS"]).read_text())
    model = QgsBrowserGuiModel()
    qgis_iface.browserModel = lambda: model
    plugin = mining_loss_monitor.classFactory(None)
    plugin.initProcessing()
    context = QgsProcessingContext()
    shown = {}

    dialog = processing.createAlgorithmDialog("miningloss:detecttwodates", {})
    dialog.show()
    wrappers = dialog.mainWidget().wrappers
    _set(wrappers["BEFORE"], spec["before"], context)
    _set(wrappers["AFTER"], spec["after"], context)
    _set(wrappers["EXTENT"], spec["extent"], context)
    qgis_app.processEvents()
    parameters = dialog.mainWidget().createProcessingParameters()
    parameters["OUTPUT"] = spec["output"]
    ok, message = dialog.algorithm().checkParameterValues(parameters, context)
    result = processing.run("miningloss:detecttwodates", parameters)
    shown["two_dates"] = {"ok": ok, "message": message, "BEFORE": str(parameters["BEFORE"]),
                          "EXTENT": str(parameters["EXTENT"]), "MINING_HA": result["MINING_HA"],
                          "OUTPUT": result["OUTPUT"]}
    dialog.close()

    # the time series dialog opens with the area of interest among its parameters
    dialog = processing.createAlgorithmDialog("miningloss:detecttimeseries", {})
    dialog.show()
    wrappers = dialog.mainWidget().wrappers
    _set(wrappers["EXTENT"], spec["extent"], context)
    qgis_app.processEvents()
    shown["series"] = {"EXTENT": str(wrappers["EXTENT"].parameterValue())}
    dialog.close()
    print("RESULT" + json.dumps(shown), flush=True)
    sys.stdout.flush()
    os._exit(0)  # QGIS 3.22 may crash while tearing down dialogs at interpreter exit
