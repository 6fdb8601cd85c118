"""The algorithms through processing.run, as a model or script would call them."""
import datetime

import numpy as np
import pytest
from osgeo import ogr

from tests.conftest import read


def _detect(sample_paths, output, **extra):
    import processing

    parameters = {"BEFORE": sample_paths["before"], "AFTER": sample_paths["after"],
                  "MASK_BEFORE": sample_paths["scl_before"], "MASK_AFTER": sample_paths["scl_after"],
                  "SENSOR": 0, "MASK_TYPE": 0, "MIN_AREA_HA": 0.1, "OUTPUT": str(output)}
    parameters.update(extra)
    return processing.run("miningloss:detecttwodates", parameters)


def test_parameter_constants_equal_their_names(provider):
    from mining_loss_monitor.algorithms.detection.detect_two_dates import DetectTwoDates
    from mining_loss_monitor.algorithms.detection.vectorize import VectorizeLoss

    for cls in (DetectTwoDates, VectorizeLoss):
        for name, value in vars(cls).items():
            if name.isupper():
                assert name == value


def test_provider_lists_the_contract_ids(provider):
    ids = {algorithm.id() for algorithm in provider.algorithms()}
    assert {"miningloss:detecttwodates", "miningloss:vectorize"} <= ids
    detect = provider.algorithm("detecttwodates")
    names = {p.name() for p in detect.parameterDefinitions()}
    assert {"BEFORE", "AFTER", "SENSOR", "MASK_BEFORE", "MASK_AFTER", "MASK_TYPE", "MIN_AREA_HA", "OUTPUT"} <= names
    assert {"MINING_HA", "OTHER_LOSS_HA", "MASKED_FRACTION"} <= {o.name() for o in detect.outputDefinitions()}
    assert len(detect.parameterDefinition("SENSOR").options()) == 5
    assert len(detect.parameterDefinition("MASK_TYPE").options()) == 3


def test_detect_then_vectorize(provider, sample_paths, tmp_path):
    import processing

    result = _detect(sample_paths, tmp_path / "classes.tif")
    assert 150 < result["MINING_HA"] < 250 and 50 < result["OTHER_LOSS_HA"] < 110
    assert 0.2 < result["MASKED_FRACTION"] < 0.4
    classes = read(result["OUTPUT"])
    assert set(np.unique(classes)) == {0, 1, 2, 255}
    assert (tmp_path / "classes.qml").exists()

    polygons = processing.run("miningloss:vectorize", {"INPUT_CLASS": result["OUTPUT"], "MIN_AREA_HA": 0.0,
                                                       "OUTPUT": str(tmp_path / "polygons.gpkg")})
    dataset = ogr.Open(polygons["OUTPUT"])
    layer = dataset.GetLayer(0)
    fields = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    assert fields == ["class", "kind", "loss_date", "confidence", "area_ha", "lon", "lat"]
    area = {1: 0.0, 2: 0.0}
    for feature in layer:
        assert feature.GetField("kind") == {1: "mining", 2: "other"}[feature.GetField("class")]
        assert feature.GetField("loss_date") is None
        assert -70.1 < feature.GetField("lon") < -70.0 and -13.1 < feature.GetField("lat") < -12.9
        area[feature.GetField("class")] += feature.GetField("area_ha")
    # ellipsoidal polygon areas vs planar UTM pixel areas: same hectares within the UTM scale error
    assert area[1] == pytest.approx(result["MINING_HA"], rel=0.003)
    assert area[2] == pytest.approx(result["OTHER_LOSS_HA"], rel=0.003)
    assert polygons["POLYGONS"] == layer.GetFeatureCount()


def test_vectorize_with_dates_and_confidence(provider, sample_paths, tmp_path):
    """Dated polygons: one per class/date/confidence patch, loaded with temporal properties."""
    import processing
    from mining_loss_monitor.algorithms.detection.vectorize import enable_loss_date_time
    from osgeo import gdal
    from qgis.core import QgsVectorLayer

    result = _detect(sample_paths, tmp_path / "classes.tif")
    classes = read(result["OUTPUT"])
    dates = np.where(np.isin(classes, (1, 2)), 20190805, 0).astype(np.int32)
    dates[:200][dates[:200] > 0] = 20190301
    confidence = np.where(dates > 0, 3, 0).astype(np.uint8)
    source = gdal.Open(result["OUTPUT"])
    for name, array, kind in (("dates.tif", dates, gdal.GDT_Int32), ("conf.tif", confidence, gdal.GDT_Byte)):
        out = gdal.GetDriverByName("GTiff").Create(str(tmp_path / name), source.RasterXSize, source.RasterYSize, 1,
                                                   kind)
        out.SetGeoTransform(source.GetGeoTransform())
        out.SetProjection(source.GetProjection())
        out.GetRasterBand(1).WriteArray(array)
        out = None
    polygons = processing.run("miningloss:vectorize", {
        "INPUT_CLASS": result["OUTPUT"], "INPUT_DATE": str(tmp_path / "dates.tif"),
        "INPUT_CONFIDENCE": str(tmp_path / "conf.tif"), "OUTPUT": str(tmp_path / "dated.gpkg")})
    layer = QgsVectorLayer(polygons["OUTPUT"], "dated", "ogr")
    seen = {(f["loss_date"].toPyDate(), f["confidence"]) for f in layer.getFeatures()}
    assert seen == {(datetime.date(2019, 3, 1), 3), (datetime.date(2019, 8, 5), 3)}
    enable_loss_date_time(layer)
    properties = layer.temporalProperties()
    assert properties.isActive() and properties.startField() == "loss_date"


def test_output_style_loads_with_translated_legend(provider, sample_paths, tmp_path):
    from qgis.core import QgsRasterLayer

    result = _detect(sample_paths, tmp_path / "styled.tif")
    layer = QgsRasterLayer(result["OUTPUT"], "classes")
    layer.loadNamedStyle(str(tmp_path / "styled.qml"))
    labels = [c.label for c in layer.renderer().classes()]
    assert labels == ["No forest loss", "Mining loss", "Other forest loss", "Clouds, shadows or no data"]
