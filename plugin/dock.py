"""MiningLossTimelineDock: operations over monthly loss, in step with the map's time, drawn on the map."""

from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsSettings, QgsVectorLayer, QgsWkbTypes
from qgis.gui import QgsDockWidget, QgsRubberBand
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..algorithms.core.periods import from_int
from ..algorithms.reports.report_locale import report_formatter
from .displacement_action import WhereDidItGo
from .operation_edits import OperationEditor
from .operation_form import OperationForm
from .overlay import OperationsOverlay
from .timeline_model import TimelineModel
from .timeline_widget import TimelineWidget

SETTINGS_OVERLAY = "mining_loss_monitor/timeline_overlay"


class MiningLossTimelineDock(QgsDockWidget):
    """A thin shell around TimelineModel: layer pickers, operations list, timeline, comparison."""

    def __init__(self, canvas, project=None, iface=None, parent=None):
        super().__init__(parent)
        self.setObjectName("MiningLossTimelineDock")
        self.setWindowTitle(self.tr("Mining loss timeline"))
        self.canvas, self.iface = canvas, iface
        self.model = TimelineModel(canvas, project)
        self.project = self.model.project
        self.editor = None
        self.highlight = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry) if canvas is not None else None
        if self.highlight is not None:
            self.highlight.setStrokeColor(QColor("#ffeb3b"))
            self.highlight.setFillColor(QColor(255, 235, 59, 50))
            self.highlight.setWidth(3)
        self.overlay = OperationsOverlay(canvas, self.model) if canvas is not None else None
        self._build()
        self.where_did_it_go = WhereDidItGo(self)  # the "Where did it go?" action (displacement_action.py)
        self.model.operationsChanged.connect(self._fill_operations)
        self.model.comparisonChanged.connect(self._show_comparison)
        self.model.selectionChanged.connect(self._selected)
        self.project.layersAdded.connect(self._layers_changed)
        self.project.layersRemoved.connect(self._layers_changed)
        self._layers_changed()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self):
        body = QWidget()
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.operations_combo, self.loss_combo = QComboBox(), QComboBox()
        form.addRow(self.tr("Operations"), self.operations_combo)
        form.addRow(self.tr("Dated loss"), self.loss_combo)
        layout.addLayout(form)
        options = QHBoxLayout()
        self.only_inside = QCheckBox(self.tr("Only inside the selected operation"))
        self.show_overlay = QCheckBox(self.tr("Operation areas on the map"))
        self.show_overlay.setChecked(QgsSettings().value(SETTINGS_OVERLAY, True, type=bool))
        options.addWidget(self.only_inside)
        options.addWidget(self.show_overlay)
        layout.addLayout(options)
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, text, slot in (("add", self.tr("Add"), self.add_operation),
                                ("edit", self.tr("Edit"), self.edit_operation),
                                ("delete", self.tr("Delete"), self.delete_operation),
                                ("undo", self.tr("Undo"), self.undo_edit),
                                ("import", self.tr("Import CSV…"), self.import_csv),
                                ("export", self.tr("Export…"), self.export_timeline)):
            button = QToolButton()
            button.setText(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.operation_list = QListWidget()
        self.operation_list.setMinimumWidth(60)
        self.operation_list.setWordWrap(True)  # a long name wraps on a narrow dock instead of «Operation Mercu…»
        self.operation_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.timeline = TimelineWidget(self.model)
        self.timeline.formatter = report_formatter()  # the cursor's date and the peak as the reports write them
        splitter.addWidget(self.operation_list)
        splitter.addWidget(self.timeline)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([110, 400])
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        self.comparison_label = QLabel(self.tr("Select an operation to compare loss before and after it."))
        self.comparison_label.setWordWrap(True)
        layout.addWidget(self.comparison_label)
        self.setWidget(body)
        self.operations_combo.activated.connect(self._operations_layer_chosen)
        self.loss_combo.activated.connect(self._loss_layer_chosen)
        self.only_inside.toggled.connect(self.model.set_only_inside)
        self.show_overlay.toggled.connect(self._toggle_overlay)
        self.operation_list.currentTextChanged.connect(self._list_selected)
        self.timeline.operationClicked.connect(self.select_operation)
        self._toggle_overlay(self.show_overlay.isChecked())

    # -- layers ---------------------------------------------------------------------------------
    def _fill_combo(self, combo, layers, current):
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(none)"), "")
        for layer in layers:
            combo.addItem(layer.name(), layer.id())
        index = combo.findData(current.id()) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _layers_changed(self, *args):
        operations = self.model.candidate_operations_layers()
        losses = self.model.candidate_loss_layers()
        if self.model.operations_layer not in operations or self.model.loss_layer not in losses:
            self.model.restore_from_project()  # the project's saved choice, else the first candidates
        self._fill_combo(self.operations_combo, operations, self.model.operations_layer)
        self._fill_combo(self.loss_combo, losses, self.model.loss_layer)
        self.editor = OperationEditor(self.model.operations_layer) if self.model.operations_layer else None

    def restore_project_choices(self):
        """Once a project is fully read: the layers it saved for the dock, not the first ones loaded."""
        self.model.restore_from_project(force=True)
        self._layers_changed()

    def _operations_layer_chosen(self, index):
        self.model.set_operations_layer(self.project.mapLayer(self.operations_combo.itemData(index)))
        self.editor = OperationEditor(self.model.operations_layer) if self.model.operations_layer else None

    def _loss_layer_chosen(self, index):
        self.model.set_loss_layer(self.project.mapLayer(self.loss_combo.itemData(index)))

    # -- operations -----------------------------------------------------------------------------
    def operations(self):
        """Names of the operations shown (scripting API)."""
        return self.model.operations()

    def select_operation(self, name):
        """Zoom to the operation, highlight it, set the map time to its window, show before/after."""
        self.model.select_operation(name)

    def _fill_operations(self):
        self.operation_list.blockSignals(True)
        self.operation_list.clear()
        names = self.model.operations()
        self.operation_list.addItems(names)
        for row, name in enumerate(names):
            self.operation_list.item(row).setToolTip(name)
        self.operation_list.blockSignals(False)
        self._fit_operation_list(names)

    def _fit_operation_list(self, names):
        """The list as wide as its longest name (up to 40 % of the dock), the timeline takes the rest."""
        metrics = self.operation_list.fontMetrics()
        margins = 2 * self.operation_list.frameWidth() + self.operation_list.verticalScrollBar().sizeHint().width() + 12
        wanted = max([metrics.horizontalAdvance(name) for name in names] + [48]) + margins
        total = max(sum(self.splitter.sizes()), 510)
        width = min(wanted, int(total * 0.4))
        self.operation_list.setMaximumWidth(max(wanted, 150))
        self.splitter.setSizes([width, total - width])

    def _list_selected(self, name):
        if name and name != self.model.selected:
            self.select_operation(name)

    def _selected(self, name):
        items = self.operation_list.findItems(name, Qt.MatchFlag.MatchExactly)
        if items:
            self.operation_list.blockSignals(True)
            self.operation_list.setCurrentItem(items[0])
            self.operation_list.blockSignals(False)
        operation = self.model.operation(name)
        if self.highlight is not None and operation is not None:
            self.highlight.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
            self.highlight.setToGeometry(QgsGeometry(operation.geometry), self.model.operations_layer)

    def _show_comparison(self, row):
        name = self.model.selected
        if row is None or name is None:
            text = self.tr("Select an operation to compare loss before and after it.") if name is None else \
                self.tr("{name}: no dated loss layer to compare.").format(name=name)
            self.comparison_label.setText(text)
            return
        fmt = report_formatter()  # one rule for numbers and dates: the reports' (QGIS's locale settings)

        def day(value):
            return fmt.date(from_int(value))

        def number(value, decimals):
            return fmt.number(float(value), decimals)  # the reports' rule, minus sign included

        change = self.tr("no loss before") if row["change_pct"] is None else number(row["change_pct"], 0) + " %"
        text = self.tr(
            "{name}, all forest loss (mining and other), {months} months before and after the start: {before} ha "
            "from {b0} to {b1} ({before_rate} ha/month); {after} ha from {a0} to {a1} ({after_rate} ha/month); "
            "change {change}.").format(months=row["months"],
            name=name, before=number(row["before_ha"], 1), after=number(row["after_ha"], 1),
            before_rate=number(row["before_ha_month"], 2), after_rate=number(row["after_ha_month"], 2),
            b0=day(row["before"][0]), b1=day(row["before"][1]), a0=day(row["after"][0]), a1=day(row["after"][1]),
            change=change)
        if row["months"] < row["requested_months"]:
            text += " " + self.tr("The loss data do not cover {requested} months on both sides of the start: the "
                                  "windows were cut to {months}, the same on both sides.").format(
                requested=row["requested_months"], months=row["months"])
        self.comparison_label.setText(text)

    def _toggle_overlay(self, visible):
        QgsSettings().setValue(SETTINGS_OVERLAY, bool(visible))
        if self.overlay is not None:
            self.overlay.setVisible(bool(visible))
            self.overlay.refresh()

    # -- editing --------------------------------------------------------------------------------
    def _new_geometry(self):
        """The area of a new operation: the current map extent, in the layer's CRS."""
        layer = self.model.operations_layer
        rectangle = QgsGeometry.fromRect(self.canvas.extent())
        rectangle.transform(QgsCoordinateTransform(self.model.canvas_crs(), layer.crs(), self.project))
        return QgsGeometry.fromMultiPolygonXY([rectangle.asPolygon()])

    def _no_layer(self):
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "Add an operations layer first (Import CSV… creates one)."))

    def add_operation(self, values=None):
        if self.editor is None:
            return self._no_layer()
        if values is None:
            form = OperationForm(parent=self)
            if not form.exec():
                return None
            values = form.values()
        return self.editor.add(values, self._new_geometry())

    def edit_operation(self, values=None):
        operation = self.model.operation(self.model.selected) if self.model.selected else None
        if self.editor is None or operation is None:
            return None
        if values is None:
            form = OperationForm(operation.attributes, parent=self)
            if not form.exec():
                return None
            values = form.values()
        self.editor.update(operation.feature_id, values)
        return operation.feature_id

    def delete_operation(self, confirm=True):
        operation = self.model.operation(self.model.selected) if self.model.selected else None
        if self.editor is None or operation is None:
            return
        if confirm and QMessageBox.question(self, self.windowTitle(), self.tr("Delete {name}?").format(
                name=operation.name)) != QMessageBox.StandardButton.Yes:
            return
        self.editor.delete(operation.feature_id)
        if self.highlight is not None:
            self.highlight.reset(QgsWkbTypes.GeometryType.PolygonGeometry)

    def undo_edit(self):
        return self.editor.undo() if self.editor is not None else False

    def import_csv(self):
        from processing import execAlgorithmDialog

        results = execAlgorithmDialog("miningloss:importoperations", {}) or {}
        output = results.get("OUTPUT")
        if output:
            layer = QgsVectorLayer(output, self.tr("Operations"), "ogr")
            if layer.isValid():
                self.project.addMapLayer(layer)

    def export_timeline(self, path=None):
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the timeline"), "",
                                                  self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if not path:
            return False
        return self.timeline.export(path)

    def cleanup(self):
        """Remove what the dock drew on the canvas and stop listening to the project (plugin unload)."""
        self.where_did_it_go.cancel()
        for signal in (self.project.layersAdded, self.project.layersRemoved):
            try:
                signal.disconnect(self._layers_changed)
            except (TypeError, RuntimeError):
                pass
        for item in (self.overlay, self.highlight):
            if item is not None and self.canvas is not None:
                self.canvas.scene().removeItem(item)
        self.overlay = self.highlight = None


