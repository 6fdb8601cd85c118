"""Dated, confirmed forest loss over an image time series, streamed over raster blocks.

Per pixel, observations are taken in date order (clear ones only). Forest observations build
a baseline (the mean reflectance of the pixel's clear forest observations). The first clear
observation that the two-date rule calls loss against that baseline *flags* the pixel on its
date. The flag is *confirmed* when CONFIRM_OBS of the next OBS_WINDOW clear observations within
DAYS_WINDOW days also show loss; it is *dropped* (a hazy date, a shadow) when a later clear
observation shows forest, as soon as it can no longer be confirmed, or when the window runs out (a flag that
every later clear observation supported, at least once, survives a long cloudy gap); flags still open when the
series ends stay *probable*. Mining or other loss is decided from all observations after the flag (ponds,
tailings, bare ground, grass) and then per patch, as in the two-date rule. Only per-pixel
counters are kept while dates stream past, so memory does not grow with the number of images.

With an optional forest mask (forest when the series starts, e.g. from Hansen treecover2000), only
forest is watched, and forest not yet seen clear is compared with the scene's typical dense forest, so
loss under clouds on the first dates can still be dated.
"""
import os
from dataclasses import dataclass

import numpy as np
from osgeo import gdal

from ..area import row_areas_ha
from ..errors import Cancelled, CoreError, never_cancelled, no_progress, releases_on_failure
from ..periods import from_int
from ..rasters import grid, raw
from . import masks, patches, rules
from .dated_outputs import CONFIRMED_CONFIDENCE, PROBABLE_CONFIDENCE, write_dated_outputs
from .inputs import check_mask, clip_to_extent, grid_buffer, resolve_series
from .normalise import Normalisation
from .reflectance import Reflectance, band_nodata, mndwi, nbr, ndvi, read_clear
from .series_samples import decode_date, decode_plan, sample_series
from .series_strips import StripReads, run_strips, strip_shape, strips
from .twodates import MASK_NODATA, check_stack
from .unpack import decode_products

OBS_WINDOW = 4
# GDAL's block cache during a series: windows follow the stacks' tiles and every image stays open, so a decoded tile
# is seldom needed twice; a small cache keeps memory down (24 MB: 83 MiB less at the peak of 12 dates of 2000 px)
SERIES_CACHE_MB = 24
# Windows of 512 x 512 px: a window reads a halo of the buffer's width around it, which costs whole tile rows and
# columns of the stacks; two tiles a side instead of 256 x 512 cut the decoding (12 dates of 2000 px: 24.6 -> 21.2
# CPU s, peak +25 MiB). The patch pass keeps strips of 256 rows (its memory grows with the raster's width).
PATCH_STRIP_ROWS = 256
DAYS_WINDOW = 180
# The share of the progress bar for decoding every date into copies and sampling it (12 dates of 2000 px, two threads:
# 1.95 of 3.9 s in-process); the tracking then runs to 0.8
SAMPLING_SHARE_DECODED = 0.45
NONE, FLAGGED, CONFIRMED = 0, 1, 2


@dataclass
class TimeSeriesResult:
    mining_ha: float
    other_loss_ha: float
    confirmed_ha: float
    probable_ha: float
    masked_fraction: float
    dates: list
    area_method: str


def _day_number(value):
    return from_int(value).toordinal()


