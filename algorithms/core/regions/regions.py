"""Regions for summaries: one geometry per name (repeated names merged), with its area."""
from dataclasses import dataclass

from osgeo import ogr, osr

from ..area import geometry_area_ha, surface_area
from ..errors import CoreError


@dataclass
class Region:
    name: str
    geometry: object  # ogr.Geometry in the loss layer's CRS (None when empty)
    area_ha: float


def build_regions(items, srs_wkt):
    """Regions from (name, WKB in the loss CRS) pairs; same names are merged, order kept."""
    srs = osr.SpatialReference()
    srs.ImportFromWkt(srs_wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    merged = {}
    for name, wkb in items:
        name = "" if name is None else str(name)
        geometry = ogr.CreateGeometryFromWkb(bytes(wkb)) if wkb else None
        if geometry is not None and geometry.IsEmpty():
            geometry = None
        if name in merged and merged[name] is not None and geometry is not None:
            merged[name] = merged[name].Union(geometry)
        elif name not in merged or merged[name] is None:
            merged[name] = geometry
    if not merged:
        raise CoreError("no_regions")
    regions = []
    for name, geometry in merged.items():
        if geometry is not None:
            geometry.AssignSpatialReference(srs)
        regions.append(Region(name, geometry, geometry_area_ha(geometry, srs) if geometry is not None else 0.0))
    return regions


def non_overlapping_groups(regions):
    """Regions split into groups whose members do not overlap (shared borders are fine)."""
    groups = []
    for index, region in enumerate(regions):
        if region.geometry is None:
            continue
        envelope = region.geometry.GetEnvelope()
        for group in groups:
            if not any(_overlap(region, envelope, regions[other]) for other in group):
                group.append(index)
                break
        else:
            groups.append([index])
    return groups


def _overlap(region, envelope, other):
    e = other.geometry.GetEnvelope()
    if envelope[0] >= e[1] or envelope[1] <= e[0] or envelope[2] >= e[3] or envelope[3] <= e[2]:
        return False
    if not region.geometry.Intersects(other.geometry):
        return False
    shared = region.geometry.Intersection(other.geometry)
    smallest = min(region.geometry.GetArea(), other.geometry.GetArea())
    return surface_area(shared) > 1e-9 * max(smallest, 1e-30)


def regions_from_file(path, field, srs_wkt, layer_name=None):
    """Regions from a polygon file read with OGR, repaired and transformed to the loss raster's CRS."""
    source = ogr.Open(str(path)) if path else None
    layer = None
    if source is not None:
        layer = source.GetLayerByName(layer_name) if layer_name else source.GetLayer(0)
    if layer is None:
        raise CoreError("unreadable_regions", path=str(path))
    if field and layer.GetLayerDefn().GetFieldIndex(field) < 0:
        raise CoreError("unknown_field", field=field, path=str(path))
    target = osr.SpatialReference()
    target.ImportFromWkt(srs_wkt)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer_srs = layer.GetSpatialRef()
    transform = None
    if layer_srs is not None and not layer_srs.IsSame(target):
        layer_srs = layer_srs.Clone()
        layer_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = osr.CoordinateTransformation(layer_srs, target)
    items = []
    for feature in layer:
        name = feature.GetField(field) if field else feature.GetFID()
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            items.append((name, None))
            continue
        geometry = geometry.Clone()
        if not geometry.IsValid():
            geometry = geometry.MakeValid()
        geometry = _polygons_only(geometry)
        if geometry is not None and transform is not None:
            geometry.Transform(transform)
        items.append((name, geometry.ExportToWkb() if geometry is not None else None))
    return build_regions(items, srs_wkt)


def _polygons_only(geometry):
    """The polygon parts of a geometry (MakeValid may return a collection) as a multipolygon, or None."""
    flat = ogr.GT_Flatten(geometry.GetGeometryType())
    if flat in (ogr.wkbPolygon, ogr.wkbMultiPolygon):
        return geometry
    result = ogr.Geometry(ogr.wkbMultiPolygon)
    for index in range(geometry.GetGeometryCount()):
        part = _polygons_only(geometry.GetGeometryRef(index).Clone())
        if part is not None:
            for piece in ([part] if ogr.GT_Flatten(part.GetGeometryType()) == ogr.wkbPolygon else
                          [part.GetGeometryRef(i).Clone() for i in range(part.GetGeometryCount())]):
                result.AddGeometry(piece)
    return result if result.GetGeometryCount() else None
