"""The values of a run written back (the dialog's log, Processing History, 'Copy as qgis_process command'): since
QGIS 3.24 through valueAsJsonObject and valueAsString, which loaded a raster given as a file path as a layer, and its
statistics landed in an .aux.xml beside the user's file (seen on QGIS 3.44 in the Spanish desktop). File paths are
written as given and the folder stays as it was."""
import shutil

import pytest
from qgis.core import QgsApplication, QgsProcessingContext

from tests.conftest import SAMPLE_AFTER, SAMPLE_BEFORE
from tests.regions.test_untouched_inputs import listing, runs, user_folder


def _written(algorithm_id, parameters):
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    context = QgsProcessingContext()
    if not hasattr(algorithm, "asMap"):
        pytest.skip("QGIS before 3.24 writes the values with valueAsPythonString only (tested elsewhere)")
    values = algorithm.asMap(parameters, context)
    command, ok = algorithm.asQgisProcessCommand(parameters, context)
    assert ok
    return values["inputs"], command


def test_loss_and_image_paths_are_written_as_given(provider, tmp_path):
    data = user_folder(tmp_path / "descargas")
    shutil.copy(SAMPLE_BEFORE, data / "antes.tif")
    shutil.copy(SAMPLE_AFTER, data / "despues.tif")
    before = listing(data)
    summary = runs(data, tmp_path)["compareperiods"]
    inputs, command = _written("miningloss:compareperiods", summary)
    assert inputs["LOSS"] == summary["LOSS"] and inputs["LOSS_DATE"] == summary["LOSS_DATE"]
    assert summary["LOSS"] in command
    series = {"IMAGES": [str(data / "antes.tif"), str(data / "despues.tif")], "OUTPUT_CLASS": str(tmp_path / "c.tif"),
              "OUTPUT_DATE": str(tmp_path / "d.tif"), "OUTPUT_CONFIDENCE": str(tmp_path / "f.tif")}
    inputs, command = _written("miningloss:detecttimeseries", series)
    assert inputs["IMAGES"] == series["IMAGES"] and all(path in command for path in series["IMAGES"])
    dossier = {"BEFORE": str(data / "antes.tif"), "AFTER": str(data / "despues.tif")}
    inputs, _ = _written("miningloss:dossier", dossier)
    assert inputs["BEFORE"] == dossier["BEFORE"] and inputs["AFTER"] == dossier["AFTER"]
    assert listing(data) == before
