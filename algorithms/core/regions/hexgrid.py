"""Equal-area hexagon grids: flat-topped cells of one area on the layer's ellipsoid, and their neighbours.

Cells are regular hexagons in a Lambert azimuthal equal-area projection (on the layer's
ellipsoid) centred on the area of interest, so every cell has the same true area. Cell ids
are stable for one extent and size; axial coordinates (q, r) give the six neighbours.
"""
import math

import numpy as np
from osgeo import ogr, osr

from ..area import equal_area_srs
from ..errors import CoreError
from .regions import Region

SQRT3 = math.sqrt(3.0)
NEIGHBOUR_STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))
MAX_CELLS = 400_000


def circumradius_m(cell_km2):
    """Distance from centre to corner of a regular hexagon of cell_km2 square kilometres."""
    return math.sqrt(2.0 * cell_km2 * 1e6 / (3.0 * SQRT3))


def _srs(wkt):
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _lonlat_of(srs):
    lonlat = osr.SpatialReference()
    lonlat.CopyGeogCSFrom(srs)
    lonlat.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return lonlat


class HexGrid:
    """Hexagons of cell_km2 covering an envelope (minx, maxx, miny, maxy) given in the layer's CRS."""

    def __init__(self, srs_wkt, envelope, cell_km2, centre_lonlat=None):
        if not cell_km2 or cell_km2 <= 0:
            raise CoreError("bad_cell_size", value=cell_km2)
        self.srs = _srs(srs_wkt)
        self.cell_km2 = float(cell_km2)
        minx, maxx, miny, maxy = envelope
        if centre_lonlat is None:
            centre = ogr.Geometry(ogr.wkbPoint)
            centre.AddPoint_2D((minx + maxx) / 2, (miny + maxy) / 2)
            centre.Transform(osr.CoordinateTransformation(self.srs, _lonlat_of(self.srs)))
            centre_lonlat = (centre.GetX(), centre.GetY())
        self.centre_lonlat = centre_lonlat
        self.plane = equal_area_srs(self.srs, *centre_lonlat)
        self.to_plane = osr.CoordinateTransformation(self.srs, self.plane)
        self.to_layer = osr.CoordinateTransformation(self.plane, self.srs)
        xs, ys = self._envelope_in_plane(minx, maxx, miny, maxy)
        self.radius = circumradius_m(cell_km2)
        width, height = 1.5 * self.radius, SQRT3 * self.radius
        q0, q1 = int(math.floor(min(xs) / width)) - 1, int(math.ceil(max(xs) / width)) + 1
        r_low, r_high = min(ys) / height, max(ys) / height
        count = (q1 - q0 + 1) * (int(r_high - r_low) + 4)
        if count > MAX_CELLS:
            raise CoreError("too_many_cells", cells=count, limit=MAX_CELLS)
        qs, rs = [], []
        for q in range(q0, q1 + 1):
            first = int(math.floor(r_low - q / 2.0)) - 1
            last = int(math.ceil(r_high - q / 2.0)) + 1
            qs.extend([q] * (last - first + 1))
            rs.extend(range(first, last + 1))
        self.q, self.r = np.array(qs, dtype=np.int64), np.array(rs, dtype=np.int64)
        self.x = width * self.q
        self.y = height * (self.r + self.q / 2.0)
        keep = (self.x + self.radius >= min(xs)) & (self.x - self.radius <= max(xs)) & \
               (self.y + height / 2 >= min(ys)) & (self.y - height / 2 <= max(ys))
        self.select(np.flatnonzero(keep))

    def _envelope_in_plane(self, minx, maxx, miny, maxy):
        steps = np.linspace(0.0, 1.0, 17)
        points = [(minx + (maxx - minx) * s, miny) for s in steps] + [(minx + (maxx - minx) * s, maxy) for s in steps]
        points += [(minx, miny + (maxy - miny) * s) for s in steps] + [(maxx, miny + (maxy - miny) * s) for s in steps]
        projected = self.to_plane.TransformPoints(points)
        return [p[0] for p in projected], [p[1] for p in projected]

    def select(self, indices):
        """Keep only the cells at these indices (ids are renumbered 1..n in this order)."""
        indices = np.asarray(indices, dtype=np.int64)
        self.q, self.r, self.x, self.y = self.q[indices], self.r[indices], self.x[indices], self.y[indices]
        self.ids = np.arange(1, len(indices) + 1, dtype=np.int64)

    def __len__(self):
        return len(self.ids)

    def neighbours(self):
        """(n, 6) array of neighbour indices, -1 where the neighbour is outside the grid."""
        index = {(int(q), int(r)): i for i, (q, r) in enumerate(zip(self.q.tolist(), self.r.tolist()))}
        table = np.full((len(self.ids), 6), -1, dtype=np.int64)
        for i, (q, r) in enumerate(zip(self.q.tolist(), self.r.tolist())):
            for k, (dq, dr) in enumerate(NEIGHBOUR_STEPS):
                table[i, k] = index.get((q + dq, r + dr), -1)
        return table

    def plane_polygon(self, i):
        """Cell i as an ogr polygon in the equal-area plane."""
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for corner in range(7):
            angle = math.radians(60 * (corner % 6))
            ring.AddPoint_2D(float(self.x[i] + self.radius * math.cos(angle)),
                             float(self.y[i] + self.radius * math.sin(angle)))
        polygon = ogr.Geometry(ogr.wkbPolygon)
        polygon.AddGeometry(ring)
        return polygon

    def layer_polygon(self, i):
        """Cell i as an ogr polygon in the layer's CRS (corners transformed)."""
        polygon = self.plane_polygon(i)
        polygon.Transform(self.to_layer)
        polygon.AssignSpatialReference(self.srs)
        return polygon

    def lonlat(self, i):
        """(lon, lat) of the centre of cell i."""
        transform = osr.CoordinateTransformation(self.plane, _lonlat_of(self.srs))
        lon, lat, _ = transform.TransformPoint(float(self.x[i]), float(self.y[i]))
        return lon, lat

    def regions(self):
        """The cells as core regions (name = cell id) in the layer's CRS, for the zonal functions."""
        return [Region(str(int(cell_id)), self.layer_polygon(i), self.cell_km2 * 100.0)
                for i, cell_id in enumerate(self.ids.tolist())]
