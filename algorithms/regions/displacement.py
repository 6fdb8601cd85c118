"""miningloss:displacement — where forest loss rose around an operation after it began."""
from osgeo import ogr
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsRectangle,
    QgsWkbTypes,
)

from ..core.errors import CoreError
from ..core.periods import from_int, to_int
from ..core.regions.displacement import FIELDS, OperationFrame, window_hectares, zone_rows
from ..core.regions.hexgrid import HexGrid
from ..core.regions.loss_cube import data_range
from ..core.regions.operations import operation_windows
from ..core.regions.regions import Region
from ..parameters.fields import DOUBLE, INTEGER, STRING
from ..parameters.loss_inputs import is_raster, plain_value, read_regions
from ..reports.displacement_report import direction, displacement_report, headline
from .displacement_styles import line_style_labels, zone_style_labels
from .grid_help import add_grid_help
from .grid_inputs import add_loss_parameters, loss_layer, pixel_area_ha, zone_histogram
from .grid_messages import grid_error_message
from .grid_outputs import add_feature, polygon_sink, style_output
from .hotspots import MIN_PIXELS
from .region_summary import chosen_operation
from .summary_common import WIDGETS, SummaryAlgorithm, add_report_parameter, locale_formatter, write_report

OPERATION_AREA = "\u2063operation"  # a region name no zone layer uses
ZONE_TYPES = {"zone": STRING, "inside_operation": INTEGER, "rank": INTEGER,
              "direction": STRING}
LINE_FIELDS = [("zone", STRING), ("rank", INTEGER), ("distance_km", DOUBLE),
               ("bearing_deg", DOUBLE), ("direction", STRING), ("change_ha", DOUBLE)]


