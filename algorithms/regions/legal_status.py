"""miningloss:legalstatus — loss per legal zone (protected area, buffer zone, concession ...) and period."""
import datetime

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ..core.errors import Cancelled, CoreError
from ..core.regions.legal import FIELDS, OUTSIDE, legal_rows
from ..parameters.fields import DATE, DOUBLE, STRING
from ..parameters.loss_layers import open_loss_layer
from ..parameters.messages import cancelled_message, core_error_message
from ..parameters.output_folders import check_destinations
from ..reports import report
from .legal_inputs import add_loss_parameters_with_field_names, check_loss_fields, legal_areas_reader, with_help
from .summary_common import (
    SummaryAlgorithm,
    add_report_parameter,
    date_range,
    locale_formatter,
    loss_histogram,
    report_language,
    table_sink,
    write_report,
    write_rows,
)

FIELD_TYPES = {"category": STRING, "zone": STRING, "period": STRING, "period_start": DATE, "period_end": DATE}


class LegalStatus(SummaryAlgorithm):
    """Hectares of loss inside each legal zone, per period, and outside every zone."""

    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    PERIOD = "PERIOD"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"

    def name(self):
        return "legalstatus"

    def displayName(self):  # noqa: N802
        return self.tr("Forest loss by legal status")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Where does the loss stand legally? Hectares of loss per period inside each zone of one or more "
            "zoning layers: protected areas, buffer zones, the mining corridor, mining or forest concessions, "
            "native communities. Each layer is a category (its name); <b>Zone name field</b> names its zones "
            "(one field for all layers, or one per layer separated by commas; empty: the whole layer is one "
            "zone).</p>"
            "<p>Loss in a buffer zone and a concession counts in both. Loss outside every zone is its own row "
            "(category <code>outside</code>), so each period's <code>outside</code> plus the loss in the union "
            "of the zones is all the loss.</p>"
            "<p>The loss input is read exactly as in <i>Forest loss per region and period</i>: this plugin's "
            "rasters or polygons, Hansen GFC lossyear, GFW alerts, binary masks, or polygons with a date or "
            "period field and an area field (Amazon Mining Watch). Zoning layers in another CRS are "
            "reprojected.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_loss_parameters_with_field_names(self)
        self.addParameter(with_help(QgsProcessingParameterMultipleLayers(
            self.ZONES, self.tr("Legal zones (one polygon layer per category)"),
            QgsProcessing.SourceType.TypeVectorPolygon),
            self.tr("Polygon layers of legal zones: protected areas, buffer zones, the mining corridor, "
                    "concessions, native communities. Each layer is a category named after the layer.")))
        self.addParameter(with_help(QgsProcessingParameterString(
            self.ZONE_FIELD, self.tr("Zone name field"), optional=True), self.tr(
            "The field naming the zones: one name for all layers, or one per layer separated by commas. Empty: "
            "each layer is one zone.")))
        self.addParameter(QgsProcessingParameterEnum(self.PERIOD, self.tr("Period"), options=[
            self.tr("Year"), self.tr("Quarter"), self.tr("Month"), self.tr("Whole range")], defaultValue=0))
        self.addParameter(QgsProcessingParameterDateTime(
            self.START_DATE, self.tr("Start date"), QgsProcessingParameterDateTime.Type.Date, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.END_DATE, self.tr("End date"), QgsProcessingParameterDateTime.Type.Date, optional=True))
        self.addParameter(with_help(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Loss by legal status"), QgsProcessing.SourceType.TypeVector), self.tr(
            "A table with one row per category, zone and period (loss_ha, mining_ha, other_ha, zone_ha), and "
            "the loss outside every zone as category 'outside'.")))
        add_report_parameter(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        check_destinations(self, parameters, context, [self.OUTPUT, self.REPORT])
        layers = self.parameterAsLayerList(parameters, self.ZONES, context)
        if not layers:
            raise QgsProcessingException(self.tr(
                "'Legal zones' is empty. Give at least one polygon layer (protected areas, buffer zones, "
                "concessions ...)."))
        loss_layer = open_loss_layer(self, parameters, self.LOSS, context)  # a file: no .aux.xml beside it
        if loss_layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.LOSS))
        check_loss_fields(loss_layer, parameters, {
            self.DATE_FIELD: self.parameterDefinition(self.DATE_FIELD).description(),
            self.GROUP_FIELD: self.parameterDefinition(self.GROUP_FIELD).description(),
            self.AREA_FIELD: self.parameterDefinition(self.AREA_FIELD).description()})
        reader = legal_areas_reader(layers, self.parameterAsString(parameters, self.ZONE_FIELD, context),
                                    context, feedback)
        try:
            histogram, measured, details = loss_histogram(self, parameters, context, feedback, read_areas=reader)
        except Cancelled:  # was a Python traceback ending in 'Cancelled'
            raise QgsProcessingException(cancelled_message()) from None
        start, end = date_range(self, parameters, context)
        period_kind = self.parameterAsEnum(parameters, self.PERIOD, context)
        try:
            rows = legal_rows(histogram, measured, period_kind, start, end, details["split"], details["group"],
                              details.get("coverage"))
        except CoreError as error:
            message = core_error_message(error)
        else:
            message = None
        if message:
            raise QgsProcessingException(message)
        spec = [(name, FIELD_TYPES.get(name, DOUBLE)) for name in FIELDS]
        sink, destination, fields = table_sink(self, parameters, context, spec)
        write_rows(sink, fields, rows)
        sink.flushBuffer()
        del sink
        results = {self.OUTPUT: destination}
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            write_report(report_path, self.report(rows, details))
            results[self.REPORT] = report_path
        feedback.setProgress(100)
        return results

    def report(self, rows, details):
        fmt = locale_formatter()
        parts = [report.paragraph(self.tr("Hectares of forest loss per legal zone and period, made offline by "
                                          "Mining Loss Monitor on {day}. Loss in overlapping zones counts in "
                                          "each.").format(day=fmt.cell(datetime.date.today())))]
        outside = self.tr("Outside every zone")
        totals = {}
        for row in rows:
            key = outside if row["category"] == OUTSIDE else "{category}: {zone}".format(
                category=row["category"], zone=row["zone"])
            totals[key] = totals.get(key, 0.0) + (row["loss_ha"] or 0.0)
        shown = sorted((key for key in totals if totals[key]), key=lambda key: -totals[key])
        parts.append(report.heading(self.tr("Total per zone")))
        parts.append(report.horizontal_bar_chart(self.tr("Forest loss by legal status"), shown,
                                                 [totals[key] for key in shown], self.tr("hectares"), "#b2182b",
                                                 fmt))
        parts.append(report.heading(self.tr("Table")))
        headers = [self.tr("Category"), self.tr("Zone"), self.tr("Period"), self.tr("Loss (ha)"),
                   self.tr("Mining (ha)"), self.tr("Other (ha)"), self.tr("Zone (ha)")]
        with_loss = [r for r in rows if r["loss_ha"]]
        parts.append(report.table(headers, [[outside, ""] if r["category"] == OUTSIDE else [r["category"], r["zone"]]
                                            + [r["period"], r["loss_ha"], r["mining_ha"], r["other_ha"], r["zone_ha"]]
                                            for r in with_loss], fmt))
        if len(with_loss) < len(rows):
            parts.append(report.paragraph(self.tr(
                "{count} rows without loss (a zone in a period with 0 ha) are not listed; the output table has "
                "them.").format(count=len(rows) - len(with_loss)), note=True))
        parts.append(report.heading(self.tr("Sources")))
        parts.append(report.definition_list([(self.tr("Loss data"), details["loss_source"]),
                                             (self.tr("Legal zones"), details["regions_source"])], fmt))
        return report.document(self.tr("Forest loss by legal status"), report_language(), parts)
