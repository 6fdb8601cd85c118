"""miningloss:hotspots — emerging hot spots of forest loss on an equal-area hexagon grid."""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from ..core.errors import CoreError
from ..core.regions.hexgrid import HexGrid
from ..core.regions.hotspots import emerging_hot_spots
from ..core.regions.loss_cube import date_cube, group_cube
from ..parameters.fields import DATE, DOUBLE, INTEGER, STRING
from ..parameters.loss_inputs import is_raster
from ..reports.hotspot_report import category_labels, hotspot_report
from ..reports.summary_report import report_period_labels
from .grid_help import add_grid_help
from .grid_inputs import add_loss_parameters, loss_layer, pixel_area_ha, zone_histogram
from .grid_messages import grid_error_message
from .grid_outputs import add_feature, enable_period_time, polygon_sink, style_output
from .summary_common import SummaryAlgorithm, add_report_parameter, date_range, locale_formatter, write_report

MIN_PIXELS = 10
CELL_FIELDS = [("cell_id", INTEGER), ("total_ha", DOUBLE), ("category", STRING),
               ("trend_tau", DOUBLE), ("trend_p", DOUBLE), ("first_period", STRING),
               ("last_period", STRING), ("hot_periods", INTEGER), ("last_gi_z", DOUBLE)]
TABLE_FIELDS = [("cell_id", INTEGER), ("period", STRING), ("period_start", DATE),
                ("period_end", DATE), ("loss_ha", DOUBLE), ("gi_z", DOUBLE),
                ("hot", INTEGER)]


