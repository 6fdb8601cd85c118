"""GDAL handles: a band used after its dataset is freed fails on newer GDAL (3.10+: "argument 1 of type
'GDALRasterBandShadow *'"), though it works on 3.6. Taking a band straight from the dataset that Open returns, in one
expression, frees the dataset before the band is used; keep the dataset in a name.
Found on the QGIS 3.44 / GDAL 3.13 run of 2026-12-03."""
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHAINED = re.compile(r"gdal\.(Open|OpenEx)\((?:[^()]|\([^()]*\))*\)\s*\.\s*GetRasterBand\(")


def test_no_band_taken_from_a_dataset_nobody_holds():
    files = subprocess.run(["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()
    found = [f"{name}:{number}" for name in files
             for number, line in enumerate((ROOT / name).read_text(encoding="utf-8").splitlines(), 1)
             if CHAINED.search(line)]
    assert not found, found
