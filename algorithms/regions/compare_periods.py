"""miningloss:compareperiods — loss before and after an operation, the way MAAP reports it."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..base import source_path
from ..core.errors import CoreError
from ..core.periods import WHOLE, from_int
from ..core.rasters.coverage import counted_windows
from ..core.regions.operations import operation_windows
from ..core.regions.summary import COMPARE_FIELDS, compare, months_between, summarise_dates
from ..estimation.estimate_section import estimate_parts
from ..estimation.sample_regions import add_estimate_outputs, add_sample_parameter, log_estimate, loss_estimate
from ..parameters.fields import DOUBLE
from ..parameters.loss_inputs import date_or_none, is_raster
from ..parameters.loss_layers import open_loss_layer
from ..parameters.messages import core_error_message
from ..reports.comparison_report import comparison_report
from .grid_messages import grid_error_message
from .region_summary import chosen_operation, operation_markers, region_loss_ha
from .summary_common import (
    FIELD_TYPES,
    WIDGETS,
    SummaryAlgorithm,
    add_loss_parameters,
    add_report_parameter,
    locale_formatter,
    loss_histogram,
    say_no_loss_counted,
    table_sink,
    write_report,
    write_rows,
)


class ComparePeriods(SummaryAlgorithm):
    """Before/after hectares and monthly rates per region around an enforcement operation."""

    BEFORE_START = "BEFORE_START"
    BEFORE_END = "BEFORE_END"
    AFTER_START = "AFTER_START"
    AFTER_END = "AFTER_END"
    OPERATIONS = "OPERATIONS"
    OPERATION = "OPERATION"
    WINDOW = "WINDOW"
    AFTER_MONTHS = "AFTER_MONTHS"
    LOSS_KIND = "LOSS_KIND"

    def name(self):
        return "compareperiods"

    def displayName(self):  # noqa: N802
        return self.tr("Compare loss before and after an operation")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Hectares of forest loss per region in a window before and a window after, their monthly rates "
            "and the change in percent, as in MAAP's reports (La Pampa: 900 ha in Feb-Jun 2018, 67 ha in "
            "Feb-Jun 2019, -92%).</p><p>Choose the operations layer and the operation in the list (or select "
            "the operation on the map first): the after window starts on the operation's start date and lasts "
            "the given number of months; the before window is the same calendar window one year earlier (MAAP "
            "style) or an equal length immediately before (Advanced parameters, where four dates can also be "
            "given instead of an operation). When the loss comes from this plugin's time series, windows are cut "
            "to the dates of its first and last image, and the table says which dates were counted. Areas are "
            "computed as in 'Forest loss per region and period'. Products dated only to the year need windows of "
            "whole calendar years.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_loss_parameters(self)
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.OPERATIONS, self.tr("Operations"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        operation = QgsProcessingParameterString(self.OPERATION, self.tr("Operation"), optional=True)
        operation.setMetadata({"widget_wrapper": {"class": WIDGETS + ".OperationWidgetWrapper"}})
        self.addParameter(operation)
        self.addParameter(QgsProcessingParameterNumber(
            self.AFTER_MONTHS, self.tr("After window length (months)"), QgsProcessingParameterNumber.Type.Integer,
            defaultValue=12, minValue=1, maxValue=240))
        advanced = [QgsProcessingParameterDateTime(key, label, QgsProcessingParameterDateTime.Type.Date, optional=True)
                    for key, label in ((self.BEFORE_START, self.tr("Before: first day")),
                                       (self.BEFORE_END, self.tr("Before: last day")),
                                       (self.AFTER_START, self.tr("After: first day")),
                                       (self.AFTER_END, self.tr("After: last day")))]
        advanced.append(QgsProcessingParameterEnum(self.WINDOW, self.tr("Before window"), options=[
            self.tr("Same calendar window one year earlier"), self.tr("Equal length immediately before")],
            defaultValue=0))
        advanced.append(QgsProcessingParameterEnum(self.LOSS_KIND, self.tr("Loss to compare"), options=[
            self.tr("All forest loss"), self.tr("Mining loss only"), self.tr("Other forest loss only")],
            defaultValue=0))
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Before and after per region"), QgsProcessing.SourceType.TypeVector))
        add_report_parameter(self)
        add_sample_parameter(self)
        add_estimate_outputs(self)

    def windows(self, parameters, context):
        """((before_start, before_end), (after_start, after_end), operation or None) as ints."""
        explicit = [date_or_none(self.parameterAsDateTime(parameters, key, context)) if parameters.get(key) else None
                    for key in (self.BEFORE_START, self.BEFORE_END, self.AFTER_START, self.AFTER_END)]
        if all(explicit):
            before, after = tuple(explicit[:2]), tuple(explicit[2:])
            if before[1] < before[0] or after[1] < after[0]:
                raise QgsProcessingException(self.tr("A window ends before it starts. Check the four dates."))
            if after[0] <= before[1]:
                fmt = locale_formatter()
                raise QgsProcessingException(self.tr(
                    "The window after starts on {after_start}, before the window before ends ({before_end}): the "
                    "windows are swapped or overlap. The window after must start once the window before is "
                    "over.").format(after_start=fmt.cell(from_int(after[0])), before_end=fmt.cell(from_int(before[1]))))
            return before, after, None
        layer = self.parameterAsVectorLayer(parameters, self.OPERATIONS, context)
        name = self.parameterAsString(parameters, self.OPERATION, context) or chosen_operation(layer)
        if not name:
            raise QgsProcessingException(self.tr(
                "Give an operations layer and choose the operation (or select it on the map), or give the four "
                "window dates under Advanced parameters."))
        markers = {marker[0]: marker for marker in operation_markers(layer)}
        if name not in markers:
            raise QgsProcessingException(self.tr("Operation '{name}' is not in the operations layer. Known: "
                                                 "{known}.").format(name=name, known=", ".join(sorted(markers))))
        return None, None, markers[name]

    def counted(self, parameters, context, histogram, details, before, after, operation):
        """(before, after, was_cut): the windows counted, an operation's by the shared definition."""
        if operation is None:
            return counted_windows(before, after, details.get("coverage"))
        start = operation[1]
        start = start.year * 10000 + start.month * 100 + start.day
        months = self.parameterAsInt(parameters, self.AFTER_MONTHS, context)
        kind = self.parameterAsEnum(parameters, self.WINDOW, context)
        before, after, _ = operation_windows(histogram, start, months, details.get("coverage"), kind)
        uncut = operation_windows(histogram, start, months, None, kind)
        return before, after, (before, after) != uncut[:2]

    def sample_estimate(self, parameters, context, feedback, histogram, regions, details):
        """(LossEstimate, map hectares per region over the whole map period) of SAMPLE, or (None, {})."""
        layer = open_loss_layer(self, parameters, self.LOSS, context)
        estimate = loss_estimate(self, parameters, context, feedback,
                                 source_path(layer) if is_raster(layer) else None, regions, layer.crs())
        if estimate is None:
            return None, {}
        return estimate, region_loss_ha(summarise_dates(histogram, regions, WHOLE, split=details["split"]))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        before, after, operation = self.windows(parameters, context)
        histogram, regions, details = loss_histogram(self, parameters, context, feedback)
        try:
            counted_before, counted_after, was_cut = self.counted(parameters, context, histogram, details, before,
                                                                  after, operation)
            rows = compare(histogram, regions, counted_before, counted_after,
                           self.parameterAsEnum(parameters, self.LOSS_KIND, context), details["split"])
        except CoreError as error:
            message = grid_error_message(error) if error.code in ("no_loss", "window_no_data") else \
                core_error_message(error, self.parameter_labels())
        else:
            message = None
        if message:
            raise QgsProcessingException(message)
        say_no_loss_counted(sum((row["before_ha"] or 0.0) + (row["after_ha"] or 0.0) for row in rows), histogram,
                            feedback)
        fmt = locale_formatter()
        details["cut_note"] = None
        if was_cut:
            coverage = details["coverage"]
            details["cut_note"] = self.tr(
                "The loss data cover {first} to {last} (first and last image): the windows were cut to them, so "
                "months without images are not counted as months without loss. Counted: before {bs} to {be}, "
                "after {as_} to {ae}.").format(
                first=fmt.cell(from_int(coverage[0])), last=fmt.cell(from_int(coverage[1])),
                bs=fmt.cell(from_int(counted_before[0])), be=fmt.cell(from_int(counted_before[1])),
                as_=fmt.cell(from_int(counted_after[0])), ae=fmt.cell(from_int(counted_after[1])))
            feedback.reportError(details["cut_note"], False)
            if months_between(*counted_before) != months_between(*counted_after):
                feedback.reportError(self.tr("The two windows now differ in length: compare the monthly rates "
                                             "(ha/month), not the totals."), False)
        spec = [(name, FIELD_TYPES.get(name, DOUBLE)) for name in COMPARE_FIELDS]
        sink, destination, fields = table_sink(self, parameters, context, spec)
        write_rows(sink, fields, rows)
        sink.flushBuffer()
        del sink  # the file is complete only once the sink is gone
        kind = self.parameterDefinition(self.LOSS_KIND).options()[self.parameterAsEnum(
            parameters, self.LOSS_KIND, context)]
        feedback.pushInfo(self.tr("Counted: {kind}, before {b0} to {b1}, after {a0} to {a1}.").format(
            kind=kind.lower(), b0=fmt.cell(from_int(counted_before[0])), b1=fmt.cell(from_int(counted_before[1])),
            a0=fmt.cell(from_int(counted_after[0])), a1=fmt.cell(from_int(counted_after[1]))))
        for row in rows:
            feedback.pushInfo(self.tr("{region}: {before} ha before, {after} ha after ({change} %).").format(
                region=row["region"], before=fmt.cell(row["before_ha"]), after=fmt.cell(row["after_ha"]),
                change=fmt.cell(row["change_pct"], 0)))
        results = {self.OUTPUT: destination}
        estimate, map_ha = self.sample_estimate(parameters, context, feedback, histogram, regions, details)
        if estimate is not None:
            results.update(log_estimate(self, estimate, map_ha, feedback))
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            write_report(report_path, comparison_report(rows, regions, counted_before, counted_after, operation,
                                                        details, estimate_parts(estimate, map_ha, fmt)))
            results[self.REPORT] = report_path
        feedback.setProgress(100)
        return results
