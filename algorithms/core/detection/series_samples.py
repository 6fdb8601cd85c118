"""The series' sample windows, each date decoded once.

The preset check, the clear count that chooses the reference date and the normalisation's samples all read windows
spread over every image; on a 2000 px image each of the three passes decoded about every tile of the series. Here
each date's windows of the three are read together in row order, so GDAL's block cache serves the tiles they share, and
the normalisation's dense-forest pixels wait in a scratch file until the reference date is known.
"""
import math
import os
import shutil

import numpy as np
from osgeo import gdal

from ..rasters import grid, raw
from .inputs import check_preset, preset_bands, preset_windows
from .normalise import FOREST_NDVI_SAMPLE, Normalisation, dn_of, dn_reflectance, sample_windows
from .reflectance import ndvi

CLEAR_SAMPLE = {"size": 64, "per_side": 6}
# GDAL's block cache while sampling, per thread: a date's windows in row order need about two rows of tiles at a
# time (8 x 2 tiles of 6 bands, 12.6 MB, at 2000 px)
SAMPLE_CACHE_MB_PER_THREAD = 32
SAMPLE_CACHE_MB_MAX = 256
# When the sample windows touch at least this share of the tiles (every tile of a 2000 px image), each date is
# decoded once into a raw scratch copy that the sampling and the tracking then read without decoding; only when
# the copies fit RAW_MAX_BYTES and a quarter of the free space of the temporary folder (they stay in the file cache).
# Measured on 12 dates, two threads, in-process: 2000 x 2000 px (all tiles touched) 4.2 s with copies against 8.0
# without; 4000 x 4000 (57 %) 19.5 against 19.1-19.5; 10980 x 512 (35 %) the same time but 9.7 against 8.7 CPU s
RAW_MIN_SHARE = 0.5
RAW_MAX_BYTES = 2 * 1024 ** 3


