"""Radar loss alerts per pixel, in the spirit of RADD / BayTS (Reiche et al. 2015, 2021), one window at a time.

1. Baseline: the first BASELINE_DATES dates give each pixel its forest level (mean gamma0 in dB, VV and VH),
   after each date is levelled on its neighbourhood (below). Forest = baseline VV >= FOREST_VV_DB and
   VH >= FOREST_VH_DB; only forest is watched. The speckle spread (dB) is measured on the window's forest.
2. Levelling: each date's difference to the baseline is shifted by its median over a neighbourhood of
   about LEVEL_CELL_M (stable forest only, drops beyond LEVEL_IGNORE_DB left out, at most LEVEL_MAX_DB):
   the wet season (everything a little brighter), a storm cell (wet canopy, everything darker) and a swath
   edge darken or brighten whole neighbourhoods; a clearing does not.
3. Each later observation gives a probability of non-forest from two normal models of the drop in VV and VH:
   forest (no drop, the measured spread) and non-forest (the drop of cleared mining ground measured on real
   Sentinel-1 over La Pampa: VV 5.9 dB, VH 7.3 dB, spread NONFOREST_SPREAD_DB), clipped to P_MIN..P_MAX.
4. A pixel is flagged on the first date above FLAG_P; later dates update the probability by Bayes' rule;
   confirmed at CONFIRM_P, rejected at or below REJECT_P (later dates look like forest again) or when not
   confirmed within CONFIRM_DAYS. An open flag at the end with at least PROBABLE_P is probable.
5. What replaced the forest, from the dates after the flag: new water (VV <= WATER_VV_DB and
   VH <= WATER_VH_DB on at least a third of them), bare ground (mean VH drop >= BARE_DROP_VH_DB), else a
   vegetated clearing; the patch rule then calls a patch mining when it is mostly water or bare ground.
"""
import math
import warnings

import numpy as np

from ..detection import rules
from ..detection.dated_outputs import CONFIRMED_CONFIDENCE, PROBABLE_CONFIDENCE

BASELINE_DATES = 6
FOREST_VV_DB = -12.0
FOREST_VH_DB = -18.0
LEVEL_CELL_M = 900.0
LEVEL_IGNORE_DB = -3.0
LEVEL_MAX_DB = 4.0
NONFOREST_DROP_DB = (5.9, 7.3)  # La Pampa medians: forest -7.3 / -13.7, bare mining ground -13.2 / -21.0
NONFOREST_SPREAD_DB = 3.0
SPREAD_FLOOR_DB = 0.3
P_MIN, P_MAX = 0.2, 0.8
FLAG_P = 0.5
CONFIRM_P = 0.975
REJECT_P = 0.5
PROBABLE_P = 0.85
CONFIRM_DAYS = 90
WATER_VV_DB = -16.0
WATER_VH_DB = -21.0
BARE_DROP_VH_DB = 6.0
NONE, FLAGGED, CONFIRMED = 0, 1, 2


