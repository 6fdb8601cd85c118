"""Shared plumbing of the Mining Loss Monitor algorithms."""
import os

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtGui import QIcon

from .core.errors import Cancelled, CoreError
from .parameters.messages import cancelled_message, core_error_message
from .parameters.parameter_help import apply_help, help_texts
from .reports.report_locale import interface_language

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ICON = os.path.join(PLUGIN_DIR, "resources", "icons", "mining_loss.svg")
DOCS = os.path.join(PLUGIN_DIR, "docs")


class MiningLossAlgorithm(QgsProcessingAlgorithm):
    """createInstance, icon, group and error plumbing; texts stay in each concrete class."""

    def tr(self, text):
        # Context is the concrete class: pylupdate5 extracts self.tr("…") under it.
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def addParameter(self, parameter, createOutput=True):  # noqa: N802, N803
        """Every parameter gets its help line (dialog tooltip, qgis_process help) from parameter_help."""
        if not hasattr(self, "_help_texts"):
            self._help_texts = help_texts()
        apply_help(type(self).__name__, parameter, self._help_texts)
        return super().addParameter(parameter, createOutput)

    def icon(self):
        return QIcon(ICON)

    def helpUrl(self):  # noqa: N802
        """The user guide shipped with the plugin, in the QGIS language (opens offline)."""
        name = "guia_es.html" if interface_language() == "es" else "guide_en.html"
        return QUrl.fromLocalFile(os.path.join(DOCS, name)).toString()

    def group(self):
        return QCoreApplication.translate("MiningLossAlgorithm", "Detection")

    def groupId(self):  # noqa: N802
        return "detection"

    def parameter_labels(self):
        """{key: label shown in the dialog} of this algorithm's parameters."""
        return {p.name(): p.description() for p in self.parameterDefinitions()}

    def run_core(self, function, feedback, *args, **kwargs):
        """Call a core function with progress and cancel wired to feedback; translate its errors."""
        kwargs.setdefault("progress", lambda fraction: feedback.setProgress(100.0 * fraction))
        kwargs.setdefault("is_cancelled", feedback.isCanceled)
        try:
            return function(*args, **kwargs)
        except CoreError as error:
            self.label_roles(error)
            message = core_error_message(error)
        except Cancelled:
            message = cancelled_message()
        # raised outside the except block: no context chain keeps the core's frames (and files) alive
        raise QgsProcessingException(message)


    def label_roles(self, error):
        """Name parameters in a core error by their dialog label, not their KEY."""
        for key, value in list(error.details.items()):
            if key == "role" or key.endswith("_role"):
                definition = self.parameterDefinition(value) if isinstance(value, str) and value else None
                if definition is not None:
                    error.details[key] = "«{label}»".format(label=definition.description())


def source_path(layer):
    """The file behind a raster layer (GDAL provider)."""
    if layer is None:
        return None
    return layer.source().split("|")[0]


def layer_name_of(layer):
    """The `layername=` part of an OGR layer's source, or None."""
    parts = layer.source().split("|") if layer is not None else []
    return next((p.split("=", 1)[1] for p in parts[1:] if p.startswith("layername=")), None)


def layer_paths(parameters, key, context):
    """File paths of a multiple-layer parameter, without loading each file as a QGIS layer."""
    from qgis.core import QgsMapLayer, QgsProcessingUtils

    values = parameters.get(key) or []
    if not isinstance(values, (list, tuple)):
        values = [values]
    paths = []
    for value in values:
        if isinstance(value, QgsMapLayer):
            paths.append(source_path(value))
        elif isinstance(value, str) and os.path.exists(value.split("|")[0]):
            paths.append(value.split("|")[0])
        else:
            layer = QgsProcessingUtils.mapLayerFromString(str(value), context)
            paths.append(source_path(layer) if layer is not None else str(value))
    return paths


def thread_count():
    return max(1, min(2, os.cpu_count() or 1))
