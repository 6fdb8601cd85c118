"""The series engine's shortcuts give numpy's numbers (core, no QGIS): the normalisation's percentiles from DN
counts, the rule on the clear pixels only."""
import numpy as np
import pytest

from algorithms.core.detection import masks, normalise, timeseries
from algorithms.core.detection.normalise import QUANTILES, percentiles
from algorithms.core.detection.sensors import sensor_for
from tests.conftest import read


@pytest.fixture(scope="module")
def series(tmp_path_factory):
    from scripts.demo.simulate_s2 import make_series

    return make_series(str(tmp_path_factory.mktemp("series")), seed=34, size=150, pixel=20.0, edges=True)


def _run(series, folder, name):
    outputs = [str(folder / f"{name}_{kind}.tif") for kind in ("class", "date", "conf")]
    timeseries.detect_time_series(series["stacks"], *outputs, sensor_for(0), series["masks"], masks.SCL,
                                  min_area_ha=0.1, buffer_m=40.0)
    return [read(path) for path in outputs]


@pytest.mark.parametrize("scale, offset", [(1e-4, 0.0), (1e-4, -0.1), (2.75e-5, -0.2), (1.0, 0.0)])
def test_percentiles_from_counts_are_numpys(scale, offset):
    rng = np.random.default_rng(7)
    for size in (1, 2, 3, 7, 100, 999, 65_537):
        for top in (1, 40, 4000, 65_535):
            dn = rng.integers(0, top + 1, size).astype(np.uint16)
            values = np.multiply(dn, np.float32(scale), dtype=np.float32)
            if offset:
                values += np.float32(offset)
            expected = np.percentile(values, QUANTILES)
            got = percentiles(values, (scale, offset))
            assert got.dtype == expected.dtype
            np.testing.assert_array_equal(got, expected)


def test_percentiles_counted_only_on_the_dn_grid():
    rng = np.random.default_rng(8)
    values = rng.random(5000).astype(np.float32)  # not DN * 1e-4
    assert normalise._dn_of(values, (1e-4, 0.0)) is None
    np.testing.assert_array_equal(percentiles(values, (1e-4, 0.0)), np.percentile(values, QUANTILES))
    on_grid = np.multiply(rng.integers(0, 9000, 5000), np.float32(1e-4), dtype=np.float32)
    assert normalise._dn_of(on_grid, (1e-4, 0.0)) is not None
    assert normalise._dn_of(on_grid - np.float32(1), (1e-4, 0.0)) is None  # negative DN: numpy's partition
    assert normalise._dn_of(on_grid.astype(np.float64), (1e-4, 0.0)) is None


def test_series_rasters_as_with_numpys_percentiles(series, tmp_path, monkeypatch):
    fitted = []
    real_fit = normalise.fit_band
    monkeypatch.setattr(normalise, "fit_band", lambda *args: fitted.append(real_fit(*args)) or fitted[-1])
    counted = _run(series, tmp_path, "counted")
    assert any(gain != 1.0 for gain, _ in fitted)  # the dates were fitted
    monkeypatch.setattr(normalise, "_dn_of", lambda values, dn_grid: None)
    numpys = _run(series, tmp_path, "numpy")
    assert (counted[0] == 1).sum() > 100 and (counted[2] == 3).sum() > 100  # mining found, confirmed
    for ours, theirs in zip(counted, numpys):
        np.testing.assert_array_equal(ours, theirs)
