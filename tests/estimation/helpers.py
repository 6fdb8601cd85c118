"""Maps and labelled samples shared by the estimation tests."""
import numpy as np
from osgeo import gdal, osr


def class_raster(path, array, epsg=32719, pixel=10.0, nodata=255, origin=(400000, 8600000)):
    """A one-band Byte class raster in UTM 19S (default) with 10 m pixels."""
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), array.shape[1], array.shape[0], 1, gdal.GDT_Byte)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.SetGeoTransform((origin[0], pixel, 0, origin[1], 0, -pixel))
    dataset.GetRasterBand(1).WriteArray(array)
    if nodata is not None:
        dataset.GetRasterBand(1).SetNoDataValue(nodata)
    dataset = None
    return str(path)


def loss_map_and_truth(seed=4, size=(600, 700)):
    """Our loss classes (0, 1 mining, 2 other, 255 no data) and a truth that extends each patch by one pixel."""
    rng = np.random.default_rng(seed)
    mapped = np.zeros(size, np.uint8)
    truth = np.zeros(size, np.uint8)
    for _ in range(30):
        y, x = rng.integers(10, size[0] - 40), rng.integers(10, size[1] - 40)
        h, w = rng.integers(6, 25, 2)
        kind = 1 if rng.random() < 0.6 else 2
        truth[y - 1:y + h + 1, x - 1:x + w + 1] = kind
        mapped[y:y + h, x:x + w] = kind
    mapped[:4, :] = 255
    return mapped, truth


def pixel_of(x, y, origin=(400000, 8600000), pixel=10.0):
    return int((origin[1] - y) // pixel), int((x - origin[0]) // pixel)


OLOFSSON_2014 = {  # Olofsson et al. (2014), Table 8: counts (rows map = stratum, columns reference) and pixels
    "counts": [[66, 0, 5, 4], [0, 55, 8, 12], [1, 0, 153, 11], [2, 1, 9, 313]],
    "pixels": [200000, 150000, 3200000, 6450000],
}


def halves_layer(path, width_px=700, height_px=600, origin=(400000, 8600000), pixel=10.0):
    """A GeoPackage of two regions, 'West' and 'East', splitting the class raster's extent in UTM 19S."""
    from osgeo import ogr

    x0, y1 = origin
    x1, y0 = x0 + width_px * pixel, y1 - height_px * pixel
    middle = x0 + width_px * pixel / 2
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32719)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("regions", srs=srs, geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for name, (a, b) in (("West", (x0, middle)), ("East", (middle, x1))):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", name)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({a} {y0},{b} {y0},{b} {y1},{a} {y1},{a} {y0}))"))
        layer.CreateFeature(feature)
    source = layer = None
    return str(path)


def label_from_truth(path, truth):
    """Label every point of a sample GeoPackage with the truth under it, as an analyst would (through QGIS)."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "sample", "ogr")
    index = layer.fields().indexOf("reference")
    layer.startEditing()
    for feature in layer.getFeatures():
        point = feature.geometry().asPoint()
        layer.changeAttributeValue(feature.id(), index, int(truth[pixel_of(point.x(), point.y())]))
    assert layer.commitChanges()
    return layer


def design_labelled_from_truth(folder, minimum, seed):
    """(map path, samplingdesign results, map, truth): a design drawn by processing.run over the simulated loss
    map, every point labelled from the truth."""
    import processing

    mapped, truth = loss_map_and_truth()
    map_path = class_raster(folder / "loss.tif", mapped)
    result = processing.run("miningloss:samplingdesign", {
        "MAP": map_path, "BUFFER_M": 20.0, "SAMPLE_SIZE": 0, "MIN_PER_STRATUM": minimum, "SEED": seed,
        "OUTPUT": str(folder / "sample.gpkg")})
    label_from_truth(result["OUTPUT"], truth)
    return map_path, result, mapped, truth


def olofsson_gpkg(path, codes=None, point=(385000.0, 8563000.0)):
    """Olofsson et al. (2014)'s Table 8 as a labelled sample GeoPackage (UTM 19S): 640 points, strata 1-4 with
    their map areas; `codes` renames the classes (e.g. to ours)."""
    from osgeo import ogr

    codes = codes or {c: c for c in (1, 2, 3, 4)}
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32719)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("sample", srs=srs, geom_type=ogr.wkbPoint)
    for name, kind in (("stratum", ogr.OFTString), ("stratum_area_ha", ogr.OFTReal), ("map_class", ogr.OFTInteger),
                       ("reference", ogr.OFTInteger)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    layer.StartTransaction()
    for i, counts in enumerate(OLOFSSON_2014["counts"]):
        for j, n in enumerate(counts):
            for _ in range(n):
                feature = ogr.Feature(layer.GetLayerDefn())
                geometry = ogr.Geometry(ogr.wkbPoint)
                geometry.AddPoint_2D(*point)
                feature.SetGeometry(geometry)
                feature.SetField("stratum", str(i + 1))
                feature.SetField("stratum_area_ha", OLOFSSON_2014["pixels"][i] * 0.09)
                feature.SetField("map_class", codes[i + 1])
                feature.SetField("reference", codes[j + 1])
                layer.CreateFeature(feature)
    layer.CommitTransaction()
    source = layer = None
    return str(path)
