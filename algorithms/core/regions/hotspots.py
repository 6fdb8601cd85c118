"""Emerging hot spots: Getis-Ord Gi* per period, Mann-Kendall trend, and ESRI's pattern categories.

Definitions follow ESRI's "How Emerging Hot Spot Analysis works" (ArcGIS Pro, Space Time
Pattern Mining): Gi* per time step on a fixed neighbourhood, the Mann-Kendall test on each
location's Gi* z-scores, and the categories new, consecutive, intensifying, persistent,
diminishing, sporadic, oscillating and historical hot spots (cold-spot patterns are not
reported: loss has no meaningful cold spots). Neighbourhood: the cell and its six adjacent
hexagons, binary weights; time step: one period (no temporal neighbours); significance:
two-sided p < ALPHA, without a false-discovery-rate correction.
"""
import numpy as np
from scipy.special import ndtr

ALPHA = 0.05
SHARE = 0.9  # "at least 90 percent of the time steps"
CATEGORIES = ("new", "consecutive", "intensifying", "persistent", "diminishing", "sporadic", "oscillating",
              "historical", "none")


def two_sided_p(z):
    """Two-sided p-value of standard normal z-scores."""
    return 2.0 * ndtr(-np.abs(np.asarray(z, dtype=np.float64)))


def gi_star(values, neighbours):
    """Gi* z-scores of values (cells x periods) with binary weights on each cell and its neighbours (-1 = none)."""
    values = np.asarray(values, dtype=np.float64)
    n = values.shape[0]
    padded = np.vstack([values, np.zeros((1, values.shape[1]))])
    local = values.copy()
    for k in range(neighbours.shape[1]):
        local += padded[neighbours[:, k]]
    weights = 1.0 + (neighbours >= 0).sum(axis=1).astype(np.float64)  # W_i = S1_i for binary weights
    mean = values.mean(axis=0)
    spread = np.sqrt(np.maximum((values ** 2).mean(axis=0) - mean ** 2, 0.0))
    denominator = spread[None, :] * np.sqrt(np.maximum((n * weights - weights ** 2) / max(n - 1, 1), 0.0))[:, None]
    numerator = local - mean[None, :] * weights[:, None]
    with np.errstate(invalid="ignore", divide="ignore"):
        z = np.where(denominator > 0, numerator / np.where(denominator > 0, denominator, 1.0), 0.0)
    return z


def mann_kendall(series):
    """(tau, p) of the Mann-Kendall trend test for each row of series (cells x periods), ties corrected."""
    series = np.asarray(series, dtype=np.float64)
    cells, length = series.shape
    if length < 3:
        return np.zeros(cells), np.ones(cells)
    rounded = np.round(series, 9)
    score = np.zeros(cells)
    for first in range(length - 1):
        score += np.sign(rounded[:, first + 1:] - rounded[:, first:first + 1]).sum(axis=1)
    ties = np.zeros(cells)
    ordered = np.sort(rounded, axis=1)
    for i in np.flatnonzero((np.diff(ordered, axis=1) == 0).any(axis=1)).tolist():
        _, counts = np.unique(ordered[i], return_counts=True)
        counts = counts[counts > 1].astype(np.float64)
        ties[i] = (counts * (counts - 1) * (2 * counts + 5)).sum()
    variance = (length * (length - 1) * (2 * length + 5) - ties) / 18.0
    with np.errstate(invalid="ignore", divide="ignore"):
        z = np.where(variance > 0, (score - np.sign(score)) / np.sqrt(np.where(variance > 0, variance, 1.0)), 0.0)
    tau = score / (length * (length - 1) / 2.0)
    return tau, two_sided_p(z)


def category(hot, cold, tau, trend_p, alpha=ALPHA):
    """ESRI's emerging hot-spot pattern for one location from its hot/cold flags per period (oldest first)."""
    periods = len(hot)
    hot_count = int(np.count_nonzero(hot))
    if not hot[-1]:
        return "historical" if hot_count and hot_count >= SHARE * periods else "none"
    if hot_count == 1:
        return "new"
    if hot_count >= SHARE * periods:
        if trend_p < alpha and tau > 0:
            return "intensifying"
        if trend_p < alpha and tau < 0:
            return "diminishing"
        return "persistent"
    run = 0
    while run < periods and hot[periods - 1 - run]:
        run += 1
    if run >= 2 and hot_count == run:
        return "consecutive"
    if np.any(cold[:periods - run]):
        return "oscillating"
    return "sporadic"


def emerging_hot_spots(values, neighbours, alpha=ALPHA):
    """Gi* z per cell and period, trend (tau, p) and category per cell, from hectares (cells x periods)."""
    z = gi_star(values, neighbours)
    significant = two_sided_p(z) < alpha
    hot, cold = significant & (z > 0), significant & (z < 0)
    tau, trend_p = mann_kendall(z)
    categories = [category(hot[i], cold[i], tau[i], trend_p[i], alpha) for i in range(z.shape[0])]
    return {"gi_z": z, "hot": hot, "trend_tau": tau, "trend_p": trend_p, "category": categories}
