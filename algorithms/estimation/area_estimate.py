"""miningloss:areaestimate — area and accuracy with 95 % intervals from a labelled sample."""
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
)

from ..base import source_path
from ..parameters.fields import DOUBLE, INTEGER
from ..parameters.image_list import ImageParameter
from ..parameters.output_folders import check_destinations
from ..regions.summary_common import table_sink, write_report, write_rows
from ..reports.report_locale import report_formatter
from .estimate_report import area_estimate_report
from .estimation_base import EstimationAlgorithm
from .sample_points import estimate_sample

OUTPUT_FIELDS = [("class", INTEGER), ("map_area_ha", DOUBLE), ("area_ha", DOUBLE), ("area_ci95_ha", DOUBLE),
                 ("users_accuracy", DOUBLE), ("users_ci95", DOUBLE), ("producers_accuracy", DOUBLE),
                 ("producers_ci95", DOUBLE)]


def number_or_none(value):
    return None if value != value else float(value)


def class_rows(sample):
    """One row per class with the OUTPUT fields."""
    result = sample.result
    return [{"class": c, "map_area_ha": float(sample.map_area_ha[c]), "area_ha": float(result.area_ha[i]),
             "area_ci95_ha": float(result.area_ci95_ha[i]), "users_accuracy": number_or_none(result.users[i]),
             "users_ci95": number_or_none(result.users_ci95[i]),
             "producers_accuracy": number_or_none(result.producers[i]),
             "producers_ci95": number_or_none(result.producers_ci95[i])}
            for i, c in enumerate(result.classes)]


def matrix_rows(result):
    """The error matrix in area proportions: one row per map class, one column per reference class."""
    return [dict({"map_class": c, "total": float(result.matrix[i].sum())},
                 **{f"reference_{other}": float(result.matrix[i, j]) for j, other in enumerate(result.classes)})
            for i, c in enumerate(result.classes)]


class AreaEstimate(EstimationAlgorithm):
    """Olofsson (2014) / Stehman (2014) stratified estimates from the labelled points."""

    POINTS = "POINTS"
    REFERENCE_FIELD = "REFERENCE_FIELD"
    STRATUM_FIELD = "STRATUM_FIELD"
    MAP = "MAP"
    OUTPUT = "OUTPUT"
    OUTPUT_MATRIX = "OUTPUT_MATRIX"
    REPORT = "REPORT"
    OVERALL_ACCURACY = "OVERALL_ACCURACY"
    OVERALL_CI95 = "OVERALL_CI95"

    def name(self):
        return "areaestimate"

    def displayName(self):  # noqa: N802
        return self.tr("Area estimate with confidence intervals")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>The area of each map class estimated from reference labels of a stratified random sample, with "
            "95 % confidence intervals, and the user's, producer's and overall accuracy: the good practices of "
            "Olofsson et al. (2014, Remote Sensing of Environment 148: 42-57). A map's pixel count is not an area "
            "estimate: maps miss the edges of mining fronts and small pits, and add false patches.</p>"
            "<p>Points: the layer of 'Sampling design for area estimation' once labelled, or any point layer "
            "labelled elsewhere. With a stratum field (and <code>stratum_area_ha</code>) the strata are those of "
            "the design, and Stehman's (2014) estimators are used where they differ from the map classes; without "
            "it the strata are the map's classes, measured on the map. The map class of each point is its "
            "<code>map_class</code> field, else the map under it.</p>"
            "<p>Every point needs a reference class among the map's classes, and every stratum at least two "
            "points. Outputs: a table with <code>class</code>, <code>map_area_ha</code>, <code>area_ha</code>, "
            "<code>area_ci95_ha</code> and the accuracies with their intervals; the error matrix in proportions "
            "of area; an HTML report in the language of QGIS.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.POINTS, self.tr("Labelled sample points"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.REFERENCE_FIELD, self.tr("Reference class field"), defaultValue="reference",
            parentLayerParameterName=self.POINTS, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.STRATUM_FIELD, self.tr("Stratum field"), defaultValue="stratum",
            parentLayerParameterName=self.POINTS, optional=True))
        self.addParameter(ImageParameter(self.MAP, self.tr("Map the sample was drawn from"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Estimated area per class"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_MATRIX, self.tr("Error matrix (proportions of area)"), QgsProcessing.SourceType.TypeVector,
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.OVERALL_ACCURACY, self.tr("Overall accuracy")))
        self.addOutput(QgsProcessingOutputNumber(self.OVERALL_CI95, self.tr("Overall accuracy, 95 % half-width")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        check_destinations(self, parameters, context, [self.OUTPUT, self.OUTPUT_MATRIX, self.REPORT])
        source = self.parameterAsSource(parameters, self.POINTS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.POINTS))
        map_path, map_name = self.map_file(parameters, self.MAP, context)
        reference = (self.parameterAsFields(parameters, self.REFERENCE_FIELD, context) or ["reference"])[0]
        strata = self.parameterAsFields(parameters, self.STRATUM_FIELD, context)
        sample = self.run_core(estimate_sample, feedback, source, map_path, reference,
                               strata[0] if strata else "")
        result = sample.result
        sink, destination, fields = table_sink(self, parameters, context, OUTPUT_FIELDS)
        write_rows(sink, fields, class_rows(sample))
        del sink
        outputs = {self.OUTPUT: destination, self.OVERALL_ACCURACY: float(result.overall),
                   self.OVERALL_CI95: float(result.overall_ci95)}
        if parameters.get(self.OUTPUT_MATRIX):
            spec = [("map_class", INTEGER)] + [(f"reference_{c}", DOUBLE) for c in result.classes] + [("total",
                                                                                                       DOUBLE)]
            sink, matrix_destination, fields = table_sink(self, parameters, context, spec, key=self.OUTPUT_MATRIX)
            write_rows(sink, fields, matrix_rows(result))
            del sink
            outputs[self.OUTPUT_MATRIX] = matrix_destination
        self.log_estimate(sample, feedback)
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            write_report(report_path, area_estimate_report(sample, self.points_name(parameters, context, source),
                                                           map_name))
            outputs[self.REPORT] = report_path
        feedback.setProgress(100)
        return outputs

    def points_name(self, parameters, context, source):
        """The points' file name (every design's layer loads as «Sample points to label»), else the layer's."""
        layer = self.parameterAsVectorLayer(parameters, self.POINTS, context)
        path = source_path(layer) if layer is not None else ""
        return os.path.basename(path) if path and os.path.isfile(path) else source.sourceName()

    def log_estimate(self, sample, feedback):
        number = report_formatter().number  # QGIS's number format, in qgis_process too
        result = sample.result
        for i, c in enumerate(result.classes):
            feedback.pushInfo(self.tr("Class {cls}: map {map} ha, estimated {area} ± {ci} ha (95 %).").format(
                cls=c, map=number(float(sample.map_area_ha[c]), 2),
                area=number(float(result.area_ha[i]), 2),
                ci=number(float(result.area_ci95_ha[i]), 2)))
        feedback.pushInfo(self.tr("Overall accuracy {oa} ± {ci} (95 %), {points} points.").format(
            oa=number(float(result.overall), 3), ci=number(float(result.overall_ci95), 3),
            points=sample.points))
