"""miningloss:detecttimeseries through processing.run, then dated polygons."""
import datetime
import glob
import os
import shutil

import numpy as np
import pytest

from tests.conftest import ROOT, read

SERIES = ROOT / "resources" / "sample" / "series"


def _series():
    return sorted(glob.glob(str(SERIES / "*_stack.tif"))), sorted(glob.glob(str(SERIES / "*_SCL.tif")))


def test_time_series_then_dated_polygons(provider, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    stacks, scls = _series()
    result = processing.run("miningloss:detecttimeseries", {
        "IMAGES": stacks[::-1], "MASKS": scls, "SENSOR": 0, "MASK_TYPE": 0, "MIN_AREA_HA": 0.1, "CONFIRM_OBS": 2,
        "OUTPUT_CLASS": str(tmp_path / "class.tif"), "OUTPUT_DATE": str(tmp_path / "date.tif"),
        "OUTPUT_CONFIDENCE": str(tmp_path / "conf.tif")})
    classes, dates, confidence = read(result["OUTPUT_CLASS"]), read(result["OUTPUT_DATE"]), \
        read(result["OUTPUT_CONFIDENCE"])
    truth = read(ROOT / "tests" / "data" / "sample_series_truth_series_class.tif")
    image_dates = {int(os.path.basename(p).split("_")[2]) for p in stacks}
    assert set(np.unique(dates[dates > 0])) <= image_dates
    assert set(np.unique(confidence)) <= {0, 2, 3}
    assert np.all((dates > 0) == np.isin(classes, (1, 2)))
    detected = np.isin(classes, (1, 2)) & (confidence == 3)
    assert np.count_nonzero(detected & (truth > 0)) > 0.9 * np.count_nonzero(detected)
    assert result["CONFIRMED_HA"] > 50 and result["MINING_HA"] > result["OTHER_LOSS_HA"]
    assert result["CONFIRMED_HA"] + result["PROBABLE_HA"] == pytest.approx(
        result["MINING_HA"] + result["OTHER_LOSS_HA"])
    for name in ("class.qml", "date.qml", "conf.qml"):
        assert (tmp_path / name).exists()

    polygons = processing.run("miningloss:vectorize", {
        "INPUT_CLASS": result["OUTPUT_CLASS"], "INPUT_DATE": result["OUTPUT_DATE"],
        "INPUT_CONFIDENCE": result["OUTPUT_CONFIDENCE"], "OUTPUT": str(tmp_path / "dated.gpkg")})
    layer = QgsVectorLayer(polygons["OUTPUT"], "dated", "ogr")
    seen_dates = {f["loss_date"].toPyDate() for f in layer.getFeatures()}
    assert seen_dates and all(isinstance(d, datetime.date) for d in seen_dates)
    assert {d.year * 10000 + d.month * 100 + d.day for d in seen_dates} <= image_dates
    assert {f["confidence"] for f in layer.getFeatures()} <= {2, 3}
    area = sum(f["area_ha"] for f in layer.getFeatures())
    assert area == pytest.approx(result["MINING_HA"] + result["OTHER_LOSS_HA"], rel=0.01)


def test_dates_parameter_for_images_without_dates_in_their_names(provider, tmp_path):
    import processing

    stacks, scls = _series()
    renamed = []
    for index, path in enumerate(stacks[:4]):
        target = tmp_path / f"image_{index}.tif"
        shutil.copy(path, target)
        renamed.append(str(target))
    dates = ", ".join(datetime.datetime.strptime(os.path.basename(p).split("_")[2], "%Y%m%d").strftime("%Y-%m-%d")
                      for p in stacks[:4])
    result = processing.run("miningloss:detecttimeseries", {
        "IMAGES": renamed, "MASKS": scls[:4], "DATES": dates, "OUTPUT_CLASS": str(tmp_path / "c.tif"),
        "OUTPUT_DATE": str(tmp_path / "d.tif"), "OUTPUT_CONFIDENCE": str(tmp_path / "q.tif")})
    found = set(np.unique(read(result["OUTPUT_DATE"]))) - {0}
    assert found and found <= {int(os.path.basename(p).split("_")[2]) for p in stacks[:4]}


@pytest.mark.parametrize("case, words", [
    ("one", ["at least two images"]),
    ("nodate", ["No date found", "Dates parameter"]),
    ("same", ["same date (2019-01-01: ", "_stack.tif", "merge the tiles of one day into one stack"]),
    ("masks", ["masks were given for"]),
])
def test_bad_series_input_is_a_clear_message(provider, tmp_path, case, words):
    import processing
    from qgis.core import QgsProcessingException

    stacks, scls = _series()
    parameters = {"IMAGES": stacks[:3], "MASKS": scls[:3], "OUTPUT_CLASS": str(tmp_path / "c.tif"),
                  "OUTPUT_DATE": str(tmp_path / "d.tif"), "OUTPUT_CONFIDENCE": str(tmp_path / "q.tif")}
    if case == "one":
        parameters.update(IMAGES=stacks[:1], MASKS=scls[:1])
    elif case == "nodate":
        target = tmp_path / "image_without_date.tif"
        shutil.copy(stacks[0], target)
        parameters.update(IMAGES=[str(target)] + stacks[1:3], MASKS=[])
    elif case == "same":
        parameters.update(DATES="2019-01-01, 2019-01-01, 2019-02-01", MASKS=[])
    elif case == "masks":
        unnamed = tmp_path / "mask.tif"
        shutil.copy(scls[0], unnamed)
        parameters.update(MASKS=[str(unnamed)])
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:detecttimeseries", parameters)
    assert all(word in str(raised.value) for word in words), str(raised.value)
    assert not any((tmp_path / name).exists() for name in ("c.tif", "d.tif", "q.tif"))


def test_cancelling_the_series_leaves_no_output(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CancelHalfway(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.progressChanged.connect(lambda value: self.cancel() if value > 20 else None)

    stacks, scls = _series()
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:detecttimeseries", {
            "IMAGES": stacks, "MASKS": scls, "OUTPUT_CLASS": str(tmp_path / "c.tif"),
            "OUTPUT_DATE": str(tmp_path / "d.tif"), "OUTPUT_CONFIDENCE": str(tmp_path / "q.tif")},
            feedback=CancelHalfway())
    assert "Cancelled" in str(raised.value)
    assert os.listdir(tmp_path) == []


def test_forest_mask_parameter_limits_what_is_watched(provider, tmp_path):
    import processing
    from osgeo import gdal

    stacks, scls = _series()
    gdal.Translate(str(tmp_path / "no_forest.tif"), scls[0], scaleParams=[[0, 11, 0, 0]],
                   outputType=gdal.GDT_Byte).FlushCache()
    result = processing.run("miningloss:detecttimeseries", {
        "IMAGES": stacks, "MASKS": scls, "FOREST_MASK": str(tmp_path / "no_forest.tif"),
        "OUTPUT_CLASS": str(tmp_path / "c.tif"), "OUTPUT_DATE": str(tmp_path / "d.tif"),
        "OUTPUT_CONFIDENCE": str(tmp_path / "q.tif")})
    assert result["MINING_HA"] == 0 and result["OTHER_LOSS_HA"] == 0
    assert not read(result["OUTPUT_DATE"]).any()
