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

from ..rasters import raw
from . import masks
from .reflectance import reflectance_of, unclear_pixels

# A strip holds the tracking's counters (about 50 bytes a pixel) and a date's reflectance (24 bytes a pixel): at most
# STRIP_PIXELS pixels (512 rows of a 2000 px image). Wider rasters are cut into strips of a tile's rows and panels of
# columns, each panel read with the buffer's halo columns (a column of tiles decoded again at its edges)
STRIP_PIXELS = 2000 * 512


# Strips of decoded copies cost nothing extra to cut, so their chunks are sized for the processor: on one thread 128
# rows keep a chunk's arrays in its cache (12 dates of 2000 px: 7.7 against 8.4 CPU s with 512 rows); threads sharing
# a strip need longer passes, which take Python's lock less often: chunks of 256 rows and about a thread's share of
# the width (2000 px on two threads: tracking 1.5 s against 2.2 s in chunks of 512 x 128, which did not scale)
DECODED_STRIP_ROWS = 128
DECODED_SHARED_ROWS = 256


def strip_shape(rows, cols, width, tile, decoded=False, threads=1):
    """(rows per strip, columns per chunk, panels) for stacks tiled `tile` = (columns, rows). Rows: `rows`, or a
    tile's rows on a raster too wide for STRIP_PIXELS; from decoded copies fewer. Panels of equal width (whole tiles
    of the stacks), each shared evenly in chunks of at most `cols` columns, as many as a multiple of the threads: no
    thread idles at a panel's end (a 10980 px stack in panels of 3 chunks kept one of two threads idle a third of the
    time)."""
    threads = max(threads, 1)
    if decoded:
        rows, step = max(1, min(rows, DECODED_SHARED_ROWS if threads > 1 else DECODED_STRIP_ROWS)), 1
    else:
        if STRIP_PIXELS // max(width, 1) < rows and tile[1] < rows:
            rows = tile[1]
        step = tile[0] if tile[0] < width else 1  # chunks of whole tiles (a striped file: any columns)
    tiles = -(-width // step)
    panel = -(-tiles // -(-width * rows // STRIP_PIXELS))  # in tiles
    chunks = threads * -(-panel // (threads * max(cols // step, 1)))
    chunk, panel = -(-panel // chunks) * step, panel * step
    return rows, chunk, [(x, min(x + panel, width)) for x in range(0, width, panel)]


def strips(height, rows, buffer):
    """(first row read, end of the rows read, first row tracked, end of the rows tracked) of each strip."""
    tracked = 0
    for y in range(0, height, rows):
        end = min(y + rows, height)
        tracked_end = height if end == height else max(end - buffer, 0)
        yield y, end, tracked, tracked_end
        tracked = tracked_end


class StripReads:
    """One panel of one date's strip at a time, chunk by chunk, with the rows above the strip kept from the strip
    before; the panel's first and last chunks also read the buffer's halo columns beyond it."""

    def __init__(self, series, width, chunk_cols, panel=None):
        self.series = series
        self.buffer = series.buffer
        first, end = panel or (0, width)
        chunk_cols = max(chunk_cols, self.buffer, 1)
        edges = list(range(first, end, chunk_cols)) + [end]
        self.tracked = list(zip(edges[:-1], edges[1:]))  # the columns each chunk tracks
        edges[0], edges[-1] = max(first - self.buffer, 0), min(end + self.buffer, width)
        self.chunks = list(zip(edges[:-1], edges[1:]))  # the columns each chunk reads
        self.kept = {}  # (date index, chunk) -> the last 2 x buffer rows read (DN, mask values)

    def read(self, index, chunk, y, end):
        """(reflectance, unclear pixels before the buffer) of one chunk of one date: rows y..end read, preceded by
        the rows kept from the strip above (rows max(tracked - buffer, 0)..y)."""
        series, (x0, x1) = self.series, self.chunks[chunk]
        image = series.images[index]
        stack = series.datasets.get(series.paths[index])
        options = {"release": False} if raw.is_raw(series.paths[index]) else {}  # released when all chunks are read
        dn = stack.ReadAsArray(x0, y, x1 - x0, end - y, band_list=list(image.sensor.bands), **options)
        dn = dn.reshape(len(image.sensor.bands), end - y, x1 - x0)
        values = mask_nodata = None
        if image.mask:
            mask = series.datasets.get(image.mask)
            mask_nodata = mask.GetRasterBand(1).GetNoDataValue()
            options = {"release": False} if raw.is_raw(image.mask) else {}
            values = mask.ReadAsArray(x0, y, x1 - x0, end - y, **options).reshape(end - y, x1 - x0)
        above = self.kept.pop((index, chunk), None)
        if above is not None:
            dn = np.concatenate([above[0], dn], axis=1)
            values = None if values is None else np.concatenate([above[1], values])
        if self.buffer:  # kept before reflectance_of zeroes declared NoData in the DN
            rows = 2 * self.buffer
            self.kept[(index, chunk)] = (dn[:, -rows:].copy(), None if values is None else values[-rows:].copy())
        refl, valid = reflectance_of(dn, image.sensor, series.nodata[index])
        return refl, unclear_pixels(refl, valid, values, image.mask_type, mask_nodata)

    def release(self, index, y, end):
        """The pages of one date's strip in its decoded copies (all chunks read)."""
        image = self.series.images[index]
        for path in (self.series.paths[index], image.mask):
            if path and raw.is_raw(path):
                self.series.datasets.get(path).release(y, end - y)

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
        (x0, _), (first, end) = self.chunks[chunk], self.tracked[chunk]
        cols = slice(first - x0, end - x0)
        return {role: band[rows, cols] for role, band in refl.items()}, ~unclear[rows, cols]


def run_strips(readers, height, rows, count, threads, start, track, finish, cancelled):
    """For each strip and each panel's StripReads in `readers`: start(strip, tracked columns) -> its state; then
    the `count` dates in order, track(state, chunk, index, reflectance, clear) for each chunk (date i + 1 read while
    date i is tracked, on `threads`); finish(strip, tracked columns, state). cancelled() is called between dates
    (it raises to stop)."""
    pool = ThreadPoolExecutor(max_workers=threads) if threads > 1 else None
    try:
        for strip in strips(height, rows, readers[0].buffer):
            for reads in readers:
                _strip(reads, strip, count, pool.map if pool else map, start, track, finish, cancelled)
    finally:
        if pool:
            pool.shutdown()


def _strip(reads, strip, count, mapper, start, track, finish, cancelled):
    y, end, tracked, tracked_end = strip
    top = max(tracked - reads.buffer, 0)
    inner = slice(tracked - top, tracked_end - top)
    state = start(strip, reads.tracked)
    parts = None
    for index in range(count + 1):
        cancelled()

        def step(chunk, previous=parts, index=index):
            if previous is not None and tracked_end > tracked:
                track(state, chunk, index - 1, *reads.clear(previous, chunk, inner))
                previous[chunk] = (None, previous[chunk][1])  # the neighbours still need its unclear pixels
            return reads.read(index, chunk, y, end) if index < count else None

        parts = list(mapper(step, range(len(reads.chunks))))
        if index < count:
            reads.release(index, y, end)
    finish(strip, reads.tracked, state)
