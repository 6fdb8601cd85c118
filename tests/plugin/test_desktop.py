"""The real QGIS desktop under Xvfb with the plugin enabled in a throw-away profile (slow: ~10 s each)."""
import datetime
import shutil

import pytest

from scripts.screenshots import main as run_desktop

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
