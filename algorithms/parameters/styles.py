"""Styles for outputs: QML side-cars with translated legends, applied when QGIS loads them."""
import os

from qgis.core import Qgis, QgsProcessingLayerPostProcessorInterface, QgsRasterLayer, QgsVectorLayerTemporalProperties
from qgis.PyQt.QtCore import QCoreApplication

from ..base import layer_name_of, source_path
from ..core.rasters.coverage import read_coverage
from ..core.styles import STYLES, sidecar  # noqa: F401  (the glue's names)
from ..core.styles import write_style as _write_style


def write_style(template, target_path, labels, template_text=None):
    """The core's write_style, with the translated legend entry of masked pixels."""
    labels = dict(labels)
    labels.setdefault("MASKED", QCoreApplication.translate("LossStyles", "Clouds, shadows or no data"))
    return _write_style(template, target_path, labels, template_text)


def apply_style(layer, qml_path):
    """Load a QML, show masked pixels when the style asks for it, put the covered dates in the name."""
    layer.loadNamedStyle(qml_path)
    if isinstance(layer, QgsRasterLayer) and layer.customProperty("mining_loss_monitor/show_masked") == "true":
        # 255 (masked) is the file's nodata for other GIS; here it is drawn grey with its own legend entry
        layer.dataProvider().setUseSourceNoDataValue(1, False)
    coverage = read_coverage(source_path(layer), layer_name_of(layer))
    if coverage and "→" not in layer.name():
        first, last = (f"{v // 10000:04d}-{v // 100 % 100:02d}-{v % 100:02d}" for v in coverage)
        layer.setName(f"{layer.name()} {first} → {last}")


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
            apply_style(layer, self.qml_path)
            if self.after_load is not None:
                self.after_load(layer)
            layer.triggerRepaint()
        if self in StyleSidecar._alive:
            StyleSidecar._alive.remove(self)


def attach_loss_styles(context, paths, labels, first, last, date_labels, confidence_template="loss_confidence.qml"):
    """Class, date and confidence side-cars of a dated loss series (paths: class, date, confidence).

    labels: translated NO_LOSS, MINING, OTHER, PROBABLE, CONFIRMED (and BOTH, MASKED); first/last: datetime.date of the
    coverage; date_labels: (first, last) as the user's locale writes them.
    """
    classes = {key: labels[key] for key in ("NO_LOSS", "MINING", "OTHER", "MASKED") if key in labels}
    dates = {"MIN": str(first.year * 10000 + first.month * 100 + first.day),
             "MAX": str(last.year * 10000 + last.month * 100 + last.day),
             "FIRST": date_labels[0], "LAST": date_labels[1]}
    confidence = {key: labels[key] for key in ("PROBABLE", "CONFIRMED", "BOTH") if key in labels}
    for template, path, values in (("loss_classes.qml", paths[0], classes), ("loss_dates.qml", paths[1], dates),
                                   (confidence_template, paths[2], confidence)):
        StyleSidecar.attach(context, path, write_style(template, path, values))


def vector_temporal_mode(name):
    """A vector layer's temporal mode by name on every QGIS: `Qgis.VectorTemporalMode.<name>` (3.24+, QGIS 4),
    `QgsVectorLayerTemporalProperties.TemporalMode.Mode<name>` before (3.22)."""
    modes = getattr(Qgis, "VectorTemporalMode", None)
    if modes is not None:
        return getattr(modes, name)
    return getattr(QgsVectorLayerTemporalProperties.TemporalMode, "Mode" + name)
