"""detectradar and integratealerts through processing.run and qgis_process; their outputs feed the summaries
and the polygons like any loss raster."""
import csv
import datetime
import glob
import os
import shutil

import numpy as np
import pytest
from osgeo import gdal

from scripts.qgis_cli import help_text, run, throwaway_profile
from tests.conftest import ROOT, read

SAMPLE = ROOT / "resources" / "sample"
RADAR = SAMPLE / "radar"
SERIES = SAMPLE / "series"


def _day(value):
    value = int(value)
    return datetime.date(value // 10000, value // 100 % 100, value % 100).toordinal()


def _outputs(tmp_path, prefix, keys=("OUTPUT_CLASS", "OUTPUT_DATE", "OUTPUT_CONFIDENCE")):
    return {key: str(tmp_path / f"{prefix}_{key.split('_', 1)[1].lower()}.tif") for key in keys}


@pytest.fixture(scope="module")
def detections(tmp_path_factory, plugin_instance):
    import processing

    folder = tmp_path_factory.mktemp("radar_alg")
    radar = processing.run("miningloss:detectradar", dict(IMAGES=[str(RADAR)], MIN_AREA_HA=0.1,
                                                          **_outputs(folder, "radar")))
    stacks = sorted(glob.glob(str(SERIES / "*_stack.tif")))
    masks = sorted(glob.glob(str(SERIES / "*_SCL.tif")))
    optical = processing.run("miningloss:detecttimeseries", dict(
        IMAGES=stacks, MASKS=masks, SENSOR=0, MASK_TYPE=0, MIN_AREA_HA=0.1, CONFIRM_OBS=2,
        **_outputs(folder, "optical")))
    integrated = processing.run("miningloss:integratealerts", dict(
        OPTICAL_CLASS=optical["OUTPUT_CLASS"], OPTICAL_DATE=optical["OUTPUT_DATE"],
        OPTICAL_CONFIDENCE=optical["OUTPUT_CONFIDENCE"], RADAR_CLASS=radar["OUTPUT_CLASS"],
        RADAR_DATE=radar["OUTPUT_DATE"], RADAR_CONFIDENCE=radar["OUTPUT_CONFIDENCE"],
        **_outputs(folder, "integrated", ("OUTPUT_CLASS", "OUTPUT_DATE", "OUTPUT_CONFIDENCE", "OUTPUT_SOURCE"))))
    return folder, radar, optical, integrated


def test_radar_sample_detected_and_dated(detections):
    _, radar, _, _ = detections
    truth = read(ROOT / "tests" / "data" / "sample_truth_radar_class.tif")
    truth_date = read(ROOT / "tests" / "data" / "sample_truth_radar_event_date.tif")
    classes, dates = read(radar["OUTPUT_CLASS"]), read(radar["OUTPUT_DATE"])
    last = int(os.path.basename(sorted(os.listdir(RADAR))[-1]).split("_")[2][:8])
    lost = (truth > 0) & (truth_date <= last)
    found = (classes == 1) | (classes == 2)
    tp, fp, fn = (np.count_nonzero(a) for a in (found & lost, found & ~lost, ~found & lost))
    assert 2 * tp / (2 * tp + fp + fn) >= 0.95
    lag = np.array([_day(a) - _day(b) for a, b in zip(dates[found & lost], truth_date[found & lost])])
    assert np.mean((lag >= 0) & (lag <= 48)) >= 0.9  # two acquisitions of the sample's 24-day revisit
    assert radar["MINING_HA"] > radar["OTHER_LOSS_HA"] > 0
    assert gdal.Open(radar["OUTPUT_DATE"]).GetMetadataItem("COVERAGE_START") == "2017-12-12"
    for key in ("OUTPUT_CLASS", "OUTPUT_DATE", "OUTPUT_CONFIDENCE"):
        assert os.path.exists(os.path.splitext(radar[key])[0] + ".qml")


def test_integrated_alerts_earlier_through_the_rainy_season(detections):
    _, radar, optical, integrated = detections
    o_class, o_date = read(optical["OUTPUT_CLASS"]), read(optical["OUTPUT_DATE"])
    i_class, i_date, i_conf, i_source = (read(integrated[k]) for k in (
        "OUTPUT_CLASS", "OUTPUT_DATE", "OUTPUT_CONFIDENCE", "OUTPUT_SOURCE"))
    assert gdal.Open(integrated["OUTPUT_CLASS"]).GetGeoTransform()[1] == 20.0
    # optical loss first seen after the rainy season (2019-01-25 or 2019-04-10) was dated before it by radar
    rainy = np.isin(o_date, (20190125, 20190410)) & (i_source == 3)
    assert rainy.sum() > 100
    assert np.median(o_date[rainy] - 0) > np.median(i_date[rainy])
    assert np.mean(i_date[rainy] < o_date[rainy]) >= 0.8
    assert set(np.unique(i_conf)) <= {0, 2, 3, 4} and np.all((i_conf == 4) == (i_source == 3))
    assert np.all(i_class[np.isin(o_class, (1, 2))] == o_class[np.isin(o_class, (1, 2))])
    assert integrated["EARLIER_BY_RADAR_HA"] > 0 and integrated["BOTH_HA"] > 0
    assert os.path.exists(os.path.splitext(integrated["OUTPUT_SOURCE"])[0] + ".qml")


def test_integrated_output_summarised_and_vectorized(detections):
    import processing
    from qgis.core import QgsVectorLayer

    folder, _, _, integrated = detections
    classes = read(integrated["OUTPUT_CLASS"])
    loss_ha = np.count_nonzero(np.isin(classes, (1, 2))) * 0.04
    summary = processing.run("miningloss:regionsummary", {
        "LOSS": integrated["OUTPUT_CLASS"], "ENCODING": 0, "LOSS_DATE": integrated["OUTPUT_DATE"],
        "REGIONS": str(SAMPLE / "districts.gpkg"), "REGION_FIELD": "NOMBDIST", "PERIOD": 0,
        "OUTPUT": str(folder / "summary.csv")})
    with open(summary["OUTPUT"], encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["period"] for row in rows} >= {"2018", "2019"}
    assert sum(float(row["loss_ha"]) for row in rows) == pytest.approx(loss_ha, rel=0.01)
    polygons = processing.run("miningloss:vectorize", {
        "INPUT_CLASS": integrated["OUTPUT_CLASS"], "INPUT_DATE": integrated["OUTPUT_DATE"],
        "INPUT_CONFIDENCE": integrated["OUTPUT_CONFIDENCE"], "OUTPUT": str(folder / "integrated.gpkg")})
    layer = QgsVectorLayer(polygons["OUTPUT"], "integrated", "ogr")
    assert {f["confidence"] for f in layer.getFeatures()} == {2, 3, 4}
    assert sum(f["area_ha"] for f in layer.getFeatures()) == pytest.approx(loss_ha, rel=0.01)


def test_integrated_output_in_emerging_hot_spots(detections):
    import processing
    from qgis.core import QgsVectorLayer

    folder, _, _, integrated = detections
    classes = read(integrated["OUTPUT_CLASS"])
    result = processing.run("miningloss:hotspots", {
        "LOSS": integrated["OUTPUT_CLASS"], "ENCODING": 0, "LOSS_DATE": integrated["OUTPUT_DATE"],
        "CELL_KM2": 0.25, "PERIOD": 1, "OUTPUT": str(folder / "cells.gpkg"), "OUTPUT_TABLE": str(folder / "t.gpkg")})
    cells = QgsVectorLayer(result["OUTPUT"], "cells", "ogr")
    total = sum(f["total_ha"] for f in cells.getFeatures())
    assert total == pytest.approx(np.count_nonzero(np.isin(classes, (1, 2))) * 0.04, rel=0.01)


def _refused(algorithm_id, parameters):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as caught:
        processing.run(algorithm_id, parameters)
    return str(caught.value)


def test_bad_radar_inputs_are_clear_messages(plugin_instance, tmp_path):
    products = sorted(str(p) for p in RADAR.iterdir())
    outputs = _outputs(tmp_path, "bad")
    message = _refused("miningloss:detectradar", dict(IMAGES=products[:1], **outputs))
    assert "at least two dates (got 1)" in message
    message = _refused("miningloss:detectradar", dict(IMAGES=products[:1] * 2 + products[1:2], **outputs))
    assert "Sentinel-1 products have the same date" in message and os.path.basename(products[0])[:-4] in message
    assert "tiles" not in message and "stack" not in message  # the optical advice (mosaics into one stack)
    unzipped = tmp_path / "unzipped"
    shutil.unpack_archive(products[1], unzipped)
    inner = next(unzipped.iterdir())
    os.remove(inner / f"{inner.name}_VH.tif")
    message = _refused("miningloss:detectradar", dict(IMAGES=[products[0], str(inner)], **outputs))
    assert "has no VH polarisation" in message
    renamed = tmp_path / os.path.basename(products[1]).replace("_gduned_", "_gpuned_")
    shutil.copy(products[1], renamed)
    message = _refused("miningloss:detectradar", dict(IMAGES=[products[0], str(renamed)], **outputs))
    assert "says its values are power, but they look like decibels" in message
    stem = os.path.basename(products[2])[:-4]
    coarse = tmp_path / "coarse" / stem
    coarse.mkdir(parents=True)
    for pol in ("VV", "VH"):  # the third date at 60 m
        gdal.Warp(str(coarse / f"{stem}_{pol}.tif"), f"/vsizip/{products[2]}/{stem}/{stem}_{pol}.tif", xRes=60, yRes=60)
    message = _refused("miningloss:detectradar", dict(IMAGES=products[:2] + [str(coarse)], **outputs))
    assert "is not on the grid of" in message
    assert not any(os.path.exists(p) for p in outputs.values())
    message = _refused("miningloss:integratealerts", dict(
        OPTICAL_CLASS=str(ROOT / "tests" / "data" / "sample_truth_radar_event_date.tif"),
        OPTICAL_DATE=str(ROOT / "tests" / "data" / "sample_truth_radar_event_date.tif"),
        OPTICAL_CONFIDENCE=str(ROOT / "tests" / "data" / "sample_truth_radar_class.tif"),
        RADAR_CLASS=str(ROOT / "tests" / "data" / "sample_truth_radar_class.tif"),
        RADAR_DATE=str(ROOT / "tests" / "data" / "sample_truth_radar_event_date.tif"),
        RADAR_CONFIDENCE=str(ROOT / "tests" / "data" / "sample_truth_radar_class.tif"),
        **_outputs(tmp_path, "int", ("OUTPUT_CLASS", "OUTPUT_DATE", "OUTPUT_CONFIDENCE", "OUTPUT_SOURCE"))))
    assert "«Optical loss classes» is not a loss class raster" in message


def test_detect_radar_from_the_command_line_in_spanish(tmp_path):
    with throwaway_profile("es") as env:
        code, results, stdout, stderr = run(env, "miningloss:detectradar", dict(
            IMAGES=[str(RADAR)], **_outputs(tmp_path, "cli")))
        assert code == 0, stderr
        assert float(results["MINING_HA"]) > 0
        assert np.count_nonzero(read(results["OUTPUT_CLASS"]) == 1) * 0.09 == pytest.approx(
            float(results["MINING_HA"]), rel=0.01)
        text = help_text(env, "miningloss:detectradar")
        assert "Detectar pérdida minera (radar Sentinel-1)" in text
        assert "</b> al 97,5 %" in text  # the help's numbers in the Spanish way too
        code, _, stdout, stderr = run(env, "miningloss:detectradar", dict(
            IMAGES=sorted(str(p) for p in RADAR.iterdir())[:1], **_outputs(tmp_path, "one")))
        assert code != 0 and "Una serie de radar necesita al menos dos fechas" in stdout + stderr


def test_the_dock_offers_radar_and_integrated_dates(detections):
    from mining_loss_monitor.plugin.timeline_model import is_dated_loss_layer
    from qgis.core import QgsRasterLayer

    _, radar, _, integrated = detections
    for path in (radar["OUTPUT_DATE"], integrated["OUTPUT_DATE"]):
        assert is_dated_loss_layer(QgsRasterLayer(path, "dates"))
    assert not is_dated_loss_layer(QgsRasterLayer(integrated["OUTPUT_SOURCE"], "source"))


def test_one_detection_given_as_both_sources_is_refused(detections, tmp_path):
    """The radar outputs picked for the optical fields too read as 'seen by both' everywhere: refused, clearly."""
    _, radar, _, _ = detections
    message = _refused("miningloss:integratealerts", dict(
        OPTICAL_CLASS=radar["OUTPUT_CLASS"], OPTICAL_DATE=radar["OUTPUT_DATE"],
        OPTICAL_CONFIDENCE=radar["OUTPUT_CONFIDENCE"], RADAR_CLASS=radar["OUTPUT_CLASS"],
        RADAR_DATE=radar["OUTPUT_DATE"], RADAR_CONFIDENCE=radar["OUTPUT_CONFIDENCE"],
        **_outputs(tmp_path, "twice", ("OUTPUT_CLASS", "OUTPUT_DATE", "OUTPUT_CONFIDENCE", "OUTPUT_SOURCE"))))
    assert "was given both as the optical and as the radar loss classes" in message
    assert not list(tmp_path.glob("twice_*"))


def test_radar_legends_do_not_speak_of_clouds(detections):
    """Radar sees through clouds: its no-data entry says no data, layover or shadow; the integrated one says both."""
    _, radar, _, integrated = detections
    for path, label in ((radar["OUTPUT_CLASS"], "No data, layover or shadow"),
                        (integrated["OUTPUT_CLASS"], "No data in either source (clouds, layover, shadow)")):
        with open(os.path.splitext(path)[0] + ".qml", encoding="utf-8") as handle:
            style = handle.read()
        assert f'label="{label}" value="255"' in style
        assert "Clouds, shadows or no data" not in style


def test_products_kept_in_the_python_command_and_history(plugin_instance):
    """QGIS wrote a list of zips or a folder back as '' (dialog log, History, 'Copy as Python command'): a run
    repeated from the History had no images. The paths are written as given, and the copy of the command runs."""
    from qgis.core import QgsApplication, QgsProcessingContext

    zips = sorted(str(p) for p in RADAR.iterdir())[:3]
    context = QgsProcessingContext()
    for algorithm_id in ("miningloss:detectradar", "miningloss:detecttimeseries"):
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        for images in (zips, [str(RADAR)]):
            command = algorithm.asPythonCommand({"IMAGES": images}, context)
            assert "'IMAGES':[" + ",".join(f"'{p}'" for p in images) + "]" in command.replace(" ", ""), command
        clone = algorithm.parameterDefinition("IMAGES").clone()
        assert clone.valueAsPythonString(zips, context).count(".zip'") == 3
        assert clone.help() == algorithm.parameterDefinition("IMAGES").help()


def test_outputs_of_two_runs_mixed_are_named_by_their_labels(detections, tmp_path):
    """The optical dates of another run (another grid) were reported as 'OPTICAL_DATE is not on the grid of
    OPTICAL_CLASS … order all products with the same pixel spacing': now the dialog's labels and what to do."""
    _, radar, optical, _ = detections
    message = _refused("miningloss:integratealerts", dict(
        OPTICAL_CLASS=optical["OUTPUT_CLASS"], OPTICAL_DATE=radar["OUTPUT_DATE"],
        OPTICAL_CONFIDENCE=optical["OUTPUT_CONFIDENCE"], RADAR_CLASS=radar["OUTPUT_CLASS"],
        RADAR_DATE=radar["OUTPUT_DATE"], RADAR_CONFIDENCE=radar["OUTPUT_CONFIDENCE"],
        **_outputs(tmp_path, "mixed", ("OUTPUT_CLASS", "OUTPUT_DATE", "OUTPUT_CONFIDENCE", "OUTPUT_SOURCE"))))
    assert message == ("«Optical loss dates» is not on the grid of «Optical loss classes»: they come from different "
                       "runs. Give the classes, dates and confidence written by the same detection.")


def test_radar_layers_do_not_read_like_the_optical_ones(plugin_instance):
    """Loaded beside an optical series, the radar outputs were 'Clases de pérdida …' too: the integration dialog's
    lists showed two layers of the same name. They are named 'radar' now, as integratealerts names its inputs."""
    from qgis.core import QgsApplication

    radar = QgsApplication.processingRegistry().algorithmById("miningloss:detectradar")
    optical = QgsApplication.processingRegistry().algorithmById("miningloss:detecttimeseries")
    integrate = QgsApplication.processingRegistry().algorithmById("miningloss:integratealerts")
    for key in ("OUTPUT_CLASS", "OUTPUT_DATE", "OUTPUT_CONFIDENCE"):
        name = radar.parameterDefinition(key).description()
        assert name != optical.parameterDefinition(key).description()
        assert name == integrate.parameterDefinition(key.replace("OUTPUT", "RADAR")).description()
