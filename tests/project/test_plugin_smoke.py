"""The real plugin through classFactory(iface), and metadata.txt against the running QGIS."""
import configparser
import json
import os
import re
import subprocess
import sys

from tests.conftest import _PACKAGE_DIR, ROOT

# Loading and unloading the plugin in its own QGIS process: a provider removed from the registry is
# deleted by QGIS, so this must not touch the provider the other tests use.
LOAD_UNLOAD = r"""
import json, sys
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QMainWindow
app = QgsApplication([], True)
app.initQgis()
from processing.core.Processing import Processing
Processing.initialize()

from qgis.gui import QgsMapCanvas

class Iface:
    def __init__(self):
        self.window, self.menus, self.toolbar, self.docks, self.layer_actions = QMainWindow(), [], [], [], []
        self.canvas = QgsMapCanvas()
    def mainWindow(self): return self.window
    def mapCanvas(self): return self.canvas
    def addDockWidget(self, area, dock): self.docks.append(dock); self.window.addDockWidget(area, dock)
    def removeDockWidget(self, dock): self.docks.remove(dock); self.window.removeDockWidget(dock)
    def addPluginToRasterMenu(self, name, action): self.menus.append((name, action))
    def removePluginRasterMenu(self, name, action): self.menus.remove((name, action))
    def addToolBarIcon(self, action): self.toolbar.append(action)
    def removeToolBarIcon(self, action): self.toolbar.remove(action)
    def addCustomActionForLayerType(self, action, menu, kind, all_layers): self.layer_actions.append(action)
    def removeCustomActionForLayerType(self, action): self.layer_actions.remove(action); return True
    def activeLayer(self): return None

import mining_loss_monitor
iface = Iface()
registry = QgsApplication.processingRegistry()
plugin = mining_loss_monitor.classFactory(iface)
plugin.initGui()
loaded = {"provider": registry.providerById("miningloss") is not None,
          "algorithms": sorted(a.id() for a in registry.providerById("miningloss").algorithms()),
          "menu": [name for name, _ in iface.menus], "toolbar": [a.objectName() for a in iface.toolbar],
          "dock": plugin.timeline_dock.objectName(), "docks": len(iface.docks),
          "layer_actions": [a.objectName() for a in iface.layer_actions]}
plugin.unload()
loaded.update(after_unload={"provider": registry.providerById("miningloss") is not None,
                            "menu": len(iface.menus), "toolbar": len(iface.toolbar), "docks": len(iface.docks),
                            "layer_actions": len(iface.layer_actions)})
print("RESULT" + json.dumps(loaded))
"""


def _metadata():
    parser = configparser.ConfigParser()
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]


def test_metadata_is_complete_and_fits_this_qgis(qgis_app):
    from qgis.core import Qgis

    meta = _metadata()
    assert meta["name"] == "Mining Loss Monitor"
    assert re.fullmatch(r"\d+\.\d+\.\d+", meta["version"])
    assert tuple(int(x) for x in meta["version"].split(".")) >= (0, 2, 0)
    assert "0.2.0" in meta["changelog"] and "time series" in meta["about"].lower()
    assert meta["hasProcessingProvider"] == "yes"
    assert "Spanish" in meta["about"]
    minimum = tuple(int(x) for x in meta["qgisMinimumVersion"].split("."))
    assert minimum == (3, 22)
    assert meta["qgisMaximumVersion"] == "4.99"  # QGIS 4 (Qt6) loads it; the plugin repository lists it as ready
    assert (Qgis.QGIS_VERSION_INT // 10000, Qgis.QGIS_VERSION_INT // 100 % 100) >= minimum
    assert (ROOT / meta["icon"]).exists()


def test_class_factory_init_gui_and_unload():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(_PACKAGE_DIR), "/usr/share/qgis/python/plugins",
                                           os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", LOAD_UNLOAD], env=env, capture_output=True, text=True, timeout=120)
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT")), None)
    assert line, done.stdout[-2000:] + done.stderr[-2000:]
    loaded = json.loads(line[len("RESULT"):])
    assert loaded["provider"]
    assert {"miningloss:detecttwodates", "miningloss:vectorize", "miningloss:regionsummary",
            "miningloss:compareperiods", "miningloss:importoperations"} <= set(loaded["algorithms"])
    assert loaded["menu"] == ["Mining Loss Monitor"] * 4
    assert loaded["toolbar"] == ["miningLossDetectTwoDates", "miningLossTimeline", "miningLossVerifySample",
                                 "miningLossDossier"]
    assert loaded["layer_actions"] == ["miningLossDossier"]
    assert {"miningloss:legalstatus", "miningloss:dossier", "miningloss:samplingdesign",
            "miningloss:areaestimate"} <= set(loaded["algorithms"])
    assert loaded["dock"] == "MiningLossTimelineDock" and loaded["docks"] == 2
    assert loaded["after_unload"] == {"provider": False, "menu": 0, "toolbar": 0, "docks": 0, "layer_actions": 0}
