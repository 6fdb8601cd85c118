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


@pytest.mark.parametrize("scale, offset", [(1e-4, 0.0), (1e-4, -0.1), (2.75e-5, -0.2)])
def test_fit_on_dn_samples_is_the_fit_on_reflectance(scale, offset):
    """The series keeps its normalisation samples as DN; the fit on them is the fit on their reflectance, the
    fallback to medians (no spread, or a slope out of range) included."""
    rng = np.random.default_rng(9)
    grid = (scale, offset)
    cases = [(rng.integers(2000, 3000, 4000), rng.integers(1800, 3300, 4000)),  # a straight fit
             (np.full(3000, 2500), rng.integers(1000, 4000, 3000)),  # no spread: medians
             (rng.integers(2000, 2100, 3000), rng.integers(0, 9000, 3000))]  # a slope out of range: medians
    for after, before in cases:
        after, before = after.astype(np.uint16), before.astype(np.uint16)
        expected = normalise.fit_band(normalise.dn_reflectance(after, grid), normalise.dn_reflectance(before, grid),
                                      grid)
        assert normalise.fit_band(after, before, grid, as_dn=True) == expected
        np.testing.assert_array_equal(normalise.dn_of(normalise.dn_reflectance(after, grid), grid), after)


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


def test_series_rasters_with_samples_kept_as_dn_or_reflectance(series, tmp_path, monkeypatch):
    """Dates whose samples are off the DN grid keep their reflectance; fitted against a reference kept as DN (or the
    other way round), the rasters are those of samples all kept as DN."""
    from algorithms.core.detection import series_samples

    as_dn = _run(series, tmp_path, "dn")
    calls = []
    real = series_samples.dn_of
    monkeypatch.setattr(series_samples, "dn_of", lambda values, grid: None if calls.append(1) or len(calls) % 2
                        else real(values, grid))
    mixed = _run(series, tmp_path, "mixed")
    assert len(calls) == len(series["stacks"])
    for ours, theirs in zip(as_dn, mixed):
        np.testing.assert_array_equal(ours, theirs)


def _rule_as_written(before, after, usable, ground):
    """The rule's codes as the thresholds read, one full-size mask a test (the code before the loss-only codes)."""
    from algorithms.core.detection import rules as r
    from algorithms.core.detection.reflectance import mndwi, nbr, ndvi, redness

    ndvi_before, ndvi_after = ndvi(before), ndvi(after)
    forest = (ndvi_before >= r.FOREST_NDVI) & (nbr(before) >= r.FOREST_NBR) & (mndwi(before) < 0)
    cleared = (nbr(before) - nbr(after) >= r.LOSS_DNBR) & (nbr(after) <= r.LOSS_NBR_CEILING)
    cleared |= (after["red"] >= r.GREENING_RED_RATIO * before["red"]) & (
        ndvi_before - ndvi_after >= r.GREENING_DNDVI) & (after["red"] > after["blue"]) & (
        after["swir2"] >= r.GREENING_SWIR2_RATIO * before["swir2"])
    water = (mndwi(after) > r.WATER_MNDWI) & (after["nir"] < r.WATER_NIR)
    loss = forest & (cleared | water)
    visible = (after["blue"] + after["green"] + after["red"]) / np.float32(3)
    tailings = (redness(after) <= r.TAILINGS_MAX_REDNESS) & (visible >= r.TAILINGS_MIN_VISIBLE)
    vegetated = ndvi_after >= r.VEGETATED_NDVI
    codes = np.zeros(usable.shape, dtype=np.uint8)
    codes[loss] = r.BARE_OTHER
    codes[loss & tailings & ~vegetated] = r.TAILINGS
    codes[loss & vegetated] = r.VEGETATED
    codes[loss & (visible < r.BURN_MAX_VISIBLE) & ~water & ~vegetated] = r.BARE_OTHER
    codes[loss & water] = r.POND
    if ground:
        water_before = (mndwi(before) > r.WATER_MNDWI) & (before["nir"] < r.WATER_NIR)
        r.mark_ground(codes, tailings & ~vegetated & ~water, water_before, water)
    codes[~usable] = r.MASKED
    return codes


def test_loss_only_codes_are_the_rules():
    from algorithms.core.detection import rules
    from algorithms.core.detection.reflectance import Reflectance

    rng = np.random.default_rng(9)
    shape = (300, 400)
    roles = ("blue", "green", "red", "nir", "swir1", "swir2")
    # forest before, and after a mix of forest, ponds, tailings, burns, pasture and anything in between
    forest = {"blue": 0.02, "green": 0.045, "red": 0.025, "nir": 0.32, "swir1": 0.14, "swir2": 0.06}
    before = {role: (forest[role] * rng.uniform(0.6, 1.5, shape)).astype(np.float32) for role in roles}
    after = {role: rng.uniform(0.0, 0.4 if role == "nir" else 0.25, shape).astype(np.float32) for role in roles}
    usable = rng.random(shape) > 0.2
    for ground in (False, True):
        expected = _rule_as_written(before, after, usable, ground)
        assert len(np.unique(expected)) >= 6
        for wrap in (dict, Reflectance):
            np.testing.assert_array_equal(rules.classify_pixels(wrap(before), wrap(after), usable, ground), expected)
    codes, loss = rules.classify_loss(Reflectance(before), Reflectance(after), usable)
    np.testing.assert_array_equal(loss, (codes >= rules.POND) & (codes <= rules.VEGETATED))
