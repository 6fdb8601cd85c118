"""The controller of 'Verify sample': one point at a time, the map and the chips on it, every label saved to the
GeoPackage as it is given (nothing is lost if QGIS closes)."""
import datetime

from qgis.core import (
    NULL,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

LABEL_FIELDS = ("reference", "labelled_by", "labelled_at")
VIEW_M = 600.0   # the main map shows this many metres around the point
CHIP_M = 300.0   # each chip this many
METRES_PER_DEGREE = 111320.0


def is_sample_layer(layer):
    """A point layer with the fields the sampling design writes."""
    from qgis.core import QgsVectorLayer, QgsWkbTypes

    return (isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
            and all(layer.fields().indexOf(name) >= 0 for name in LABEL_FIELDS + ("map_class",)))


def is_empty(value):
    return value is None or value == NULL or value == ""


class SampleLabeller(QObject):
    """Walks the points of a sample layer; keys 1-9 give the reference class of the current one."""

    changed = pyqtSignal()

    def __init__(self, canvas, chips=(), project=None):
        super().__init__()
        self.canvas, self.chips = canvas, list(chips)
        self.project = project or QgsProject.instance()
        self.layer, self.ids, self.index = None, [], 0
        self.classes, self.analyst = [], ""

    # -- the sample ------------------------------------------------------------------------------
    def set_layer(self, layer):
        """Start on a sample layer: its points in order, its classes, the first unlabelled point."""
        self.layer = layer if layer is not None and is_sample_layer(layer) else None
        self.ids = sorted(f.id() for f in self.layer.getFeatures()) if self.layer else []
        self.classes = self._classes()
        self.index = 0
        self.skip(from_start=True)

    def _classes(self):
        if self.layer is None:
            return []
        index = self.layer.fields().indexOf("map_class")
        values = {int(v) for v in self.layer.uniqueValues(index) if not is_empty(v)}
        return sorted(values | {0, 1, 2} if values <= {0, 1, 2} else values)[:9]

    def current_id(self):
        return self.ids[self.index] if self.ids else None

    def current(self):
        return self.layer.getFeature(self.ids[self.index]) if self.ids else None

    def labelled(self):
        """How many points have a reference class."""
        if self.layer is None:
            return 0
        return sum(1 for f in self.layer.getFeatures() if not is_empty(f["reference"]))

    def progress(self):
        """(position 1-based, points, labelled)."""
        return (self.index + 1 if self.ids else 0), len(self.ids), self.labelled()

    # -- moving --------------------------------------------------------------------------------
    def go(self, index):
        if not self.ids:
            return
        self.index = max(0, min(index, len(self.ids) - 1))
        self.show_current()
        self.changed.emit()

    def next(self):
        self.go(self.index + 1)

    def previous(self):
        self.go(self.index - 1)

    def skip(self, from_start=False):
        """To the next point without a label (wrapping round); stays when every point is labelled."""
        if not self.ids:
            self.changed.emit()
            return
        order = range(len(self.ids)) if from_start else [
            (self.index + step) % len(self.ids) for step in range(1, len(self.ids) + 1)]
        for index in order:
            if is_empty(self.layer.getFeature(self.ids[index])["reference"]):
                self.go(index)
                return
        self.go(self.index)

    # -- labelling -----------------------------------------------------------------------------
    def label_key(self, number, comment=None):
        """Key `number` (1-9) gives the number-th class to the current point, saves it, moves on."""
        if not self.ids or not 1 <= number <= len(self.classes):
            return False
        self.set_reference(self.classes[number - 1], comment)
        self.skip()
        return True

    def set_reference(self, code, comment=None):
        """Write the reference class, who and when, straight into the file (no edit session to lose)."""
        fields = self.layer.fields()
        values = {fields.indexOf("reference"): int(code), fields.indexOf("labelled_by"): self.analyst or NULL,
                  fields.indexOf("labelled_at"): datetime.datetime.now(datetime.timezone.utc).isoformat(
                      timespec="seconds")}
        if comment is not None and fields.indexOf("comment") >= 0:
            values[fields.indexOf("comment")] = comment
        self._write(self.ids[self.index], values)

    def comment_of(self, feature_id):
        """The comment saved on a point ('' when none, or no comment field)."""
        if self.layer is None or self.layer.fields().indexOf("comment") < 0 or feature_id is None:
            return ""
        value = self.layer.getFeature(feature_id)["comment"]
        return "" if is_empty(value) else str(value)

    def set_comment(self, feature_id, comment):
        """Save a comment alone on a point (typed, then left without an answer)."""
        index = self.layer.fields().indexOf("comment") if self.layer is not None else -1
        if index >= 0 and feature_id in self.ids:
            self._write(feature_id, {index: comment or NULL})

    def _write(self, feature_id, values):
        if self.layer.isEditable():
            for index, value in values.items():
                self.layer.changeAttributeValue(feature_id, index, value)
            self.layer.commitChanges(False)
        else:
            self.layer.dataProvider().changeAttributeValues({feature_id: values})
        self.layer.triggerRepaint()

    # -- the map -------------------------------------------------------------------------------
    def show_current(self):
        """Centre the map and the chips on the current point."""
        feature = self.current()
        if feature is None or feature.geometry() is None or feature.geometry().isEmpty():
            return
        point = feature.geometry().asPoint()
        if self.canvas is not None:
            self._frame(self.canvas, point, VIEW_M)
        for chip in self.chips:
            self._frame(chip, point, CHIP_M)

    def _frame(self, canvas, point, metres):
        crs = canvas.mapSettings().destinationCrs()
        if crs.isValid() and crs != self.layer.crs():
            point = QgsCoordinateTransform(self.layer.crs(), crs, self.project).transform(QgsPointXY(point))
        half = metres / 2 / (METRES_PER_DEGREE if crs.isGeographic() else 1.0)
        canvas.setExtent(QgsRectangle(point.x() - half, point.y() - half, point.x() + half, point.y() + half))
        canvas.refresh()

    def point_in(self, canvas):
        """The current point in a canvas's CRS (for its marker)."""
        feature = self.current()
        if feature is None:
            return None
        point = QgsPointXY(feature.geometry().asPoint())
        crs = canvas.mapSettings().destinationCrs()
        if crs.isValid() and crs != self.layer.crs():
            point = QgsCoordinateTransform(self.layer.crs(), crs, self.project).transform(point)
        return point
