"""The real QGIS desktop under Xvfb with the plugin enabled in a throw-away profile (slow: ~10 s each)."""
import datetime
import shutil

import pytest

from scripts.docs.screenshots import main as run_desktop

pytestmark = pytest.mark.skipif(not (shutil.which("xvfb-run") and shutil.which("qgis")),
                                reason="needs the QGIS desktop and xvfb-run")


@pytest.mark.parametrize("locale, title", [(None, "Mining loss timeline"),
                                           ("es", "Línea de tiempo de la pérdida minera")])
def test_dock_in_the_real_desktop(tmp_path, locale, title):
    report = run_desktop(str(tmp_path), locale, demo_output=str(tmp_path / "no_demo"))
    assert "error" not in report, report.get("error")
    assert report["dock"] == "MiningLossTimelineDock" and report["title"] == title
    assert report["operations"] == ["Operation Mercurio"]
    begin, end = (datetime.date.fromisoformat(d) for d in report["temporal_range"])
    assert begin <= datetime.date(2019, 2, 19) <= end
    x0, y0, x1, y1 = report["extent"]
    assert x0 < -70.0 < x1 and y0 < -12.95 < y1  # the La Pampa area (canvas in EPSG:4326 here)
    assert (tmp_path / "qgis_timeline_dock.png").stat().st_size > 10000


def test_report_made_in_the_spanish_desktop_equals_the_qgis_process_one(tmp_path):
    """The desktop sets Qt's default locale, qgis_process does not: the reports must not care."""
    from scripts.docs.guide_inputs import report_parameters
    from scripts.docs.screenshots import same_as_qgis_process
    from tests.conftest import ROOT

    no_demo = str(tmp_path / "no_demo")
    report = run_desktop(str(tmp_path), "es", demo_output=no_demo, tasks=("report",))
    assert "error" not in report, report.get("error")
    made = open(report["reports"]["report_regions"], encoding="utf-8").read()
    assert "2018-T1" in made and "Sin pérdida en 11 regiones" in made and "127,68" in made
    assert same_as_qgis_process(report["reports"]["report_regions"], report_parameters(str(ROOT), no_demo)[0],
                                str(tmp_path))
