"""The dossier and the estimation dialogs in the real Spanish QGIS desktop under Xvfb, the images and the map picked
with their '…' button as an analyst does: the runs end in Spanish and nothing is written beside the user's files
(slow: ~30 s)."""
import os
import shutil

import pytest

from tests.conftest import ROOT, run_dialog_cases
from tests.evidence.test_dossier import PATCHES, write_patches
from tests.evidence.test_inputs_untouched import STACKS, _label_as_mapped, _plain_map, listing

pytestmark = pytest.mark.skipif(not (shutil.which("xvfb-run") and shutil.which("qgis")),
                                reason="needs the QGIS desktop and xvfb-run")
SAMPLE = ROOT / "resources" / "sample"


def test_dossier_and_estimate_dialogs_leave_the_users_files_alone(provider, tmp_path):
    import processing

    user = tmp_path / "datos_usuario"
    user.mkdir()
    for name in STACKS + ("districts.gpkg", "operations.gpkg"):
        shutil.copy(SAMPLE / name, user / name)
    write_patches(user / "parches.gpkg", PATCHES)
    map_path = _plain_map(user)
    sample = tmp_path / "muestra.gpkg"
    processing.run("miningloss:samplingdesign", {"MAP": map_path, "SAMPLE_SIZE": 120, "MIN_PER_STRATUM": 20,
                                                 "OUTPUT": str(sample)})
    _label_as_mapped(str(sample))
    shutil.copy(sample, user / "muestra_etiquetada.gpkg")
    out = tmp_path / "salidas"
    out.mkdir()
    cases = [
        {"name": "dossier", "algorithm": "miningloss:dossier",
         "layers": {"BEFORE": str(user / STACKS[0]), "AFTER": str(user / STACKS[1])},
         "outputs": {"POLYGONS": str(user / "parches.gpkg"), "SENSOR": 0, "ZONES": [str(user / "operations.gpkg")],
                     "ZONE_FIELD": "name", "REGIONS": str(user / "districts.gpkg"), "ANALYST": "Ana Quispe Mamani",
                     "OUTPUT": str(out / "expediente.pdf"), "OUTPUT_TABLE": str(out / "parches.csv")}},
        {"name": "design", "algorithm": "miningloss:samplingdesign", "layers": {"MAP": map_path},
         "outputs": {"SAMPLE_SIZE": 120, "MIN_PER_STRATUM": 20, "OUTPUT": str(out / "puntos.gpkg")}},
        {"name": "estimate", "algorithm": "miningloss:areaestimate", "layers": {"MAP": map_path},
         "outputs": {"POINTS": str(user / "muestra_etiquetada.gpkg"), "OUTPUT": str(out / "area.csv"),
                     "REPORT": str(out / "estimacion.html")}}]
    before = listing(user)
    report = run_dialog_cases(cases, tmp_path, out)
    for case in cases:
        record = report[case["name"]]
        assert record["ok"] is True, record["log"]
        assert all(record[key] == path for key, path in case["layers"].items()), record
    assert os.path.getsize(out / "expediente.pdf") > 10000
    assert "Exactitud global 1,000 ± 0,000 (95 %), " in report["estimate"]["log"]
    assert "Estimación de áreas con intervalos de confianza" in (out / "estimacion.html").read_text(encoding="utf-8")
    assert listing(user) == before