class _Series:
    """The images (sorted by date) on the first image's grid, read one window and date at a time."""

    def __init__(self, images, work, reference, buffer=0):
        self.images = images
        self.buffer = buffer
        # at most 8 handles per thread (each holds a few MiB of tile buffers: keeping every image open made memory
        # grow by ~10 MiB a date, and saved no time once windows read their halo from the stacks)
        self.datasets = grid.ThreadDatasets()
        self.paths, self.nodata = [], []
        for image in images:
            dataset = gdal.Open(image.path)
            self.paths.append(grid.aligned_path(image.path, dataset, reference, work, "bilinear", nodata=0))
            self.nodata.append(band_nodata(gdal.Open(self.paths[-1]), image.sensor.bands))
            if image.mask:
                image.mask = grid.aligned_path(image.mask, gdal.Open(image.mask), reference, work, "near",
                                               nodata=MASK_NODATA[image.mask_type])
        self.on_grid = [path == image.path for path, image in zip(self.paths, images)]  # read as given
        first = gdal.Open(self.paths[0])  # kept: a band whose dataset is freed fails on GDAL >= 3.10
        self.tile = first.GetRasterBand(1).GetBlockSize()  # (columns, rows)
        self.normalisations = [Normalisation() for _ in self.paths]
        self.forest_mask_path = None
        self.reference_forest = None  # median reflectance of dense forest on the reference date
        self.sample = {}  # sample windows (larger and fewer for JPEG2000 products)

    def set_forest_mask(self, path, reference, work):
        """Optional prior forest mask (non-zero = forest when the series starts), on the reference grid."""
        dataset = gdal.Open(path)
        self.forest_mask_path = grid.aligned_path(path, dataset, reference, work, "near", nodata=0)

    def prior_forest(self, window):
        x, y, cols, rows = window
        values = self.datasets.get(self.forest_mask_path).GetRasterBand(1).ReadAsArray(x, y, cols, rows)
        return values != 0

    def read(self, index, window):
        image = self.images[index]
        # the buffer's halo is read from the stack (its no data, and bright ground a mask calls cloud, count there
        # too); products in place read it from their mask alone (no JPEG2000 tile beyond the window decoded)
        return read_clear(self.datasets, self.paths[index], image.mask, image.sensor, image.mask_type, window,
                          self.nodata[index], self.buffer, image.product)


def _is_forest(refl):
    forest = ndvi(refl) >= rules.FOREST_NDVI
    if "swir2" in refl:
        forest &= (nbr(refl) >= rules.FOREST_NBR) & (mndwi(refl) < 0)
    return forest


def _evidence_code(pond, tailings, bare, vegetated):
    total = pond + tailings + bare + vegetated
    code = np.full(pond.shape, rules.BARE_OTHER, dtype=np.uint8)
    code[(vegetated > bare) & (vegetated > tailings)] = rules.VEGETATED
    code[(tailings > 0) & (tailings >= bare) & (tailings >= vegetated)] = rules.TAILINGS
    code[(pond > 0) & (3 * pond >= total)] = rules.POND
    return code


