"""The timeline's state and logic, apart from any widget: operations, monthly loss, cursor, canvas sync."""
import calendar
import datetime

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDateTimeRange,
    QgsMapLayerType,
    QgsProject,
    QgsRectangle,
    QgsTemporalNavigationObject,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QObject, QTime, pyqtSignal

from ..algorithms.base import layer_name_of, source_path
from ..algorithms.core.periods import from_int, to_int
from ..algorithms.core.rasters.coverage import read_coverage
from ..algorithms.core.regions.operations import operation_windows
from ..algorithms.core.regions.summary import compare
from ..algorithms.parameters.loss_inputs import plain_value
from . import loss_histogram

OPERATION_FIELDS = ("name", "start_date", "end_date")
SETTINGS_SCOPE = "mining_loss_monitor"
COMPARE_MONTHS = 12


def is_operations_layer(layer):
    """A polygon layer with the operations fields of DESIGN.md."""
    return (layer is not None and layer.type() == QgsMapLayerType.VectorLayer
            and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
            and all(layer.fields().indexOf(name) >= 0 for name in OPERATION_FIELDS))


def is_dated_loss_layer(layer):
    """Polygons with a loss_date field, or this plugin's loss date raster (Int32 YYYYMMDD)."""
    if layer is None:
        return False
    if layer.type() == QgsMapLayerType.VectorLayer:
        return layer.fields().indexOf("loss_date") >= 0
    if layer.type() == QgsMapLayerType.RasterLayer and layer.bandCount() == 1:
        from qgis.core import Qgis

        provider = layer.dataProvider()
        if provider is None or provider.dataType(1) != Qgis.DataType.Int32:
            return False
        statistics = provider.bandStatistics(1)
        return 0 <= statistics.minimumValue and (statistics.maximumValue == 0
                                                  or 19000101 <= statistics.maximumValue <= 21001231)
    return False


class Operation:
    """One enforcement operation: name, dates, its area (layer CRS) and the other attributes."""

    def __init__(self, feature_id, name, start, end, geometry, attributes):
        self.feature_id, self.name, self.start, self.end = feature_id, name, start, end
        self.geometry, self.attributes = geometry, attributes

    def state_at(self, day):
        """'before', 'active' or 'ended' on a given date."""
        if day < self.start:
            return "before"
        if self.end is not None and day > self.end:
            return "ended"
        return "active"

    def window_end(self):
        return self.end or datetime.date.today()


def _as_date(value):
    value = plain_value(value)
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def qdatetime(day, end_of_day=False):
    return QDateTime(QDate(day.year, day.month, day.day), QTime(23, 59, 59) if end_of_day else QTime(0, 0, 0))


