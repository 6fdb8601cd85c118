"""Bad input: a clear, translated QgsProcessingException, nothing written, inputs untouched."""
import hashlib
import os
import shutil

import numpy as np
import pytest
from osgeo import gdal

from tests.conftest import read


def _digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def _run(parameters, feedback=None):
    import processing

    return processing.run("miningloss:detecttwodates", parameters, feedback=feedback)


def _base(sample_paths, output):
    return {"BEFORE": sample_paths["before"], "AFTER": sample_paths["after"], "MASK_BEFORE": sample_paths["scl_before"],
            "MASK_AFTER": sample_paths["scl_after"], "SENSOR": 0, "MASK_TYPE": 0, "MIN_AREA_HA": 0.1,
            "OUTPUT": str(output)}


def _copy_with(source, target, **changes):
    gdal.Translate(str(target), source, **changes).FlushCache()
    return str(target)


def _expect_error(parameters, words, folder):
    from qgis.core import QgsProcessingException

    before = {name: _digest(os.path.join(folder, name)) for name in os.listdir(folder)
              if os.path.isfile(os.path.join(folder, name))}
    with pytest.raises(QgsProcessingException) as raised:
        _run(parameters)
    message = str(raised.value)
    assert all(word in message for word in words), message
    assert "Traceback" not in message
    after = {name: _digest(os.path.join(folder, name)) for name in os.listdir(folder)
             if os.path.isfile(os.path.join(folder, name))}
    assert after == before  # nothing written, nothing changed
    return message


def test_images_that_do_not_overlap(provider, sample_paths, tmp_path):
    far = _copy_with(sample_paths["after"], tmp_path / "far.tif", outputBounds=[500000, 8500000, 505120, 8494880])
    parameters = dict(_base(sample_paths, tmp_path / "out.tif"), AFTER=far, MASK_AFTER=None)
    _expect_error(parameters, ["Image after", "overlap", "Image before"], str(tmp_path))


def test_fewer_bands_than_the_preset_needs(provider, sample_paths, tmp_path):
    four = _copy_with(sample_paths["after"], tmp_path / "four.tif", bandList=[1, 2, 3, 4])
    parameters = dict(_base(sample_paths, tmp_path / "out.tif"), AFTER=four)
    _expect_error(parameters, ["Image after", "4 band", "6"], str(tmp_path))


def test_a_mask_that_is_not_a_mask(provider, sample_paths, tmp_path):
    parameters = dict(_base(sample_paths, tmp_path / "out.tif"), MASK_AFTER=sample_paths["after"])
    _expect_error(parameters, ["Cloud mask of the image after", "not a valid mask", "6 bands"], str(tmp_path))
    reflectance = _copy_with(sample_paths["after"], tmp_path / "b8.tif", bandList=[4])
    parameters = dict(_base(sample_paths, tmp_path / "out.tif"), MASK_AFTER=reflectance)
    _expect_error(parameters, ["Cloud mask of the image after", "SCL"], str(tmp_path))


def test_every_pixel_masked_is_an_error_and_leaves_nothing(provider, sample_paths, tmp_path):
    # cirrus everywhere (cloud classes 8 and 9 are not trusted on the sample's bright tailings)
    full = _copy_with(sample_paths["scl_after"], tmp_path / "cloud.tif", scaleParams=[[0, 11, 10, 10]])
    assert set(np.unique(read(full))) == {10}
    _expect_error(dict(_base(sample_paths, tmp_path / "out.tif"), MASK_AFTER=full),
                  ["Every pixel is masked", "no output was written"], str(tmp_path))
    assert not (tmp_path / "out.tif").exists()


def test_unwritable_output(provider, sample_paths, tmp_path):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where a folder should be")
    parameters = _base(sample_paths, blocker / "out.tif")
    _expect_error(parameters, ["Cannot write", "another output location"], str(tmp_path))


def test_cancel_mid_run_leaves_no_output(provider, sample_paths, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CancelHalfway(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.progressChanged.connect(self._maybe_cancel)

        def _maybe_cancel(self, value):
            if value > 30:
                self.cancel()

    with pytest.raises(QgsProcessingException) as raised:
        _run(dict(_base(sample_paths, tmp_path / "out.tif")), CancelHalfway())
    assert "Cancelled" in str(raised.value)
    assert os.listdir(tmp_path) == []


def test_non_ascii_paths(provider, sample_paths, tmp_path):
    folder = tmp_path / "Año 2019" / "Imágenes"
    folder.mkdir(parents=True)
    paths = {}
    for key in ("before", "after", "scl_before", "scl_after"):
        paths[key] = str(folder / ("Pérdida_" + os.path.basename(sample_paths[key])))
        shutil.copy(sample_paths[key], paths[key])
    digests = {key: _digest(path) for key, path in paths.items()}
    output = tmp_path / "Año 2019" / "Pérdida.tif"
    result = _run(_base(paths, output))
    reference = _run(_base(sample_paths, tmp_path / "reference.tif"))
    assert result["MINING_HA"] == pytest.approx(reference["MINING_HA"])
    assert np.array_equal(read(output), read(reference["OUTPUT"]))
    assert (tmp_path / "Año 2019" / "Pérdida.qml").exists()
    assert {key: _digest(path) for key, path in paths.items()} == digests


def test_vectorize_rejects_a_raster_that_is_not_a_class_raster(provider, sample_paths, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:vectorize", {"INPUT_CLASS": sample_paths["before"],
                                                "OUTPUT": str(tmp_path / "p.gpkg")})
    assert "not a loss class raster" in str(raised.value)
    assert os.listdir(tmp_path) == []


def test_runs_leave_no_sidecar_files_beside_the_inputs(provider, sample_paths, tmp_path):
    """The user's folder holds the same files after a two-date run and a series (no .aux.xml statistics)."""
    import processing

    folder = tmp_path / "user"
    folder.mkdir()
    for key in ("before", "after", "scl_before", "scl_after"):
        shutil.copy(sample_paths[key], folder)
    names = sorted(os.listdir(folder))
    inputs = {key: str(folder / os.path.basename(sample_paths[key])) for key in sample_paths if key != "truth"}
    processing.run("miningloss:detecttimeseries", {
        "IMAGES": [inputs["before"], inputs["after"]], "MASKS": [inputs["scl_before"], inputs["scl_after"]],
        "OUTPUT_CLASS": str(tmp_path / "c.tif"), "OUTPUT_DATE": str(tmp_path / "d.tif"),
        "OUTPUT_CONFIDENCE": str(tmp_path / "f.tif")})
    assert sorted(os.listdir(folder)) == names
    parameters = _base(inputs, tmp_path / "out.tif")
    _run(parameters)
    assert sorted(os.listdir(folder)) == names
    # the dialog's log and the History write each value back as Python: QGIS's own raster parameters load the file
    # as a layer to do so (an .aux.xml beside a .jp2 picked with '…' in the desktop), ours write the path
    from qgis.core import QgsApplication, QgsProcessingContext

    context = QgsProcessingContext()
    for algorithm_id, key, value in (("detecttwodates", "BEFORE", inputs["before"]),
                                     ("detecttwodates", "MASK_AFTER", inputs["scl_after"]),
                                     ("detecttimeseries", "MASKS", [inputs["scl_before"], inputs["scl_after"]])):
        algorithm = QgsApplication.processingRegistry().algorithmById("miningloss:" + algorithm_id)
        written = algorithm.parameterDefinition(key).valueAsPythonString(value, context)
        assert all(os.path.basename(path) in written for path in (value if isinstance(value, list) else [value]))
    del context
    assert sorted(os.listdir(folder)) == names
