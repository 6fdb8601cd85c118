"""Add, change and delete operations, saved to the layer's file at once, each step undoable."""
import datetime

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsVectorLayerUtils
from qgis.PyQt.QtCore import QDate

FIELDS = ("name", "start_date", "end_date", "agency", "kind", "description", "source")


def _value(value):
    if isinstance(value, datetime.date):
        return QDate(value.year, value.month, value.day)
    return value


class OperationEditor:
    """Edits on an operations layer, committed one by one; undo() reverts the last one and saves."""

    def __init__(self, layer):
        self.layer = layer
        # inverse steps: ("delete", fid) | ("restore", fid, attributes, geometry) | ("change", fid, values)
        self.history = []

    def _commit(self, edit):
        layer = self.layer
        if not layer.isEditable() and not layer.startEditing():
            raise RuntimeError("cannot edit " + layer.name())
        try:
            result = edit()
        except Exception:
            layer.rollBack()
            raise
        if not layer.commitChanges():
            errors = "; ".join(layer.commitErrors())
            layer.rollBack()
            raise RuntimeError(errors)
        return result

    def _attributes(self, values):
        fields = self.layer.fields()
        return {fields.indexOf(name): _value(values.get(name)) for name in FIELDS if fields.indexOf(name) >= 0}

    def add(self, values, geometry, remember=True):
        """Add an operation (geometry in the layer's CRS); returns its feature id."""
        feature = QgsVectorLayerUtils.createFeature(self.layer, QgsGeometry(geometry), self._attributes(values))

        def edit():
            self.layer.addFeature(feature)
            return feature

        self._commit(edit)
        # GeoPackage ids grow: the new feature is the one with the highest id
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setNoAttributes()
        added = max(f.id() for f in self.layer.getFeatures(request))
        if remember:
            self.history.append(("delete", added))
        return added

    def update(self, feature_id, values, remember=True):
        before = self.layer.getFeature(feature_id)
        previous = {name: before[name] for name in FIELDS if self.layer.fields().indexOf(name) >= 0}
        self._commit(lambda: self.layer.changeAttributeValues(feature_id, self._attributes(values)))
        if remember:
            self.history.append(("change", feature_id, previous))

    def delete(self, feature_id, remember=True):
        feature = self.layer.getFeature(feature_id)
        saved = ({name: feature[name] for name in FIELDS if self.layer.fields().indexOf(name) >= 0},
                 QgsGeometry(feature.geometry()))
        self._commit(lambda: self.layer.deleteFeature(feature_id))
        if remember:
            self.history.append(("restore", feature_id) + saved)

    def undo(self):
        """Revert the last edit (and save); False when there is nothing to undo."""
        if not self.history:
            return False
        step = self.history.pop()
        if step[0] == "delete":
            self.delete(step[1], remember=False)
        elif step[0] == "change":
            self.update(step[1], step[2], remember=False)
        else:
            restored = self.add(step[2], step[3], remember=False)
            # earlier steps that named the deleted feature now name the restored one
            self.history = [(kind, restored if fid == step[1] else fid) + tuple(rest) if kind != "restore"
                            else (kind, fid) + tuple(rest) for kind, fid, *rest in self.history]
        return True


