"""The tracking pass's reads: every date in full-width strips, each stack tile decoded once.

The cloud-edge buffer clears a pixel only `buffer` pixels away from anything masked, so the rows a strip clears need
`buffer` rows read around them. Windows read that halo from the stacks, decoding a tile row and column of tiles
again for a pixel or two (a 512 px window with a 1 px halo decodes 3 x 3 tiles of 256 px instead of 2 x 2). Here the
rows *tracked* lag `buffer` rows behind the rows *read* (rows y..y+n read, y-buffer..y+n-buffer tracked) and each
date's last 2 x buffer rows read are kept for the strip below; columns are worked in chunks on the thread pool with
their halo columns taken from the neighbouring chunks in memory. The result is the windows' exactly.
"""
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from . import masks
from .reflectance import reflectance_of, unclear_pixels


def strips(height, rows, buffer):
    """(first row read, end of the rows read, first row tracked, end of the rows tracked) of each strip."""
    tracked = 0
    for y in range(0, height, rows):
        end = min(y + rows, height)
        tracked_end = height if end == height else max(end - buffer, 0)
        yield y, end, tracked, tracked_end
        tracked = tracked_end


class StripReads:
    """One date's strip at a time, chunk by chunk, with the rows above the strip kept from the strip before."""

    def __init__(self, series, width, chunk_cols):
        self.series = series
        self.buffer = series.buffer
        chunk_cols = max(chunk_cols, self.buffer, 1)
        self.chunks = [(x, min(x + chunk_cols, width)) for x in range(0, width, chunk_cols)]
        self.kept = {}  # (date index, chunk) -> the last 2 x buffer rows read (DN, mask values)

    def read(self, index, chunk, y, end):
        """(reflectance, unclear pixels before the buffer) of one chunk of one date: rows y..end read, preceded by
        the rows kept from the strip above (rows max(tracked - buffer, 0)..y)."""
        series, (x0, x1) = self.series, self.chunks[chunk]
        image = series.images[index]
        dn = series.datasets.get(series.paths[index]).ReadAsArray(x0, y, x1 - x0, end - y,
                                                                  band_list=list(image.sensor.bands))
        dn = dn.reshape(len(image.sensor.bands), end - y, x1 - x0)
        values = mask_nodata = None
        if image.mask:
            band = series.datasets.get(image.mask).GetRasterBand(1)
            values, mask_nodata = band.ReadAsArray(x0, y, x1 - x0, end - y), band.GetNoDataValue()
        above = self.kept.pop((index, chunk), None)
        if above is not None:
            dn = np.concatenate([above[0], dn], axis=1)
            values = None if values is None else np.concatenate([above[1], values])
        if self.buffer:  # kept before reflectance_of zeroes declared NoData in the DN
            rows = 2 * self.buffer
            self.kept[(index, chunk)] = (dn[:, -rows:].copy(), None if values is None else values[-rows:].copy())
        refl, valid = reflectance_of(dn, image.sensor, series.nodata[index])
        return refl, unclear_pixels(refl, valid, values, image.mask_type, mask_nodata)

    def clear(self, parts, chunk, rows):
        """Reflectance of one chunk's tracked `rows` (a slice of the rows read) and where they are clear: the
        unclear pixels grown by the buffer, the neighbouring chunks' columns included."""
        refl, unclear = parts[chunk]
        if self.buffer:
            width = self.buffer
            left = parts[chunk - 1][1][:, -width:] if chunk > 0 else unclear[:, :0]
            right = parts[chunk + 1][1][:, :width] if chunk + 1 < len(parts) else unclear[:, :0]
            grown = masks.grow(np.concatenate([left, unclear, right], axis=1), width)
            unclear = grown[:, left.shape[1]:left.shape[1] + unclear.shape[1]]
        return {role: band[rows] for role, band in refl.items()}, ~unclear[rows]


def run_strips(reads, height, rows, count, threads, start, track, finish, cancelled):
    """For each strip: start(strip, chunks) -> its state; then the `count` dates in order, track(state, chunk, index,
    reflectance, clear) for each chunk (date i + 1 read while date i is tracked, on `threads`); finish(strip, state).
    cancelled() is called between dates (it raises to stop)."""
    pool = ThreadPoolExecutor(max_workers=threads) if threads > 1 else None
    try:
        for strip in strips(height, rows, reads.buffer):
            _strip(reads, strip, count, pool.map if pool else map, start, track, finish, cancelled)
    finally:
        if pool:
            pool.shutdown()


def _strip(reads, strip, count, mapper, start, track, finish, cancelled):
    y, end, tracked, tracked_end = strip
    top = max(tracked - reads.buffer, 0)
    inner = slice(tracked - top, tracked_end - top)
    state = start(strip, reads.chunks)
    parts = None
    for index in range(count + 1):
        cancelled()

        def step(chunk, previous=parts, index=index):
            if previous is not None and tracked_end > tracked:
                track(state, chunk, index - 1, *reads.clear(previous, chunk, inner))
            return reads.read(index, chunk, y, end) if index < count else None

        parts = list(mapper(step, range(len(reads.chunks))))
    finish(strip, state)
