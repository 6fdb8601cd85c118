"""miningloss:vectorize — loss polygons with class, kind, date, confidence and area."""
import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorDestination,
)
from qgis.PyQt.QtCore import QLocale

from ..base import MiningLossAlgorithm
from ..core.detection.polygons import vectorize_loss
from ..parameters.image_list import ImageParameter
from ..parameters.styles import StyleSidecar, vector_temporal_mode, write_style
from .image_inputs import raster_path


def enable_loss_date_time(layer):
    """Let the Temporal Controller animate polygons by loss_date, accumulating loss."""
    index = layer.fields().indexOf("loss_date")
    if index < 0 or layer.maximumValue(index) in (None, ""):
        return
    properties = layer.temporalProperties()
    properties.setMode(vector_temporal_mode("FeatureDateTimeInstantFromField"))
    properties.setStartField("loss_date")
    if hasattr(properties, "setAccumulateFeatures"):
        properties.setAccumulateFeatures(True)
    properties.setIsActive(True)


class VectorizeLoss(MiningLossAlgorithm):
    """Polygons of mining and other forest loss from the class raster."""

    INPUT_CLASS = "INPUT_CLASS"
    INPUT_DATE = "INPUT_DATE"
    INPUT_CONFIDENCE = "INPUT_CONFIDENCE"
    MIN_AREA_HA = "MIN_AREA_HA"
    OUTPUT = "OUTPUT"
    POLYGONS = "POLYGONS"
    MINING_HA = "MINING_HA"
    OTHER_LOSS_HA = "OTHER_LOSS_HA"

    def name(self):
        return "vectorize"

    def displayName(self):  # noqa: N802
        return self.tr("Loss polygons from the class raster")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Turns the loss class raster of a detection into polygons in a GeoPackage, one per patch of "
            "the same class (and the same date and confidence when those rasters are given).</p>"
            "<p>Fields: <code>class</code> (1 mining, 2 other), <code>kind</code> (mining/other), "
            "<code>loss_date</code> (empty without a date raster), <code>confidence</code> (2 probable, "
            "3 confirmed), <code>area_ha</code> (ellipsoidal hectares, computed in an equal-area projection on "
            "the layer's ellipsoid), <code>lon</code>, <code>lat</code> (WGS84 centroid).</p>"
            "<p>With dates, the layer loads with temporal properties on <code>loss_date</code>, so the "
            "Temporal Controller shows loss accumulating through time.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        # paths as given (never loaded as layers: QGIS's statistics would land in an .aux.xml beside them)
        self.addParameter(ImageParameter(self.INPUT_CLASS, self.tr("Loss classes")))
        self.addParameter(ImageParameter(self.INPUT_DATE, self.tr("Loss dates (YYYYMMDD)"), optional=True))
        self.addParameter(ImageParameter(self.INPUT_CONFIDENCE, self.tr("Loss confidence"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_AREA_HA, self.tr("Minimum polygon area (ha)"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.tr("Loss polygons"), defaultValue=None))
        self.addOutput(QgsProcessingOutputNumber(self.POLYGONS, self.tr("Number of polygons")))
        self.addOutput(QgsProcessingOutputNumber(self.MINING_HA, self.tr("Mining loss (ha)")))
        self.addOutput(QgsProcessingOutputNumber(self.OTHER_LOSS_HA, self.tr("Other forest loss (ha)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        class_path = raster_path(self, parameters, self.INPUT_CLASS, context)
        if class_path is None:
            raise QgsProcessingException(self.invalidRasterError(parameters, self.INPUT_CLASS))
        date_path = raster_path(self, parameters, self.INPUT_DATE, context)
        confidence_path = raster_path(self, parameters, self.INPUT_CONFIDENCE, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if os.path.splitext(output)[1].lower() != ".gpkg":
            output = os.path.splitext(output)[0] + ".gpkg"
        summary = self.run_core(
            vectorize_loss, feedback, class_path, output, date_path=date_path,
            confidence_path=confidence_path,
            min_area_ha=self.parameterAsDouble(parameters, self.MIN_AREA_HA, context))
        qml = write_style("loss_polygons.qml", output, {
            "MINING": self.tr("Mining loss"), "OTHER": self.tr("Other forest loss")})
        StyleSidecar.attach(context, output, qml, after_load=enable_loss_date_time)
        locale = QLocale()
        feedback.pushInfo(self.tr("{count} polygons: {mining} ha of mining loss, {other} ha of other forest "
                                  "loss.").format(count=locale.toString(summary["polygons"]),
                                                  mining=locale.toString(summary["mining_ha"], "f", 2),
                                                  other=locale.toString(summary["other_ha"], "f", 2)))
        return {
            self.OUTPUT: output,
            self.POLYGONS: int(summary["polygons"]),
            self.MINING_HA: float(summary["mining_ha"]),
            self.OTHER_LOSS_HA: float(summary["other_ha"]),
        }