class _Tracker:
    """The per-pixel counters of one window while its dates stream past in order."""

    def __init__(self, shape, confirm_obs, prior=None, reference_forest=None):
        self.confirm_obs = confirm_obs
        self.prior, self.reference_forest = prior, reference_forest
        self.n_forest = np.zeros(shape, np.uint16)
        self.n_clear = np.zeros(shape, np.uint16)
        self.base = None
        self.status = np.zeros(shape, np.uint8)
        self.flag_date = np.zeros(shape, np.int32)
        self.flag_day = np.zeros(shape, np.int32)
        self.n_after = np.zeros(shape, np.uint8)
        self.n_agree = np.zeros(shape, np.uint8)
        self.evidence = {code: np.zeros(shape, np.uint16) for code in rules.LOSS_CODES}
        # the ground around the loss for the patch rule: pale ground on the last clear date, water on the first and
        # the last
        self.pale_last, self.water_first, self.water_last = (np.zeros(shape, bool) for _ in range(3))

    def update(self, refl, usable, date):
        """One date's normalised reflectance and clear pixels."""
        if self.base is None:
            # the baseline's reflectance sums, of the roles the rule reads of the earlier image (no blue)
            self.base = {role: np.zeros(usable.shape, np.float32) for role in refl if role != "blue"}
        base, n_forest, status, n_after, n_agree = self.base, self.n_forest, self.status, self.n_after, self.n_agree
        refl = Reflectance(refl)  # each index computed once for the rule, the ground and the forest tests
        self.n_clear += usable
        has_base = n_forest > 0
        divisor = np.maximum(n_forest, 1).astype(np.float32)
        baseline = Reflectance({role: base[role] / divisor for role in base})
        prior, reference_forest = self.prior, self.reference_forest
        if prior is not None:
            # with a forest mask: only forest is watched, and forest never seen clear yet is compared with
            # the scene's typical forest
            has_base = (has_base | (prior & (reference_forest is not None))) & prior
            if reference_forest is not None:
                for role in baseline:
                    np.copyto(baseline[role], np.float32(reference_forest[role]), where=n_forest == 0)
        codes, loss = rules.classify_loss(baseline, refl, usable & has_base)
        water = rules.is_water(refl)
        first = usable & (self.n_clear == 1)  # n_clear already counts this date
        _set_where(self.water_first, water, first)
        _set_where(self.water_last, water, usable)
        _set_where(self.pale_last, rules.is_pale_ground(refl, water), usable)
        forest = usable & ~loss & _is_forest(refl)
        day = _day_number(date)

        # pixels already flagged: count this observation towards confirmation or dropping
        was_flagged = (status == FLAGGED) & usable
        late = was_flagged & (day - self.flag_day > DAYS_WINDOW)
        # a late loss observation still supports a flag that nothing has contradicted (a cloudy gap)
        uncontested = late & loss & (n_agree == n_after) & (n_after > 0)
        expired = late & ~uncontested
        counting = was_flagged & ~expired
        n_after += counting  # (masked adds and copies: no fancy indexing, same numbers)
        n_agree += counting & loss
        confirmed_now = counting & (n_agree >= self.confirm_obs)
        remaining = OBS_WINDOW - n_after.astype(np.int16)
        hopeless = counting & ~confirmed_now & (n_agree.astype(np.int16) + remaining < self.confirm_obs)
        hopeless |= counting & ~confirmed_now & forest  # a clear forest observation contradicts the flag
        np.copyto(status, np.uint8(CONFIRMED), where=confirmed_now)
        dropped = expired | hopeless
        np.copyto(status, np.uint8(NONE), where=dropped)
        # pixels with no open flag (dropped ones included): grow the baseline or raise a flag
        idle = (status == NONE) & usable
        grow = idle & forest
        n_forest += grow
        grown = np.empty(grow.shape, np.float32)
        for role in base:  # base + refl where grow, base + 0 elsewhere: a masked add's numbers, several times faster
            base[role] += np.multiply(refl[role], grow, out=grown)
        new_flag = idle & loss
        np.copyto(status, np.uint8(FLAGGED), where=new_flag)
        np.copyto(self.flag_date, np.int32(date), where=new_flag)
        np.copyto(self.flag_day, np.int32(day), where=new_flag)
        np.copyto(n_after, np.uint8(0), where=new_flag)
        np.copyto(n_agree, np.uint8(0), where=new_flag)
        # the evidence of open flags (a few pixels in a hundred): counted on those pixels only
        active = np.flatnonzero(usable & (status != NONE))
        restart = np.flatnonzero(dropped | new_flag)
        active_codes = codes.ravel()[active]
        for code, counter in self.evidence.items():
            flat = counter.ravel()  # a view: the counters are contiguous
            flat[restart] = 0
            flat[active] += active_codes == code

    def result(self):
        """(pixel codes, loss dates, confidence)."""
        status = self.status
        detected = status != NONE
        pixel_codes = np.where(detected, _evidence_code(*(self.evidence[c] for c in rules.LOSS_CODES)),
                               rules.NO_LOSS)
        pixel_codes = rules.mark_ground(pixel_codes.astype(np.uint8), self.pale_last, self.water_first,
                                        self.water_last)
        pixel_codes[self.n_clear == 0] = rules.MASKED
        confidence = np.where(status == CONFIRMED, CONFIRMED_CONFIDENCE,
                              np.where(status == FLAGGED, PROBABLE_CONFIDENCE, 0)).astype(np.uint8)
        return pixel_codes, np.where(detected, self.flag_date, 0).astype(np.int32), confidence


