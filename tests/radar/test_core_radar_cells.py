"""The radar engine's fast paths give exactly what the plain numpy definitions give (outputs stay bit-identical)."""
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mining_loss_monitor.algorithms.core.radar import tracking


def _middle_by_partition(values):
    finite = values[~np.isnan(values)]
    total = finite.size
    part = np.partition(finite, sorted({(total - 1) // 2, total // 2}))
    return part[(total - 1) // 2], part[total // 2]


@pytest.mark.parametrize("case", ["normal", "ties", "nan", "sample_misses", "constant", "abs"])
def test_middle_values_equal_a_full_partition(case):
    rng = np.random.default_rng(len(case))
    values = rng.standard_normal(200_003).astype(np.float32)
    if case == "ties":
        values = np.round(values * 4) / 4
    elif case == "nan":
        values[rng.random(values.size) < 0.4] = np.nan
    elif case == "sample_misses":  # every element the sample takes is far above the rest: the band misses
        values[:: values.size // 4096] = 1000.0
    elif case == "constant":
        values[:] = 2.5
    elif case == "abs":
        values = np.abs(values)
    total = int(np.count_nonzero(~np.isnan(values)))
    assert tracking.middle_values(values, total) == _middle_by_partition(values)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(-40, 10, width=32), min_size=1, max_size=300), st.integers(0, 3))
def test_middle_values_small(items, nan_every):
    values = np.array(items, np.float32)
    if nan_every:
        values[::nan_every + 1] = np.nan
    total = int(np.count_nonzero(~np.isnan(values)))
    if total:
        assert tracking.middle_values(values, total) == _middle_by_partition(values)


@pytest.mark.parametrize("dates", [1, 2, 3, 5, 6])
def test_baseline_median_equals_nanmedian(dates):
    rng = np.random.default_rng(dates)
    band = np.round(rng.normal(-8, 2, (dates, 4, 3, 64)), 1).astype(np.float32)  # ties too
    band[rng.random(band.shape) < 0.3] = np.nan
    band[:, 0, 0, :5] = np.nan  # never seen
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        expected = np.nanmedian(band, axis=0)
    assert np.array_equal(tracking._nanmedian_dates(band), expected, equal_nan=True)


@pytest.mark.parametrize("rows, cols", [(64, 96), (50, 70), (8, 8)])
def test_cells_round_trip_and_cell_median_definition(rows, cols):
    cells = tracking.Cells(rows, cols, 16)
    rng = np.random.default_rng(rows)
    values = rng.normal(0, 1, (rows, cols)).astype(np.float32)
    usable = rng.random((rows, cols)) < 0.7
    usable[:16, :16] = False  # a cell with nothing usable: the window's median
    usable[16:32, :16] &= rng.random(usable[16:32, :16].shape) < 0.05  # a cell with too few
    assert np.array_equal(cells.join(cells.split(values)), values)
    shift = tracking._cell_median(cells.split(values), cells.split(usable, False), cells)
    spread = cells.join(np.broadcast_to(shift, cells.shape).copy())
    fallback = np.float32(np.median(values[usable])) if usable.sum() >= 16 else 0.0
    for y in range(0, rows, 16):
        for x in range(0, cols, 16):
            block, ok = values[y:y + 16, x:x + 16], usable[y:y + 16, x:x + 16]
            enough = ok.sum() >= max(4, block.size // 8)
            expected = np.float32(np.median(block[ok])) if enough else fallback
            assert np.all(spread[y:y + 16, x:x + 16] == expected)


@pytest.mark.parametrize("uneven", [False, True])
def test_residual_spread_equals_its_definition(uneven):
    rng = np.random.default_rng(7)
    shape = (6, 2, 3, 256)
    valid = np.ones(shape, bool)
    if uneven:
        valid[rng.random(shape) < 0.2] = False
    band = np.where(valid, rng.normal(-7, 1.5, shape), np.nan).astype(np.float32)
    count = valid.sum(axis=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # pixels never seen
        mean = np.nan_to_num(np.nanmean(band, axis=0).astype(np.float32))
    forest = rng.random(shape[1:]) < 0.9
    n = np.maximum(count, 1)[None]
    where = valid & forest[None] & (count[None] > 1)
    expected = 1.4826 * float(np.median(np.abs((band - mean[None]) * np.sqrt(n / np.maximum(n - 1, 1)))[where]))
    assert tracking._residual_spread(band, mean, where, n, count[forest & (count > 1)]) == expected
