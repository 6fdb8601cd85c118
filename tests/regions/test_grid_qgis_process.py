"""hotspots and displacement from the qgis_process command line, in English and in Spanish."""
import pytest

from scripts.qgis_cli import help_text, run, throwaway_profile
from tests.regions.grid_fixtures import displacement_patches, hotspot_patches, write_loss, write_operations


@pytest.fixture(scope="module")
def profile():
    with throwaway_profile() as env:
        yield env


def test_hotspots_and_displacement_from_the_command_line(profile, tmp_path):
    loss = write_loss(tmp_path / "loss.gpkg", hotspot_patches())
    code, results, _stdout, stderr = run(profile, "miningloss:hotspots", {
        "LOSS": loss, "DATE_FIELD": "loss_date", "CELL_KM2": "9", "PERIOD": "0",
        "OUTPUT": str(tmp_path / "cells.gpkg"), "OUTPUT_TABLE": str(tmp_path / "periods.gpkg")})
    assert code == 0, stderr
    from osgeo import ogr

    source = ogr.Open(results["OUTPUT"])
    categories = {feature.GetField("category") for feature in source.GetLayer(0)}
    source = None
    assert {"new", "intensifying", "diminishing", "consecutive"} <= categories
    moved = write_loss(tmp_path / "moved.gpkg", displacement_patches())
    code, results, _stdout, stderr = run(profile, "miningloss:displacement", {
        "LOSS": moved, "OPERATIONS": write_operations(tmp_path / "operations.gpkg"), "OPERATION": "Operation Test",
        "CELL_KM2": "16", "RADIUS_KM": "40", "OUTPUT": str(tmp_path / "zones.gpkg")})
    assert code == 0, stderr
    assert float(results["INSIDE_CHANGE_PCT"]) == pytest.approx(-92.0, abs=0.2)
    code, _results, stdout, stderr = run(profile, "miningloss:displacement", {
        "LOSS": moved, "OPERATIONS": str(tmp_path / "operations.gpkg"), "OPERATION": "Nobody",
        "OUTPUT": str(tmp_path / "none.gpkg")})
    assert code != 0 and "Operation 'Nobody' is not in the operations layer" in stdout + stderr


def test_help_is_spanish_under_a_spanish_profile():
    with throwaway_profile("es") as env:
        hotspots = help_text(env, "miningloss:hotspots")
        displacement = help_text(env, "miningloss:displacement")
    assert "Puntos calientes emergentes de pérdida de bosque" in hotspots and "Área del hexágono" in hotspots
    assert "A dónde se fue la pérdida tras un operativo" in displacement and "Radio de búsqueda" in displacement
