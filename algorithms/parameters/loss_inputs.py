"""Read LOSS (raster or vector) and REGIONS from QGIS layers into the core's plain structures."""
import datetime

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayerType,
    QgsProcessingException,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime

from ..core.periods import parse_date_value
from ..core.regions.regions import build_regions


def plain_value(value):
    """QVariant-ish attribute value -> Python (None for NULL, date for QDate/QDateTime)."""
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return value


def read_regions(source, field, target_crs, context, feedback, warnings=None):
    """Core regions from a feature source, repaired and transformed to the loss layer's CRS.

    warnings: optional {"empty": …, "invalid": …} translated templates with {name} for other kinds of areas."""
    if source is None:
        raise QgsProcessingException(QCoreApplication.translate(
            "LossInputs", "The regions layer could not be read. Choose a polygon layer."))
    transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    items = []
    for feature in source.getFeatures():
        name = plain_value(feature[field]) if field else feature.id()
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            feedback.reportError((warnings or {}).get("empty", QCoreApplication.translate(
                "LossInputs", "Region '{name}' has no geometry: it is reported with 0 ha.")).format(name=name), False)
            items.append((name, None))
            continue
        if not geometry.isGeosValid():
            feedback.reportError((warnings or {}).get("invalid", QCoreApplication.translate(
                "LossInputs", "Region '{name}' has an invalid geometry; it was repaired.")).format(name=name), False)
            geometry = geometry.makeValid()
        if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            geometry = geometry.convertToType(QgsWkbTypes.GeometryType.PolygonGeometry, True) or QgsGeometry()
        geometry.transform(transform)
        items.append((name, bytes(geometry.asWkb()) if not geometry.isEmpty() else None))
    if not items:
        raise QgsProcessingException(QCoreApplication.translate(
            "LossInputs", "The regions layer has no features. Choose a layer with at least one polygon."))
    return build_regions(items, target_crs.toWkt())


def vector_loss_features(layer, date_field, group_field, area_field, target_crs, context, feedback, bounds=None):
    """(wkb, period key, area attribute, kind) per loss polygon, in the target CRS.

    bounds: optional (minx, maxx, miny, maxy) in the layer's CRS to read only the polygons near an area.
    """
    transform = QgsCoordinateTransform(layer.crs(), target_crs, context.transformContext())
    kind_index = layer.fields().indexOf("kind")
    skipped = 0
    features = []
    request = QgsFeatureRequest()
    if bounds is not None:
        request.setFilterRect(QgsRectangle(bounds[0], bounds[2], bounds[1], bounds[3]))
    for feature in layer.getFeatures(request):
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        if group_field:
            key = plain_value(feature[group_field])
            key = None if key is None else str(key)
        elif date_field:
            key = parse_date_value(plain_value(feature[date_field]))
        else:
            key = 0
        if key is None:
            skipped += 1
            continue
        area = plain_value(feature[area_field]) if area_field else None
        try:
            area = None if area is None else float(area)
        except (TypeError, ValueError):
            area = None
        kind = plain_value(feature[kind_index]) if kind_index >= 0 else None
        geometry.transform(transform)
        features.append((bytes(geometry.asWkb()), key, area, kind if kind in ("mining", "other") else None))
    if skipped:
        feedback.reportError(QCoreApplication.translate(
            "LossInputs", "{count} loss polygons have no readable date or group value and were left out.").format(
            count=skipped), False)
    return features


def is_raster(layer):
    return layer is not None and layer.type() == QgsMapLayerType.RasterLayer


def date_or_none(value):
    """A QDateTime/QDate/datetime parameter value as int YYYYMMDD, or None."""
    value = plain_value(value)
    if isinstance(value, datetime.datetime):
        value = value.date()
    return parse_date_value(value) if value is not None else None
