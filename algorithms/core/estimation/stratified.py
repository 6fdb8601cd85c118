"""Area and accuracy with 95 % intervals from a stratified random sample.

Stehman (2014, Int. J. Remote Sens. 35: 4923-4939) estimators: each quantity is a stratified mean or a ratio of
two stratified totals. Where the strata are the map classes they are exactly Olofsson et al. (2014, Remote Sens.
Environ. 148: 42-57, eqs. 2-11). No finite population correction (a map has millions of pixels).
"""
from dataclasses import dataclass

import numpy as np

from ..errors import CoreError

Z95 = 1.959963984540054


@dataclass
class Estimate:
    """Per class (in `classes` order): proportions, hectares, accuracies, their standard errors; the matrix."""

    classes: list
    total_ha: float
    area_proportion: np.ndarray
    area_proportion_se: np.ndarray
    map_proportion: np.ndarray
    users: np.ndarray
    users_se: np.ndarray
    producers: np.ndarray
    producers_se: np.ndarray
    overall: float
    overall_se: float
    matrix: np.ndarray  # area proportions, rows = map class, columns = reference class
    strata: list
    stratum_sizes: dict
    stratum_areas_ha: dict

    @property
    def area_ha(self):
        return self.area_proportion * self.total_ha

    @property
    def area_ci95_ha(self):
        return Z95 * self.area_proportion_se * self.total_ha

    @property
    def map_area_ha(self):
        return self.map_proportion * self.total_ha

    @property
    def users_ci95(self):
        return Z95 * self.users_se

    @property
    def producers_ci95(self):
        return Z95 * self.producers_se

    @property
    def overall_ci95(self):
        return Z95 * self.overall_se


class _Design:
    """Stratum membership and weights of the sample, for stratified totals and ratios."""

    def __init__(self, strata, stratum_areas_ha):
        used = set(strata)
        self.names = sorted((s for s in stratum_areas_ha if s in used or stratum_areas_ha[s] > 0), key=str)
        index = {name: i for i, name in enumerate(self.names)}
        self.of_point = np.array([index[s] for s in strata], dtype=np.int64)
        self.areas = np.array([float(stratum_areas_ha[s]) for s in self.names])
        self.sizes = np.bincount(self.of_point, minlength=len(self.names))
        self.total = self.areas.sum()

    def _moments(self, y, x=None):
        """Per stratum: means of y (and x), variances and covariance with n - 1 denominators."""
        counts = self.sizes.astype(float)
        mean_y = np.bincount(self.of_point, y, len(self.names)) / counts
        dy = y - mean_y[self.of_point]
        var_y = np.bincount(self.of_point, dy * dy, len(self.names)) / (counts - 1)
        if x is None:
            return mean_y, var_y, None, None, None
        mean_x = np.bincount(self.of_point, x, len(self.names)) / counts
        dx = x - mean_x[self.of_point]
        var_x = np.bincount(self.of_point, dx * dx, len(self.names)) / (counts - 1)
        cov = np.bincount(self.of_point, dx * dy, len(self.names)) / (counts - 1)
        return mean_y, var_y, mean_x, var_x, cov

    def proportion(self, y):
        """Stratified estimate of the share of area where y = 1, and its standard error."""
        mean_y, var_y, *_ = self._moments(y)
        value = float((self.areas * mean_y).sum() / self.total)
        variance = float((self.areas ** 2 * var_y / self.sizes).sum() / self.total ** 2)
        return value, np.sqrt(max(variance, 0.0))

    def ratio(self, y, x):
        """Stratified ratio of totals Y/X (an accuracy), and its standard error; NaN when X is 0."""
        mean_y, var_y, mean_x, var_x, cov = self._moments(y, x)
        total_x = (self.areas * mean_x).sum()
        if total_x <= 0:
            return float("nan"), float("nan")
        value = (self.areas * mean_y).sum() / total_x
        terms = self.areas ** 2 * (var_y + value ** 2 * var_x - 2 * value * cov) / self.sizes
        return float(value), float(np.sqrt(max(terms.sum(), 0.0)) / total_x)


def estimate(strata, map_classes, references, stratum_areas_ha, classes=None):
    """Area, user's, producer's and overall accuracy from labelled points of a stratified random sample.

    strata, map_classes, references: one value per point; stratum_areas_ha: {stratum: hectares} of every
    stratum of the design; classes: the map's classes (default: those seen on the map or in the reference).
    """
    strata, map_classes, references = list(strata), list(map_classes), list(references)
    check_sample(strata, map_classes, references, stratum_areas_ha, classes)
    if classes is None:
        classes = sorted(set(map_classes) | set(references))
    design = _Design(strata, stratum_areas_ha)
    mapped = np.array(map_classes)
    reference = np.array(references)
    k = len(classes)
    matrix = np.zeros((k, k))
    area, area_se = np.zeros(k), np.zeros(k)
    map_share = np.zeros(k)
    users, users_se = np.full(k, np.nan), np.full(k, np.nan)
    producers, producers_se = np.full(k, np.nan), np.full(k, np.nan)
    for i, cls in enumerate(classes):
        on_map = (mapped == cls).astype(float)
        in_reference = (reference == cls).astype(float)
        for j, other in enumerate(classes):
            matrix[i, j] = design.proportion(on_map * (reference == other))[0]
        area[i], area_se[i] = design.proportion(in_reference)
        map_share[i] = design.proportion(on_map)[0]
        users[i], users_se[i] = design.ratio(on_map * in_reference, on_map)
        producers[i], producers_se[i] = design.ratio(on_map * in_reference, in_reference)
    overall, overall_se = design.proportion((mapped == reference).astype(float))
    return Estimate(list(classes), float(design.total), area, area_se, map_share, users, users_se, producers,
                    producers_se, overall, overall_se, matrix, design.names,
                    {name: int(n) for name, n in zip(design.names, design.sizes)},
                    {name: float(a) for name, a in zip(design.names, design.areas)})


def check_sample(strata, map_classes, references, stratum_areas_ha, classes=None):
    """Refuse what the estimators cannot use, naming the points (1-based, in the layer's order)."""
    unlabelled = [i + 1 for i, value in enumerate(references) if value is None]
    if unlabelled:
        raise CoreError("unlabelled_points", count=len(unlabelled), points=_first(unlabelled))
    off_map = [i + 1 for i, value in enumerate(map_classes) if value is None]
    if off_map:
        raise CoreError("points_off_map", count=len(off_map), points=_first(off_map))
    unknown_strata = sorted({str(s) for s in strata if s not in stratum_areas_ha})
    if unknown_strata:
        raise CoreError("unknown_strata", strata=", ".join(unknown_strata))
    known = set(classes) if classes is not None else set(map_classes)
    foreign = sorted({r for r in references if r not in known}, key=str)
    if foreign:
        raise CoreError("unknown_reference", codes=", ".join(str(c) for c in foreign),
                        classes=", ".join(str(c) for c in sorted(known, key=str)))
    sizes = {name: 0 for name in stratum_areas_ha}
    for s in strata:
        sizes[s] += 1
    small = sorted((str(name), n) for name, n in sizes.items() if n < 2 and (n or stratum_areas_ha[name] > 0))
    if small:
        raise CoreError("stratum_too_small", strata=", ".join(f"{name} ({n})" for name, n in small))


def _first(numbers, shown=10):
    text = ", ".join(str(n) for n in numbers[:shown])
    return text + (", …" if len(numbers) > shown else "")
