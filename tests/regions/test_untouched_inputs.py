"""The user's loss rasters stay untouched: no .aux.xml beside them after a summary, a comparison, hot spots,
'where it went' or legal status, from qgis_process (which loads every layer value to check it) or from Python with
paths."""
import os
import shutil

import numpy as np
import pytest
from osgeo import gdal

from scripts.qgis_cli import run, throwaway_profile
from tests.conftest import ROOT

SAMPLE = ROOT / "resources" / "sample"
GRID = SAMPLE / "series" / "S2_L2A_20180315_LaPampa_20m_SCL.tif"
DATES = [20180401, 20180801, 20181101, 20190301, 20190701, 20190901]


def _raster(path, values, data_type):
    reference = gdal.Open(str(GRID))
    out = gdal.GetDriverByName("GTiff").Create(str(path), 200, 200, 1, data_type)
    out.SetGeoTransform(reference.GetGeoTransform())
    out.SetProjection(reference.GetProjection())
    out.GetRasterBand(1).WriteArray(values)
    out = None
    return str(path)


def user_folder(folder):
    """A folder as a user has it: a loss-date raster, a class raster, the regions and the operations."""
    folder.mkdir()
    dates = np.zeros((200, 200), np.int32)
    classes = np.zeros((200, 200), np.uint8)
    for index, day in enumerate(DATES):
        dates[10 * index:10 * index + 10, 20:120] = day
        classes[10 * index:10 * index + 10, 20:120] = 1
    _raster(folder / "loss_dates.tif", dates, gdal.GDT_Int32)
    _raster(folder / "loss_classes.tif", classes, gdal.GDT_Byte)
    shutil.copy(SAMPLE / "operations.gpkg", folder / "operations.gpkg")
    return folder


def listing(folder):
    """{name: (size, mtime)} of the files in folder."""
    return {entry.name: (entry.stat().st_size, entry.stat().st_mtime_ns) for entry in os.scandir(folder)}


def runs(data, out):
    dates, classes, operations = (str(data / name) for name in ("loss_dates.tif", "loss_classes.tif",
                                                                   "operations.gpkg"))
    return {
        "regionsummary": {"LOSS": dates, "ENCODING": "1", "REGIONS": operations, "REGION_FIELD": "name",
                          "PERIOD": "2", "OUTPUT": str(out / "summary.csv"), "REPORT": str(out / "summary.html")},
        "compareperiods": {"LOSS": classes, "ENCODING": "0", "LOSS_DATE": dates, "REGIONS": operations,
                           "REGION_FIELD": "name", "OPERATIONS": operations, "OPERATION": "Operation Mercurio",
                           "OUTPUT": str(out / "compare.csv"), "REPORT": str(out / "compare.html")},
        "hotspots": {"LOSS": dates, "ENCODING": "1", "CELL_KM2": "0.5", "PERIOD": "1",
                     "OUTPUT": str(out / "cells.gpkg"), "OUTPUT_TABLE": str(out / "periods.csv")},
        "displacement": {"LOSS": dates, "ENCODING": "1", "OPERATIONS": operations,
                         "OPERATION": "Operation Mercurio", "CELL_KM2": "0.5", "RADIUS_KM": "30",
                         "OUTPUT": str(out / "zones.gpkg")},
        "legalstatus": {"LOSS": dates, "ENCODING": "1", "ZONES": [operations], "ZONE_FIELD": "name", "PERIOD": "3",
                        "OUTPUT": str(out / "legal.csv"), "REPORT": str(out / "legal.html")},
    }


def test_qgis_process_leaves_the_loss_rasters_untouched(tmp_path):
    data = user_folder(tmp_path / "descargas")
    before = listing(data)
    with throwaway_profile("es") as env:
        for algorithm, parameters in runs(data, tmp_path).items():
            code, results, stdout, stderr = run(env, "miningloss:" + algorithm, parameters)
            assert code == 0, (algorithm, stdout[-800:], stderr[-800:])
            assert listing(data) == before, algorithm
    assert results["OUTPUT"].endswith("legal.csv")


