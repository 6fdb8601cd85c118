"""The summary, the before/after comparison and hot spots in the real Spanish QGIS desktop under Xvfb (~20 s): the
loss raster picked with '…' as an analyst does, the runs' logs in Spanish, and the analyst's folder unchanged (no
.aux.xml)."""
import os
import shutil

import pytest

from tests.conftest import run_dialog_cases
from tests.regions.test_untouched_inputs import listing, user_folder

pytestmark = pytest.mark.skipif(not (shutil.which("xvfb-run") and shutil.which("qgis")),
                                reason="needs the QGIS desktop and xvfb-run")


def test_summary_comparison_and_hotspot_dialogs_leave_the_folder_untouched(tmp_path):
    data = user_folder(tmp_path / "descargas")
    dates, classes, operations = (str(data / name) for name in ("loss_dates.tif", "loss_classes.tif",
                                                                   "operations.gpkg"))
    cases = [
        {"name": "summary", "algorithm": "miningloss:regionsummary", "layers": {"LOSS": dates}, "outputs": {
            "ENCODING": 1, "REGIONS": operations, "REGION_FIELD": "name", "PERIOD": 1,
            "OUTPUT": str(tmp_path / "summary.csv"), "REPORT": str(tmp_path / "summary.html")}},
        {"name": "compare", "algorithm": "miningloss:compareperiods", "layers": {"LOSS": classes, "LOSS_DATE": dates},
         "outputs": {"ENCODING": 0, "REGIONS": operations, "REGION_FIELD": "name", "OPERATIONS": operations,
                     "OPERATION": "Operation Mercurio", "OUTPUT": str(tmp_path / "compare.csv"),
                     "REPORT": str(tmp_path / "compare.html")}},
        {"name": "hotspots", "algorithm": "miningloss:hotspots", "layers": {"LOSS": dates}, "outputs": {
            "ENCODING": 1, "CELL_KM2": 0.5, "PERIOD": 1, "OUTPUT": str(tmp_path / "cells.gpkg"),
            "OUTPUT_TABLE": str(tmp_path / "periods.gpkg"), "REPORT": str(tmp_path / "hotspots.html")}},
    ]
    before = listing(data)
    report = run_dialog_cases(cases, tmp_path)
    summary, compare = report["summary"], report["compare"]
    assert summary["LOSS"] == dates and summary["ok"] is True, summary["log"]
    assert compare["LOSS"] == classes and compare["LOSS_DATE"] == dates and compare["ok"] is True, compare["log"]
    hotspots = report["hotspots"]
    assert hotspots["LOSS"] == dates and hotspots["ok"] is True, hotspots["log"]
    assert "Puntos calientes emergentes" in open(tmp_path / "hotspots.html", encoding="utf-8").read()
    for record in (summary, compare, hotspots):
        assert "Parámetros de entrada" in record["log"] and "'LOSS' : '" + record["LOSS"] + "'" in record["log"]
    with open(tmp_path / "compare.csv", encoding="utf-8") as handle:
        assert "Operation Mercurio,120,120,0," in handle.read()
    assert os.path.getsize(tmp_path / "summary.html") > 0
    assert listing(data) == before  # nothing written beside the user's rasters, by QGIS or by us
