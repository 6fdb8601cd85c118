"""Group of the estimation algorithms."""
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..base import MiningLossAlgorithm


class EstimationAlgorithm(MiningLossAlgorithm):
    """The 'Area estimation' group."""

    def group(self):
        return QCoreApplication.translate("EstimationAlgorithm", "Area estimation")

    def groupId(self):  # noqa: N802
        return "estimation"

    def invalid_raster(self, parameters, key):
        return QgsProcessingException(self.invalidRasterError(parameters, key))
