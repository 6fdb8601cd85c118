"""Parameters and input handling shared by regionsummary and compareperiods."""
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QLocale

from ..base import MiningLossAlgorithm, layer_name_of, source_path
from ..core.errors import Cancelled, CoreError
from ..core.periods import CLASS_RASTER, UNDATED, from_int
from ..core.rasters.coverage import read_coverage
from ..core.regions.vectorzonal import vector_loss_histogram
from ..core.regions.zonal import raster_loss_histogram
from ..parameters.fields import DATE, STRING, make_field
from ..parameters.image_list import ImageParameter
from ..parameters.loss_inputs import date_or_none, is_raster, read_regions, vector_loss_features
from ..parameters.loss_layers import LossLayerParameter, open_loss_layer
from ..parameters.messages import cancelled_message, core_error_message
from ..parameters.output_folders import check_output_folders, make_output_folder
from ..reports.report_locale import interface_language, report_formatter

LOSS, ENCODING, LOSS_DATE, DATE_FIELD, GROUP_FIELD, AREA_FIELD = (
    "LOSS", "ENCODING", "LOSS_DATE", "DATE_FIELD", "GROUP_FIELD", "AREA_FIELD")
REGIONS, REGION_FIELD, OUTPUT, REPORT = "REGIONS", "REGION_FIELD", "OUTPUT", "REPORT"

# the dialog widgets for the loss field and the operation list, named without importing them here
WIDGETS = __package__.rpartition(".")[0] + ".parameters.loss_field_widget"


class SummaryAlgorithm(MiningLossAlgorithm):
    """Group and the LOSS .. REGION_FIELD, OUTPUT, REPORT keys shared by the summary algorithms."""

    LOSS = LOSS
    ENCODING = ENCODING
    LOSS_DATE = LOSS_DATE
    DATE_FIELD = DATE_FIELD
    GROUP_FIELD = GROUP_FIELD
    AREA_FIELD = AREA_FIELD
    REGIONS = REGIONS
    REGION_FIELD = REGION_FIELD
    OUTPUT = OUTPUT
    REPORT = REPORT

    def group(self):
        return QCoreApplication.translate("SummaryParameters", "Summaries")

    def groupId(self):  # noqa: N802
        return "summaries"


def encoding_names():
    return [
        QCoreApplication.translate("SummaryParameters", "Loss classes of this plugin (dated by its loss date raster)"),
        QCoreApplication.translate("SummaryParameters", "Loss dates of this plugin (YYYYMMDD)"),
        QCoreApplication.translate("SummaryParameters", "Hansen GFC lossyear (1..N = 2000+N)"),
        QCoreApplication.translate("SummaryParameters", "GFW alerts (GLAD-L, GLAD-S2, RADD, integrated)"),
        QCoreApplication.translate("SummaryParameters", "Binary mask (non-zero = loss)"),
    ]


def add_loss_parameters(algorithm):
    """LOSS .. AREA_FIELD, then REGIONS and REGION_FIELD."""
    add_loss_inputs(algorithm)
    add_region_parameters(algorithm)


def add_loss_inputs(algorithm):
    """LOSS .. AREA_FIELD (field pickers that follow LOSS, no parent parameter)."""
    algorithm.addParameter(LossLayerParameter(
        LOSS, QCoreApplication.translate("SummaryParameters", "Forest loss (raster or polygons)"),
        types=[QgsProcessing.SourceType.TypeRaster, QgsProcessing.SourceType.TypeVectorPolygon]))
    algorithm.addParameter(QgsProcessingParameterEnum(
        ENCODING, QCoreApplication.translate("SummaryParameters", "Raster encoding"), options=encoding_names(),
        defaultValue=0))
    algorithm.addParameter(ImageParameter(
        LOSS_DATE, QCoreApplication.translate("SummaryParameters", "Loss dates for the class raster"),
        optional=True))
    for key, label in ((DATE_FIELD, QCoreApplication.translate("SummaryParameters", "Date field (polygons)")),
                       (GROUP_FIELD, QCoreApplication.translate("SummaryParameters",
                                                                "Period field: its values are the periods")),
                       (AREA_FIELD, QCoreApplication.translate("SummaryParameters",
                                                               "Area field in hectares (polygons)"))):
        algorithm.addParameter(loss_field_parameter(key, label))


def add_region_parameters(algorithm):
    algorithm.addParameter(QgsProcessingParameterFeatureSource(
        REGIONS, QCoreApplication.translate("SummaryParameters", "Regions"),
        [QgsProcessing.SourceType.TypeVectorPolygon]))
    algorithm.addParameter(QgsProcessingParameterField(
        REGION_FIELD, QCoreApplication.translate("SummaryParameters", "Region name field"),
        parentLayerParameterName=REGIONS, optional=True))


