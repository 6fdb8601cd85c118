"""Pixel areas in hectares: planar in projected CRS, per-row ellipsoidal in geographic CRS."""
import math

import numpy as np
from osgeo import ogr, osr


def _authalic_q(lat_rad, e):
    sin = np.sin(lat_rad)
    if e == 0:
        return 2 * sin
    return (1 - e * e) * (sin / (1 - (e * sin) ** 2) - np.log((1 - e * sin) / (1 + e * sin)) / (2 * e))


def row_areas_ha(srs_wkt, geotransform, height):
    """Area in hectares of one pixel on each row; the method as 'planar' or 'ellipsoidal'."""
    srs = osr.SpatialReference()
    if srs_wkt:  # no CRS: planar in the raster's own units (GDAL 3.13 raises on an empty WKT)
        srs.ImportFromWkt(srs_wkt)
    gt = geotransform
    if srs.IsGeographic():
        a = srs.GetSemiMajor()
        inv_f = srs.GetInvFlattening()
        f = 1 / inv_f if inv_f else 0.0
        e = math.sqrt(2 * f - f * f)
        rows = np.arange(height + 1, dtype=np.float64)
        lats = np.radians(gt[3] + rows * gt[5])
        q = _authalic_q(lats, e)
        dlon = math.radians(abs(gt[1]))
        areas = np.abs(np.diff(q)) * dlon * a * a / 2
        return areas / 10000.0, "ellipsoidal"
    metres = srs.GetLinearUnits() or 1.0
    pixel = abs(gt[1] * gt[5] - gt[2] * gt[4]) * metres * metres
    return np.full(height, pixel / 10000.0), "planar"


def equal_area_srs(srs, lon_0=0.0, lat_0=0.0):
    """A Lambert azimuthal equal-area CRS on the layer's ellipsoid: planar areas there are ellipsoidal."""
    geographic = srs.CloneGeogCS()
    a, inv_f = geographic.GetSemiMajor(), geographic.GetInvFlattening()
    ellipsoid = f"+a={a} +rf={inv_f}" if inv_f else f"+R={a}"
    laea = osr.SpatialReference()
    laea.ImportFromProj4(f"+proj=laea +lat_0={lat_0} +lon_0={lon_0} {ellipsoid} +units=m +no_defs")
    laea.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return laea


def geometry_area_ha(geometry, srs):
    """Ellipsoidal area (ha) of an OGR geometry in srs, through an equal-area projection at its centre."""
    if geometry is None or geometry.IsEmpty():
        return 0.0
    lonlat = osr.SpatialReference()
    lonlat.CopyGeogCSFrom(srs)
    lonlat.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    centre = geometry.Centroid()
    centre.Transform(osr.CoordinateTransformation(srs, lonlat))
    projected = geometry.Clone()
    projected.Transform(osr.CoordinateTransformation(srs, equal_area_srs(srs, centre.GetX(), centre.GetY())))
    return projected.GetArea() / 10000.0


def surface_area(geometry):
    """Planar area of the surface parts of a geometry; 0 for points and lines (no GDAL warning)."""
    if geometry is None or geometry.IsEmpty():
        return 0.0
    flat = ogr.GT_Flatten(geometry.GetGeometryType())
    if flat in (ogr.wkbPolygon, ogr.wkbMultiPolygon, ogr.wkbCurvePolygon, ogr.wkbMultiSurface):
        return geometry.GetArea()
    if flat == ogr.wkbGeometryCollection:
        return sum(surface_area(geometry.GetGeometryRef(i)) for i in range(geometry.GetGeometryCount()))
    return 0.0
