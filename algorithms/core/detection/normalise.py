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


def sample_windows(width, height, size=128, per_side=8):
    """Up to per_side**2 windows spread evenly over the grid."""
    xs = np.unique(np.linspace(0, max(width - size, 0), per_side).astype(int))
    ys = np.unique(np.linspace(0, max(height - size, 0), per_side).astype(int))
    for y in ys:
        for x in xs:
            yield int(x), int(y), min(size, width - int(x)), min(size, height - int(y))


def fit_band(after_values, before_values):
    """(gain, offset) so that gain * after + offset matches before on forest quantiles."""
    qa = np.percentile(after_values, QUANTILES)
    qb = np.percentile(before_values, QUANTILES)
    if np.ptp(qa) > 1e-4:
        gain, offset = np.polyfit(qa, qb, 1)
        if SLOPE_RANGE[0] <= gain <= SLOPE_RANGE[1]:
            return float(gain), float(offset)
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
    def estimate(cls, read_pair, windows):
        """Fit on forest pixels clear on both dates; read_pair(window) -> (before, after, usable)."""
        before_parts, after_parts = {}, {}
        count = 0
        for window in windows:
            before, after, usable = read_pair(window)
            forest = usable & (ndvi(before) > FOREST_NDVI_SAMPLE) & (ndvi(after) > FOREST_NDVI_SAMPLE)
            if not forest.any():
                continue
            count += int(forest.sum())
            for role in before:
                before_parts.setdefault(role, []).append(before[role][forest])
                after_parts.setdefault(role, []).append(after[role][forest])
        if count < MIN_SAMPLES:
            return cls({}, count)
        coefficients = {
            role: fit_band(np.concatenate(after_parts[role]), np.concatenate(before_parts[role]))
            for role in before_parts
        }
        return cls(coefficients, count)
