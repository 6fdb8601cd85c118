"""Real Landsat 8 over the La Pampa mining corridor (2018-09-06), unchanged: no loss, no mining (optional).

../shared/data/la_pampa_2018 (Apache-2.0, not bundled): forest, old tailings and ponds side by side. The image after
is the same scene as another date would see it: other gains and offsets per band, haze (blue raised most) and 3 %
pixel noise. Nothing changed on the ground, so the rule must read no loss, and above all no mining, even though old
tailings and ponds surround the forest edge (the patch rule's mining-front test reads exactly that).
"""
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal

from algorithms.core.detection import masks
from algorithms.core.detection.sensors import sensor_for
from algorithms.core.detection.twodates import detect_two_dates
from tests.conftest import read

LANDSAT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "la_pampa_2018" / \
    "LC08_003069_20180906_clip.tif"
pytestmark = pytest.mark.skipif(not LANDSAT.exists(), reason="real Landsat 8 (not bundled) lives in ../shared")
GAINS = np.array([1.06, 1.04, 1.03, 0.97, 1.02, 1.03], np.float32)[:, None, None]
OFFSETS = np.array([40, 30, 20, -50, 20, 10], np.float32)[:, None, None]  # reflectance x 10000
HAZE = np.array([150, 100, 60, 30, 5, 0], np.float32)[:, None, None]


def _write(path, bands, reference):
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), bands.shape[2], bands.shape[1], 6, gdal.GDT_Float32)
    dataset.SetGeoTransform(reference.GetGeoTransform())
    dataset.SetProjection(reference.GetProjection())
    for index in range(6):
        dataset.GetRasterBand(index + 1).WriteArray(bands[index])
    return str(path)


@pytest.mark.parametrize("change", ["gains", "haze"])
def test_unchanged_la_pampa_reads_no_loss_and_no_mining(tmp_path, change):
    reference = gdal.Open(str(LANDSAT))
    bands = reference.ReadAsArray().astype(np.float32)
    noise = 1 + 0.03 * np.random.default_rng(5).standard_normal(bands.shape).astype(np.float32)
    after = (bands * GAINS + OFFSETS if change == "gains" else bands + HAZE) * noise
    out = tmp_path / "classes.tif"
    result = detect_two_dates(_write(tmp_path / "before.tif", bands, reference),
                              _write(tmp_path / "after.tif", after, reference), str(out), sensor_for(0))
    classes = read(out)
    clear = classes != 255
    assert clear.mean() > 0.75  # old tailings are ground, not cloud (the blue > 0.18 screen alone masked 21 %)
    assert np.count_nonzero(np.isin(classes, (1, 2))) <= 0.002 * np.count_nonzero(clear)
    assert np.count_nonzero(classes == 1) == 0 and result.mining_ha == 0.0


def test_old_tailings_are_not_screened_as_cloud():
    """A fifth of the scene is tailings and sand brighter than 0.18 in blue: the old screen took all of it for
    cloud, the new one keeps two thirds (the rest: wet sand and sediment-laden shallow ponds, flat in SWIR)."""
    bands = gdal.Open(str(LANDSAT)).ReadAsArray().astype(np.float32) / 10000
    refl = {role: bands[index] for index, role in enumerate(("blue", "green", "red", "nir", "swir1", "swir2"))}
    bright = refl["blue"] > masks.CLOUD_BLUE
    assert 0.2 < bright.mean() < 0.22
    assert masks.spectral_screen(refl)[bright].mean() < 0.40
    assert masks.spectral_screen(refl).mean() < 0.09
