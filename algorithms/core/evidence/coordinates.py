"""A point written the three ways field staff and prosecutors use: decimal degrees, DMS and UTM."""
import math

from osgeo import osr


def decimal_degrees(lat, lon):
    """'-12.970123, -69.987654' (latitude, longitude; 6 decimals = about 0.1 m)."""
    return f"{lat:.6f}, {lon:.6f}"


def _dms(value, positive, negative):
    hemisphere = positive if value >= 0 else negative
    seconds_total = round(abs(value) * 3600, 1)
    degrees = int(seconds_total // 3600)
    minutes = int(seconds_total % 3600 // 60)
    seconds = seconds_total - degrees * 3600 - minutes * 60
    return f"{degrees}°{minutes:02d}'{seconds:04.1f}\"{hemisphere}"


def degrees_minutes_seconds(lat, lon):
    """'12°58'12.4"S 69°59'15.6"W'."""
    return f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"


def utm_zone(lat, lon):
    """UTM zone number and hemisphere letter ('N'/'S') of a point (no Norway/Svalbard exceptions)."""
    zone = int(math.floor((lon + 180.0) / 6.0)) % 60 + 1
    return zone, "N" if lat >= 0 else "S"


def utm(lat, lon):
    """(zone, hemisphere, easting, northing, EPSG code) on WGS 84."""
    zone, hemisphere = utm_zone(lat, lon)
    epsg = (32600 if hemisphere == "N" else 32700) + zone
    wgs84, target = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    target.ImportFromEPSG(epsg)
    for srs in (wgs84, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    easting, northing, _ = osr.CoordinateTransformation(wgs84, target).TransformPoint(lon, lat)
    return zone, hemisphere, easting, northing, epsg


def utm_text(lat, lon):
    """'19S 443873 E 8570113 N' (WGS 84, metres)."""
    zone, hemisphere, easting, northing, _ = utm(lat, lon)
    return f"{zone}{hemisphere} {easting:.0f} E {northing:.0f} N"