def _set_where(target, values, where):
    """target[where] = values[where] for boolean arrays, as bitwise operations (a tenth of fancy indexing's time)."""
    target &= ~where
    target |= values & where


def _tracker(series, window, confirm_obs):
    prior = series.prior_forest(window) if series.forest_mask_path else None
    return _Tracker((window[3], window[2]), confirm_obs, prior, series.reference_forest)


def track_window(series, window, date_values, confirm_obs):
    """(pixel codes, loss dates, confidence) for one window, streaming the dates in order (products read in
    place: windows on their JPEG2000 tiles)."""
    tracker = _tracker(series, window, confirm_obs)
    for index, date in enumerate(date_values):
        refl, usable = series.read(index, window)
        tracker.update(series.normalisations[index].apply(refl), usable, date)
    return tracker.result()


def _track_strips(series, outputs, width, height, date_values, confirm_obs, rows, cols, threads, progress,
                  is_cancelled, begin=0.05):
    """The tracking pass in full-width strips (each stack tile decoded once), written into `outputs`."""
    rows, cols, panel_list = strip_shape(rows, cols, width, series.tile,
                                         all(raw.is_raw(path) for path in series.paths), threads)
    readers = [StripReads(series, width, cols, panel) for panel in panel_list]
    total = len(list(strips(height, rows, series.buffer))) * len(readers)
    done = []

    def start(strip, columns):
        _, _, tracked, tracked_end = strip
        return [_tracker(series, (x0, tracked, x1 - x0, tracked_end - tracked), confirm_obs) for x0, x1 in columns]

    def track(trackers, chunk, index, refl, clear):
        trackers[chunk].update(series.normalisations[index].apply(refl), clear, date_values[index])

    def finish(strip, columns, trackers):
        if strip[3] > strip[2]:
            for (x0, _), tracker in zip(columns, trackers):
                for name, array in zip(("codes", "dates", "confidence"), tracker.result()):
                    outputs[name].GetRasterBand(1).WriteArray(array, x0, strip[2])
        done.append(strip)
        progress(begin + (0.8 - begin) * len(done) / total)

    run_strips(readers, height, rows, len(date_values), threads, start, track, finish,
               lambda: _stop_if(is_cancelled))


def _stop_if(is_cancelled):
    if is_cancelled():
        raise Cancelled()


@releases_on_failure
def detect_time_series(image_paths, output_class, output_date, output_confidence, sensor, mask_paths=None,
                       mask_type=masks.SCL, dates=None, min_area_ha=0.1, confirm_obs=2, class_names=None,
                       progress=no_progress, is_cancelled=never_cancelled, threads=2, block_rows=512, block_cols=1024,
                       forest_mask=None, extent=None, buffer_m=masks.EDGE_BUFFER_M):
    """Write class, date and confidence rasters on the earliest image's grid; return the hectares."""
    if not 1 <= confirm_obs <= OBS_WINDOW:
        raise CoreError("confirm_range", value=confirm_obs, window=OBS_WINDOW)
    if min_area_ha < 0:
        raise CoreError("negative_area", value=min_area_ha)
    if buffer_m < 0:
        raise CoreError("negative_buffer", value=buffer_m)
    with grid.gdal_cache_limit(SERIES_CACHE_MB), grid.work_folder() as work:
        images = resolve_series(image_paths, mask_paths, sensor, mask_type, dates, work)
        date_values = [image.date for image in images]
        datasets = [grid.open_raster(image.path, image.name) for image in images]
        reference = datasets[0]
        for image, dataset in zip(images, datasets):
            check_stack(dataset, image.sensor, image.name)
            grid.check_overlap(dataset, reference, image.name, images[0].name)
        for image in images:
            if not image.product and image.mask:
                mask = grid.open_raster(image.mask, "MASKS")
                check_mask(mask, image.mask_type, os.path.basename(image.mask))
                grid.check_overlap(mask, reference, os.path.basename(image.mask), images[0].name)
        if forest_mask:
            dataset = grid.open_raster(forest_mask, "FOREST_MASK")
            check_mask(dataset, masks.BINARY, "FOREST_MASK")
            grid.check_overlap(dataset, reference, "FOREST_MASK", images[0].name)
        for path in (output_class, output_date, output_confidence):
            grid.check_writable(path)
        # products: each JPEG2000 tile decoded once into plain copies read like stacks (or read in place)
        progress, in_place = decode_products(images, work, threads, extent, progress, is_cancelled)
        datasets = None
        reference = gdal.Open(images[0].path)
        if extent is not None:
            reference = gdal.Open(clip_to_extent(images[0].path, reference, extent, work))
        result = _run_series(images, reference, work, date_values, output_class, output_date, output_confidence,
                             min_area_ha, confirm_obs, class_names, progress, is_cancelled, threads, block_rows,
                             block_cols, forest_mask, grid_buffer(reference, buffer_m), in_place)
        datasets = reference = None
    return result


