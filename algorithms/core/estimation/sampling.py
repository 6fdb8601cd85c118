"""Stratified random sampling of a categorical map, streamed by strips of rows (memory stays flat).

Strata are the map's classes; with a buffer, class-0 pixels (no loss) within `buffer_m` of a mapped change
(any other class) form their own stratum, `buffer`, because omitted loss lies at the edges of mapped loss.
Every pixel of a stratum has the same chance; the same seed draws the same points.
"""
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal

from ..area import row_areas_ha
from ..detection import masks
from ..detection.inputs import clip_to_extent
from ..errors import Cancelled, CoreError, never_cancelled, no_progress
from ..rasters import grid

BUFFER = "buffer"
NO_LOSS = 0
MAX_CLASSES = 64
STRIP_ROWS = 256


@dataclass
class Strata:
    """Pixels and hectares per stratum and per map class; how areas were measured."""

    pixels: dict = field(default_factory=dict)
    areas_ha: dict = field(default_factory=dict)
    map_areas_ha: dict = field(default_factory=dict)
    method: str = "planar"
    buffer_pixels: int = 0


@dataclass
class SamplePoint:
    x: float
    y: float
    stratum: str
    map_class: int


def stratum_name(key):
    """The stratum as written in the points layer: the class value, or 'buffer'."""
    return BUFFER if key == BUFFER else str(int(key))


class StratifiedMap:
    """A class raster (optionally cut to an extent) read strip by strip as strata."""

    def __init__(self, path, buffer_m=0.0, extent=None, workdir=None):
        if buffer_m < 0:
            raise CoreError("negative_buffer_m", value=buffer_m)
        dataset = grid.open_raster(path, "MAP")
        if extent is not None:
            dataset = grid.open_raster(clip_to_extent(path, dataset, extent, workdir), "MAP")
        self.dataset = dataset
        self.band = dataset.GetRasterBand(1)
        self.nodata = self.band.GetNoDataValue()
        self.width, self.height = dataset.RasterXSize, dataset.RasterYSize
        self.geotransform = dataset.GetGeoTransform()
        self.srs_wkt = dataset.GetProjection()
        self.row_areas, self.method = row_areas_ha(self.srs_wkt, self.geotransform, self.height)
        srs = grid.srs_of(dataset)
        centre_lat = self.geotransform[3] + self.geotransform[5] * self.height / 2
        self.buffer_px = masks.buffer_pixels(buffer_m, self.geotransform, bool(srs and srs.IsGeographic()),
                                             centre_lat)
        self.is_float = self.band.DataType in (gdal.GDT_Float32, gdal.GDT_Float64)

    def _strips(self, progress, is_cancelled, share, start):
        """(first row, class values, valid, buffer) for each strip of rows."""
        r = self.buffer_px
        for y, rows in grid.row_strips(self.height, STRIP_ROWS):
            if is_cancelled():
                raise Cancelled()
            top, bottom = max(0, y - r), min(self.height, y + rows + r)
            block = self.band.ReadAsArray(0, top, self.width, bottom - top)
            valid = np.isfinite(block) if self.is_float else np.ones(block.shape, dtype=bool)
            if self.nodata is not None:
                valid &= block != self.nodata
            if self.is_float and np.any(block[valid] != np.round(block[valid])):
                raise CoreError("not_categorical", role="MAP")
            values = np.where(valid, block, 0).astype(np.int32, copy=False)
            if r:
                grown = masks.grow(valid & (values != NO_LOSS), r)
                buffer = grown & valid & (values == NO_LOSS)
            else:
                buffer = np.zeros(block.shape, dtype=bool)
            cut = slice(y - top, y - top + rows)
            yield y, values[cut], valid[cut], buffer[cut]
            progress(start + share * (y + rows) / self.height)

    @staticmethod
    def _masks(values, valid, buffer):
        """{stratum key: boolean mask} of the strata present in a strip."""
        found = {int(c): valid & ~buffer & (values == c) for c in np.unique(values[valid & ~buffer])}
        if buffer.any():
            found[BUFFER] = buffer
        return found

    def measure(self, progress=no_progress, is_cancelled=never_cancelled, share=1.0):
        """Pixels and hectares of every stratum and map class."""
        strata = Strata(method=self.method, buffer_pixels=self.buffer_px)
        for y, values, valid, buffer in self._strips(progress, is_cancelled, share, 0.0):
            areas = self.row_areas[y:y + values.shape[0]]
            for key, mask in self._masks(values, valid, buffer).items():
                per_row = mask.sum(axis=1)
                strata.pixels[key] = strata.pixels.get(key, 0) + int(per_row.sum())
                hectares = float(per_row @ areas)
                strata.areas_ha[key] = strata.areas_ha.get(key, 0.0) + hectares
                map_class = NO_LOSS if key == BUFFER else key
                strata.map_areas_ha[map_class] = strata.map_areas_ha.get(map_class, 0.0) + hectares
            if len(strata.pixels) > MAX_CLASSES:
                raise CoreError("not_categorical", role="MAP")
        if not strata.pixels:
            raise CoreError("empty_map", role="MAP")
        return strata

    def draw(self, sizes, pixels, seed, progress=no_progress, is_cancelled=never_cancelled, start=0.0, share=1.0):
        """The sample: sizes[key] pixels drawn at random (without replacement) from each stratum's pixels,
        located in one more streamed pass; points at pixel centres, in the map's CRS."""
        rng = np.random.default_rng(seed)
        ranks = {}
        for key in sorted(sizes, key=str):
            n = min(int(sizes[key]), pixels.get(key, 0))
            ranks[key] = np.sort(rng.choice(pixels[key], size=n, replace=False)) if n else np.zeros(0, np.int64)
        seen = {key: 0 for key in ranks}
        points = []
        gt = self.geotransform
        for y, values, valid, buffer in self._strips(progress, is_cancelled, share, start):
            for key, mask in self._masks(values, valid, buffer).items():
                if key not in ranks:
                    continue
                positions = np.flatnonzero(mask)
                wanted = ranks[key]
                lo, hi = np.searchsorted(wanted, [seen[key], seen[key] + positions.size])
                for index in positions[wanted[lo:hi] - seen[key]]:
                    row, col = y + index // self.width, index % self.width
                    points.append(SamplePoint(gt[0] + (col + 0.5) * gt[1] + (row + 0.5) * gt[2],
                                              gt[3] + (col + 0.5) * gt[4] + (row + 0.5) * gt[5],
                                              stratum_name(key), NO_LOSS if key == BUFFER else int(key)))
                seen[key] += positions.size
        return points

    def class_at(self, x, y):
        """The map class under a point of the map's CRS, or None outside the map or on no data."""
        gt = self.geotransform
        col = int(np.floor((x - gt[0]) / gt[1]))
        row = int(np.floor((y - gt[3]) / gt[5]))
        if not (0 <= col < self.width and 0 <= row < self.height):
            return None
        value = self.band.ReadAsArray(col, row, 1, 1)[0, 0]
        if (self.nodata is not None and value == self.nodata) or (self.is_float and not np.isfinite(value)):
            return None
        return int(value)
