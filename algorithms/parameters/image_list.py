"""A list of images that may hold downloaded products (zips, product folders) QGIS cannot open as layers.

QGIS writes a multiple-layer value back as Python (the dialog's log, Processing History, 'Copy as Python
command') only for what it can load as a layer: a list of zips or a folder became `''`, so a run repeated from
the History had no images. This parameter writes the paths given.
"""
import os

from qgis.core import QgsProcessingParameterMultipleLayers, QgsProcessingUtils


class ImageListParameter(QgsProcessingParameterMultipleLayers):
    """QgsProcessingParameterMultipleLayers whose value, when it is file and folder paths, is written as given."""

    def clone(self):
        copy = ImageListParameter(self.name(), self.description(), self.layerType(), self.defaultValue())
        copy.setFlags(self.flags())  # optional and advanced with it
        copy.setHelp(self.help())
        copy.setMinimumNumberInputs(self.minimumNumberInputs())
        return copy

    def valueAsPythonString(self, value, context):  # noqa: N802
        items = value if isinstance(value, (list, tuple)) else [value]
        if items and all(isinstance(item, str) and os.path.exists(item.split("|")[0]) for item in items):
            return "[" + ",".join(QgsProcessingUtils.stringToPythonLiteral(item) for item in items) + "]"
        return super().valueAsPythonString(value, context)