def decode_plan(series, width, height, work):
    """{date index: [(kind, bands)]} of the raw scratch copies to make ("paths": the stack's bands, "mask") when
    sampling would decode most of the tiles anyway and the copies fit; {} otherwise."""
    first = gdal.Open(series.paths[0])
    block_cols, block_rows = first.GetRasterBand(1).GetBlockSize()
    windows = _all_windows(series, width, height)
    touched = {(bx, by) for x, y, cols, rows in windows
               for bx in range(x // block_cols, (x + cols - 1) // block_cols + 1)
               for by in range(y // block_rows, (y + rows - 1) // block_rows + 1)}
    if len(touched) < RAW_MIN_SHARE * math.ceil(width / block_cols) * math.ceil(height / block_rows):
        return {}
    plan, size = {}, 0
    for index, image in enumerate(series.images):
        dataset = gdal.Open(series.paths[index])
        bands = preset_bands(dataset, image.sensor) if not image.product else sorted(set(image.sensor.bands))
        plan[index] = [("paths", bands)]
        size += raw.raw_bytes(dataset, bands)
        if image.mask:
            plan[index].append(("mask", [1]))
            size += raw.raw_bytes(gdal.Open(image.mask), [1])
    return plan if size <= min(RAW_MAX_BYTES, shutil.disk_usage(work).free / 4) else {}


def decode_date(series, index, parts, work, stop_if_cancelled):
    """Decode one date's `parts` (from decode_plan) into raw copies that the series then reads."""
    for kind, bands in parts:
        source = series.paths[index] if kind == "paths" else series.images[index].mask
        dataset = gdal.Open(source)
        block_rows = dataset.GetRasterBand(1).GetBlockSize()[1]
        rows = block_rows * max(1, 256 // block_rows)  # whole blocks, at least 256 rows a read (striped files)
        target = raw.copy_decoded(dataset, os.path.join(work, f"decoded_{index}_{kind}{raw.SUFFIX}"), bands, rows,
                                  stop_if_cancelled)
        if kind == "paths":
            series.paths[index] = target
        else:
            series.images[index].mask = target


def _all_windows(series, width, height):
    """Every window the sampling reads (the buffer's halo included)."""
    buffer = series.buffer
    windows = list(preset_windows(gdal.Open(series.paths[0])))
    for x, y, cols, rows in (list(sample_windows(width, height, **(series.sample or CLEAR_SAMPLE))) +
                             list(sample_windows(width, height, **series.sample))):
        x0, y0 = max(0, x - buffer), max(0, y - buffer)
        windows.append((x0, y0, min(width, x + cols + buffer) - x0, min(height, y + rows + buffer) - y0))
    return windows


def sample_series(series, width, height, threads, work, decode=None, progress=None):
    """Check each stack's preset, choose the reference date (the most clear samples, the first of equals) and fit
    every date onto it; return the reference's index. decode(index), when given, runs first in each date's task (a
    date decoded and sampled on one thread while another decodes: its tiles still in the file cache); progress(f)
    as the dates are done."""
    clear_windows = list(sample_windows(width, height, **(series.sample or CLEAR_SAMPLE)))
    fit_windows = list(sample_windows(width, height, **series.sample))
    cache = gdal.GetCacheMax() // 2 ** 20
    if decode is None:  # decoded copies are read without GDAL's cache (their decoding reuses no tile)
        cache = max(cache, min(SAMPLE_CACHE_MB_MAX,
                               SAMPLE_CACHE_MB_PER_THREAD * max(1, min(threads, len(series.paths)))))

    def one_date(index):
        if decode is not None:
            decode(index)
        return _sample_date(series, index, clear_windows, fit_windows, work)

    with grid.gdal_cache_size(cache):
        counts = grid.parallel_map(one_date, range(len(series.paths)), threads,
                                   progress and (lambda done: progress(done / len(series.paths))))
    reference = counts.index(max(counts))
    pixels = sum(window[2] * window[3] for window in fit_windows)
    reference_dense, reference_values = _load(work, reference, pixels)
    reference_grid = _dn_grid(series.images[reference].sensor)
    if reference_dense.any():
        series.reference_forest = {role: float(np.median(values)) for role, values in zip(
            series.images[reference].sensor.roles, _reflectance(reference_values, reference_grid))}

    def fit(index):
        dense, values = _load(work, index, pixels)
        both = reference_dense & dense  # dense forest, clear on both dates
        sensor = series.images[index].sensor
        dn_grid = _dn_grid(sensor)
        rows = dict(zip(sensor.roles, range(len(sensor.roles))))
        # both dates' samples are dense forest already (what Normalisation.estimate would select again); where
        # they lie in each date's samples, found once for every band
        after, before = np.flatnonzero(both[dense]), np.flatnonzero(both[reference_dense])
        theirs = reference_values
        as_dn = _is_dn(values) and _is_dn(theirs) and dn_grid == reference_grid
        if not as_dn:  # the reflectance itself (a grid of its own, or samples off the DN grid)
            values, theirs = _reflectance(values, dn_grid), _reflectance(theirs, reference_grid)
        return Normalisation.fit(sensor.roles, len(after), lambda role: (
            values[rows[role]].take(after), theirs[rows[role]].take(before)), dn_grid, as_dn)

    others = [index for index in range(len(series.paths)) if index != reference]
    for index, normalisation in zip(others, grid.parallel_map(fit, others, threads)):
        series.normalisations[index] = normalisation
    return reference


def _sample_date(series, index, clear_windows, fit_windows, work):
    """Read one date's preset, clear-count and normalisation windows in row order; check its preset, keep its
    dense-forest samples; return its clear count."""
    image, path = series.images[index], series.paths[index]
    preset_dataset, preset_list, bands = None, [], None
    if not image.product:
        preset_dataset = gdal.Open(image.path)
        bands = preset_bands(preset_dataset, image.sensor)
        preset_list = preset_windows(preset_dataset)
        # the series' own handle (or decoded copy) when the stack is on the reference grid: GDAL caches per handle
        reader = series.datasets.get(path) if series.on_grid[index] else preset_dataset
    order = sorted([(window[1], window[0], 1, window) for window in dict.fromkeys(clear_windows + fit_windows)] +
                   [(window[1], window[0], 0, window) for window in preset_list])
    preset_reads = {}
    clear = dict.fromkeys(clear_windows)
    fit = dict.fromkeys(fit_windows)
    for _, _, is_sample, window in order:
        if not is_sample:
            preset_reads[window] = reader.ReadAsArray(*window, band_list=bands)
            continue
        refl, usable = series.read(index, window)
        if window in clear:
            clear[window] = int(np.count_nonzero(usable))
        if window in fit:
            dense = usable & (ndvi(refl) > FOREST_NDVI_SAMPLE)
            fit[window] = (dense.ravel(), [band[dense] for band in refl.values()])
    if preset_dataset is not None:
        positions = {band: number for number, band in enumerate(bands)}
        check_preset(preset_dataset, image.sensor, image.name, image.sensor.index,
                     lambda window, wanted: preset_reads[window][[positions[band] for band in wanted]])
    dense = np.concatenate([part[0] for part in fit.values()]) if fit else np.zeros(0, bool)
    values = np.empty((len(image.sensor.roles), int(np.count_nonzero(dense))), np.float32)
    start = 0
    for _, bands in fit.values():
        values[:, start:start + len(bands[0])] = bands
        start += len(bands[0])
    dn = dn_of(values.ravel(), _dn_grid(image.sensor))  # the DN, when every sample is on the sensor's DN grid
    if dn is not None:
        values = dn.reshape(values.shape).astype(np.uint16 if dn.max() <= np.iinfo(np.uint16).max else np.int32)
    np.save(_sample_path(work, index, "dense"), np.packbits(dense))
    np.save(_sample_path(work, index, "values"), values)
    return sum(clear.values())


def _dn_grid(sensor):
    return sensor.scale, sensor.offset


def _is_dn(values):
    return values.dtype.kind in "iu"


def _reflectance(values, dn_grid):
    """Samples as reflectance (those kept as DN converted as reflectance_of makes them)."""
    return dn_reflectance(values, dn_grid) if _is_dn(values) else values


def _sample_path(work, index, kind):
    return os.path.join(work, f"samples_{index}_{kind}.npy")


def _load(work, index, pixels):
    """(dense-forest pixels of the `pixels` of the normalisation windows, their reflectance or its DN: roles x
    pixels)."""
    dense = np.unpackbits(np.load(_sample_path(work, index, "dense")), count=pixels).astype(bool)
    return dense, np.load(_sample_path(work, index, "values"))
