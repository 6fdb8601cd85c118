"""Loss per legal zone (protected area, buffer zone, corridor, concession ...) and the loss outside all.

Each zoning layer is a category; its features, grouped by the zone field, are its zones. A patch
in a buffer zone and a concession counts in both. Loss outside every zone is the loss inside the
loss layer's extent minus the loss inside the union of all zones, so rows add up exactly.
"""
from osgeo import ogr

from ..errors import CoreError
from .regions import Region
from .summary import summarise_dates, summarise_groups

OUTSIDE = "outside"
FIELDS = ("category", "zone", "period", "period_start", "period_end", "loss_ha", "mining_ha", "other_ha", "zone_ha")
_SEPARATOR = "\x1f"
_EXTENT, _UNION = "\x1fextent", "\x1funion"


def whole_layer_zone(name, regions):
    """One zone named after its layer, from all the layer's regions (no zone field)."""
    geometry = None
    for region in regions:
        if region.geometry is not None:
            geometry = region.geometry.Clone() if geometry is None else geometry.Union(region.geometry)
    return [Region(name, geometry, sum(region.area_ha for region in regions))]


def legal_regions(categories, extent_geometry):
    """Regions to measure: every (category, zone), the union of all zones and the loss extent.

    categories: [(category name, [Region])]; extent_geometry: ogr polygon in the loss CRS.
    """
    if not categories or not any(regions for _, regions in categories):
        raise CoreError("no_regions")
    measured, union = [], None
    for category, regions in categories:
        for region in regions:
            measured.append(Region(f"{category}{_SEPARATOR}{region.name}", region.geometry, region.area_ha))
            if region.geometry is not None:
                union = region.geometry.Clone() if union is None else union.Union(region.geometry)
    if union is not None:
        measured.append(Region(_UNION, union, 0.0))
    measured.append(Region(_EXTENT, extent_geometry, 0.0))
    return measured


def extent_polygon(minx, maxx, miny, maxy, srs):
    """A rectangle as an ogr polygon with the given spatial reference."""
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((minx, miny), (maxx, miny), (maxx, maxy), (minx, maxy), (minx, miny)):
        ring.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    polygon.AssignSpatialReference(srs)
    return polygon


def outside_table(histogram):
    """{(key, kind): ha} of loss in the extent and not in any zone (never below 0)."""
    extent, union = histogram.get(_EXTENT, {}), histogram.get(_UNION, {})
    table = {}
    for slot, hectares in extent.items():
        rest = hectares - union.get(slot, 0.0)
        if rest > 1e-9:
            table[slot] = rest
    return table


def legal_rows(histogram, measured, period_kind=None, start=None, end=None, split=None, grouped=False,
               coverage=None):
    """Rows (FIELDS) per period: every category and zone, then `outside`."""
    zones = [region for region in measured if region.name not in (_EXTENT, _UNION)]
    outside = Region(OUTSIDE, None, 0.0)
    tables = {region.name: histogram.get(region.name, {}) for region in zones}
    tables[OUTSIDE] = outside_table(histogram)
    regions = zones + [outside]
    rows = summarise_groups(tables, regions, split) if grouped else \
        summarise_dates(tables, regions, period_kind, start, end, split, coverage)
    result = []
    for row in rows:
        if row["region"] == OUTSIDE:
            category, zone, zone_ha = OUTSIDE, OUTSIDE, None
        else:
            category, zone = row["region"].split(_SEPARATOR, 1)
            zone_ha = row["region_ha"]
        result.append({"category": category, "zone": zone, "period": row["period"],
                       "period_start": row["period_start"], "period_end": row["period_end"],
                       "loss_ha": row["loss_ha"], "mining_ha": row["mining_ha"], "other_ha": row["other_ha"],
                       "zone_ha": zone_ha})
    return result
