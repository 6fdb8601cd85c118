"""Regions for summaries: one geometry per name (repeated names merged), with its area."""
from dataclasses import dataclass

from osgeo import ogr, osr

from .area import geometry_area_ha, surface_area
from .errors import CoreError


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
