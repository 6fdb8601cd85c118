"""The map action (selected patches -> dossier dialog) and the real dialogs of legalstatus and dossier."""
import hashlib
import os
import subprocess
import sys

from tests.conftest import _PACKAGE_DIR, ROOT
from tests.evidence.test_dossier import PATCHES, page_text, write_patches

SAMPLE = ROOT / "resources" / "sample"

DIALOGS = r"""
import sys
from qgis.core import QgsApplication
app = QgsApplication([], True)
app.initQgis()
import qgis.utils
from unittest import mock
from qgis.gui import QgsBrowserGuiModel, QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtWidgets import QMainWindow
window = QMainWindow()
canvas, browser, bar = QgsMapCanvas(window), QgsBrowserGuiModel(), QgsMessageBar()
qgis.utils.iface = mock.Mock(**{"mainWindow.return_value": window, "mapCanvas.return_value": canvas,
                                "browserModel.return_value": browser, "messageBar.return_value": bar,
                                "activeLayer.return_value": None})
from processing.core.Processing import Processing
Processing.initialize()
import processing
import mining_loss_monitor
plugin = mining_loss_monitor.classFactory(None)
plugin.initProcessing()
for algorithm in ("miningloss:legalstatus", "miningloss:dossier"):
    dialog = processing.createAlgorithmDialog(algorithm, {})
    dialog.show()
    app.processEvents()
    print("OPENED", algorithm, dialog.windowTitle())
    dialog.close()
    app.processEvents()
"""


def test_the_real_dialogs_open(tmp_path):
    """In a subprocess, so a crash of the dialog fails this test instead of the run."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(_PACKAGE_DIR), "/usr/share/qgis/python/plugins",
                                           os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", DIALOGS], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    # QGIS 3.40 puts the group before the name in the window title ("Summaries - ...")
    titles = dict(line.split(" ", 2)[1:] for line in done.stdout.splitlines() if line.startswith("OPENED "))
    assert titles["miningloss:legalstatus"].endswith("Forest loss by legal status")
    assert titles["miningloss:dossier"].endswith("Evidence dossier (PDF)")


class FakeBar:
    def __init__(self):
        self.warnings = []

    def pushWarning(self, title, text):  # noqa: N802
        self.warnings.append((title, text))


class FakeIface:
    def __init__(self, layer=None):
        from qgis.gui import QgsMapCanvas
        from qgis.PyQt.QtWidgets import QMainWindow

        self.window, self.canvas, self.layer, self.bar = QMainWindow(), QgsMapCanvas(), layer, FakeBar()
        self.menus, self.toolbar, self.layer_actions = [], [], []

    def mainWindow(self):  # noqa: N802
        return self.window

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def activeLayer(self):  # noqa: N802
        return self.layer

    def messageBar(self):  # noqa: N802
        return self.bar

    def addPluginToRasterMenu(self, name, action):  # noqa: N802
        self.menus.append(action)

    def addToolBarIcon(self, action):  # noqa: N802
        self.toolbar.append(action)

    def addCustomActionForLayerType(self, action, menu, kind, all_layers):  # noqa: N802
        self.layer_actions.append(action)

    def removeCustomActionForLayerType(self, action):  # noqa: N802
        self.layer_actions.remove(action)
        return True


def test_selected_patches_and_dated_images_fill_the_dialog_and_run(provider, tmp_path):
    import processing
    from mining_loss_monitor.plugin.dossier_action import DossierAction, dossier_parameters
    from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer
    from qgis.PyQt.QtWidgets import QMenu

    project = QgsProject.instance()
    patches = QgsVectorLayer(write_patches(tmp_path / "patches.gpkg", PATCHES), "patches", "ogr")
    after = QgsRasterLayer(str(SAMPLE / "S2_L2A_20190805_LaPampa_stack.tif"), "after")
    before = QgsRasterLayer(str(SAMPLE / "S2_L2A_20180710_LaPampa_stack.tif"), "before")
    scl = QgsRasterLayer(str(SAMPLE / "S2_L2A_20180710_LaPampa_SCL.tif"), "scl")  # one band: not an image
    project.addMapLayers([patches, after, before, scl])
    try:
        iface = FakeIface(patches)
        action = DossierAction(iface, "Mining Loss Monitor")
        menu = QMenu()
        action.add_to_map_menu(menu)
        assert action.action not in menu.actions()  # nothing selected yet
        patches.selectByIds([1, 3])
        action.add_to_map_menu(menu)
        assert action.action in menu.actions()
        parameters = dossier_parameters(patches, project)
        assert parameters["POLYGONS"].selectedFeaturesOnly
        assert (parameters["BEFORE"], parameters["AFTER"]) == (before.id(), after.id())
        result = processing.run("miningloss:dossier", dict(parameters, ANALYST="A. Analyst",
                                                           OUTPUT=str(tmp_path / "d.pdf"),
                                                           OUTPUT_TABLE=str(tmp_path / "d.csv")))
        rows = open(result["OUTPUT_TABLE"], encoding="utf-8").read().splitlines()
        assert [row.split(",")[0].strip('"') for row in rows[1:]] == ["1", "3"]
        # the selection's file is named on each patch page and hashed on the cover (was «Patches: ?», no hash)
        assert "Patches: " + str(tmp_path / "patches.gpkg") in page_text(result["OUTPUT"], 2)
        digest = hashlib.sha256((tmp_path / "patches.gpkg").read_bytes()).hexdigest()
        assert digest in page_text(result["OUTPUT"], 1)
        method = " ".join(page_text(result["OUTPUT"], 4).split())
        for layer in (patches, before, after):  # files, never the project's internal layer ids
            assert layer.id() not in method
        # long paths wrap inside their column instead of being cut at its edge
        assert "POLYGONS = " + str(tmp_path)[:20] in method and "patches.gpkg [selectedFeaturesOnly]" in method
        assert "AFTER = " + str(SAMPLE)[:20] in method
        action.unload()
        assert iface.layer_actions == []
        iface.layer = scl
        action = DossierAction(iface, "Mining Loss Monitor")
        action.open_dialog()
        assert "select the patches first" in iface.bar.warnings[0][1]
        action.unload()
    finally:
        project.removeMapLayers([patches.id(), after.id(), before.id(), scl.id()])


def test_with_nothing_selected_the_action_asks_before_all_patches(provider, tmp_path, monkeypatch):
    import processing
    from mining_loss_monitor.plugin.dossier_action import DossierAction
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtWidgets import QMessageBox

    patches = QgsVectorLayer(write_patches(tmp_path / "patches.gpkg", PATCHES), "patches", "ogr")
    questions, opened = [], []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda algorithm, values: opened.append(values))
    iface = FakeIface(patches)
    action = DossierAction(iface, "Mining Loss Monitor")
    try:
        for answer in (QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes):
            monkeypatch.setattr(QMessageBox, "question", lambda *args, answer=answer: questions.append(args[2])
                                or answer)
            action.open_dialog()
        assert len(questions) == 2 and "all its 3 patches" in questions[0]
        assert len(opened) == 1 and not opened[0]["POLYGONS"].selectedFeaturesOnly  # only after «Yes»
        patches.selectByIds([2])
        action.open_dialog()
        assert len(questions) == 2 and opened[1]["POLYGONS"].selectedFeaturesOnly  # a selection: no question
    finally:
        action.unload()
