"""The radar dialog in the real Spanish QGIS desktop under Xvfb, driven as an analyst does (slow: ~25 s)."""
import glob
import os
import shutil

import pytest

from scripts.demo.simulate_s1 import acquisition_dates, make_radar_series
from tests.conftest import ROOT, run_dialog_cases

pytestmark = pytest.mark.skipif(not (shutil.which("xvfb-run") and shutil.which("qgis")),
                                reason="needs the QGIS desktop and xvfb-run")


def _outputs(folder, prefix):
    return {f"OUTPUT_{key}": str(folder / f"{prefix}_{key.lower()}.tif") for key in ("CLASS", "DATE", "CONFIDENCE")}


def test_extracted_products_and_a_wrong_pick_in_the_spanish_dialog(tmp_path):
    """QGIS's 'Añadir archivo(s)…' gives files, not product folders: the VV, VH and layover/shadow rasters of three
    extracted HyP3 products, picked folder by folder, make a three-date series (they were refused as 'no VH').
    Sentinel-2 stacks picked by mistake stop with a Spanish message naming the file, and write nothing."""
    products = make_radar_series(str(tmp_path / "hyp3"), size=45, dates=acquisition_dates()[:3])["products"]
    stacks = sorted(glob.glob(str(ROOT / "resources" / "sample" / "series" / "*_stack.tif")))[:3]
    cases = [{"name": "extracted", "groups": [sorted(glob.glob(os.path.join(p, "*.tif"))) for p in products],
              "outputs": _outputs(tmp_path, "extracted")},
             {"name": "optical", "groups": [stacks], "outputs": _outputs(tmp_path, "optical")}]
    report = run_dialog_cases(cases, tmp_path)
    extracted, optical = report["extracted"], report["optical"]
    assert extracted["ok"] is True, extracted["log"]
    assert "3 fechas de radar del" in extracted["log"]
    assert all(os.path.exists(p) for p in cases[0]["outputs"].values())
    assert optical["ok"] is not True  # QGIS 3.22 reports the failure; 3.44 emits no algorithmFinished for it
    assert (f"{os.path.basename(stacks[0])} no se puede usar: no es un producto RTC de Sentinel-1"
            in optical["log"]), optical["log"]
    assert not any(os.path.exists(p) for p in cases[1]["outputs"].values())