def baseline_count(n_dates):
    """How many of the first dates form the baseline (at least one date is left to monitor)."""
    return max(1, min(BASELINE_DATES, n_dates // 3))


def cell_pixels(pixel_size_m):
    """Side in pixels of the levelling neighbourhood: the power of two nearest LEVEL_CELL_M (windows of 256 x 512
    pixels then hold whole cells and follow the inputs' 256-pixel tiles)."""
    pixels = max(LEVEL_CELL_M / max(pixel_size_m, 1e-6), 8.0)
    return int(2 ** round(math.log2(pixels)))


class Cells:
    """A window's pixels grouped by levelling cell: arrays of shape (cells down, cells across, cell x cell), so the
    neighbourhood medians need no copy of the window; pixels past the window's edge are padding (never valid)."""

    def __init__(self, rows, cols, cell):
        self.rows, self.cols, self.cell = rows, cols, cell
        self.ny, self.nx = -(-rows // cell), -(-cols // cell)
        self.shape = (self.ny, self.nx, cell * cell)
        self.padded = (self.ny * cell, self.nx * cell) != (rows, cols)
        size = (np.minimum(cell, rows - np.arange(self.ny) * cell)[:, None]
                * np.minimum(cell, cols - np.arange(self.nx) * cell))
        self.enough = np.maximum(4, size // 8)  # observations a cell needs for its own median

    def split(self, array, fill=0, out=None):
        """A (rows, cols) array in cells (into `out` when given)."""
        cell = self.cell
        if self.padded:
            full = np.full((self.ny * cell, self.nx * cell), fill, dtype=array.dtype)
            full[:self.rows, :self.cols] = array
            array = full
        blocks = np.empty(self.shape, dtype=array.dtype) if out is None else out
        blocks.reshape(self.ny, self.nx, cell, cell)[...] = array.reshape(self.ny, cell, self.nx, cell).transpose(
            0, 2, 1, 3)
        return blocks

    def join(self, blocks):
        """Cells back to a (rows, cols) array."""
        cell = self.cell
        full = blocks.reshape(self.ny, self.nx, cell, cell).transpose(0, 2, 1, 3).reshape(self.ny * cell,
                                                                                           self.nx * cell)
        return np.ascontiguousarray(full[:self.rows, :self.cols])


def middle_values(values, total):
    """The ((total - 1) // 2)-th and (total // 2)-th smallest of the non-NaN `values` (flat; `total` of them), exactly
    as np.partition gives them: partitioned only within a band around a sample's median when the band holds them."""
    ranks = ((total - 1) // 2, total // 2)
    if values.size >= 65536:
        sample = values[::values.size // 4096]
        sample = sample[~np.isnan(sample)]
        if sample.size >= 1024:
            bounds = np.partition(sample, [int(sample.size * 0.45), int(sample.size * 0.55)])
            low, high = bounds[int(sample.size * 0.45)], bounds[int(sample.size * 0.55)]
            below = np.count_nonzero(values < low)
            inside = values[(values >= low) & (values <= high)]
            if below <= ranks[0] and ranks[1] < below + inside.size:  # else the band missed them: partition all
                part = np.partition(inside, sorted({ranks[0] - below, ranks[1] - below}))
                return part[ranks[0] - below], part[ranks[1] - below]
    part = np.partition(values, sorted(set(ranks)))
    return part[ranks[0]], part[ranks[1]]


def _cell_median(values, usable, cells):
    """Median of `values` (finite) over `usable` pixels in each cell, (ny, nx, 1); the median of all of them where a
    cell has too few (0 when the window has fewer than 16)."""
    blocks = np.where(usable, values, np.float32(np.nan))
    blocks.sort(axis=2)  # NaN (unusable) last
    count = np.count_nonzero(usable, axis=2)
    low = np.take_along_axis(blocks, np.maximum((count - 1) // 2, 0)[..., None], axis=2)[..., 0]
    high = np.take_along_axis(blocks, np.maximum(count // 2, 0)[..., None], axis=2)[..., 0]
    enough = count >= cells.enough
    fallback = 0.0
    total = int(count.sum())
    if not enough.all() and total >= 16:  # np.median of the usable values, from the sorted cells (NaN last)
        fallback = float(np.mean(np.array(middle_values(blocks.reshape(-1), total), dtype=np.float32)))
    median = np.where(enough, 0.5 * (low + high), fallback).astype(np.float32)
    return median[..., None]


def level(anomaly, usable, cells):
    """The neighbourhood shift of one polarisation's difference to the baseline (dB), one value per cell."""
    shift = _cell_median(anomaly, usable & (anomaly > LEVEL_IGNORE_DB), cells)
    return np.clip(shift, -LEVEL_MAX_DB, LEVEL_MAX_DB)


def _log_normal(x, mean, spread, log_spread):
    """-0.5 ((x - mean) / spread)^2 - log(spread), in one temporary."""
    value = np.subtract(x, mean)
    value /= spread
    np.square(value, out=value)
    value *= -0.5
    value -= log_spread
    return value


def drop_models(spread_vv, spread_vh):
    """Per polarisation: (spread, its log, the non-forest spread, its log, the non-forest mean drop)."""
    models = []
    for spread, nonforest_mean in ((spread_vv, NONFOREST_DROP_DB[0]), (spread_vh, NONFOREST_DROP_DB[1])):
        wide = np.hypot(spread, NONFOREST_SPREAD_DB)
        models.append((spread, np.log(spread), wide, np.log(wide), nonforest_mean))
    return models


def nonforest_probability(drop_vv, drop_vh, spread_vv, spread_vh, models=None):
    """P(non-forest | levelled differences to the baseline), both polarisations, clipped."""
    llr = np.zeros(drop_vv.shape, dtype=np.float32)
    for drop, (spread, log_spread, wide, log_wide, nonforest_mean) in zip(
            (drop_vv, drop_vh), models or drop_models(spread_vv, spread_vh)):
        change = _log_normal(drop, -nonforest_mean, wide, log_wide)
        change -= _log_normal(drop, 0.0, spread, log_spread)
        llr += change
    np.clip(llr, -30, 30, out=llr)
    np.negative(llr, out=llr)
    np.exp(llr, out=llr)
    llr += 1.0
    probability = np.divide(1.0, llr, out=llr)
    return np.clip(probability, P_MIN, P_MAX, out=probability)


def bayes(prior, likelihood):
    """Posterior probability of change after one more observation."""
    numerator = prior * likelihood
    return numerator / (numerator + (1 - prior) * (1 - likelihood))


def _nanmedian_dates(band):
    """np.nanmedian over the few baseline dates (axis 0), by a sorting network (numpy's goes through masked arrays
    and a sort along the slow axis)."""
    missing = np.isnan(band)
    count = len(band) - np.count_nonzero(missing, axis=0)
    ordered = list(np.where(missing, np.float32(np.inf), band))  # unseen last
    for step in range(len(ordered)):  # odd-even transposition sort
        for i in range(step % 2, len(ordered) - 1, 2):
            ordered[i], ordered[i + 1] = np.minimum(ordered[i], ordered[i + 1]), np.maximum(ordered[i], ordered[i + 1])
    high = count // 2
    low = np.where(count % 2 == 1, high, high - 1)
    pick = [np.choose(np.clip(i, 0, len(band) - 1), ordered) for i in (low, high)]
    median = (pick[0] + pick[1]) / np.float32(2)
    median[count == 0] = np.nan
    return median


def _residual_spread(band, mean, where, n, counts):
    """1.4826 x the median absolute residual of the baseline dates on forest (1.0 with fewer than 50), each residual
    scaled by sqrt(n / (n - 1)) for its pixel's n dates. When every pixel has the same n (the usual case) the
    median is taken on the float32 residuals and scaled after: the scaling keeps the order, so it is the same."""
    residual = band[where] - np.broadcast_to(mean, where.shape)[where]
    if residual.size < 50:
        return 1.0
    if counts.min() == counts.max():
        middle = np.array(middle_values(np.abs(residual), residual.size), dtype=np.float64)
        return 1.4826 * float(np.mean(middle * np.sqrt(counts[0] / max(counts[0] - 1, 1))))
    n_at = np.broadcast_to(n, where.shape)[where]
    return 1.4826 * float(np.median(np.abs(residual * np.sqrt(n_at / np.maximum(n_at - 1, 1))), overwrite_input=True))


class _Baseline:
    """Per-pixel forest level from the first dates, levelled on their neighbourhood (arrays in cells)."""

    def __init__(self, observe, n_dates, cells):
        """observe(index, out) writes one date's (vv, vh, valid) in cells into the three arrays of `out`."""
        raw = [np.empty((n_dates,) + cells.shape, np.float32) for _ in range(2)]
        valid = np.empty((n_dates,) + cells.shape, bool)
        for index in range(n_dates):
            observe(index, (raw[0][index], raw[1][index], valid[index]))
        count = valid.sum(axis=0)
        with np.errstate(invalid="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # pixels never seen on the baseline dates
            for band in raw:
                np.copyto(band, np.float32(np.nan), where=~valid)
            reference = [_nanmedian_dates(band) for band in raw]
            for band, ref in zip(raw, reference):
                usable = np.isfinite(ref)
                for index in range(n_dates):  # the anomaly matters only where usable (finite there)
                    band[index] -= level(band[index] - ref, valid[index] & usable, cells)
            self.vv, self.vh = (np.nanmean(band, axis=0).astype(np.float32) for band in raw)
        self.has = count > 0
        self.forest = self.has & (self.vv >= FOREST_VV_DB) & (self.vh >= FOREST_VH_DB)
        self.vv = np.nan_to_num(self.vv)
        self.vh = np.nan_to_num(self.vh)
        n = np.maximum(count, 1)[None]
        where = valid & self.forest[None] & (count[None] > 1)
        spreads = []
        for band, mean in zip(raw, (self.vv, self.vh)):
            spread = _residual_spread(band, mean, where, n, count[self.forest & (count > 1)])
            # the difference of a new date to a mean of n dates spreads sqrt(1 + 1/n) times more
            spreads.append(np.float32(max(spread, SPREAD_FLOOR_DB)) * np.sqrt(1 + 1 / n[0]).astype(np.float32))
        self.spread_vv, self.spread_vh = spreads
        self.models = drop_models(self.spread_vv, self.spread_vh)


def track_window(read, window, day_numbers, date_values, cell):
    """(pixel codes, loss dates, confidence) of one window. read(index, window) -> (vv_db, vh_db, valid)."""
    cells = Cells(window[3], window[2], cell)

    def observe(index, out=(None, None, None)):
        vv, vh, valid = read(index, window)
        return cells.split(vv, 0, out[0]), cells.split(vh, 0, out[1]), cells.split(valid, False, out[2])

    shape = cells.shape
    n_base = baseline_count(len(date_values))
    baseline = _Baseline(observe, n_base, cells)
    status = np.zeros(shape, np.uint8)
    probability = np.zeros(shape, np.float32)
    flag_date = np.zeros(shape, np.int32)
    flag_day = np.zeros(shape, np.int32)
    n_after = np.zeros(shape, np.uint16)
    n_water = np.zeros(shape, np.uint16)
    drop_vh_sum = np.zeros(shape, np.float32)
    seen = baseline.has.copy()
    with np.errstate(invalid="ignore", over="ignore"):  # unseen pixels may hold NaN or inf
        for index in range(n_base, len(date_values)):
            vv, vh, valid = observe(index)
            seen |= valid
            watched = valid & baseline.forest
            drop_vv = vv - baseline.vv  # finite where valid; other pixels never count
            drop_vh = vh - baseline.vh
            stable = watched & (status == NONE)
            drop_vv -= level(drop_vv, stable, cells)
            drop_vh -= level(drop_vh, stable, cells)
            likelihood = nonforest_probability(drop_vv, drop_vh, None, None, baseline.models)
            day = day_numbers[index]
            # open flags: update, confirm, reject
            open_flag = watched & (status == FLAGGED)
            probability[open_flag] = bayes(probability[open_flag], likelihood[open_flag])
            status[open_flag & (probability >= CONFIRM_P)] = CONFIRMED
            rejected = open_flag & (status == FLAGGED) & (probability <= REJECT_P + 1e-6)  # float32 rounding
            rejected |= (status == FLAGGED) & (day - flag_day > CONFIRM_DAYS) & valid
            status[rejected] = NONE
            n_after[rejected] = 0
            n_water[rejected] = 0
            drop_vh_sum[rejected] = 0
            # new flags
            new_flag = watched & (status == NONE) & ~rejected & (likelihood > FLAG_P)
            status[new_flag] = FLAGGED
            probability[new_flag] = likelihood[new_flag]
            flag_date[new_flag] = date_values[index]
            flag_day[new_flag] = day
            # what replaced the forest, on the dates since the flag
            active = watched & (status != NONE)
            np.add(n_after, 1, out=n_after, where=active)
            water = active & (baseline.vv + drop_vv <= WATER_VV_DB) & (baseline.vh + drop_vh <= WATER_VH_DB)
            np.add(n_water, 1, out=n_water, where=water)
            np.add(drop_vh_sum, drop_vh, out=drop_vh_sum, where=active)
    probable = (status == FLAGGED) & (probability >= PROBABLE_P)
    detected = (status == CONFIRMED) | probable
    codes = np.full(shape, rules.NO_LOSS, np.uint8)
    mean_drop_vh = drop_vh_sum / np.maximum(n_after, 1)
    codes[detected] = rules.VEGETATED
    codes[detected & (mean_drop_vh <= -BARE_DROP_VH_DB)] = rules.TAILINGS
    codes[detected & (3 * n_water >= n_after) & (n_water > 0)] = rules.POND
    codes[~seen] = rules.MASKED
    confidence = np.where(status == CONFIRMED, CONFIRMED_CONFIDENCE,
                          np.where(probable, PROBABLE_CONFIDENCE, 0)).astype(np.uint8)
    return cells.join(codes), cells.join(np.where(detected, flag_date, 0).astype(np.int32)), cells.join(confidence)