class Displacement(SummaryAlgorithm):
    """Loss per zone in equal windows before and after an operation, with distance, bearing and rank."""

    OPERATIONS = "OPERATIONS"
    OPERATION = "OPERATION"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    CELL_KM2 = "CELL_KM2"
    RADIUS_KM = "RADIUS_KM"
    WINDOW_MONTHS = "WINDOW_MONTHS"
    TOP = "TOP"
    OUTPUT_LINES = "OUTPUT_LINES"
    INSIDE_CHANGE_PCT = "INSIDE_CHANGE_PCT"
    TOP_ZONE = "TOP_ZONE"
    SUMMARY = "SUMMARY"
    WINDOWS = "WINDOWS"

    def name(self):
        return "displacement"

    def displayName(self):  # noqa: N802
        return self.tr("Where did loss go after an operation")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>For one operation of the operations layer: the forest loss in each zone within the search radius "
            "of the operation's area, in a window before its start and an equal window from its start (the window "
            "length in months, shortened equally on both sides to what the loss data covers: its first and last "
            "loss dates). Zones are the features of a zones layer (districts, communities...) or, without one, "
            "equal-area hexagons of the given size.</p>"
            "<p>For each zone: <code>distance_km</code> from the operation's area to the zone's nearest edge and "
            "<code>bearing_deg</code> from the operation's centroid to the zone's centroid (degrees clockwise "
            "from north; azimuthal equidistant projection centred on the operation), <code>before_ha</code>, "
            "<code>after_ha</code>, <code>change_ha</code>, <code>change_pct</code>, "
            "<code>inside_operation</code> (at least half of the zone lies in the operation's area) and "
            "<code>rank</code>: 1 for the zone outside the operation where loss rose most, 2 for the next... "
            "(empty where it did not rise). The loss inside the operation's own area is given in the log and the "
            "report. Lines join the operation to the top zones.</p>"
            "<p>Products dated only to the year need an operation starting on 1 January and windows of whole "
            "years. Areas are computed as in 'Forest loss per region and period'.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_loss_parameters(self)
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.OPERATIONS, self.tr("Operations"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        operation = QgsProcessingParameterString(self.OPERATION, self.tr("Operation"), optional=True)
        operation.setMetadata({"widget_wrapper": {"class": WIDGETS + ".OperationWidgetWrapper"}})
        self.addParameter(operation)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (empty: hexagons)"), [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.ZONE_FIELD, self.tr("Zone name field"), parentLayerParameterName=self.ZONES, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_KM2, self.tr("Hexagon area (km²)"), QgsProcessingParameterNumber.Type.Double, defaultValue=25.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.RADIUS_KM, self.tr("Search radius (km)"), QgsProcessingParameterNumber.Type.Double, defaultValue=50.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.WINDOW_MONTHS, self.tr("Window before and after (months)"), QgsProcessingParameterNumber.Type.Integer,
            defaultValue=12, minValue=1, maxValue=240))
        top = QgsProcessingParameterNumber(self.TOP, self.tr("Lines to the top zones"),
                                           QgsProcessingParameterNumber.Type.Integer, defaultValue=5, minValue=0,
                                           maxValue=100)
        top.setFlags(top.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(top)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Loss before and after per zone"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LINES, self.tr("Lines to the zones where loss rose most"),
            QgsProcessing.SourceType.TypeVectorLine, optional=True, createByDefault=True))
        add_report_parameter(self)
        self.addOutput(QgsProcessingOutputNumber(self.INSIDE_CHANGE_PCT, self.tr("Change inside the operation (%)")))
        self.addOutput(QgsProcessingOutputString(self.TOP_ZONE, self.tr("Zone where loss rose most")))
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, self.tr("Summary")))
        self.addOutput(QgsProcessingOutputString(self.WINDOWS, self.tr("Loss and windows counted")))
        add_grid_help(self)

    def operation(self, parameters, context, target_crs):
        """(name, start int, ogr geometry in the loss CRS, source) of the chosen operation."""
        layer = self.parameterAsVectorLayer(parameters, self.OPERATIONS, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.OPERATIONS))
        if layer.fields().indexOf("name") < 0 or layer.fields().indexOf("start_date") < 0:
            raise QgsProcessingException(self.tr(
                "The layer given as 'Operations' has no name and start_date fields. Give the operations layer "
                "made by 'Import enforcement operations (CSV)'."))
        name = (self.parameterAsString(parameters, self.OPERATION, context) or chosen_operation(layer) or "").strip()
        if not name:
            raise QgsProcessingException(self.tr(
                "Choose the operation in 'Operation' (or select it on the map in the operations layer)."))
        known = []
        for feature in layer.getFeatures():
            value = str(plain_value(feature["name"]) or "")
            known.append(value)
            if value != name:
                continue
            start = plain_value(feature["start_date"])
            geometry = QgsGeometry(feature.geometry())
            if start is None or not hasattr(start, "year") or geometry.isEmpty():
                raise QgsProcessingException(self.tr(
                    "Operation '{name}' has no start date or no area. Edit it in the operations layer.").format(
                    name=name))
            geometry.transform(QgsCoordinateTransform(layer.crs(), target_crs, context.transformContext()))
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
            source = plain_value(feature["source"]) if layer.fields().indexOf("source") >= 0 else None
            return name, to_int(start), ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())), source
        raise QgsProcessingException(self.tr(
            "Operation '{name}' is not in the operations layer. Known: {known}. Check 'Operation'.").format(
            name=name, known=", ".join(sorted(known))))

    def zones(self, parameters, context, feedback, layer, frame, radius):
        """(core regions, measures, groups, hexagons or None) of the zones within the radius."""
        source = self.parameterAsSource(parameters, self.ZONES, context)
        wkt = layer.crs().toWkt()
        if source is not None:
            envelope = frame.search_envelope(radius)
            near = QgsCoordinateTransform(layer.crs(), source.sourceCrs(), context.transformContext()) \
                .transformBoundingBox(QgsRectangle(envelope[0], envelope[2], envelope[1], envelope[3]))
            near_source = source.materialize(QgsFeatureRequest().setFilterRect(near))  # only zones near the area
            if near_source.featureCount() == 0:
                raise CoreError("no_zones_in_radius", radius=radius)
            candidates = read_regions(near_source, self.parameterAsString(parameters, self.ZONE_FIELD, context),
                                      layer.crs(), context, feedback)
            candidates = [zone for zone in candidates if zone.geometry is not None]
            grid = None
        else:
            cell_km2 = self.parameterAsDouble(parameters, self.CELL_KM2, context)
            if is_raster(layer) and cell_km2 > 0 and cell_km2 * 100.0 < MIN_PIXELS * pixel_area_ha(layer):
                pixel = pixel_area_ha(layer)
                raise CoreError("grid_finer_than_raster", cell=round(cell_km2 * 100.0, 4), pixels=MIN_PIXELS,
                                pixel=round(pixel, 4), minimum=round(MIN_PIXELS * pixel / 100.0, 4))
            grid = HexGrid(wkt, frame.search_envelope(radius), cell_km2)
            candidates = grid.regions()
        zones, measures = [], []
        for zone in candidates:
            measure = frame.measure(zone.geometry)
            if measure[0] <= radius:
                zones.append(zone)
                measures.append(measure)
        if not zones:
            raise CoreError("no_zones_in_radius", radius=radius)
        return zones, measures, grid

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = loss_layer(self, parameters, context)
        name, start, area, source = self.operation(parameters, context, layer.crs())
        radius = self.parameterAsDouble(parameters, self.RADIUS_KM, context)
        months = self.parameterAsInt(parameters, self.WINDOW_MONTHS, context)
        try:
            frame = OperationFrame(area, layer.crs().toWkt())
            zones, measures, grid = self.zones(parameters, context, feedback, layer, frame, radius)
        except CoreError as error:
            raise QgsProcessingException(grid_error_message(error, self.parameter_labels())) from None
        area.AssignSpatialReference(frame.srs)
        regions = zones + [Region(OPERATION_AREA, area, 0.0)]
        groups = [list(range(len(zones))), [len(zones)]] if grid is not None else None
        histogram, details = zone_histogram(self, parameters, context, feedback, layer, regions, groups=groups,
                                            bounds=frame.search_envelope(radius))
        if details["group"]:
            raise QgsProcessingException(self.tr(
                "Windows before and after need dated loss: give a date field, not a period field."))
        try:
            # data without image dates (COVERAGE_*): their first and last loss date stand for them
            coverage = details.get("coverage") or data_range(histogram)
            if None in coverage:
                raise CoreError("no_loss")
            before, after, used = operation_windows(histogram, start, months, coverage)
        except CoreError as error:
            raise QgsProcessingException(grid_error_message(error, self.parameter_labels())) from None
        fmt = locale_formatter()
        windows_text = self.tr("all forest loss, {used} months before ({b0} to {b1}) and after ({a0} to {a1}) the "
                               "start").format(used=used, b0=fmt.cell(from_int(before[0])),
                                               b1=fmt.cell(from_int(before[1])), a0=fmt.cell(from_int(after[0])),
                                               a1=fmt.cell(from_int(after[1])))
        if used < months:
            feedback.reportError(self.tr("The loss data does not cover {months} months on both sides of the start: "
                                         "the windows were cut to {used} months.").format(months=months, used=used),
                                 False)
        feedback.pushInfo(self.tr("Counted: {windows}.").format(windows=windows_text))
        rows = zone_rows(histogram, zones, measures, before, after)
        for row in rows:
            row["direction"] = direction(row["bearing_deg"])
        inside = (window_hectares(histogram.get(OPERATION_AREA, {}), before),
                  window_hectares(histogram.get(OPERATION_AREA, {}), after))
        outputs = self._write(parameters, context, layer, zones, rows, frame, area)
        summary = headline(name, inside, rows, fmt)
        feedback.pushInfo(summary)
        ranked = sorted((r for r in rows if r["rank"]), key=lambda r: r["rank"])
        outputs.update({self.INSIDE_CHANGE_PCT: 100.0 * (inside[1] - inside[0]) / inside[0] if inside[0] else None,
                        self.TOP_ZONE: ranked[0]["zone"] if ranked else None, self.SUMMARY: summary,
                        self.WINDOWS: windows_text})
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            write_report(report_path, displacement_report(name, start, source, before, after, inside, rows, details,
                                                          frame, zones))
            outputs[self.REPORT] = report_path
        feedback.setProgress(100)
        return outputs

    def _write(self, parameters, context, layer, zones, rows, frame, area):
        spec = [(key, ZONE_TYPES.get(key, DOUBLE)) for key in FIELDS + ("direction",)]
        sink, destination, fields = polygon_sink(self, parameters, self.OUTPUT, context, spec, layer.crs())
        for zone, row in zip(zones, rows):
            add_feature(sink, fields, bytes(zone.geometry.ExportToWkb()), row)
        sink.flushBuffer()
        del sink
        outputs = {self.OUTPUT: destination}
        style_output(context, destination, "displacement.qml", zone_style_labels())
        if parameters.get(self.OUTPUT_LINES) is None:
            return outputs
        top = self.parameterAsInt(parameters, self.TOP, context)
        lines, lines_destination, line_fields = polygon_sink(self, parameters, self.OUTPUT_LINES, context,
                                                             LINE_FIELDS, layer.crs(), QgsWkbTypes.Type.MultiLineString)
        origin = area.Centroid()
        for zone, row in zip(zones, rows):
            if row["rank"] and row["rank"] <= top:
                line = ogr.Geometry(ogr.wkbLineString)
                target = zone.geometry.Centroid()
                line.AddPoint_2D(origin.GetX(), origin.GetY())
                line.AddPoint_2D(target.GetX(), target.GetY())
                add_feature(lines, line_fields, bytes(line.ExportToWkb()), row)
        lines.flushBuffer()
        del lines
        style_output(context, lines_destination, "displacement_lines.qml", line_style_labels())
        outputs[self.OUTPUT_LINES] = lines_destination
        return outputs