def test_paths_in_python_leave_no_side_car_and_project_layers_still_serve(provider, tmp_path):
    import processing
    from qgis.core import QgsProject, QgsRasterLayer

    data = user_folder(tmp_path / "descargas")
    before = listing(data)
    parameters = runs(data, tmp_path)["compareperiods"]
    first = processing.run("miningloss:compareperiods", parameters)
    assert listing(data) == before
    layer = QgsRasterLayer(parameters["LOSS"], "clases", "gdal")
    QgsProject.instance().addMapLayer(layer)
    try:
        second = processing.run("miningloss:compareperiods", dict(parameters, LOSS=layer.id(),
                                                                  OUTPUT=str(tmp_path / "again.csv")))
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    with open(first["OUTPUT"], encoding="utf-8") as a, open(second["OUTPUT"], encoding="utf-8") as b:
        text = a.read()
        assert text == b.read()
    # 3 dates of 40 ha in the year before Mercurio, 3 in the year after
    assert "Operation Mercurio,120,120,0," in text


def test_a_missing_loss_file_is_refused_in_spanish_terms(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    data = user_folder(tmp_path / "descargas")
    parameters = dict(runs(data, tmp_path)["regionsummary"], LOSS=str(data / "no_such.tif"))
    with pytest.raises(QgsProcessingException):
        processing.run("miningloss:regionsummary", parameters)


@pytest.mark.parametrize("algorithm", ["hotspots", "displacement"])
def test_a_wrong_encoding_names_the_loss_parameter_by_its_label(provider, tmp_path, algorithm):
    """A year raster read as YYYYMMDD dates: hot spots and 'where it went' said 'LOSS is not ...'."""
    import processing
    from qgis.core import QgsProcessingException

    data = user_folder(tmp_path / "descargas")
    parameters = dict(runs(data, tmp_path)[algorithm], LOSS=str(data / "loss_classes.tif"))
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:" + algorithm, parameters)
    assert "«Forest loss (raster or polygons)» is not a loss date raster" in str(raised.value)
    assert "LOSS" not in str(raised.value)


def test_the_field_pickers_read_a_polygon_file_and_leave_a_raster_file_alone(provider, tmp_path):
    """The dialog's field pickers follow LOSS: a raster picked with '…' was loaded as a layer to look for fields."""
    from mining_loss_monitor.algorithms.parameters.loss_field_widget import _layer_from
    from qgis.core import QgsProcessingContext

    data = user_folder(tmp_path / "descargas")
    before = listing(data)
    context = QgsProcessingContext()
    assert _layer_from(str(data / "loss_dates.tif"), context) is None
    assert "name" in _layer_from(str(data / "operations.gpkg"), context).fields().names()
    del context
    assert listing(data) == before


def test_a_report_that_cannot_be_written_says_so(provider, tmp_path):
    """A 'Report' inside a file (or a folder one cannot write) ended in a Python traceback (FileExistsError)."""
    import processing
    from qgis.core import QgsProcessingException

    data = user_folder(tmp_path / "descargas")
    before = listing(data)
    parameters = dict(runs(data, tmp_path)["regionsummary"], REPORT=str(data / "operations.gpkg" / "informe.html"))
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:regionsummary", parameters)
    assert "The report could not be written to " + parameters["REPORT"] in str(raised.value)
    assert "Choose another file for 'Report'" in str(raised.value)
    assert listing(data) == before


def test_swapped_or_overlapping_windows_are_refused(provider, tmp_path):
    """The window after given before the window before read «HUEPETUHE: 1.199,55 ha antes, 20.602,65 ha después
    (1.618 %)»: a rise that was a fall."""
    import processing
    from qgis.core import QgsProcessingException

    data = user_folder(tmp_path / "descargas")
    base = dict(runs(data, tmp_path)["regionsummary"], PERIOD=None, REPORT=None)
    for windows in (("2019-01-01", "2019-12-31", "2018-01-01", "2018-12-31"),
                    ("2018-01-01", "2018-12-31", "2018-06-01", "2019-05-31")):
        parameters = dict(base, **dict(zip(("BEFORE_START", "BEFORE_END", "AFTER_START", "AFTER_END"), windows)))
        with pytest.raises(QgsProcessingException) as raised:
            processing.run("miningloss:compareperiods", parameters)
        assert "the windows are swapped or overlap" in str(raised.value)
    parameters = dict(base, BEFORE_START="2018-01-01", BEFORE_END="2018-12-31", AFTER_START="2019-01-01",
                      AFTER_END="2019-12-31")
    with open(processing.run("miningloss:compareperiods", parameters)["OUTPUT"], encoding="utf-8") as handle:
        assert "Operation Mercurio,120,120,0," in handle.read()


def test_dates_beyond_the_data_are_not_a_silent_zero(provider, tmp_path):
    """A Hansen tile of 2023 summarised for 2030-2031 read '0 ha' of loss, without a word."""
    import processing
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        warnings = []

        def reportError(self, error, fatalError=False):  # noqa: N802, N803
            self.warnings.append(error)

    data = user_folder(tmp_path / "descargas")
    base = runs(data, tmp_path)["regionsummary"]
    processing.run("miningloss:regionsummary", dict(base, PERIOD=0, START_DATE="2030-01-01", END_DATE="2031-12-31",
                                                    REPORT=None), feedback=Feedback())
    processing.run("miningloss:compareperiods", dict(base, PERIOD=None, REPORT=None, BEFORE_START="2016-01-01",
                                                     BEFORE_END="2016-12-31", AFTER_START="2017-01-01",
                                                     AFTER_END="2017-12-31"), feedback=Feedback())
    expected = "No forest loss falls on the dates chosen, and the loss data hold loss from 1 Apr 2018 to 1 Sep 2019"
    assert [warning for warning in Feedback.warnings if warning.startswith(expected)] == Feedback.warnings
    assert len(Feedback.warnings) == 2
    Feedback.warnings.clear()
    processing.run("miningloss:regionsummary", dict(base, REPORT=None), feedback=Feedback())
    assert Feedback.warnings == []


@pytest.mark.parametrize("algorithm", ["regionsummary", "compareperiods"])
def test_cancel_mid_run_says_so_and_writes_nothing(provider, tmp_path, algorithm):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    data = user_folder(tmp_path / "descargas")
    before = listing(data)
    parameters = dict(runs(data, tmp_path)[algorithm], REPORT=None)
    feedback = QgsProcessingFeedback()
    feedback.cancel()  # the test raster is one block: cancelled before its first block is read
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:" + algorithm, parameters, feedback=feedback)
    assert "Cancelled by the user" in str(raised.value)
    assert not os.path.exists(parameters["OUTPUT"]) and listing(data) == before


@pytest.mark.parametrize("algorithm", ["regionsummary", "compareperiods", "hotspots", "displacement"])
def test_an_output_folder_that_cannot_be_made_stops_before_counting(provider, tmp_path, algorithm):
    """An output in a missing folder, or 'inside' a file, ended after the work in QGIS's English 'Could not create
    layer …: Creation of layer failed (OGR error …)'; a missing folder is now made, an impossible one refused."""
    import processing
    from qgis.core import QgsProcessingException

    data = user_folder(tmp_path / "descargas")
    before = listing(data)
    parameters = dict(runs(data, tmp_path)[algorithm], REPORT=None)
    name = os.path.basename(parameters["OUTPUT"])
    impossible = data / "operations.gpkg" / "resultados"
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:" + algorithm, dict(parameters, OUTPUT=str(impossible / name)))
    assert "cannot be written: " + str(impossible) + " is not a folder you can write to" in str(raised.value)
    assert listing(data) == before
    result = processing.run("miningloss:" + algorithm, dict(parameters, OUTPUT=str(tmp_path / "nueva" / name)))
    assert os.path.exists(result["OUTPUT"].split("|")[0])
