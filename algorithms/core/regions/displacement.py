"""Where loss went after an operation: equal windows around its start, zones by distance and bearing.

Distances and bearings are measured in an azimuthal equidistant projection on the layer's
ellipsoid centred on the operation's area: distance from the zone's nearest edge to the
operation's area, bearing from the operation's centroid to the zone's centroid (degrees
clockwise from north).
"""
import math

from osgeo import osr

from ..periods import UNDATED, in_window

FIELDS = ("zone", "distance_km", "bearing_deg", "before_ha", "after_ha", "change_ha", "change_pct",
          "inside_operation", "rank")
COMPASS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")


def _aeqd(srs, geometry):
    lonlat = osr.SpatialReference()
    lonlat.CopyGeogCSFrom(srs)
    lonlat.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    centre = geometry.Centroid()
    centre.Transform(osr.CoordinateTransformation(srs, lonlat))
    geographic = srs.CloneGeogCS()
    a, inv_f = geographic.GetSemiMajor(), geographic.GetInvFlattening()
    ellipsoid = f"+a={a} +rf={inv_f}" if inv_f else f"+R={a}"
    plane = osr.SpatialReference()
    plane.ImportFromProj4(f"+proj=aeqd +lat_0={centre.GetY()} +lon_0={centre.GetX()} {ellipsoid} +units=m +no_defs")
    plane.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(srs, plane), osr.CoordinateTransformation(plane, srs)


class OperationFrame:
    """The operation's area in an equidistant plane centred on it, to measure zones against."""

    def __init__(self, operation_geometry, srs_wkt):
        self.srs = osr.SpatialReference()
        self.srs.ImportFromWkt(srs_wkt)
        self.srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        self.to_plane, self.to_layer = _aeqd(self.srs, operation_geometry)
        self.area = operation_geometry.Clone()
        self.area.Transform(self.to_plane)
        if not self.area.IsValid():
            self.area = self.area.MakeValid()
        self.centre = self.area.Centroid()

    def search_envelope(self, radius_km):
        """(minx, maxx, miny, maxy) in the layer's CRS of the operation's area grown by radius_km."""
        grown = self.area.Buffer(radius_km * 1000.0, 16)
        grown.Transform(self.to_layer)
        return grown.GetEnvelope()

    def measure(self, geometry):
        """(distance km, bearing degrees, whether at least half of the zone lies in the operation's area)."""
        zone = geometry.Clone()
        zone.Transform(self.to_plane)
        if not zone.IsValid():
            zone = zone.MakeValid()
        distance = zone.Distance(self.area) / 1000.0
        centre = zone.Centroid()
        dx, dy = centre.GetX() - self.centre.GetX(), centre.GetY() - self.centre.GetY()
        bearing = math.degrees(math.atan2(dx, dy)) % 360.0 if (dx or dy) else 0.0
        inside = False
        if distance == 0 and zone.GetArea() > 0:
            shared = zone.Intersection(self.area)
            inside = shared is not None and shared.GetArea() >= 0.5 * zone.GetArea()
        return distance, bearing, inside


def compass(bearing):
    """The 8-point compass direction of a bearing in degrees."""
    return COMPASS[int(((bearing % 360.0) + 22.5) // 45.0) % 8]


def window_hectares(table, window):
    """Hectares of a histogram table whose dates fall in a window (first, last) ints."""
    return float(sum(ha for (key, _kind), ha in table.items() if key != UNDATED and in_window(key, *window)))


def zone_rows(histogram, zones, measures, before, after):
    """Rows of FIELDS per zone (zones: core regions; measures: (distance, bearing, inside)), ranked."""
    rows = []
    for zone, (distance, bearing, inside) in zip(zones, measures):
        table = histogram.get(zone.name, {})
        before_ha, after_ha = window_hectares(table, before), window_hectares(table, after)
        change = after_ha - before_ha
        rows.append({"zone": zone.name, "distance_km": round(distance, 3), "bearing_deg": round(bearing, 1),
                     "before_ha": round(before_ha, 6), "after_ha": round(after_ha, 6), "change_ha": round(change, 6),
                     "change_pct": round(100.0 * change / before_ha, 6) if before_ha > 0 else None,
                     "inside_operation": int(bool(inside)), "rank": None})
    rising = sorted((r for r in rows if not r["inside_operation"] and r["change_ha"] > 0),
                    key=lambda r: (-r["change_ha"], r["distance_km"]))
    for number, row in enumerate(rising, start=1):
        row["rank"] = number
    return rows
