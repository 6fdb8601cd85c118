"""Loss per region and period from loss polygons (AMW, our polygons, any vector product).

Areas are ellipsoidal: loss polygons and regions are projected to a Lambert azimuthal
equal-area CRS on the layer's ellipsoid, centred on the data, and intersected there. With an
area attribute (for example Amazon Mining Watch's "Mined area (ha)"), each polygon's value is
shared among regions by the share of the polygon that lies inside each.
"""
import numpy as np
from osgeo import ogr, osr

from ..area import equal_area_srs, surface_area
from ..errors import Cancelled, never_cancelled, no_progress, releases_on_failure


def _equal_area_transform(srs, regions):
    lonlat = osr.SpatialReference()
    lonlat.CopyGeogCSFrom(srs)
    lonlat.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    envelope = None
    for region in regions:
        if region.geometry is not None:
            e = region.geometry.GetEnvelope()
            envelope = e if envelope is None else (min(envelope[0], e[0]), max(envelope[1], e[1]),
                                                   min(envelope[2], e[2]), max(envelope[3], e[3]))
    centre = ogr.Geometry(ogr.wkbPoint)
    if envelope is not None:
        centre.AddPoint_2D((envelope[0] + envelope[1]) / 2, (envelope[2] + envelope[3]) / 2)
        centre.Transform(osr.CoordinateTransformation(srs, lonlat))
    else:
        centre.AddPoint_2D(0, 0)
    return osr.CoordinateTransformation(srs, equal_area_srs(srs, centre.GetX(), centre.GetY()))


@releases_on_failure
def vector_loss_histogram(features, regions, srs_wkt, progress=no_progress, is_cancelled=never_cancelled):
    """features: iterable of (wkb, period key, area attribute or None, kind); -> {region: {(key, kind): ha}}."""
    srs = osr.SpatialReference()
    srs.ImportFromWkt(srs_wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = _equal_area_transform(srs, regions)
    shapes, keys, attributes, kinds, boxes = [], [], [], [], []
    for wkb, key, attribute, kind in features:
        if key is None or not wkb:
            continue
        geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
        if geometry is None or geometry.IsEmpty():
            continue
        geometry.Transform(transform)
        if not geometry.IsValid():
            geometry = geometry.MakeValid()
        shapes.append(geometry)
        keys.append(key)
        attributes.append(attribute)
        kinds.append(kind or "unknown")
        boxes.append(geometry.GetEnvelope())
    boxes = np.array(boxes, dtype=np.float64).reshape(-1, 4)
    result = {region.name: {} for region in regions}
    for number, region in enumerate(regions):
        if is_cancelled():
            raise Cancelled()
        progress(number / max(len(regions), 1))
        if region.geometry is None or not len(shapes):
            continue
        area = region.geometry.Clone()
        area.Transform(transform)
        if not area.IsValid():
            area = area.MakeValid()
        minx, maxx, miny, maxy = area.GetEnvelope()
        candidates = np.flatnonzero((boxes[:, 0] < maxx) & (boxes[:, 1] > minx) & (boxes[:, 2] < maxy)
                                    & (boxes[:, 3] > miny))
        table = result[region.name]
        for index in candidates.tolist():
            shape = shapes[index]
            if not area.Intersects(shape):
                continue
            whole = surface_area(shape)
            if area.Contains(shape):
                inside = whole
            else:
                piece = area.Intersection(shape)
                inside = surface_area(piece)
            if inside <= 0:
                continue
            attribute = attributes[index]
            hectares = attribute * inside / whole if attribute is not None and whole > 0 else inside / 10000.0
            slot = (keys[index], kinds[index])
            table[slot] = table.get(slot, 0.0) + hectares
    progress(1.0)
    return result