def loss_field_parameter(key, label):
    """A field of the LOSS polygons. No parent parameter: QGIS 3.22 crashes when a field's parent holds a
    raster; the dialog's picker (loss_field_widget) follows LOSS itself."""
    parameter = QgsProcessingParameterField(key, label, optional=True)
    parameter.setMetadata({"widget_wrapper": {"class": WIDGETS + ".LossFieldWidgetWrapper"}})
    return parameter


def add_report_parameter(algorithm):
    algorithm.addParameter(QgsProcessingParameterFileDestination(
        REPORT, QCoreApplication.translate("SummaryParameters", "Report"),
        QCoreApplication.translate("SummaryParameters", "HTML files (*.html)"), optional=True,
        createByDefault=False))


def date_range(algorithm, parameters, context):
    """(start, end) dates of the optional START_DATE / END_DATE parameters; refuses an end before the start."""
    start, end = (date_or_none(algorithm.parameterAsDateTime(parameters, key, context)) if parameters.get(key)
                  else None for key in ("START_DATE", "END_DATE"))
    if start and end and end < start:
        raise QgsProcessingException(QCoreApplication.translate(
            "SummaryParameters", "The end date is before the start date."))
    return start, end


def loss_histogram(algorithm, parameters, context, feedback, read_areas=None):
    """(histogram, regions, details) for the LOSS and REGIONS parameters.

    read_areas: optional callable (loss layer) -> (regions, source name) replacing REGIONS (legal zones).
    """
    check_output_folders(algorithm, parameters, context)
    layer = open_loss_layer(algorithm, parameters, LOSS, context)
    if layer is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, LOSS))
    # invalid region geometries are repaired (with a warning) in read_regions, not rejected
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    if read_areas is not None:
        regions, regions_name = read_areas(layer)
    else:
        regions_source = algorithm.parameterAsSource(parameters, REGIONS, context)
        if regions_source is None:
            raise QgsProcessingException(algorithm.invalidSourceError(parameters, REGIONS))
        check_overlap(layer, regions_source, context)
        region_field = algorithm.parameterAsString(parameters, REGION_FIELD, context)
        regions = read_regions(regions_source, region_field, layer.crs(), context, feedback)
        regions_name = regions_source.sourceName()
    encoding = algorithm.parameterAsEnum(parameters, ENCODING, context)
    details = {"loss_source": source_path(layer) or layer.name(), "regions_source": regions_name,
               "encoding": None, "group": False}
    try:
        if is_raster(layer):
            date_layer = open_loss_layer(algorithm, parameters, LOSS_DATE, context)
            histogram, method = raster_loss_histogram(
                source_path(layer), encoding, regions, date_path=source_path(date_layer),
                progress=lambda f: feedback.setProgress(80 * f), is_cancelled=feedback.isCanceled)
            details.update(encoding=encoding_names()[encoding], area_method=method,
                           split=encoding == CLASS_RASTER,
                           coverage=read_coverage(source_path(layer)) or read_coverage(source_path(date_layer)))
        else:
            date_field = algorithm.parameterAsString(parameters, DATE_FIELD, context)
            group_field = algorithm.parameterAsString(parameters, GROUP_FIELD, context)
            area_field = algorithm.parameterAsString(parameters, AREA_FIELD, context)
            features = vector_loss_features(layer, date_field, group_field, area_field, layer.crs(), context,
                                            feedback)
            histogram = vector_loss_histogram(features, regions, layer.crs().toWkt(),
                                              progress=lambda f: feedback.setProgress(80 * f),
                                              is_cancelled=feedback.isCanceled)
            details.update(area_method="intersection", group=bool(group_field), area_field=area_field,
                           date_field=date_field, group_field=group_field,
                           split=layer.fields().indexOf("kind") >= 0,
                           coverage=read_coverage(source_path(layer), layer_name_of(layer)))
    except CoreError as error:
        message = core_error_message(error, algorithm.parameter_labels())
    except Cancelled:
        message = cancelled_message()
    else:
        return histogram, regions, details
    raise QgsProcessingException(message)


