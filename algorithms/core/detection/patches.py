"""The mining-loss rule, patch part: connected loss patches decided by what they contain.

Patches are labelled strip by strip (8-connected) and joined across strip edges with a
union-find, so the whole raster is never in memory. A patch is mining when it holds new
ponds (at least POND_MIN_PIXELS and POND_MIN_SHARE of it), or when tailings-like ground is
at least TAILINGS_MIN_SHARE of its bare ground and it holds some new water. Pale farm soil
without water stays other loss. Patches under the minimum area are dropped.
"""
import os

import numpy as np
from osgeo import gdal
from scipy import ndimage

from ..errors import Cancelled
from ..rasters import grid
from . import rules

EIGHT = np.ones((3, 3), dtype=bool)
POND_MIN_PIXELS = 3
POND_MIN_SHARE = 0.02
TAILINGS_MIN_SHARE = 0.5

DROP, MINING, OTHER = 0, 1, 2
_STATS = ("pixels", "ponds", "tailings", "bare", "area_ha")


def label_strip(codes):
    """Local labels (int32) of loss pixels and their count."""
    loss = codes >= rules.POND
    loss &= codes <= rules.VEGETATED
    labels, count = ndimage.label(loss, structure=EIGHT)
    return labels.astype(np.int32, copy=False), count


class PatchTable:
    """Patch statistics gathered strip by strip, then one decision per patch."""

    def __init__(self):
        self.offsets = []
        self.parent = np.zeros(1, dtype=np.int64)
        self.stats = {name: [np.zeros(1)] for name in _STATS}
        self.decision = None
        self._previous_last_row = None

    def _find(self, label):
        parent = self.parent
        root = label
        while parent[root] != root:
            root = parent[root]
        while parent[label] != root:
            parent[label], label = root, parent[label]
        return root

    def add_strip(self, codes, row_areas):
        """Label one strip (in order, top to bottom) and join it to the strip above."""
        labels, count = label_strip(codes)
        offset = len(self.parent) - 1
        self.offsets.append(offset)
        self.parent = np.concatenate([self.parent, np.arange(offset + 1, offset + count + 1)])
        flat = labels.ravel()
        areas = np.repeat(row_areas.astype(np.float64), codes.shape[1])
        flat_codes = codes.ravel()
        size = count + 1
        counts = {
            "pixels": np.bincount(flat, minlength=size),
            "ponds": np.bincount(flat, weights=flat_codes == rules.POND, minlength=size),
            "tailings": np.bincount(flat, weights=flat_codes == rules.TAILINGS, minlength=size),
            "bare": np.bincount(flat, weights=(flat_codes >= rules.POND) & (flat_codes <= rules.BARE_OTHER),
                                minlength=size),
            "area_ha": np.bincount(flat, weights=areas, minlength=size),
        }
        for name in _STATS:
            self.stats[name].append(counts[name][1:])
        first = np.where(labels[0] > 0, labels[0] + offset, 0)
        if self._previous_last_row is not None:
            self._join(self._previous_last_row, first)
        last = labels[-1]
        self._previous_last_row = np.where(last > 0, last + offset, 0)

    def _join(self, above, below):
        pairs = []
        for shift in (-1, 0, 1):
            a = above[max(shift, 0): len(above) + min(shift, 0)]
            b = below[max(-shift, 0): len(below) + min(-shift, 0)]
            both = (a > 0) & (b > 0)
            if both.any():
                pairs.append(np.stack([a[both], b[both]], axis=1))
        if not pairs:
            return
        for a, b in np.unique(np.concatenate(pairs), axis=0):
            root_a, root_b = self._find(int(a)), self._find(int(b))
            if root_a != root_b:
                self.parent[max(root_a, root_b)] = min(root_a, root_b)

    def decide(self, min_area_ha, bare_is_mining=False):
        """One decision (DROP, MINING, OTHER) per label, through its root patch.

        bare_is_mining (radar): a patch that is mostly new water or bare ground (ponds + tailings-like codes at
        least half of it) is mining, as radar cannot tell tailings from other bare ground by colour.
        """
        parent = self.parent
        while True:
            grand = parent[parent]
            if np.array_equal(grand, parent):
                break
            parent = grand
        self.parent = parent
        total = {name: np.bincount(parent, weights=np.concatenate(self.stats[name]), minlength=len(parent))
                 for name in _STATS}
        ponds = total["ponds"]
        pond_rule = (ponds >= POND_MIN_PIXELS) & (ponds >= POND_MIN_SHARE * total["pixels"])
        tailings_rule = total["tailings"] >= TAILINGS_MIN_SHARE * np.maximum(total["bare"], 1)
        tailings_rule &= (total["tailings"] > 0) & (ponds >= 1)
        if bare_is_mining:
            tailings_rule = 2 * (ponds + total["tailings"]) >= total["pixels"]
        root_decision = np.where(pond_rule | tailings_rule, MINING, OTHER).astype(np.uint8)
        root_decision[total["area_ha"] < min_area_ha - 1e-12] = DROP
        self.decision = root_decision[parent]
        self.decision[0] = DROP

    def class_strips(self, band, strips, is_cancelled):
        """(index, y, rows, codes, classes) for each strip of the pixel-code band, after decide()."""
        width = band.XSize
        for index, (y, rows) in enumerate(strips):
            if is_cancelled():
                raise Cancelled()
            codes = band.ReadAsArray(0, y, width, rows)
            yield index, y, rows, codes, self.classes_for_strip(index, codes)

    def classes_for_strip(self, index, codes):
        """Final loss classes (0/1/2/255) of a strip already added, after decide()."""
        labels, _ = label_strip(codes)
        offset = self.offsets[index]
        patch = np.where(labels > 0, labels + offset, 0)
        decision = self.decision[patch]
        classes = decision.copy()
        classes[(decision == MINING) & (codes == rules.VEGETATED)] = OTHER
        classes[codes == rules.MASKED] = 255
        return classes


def scratch_rasters(work, reference):
    """The pixel codes, flag dates and confidence written between the tracking and the patch passes."""
    kinds = (("codes", gdal.GDT_Byte, None), ("dates", gdal.GDT_Int32, 0), ("confidence", gdal.GDT_Byte, 0))
    return {name: grid.create_like(os.path.join(work, f"{name}.tif"), reference, data_type, nodata,
                                   grid.WORK_OPTIONS) for name, data_type, nodata in kinds}


def decide_patches(band, area_per_row, min_area_ha, block_rows, progress, is_cancelled, bare_is_mining=False):
    """Label the pixel-code band strip by strip and decide every patch: (table, strips, masked pixels)."""
    table = PatchTable()
    strips = [(y, min(block_rows, band.YSize - y)) for y in range(0, band.YSize, block_rows)]
    masked = 0
    for index, (y, rows) in enumerate(strips):
        if is_cancelled():
            raise Cancelled()
        codes = band.ReadAsArray(0, y, band.XSize, rows)
        masked += int(np.count_nonzero(codes == rules.MASKED))
        table.add_strip(codes, area_per_row[y:y + rows])
        progress((index + 1) / len(strips))
    table.decide(min_area_ha, bare_is_mining)
    return table, strips, masked
