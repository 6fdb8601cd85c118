"""miningloss:regionsummary — hectares lost per region and period, with an HTML report."""
import datetime

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from . import report
from .core.errors import CoreError
from .core.summary import FIELDS, summarise_dates, summarise_groups
from .loss_inputs import date_or_none, plain_value
from .messages import core_error_message
from .summary_common import (
    FIELD_TYPES,
    SummaryAlgorithm,
    add_loss_parameters,
    add_report_parameter,
    locale_formatter,
    loss_histogram,
    report_language,
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
        self.addParameter(QgsProcessingParameterDateTime(
            self.START_DATE, self.tr("Start date"), QgsProcessingParameterDateTime.Date, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.END_DATE, self.tr("End date"), QgsProcessingParameterDateTime.Date, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.OPERATIONS, self.tr("Operations (markers in the report)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Loss per region and period"), QgsProcessing.TypeVector))
        add_report_parameter(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        histogram, regions, details = loss_histogram(self, parameters, context, feedback)
        start = date_or_none(self.parameterAsDateTime(parameters, self.START_DATE, context)) \
            if parameters.get(self.START_DATE) else None
        end = date_or_none(self.parameterAsDateTime(parameters, self.END_DATE, context)) \
            if parameters.get(self.END_DATE) else None
        if start and end and end < start:
            raise QgsProcessingException(self.tr("The end date is before the start date."))
        period_kind = self.parameterAsEnum(parameters, self.PERIOD, context)
        try:
            rows = summarise_groups(histogram, regions, details["split"]) if details["group"] else \
                summarise_dates(histogram, regions, period_kind, start, end, details["split"])
        except CoreError as error:
            message = core_error_message(error, self.parameter_labels())
        else:
            message = None
        if message:
            raise QgsProcessingException(message)
        spec = [(name, FIELD_TYPES.get(name, QVariant.Double)) for name in FIELDS]
        sink, destination, fields = table_sink(self, parameters, context, spec)
        write_rows(sink, fields, rows)
        sink.flushBuffer()
        del sink  # the file is complete only once the sink is gone
        results = {self.OUTPUT: destination}
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            operations = operation_markers(self.parameterAsVectorLayer(parameters, self.OPERATIONS, context))
            write_report(report_path, self.report(rows, regions, details, operations, period_kind))
            results[self.REPORT] = report_path
        feedback.setProgress(100)
        return results

    def report(self, rows, regions, details, operations, period_kind):
        fmt = locale_formatter()
        periods = list(dict.fromkeys(row["period"] for row in rows))
        parts = [report.paragraph(self.tr("Hectares of forest loss per region and period, made offline by Mining "
                                          "Loss Monitor on {day}.").format(day=fmt.cell(datetime.date.today())))]
        by_region = {}
        for row in rows:
            by_region.setdefault(row["region"], []).append(row)
        totals = {name: sum(r["loss_ha"] for r in region_rows) for name, region_rows in by_region.items()}
        ranked = sorted((name for name in by_region if totals[name] > 0), key=lambda name: -totals[name])
        parts.append(report.heading(self.tr("Loss by period")))
        for name in ranked[:12]:
            region_rows = by_region[name]
            markers = _marker_positions(region_rows, operations)
            split = all(r["mining_ha"] is not None for r in region_rows)
            series = [(self.tr("Mining loss"), "#d7191c", [r["mining_ha"] for r in region_rows]),
                      (self.tr("Other forest loss"), "#fdae61", [r["other_ha"] for r in region_rows])] if split \
                else [(self.tr("Forest loss"), "#b2182b", [r["loss_ha"] for r in region_rows])]
            parts.append(report.bar_chart(str(name), periods, series, self.tr("hectares"), markers))
        parts.append(report.heading(self.tr("Table")))
        headers = [self.tr("Region"), self.tr("Period"), self.tr("Loss (ha)"), self.tr("Mining (ha)"),
                   self.tr("Other (ha)"), self.tr("Region (ha)"), self.tr("Loss (%)")]
        parts.append(report.table(headers, [[r["region"], r["period"], r["loss_ha"], r["mining_ha"], r["other_ha"],
                                             r["region_ha"], r["loss_pct"]] for r in rows], fmt))
        parts.append(report.heading(self.tr("Method")))
        method = {
            "planar": self.tr("Pixel centres inside each region; planar pixel areas in the raster's CRS."),
            "ellipsoidal": self.tr("Pixel centres inside each region; ellipsoidal pixel areas, row by row."),
            "intersection": self.tr("Ellipsoidal area of each loss polygon's intersection with each region "
                                    "(equal-area projection on the layer's ellipsoid)."),
        }[details["area_method"]]
        items = [(self.tr("Loss data"), details["loss_source"]), (self.tr("Regions"), details["regions_source"]),
                 (self.tr("Area method"), method)]
        if details.get("encoding"):
            items.append((self.tr("Encoding"), details["encoding"]))
        if details.get("area_field"):
            items.append((self.tr("Area field"), details["area_field"]))
        if details.get("group_field"):
            items.append((self.tr("Period field"), details["group_field"]))
        if rows and rows[0]["period_start"]:
            items.append((self.tr("First day"), rows[0]["period_start"]))
            items.append((self.tr("Last day"), rows[-1]["period_end"]))
        parts.append(report.definition_list(items, fmt))
        parts.append(report.heading(self.tr("Sources")))
        sources = [f"{name}: {source}" for name, start, source in operations if source]
        parts.append(report.paragraph("; ".join([details["loss_source"], details["regions_source"]] + sources),
                                      note=True))
        return report.document(self.tr("Forest loss per region and period"), report_language(), parts)


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


def _marker_positions(rows, operations):
    positions = []
    for name, start, _source in operations:
        for index, row in enumerate(rows):
            if row["period_start"] and row["period_start"] <= start <= row["period_end"]:
                positions.append((index, name))
    return positions
