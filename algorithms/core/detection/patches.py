"""The mining-loss rule, patch part: connected loss patches decided by what they contain and what surrounds them.

Patches are labelled strip by strip (8-connected) and joined across strip edges with a
union-find, so the whole raster is never in memory. A patch is mining when
- it holds new ponds (at least POND_MIN_PIXELS and POND_MIN_SHARE of it) and is not beside a
  river (water on both dates covers less than RIVER_WATER_AROUND of its surroundings), or
- tailings-like ground is at least TAILINGS_MIN_SHARE of its bare ground and it holds some new
  water, or
- it is a mining front: tailings-like ground is at least FRONT_TAILINGS_SHARE of it, its bare
  ground covers at least FRONT_MIN_BARE_HA, and pale bare ground (new or old tailings) covers at
  least FRONT_PALE_AROUND of its surroundings; or a large front: the same share of tailings-like
  ground in at least FRONT_LARGE_BARE_HA of bare ground, whatever surrounds it.
"Surroundings": the share of a square of CONTEXT_RADIUS_M around each of its pixels, averaged over
the patch. Pale farm soil in farmland and new water in a moving river stay other loss. Patches
under the minimum area are dropped.
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
# Spatial context, measured on real Sentinel-2 patches of mining fronts (docs/method.md)
CONTEXT_RADIUS_M = 100.0
RIVER_WATER_AROUND = 0.05
FRONT_TAILINGS_SHARE = 0.25
FRONT_MIN_BARE_HA = 0.15
FRONT_PALE_AROUND = 0.20
# A front this large carries its own evidence: pale farm fields and roadsides (what the surroundings keep out) are
# smaller; a large front's surroundings are mostly the front itself, its vegetated and masked pixels included
FRONT_LARGE_BARE_HA = 0.30

DROP, MINING, OTHER = 0, 1, 2
_STATS = ("pixels", "ponds", "tailings", "bare", "area_ha", "bare_ha", "pale_around", "water_around")


CONTEXT_TILE = 256  # columns: the surroundings are counted only in tiles that hold loss


def context_shares(codes, radius, inner=slice(None)):
    """The share of pale bare ground (new or old tailings) and of water on both dates in a square of 2 x radius + 1
    pixels around each loss pixel of the rows `inner` of `codes` (a strip with its halo rows); 0 elsewhere.
    Pixels beyond the raster count as neither. Exact counts from a summed-area table, tile by tile."""
    target = codes[inner]
    loss = (target >= rules.POND) & (target <= rules.VEGETATED)
    pale = np.zeros(target.shape, np.float32)
    water = np.zeros(target.shape, np.float32)
    radius = max(int(radius), 0)
    size = np.float32((2 * radius + 1) ** 2)
    height, width = codes.shape
    for x in range(0, width, CONTEXT_TILE):
        rows, cols = np.nonzero(loss[:, x:x + CONTEXT_TILE])
        if rows.size == 0:
            continue
        left, right = max(x - radius, 0), min(x + CONTEXT_TILE + radius, width)
        tile = codes[:, left:right]
        # both counts in one integer: pale ground in the low 32 bits, water on both dates in the high ones
        ground = ((tile == rules.TAILINGS) | (tile == rules.PALE_GROUND)).astype(np.int64)
        ground += (tile == rules.OLD_WATER).astype(np.int64) << 32
        table = np.zeros((height + 1, right - left + 1), np.int64)
        np.cumsum(np.cumsum(ground, axis=0), axis=1, out=table[1:, 1:])
        centre, column = rows + (inner.start or 0), cols + x - left
        r0, r1 = np.clip(centre - radius, 0, height), np.clip(centre + radius + 1, 0, height)
        c0, c1 = np.clip(column - radius, 0, right - left), np.clip(column + radius + 1, 0, right - left)
        total = table[r1, c1] - table[r0, c1] - table[r1, c0] + table[r0, c0]
        pale[rows, cols + x] = (total & 0xFFFFFFFF) / size
        water[rows, cols + x] = (total >> 32) / size
    return pale, water


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
        self.signs = None
        self._previous_last_row = None

    def _find(self, label):
        parent = self.parent
        root = label
        while parent[root] != root:
            root = parent[root]
        while parent[label] != root:
            parent[label], label = root, parent[label]
        return root

    def add_strip(self, codes, row_areas, context=None):
        """Label one strip (in order, top to bottom) and join it to the strip above.

        context: (pale share, water share) per pixel of the strip (context_shares); None reads the strip alone.
        """
        if context is None:
            context = context_shares(codes, 0)
        labels, count = label_strip(codes)
        offset = len(self.parent) - 1
        self.offsets.append(offset)
        self.parent = np.concatenate([self.parent, np.arange(offset + 1, offset + count + 1)])
        flat = labels.ravel()
        areas = np.repeat(row_areas.astype(np.float64), codes.shape[1])
        flat_codes = codes.ravel()
        size = count + 1
        bare = (flat_codes >= rules.POND) & (flat_codes <= rules.BARE_OTHER)
        counts = {
            "pixels": np.bincount(flat, minlength=size),
            "ponds": np.bincount(flat, weights=flat_codes == rules.POND, minlength=size),
            "tailings": np.bincount(flat, weights=flat_codes == rules.TAILINGS, minlength=size),
            "bare": np.bincount(flat, weights=bare, minlength=size),
            "area_ha": np.bincount(flat, weights=areas, minlength=size),
            "bare_ha": np.bincount(flat, weights=areas * bare, minlength=size),
            "pale_around": np.bincount(flat, weights=context[0].ravel(), minlength=size),
            "water_around": np.bincount(flat, weights=context[1].ravel(), minlength=size),
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
        self.signs = mining_signs(total, bare_is_mining)
        mining = np.logical_or.reduce(list(self.signs.values()))
        root_decision = np.where(mining, MINING, OTHER).astype(np.uint8)
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


def mining_signs(total, bare_is_mining=False):
    """Which mining signs each patch shows, from its summed statistics (arrays over patches).

    bare_is_mining (radar): a patch that is mostly new water or bare ground (ponds + tailings-like codes at least
    half of it) is mining, as radar cannot tell tailings from other bare ground by colour; radar reads no
    surroundings.
    """
    pixels = np.maximum(total["pixels"], 1)
    ponds, tailings = total["ponds"], total["tailings"]
    pond_rule = (ponds >= POND_MIN_PIXELS) & (ponds >= POND_MIN_SHARE * total["pixels"])
    if bare_is_mining:
        return {"ponds": pond_rule, "tailings_and_water": 2 * (ponds + tailings) >= total["pixels"],
                "front": np.zeros(pixels.shape, bool), "large_front": np.zeros(pixels.shape, bool)}
    river = total["water_around"] >= RIVER_WATER_AROUND * pixels
    tailings_and_water = (tailings >= TAILINGS_MIN_SHARE * np.maximum(total["bare"], 1)) & (tailings > 0)
    front_ground = tailings >= FRONT_TAILINGS_SHARE * pixels
    return {
        "ponds": pond_rule & ~river,
        "tailings_and_water": tailings_and_water & (ponds >= 1),
        "front": front_ground & (total["bare_ha"] >= FRONT_MIN_BARE_HA - 1e-12)
        & (total["pale_around"] >= FRONT_PALE_AROUND * pixels),
        "large_front": front_ground & (total["bare_ha"] >= FRONT_LARGE_BARE_HA - 1e-12),
    }


def scratch_rasters(work, reference):
    """The pixel codes, flag dates and confidence written between the tracking and the patch passes."""
    kinds = (("codes", gdal.GDT_Byte, None), ("dates", gdal.GDT_Int32, 0), ("confidence", gdal.GDT_Byte, 0))
    return {name: grid.create_like(os.path.join(work, f"{name}.tif"), reference, data_type, nodata,
                                   grid.WORK_OPTIONS) for name, data_type, nodata in kinds}


def decide_patches(band, area_per_row, min_area_ha, block_rows, progress, is_cancelled, context_px=0,
                   bare_is_mining=False):
    """Label the pixel-code band strip by strip and decide every patch: (table, strips, masked pixels).

    context_px: the radius of the surroundings in pixels (each strip is read with that many rows around it).
    bare_is_mining: the radar's patch rule (PatchTable.decide).
    """
    table = PatchTable()
    strips = [(y, min(block_rows, band.YSize - y)) for y in range(0, band.YSize, block_rows)]
    masked = 0
    for index, (y, rows) in enumerate(strips):
        if is_cancelled():
            raise Cancelled()
        top, bottom = max(0, y - context_px), min(band.YSize, y + rows + context_px)
        halo = band.ReadAsArray(0, top, band.XSize, bottom - top)
        inner = slice(y - top, y - top + rows)
        codes = halo[inner]
        masked += int(np.count_nonzero(codes == rules.MASKED))
        table.add_strip(codes, area_per_row[y:y + rows], context_shares(halo, context_px, inner))
        progress((index + 1) / len(strips))
    table.decide(min_area_ha, bare_is_mining)
    return table, strips, masked
