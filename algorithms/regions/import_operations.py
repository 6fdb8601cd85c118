"""miningloss:importoperations — an operations CSV into the `operations` GeoPackage layer."""
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorDestination,
)

from ..base import PLUGIN_DIR, MiningLossAlgorithm
from ..core.errors import CoreError
from ..core.regions.operations import read_operations_csv, write_operations
from ..parameters.loss_inputs import plain_value
from ..parameters.messages import core_error_message
from ..parameters.styles import StyleSidecar


class ImportOperations(MiningLossAlgorithm):
    """Enforcement operations from a CSV, with areas from WKT or from region names."""

    INPUT = "INPUT"
    REGIONS = "REGIONS"
    REGION_FIELD = "REGION_FIELD"
    OUTPUT = "OUTPUT"
    IMPORTED = "IMPORTED"
    REJECTED = "REJECTED"

    def name(self):
        return "importoperations"

    def displayName(self):  # noqa: N802
        return self.tr("Import enforcement operations (CSV)")

    def group(self):
        return self.tr("Operations")

    def groupId(self):  # noqa: N802
        return "operations"

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Reads a CSV of enforcement operations with the columns <code>name</code>, <code>start_date</code>, "
            "<code>end_date</code> (empty = ongoing), <code>agency</code>, <code>kind</code>, "
            "<code>description</code>, <code>source</code> and either <code>wkt</code> (the area, in WGS84) or "
            "<code>region</code> (names matched in the regions layer; several names separated by |).</p>"
            "<p>Writes the <code>operations</code> layer (EPSG:4326, MultiPolygon) to a GeoPackage. Rows with "
            "problems are reported by line number and left out; good rows are kept.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(self.INPUT, self.tr("Operations CSV"), extension="csv"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.REGIONS, self.tr("Regions (for the region column)"), [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.REGION_FIELD, self.tr("Region name field"), parentLayerParameterName=self.REGIONS, optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT, self.tr("Operations")))
        self.addOutput(QgsProcessingOutputNumber(self.IMPORTED, self.tr("Operations imported")))
        self.addOutput(QgsProcessingOutputNumber(self.REJECTED, self.tr("Rows rejected")))

    def problem_text(self, code, detail):
        texts = {
            "no_name": self.tr("no name"),
            "bad_date": self.tr("unreadable date '{detail}' (use YYYY-MM-DD or DD/MM/YYYY)"),
            "ambiguous_date": self.tr("date '{detail}' can be read as day/month or month/day: write it as "
                                      "YYYY-MM-DD"),
            "end_before_start": self.tr("end date {detail} is before the start date"),
            "bad_wkt": self.tr("unreadable area WKT '{detail}'"),
            "unknown_region": self.tr("region '{detail}' is not in the regions layer"),
            "no_area": self.tr("no area: give wkt or region"),
        }
        return texts[code].format(detail=detail)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFile(parameters, self.INPUT, context)
        regions = {}
        source = self.parameterAsSource(parameters, self.REGIONS, context)
        if source is not None:
            field = self.parameterAsString(parameters, self.REGION_FIELD, context)
            transform = QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                               context.transformContext())
            for feature in source.getFeatures():
                geometry = feature.geometry()
                if geometry.isNull():
                    continue
                geometry.transform(transform)
                regions[str(plain_value(feature[field]) if field else feature.id())] = bytes(geometry.asWkb())
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if os.path.splitext(output)[1].lower() != ".gpkg":
            output = os.path.splitext(output)[0] + ".gpkg"
        try:
            operations, problems = read_operations_csv(path, regions)
            for line, code, detail in problems:
                feedback.reportError(self.tr("Line {line}: {problem}; row left out.").format(
                    line=line, problem=self.problem_text(code, detail)), False)
            count = write_operations(output, operations)
        except CoreError as error:
            message = core_error_message(error, self.parameter_labels())
        else:
            message = None
        if message:
            raise QgsProcessingException(message)
        style = os.path.join(PLUGIN_DIR, "resources", "styles", "operations.qml")
        StyleSidecar.attach(context, output, style)
        feedback.pushInfo(self.tr("Operations imported: {count}; rows left out: {rejected}.").format(
            count=count, rejected=len(problems)))
        return {self.OUTPUT: output + "|layername=operations", self.IMPORTED: count, self.REJECTED: len(problems)}
