"""Loss polygons from the class raster (and optional date and confidence rasters)."""
import datetime
import os

import numpy as np
from osgeo import gdal, ogr, osr

from ..area import equal_area_srs
from ..errors import Cancelled, CoreError, never_cancelled, no_progress, releases_on_failure
from ..rasters import grid
from ..rasters.coverage import read_coverage, write_coverage

KIND = {1: "mining", 2: "other"}
LAYER_NAME = "loss_polygons"


def _key_band(class_values, date_values, confidence_values):
    """One Int32 key per pixel so each polygon has one class, date and confidence."""
    zeros = np.zeros(class_values.shape, dtype=np.int64)
    date = zeros if date_values is None else np.clip(date_values.astype(np.int64), 0, 99991231)
    # confidence 0..4 (4: seen by optical and radar, integrated alerts)
    confidence = zeros if confidence_values is None else np.clip(confidence_values.astype(np.int64), 0, 4)
    key = (date * 5 + confidence) * 10 + class_values
    loss = (class_values == 1) | (class_values == 2)
    return np.where(loss, key, 0).astype(np.int32)


def _decode(key):
    class_value = key % 10
    rest = key // 10
    return class_value, rest // 5, rest % 5


def _as_date(value):
    if value <= 0:
        return None
    try:
        return datetime.date(value // 10000, (value // 100) % 100, value % 100)
    except ValueError:
        return None


def _check_class_raster(dataset, role):
    band = dataset.GetRasterBand(1)
    if dataset.RasterCount != 1 or band.DataType != gdal.GDT_Byte:
        raise CoreError("not_a_class_raster", role=role)
    values = grid.byte_counts(band)
    if any(count for value, count in enumerate(values) if value not in (0, 1, 2, 255)):
        raise CoreError("not_a_class_raster", role=role)


@releases_on_failure
def vectorize_loss(class_path, output_path, date_path=None, confidence_path=None, min_area_ha=0.0,
                   progress=no_progress, is_cancelled=never_cancelled):
    """Write loss polygons (GeoPackage) with class, kind, loss_date, confidence, area_ha, lon, lat."""
    classes = grid.open_raster(class_path, "INPUT_CLASS")
    _check_class_raster(classes, "INPUT_CLASS")
    extra = {}
    for role, path in (("INPUT_DATE", date_path), ("INPUT_CONFIDENCE", confidence_path)):
        if path:
            dataset = grid.open_raster(path, role)
            if not grid.same_grid(dataset, classes):
                raise CoreError("grid_mismatch", role=role)
            extra[role] = dataset
    if min_area_ha < 0:
        raise CoreError("negative_area", value=min_area_ha)
    grid.check_writable(output_path)
    width, height = classes.RasterXSize, classes.RasterYSize
    srs = grid.srs_of(classes)

    with grid.gdal_cache_limit(), grid.work_folder() as work:
        key_path = os.path.join(work, "keys.tif")
        keys = grid.create_like(key_path, classes, gdal.GDT_Int32, 0, grid.WORK_OPTIONS)
        strips = list(grid.row_strips(height))
        for index, (y, rows) in enumerate(strips):
            if is_cancelled():
                raise Cancelled()
            class_values = classes.GetRasterBand(1).ReadAsArray(0, y, width, rows)
            dates = extra["INPUT_DATE"].GetRasterBand(1).ReadAsArray(0, y, width, rows) if "INPUT_DATE" in extra \
                else None
            confidence = extra["INPUT_CONFIDENCE"].GetRasterBand(1).ReadAsArray(0, y, width, rows) \
                if "INPUT_CONFIDENCE" in extra else None
            keys.GetRasterBand(1).WriteArray(_key_band(class_values, dates, confidence), 0, y)
            progress(0.3 * (index + 1) / len(strips))
        keys.FlushCache()

        memory = ogr.GetDriverByName("GPKG").CreateDataSource(os.path.join(work, "raw.gpkg"))
        raw = memory.CreateLayer("raw", srs=srs, geom_type=ogr.wkbPolygon)
        raw.CreateField(ogr.FieldDefn("key", ogr.OFTInteger))
        band = keys.GetRasterBand(1)

        def polygonize_progress(fraction, _message, _data):
            progress(0.3 + 0.4 * fraction)
            return 0 if is_cancelled() else 1

        raw.StartTransaction()
        gdal.Polygonize(band, band, raw, 0, [], callback=polygonize_progress)
        raw.CommitTransaction()
        if is_cancelled():
            raise Cancelled()
        keys = band = None

        to_area = osr.CoordinateTransformation(srs, equal_area_srs(srs))
        wgs84 = osr.SpatialReference()
        wgs84.ImportFromEPSG(4326)
        wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        to_lonlat = osr.CoordinateTransformation(srs, wgs84)
        summary = {"polygons": 0, "mining_ha": 0.0, "other_ha": 0.0}
        with grid.atomic_output(output_path) as temp_path:
            out_ds = ogr.GetDriverByName("GPKG").CreateDataSource(temp_path)
            layer = out_ds.CreateLayer(LAYER_NAME, srs=srs, geom_type=ogr.wkbMultiPolygon,
                                       options=["SPATIAL_INDEX=YES"])
            for name, kind in (("class", ogr.OFTInteger), ("kind", ogr.OFTString), ("loss_date", ogr.OFTDate),
                               ("confidence", ogr.OFTInteger), ("area_ha", ogr.OFTReal), ("lon", ogr.OFTReal),
                               ("lat", ogr.OFTReal)):
                layer.CreateField(ogr.FieldDefn(name, kind))
            definition = layer.GetLayerDefn()
            total = max(raw.GetFeatureCount(), 1)
            layer.StartTransaction()
            for index, feature in enumerate(raw):
                if index % 500 == 0:
                    if is_cancelled():
                        raise Cancelled()
                    progress(0.7 + 0.3 * index / total)
                class_value, date_value, confidence = _decode(feature.GetField("key"))
                geometry = feature.GetGeometryRef()
                projected = geometry.Clone()
                projected.Transform(to_area)
                area_ha = projected.GetArea() / 10000.0
                if area_ha < min_area_ha - 1e-12:
                    continue
                centroid = geometry.Centroid()
                centroid.Transform(to_lonlat)
                out = ogr.Feature(definition)
                out.SetGeometry(ogr.ForceToMultiPolygon(geometry))
                out.SetField("class", int(class_value))
                out.SetField("kind", KIND.get(int(class_value), ""))
                loss_date = _as_date(int(date_value))
                if loss_date is not None:
                    out.SetField("loss_date", loss_date.year, loss_date.month, loss_date.day, 0, 0, 0, 0)
                if "INPUT_CONFIDENCE" in extra:
                    out.SetField("confidence", int(confidence))
                out.SetField("area_ha", round(area_ha, 6))
                out.SetField("lon", round(centroid.GetX(), 7))
                out.SetField("lat", round(centroid.GetY(), 7))
                layer.CreateFeature(out)
                summary["polygons"] += 1
                summary["mining_ha" if class_value == 1 else "other_ha"] += area_ha
            layer.CommitTransaction()
            coverage = read_coverage(class_path) or read_coverage(date_path)
            if coverage:
                write_coverage(layer, *coverage)
            out_ds = layer = None
        memory = raw = None
    progress(1.0)
    return summary
