"""Mistakes that once ended in a silent, wrong number now stop with a clear message (issue 8 §2)."""
import csv

import numpy as np
import pytest
from osgeo import gdal

from tests.conftest import ROOT

SAMPLE = ROOT / "resources" / "sample"
SERIES_GRID = SAMPLE / "series" / "S2_L2A_20180315_LaPampa_20m_SCL.tif"


def _rows(path):
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _date_raster(path, dates, coverage=("2018-03-15", "2019-09-15")):
    """A loss-date raster (YYYYMMDD) on the sample series grid: one block of pixels per date."""
    reference = gdal.Open(str(SERIES_GRID))
    out = gdal.GetDriverByName("GTiff").Create(str(path), 200, 200, 1, gdal.GDT_Int32)
    out.SetGeoTransform(reference.GetGeoTransform())
    out.SetProjection(reference.GetProjection())
    values = np.zeros((200, 200), np.int32)
    for index, day in enumerate(dates):
        values[10 * index:10 * index + 10, 20:120] = day  # 1000 pixels of 400 m² = 40 ha per date
    out.GetRasterBand(1).WriteArray(values)
    out.GetRasterBand(1).SetNoDataValue(0)
    if coverage:
        out.SetMetadataItem("COVERAGE_START", coverage[0])
        out.SetMetadataItem("COVERAGE_END", coverage[1])
    out = None
    return str(path)


def test_windows_are_cut_to_the_coverage_of_the_images(provider, tmp_path):
    """Images 2018-03-15..2019-09-15: a 12-month window after Mercurio counts 2019-02-19..2019-08-18 only, the
    year before is cut alike and to the first image, instead of counting image-less months as months without
    loss."""
    import processing

    loss = _date_raster(tmp_path / "dates.tif", [20180401, 20180801, 20181101, 20190301, 20190701])
    feedback_errors = []

    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def reportError(self, error, fatalError=False):  # noqa: N802, N803
            feedback_errors.append(error)

    result = processing.run("miningloss:compareperiods", {
        "LOSS": loss, "ENCODING": 1, "REGIONS": str(SAMPLE / "operations.gpkg"), "REGION_FIELD": "name",
        "OPERATIONS": str(SAMPLE / "operations.gpkg"), "OPERATION": "Operation Mercurio", "AFTER_MONTHS": 12,
        "OUTPUT": str(tmp_path / "cmp.csv"), "REPORT": str(tmp_path / "cmp.html")}, feedback=Feedback())
    row = _rows(result["OUTPUT"])[0]
    # whole months that fit (the shared definition of the windows): 6 after the start, the same calendar window
    # of 2018 before, cut to the first image
    assert (row["before_start"], row["before_end"]) == ("2018-03-15", "2018-08-18")
    assert (row["after_start"], row["after_end"]) == ("2019-02-19", "2019-08-18")
    # 2018-04-01 and 2018-08-01 before; 2019-03-01 and 2019-07-01 after; 2018-11-01 in neither
    assert float(row["before_ha"]) == pytest.approx(80.0, rel=1e-3)
    assert float(row["after_ha"]) == pytest.approx(80.0, rel=1e-3)
    assert float(row["change_pct"]) == pytest.approx(0.0, abs=1e-6)
    assert any("cut" in message for message in feedback_errors)
    assert any("monthly rates" in message for message in feedback_errors)  # 5 months before, 6 after
    assert "were cut" in open(result["REPORT"], encoding="utf-8").read()


def test_a_window_with_no_images_is_an_error(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    loss = _date_raster(tmp_path / "dates.tif", [20180401], coverage=("2018-03-15", "2018-12-15"))
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:compareperiods", {
            "LOSS": loss, "ENCODING": 1, "REGIONS": str(SAMPLE / "operations.gpkg"),
            "OPERATIONS": str(SAMPLE / "operations.gpkg"), "OPERATION": "Operation Mercurio",
            "OUTPUT": str(tmp_path / "cmp.csv")})
    assert "2018-12-15" in str(raised.value) and not (tmp_path / "cmp.csv").exists()


def test_operation_picked_by_selection_on_the_map(provider, tmp_path):
    """No operation name typed: the feature selected in the operations layer is the operation."""
    import processing
    from qgis.core import QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(str(SAMPLE / "operations.gpkg") + "|layername=operations", "operations", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByExpression("\"name\" = 'Operation Mercurio'")
        loss = _date_raster(tmp_path / "dates.tif", [20180401, 20190301], coverage=None)
        result = processing.run("miningloss:compareperiods", {
            "LOSS": loss, "ENCODING": 1, "REGIONS": layer, "OPERATIONS": layer, "AFTER_MONTHS": 5,
            "OUTPUT": str(tmp_path / "cmp.csv")})
        row = _rows(result["OUTPUT"])[0]
        assert row["after_start"] == "2019-02-19" and row["before_start"] == "2018-02-19"
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


@pytest.mark.parametrize("algorithm, extra", [
    ("miningloss:regionsummary", {"PERIOD": 3}),
    ("miningloss:regionsummary", {"PERIOD": 0}),
    ("miningloss:compareperiods", {"BEFORE_START": "2018-01-01", "BEFORE_END": "2018-12-31",
                                   "AFTER_START": "2019-01-01", "AFTER_END": "2019-12-31"}),
])
def test_regions_that_do_not_overlap_the_loss(provider, tmp_path, algorithm, extra):
    import processing
    from qgis.core import QgsProcessingException

    loss = _date_raster(tmp_path / "dates.tif", [20180401])
    far = tmp_path / "far.geojson"
    far.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Loreto"},'
                   '"geometry":{"type":"Polygon","coordinates":[[[-74,-4],[-73,-4],[-73,-3],[-74,-3],[-74,-4]]]}}]}')
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(algorithm, dict({"LOSS": loss, "ENCODING": 1, "REGIONS": str(far),
                                        "OUTPUT": str(tmp_path / "out.csv")}, **extra))
    message = str(raised.value)
    assert "do not overlap" in message and "-74" in message and "-70" in message
    assert "LOSS_DATE" not in message
    assert not (tmp_path / "out.csv").exists()


def test_adjacent_regions_spill_no_gdal_warnings(tmp_path):
    """Districts share borders: checking their overlaps must not print 'OGR_G_Area() called against
    non-surface geometry' on the terminal (seen 20 times through qgis_process)."""
    import subprocess
    import sys

    script = (
        "import sys; sys.path.insert(0, %r)\n"
        "from osgeo import gdal, ogr\n"
        "gdal.UseExceptions()\n"
        "from mining_loss_monitor.algorithms.core.regions.regions import build_regions\n"
        "from mining_loss_monitor.algorithms.core.regions.vectorzonal import vector_loss_histogram\n"
        "ds = ogr.Open(%r); layer = ds.GetLayer(0)\n"
        "items = [(f.GetField('NOMBDIST'), f.GetGeometryRef().ExportToWkb()) for f in layer]\n"
        "wkt = layer.GetSpatialRef().ExportToWkt()\n"
        "regions = build_regions(items, wkt)\n"
        "line_touching = [(items[0][1], 20190101, None, 'mining')]\n"
        "vector_loss_histogram(line_touching, regions, wkt)\n"
        "print('OK', len(regions))\n") % (str(_package_dir()), str(SAMPLE / "districts.gpkg"))
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "OK 12" in run.stdout
    assert "non-surface" not in run.stderr and "Warning" not in run.stderr, run.stderr[-2000:]


def _package_dir():
    from tests.conftest import _PACKAGE_DIR

    return _PACKAGE_DIR
