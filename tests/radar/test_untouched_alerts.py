"""The user's loss rasters stay untouched by 'Loss polygons' and 'Integrated alerts' run from qgis_process (which
loaded every raster value as a QGIS layer to check it: GDAL saved its statistics in an .aux.xml beside the file)."""
import os
import shutil

import pytest
from mining_loss_monitor.algorithms.core.detection.sensors import sensor_for
from mining_loss_monitor.algorithms.core.detection.timeseries import detect_time_series
from mining_loss_monitor.algorithms.core.radar.detect import detect_radar

from scripts.demo.simulate_s1 import acquisition_dates, make_radar_series
from scripts.demo.simulate_s2 import make_series
from scripts.qgis_cli import run, throwaway_profile

KINDS = ("class", "date", "confidence")


@pytest.fixture(scope="module")
def downloads(tmp_path_factory):
    """Optical and radar detections as a user keeps them: the rasters alone in a folder."""
    made = tmp_path_factory.mktemp("made")
    optical = make_series(str(made / "optical"), seed=2018, size=120)
    radar = make_radar_series(str(made / "radar"), seed=2018, size=120, dates=acquisition_dates(last="20190915"))
    paths = {f"optical_{k}": str(made / f"optical_{k}.tif") for k in KINDS}
    detect_time_series(optical["stacks"], *paths.values(), sensor_for(0), mask_paths=optical["masks"])
    radar_paths = {f"radar_{k}": str(made / f"radar_{k}.tif") for k in KINDS}
    detect_radar(radar["products"], *radar_paths.values())
    folder = tmp_path_factory.mktemp("descargas")
    return {name: shutil.copy(path, folder) for name, path in {**paths, **radar_paths}.items()}, folder


def _listing(folder):
    return {entry.name: (entry.stat().st_size, entry.stat().st_mtime_ns) for entry in os.scandir(folder)}


def test_polygons_and_integration_leave_the_rasters_untouched(downloads, tmp_path):
    given, folder = downloads
    before = _listing(folder)
    with throwaway_profile("es") as env:
        code, polygons, stdout, stderr = run(env, "miningloss:vectorize", {
            "INPUT_CLASS": given["optical_class"], "INPUT_DATE": given["optical_date"],
            "INPUT_CONFIDENCE": given["optical_confidence"], "OUTPUT": str(tmp_path / "poligonos.gpkg")})
        assert code == 0, (stdout[-800:], stderr[-800:])
        assert _listing(folder) == before
        code, integrated, stdout, stderr = run(env, "miningloss:integratealerts", {
            **{f"OPTICAL_{k.upper()}": given[f"optical_{k}"] for k in KINDS},
            **{f"RADAR_{k.upper()}": given[f"radar_{k}"] for k in KINDS},
            **{f"OUTPUT_{k}": str(tmp_path / f"integrada_{k.lower()}.tif")
               for k in ("CLASS", "DATE", "CONFIDENCE", "SOURCE")}})
        assert code == 0, (stdout[-800:], stderr[-800:])
    assert _listing(folder) == before
    assert polygons["POLYGONS"] > 0 and polygons["MINING_HA"] > 0
    assert integrated["BOTH_HA"] > 0
