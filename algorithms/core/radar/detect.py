"""miningloss:detectradar's core: dated, confirmed forest loss from a Sentinel-1 RTC series, streamed by windows."""
import math
from dataclasses import dataclass

import numpy as np
from osgeo import gdal

from ..area import row_areas_ha
from ..detection import patches
from ..detection.dated_outputs import write_dated_outputs
from ..detection.inputs import clip_to_extent
from ..errors import CoreError, never_cancelled, no_progress, releases_on_failure
from ..periods import from_int
from ..rasters import grid
from . import tracking
from .inputs import AMPLITUDE, DECIBEL, HYP3_LAYOVER, HYP3_SHADOW, OPERA_FILL, resolve_radar_series


@dataclass
class RadarResult:
    mining_ha: float
    other_loss_ha: float
    confirmed_ha: float
    probable_ha: float
    no_data_fraction: float
    dates: list
    area_method: str


class _Backscatter:
    """The series on the reference grid, read one window and date at a time as gamma0 dB."""

    def __init__(self, images, reference, work):
        self.images = images
        self.datasets = grid.ThreadDatasets()
        self.bands, self.masks = [], []
        for image in images:
            nodata = float("nan") if image.scale == DECIBEL else 0
            paths = []
            for path, band in (image.vv, image.vh):
                aligned = grid.aligned_path(path, gdal.Open(path), reference, work, "near", nodata=nodata)
                dataset = gdal.Open(aligned)  # kept while its band is read (GDAL frees bands with their dataset)
                value = dataset.GetRasterBand(band).GetNoDataValue()
                paths.append((aligned, band, value if value is not None and np.isfinite(value) else None))
            self.bands.append(paths)
            mask = None
            if image.mask:
                fill = OPERA_FILL if image.mask_kind == "opera" else 0
                mask = grid.aligned_path(image.mask, gdal.Open(image.mask), reference, work, "near", nodata=fill)
            self.masks.append(mask)

    def read(self, index, window):
        """(vv dB, vh dB, valid) of one date in one window (float32 throughout)."""
        x, y, cols, rows = window
        image = self.images[index]
        decibels, valid = [], None
        for path, band, nodata in self.bands[index]:
            values = self.datasets.get(path).GetRasterBand(band).ReadAsArray(x, y, cols, rows)
            values = values.astype(np.float32, copy=False)
            if image.scale == DECIBEL:
                ok = np.isfinite(values)
                ok &= values != 0
            else:
                ok = values > 0
                ok &= values != np.inf
            if nodata is not None and (image.scale == DECIBEL or nodata > 0):
                ok &= values != nodata
            db = values  # our own array: converted in place
            if image.scale != DECIBEL:
                np.copyto(db, np.float32(1), where=~ok)  # 0 dB where not ok
                np.log10(db, out=db)
                db *= 20.0 if image.scale == AMPLITUDE else 10.0
            valid = ok if valid is None else valid & ok
            decibels.append(db)
        if self.masks[index]:
            flags = self.datasets.get(self.masks[index]).GetRasterBand(1).ReadAsArray(x, y, cols, rows)
            if image.mask_kind == "opera":
                valid &= flags == 0
            else:
                valid &= (flags & (HYP3_LAYOVER | HYP3_SHADOW)) == 0
        return decibels[0], decibels[1], valid


@releases_on_failure
def detect_radar(image_paths, output_class, output_date, output_confidence, min_area_ha=0.1, extent=None,
                 class_names=None, progress=no_progress, is_cancelled=never_cancelled, threads=2, block_rows=256,
                 block_cols=512):
    """Write class, date and confidence rasters on the first date's grid (cut to the extent); return hectares."""
    if min_area_ha < 0:
        raise CoreError("negative_area", value=min_area_ha)
    images = resolve_radar_series(image_paths, threads)
    for path in (output_class, output_date, output_confidence):
        grid.check_writable(path)
    with grid.gdal_cache_limit(), grid.work_folder() as work:
        first = images[0].vv[0]
        reference = gdal.Open(first)
        if extent is not None:
            reference = gdal.Open(clip_to_extent(first, reference, extent, work))
        series = _Backscatter(images, reference, work)
        date_values = [image.date for image in images]
        day_numbers = [from_int(d).toordinal() for d in date_values]
        pixel_m = abs(reference.GetGeoTransform()[1])
        if reference.GetSpatialRef() is not None and reference.GetSpatialRef().IsGeographic():
            pixel_m *= 111320.0
        cell = tracking.cell_pixels(pixel_m)
        cols = max(cell, int(math.ceil(block_cols / cell)) * cell)  # whole levelling cells per window
        rows = max(cell, int(math.ceil(block_rows / cell)) * cell)
        width, height = reference.RasterXSize, reference.RasterYSize
        scratch = patches.scratch_rasters(work, reference)
        windows = list(grid.windows(width, height, rows, cols))

        def store(window, result, index):
            for name, array in zip(("codes", "dates", "confidence"), result):
                scratch[name].GetRasterBand(1).WriteArray(array, window[0], window[1])
            progress(0.85 * (index + 1) / len(windows))

        grid.run_windows(lambda w: tracking.track_window(series.read, w, day_numbers, date_values, cell), windows,
                         threads, is_cancelled, store)
        for dataset in scratch.values():
            dataset.FlushCache()
        result = _write(reference, scratch, date_values, (output_class, output_date, output_confidence),
                        min_area_ha, class_names, progress, is_cancelled)
        scratch.clear()
        series = reference = None
    return result


def _write(reference, scratch, date_values, outputs, min_area_ha, class_names, progress, is_cancelled):
    """Decide the patches (radar rule) and write the three outputs with their coverage dates."""
    width, height = reference.RasterXSize, reference.RasterYSize
    area_per_row, area_method = row_areas_ha(reference.GetProjection(), reference.GetGeoTransform(), height)
    codes_band = scratch["codes"].GetRasterBand(1)
    table, strips, no_data = patches.decide_patches(codes_band, area_per_row, min_area_ha, 256,
                                                    lambda f: progress(0.85 + 0.05 * f), is_cancelled,
                                                    bare_is_mining=True)
    if no_data == width * height:
        raise CoreError("all_masked")
    codes_band = None
    totals = write_dated_outputs(reference, scratch, table, strips, date_values, outputs, class_names, area_per_row,
                                 lambda f: progress(0.9 + 0.1 * f), is_cancelled)
    return RadarResult(totals["mining"], totals["other"], totals["confirmed"], totals["probable"],
                       no_data / (width * height), [from_int(d) for d in date_values], area_method)