class EmergingHotSpots(SummaryAlgorithm):
    """Hectares of loss per hexagon and period, Getis-Ord Gi*, Mann-Kendall trend and hot-spot category."""

    CELL_KM2 = "CELL_KM2"
    PERIOD = "PERIOD"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    def name(self):
        return "hotspots"

    def displayName(self):  # noqa: N802
        return self.tr("Emerging hot spots of forest loss")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Where loss is new, growing, lasting or fading. The loss (any input of 'Forest loss per region and "
            "period') is summed on a grid of equal-area hexagons of the given size for each year, quarter or month "
            "(or each value of the period field). For each period, the Getis-Ord Gi* statistic of each cell is "
            "computed on the cell and its six neighbours (binary weights, all cells of the grid as the study area); "
            "a cell is a hot spot when Gi* is positive with a two-sided p below 0.05 (no false-discovery-rate "
            "correction). A Mann-Kendall test on each cell's Gi* z-scores gives the trend (tau, p; significant "
            "below 0.05).</p>"
            "<p>Categories, as in ESRI's Emerging Hot Spot Analysis (ArcGIS Pro, 'How Emerging Hot Spot Analysis "
            "works'): <b>new</b>: hot in the last period only; <b>consecutive</b>: one uninterrupted run of at "
            "least two hot periods ending in the last one, never hot before, fewer than 90 % hot; "
            "<b>intensifying</b>: hot in at least 90 % of the periods including the last, with a significant "
            "upward trend; <b>persistent</b>: the same without a significant trend; <b>diminishing</b>: the same "
            "with a significant downward trend; <b>sporadic</b>: hot in the last period, on and off before, "
            "fewer than 90 % hot, never a cold spot; <b>oscillating</b>: hot in the last period, a cold spot in an "
            "earlier one, fewer than 90 % hot; <b>historical</b>: not hot in the last period but hot in at least "
            "90 % of them; <b>none</b>: none of these. Cold-spot patterns are not reported.</p>"
            "<p>Outputs: the cells with loss (<code>cell_id</code>, <code>total_ha</code>, <code>category</code>, "
            "<code>trend_tau</code>, <code>trend_p</code>, <code>first_period</code> and <code>last_period</code> "
            "with loss, <code>hot_periods</code>) styled by category, and one feature per cell and period "
            "(<code>loss_ha</code>, <code>gi_z</code>, <code>hot</code>) that the Temporal Controller can step "
            "through. The hexagons are at least 10 raster pixels; at least 3 periods are needed.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_loss_parameters(self)
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_KM2, self.tr("Hexagon area (km²)"), QgsProcessingParameterNumber.Type.Double, defaultValue=25.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(self.PERIOD, self.tr("Period"), options=[
            self.tr("Year"), self.tr("Quarter"), self.tr("Month")], defaultValue=0))
        self.addParameter(QgsProcessingParameterDateTime(
            self.START_DATE, self.tr("Start date"), QgsProcessingParameterDateTime.Type.Date, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.END_DATE, self.tr("End date"), QgsProcessingParameterDateTime.Type.Date, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Hot spot cells"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, self.tr("Loss and Gi* per cell and period"), QgsProcessing.SourceType.TypeVectorPolygon))
        add_report_parameter(self)
        add_grid_help(self)


    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = loss_layer(self, parameters, context)
        start, end = date_range(self, parameters, context)
        cell_km2 = self.parameterAsDouble(parameters, self.CELL_KM2, context)
        try:
            if is_raster(layer) and cell_km2 > 0:
                pixel_ha = pixel_area_ha(layer)
                if cell_km2 * 100.0 < MIN_PIXELS * pixel_ha:
                    raise CoreError("grid_finer_than_raster", cell=round(cell_km2 * 100.0, 4), pixels=MIN_PIXELS,
                                    pixel=round(pixel_ha, 4), minimum=round(MIN_PIXELS * pixel_ha / 100.0, 4))
            extent = layer.extent()
            grid = HexGrid(layer.crs().toWkt(), (extent.xMinimum(), extent.xMaximum(), extent.yMinimum(),
                                                 extent.yMaximum()), cell_km2)
        except CoreError as error:
            raise QgsProcessingException(grid_error_message(error, self.parameter_labels())) from None
        fmt = locale_formatter()
        feedback.pushInfo(self.tr("{count} hexagons of {area} km².").format(count=fmt.cell(len(grid)),
                                                                           area=fmt.cell(float(cell_km2))))
        zones = grid.regions()
        histogram, details = zone_histogram(self, parameters, context, feedback, layer, zones,
                                            groups=[list(range(len(zones)))])
        names = [zone.name for zone in zones]
        try:
            if details["group"]:
                labels, bounds, cube = group_cube(histogram, names)
            else:
                labels, bounds, cube = date_cube(histogram, names, self.parameterAsEnum(
                    parameters, self.PERIOD, context), start, end)
            if not cube.any():
                raise CoreError("no_loss")
            if len(labels) < 3:
                raise CoreError("too_few_periods", count=len(labels))
        except CoreError as error:
            raise QgsProcessingException(grid_error_message(error, self.parameter_labels())) from None
        result = emerging_hot_spots(cube, grid.neighbours())
        feedback.setProgress(90)
        keep = np.flatnonzero((cube.sum(axis=1) > 0) | result["hot"].any(axis=1))
        cells = self._cell_rows(grid, keep, labels, cube, result)
        outputs = self._write(parameters, context, layer, zones, keep, cells, labels, bounds, cube, result)
        counts = {name: sum(1 for c in cells if c["category"] == name) for name in category_labels()}
        feedback.pushInfo(", ".join(f"{category_labels()[k]}: {v}" for k, v in counts.items() if v))
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            shown = labels if details["group"] else report_period_labels(
                labels, bounds, self.parameterAsEnum(parameters, self.PERIOD, context))
            write_report(report_path, hotspot_report(grid, keep, cells, shown, cube, details, cell_km2))
            outputs[self.REPORT] = report_path
        feedback.setProgress(100)
        return outputs

    @staticmethod
    def _cell_rows(grid, keep, labels, cube, result):
        cells = []
        for i in keep.tolist():
            with_loss = np.flatnonzero(cube[i] > 0)
            cells.append({
                "cell_id": int(grid.ids[i]), "total_ha": round(float(cube[i].sum()), 6),
                "category": result["category"][i], "trend_tau": round(float(result["trend_tau"][i]), 6),
                "trend_p": round(float(result["trend_p"][i]), 6),
                "first_period": labels[with_loss[0]] if len(with_loss) else None,
                "last_period": labels[with_loss[-1]] if len(with_loss) else None,
                "hot_periods": int(result["hot"][i].sum()), "last_gi_z": round(float(result["gi_z"][i, -1]), 4)})
        return cells

    def _write(self, parameters, context, layer, zones, keep, cells, labels, bounds, cube, result):
        sink, destination, fields = polygon_sink(self, parameters, self.OUTPUT, context, CELL_FIELDS, layer.crs())
        table, table_destination, table_fields = polygon_sink(self, parameters, self.OUTPUT_TABLE, context,
                                                              TABLE_FIELDS, layer.crs())
        for i, cell in zip(keep.tolist(), cells):
            wkb = bytes(zones[i].geometry.ExportToWkb())
            add_feature(sink, fields, wkb, cell)
            for column, label in enumerate(labels):
                add_feature(table, table_fields, wkb, {
                    "cell_id": cell["cell_id"], "period": label, "period_start": bounds[column][0],
                    "period_end": bounds[column][1], "loss_ha": round(float(cube[i, column]), 6),
                    "gi_z": round(float(result["gi_z"][i, column]), 4), "hot": int(result["hot"][i, column])})
        sink.flushBuffer()
        table.flushBuffer()
        del sink, table  # the files are complete only once the sinks are gone
        style_output(context, destination, "hotspots.qml", {k.upper(): v for k, v in category_labels().items()})
        style_output(context, table_destination, "hotspots_periods.qml", {
            "HOT99": self.tr("Hot spot, 99 % confidence"), "HOT95": self.tr("Hot spot, 95 % confidence"),
            "NOT_HOT": self.tr("Not a hot spot")}, after_load=enable_period_time)
        return {self.OUTPUT: destination, self.OUTPUT_TABLE: table_destination}
