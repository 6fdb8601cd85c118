"""Relative radiometric normalisation of the later image on forest that stayed forest.

The later image is mapped band by band onto the earlier one with a straight line fitted
through matching quantiles (10th..90th) of pixels that are dense forest on both dates.
Scene-wide differences (sun, season, haze, sensor) then cancel before the rule is applied.
"""
import numpy as np

from .reflectance import ndvi

FOREST_NDVI_SAMPLE = 0.7
QUANTILES = (10, 25, 50, 75, 90)
MIN_SAMPLES = 500
SLOPE_RANGE = (0.5, 2.0)
MAX_COUNTED_DN = 1 << 20  # percentiles count DN below this (uint16 reflectance and more)


def sample_windows(width, height, size=128, per_side=8):
    """Up to per_side**2 windows spread evenly over the grid."""
    xs = np.unique(np.linspace(0, max(width - size, 0), per_side).astype(int))
    ys = np.unique(np.linspace(0, max(height - size, 0), per_side).astype(int))
    for y in ys:
        for x in xs:
            yield int(x), int(y), min(size, width - int(x)), min(size, height - int(y))


def percentiles(values, dn_grid=None):
    """np.percentile(values, QUANTILES), the same numbers. With `dn_grid` (scale, offset): when every value is
    DN * scale + offset (float32, as reflectance_of makes it) the order statistics come from a count of the DN
    instead of numpy's partition (about six times faster on a million samples), and numpy interpolates them."""
    dn = dn_of(values, dn_grid) if dn_grid is not None else None
    if dn is None:
        return np.percentile(values, QUANTILES)
    return dn_percentiles(dn, dn_grid)


def dn_percentiles(dn, dn_grid):
    """np.percentile of the reflectance DN * scale + offset (float32) of non-negative integer DN, from their count."""
    scale, offset = np.float32(dn_grid[0]), np.float32(dn_grid[1])
    ranked = np.cumsum(np.bincount(dn))
    positions = (len(dn) - 1) * np.true_divide(QUANTILES, 100)  # numpy's linear method, its order statistics
    below = np.floor(positions)
    ranks = np.stack([below, np.minimum(below + 1, len(dn) - 1)]).astype(np.int64)
    order = np.multiply(np.searchsorted(ranked, ranks, side="right"), scale, dtype=np.float32)
    if offset:
        order += offset
    # numpy's own interpolation between the two order statistics, with the fraction it would use
    return np.concatenate([np.quantile(order[:, i], [positions[i] - below[i]]) for i in range(len(QUANTILES))])


def dn_reflectance(dn, dn_grid):
    """The float32 reflectance DN * scale + offset, as reflectance_of makes it."""
    values = np.multiply(dn, np.float32(dn_grid[0]), dtype=np.float32)
    if dn_grid[1]:
        values += np.float32(dn_grid[1])
    return values


def dn_of(values, dn_grid):
    """The DN (integers) behind float32 values DN * scale + offset, or None when some value is not on that grid."""
    return _dn_of(values, dn_grid) if len(values) else None


def _dn_of(values, dn_grid):
    """The DN behind float32 values DN * scale + offset, or None when some value is not on that grid."""
    scale, offset = np.float32(dn_grid[0]), np.float32(dn_grid[1])
    if values.dtype != np.float32 or scale <= 0:
        return None
    dn = np.subtract(values, offset)
    dn /= scale
    np.rint(dn, out=dn)
    if dn.min() < 0 or dn.max() >= MAX_COUNTED_DN:
        return None
    dn = dn.astype(np.int32)
    again = np.multiply(dn, scale, dtype=np.float32)  # as reflectance_of makes it
    if offset:
        again += offset
    return dn if np.array_equal(again, values) else None


def fit_band(after_values, before_values, dn_grid=None, as_dn=False):
    """(gain, offset) so that gain * after + offset matches before on forest quantiles (`dn_grid`: see
    percentiles; `as_dn`: both given as their DN on that grid, the same numbers)."""
    if as_dn:
        qa, qb = dn_percentiles(after_values, dn_grid), dn_percentiles(before_values, dn_grid)
    else:
        qa, qb = percentiles(after_values, dn_grid), percentiles(before_values, dn_grid)
    if np.ptp(qa) > 1e-4:
        gain, offset = np.polyfit(qa, qb, 1)
        if SLOPE_RANGE[0] <= gain <= SLOPE_RANGE[1]:
            return float(gain), float(offset)
    if as_dn:  # the fallback's medians of the reflectance itself
        after_values, before_values = dn_reflectance(after_values, dn_grid), dn_reflectance(before_values, dn_grid)
    median_after = float(np.median(after_values))
    if median_after > 1e-4:
        return float(np.median(before_values)) / median_after, 0.0
    return 1.0, 0.0


class Normalisation:
    """Per-role (gain, offset) applied to the later image."""

    def __init__(self, coefficients=None, samples=0):
        self.coefficients = coefficients or {}
        self.samples = samples

    def apply(self, refl):
        for role, (gain, offset) in self.coefficients.items():
            band = refl[role]
            band *= np.float32(gain)
            band += np.float32(offset)
        return refl

    @classmethod
    def estimate(cls, read_pair, windows, dn_grid=None):
        """Fit on forest pixels clear on both dates; read_pair(window) -> (before, after, usable); `dn_grid`: the
        (scale, offset) of reflectance = DN * scale + offset, which lets fit_band count DN (the same numbers).

        The windows read are kept as they are (a series shares its reference date's windows between every
        date: no copy) and each band's samples gathered only when it is fitted.
        """
        kept = []
        count = 0
        for window in windows:
            before, after, usable = read_pair(window)
            forest = usable & (ndvi(before) > FOREST_NDVI_SAMPLE) & (ndvi(after) > FOREST_NDVI_SAMPLE)
            if not forest.any():
                continue
            count += int(forest.sum())
            kept.append((before, after, forest))
        return cls.fit(kept[0][0] if kept else (), count, lambda role: (
            np.concatenate([after[role][forest] for _, after, forest in kept]),
            np.concatenate([before[role][forest] for before, _, forest in kept])), dn_grid)

    @classmethod
    def fit(cls, roles, count, samples, dn_grid=None, as_dn=False):
        """Fit on `count` samples already chosen (dense forest clear on both dates); samples(role) -> (after values,
        before values), made only when that role is fitted (`as_dn`: their DN on `dn_grid`)."""
        if count < MIN_SAMPLES:
            return cls({}, count)
        return cls({role: fit_band(*samples(role), dn_grid, as_dn) for role in roles}, count)
