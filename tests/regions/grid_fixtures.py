"""Planted loss polygons, operations and zones (EPSG:32719) for the hotspots and displacement tests."""
import datetime

import numpy as np
from osgeo import ogr, osr

CENTRE = (350000.0, 8550000.0)


def _srs(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def square(x, y, half):
    return ogr.CreateGeometryFromWkt(f"POLYGON (({x - half} {y - half},{x + half} {y - half},{x + half} {y + half},"
                                     f"{x - half} {y + half},{x - half} {y - half}))")


def write_loss(path, patches):
    """patches: [(x, y, half side m, date)] -> GeoPackage layer `loss` with loss_date and kind."""
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("loss", srs=_srs(32719), geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("loss_date", ogr.OFTDate))
    layer.CreateField(ogr.FieldDefn("kind", ogr.OFTString))
    layer.StartTransaction()
    for x, y, half, day in patches:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(square(x, y, half))
        feature.SetField("loss_date", day.year, day.month, day.day, 0, 0, 0, 0)
        feature.SetField("kind", "mining")
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    source = None
    return str(path)


def cluster(rng, x, y, count, day, spread=600.0, half=100.0):
    """count 4 ha squares (half=100 m) around (x, y) on one day."""
    return [(x + rng.uniform(-spread, spread), y + rng.uniform(-spread, spread), half, day) for _ in range(count)]


FRONTS = {"new": (330000.0, 8570000.0), "intensifying": (370000.0, 8570000.0), "diminishing": (330000.0, 8530000.0),
          "consecutive": (370000.0, 8530000.0)}


def hotspot_patches(seed=11):
    """Ten years (2015-2024) of 1 ha background loss over 60 x 60 km and four planted fronts of 4 ha patches."""
    rng = np.random.default_rng(seed)
    patches = []
    for year in range(2015, 2025):
        for _ in range(150):
            patches.append((rng.uniform(320000, 380000), rng.uniform(8520000, 8580000), 50.0,
                            datetime.date(year, int(rng.integers(1, 13)), 15)))
    counts = {"new": [0] * 9 + [20], "intensifying": list(range(10, 30, 2)),
              "diminishing": list(range(30, 10, -2)), "consecutive": [0] * 7 + [12, 16, 20]}
    for name, per_year in counts.items():
        for year, count in zip(range(2015, 2025), per_year):
            patches += cluster(rng, *FRONTS[name], count, datetime.date(year, 6, 15))
    return patches


def write_operations(path, name="Operation Test", start=datetime.date(2019, 2, 19), half=5000.0):
    """The operations layer (EPSG:4326) with one square operation of side 2*half around CENTRE."""
    from algorithms.core.regions.operations import write_operations as write

    area = square(*CENTRE, half)
    area.AssignSpatialReference(_srs(32719))
    area.TransformTo(_srs(4326))
    write(str(path), [{"name": name, "start_date": start, "end_date": None, "agency": "test", "kind": "enforcement",
                       "description": "", "source": "planted", "geometry": ogr.ForceToMultiPolygon(area)}])
    return str(path)


NE_FRONT = (CENTRE[0] + 22000.0, CENTRE[1] + 22000.0)
SOUTH = (CENTRE[0], CENTRE[1] - 20000.0)


def displacement_patches(seed=12):
    """Before Feb 2019: 25 x 4 ha inside the operation; after: 2 inside, 20 at a front ~31 km NE; 5 and 5 south."""
    rng = np.random.default_rng(seed)
    before, after = datetime.date(2018, 7, 1), datetime.date(2019, 8, 1)
    patches = cluster(rng, *CENTRE, 25, before, spread=3000) + cluster(rng, *CENTRE, 2, after, spread=3000)
    patches += cluster(rng, *NE_FRONT, 20, after, spread=1500)
    patches += cluster(rng, *SOUTH, 5, before, spread=1500) + cluster(rng, *SOUTH, 4, after, spread=1500)
    # coverage: the data starts 2018-02-01 and ends 2020-02-18 (its last patch counts after)
    patches += [(SOUTH[0], SOUTH[1] + 2500, 100.0, datetime.date(2018, 2, 1)),
                (SOUTH[0], SOUTH[1] - 2500, 100.0, datetime.date(2020, 2, 18))]
    return patches


def write_zones(path):
    """Square zones of 16 x 16 km: NE front, south, an empty west one, and one 120 km away."""
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("zones", srs=_srs(32719), geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for name, (x, y) in {"NE front": NE_FRONT, "South": SOUTH, "West": (CENTRE[0] - 25000, CENTRE[1]),
                         "Far": (CENTRE[0] + 120000, CENTRE[1])}.items():
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(square(x, y, 8000))
        feature.SetField("name", name)
        layer.CreateFeature(feature)
    source = None
    return str(path)


def features(path):
    """The output layer at path and its features."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return layer, list(layer.getFeatures())


def cell_at(layer, x, y):
    """The feature of layer holding the EPSG:32719 point (x, y)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsPointXY, QgsProject

    point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
    point.transform(
        QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32719"), layer.crs(), QgsProject.instance())
    )
    return next(f for f in layer.getFeatures() if f.geometry().contains(point))
