"""Field pickers that follow the LOSS input, which may be a raster or polygons.

QGIS's own field widget (QgsProcessingFieldWidgetWrapper) crashes QGIS 3.22 when its parent parameter
holds a raster. The loss fields therefore have no parent in the parameter definition and this wrapper,
named in the parameter's metadata, lists the fields of LOSS when LOSS is a vector layer and stays empty
and disabled when it is a raster. Imported only by the Processing dialogs, never by qgis_process.
"""
from processing.gui.wrappers import DIALOG_MODELER, WidgetWrapper
from qgis.core import (
    QgsMapLayer,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsFieldComboBox
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QComboBox, QLabel, QLineEdit

LOSS = "LOSS"
OPERATIONS = "OPERATIONS"


class _Wrapper(WidgetWrapper):
    """A Python wrapper whose label says [optional] in the plugin's language (processing's own does not)."""

    def createLabel(self):  # noqa: N802
        label = super().createLabel()
        definition = self.parameterDefinition()
        if label is not None and definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional:
            label = QLabel(definition.description() + " " + QCoreApplication.translate("LossFieldWidget",
                                                                                       "[optional]"))
            label.setToolTip(definition.toolTip())
        return label


class LossFieldWidgetWrapper(_Wrapper):
    """A field combo box filled from the LOSS layer when it has fields; a line edit in the modeler."""

    def createWidget(self, **kwargs):  # noqa: N802
        self._layer = None
        self._context = QgsProcessingContext()
        self._pending = None
        if self.dialogType == DIALOG_MODELER:
            widget = QLineEdit()
            widget.textChanged.connect(lambda: self.widgetValueHasChanged.emit(self))
        else:
            widget = QgsFieldComboBox()
            widget.setAllowEmptyFieldName(True)
            widget.setEnabled(False)
            widget.fieldChanged.connect(lambda: self.widgetValueHasChanged.emit(self))
        widget.setToolTip(self.parameterDefinition().help() if hasattr(self.parameterDefinition(), "help")
                          else "")
        return widget

    def postInitialize(self, wrappers):  # noqa: N802
        for wrapper in wrappers:
            if _wrapper_name(wrapper) == LOSS:
                wrapper.widgetValueHasChanged.connect(lambda changed: self.follow_loss(_wrapper_value(changed)))
                self.follow_loss(_wrapper_value(wrapper))

    def follow_loss(self, value):
        """Show the fields of the layer chosen as LOSS (none for a raster)."""
        if not isinstance(self.widget, QgsFieldComboBox):
            return
        keep = self.value() or self._pending
        layer = self._vector_layer(value)
        self._layer = layer  # keep a layer loaded from a file alive while the combo box shows it
        self.widget.setLayer(layer)
        self.widget.setEnabled(layer is not None)
        if layer is not None and keep and layer.fields().indexOf(keep) >= 0:
            self.widget.setField(keep)
            self._pending = None

    def _vector_layer(self, value):
        return _layer_from(value, self._context)

    def setValue(self, value):  # noqa: N802
        text = "" if value is None else str(value)
        if isinstance(self.widget, QLineEdit):
            self.widget.setText(text)
            return
        if self.widget.layer() is not None and self.widget.layer().fields().indexOf(text) >= 0:
            self.widget.setField(text)
        else:
            self._pending = text or None  # applied once a layer with this field is chosen

    def value(self):
        if isinstance(self.widget, QLineEdit):
            return self.widget.text() or None
        return self.widget.currentField() or None


class OperationWidgetWrapper(_Wrapper):
    """The operations of the chosen operations layer in a list, the one selected on the map first."""

    def createWidget(self, **kwargs):  # noqa: N802
        self._context = QgsProcessingContext()
        self._layer = None
        if self.dialogType == DIALOG_MODELER:
            widget = QLineEdit()
            widget.textChanged.connect(lambda: self.widgetValueHasChanged.emit(self))
            return widget
        widget = QComboBox()
        widget.setEditable(True)
        widget.currentTextChanged.connect(lambda: self.widgetValueHasChanged.emit(self))
        return widget

    def postInitialize(self, wrappers):  # noqa: N802
        for wrapper in wrappers:
            if _wrapper_name(wrapper) == OPERATIONS:
                wrapper.widgetValueHasChanged.connect(lambda changed: self.follow_operations(_wrapper_value(changed)))
                self.follow_operations(_wrapper_value(wrapper))

    def follow_operations(self, value):
        """List the names of the operations layer; pre-select the operation selected on the map."""
        if not isinstance(self.widget, QComboBox):
            return
        layer = _layer_from(value, self._context)
        self._layer = layer
        current = self.widget.currentText()
        names, selected = [], None
        if layer is not None and layer.fields().indexOf("name") >= 0:
            names = sorted({str(f["name"]) for f in layer.getFeatures() if f["name"] not in (None, "")})
            chosen = [str(f["name"]) for f in layer.getSelectedFeatures()]
            selected = chosen[0] if len(chosen) == 1 else None
        self.widget.blockSignals(True)
        self.widget.clear()
        self.widget.addItems(names)
        self.widget.blockSignals(False)
        pick = selected or (current if current in names else (names[0] if len(names) == 1 else ""))
        self.widget.setCurrentText(pick)

    def setValue(self, value):  # noqa: N802
        text = "" if value is None else str(value)
        if isinstance(self.widget, QLineEdit):
            self.widget.setText(text)
        else:
            self.widget.setCurrentText(text)

    def value(self):
        text = self.widget.text() if isinstance(self.widget, QLineEdit) else self.widget.currentText()
        return text.strip() or None


def _layer_from(value, context):
    """A vector layer from a wrapper's value (layer, id, path or source definition), or None; a raster file is
    not opened."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if isinstance(value, QgsMapLayer):
        layer = value
    elif isinstance(value, str) and value:
        # only as a vector: a raster file loaded as a layer gets an .aux.xml of statistics beside it
        layer = QgsProject.instance().mapLayer(value) or QgsProcessingUtils.mapLayerFromString(
            value, context, True, QgsProcessingUtils.LayerHint.Vector)
    else:
        layer = None
    return layer if isinstance(layer, QgsVectorLayer) and layer.isValid() else None


def _wrapper_name(wrapper):
    definition = wrapper.parameterDefinition() if hasattr(wrapper, "parameterDefinition") else None
    if definition is None and hasattr(wrapper, "param"):
        definition = wrapper.param
    return definition.name() if definition is not None else None


def _wrapper_value(wrapper):
    try:
        return wrapper.parameterValue()
    except (AttributeError, TypeError):
        return wrapper.value() if hasattr(wrapper, "value") else None
