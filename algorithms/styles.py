"""Styles for outputs: QML side-cars with translated legends, applied when QGIS loads them."""
import os

from qgis.core import QgsProcessingLayerPostProcessorInterface

from .core.styles import STYLES, sidecar, write_style  # noqa: F401  (the glue's names)


class StyleSidecar(QgsProcessingLayerPostProcessorInterface):
    """Loads the side-car QML into the output layer when Processing adds it to the project."""

    _alive = []  # QGIS keeps only a raw pointer: hold a reference until it has run

    def __init__(self, qml_path, after_load=None):
        super().__init__()
        self.qml_path = qml_path
        self.after_load = after_load

    @classmethod
    def attach(cls, context, output_path, qml_path, after_load=None):
        if not context.willLoadLayerOnCompletion(output_path):
            return
        processor = cls(qml_path, after_load)
        cls._alive.append(processor)
        context.layerToLoadOnCompletionDetails(output_path).setPostProcessor(processor)

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is not None and os.path.exists(self.qml_path):
            layer.loadNamedStyle(self.qml_path)
            if self.after_load is not None:
                self.after_load(layer)
            layer.triggerRepaint()
        if self in StyleSidecar._alive:
            StyleSidecar._alive.remove(self)
