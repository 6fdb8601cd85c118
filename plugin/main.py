"""The plugin object QGIS creates: provider, menu entry and toolbar button."""
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from ..algorithms.provider import MiningLossProvider
from .i18n import install_translator

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons", "mining_loss.svg")


class MiningLossMonitorPlugin:
    """Registers the Processing provider and opens the detection dialog from the GUI."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
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

    def open_two_date_dialog(self):
        from processing import execAlgorithmDialog

        execAlgorithmDialog("miningloss:detecttwodates", {})

    def unload(self):
        for action in self.actions:
            if self.iface is not None:
                self.iface.removePluginRasterMenu(self.tr("Mining Loss Monitor"), action)
                self.iface.removeToolBarIcon(action)
            action.deleteLater()
        self.actions = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
