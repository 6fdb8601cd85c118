"""The `miningloss` Processing provider."""
import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .detection.detect_time_series import DetectTimeSeries
from .detection.detect_two_dates import DetectTwoDates
from .detection.vectorize import VectorizeLoss
from .estimation.area_estimate import AreaEstimate
from .estimation.sampling_design import SamplingDesign
from .evidence.dossier import Dossier
from .radar.detect_radar import DetectRadar
from .radar.integrate_alerts import IntegrateAlerts
from .regions.compare_periods import ComparePeriods
from .regions.displacement import Displacement
from .regions.hotspots import EmergingHotSpots
from .regions.import_operations import ImportOperations
from .regions.legal_status import LegalStatus
from .regions.region_summary import RegionSummary

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icons", "mining_loss.svg")


class MiningLossProvider(QgsProcessingProvider):
    """Mining Loss Monitor algorithms."""

    def id(self):
        return "miningloss"

    def name(self):
        return QCoreApplication.translate("MiningLossProvider", "Mining Loss Monitor")

    def longName(self):  # noqa: N802
        return self.name()

    def icon(self):
        return QIcon(ICON)

    def svgIconPath(self):  # noqa: N802
        return ICON

    def supportedOutputRasterLayerExtensions(self):  # noqa: N802
        return ["tif"]

    def supportedOutputVectorLayerExtensions(self):  # noqa: N802
        return ["gpkg"]

    def supportedOutputTableExtensions(self):  # noqa: N802
        return ["gpkg", "csv"]

    def isSupportedOutputValue(self, outputValue, parameter, context):  # noqa: N802, N803
        """Tables (no geometry) as GeoPackage or CSV, as the guide says; layers with geometry as GeoPackage."""
        supported, message = super().isSupportedOutputValue(outputValue, parameter, context)
        if not supported and parameter.type() == "sink" and not parameter.hasGeometry():
            path = outputValue.sink.staticValue() if hasattr(outputValue, "sink") else str(outputValue)
            if os.path.splitext(str(path))[1].lower().lstrip(".") in self.supportedOutputTableExtensions():
                return True, ""
        return supported, message

    def defaultVectorFileExtension(self, hasGeometry=True):  # noqa: N802, N803
        return "gpkg"

    def defaultRasterFileExtension(self):  # noqa: N802
        return "tif"

    def loadAlgorithms(self):  # noqa: N802
        for algorithm in (DetectTwoDates(), DetectTimeSeries(), VectorizeLoss(), RegionSummary(), ComparePeriods(),
                          ImportOperations(), EmergingHotSpots(), Displacement(), LegalStatus(), Dossier(),
                          SamplingDesign(), AreaEstimate(), DetectRadar(), IntegrateAlerts()):
            self.addAlgorithm(algorithm)
