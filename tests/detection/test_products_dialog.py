"""Products picked in the real detection dialogs (file paths in the layer widgets), in a child process."""
import json
import os
import subprocess
import sys

from scripts.demo import make_products
from tests.conftest import ROOT, SAMPLE_AFTER, SAMPLE_BEFORE, SAMPLE_SCL_AFTER, SAMPLE_SCL_BEFORE, needs_jpeg2000, read

DRIVER = ROOT / "tests" / "dialogs" / "product_dialog_driver.py"

pytestmark = needs_jpeg2000


def test_products_and_area_of_interest_from_the_dialogs(tmp_path):
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    before = make_products.sentinel2_product(SAMPLE_BEFORE, SAMPLE_SCL_BEFORE, 20180710, str(downloads))
    after = make_products.landsat_product(SAMPLE_AFTER, SAMPLE_SCL_AFTER, 20190805, str(downloads))
    spec = {"before": before, "after": after, "extent": "383500,386500,8562000,8564500 [EPSG:32719]",
            "output": str(tmp_path / "classes.tif"), "folder": str(tmp_path)}
    (tmp_path / "spec.json").write_text(json.dumps(spec))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path),
               MLM_PRODUCTS=str(tmp_path / "spec.json"))
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", str(DRIVER)],
                         cwd=str(ROOT), env=env, capture_output=True, text=True, timeout=600)
    tail = "\n".join(run.stdout.splitlines()[-15:] + run.stderr.splitlines()[-15:])
    assert run.returncode == 0, f"driver ended with {run.returncode} (negative: a crash):\n{tail}"
    result = json.loads(next(line[6:] for line in run.stdout.splitlines() if line.startswith("RESULT")))
    two = result["two_dates"]
    assert two["ok"] and two["BEFORE"] == before, two
    assert read(two["OUTPUT"]).shape == (250, 300)  # the area of interest, 10 m pixels
    assert two["MINING_HA"] > 1
    assert "383500" in result["series"]["EXTENT"]