class TimelineModel(QObject):
    """Operations, the monthly loss histogram and the time cursor, kept in step with the canvas."""

    operationsChanged = pyqtSignal()
    histogramChanged = pyqtSignal()
    cursorChanged = pyqtSignal(object)  # datetime.date
    selectionChanged = pyqtSignal(str)
    comparisonChanged = pyqtSignal(object)  # dict or None

    def __init__(self, canvas, project=None, parent=None):
        super().__init__(parent)
        self.canvas = canvas
        self.project = project or QgsProject.instance()
        self.operations_layer = None
        self.loss_layer = None
        self.only_inside = False
        self._operations = []
        self.months = []  # [(first day of month, mining ha, other ha, unknown ha)]
        self.cursor = datetime.date.today()
        self.selected = None
        self.comparison = None
        self._syncing = False
        self._navigation = None
        self.connect_temporal_controller()

    # -- layers ---------------------------------------------------------------------------------
    def candidate_operations_layers(self):
        return [layer for layer in self.project.mapLayers().values() if is_operations_layer(layer)]

    def candidate_loss_layers(self):
        return [layer for layer in self.project.mapLayers().values() if is_dated_loss_layer(layer)]

    def set_operations_layer(self, layer, remember=True):
        if self.operations_layer is not None:
            try:
                self.operations_layer.editCommandEnded.disconnect(self.reload_operations)
                self.operations_layer.afterCommitChanges.disconnect(self.reload_operations)
                self.operations_layer.layerModified.disconnect(self.reload_operations)
            except (TypeError, RuntimeError):
                pass
        self.operations_layer = layer if is_operations_layer(layer) else None
        if self.operations_layer is not None:
            self.operations_layer.editCommandEnded.connect(self.reload_operations)
            self.operations_layer.afterCommitChanges.connect(self.reload_operations)
            self.operations_layer.layerModified.connect(self.reload_operations)
            if remember:
                self.project.writeEntry(SETTINGS_SCOPE, "operations_layer", self.operations_layer.id())
        self.reload_operations()

    def set_loss_layer(self, layer, remember=True):
        self.loss_layer = layer if is_dated_loss_layer(layer) else None
        if self.loss_layer is not None and remember:
            self.project.writeEntry(SETTINGS_SCOPE, "loss_layer", self.loss_layer.id())
        self.rebuild_histogram()

    def restore_from_project(self, force=False):
        """Pick the layers saved in the project, else the first candidates (force: even over a valid choice)."""
        for key, current, candidates, setter in (
                ("operations_layer", self.operations_layer, self.candidate_operations_layers(),
                 self.set_operations_layer),
                ("loss_layer", self.loss_layer, self.candidate_loss_layers(), self.set_loss_layer)):
            saved, found = self.project.readEntry(SETTINGS_SCOPE, key, "")
            layer = self.project.mapLayer(saved) if found and saved else None
            if current is not None and current in candidates and not (force and layer in candidates):
                continue
            # not remembered: while a project loads, its saved choice must survive the first layers to arrive
            setter(layer if layer in candidates else (candidates[0] if candidates else None), remember=False)

    def reload_operations(self, *args):
        self._operations = []
        layer = self.operations_layer
        if layer is not None:
            for feature in layer.getFeatures():
                start = _as_date(feature["start_date"])
                name = plain_value(feature["name"])
                if start is None or not name:
                    continue
                attributes = {field.name(): plain_value(feature[field.name()]) for field in layer.fields()}
                self._operations.append(Operation(feature.id(), str(name), start, _as_date(feature["end_date"]),
                                                  feature.geometry(), attributes))
            self._operations.sort(key=lambda op: op.start)
        if self.selected is not None and self.selected not in self.operations():
            self.selected = None
        self.operationsChanged.emit()
        if self.only_inside:
            self.rebuild_histogram()

    # -- scripting API --------------------------------------------------------------------------
    def operations(self):
        """Names of the operations, in date order."""
        return [op.name for op in self._operations]

    def operation(self, name):
        return next((op for op in self._operations if op.name == name), None)

    def all_operations(self):
        return list(self._operations)

    # -- histogram ------------------------------------------------------------------------------
    def set_only_inside(self, only_inside):
        self.only_inside = bool(only_inside)
        self.rebuild_histogram()

    def histogram_area(self):
        """The selected operation's area when 'only inside' is on, else None (whole layer)."""
        if self.only_inside and self.selected is not None:
            return self.operation(self.selected)
        return None

    def rebuild_histogram(self):
        area = self.histogram_area()
        self.months = loss_histogram.monthly(self.loss_layer, self.operations_layer, area, self.project)
        self.histogramChanged.emit()
        self.update_comparison()

    # -- cursor and canvas time -----------------------------------------------------------------
    def connect_temporal_controller(self):
        controller = self.canvas.temporalController() if self.canvas is not None else None
        if isinstance(controller, QgsTemporalNavigationObject):
            self._navigation = controller
            controller.updateTemporalRange.connect(self._controller_moved)

    def _controller_moved(self, temporal_range):
        if self._syncing or not temporal_range.end().isValid():
            return
        day = temporal_range.end().date().toPyDate()
        self.cursor = day
        self.cursorChanged.emit(day)

    def set_cursor(self, day, move_map=True):
        """Move the time cursor; the canvas shows loss up to that day."""
        self.cursor = day
        self.cursorChanged.emit(day)
        if move_map:
            start = self.months[0][0] if self.months else datetime.date(day.year - 1, 1, 1)
            self.set_canvas_range(min(start, day), day)

    def set_canvas_range(self, start, end):
        temporal_range = QgsDateTimeRange(qdatetime(start), qdatetime(end, end_of_day=True))
        self._syncing = True
        try:
            if self._navigation is not None:
                self._navigation.setNavigationMode(QgsTemporalNavigationObject.NavigationMode.FixedRange)
                self._navigation.setTemporalExtents(temporal_range)
            if self.canvas is not None:
                self.canvas.setTemporalRange(temporal_range)
        finally:
            self._syncing = False

    # -- selection ------------------------------------------------------------------------------
    def select_operation(self, name):
        """Zoom to the operation's area, set the map time to its window, compute before/after hectares."""
        operation = self.operation(name)
        if operation is None:
            raise KeyError(name)
        self.selected = name
        if self.canvas is not None and not operation.geometry.isEmpty():
            transform = QgsCoordinateTransform(self.operations_layer.crs(), self.canvas_crs(), self.project)
            extent = transform.transformBoundingBox(operation.geometry.boundingBox())
            extent = QgsRectangle(extent)
            extent.scale(1.2)
            self.canvas.setExtent(extent)
            self.canvas.refresh()
        end = operation.end or self.data_end() or operation.window_end()  # an ongoing one: up to the data's end
        self.set_canvas_range(operation.start, max(end, operation.start))
        self.cursor = operation.start
        self.cursorChanged.emit(operation.start)
        self.selectionChanged.emit(name)
        if self.only_inside:
            self.rebuild_histogram()
        else:
            self.update_comparison()

    def data_end(self):
        """The last day the loss layer covers (its last image), else the end of its last month with loss."""
        if self.loss_layer is not None:
            coverage = read_coverage(source_path(self.loss_layer), layer_name_of(self.loss_layer))
            if coverage:
                return from_int(coverage[1])
        if self.months:
            first = self.months[-1][0]
            return datetime.date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
        return None

    def canvas_crs(self):
        if self.canvas is not None and self.canvas.mapSettings().destinationCrs().isValid():
            return self.canvas.mapSettings().destinationCrs()
        return QgsCoordinateReferenceSystem("EPSG:4326")

    def update_comparison(self):
        """Before/after hectares of the selected operation, computed as compareperiods does."""
        operation = self.operation(self.selected) if self.selected else None
        self.comparison = None
        if operation is not None and self.loss_layer is not None:
            histogram, regions = loss_histogram.inside(self.loss_layer, self.operations_layer, operation,
                                                       self.project)
            coverage = read_coverage(source_path(self.loss_layer), layer_name_of(self.loss_layer))
            try:
                before, after, months = operation_windows(histogram, to_int(operation.start), COMPARE_MONTHS,
                                                          coverage)
                row = compare(histogram, regions, before, after)[0]
            except Exception:  # noqa: BLE001 - a product the comparison cannot split is shown as unknown
                row = None
            if row is not None:
                row.update(before=before, after=after, months=months, requested_months=COMPARE_MONTHS)
                self.comparison = row
        self.comparisonChanged.emit(self.comparison)

