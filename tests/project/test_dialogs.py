"""Every algorithm's real dialog, driven through its widgets, in a child process (a crash fails here)."""
import json
import os
import subprocess
import sys

from tests.conftest import ROOT

DRIVER = ROOT / "tests" / "dialogs" / "dialog_driver.py"


def test_no_dialog_crashes_whatever_layer_is_picked(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path))
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", str(DRIVER)],
                         cwd=str(ROOT), env=env, capture_output=True, text=True, timeout=600)
    tail = "\n".join(run.stdout.splitlines()[-15:] + run.stderr.splitlines()[-15:])
    assert run.returncode == 0, f"dialog driver ended with {run.returncode} (a negative code is a crash):\n{tail}"
    result = json.loads(next(line[6:] for line in run.stdout.splitlines() if line.startswith("RESULT")))
    assert {"miningloss:regionsummary", "miningloss:compareperiods", "miningloss:detecttwodates",
            "miningloss:detecttimeseries", "miningloss:vectorize", "miningloss:importoperations",
            "miningloss:samplingdesign", "miningloss:areaestimate", "miningloss:detectradar",
            "miningloss:integratealerts"} <= set(
        result["opened"])
    fields = result["fields"]
    # polygons: their fields are offered; a raster: nothing to pick, and no crash
    assert fields["polygons"]["enabled"] and {"year", "Mined area (ha)"} <= set(fields["polygons"]["fields"])
    assert not fields["raster"]["enabled"] and fields["raster"]["fields"] == []
    assert "year" in fields["again"]["fields"]
    # the values the widgets hold run the algorithm: Amazon Mining Watch per province and year
    assert result["run"]["parameters"]["GROUP_FIELD"] == "year"
    rows = result["run"]["rows"]
    assert rows[0].startswith("region,period") and len(rows) > 4
    assert any(row.startswith('"1701","201900",') for row in rows)
    assert result["csv_output"].endswith("mercurio.csv"), result["csv_output"]  # a CSV table, not refused
