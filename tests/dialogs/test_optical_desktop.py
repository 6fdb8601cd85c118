"""The time-series dialog in the real Spanish QGIS desktop under Xvfb, with products as analysts download them
(slow: ~40 s): files picked with 'Añadir archivo(s)…', a downloads folder with 'Añadir directorio…', a Level-1C,
and one band of a .SAFE picked with '…' as the two-date detection's image before."""
import glob
import os
import shutil

import pytest

from scripts.demo import make_products
from tests.conftest import (
    SAMPLE_AFTER,
    SAMPLE_BEFORE,
    SAMPLE_SCL_AFTER,
    SAMPLE_SCL_BEFORE,
    needs_jpeg2000,
    run_dialog_cases,
)

pytestmark = [needs_jpeg2000, pytest.mark.skipif(not (shutil.which("xvfb-run") and shutil.which("qgis")),
                                                 reason="needs the QGIS desktop and xvfb-run")]


def _outputs(folder, prefix):
    return {f"OUTPUT_{key}": str(folder / f"{prefix}_{key.lower()}.tif") for key in ("CLASS", "DATE", "CONFIDENCE")}


def _files(folder):
    """The files under `folder`, `.aux.xml` included: on QGIS 3.44 the values written back for the log and the
    History (valueAsJsonObject) loaded each picked file as a layer, and its statistics landed beside it."""
    return sorted(os.path.relpath(os.path.join(root, name), folder)
                  for root, _dirs, names in os.walk(folder) for name in names)


def test_downloaded_products_in_the_spanish_series_dialog(tmp_path):
    """Unzipped .SAFE bands and SCL (picked folder by folder) and an extracted Landsat tar make a two-date series;
    'Añadir directorio…' over the downloads (zips, tars and what they were extracted to) reads each product once;
    a Level-1C product stops with a Spanish message and writes nothing. The downloads stay as they were."""
    downloads, level1 = tmp_path / "descargas", tmp_path / "nivel1"
    downloads.mkdir()
    level1.mkdir()
    make_products.sentinel2_product(SAMPLE_BEFORE, SAMPLE_SCL_BEFORE, 20180710, str(downloads))
    make_products.landsat_product(SAMPLE_AFTER, SAMPLE_SCL_AFTER, 20190805, str(downloads))
    make_products.sentinel2_product(SAMPLE_BEFORE, SAMPLE_SCL_BEFORE, 20180710, str(level1), level="1C", form="safe")
    make_products.sentinel2_product(SAMPLE_AFTER, SAMPLE_SCL_AFTER, 20190805, str(level1), form="safe")
    safe = glob.glob(str(downloads / "*.SAFE"))[0]
    landsat = next(p for p in glob.glob(str(downloads / "LC09_*")) if os.path.isdir(p))
    groups = [sorted(glob.glob(f"{safe}/GRANULE/*/IMG_DATA/{r}/*.jp2")) for r in ("R10m", "R20m")]
    cases = [{"name": "files", "groups": groups + [sorted(glob.glob(landsat + "/*.TIF"))]},
             {"name": "directory", "groups": [str(downloads)], "directory": True},
             {"name": "level1c", "groups": [str(level1)], "directory": True}]
    for case in cases:
        case.update(algorithm="miningloss:detecttimeseries", outputs=_outputs(tmp_path, case["name"]))
    band = glob.glob(f"{safe}/GRANULE/*/IMG_DATA/R10m/*_B04_10m.jp2")[0]
    cases.append({"name": "two_dates", "algorithm": "miningloss:detecttwodates", "outputs": {
        "OUTPUT": str(tmp_path / "two_dates.tif")}, "layers": {"BEFORE": band, "AFTER": landsat + ".tar"}})
    before = {folder: _files(folder) for folder in (downloads, level1)}
    report = run_dialog_cases(cases, tmp_path)
    files, directory, level1c = report["files"], report["directory"], report["level1c"]
    assert len(files["images"]) == 15 and files["ok"] is True, files["log"]
    assert "2 imágenes del" in files["log"] and "se leyeron como los productos completos" in files["log"]
    assert directory["ok"] is True, (directory["images"], directory["log"])
    assert "2 imágenes del" in directory["log"]
    assert level1c["ok"] is not True  # QGIS 3.44 emits no algorithmFinished for a failed run
    assert "no se puede usar S2B_MSIL1C_20180710" in level1c["log"] and "nivel 1C" in level1c["log"], level1c["log"]
    two_dates = report["two_dates"]  # one band of the .SAFE picked with '…' as the image before: its product
    assert two_dates["ok"] is True and two_dates["BEFORE"] == band, two_dates["log"]
    assert "se leyeron como los productos completos: " + os.path.basename(safe) in two_dates["log"]
    assert "Imagen anterior: 10 jul 2018" in two_dates["log"]
    assert all(os.path.exists(p) for case in cases[:2] + cases[3:] for p in case["outputs"].values())
    assert not any(os.path.exists(p) for p in cases[2]["outputs"].values())
    assert {folder: _files(folder) for folder in (downloads, level1)} == before  # nothing unpacked or changed
