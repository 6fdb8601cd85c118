"""The dock's "Where did it go?" action: miningloss:displacement for the selected operation, shown on the map."""

import os
import tempfile
import weakref

from qgis.core import (
    QgsCoordinateTransform,
    QgsMapLayerType,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, Qt
from qgis.PyQt.QtWidgets import QApplication, QHBoxLayout, QLabel, QToolButton

from ..algorithms.displacement_styles import line_style_labels, zone_style_labels
from ..algorithms.styles import write_style

RADIUS_KM = 50
WINDOW_MONTHS = 12


translate = QCoreApplication.translate


class WhereDidItGo(QObject):
    """A button and a result line under the dock's comparison; runs the displacement and loads its layers."""

    def __init__(self, dock):
        super().__init__(dock)
        self._dock = weakref.ref(dock)  # no cycle: the dock (owner of this object) must be free to go
        self.button = QToolButton()
        self.button.setText(translate("WhereDidItGo", "Where did it go?"))
        self.button.setToolTip(
            translate(
                "WhereDidItGo",
                "Loss in the zones around the selected operation, {months} months before and "
                "after its start, within {radius} km: where it rose most."
            ).format(months=WINDOW_MONTHS, radius=RADIUS_KM)
        )
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.result_label, 1)
        dock.widget().layout().addLayout(row)
        self.button.clicked.connect(lambda: self.run())
        self.layers = []

    @property
    def dock(self):
        return self._dock()

    def parameters(self, folder):
        """The displacement parameters for the dock's layers and selected operation."""
        model = self.dock.model
        loss = model.loss_layer
        parameters = {
            "LOSS": loss,
            "OPERATIONS": model.operations_layer,
            "OPERATION": model.selected,
            "RADIUS_KM": RADIUS_KM,
            "WINDOW_MONTHS": WINDOW_MONTHS,
            "OUTPUT": os.path.join(folder, "zones.gpkg"),
            "OUTPUT_LINES": os.path.join(folder, "lines.gpkg"),
        }
        if loss.type() == QgsMapLayerType.RasterLayer:
            parameters["ENCODING"] = 1  # the dock's rasters are this plugin's loss dates (YYYYMMDD)
        else:
            parameters["DATE_FIELD"] = "loss_date"
        return parameters

    def run(self):
        """Run the displacement; add the styled zones and lines to the project; return the summary (or None)."""
        import processing

        model = self.dock.model
        if not (model.selected and model.loss_layer is not None and model.operations_layer is not None):
            self.result_label.setText(translate("WhereDidItGo", "Select an operation and a dated loss layer first."))
            return None
        folder = tempfile.mkdtemp(prefix="mlm_where_")
        context = QgsProcessingContext()
        context.setProject(model.project)
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            results = processing.run(
                "miningloss:displacement", self.parameters(folder), context=context, feedback=QgsProcessingFeedback()
            )
        except QgsProcessingException as error:
            self.result_label.setText(str(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self._show(results, model.selected)
        self.result_label.setText(results["SUMMARY"])
        return results["SUMMARY"]

    def _show(self, results, name):
        project = self.dock.model.project
        for layer in self.layers:
            if project.mapLayer(layer) is not None:
                project.removeMapLayer(layer)
        added = []
        for key, title, template, labels in (
            ("OUTPUT", translate("WhereDidItGo", "Where did it go: {name}"), "displacement.qml", zone_style_labels()),
            (
                "OUTPUT_LINES",
                translate("WhereDidItGo", "Where it rose most: {name}"),
                "displacement_lines.qml",
                line_style_labels(),
            ),
        ):
            path = results.get(key)
            if not path:
                continue
            layer = QgsVectorLayer(path, title.format(name=name), "ogr")
            if not layer.isValid():
                continue
            layer.loadNamedStyle(write_style(template, path, labels))
            added.append(layer)
        project.addMapLayers(added[::-1])
        self.layers = [layer.id() for layer in added]
        canvas = self.dock.canvas
        if canvas is not None and added:
            transform = QgsCoordinateTransform(added[0].crs(), self.dock.model.canvas_crs(), project)
            extent = transform.transformBoundingBox(added[0].extent())
            extent.scale(1.05)
            canvas.setExtent(extent)
            canvas.refresh()