def _run_series(images, reference, work, date_values, output_class, output_date, output_confidence, min_area_ha,
                confirm_obs, class_names, progress, is_cancelled, threads, block_rows, block_cols, forest_mask,
                buffer=0, in_place=False):
    """The streaming passes and the outputs, on the reference grid."""
    width, height = reference.RasterXSize, reference.RasterYSize
    area_per_row, area_method = row_areas_ha(reference.GetProjection(), reference.GetGeoTransform(), height)
    rows, cols, sample = block_rows, block_cols, {}
    if in_place:  # products read inside their archives (no room for decoded copies)
        rows, cols, sample, threads = grid.product_reading(threads)
    series = _Series(images, work, reference, buffer)
    series.sample = sample

    def stop_if_cancelled():
        _stop_if(is_cancelled)

    if forest_mask:
        series.set_forest_mask(str(forest_mask), reference, work)
    plan = {} if in_place else decode_plan(series, width, height, work)
    # decoding every date into copies is about half the run; sampling in place a few windows of each date
    begin = SAMPLING_SHARE_DECODED if plan else 0.05
    decode = (lambda index: decode_date(series, index, plan[index], work, stop_if_cancelled)) if plan else None
    sample_series(series, width, height, threads, work, decode, lambda fraction: progress(begin * fraction))
    outputs = patches.scratch_rasters(work, reference)
    if in_place:
        windows = list(grid.windows(width, height, rows, cols))

        def store(window, result, index):
            for name, array in zip(("codes", "dates", "confidence"), result):
                outputs[name].GetRasterBand(1).WriteArray(array, window[0], window[1])
            progress(begin + (0.8 - begin) * (index + 1) / len(windows))

        grid.run_windows(lambda window: track_window(series, window, date_values, confirm_obs), windows, threads,
                         is_cancelled, store)
    else:
        _track_strips(series, outputs, width, height, date_values, confirm_obs, rows, cols, threads, progress,
                      is_cancelled, begin)
    for dataset in outputs.values():
        dataset.FlushCache()
    codes_band = outputs["codes"].GetRasterBand(1)
    table, strips, masked_pixels = patches.decide_patches(
        codes_band, area_per_row, min_area_ha, min(block_rows, PATCH_STRIP_ROWS), lambda f: progress(0.80 + 0.08 * f),
        is_cancelled,
        grid_buffer(reference, patches.CONTEXT_RADIUS_M))
    if masked_pixels == width * height:
        codes_band = None
        outputs.clear()
        raise CoreError("all_masked")
    codes_band = None
    totals = write_dated_outputs(reference, outputs, table, strips, date_values,
                                 (output_class, output_date, output_confidence), class_names, area_per_row,
                                 lambda f: progress(0.88 + 0.12 * f), is_cancelled)
    outputs.clear()
    total_pixels = width * height
    return TimeSeriesResult(totals["mining"], totals["other"], totals["confirmed"], totals["probable"],
                            masked_pixels / total_pixels if total_pixels else 0.0,
                            [from_int(d) for d in date_values], area_method)