def check_overlap(layer, regions_source, context):
    """Stop with both extents (WGS 84) when the regions and the loss do not overlap at all."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    try:
        loss_box = QgsCoordinateTransform(layer.crs(), wgs84, context.transformContext()).transformBoundingBox(
            layer.extent())
        region_box = QgsCoordinateTransform(regions_source.sourceCrs(), wgs84,
                                            context.transformContext()).transformBoundingBox(
            regions_source.sourceExtent())
    except QgsCsException:
        return
    if loss_box.isEmpty() or region_box.isEmpty() or loss_box.intersects(region_box):
        return
    raise QgsProcessingException(QCoreApplication.translate(
        "SummaryParameters", "The regions do not overlap the forest loss: the loss covers {loss} and the regions "
                             "cover {regions} (longitude/latitude, WGS 84). Choose regions of the same area, or "
                             "check that both layers have the right coordinate reference system.").format(
        loss=_box_text(loss_box), regions=_box_text(region_box)))


def _box_text(box):
    locale = QLocale()
    return "[{w} … {e}] × [{s} … {n}]".format(
        w=locale.toString(box.xMinimum(), "f", 4), e=locale.toString(box.xMaximum(), "f", 4),
        s=locale.toString(box.yMinimum(), "f", 4), n=locale.toString(box.yMaximum(), "f", 4))


def table_sink(algorithm, parameters, context, fields_spec, key=OUTPUT):
    """A table sink (no geometry) with the given (name, field kind) fields."""
    fields = QgsFields()
    for name, kind in fields_spec:
        fields.append(make_field(name, kind))
    make_output_folder(parameters.get(key))
    sink, destination = algorithm.parameterAsSink(parameters, key, context, fields, QgsWkbTypes.Type.NoGeometry)
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, key))
    return sink, destination, fields


def write_rows(sink, fields, rows):
    for row in rows:
        feature = QgsFeature(fields)
        feature.setAttributes([_variant(row.get(fields.at(i).name())) for i in range(fields.count())])
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)


def _variant(value):
    if value is None:
        return None
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return QDate(value.year, value.month, value.day)
    return value


def locale_formatter():
    """Numbers and dates as the reports write them (report_locale: the same in QGIS and qgis_process)."""
    return report_formatter()


def report_language():
    """Two-letter language of the reports: the one QGIS shows."""
    return interface_language()


def write_report(path, text):
    """Write the HTML report; a folder that cannot be made or a file that cannot be written stops with why."""
    try:
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        raise QgsProcessingException(QCoreApplication.translate(
            "SummaryParameters", "The report could not be written to {path} ({reason}). Choose another file for "
                                 "'Report' in a folder you can write to.").format(
            path=path, reason=error.strerror or error)) from None


# the compared windows are ISO date strings: a CSV then reads 2019-02-19 everywhere
FIELD_TYPES = {"region": STRING, "period": STRING, "period_start": DATE, "period_end": DATE,
               "before_start": STRING, "before_end": STRING, "after_start": STRING, "after_end": STRING}


def say_undated_range(rows, histogram, feedback):
    """Log where the whole-range period of undated loss took its days from: the coverage, or nowhere (unknown)."""
    if not rows or any(key != UNDATED for table in histogram.values() for key, _ in table):
        return
    first, last = rows[0]["period_start"], rows[0]["period_end"]
    if first is not None and last is not None:
        feedback.pushInfo(QCoreApplication.translate(
            "SummaryAlgorithm", "The loss has no dates: the period is the days the data cover, {first} to {last} "
            "(the first and last image).").format(first=first.isoformat(), last=last.isoformat()))
        return
    feedback.reportError(QCoreApplication.translate(
        "SummaryAlgorithm", "The loss has no dates and the data do not say which days they cover: the period's "
        "dates are unknown. Give a Start date and an End date, or a loss date raster."), False)


def say_no_loss_counted(counted_ha, histogram, feedback):
    """Warn when the dates chosen count no loss although the data hold dated loss on other dates (a 0 that may
    only mean the data do not reach those dates: a Hansen tile of 2023 asked for 2030)."""
    days = sorted(int(key) for table in histogram.values() for (key, _kind), ha in table.items()
                  if not isinstance(key, str) and key != UNDATED and ha > 0)
    if counted_ha > 0 or not days:
        return
    fmt = locale_formatter()

    def text(day):
        return str(day // 10000) if day % 10000 == 0 else fmt.cell(from_int(day))

    feedback.reportError(QCoreApplication.translate(
        "SummaryAlgorithm", "No forest loss falls on the dates chosen, and the loss data hold loss from {first} to "
        "{last}: these 0 ha may only mean that the data do not reach those dates. Check the dates and the 'Raster "
        "encoding'.").format(first=text(days[0]), last=text(days[-1])), False)
