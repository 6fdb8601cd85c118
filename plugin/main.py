"""The plugin object QGIS creates: provider, menu entry and toolbar button."""
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from ..algorithms.provider import MiningLossProvider
from .i18n import install_translator

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons", "mining_loss.svg")
TIMELINE_ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons", "timeline.svg")
SAMPLE_ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons", "verify_sample.svg")
DOCK_SETTING = "mining_loss_monitor/timeline_visible"


class MiningLossMonitorPlugin:
    """Registers the Processing provider and opens the detection dialog from the GUI."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.timeline_dock = None
        self.sample_dock = None
        self.dossier_action = None
        install_translator()

    def tr(self, text):
        return QCoreApplication.translate("MiningLossMonitorPlugin", text)

    def initProcessing(self):  # noqa: N802
        if self.provider is None:
            self.provider = MiningLossProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        if self.iface is None:
            return
        action = QAction(QIcon(ICON), self.tr("Detect mining loss (two dates)…"), self.iface.mainWindow())
        action.setObjectName("miningLossDetectTwoDates")
        action.triggered.connect(self.open_two_date_dialog)
        self.iface.addPluginToRasterMenu(self.tr("Mining Loss Monitor"), action)
        self.iface.addToolBarIcon(action)
        self.actions.append(action)
        self.add_timeline_dock()
        self.add_sample_dock()
        from .dossier_action import DossierAction

        self.dossier_action = DossierAction(self.iface, self.tr("Mining Loss Monitor"))
        self.actions.append(self.dossier_action.action)
        QCoreApplication.instance().aboutToQuit.connect(self.release_current_layer)

    def release_current_layer(self):
        """No current layer when QGIS quits without closing the project first (QgsApplication.quit()).

        QGIS 3.22 then removes the project's layers after the styling dock is gone; with a current layer
        (one the dock's "Where did it go?" or Processing just added) the layer tree moves the current
        layer to the next one and QGIS aborts (SIGABRT), with or without this plugin.
        """
        view = self.iface.layerTreeView() if self.iface is not None else None
        if view is not None and view.currentLayer() is not None:
            view.setCurrentLayer(None)

    def add_timeline_dock(self):
        """The operations timeline dock, toggled from the menu and toolbar, visibility remembered."""
        from qgis.core import QgsProject, QgsSettings

        from .dock import MiningLossTimelineDock

        self.timeline_dock = MiningLossTimelineDock(self.iface.mapCanvas(), QgsProject.instance(), self.iface,
                                                    self.iface.mainWindow())
        self.add_dock(self.timeline_dock, TIMELINE_ICON, self.tr("Mining loss timeline"), "miningLossTimeline")
        settings = QgsSettings()
        self.timeline_dock.setVisible(settings.value(DOCK_SETTING, False, type=bool))
        self.timeline_dock.visibilityChanged.connect(lambda visible: QgsSettings().setValue(DOCK_SETTING, visible))
        QgsProject.instance().readProject.connect(self.project_read)

    def add_sample_dock(self):
        """'Verify sample': labelling the points of a sampling design, toggled from the menu and toolbar."""
        from qgis.core import QgsProject

        from .sample_dock import MiningLossSampleDock

        self.sample_dock = MiningLossSampleDock(self.iface.mapCanvas(), QgsProject.instance(), self.iface.mainWindow())
        self.add_dock(self.sample_dock, SAMPLE_ICON, self.tr("Verify sample"), "miningLossVerifySample")
        self.sample_dock.hide()

    def add_dock(self, dock, icon, text, name):
        """A dock on the right, toggled by an action in the Raster menu and on the toolbar."""
        from qgis.PyQt.QtCore import Qt

        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        toggle = dock.toggleViewAction()
        toggle.setIcon(QIcon(icon))
        toggle.setText(text)
        toggle.setObjectName(name)
        self.iface.addPluginToRasterMenu(self.tr("Mining Loss Monitor"), toggle)
        self.iface.addToolBarIcon(toggle)
        self.actions.append(toggle)

    def project_read(self, *args):
        """A project that asks for the timeline (the demo project does) opens with the dock shown."""
        from qgis.core import QgsProject

        if self.timeline_dock is None:
            return
        self.timeline_dock.restore_project_choices()
        show, found = QgsProject.instance().readBoolEntry("mining_loss_monitor", "show_dock", False)
        if found and show:
            self.timeline_dock.show()
            self.timeline_dock.raise_()

    def open_two_date_dialog(self):
        from processing import execAlgorithmDialog

        execAlgorithmDialog("miningloss:detecttwodates", {})

    def unload(self):
        try:
            QCoreApplication.instance().aboutToQuit.disconnect(self.release_current_layer)
        except (TypeError, RuntimeError):
            pass
        if self.dossier_action is not None:
            self.dossier_action.unload()
            self.dossier_action = None
        if self.timeline_dock is not None:
            from qgis.core import QgsProject

            try:
                QgsProject.instance().readProject.disconnect(self.project_read)
            except (TypeError, RuntimeError):
                pass
            self.timeline_dock.cleanup()
            self.iface.removeDockWidget(self.timeline_dock)
            self.timeline_dock.deleteLater()
            self.timeline_dock = None
        if self.sample_dock is not None:
            self.sample_dock.cleanup()
            self.iface.removeDockWidget(self.sample_dock)
            self.sample_dock.deleteLater()
            self.sample_dock = None
        for action in self.actions:
            if self.iface is not None:
                self.iface.removePluginRasterMenu(self.tr("Mining Loss Monitor"), action)
                self.iface.removeToolBarIcon(action)
            if action.objectName() not in ("miningLossTimeline", "miningLossVerifySample"):
                action.deleteLater()
        self.actions = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
