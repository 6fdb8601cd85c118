"""The 'Evidence dossier' action: toolbar, Raster menu, layer and map right-click menus, for the selected patches."""
import os

from qgis.core import (
    QgsMapLayerType,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMessageBox

from ..algorithms.core.rasters.dates import date_from_name

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons", "dossier.svg")
ALGORITHM = "miningloss:dossier"


def is_patch_layer(layer):
    """A polygon vector layer (loss patches)."""
    return isinstance(layer, QgsVectorLayer) and layer.isValid() and \
        QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry


def dated_stacks(project):
    """Raster layers of at least 4 bands with a date in their file name, oldest first."""
    stacks = []
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsRasterLayer) and layer.bandCount() >= 4:
            day = date_from_name(layer.source().split("|")[0])
            if day:
                stacks.append((day, layer))
    return [layer for _, layer in sorted(stacks, key=lambda item: item[0])]


def dossier_parameters(layer, project):
    """Dialog values: the layer's selected patches (all when none is selected), oldest and newest image stacks."""
    parameters = {"POLYGONS": QgsProcessingFeatureSourceDefinition(layer.id(), bool(layer.selectedFeatureCount()))}
    stacks = dated_stacks(project)
    if len(stacks) >= 2:
        parameters.update(BEFORE=stacks[0].id(), AFTER=stacks[-1].id())
    return parameters


class DossierAction:
    """Opens the dossier dialog for the active layer's selected loss patches."""

    def __init__(self, iface, menu_name):
        self.iface, self.menu_name = iface, menu_name
        self.action = QAction(QIcon(ICON), self.tr("Evidence dossier…"), iface.mainWindow())
        self.action.setObjectName("miningLossDossier")
        self.action.setToolTip(self.tr("Evidence dossier (PDF) for the selected loss patches"))
        self.action.triggered.connect(self.open_dialog)
        iface.addPluginToRasterMenu(menu_name, self.action)
        iface.addToolBarIcon(self.action)
        iface.addCustomActionForLayerType(self.action, "", QgsMapLayerType.VectorLayer, True)
        iface.mapCanvas().contextMenuAboutToShow.connect(self.add_to_map_menu)

    def tr(self, text):
        return QCoreApplication.translate("DossierAction", text)

    def add_to_map_menu(self, menu, _event=None):
        """On the map's right-click menu when the active layer has selected patches."""
        layer = self.iface.activeLayer()
        if is_patch_layer(layer) and layer.selectedFeatureCount():
            menu.addSeparator()
            menu.addAction(self.action)

    def open_dialog(self):
        layer = self.iface.activeLayer()
        if not is_patch_layer(layer):
            self.iface.messageBar().pushWarning(self.tr("Evidence dossier"), self.tr(
                "Choose the layer of loss polygons (the output of 'Loss polygons') and select the patches first."))
            return
        if not layer.selectedFeatureCount() and not self.all_patches_wanted(layer):
            return
        from processing import execAlgorithmDialog

        execAlgorithmDialog(ALGORITHM, dossier_parameters(layer, QgsProject.instance()))

    def all_patches_wanted(self, layer):
        """Nothing selected: ask before a dossier of every patch of the layer."""
        answer = QMessageBox.question(
            self.iface.mainWindow(), self.tr("Evidence dossier"), self.tr(
                "No patch of '{layer}' is selected. Make a dossier of all its {count} patches?\n\nTo choose "
                "patches, answer No and select them on the map.").format(layer=layer.name(),
                                                                         count=layer.featureCount()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def unload(self):
        self.iface.mapCanvas().contextMenuAboutToShow.disconnect(self.add_to_map_menu)
        self.iface.removeCustomActionForLayerType(self.action)
