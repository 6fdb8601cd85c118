"""Group of the estimation algorithms."""
import os

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..base import MiningLossAlgorithm, source_path
from ..parameters.image_list import given_paths


class EstimationAlgorithm(MiningLossAlgorithm):
    """The 'Area estimation' group."""

    def group(self):
        return QCoreApplication.translate("EstimationAlgorithm", "Area estimation")

    def groupId(self):  # noqa: N802
        return "estimation"

    def invalid_raster(self, parameters, key):
        return QgsProcessingException(self.invalidRasterError(parameters, key))

    def map_file(self, parameters, key, context):
        """(file, name) of a map parameter; (None, None) when empty. A file path is handed to GDAL as given, not
        loaded as a QGIS layer, whose statistics GDAL would save as an .aux.xml beside the user's map."""
        value = parameters.get(key)
        if isinstance(value, str) and given_paths(value, os.path.isfile):
            path = value.split("|")[0]
            return path, os.path.splitext(os.path.basename(path))[0]
        layer = self.parameterAsRasterLayer(parameters, key, context)
        if layer is None:
            if value not in (None, ""):
                raise self.invalid_raster(parameters, key)
            return None, None
        return source_path(layer), layer.name()
