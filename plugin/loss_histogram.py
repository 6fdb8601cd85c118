"""Monthly loss (hectares, mining/other) of a dated loss layer, for the timeline."""
import datetime

from osgeo import ogr
from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsMapLayerType, QgsProcessingContext, QgsProcessingFeedback

from ..algorithms.base import source_path
from ..algorithms.core.periods import DATE_RASTER, UNDATED
from ..algorithms.core.regions.regions import build_regions
from ..algorithms.core.regions.vectorzonal import vector_loss_histogram
from ..algorithms.core.regions.zonal import raster_loss_histogram
from ..algorithms.parameters.loss_inputs import vector_loss_features


def _context(project):
    context = QgsProcessingContext()
    context.setProject(project)
    context.setTransformContext(project.transformContext())
    return context


def _region_for(layer, operation_layer, operation, project):
    """The operation's area (or the loss layer's extent) as one core region in the loss layer's CRS."""
    if operation is None:
        geometry = QgsGeometry.fromRect(layer.extent())
        name = "all"
    else:
        geometry = QgsGeometry(operation.geometry)
        geometry.transform(QgsCoordinateTransform(operation_layer.crs(), layer.crs(), project))
        name = operation.name
    return build_regions([(name, bytes(geometry.asWkb()))], layer.crs().toWkt())


def inside(layer, operation_layer, operation, project):
    """(histogram, regions) of loss inside an operation's area (or everywhere), as regionsummary computes it."""
    regions = _region_for(layer, operation_layer, operation, project)
    if layer.type() == QgsMapLayerType.RasterLayer:
        histogram, _ = raster_loss_histogram(source_path(layer), DATE_RASTER, regions)
        return histogram, regions
    bounds = regions[0].geometry.GetEnvelope() if regions[0].geometry is not None else None
    features = vector_loss_features(layer, "loss_date", None, None, layer.crs(), _context(project),
                                    QgsProcessingFeedback(), bounds=bounds)
    return vector_loss_histogram(features, regions, layer.crs().toWkt()), regions


def _sql_months(layer):
    """Fast path for GeoPackages with area_ha: SUM(area_ha) per month and kind in SQLite."""
    if layer.type() != QgsMapLayerType.VectorLayer or layer.providerType() != "ogr":
        return None
    fields = layer.fields()
    if fields.indexOf("area_ha") < 0 or layer.subsetString():
        return None
    path = source_path(layer)
    if not path.lower().endswith(".gpkg"):
        return None
    parts = layer.source().split("|")
    table = next((p.split("=", 1)[1] for p in parts[1:] if p.startswith("layername=")), None)
    source = ogr.Open(path)
    if source is None:
        return None
    table = table or source.GetLayer(0).GetName()
    kind = '"kind"' if fields.indexOf("kind") >= 0 else "''"
    result = source.ExecuteSQL(f'SELECT substr("loss_date", 1, 7) AS month, {kind} AS kind, SUM("area_ha") AS ha '
                               f'FROM "{table}" WHERE "loss_date" IS NOT NULL GROUP BY 1, 2')
    if result is None:
        return None
    totals = {}
    for feature in result:
        month = feature.GetField("month")
        if not month:
            continue
        key = (int(month[:4]) * 10000 + int(month[5:7]) * 100 + 1, feature.GetField("kind") or "unknown")
        totals[key] = totals.get(key, 0.0) + (feature.GetField("ha") or 0.0)
    source.ReleaseResultSet(result)
    return {"all": totals}


def _months_from_histogram(histogram):
    months = {}
    for table in histogram.values():
        for (day, kind), hectares in table.items():
            if day == UNDATED or day % 10000 == 0:
                continue
            first = datetime.date(day // 10000, day // 100 % 100, 1)
            slot = months.setdefault(first, {"mining": 0.0, "other": 0.0, "unknown": 0.0})
            slot[kind if kind in slot else "unknown"] += hectares
    return months


def monthly(layer, operation_layer, operation, project):
    """[(first day of month, mining ha, other ha, unknown ha)] with every month from first to last."""
    if layer is None:
        return []
    histogram = _sql_months(layer) if operation is None else None
    if histogram is None:
        histogram, _ = inside(layer, operation_layer, operation, project)
    months = _months_from_histogram(histogram)
    if not months:
        return []
    first, last = min(months), max(months)
    rows = []
    day = first
    while day <= last:
        slot = months.get(day, {"mining": 0.0, "other": 0.0, "unknown": 0.0})
        rows.append((day, slot["mining"], slot["other"], slot["unknown"]))
        day = datetime.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return rows
