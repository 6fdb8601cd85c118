"""A stratified sampling design written as a GeoPackage of points to label (no QGIS)."""
from osgeo import ogr, osr

from ..errors import never_cancelled, no_progress
from ..rasters import grid
from .samplesize import allocate, olofsson_sample_size
from .sampling import BUFFER, NO_LOSS, StratifiedMap, stratum_name

LAYER_NAME = "sample"
FIELDS = (("stratum", ogr.OFTString), ("stratum_area_ha", ogr.OFTReal), ("map_class", ogr.OFTInteger),
          ("reference", ogr.OFTInteger), ("labelled_by", ogr.OFTString), ("labelled_at", ogr.OFTString),
          ("comment", ogr.OFTString))
EXPECTED_UA_LOSS = 0.70
EXPECTED_UA_STABLE = 0.90
TARGET_SE = 0.01


def expected_accuracies(keys, loss_accuracy=EXPECTED_UA_LOSS, stable_accuracy=EXPECTED_UA_STABLE):
    """Expected user's accuracy per stratum: loss classes and the buffer (where errors gather) get the lower."""
    return [stable_accuracy if key == NO_LOSS else loss_accuracy for key in keys]


def sampling_design(map_path, output_path, sample_size=0, minimum=50, seed=1, buffer_m=0.0, extent=None,
                    target_se=TARGET_SE, loss_accuracy=EXPECTED_UA_LOSS, stable_accuracy=EXPECTED_UA_STABLE,
                    workdir=None, progress=no_progress, is_cancelled=never_cancelled):
    """Measure the strata, size and allocate the sample, draw it and write it; returns what the log says."""
    with grid.gdal_cache_limit():
        return _design(map_path, output_path, sample_size, minimum, seed, buffer_m, extent, target_se,
                       loss_accuracy, stable_accuracy, workdir, progress, is_cancelled)


def _design(map_path, output_path, sample_size, minimum, seed, buffer_m, extent, target_se, loss_accuracy,
            stable_accuracy, workdir, progress, is_cancelled):
    stratified = StratifiedMap(map_path, buffer_m, extent, workdir)
    strata = stratified.measure(progress, is_cancelled, share=0.5)
    keys = sorted(strata.areas_ha, key=lambda k: (k == BUFFER, str(k)))
    formula = None
    if sample_size <= 0:
        formula = olofsson_sample_size([strata.areas_ha[k] for k in keys],
                                       expected_accuracies(keys, loss_accuracy, stable_accuracy), target_se)
        sample_size = formula
    sizes = allocate(sample_size, strata.areas_ha, minimum, strata.pixels)
    points = stratified.draw(sizes, strata.pixels, seed, progress, is_cancelled, start=0.5, share=0.5)
    write_points(output_path, points, strata.areas_ha, stratified.srs_wkt)
    progress(1.0)
    return {"strata": strata, "sizes": sizes, "formula_size": formula, "points": len(points),
            "keys": keys, "buffer_pixels": stratified.buffer_px}


def write_points(path, points, areas_ha, srs_wkt):
    """The sample as a GeoPackage point layer; `reference` and the labelling fields empty."""
    srs = osr.SpatialReference()
    if srs_wkt:
        srs.ImportFromWkt(srs_wkt)
    area_of = {stratum_name(key): value for key, value in areas_ha.items()}
    with grid.atomic_output(path) as temp_path:
        source = ogr.GetDriverByName("GPKG").CreateDataSource(temp_path)
        layer = source.CreateLayer(LAYER_NAME, srs=srs if srs_wkt else None, geom_type=ogr.wkbPoint)
        for name, kind in FIELDS:
            layer.CreateField(ogr.FieldDefn(name, kind))
        definition = layer.GetLayerDefn()
        layer.StartTransaction()
        for point in points:
            feature = ogr.Feature(definition)
            geometry = ogr.Geometry(ogr.wkbPoint)
            geometry.AddPoint_2D(point.x, point.y)
            feature.SetGeometry(geometry)
            feature.SetField("stratum", point.stratum)
            feature.SetField("stratum_area_ha", round(area_of[point.stratum], 6))
            feature.SetField("map_class", point.map_class)
            layer.CreateFeature(feature)
        layer.CommitTransaction()
        source = layer = None
