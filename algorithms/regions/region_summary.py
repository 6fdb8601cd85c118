"""miningloss:regionsummary — hectares lost per region and period, with an HTML report."""
import datetime

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterVectorLayer,
)

from ..base import source_path
from ..core.errors import CoreError
from ..core.regions.summary import FIELDS, summarise_dates, summarise_groups
from ..estimation.estimate_section import estimate_parts
from ..estimation.sample_regions import add_estimate_outputs, add_sample_parameter, log_estimate, loss_estimate
from ..parameters.fields import DOUBLE
from ..parameters.loss_inputs import is_raster, plain_value
from ..parameters.loss_layers import open_loss_layer
from ..parameters.messages import core_error_message
from ..reports.summary_report import region_summary_report
from .summary_common import (
    FIELD_TYPES,
    SummaryAlgorithm,
    add_loss_parameters,
    add_report_parameter,
    date_range,
    locale_formatter,
    loss_histogram,
    say_no_loss_counted,
    say_undated_range,
    table_sink,
    write_report,
    write_rows,
)


class RegionSummary(SummaryAlgorithm):
    """Loss hectares per region and period from our detections or downloaded loss products."""

    PERIOD = "PERIOD"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    OPERATIONS = "OPERATIONS"

    def name(self):
        return "regionsummary"

    def displayName(self):  # noqa: N802
        return self.tr("Forest loss per region and period")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Hectares of forest loss in each region for each year, quarter, month or the whole range, from "
            "this plugin's detections or from loss products: Hansen GFC lossyear, GFW alerts (GLAD-L, GLAD-S2, "
            "RADD, integrated: confidence x 10000 + days since 2014-12-31), a binary mask, or polygons with a "
            "date field or a period field (for example Amazon Mining Watch's <code>year</code>).</p>"
            "<p>Rasters: a pixel counts when its centre lies inside the region; pixel areas are ellipsoidal, row "
            "by row, when the raster is in a geographic CRS. Polygons: ellipsoidal area of the intersection with "
            "each region; with an area field, the polygon's value is shared by the share of the polygon inside "
            "each region. Overlapping regions are each counted in full; regions with the same name are merged; "
            "invalid geometries are repaired with a warning.</p>"
            "<p>Periods with no loss appear with 0 so charts have no gaps. A product dated only to the year "
            "cannot be split into months or quarters. Mining and other loss are split when the input says so "
            "(our class raster, or a <code>kind</code> field).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_loss_parameters(self)
        self.addParameter(QgsProcessingParameterEnum(self.PERIOD, self.tr("Period"), options=[
            self.tr("Year"), self.tr("Quarter"), self.tr("Month"), self.tr("Whole range")], defaultValue=0))
        advanced = [
            QgsProcessingParameterDateTime(self.START_DATE, self.tr("Start date"),
                                           QgsProcessingParameterDateTime.Type.Date, optional=True),
            QgsProcessingParameterDateTime(self.END_DATE, self.tr("End date"), QgsProcessingParameterDateTime.Type.Date,
                                           optional=True),
            QgsProcessingParameterVectorLayer(self.OPERATIONS, self.tr("Operations (markers in the report)"),
                                              [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)
        add_sample_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Loss per region and period"), QgsProcessing.SourceType.TypeVector))
        add_report_parameter(self)
        add_estimate_outputs(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        histogram, regions, details = loss_histogram(self, parameters, context, feedback)
        start, end = date_range(self, parameters, context)
        period_kind = self.parameterAsEnum(parameters, self.PERIOD, context)
        try:
            rows = summarise_groups(histogram, regions, details["split"]) if details["group"] else \
                summarise_dates(histogram, regions, period_kind, start, end, details["split"],
                                details.get("coverage"))
        except CoreError as error:
            message = core_error_message(error, self.parameter_labels())
        else:
            message = None
        if message:
            raise QgsProcessingException(message)
        if not details["group"]:
            say_undated_range(rows, histogram, feedback)
            say_no_loss_counted(sum(row["loss_ha"] or 0.0 for row in rows), histogram, feedback)
        spec = [(name, FIELD_TYPES.get(name, DOUBLE)) for name in FIELDS]
        sink, destination, fields = table_sink(self, parameters, context, spec)
        write_rows(sink, fields, rows)
        sink.flushBuffer()
        del sink  # the file is complete only once the sink is gone
        results = {self.OUTPUT: destination}
        layer = open_loss_layer(self, parameters, self.LOSS, context)
        estimate = loss_estimate(self, parameters, context, feedback, source_path(layer) if is_raster(layer) else None,
                                 regions, layer.crs())
        map_ha = region_loss_ha(rows)
        if estimate is not None:
            results.update(log_estimate(self, estimate, map_ha, feedback))
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            operations = operation_markers(self.parameterAsVectorLayer(parameters, self.OPERATIONS, context))
            write_report(report_path, region_summary_report(rows, regions, details, operations, period_kind,
                                                            estimate_parts(estimate, map_ha, locale_formatter())))
            results[self.REPORT] = report_path
        feedback.setProgress(100)
        return results


def region_loss_ha(rows):
    """{region: the map's hectares of loss over all periods}, and None: all regions."""
    totals = {}
    for row in rows:
        totals[row["region"]] = totals.get(row["region"], 0.0) + (row["loss_ha"] or 0.0)
    totals[None] = sum(totals.values())
    return totals


def operation_markers(layer):
    """[(name, start date, source)] from an operations layer, or []."""
    if layer is None or layer.fields().indexOf("start_date") < 0:
        return []
    markers = []
    for feature in layer.getFeatures():
        start = plain_value(feature["start_date"])
        if isinstance(start, datetime.datetime):
            start = start.date()
        if isinstance(start, datetime.date):
            source = plain_value(feature["source"]) if layer.fields().indexOf("source") >= 0 else None
            markers.append((str(plain_value(feature["name"]) or ""), start, source))
    return markers


def chosen_operation(layer):
    """The operation a user picked on the map: the one selected feature, or the layer's only operation."""
    if layer is None or layer.fields().indexOf("name") < 0:
        return None
    features = list(layer.getSelectedFeatures()) if layer.selectedFeatureCount() == 1 else []
    if not features and layer.featureCount() == 1:
        features = list(layer.getFeatures())
    return str(plain_value(features[0]["name"]) or "") if features else None
