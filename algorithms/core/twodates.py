"""Mining vs other forest loss between two images, streamed over raster blocks."""
import os
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal

from . import grid, masks, patches, rules
from .area import row_areas_ha
from .errors import Cancelled, CoreError, never_cancelled, no_progress, releases_on_failure
from .normalise import Normalisation, sample_windows
from .reflectance import band_nodata, read_clear

CLASS_NODATA = 255
CLASS_COLOURS = {0: (255, 255, 255, 0), 1: (215, 25, 28, 255), 2: (253, 174, 97, 255)}
DEFAULT_CLASS_NAMES = {0: "No forest loss", 1: "Mining loss", 2: "Other forest loss"}
MASK_NODATA = {masks.SCL: 0, masks.QA_PIXEL: 1, masks.BINARY: 1}


@dataclass
class TwoDateResult:
    mining_ha: float
    other_loss_ha: float
    masked_fraction: float
    area_method: str
    normalisation: dict = field(default_factory=dict)
    normalisation_samples: int = 0
    all_masked: bool = False


def check_stack(dataset, sensor, role):
    if dataset.RasterCount < sensor.band_count_needed:
        raise CoreError("too_few_bands", role=role, needed=sensor.band_count_needed, found=dataset.RasterCount)


def check_mask(dataset, mask_type, role):
    """Raise `not_a_mask` unless the raster is one integer band with values the type allows."""
    if dataset.RasterCount != 1:
        raise CoreError("not_a_mask", role=role, reason="bands", found=dataset.RasterCount)
    band = dataset.GetRasterBand(1)
    is_integer = band.DataType in (gdal.GDT_Byte, gdal.GDT_UInt16, gdal.GDT_Int16, gdal.GDT_UInt32, gdal.GDT_Int32)
    low, high = band.ComputeRasterMinMax(True) if is_integer else (0, 0)
    reason = masks.check_mask_values(low, high, is_integer, mask_type)
    if reason:
        raise CoreError("not_a_mask", role=role, reason=reason)


class _Inputs:
    """Paths on the BEFORE grid and how to read one window of both dates."""

    def __init__(self, before_path, after_path, mask_paths, sensor, mask_type, normalisation=None):
        self.before_path, self.after_path = before_path, after_path
        self.mask_paths = mask_paths
        self.sensor, self.mask_type = sensor, mask_type
        self.normalisation = normalisation
        self.datasets = grid.ThreadDatasets()
        self.nodata = {}
        for path in (before_path, after_path):
            self.nodata[path] = band_nodata(gdal.Open(path))

    def read_pair(self, window):
        before, clear_before = read_clear(self.datasets, self.before_path, self.mask_paths[0], self.sensor,
                                          self.mask_type, window, self.nodata[self.before_path])
        after, clear_after = read_clear(self.datasets, self.after_path, self.mask_paths[1], self.sensor,
                                        self.mask_type, window, self.nodata[self.after_path])
        return before, after, clear_before & clear_after

    def codes(self, window):
        before, after, usable = self.read_pair(window)
        if self.normalisation is not None:
            self.normalisation.apply(after)
        return rules.classify_pixels(before, after, usable)


@releases_on_failure
def detect_two_dates(before_path, after_path, output_path, sensor, mask_before=None, mask_after=None,
                     mask_type=masks.SCL, min_area_ha=0.1, class_names=None, progress=no_progress,
                     is_cancelled=never_cancelled, threads=2, block_rows=256, block_cols=1024):
    """Write the loss class raster (0/1/2/255) on BEFORE's grid and return the hectares."""
    before = grid.open_raster(before_path, "BEFORE")
    after = grid.open_raster(after_path, "AFTER")
    check_stack(before, sensor, "BEFORE")
    check_stack(after, sensor, "AFTER")
    grid.check_overlap(after, before, "AFTER")
    mask_sets = []
    for role, path in (("MASK_BEFORE", mask_before), ("MASK_AFTER", mask_after)):
        if path:
            dataset = grid.open_raster(path, role)
            check_mask(dataset, mask_type, role)
            grid.check_overlap(dataset, before, role)
            mask_sets.append((path, dataset))
        else:
            mask_sets.append((None, None))
    if min_area_ha < 0:
        raise CoreError("negative_area", value=min_area_ha)
    grid.check_writable(output_path)

    width, height = before.RasterXSize, before.RasterYSize
    area_per_row, area_method = row_areas_ha(before.GetProjection(), before.GetGeoTransform(), height)
    with grid.gdal_cache_limit(), grid.work_folder() as work:
        after_aligned = grid.aligned_path(after_path, after, before, work, "bilinear", nodata=0)
        mask_aligned = [
            grid.aligned_path(path, dataset, before, work, "near", nodata=MASK_NODATA[mask_type]) if path else None
            for path, dataset in mask_sets
        ]
        inputs = _Inputs(str(before_path), after_aligned, mask_aligned, sensor, mask_type)
        if is_cancelled():
            raise Cancelled()
        inputs.normalisation = Normalisation.estimate(inputs.read_pair, sample_windows(width, height))
        progress(0.05)

        codes_path = os.path.join(work, "pixel_codes.tif")
        codes_ds = grid.create_like(codes_path, before, gdal.GDT_Byte, None, grid.WORK_OPTIONS)
        all_windows = list(grid.windows(width, height, block_rows, block_cols))
        grid.run_windows(inputs.codes, all_windows, threads, is_cancelled,
                     lambda w, codes, i: (codes_ds.GetRasterBand(1).WriteArray(codes, w[0], w[1]),
                                          progress(0.05 + 0.65 * (i + 1) / len(all_windows))))
        codes_ds.FlushCache()

        band = codes_ds.GetRasterBand(1)
        table, strips, masked_pixels = patches.decide_patches(
            band, area_per_row, min_area_ha, block_rows, lambda f: progress(0.70 + 0.10 * f), is_cancelled)

        totals = np.zeros(3)
        with grid.atomic_output(output_path) as temp_path:
            out = grid.create_like(temp_path, before, gdal.GDT_Byte, CLASS_NODATA)
            out_band = out.GetRasterBand(1)
            describe_classes(out_band, class_names or DEFAULT_CLASS_NAMES)  # before any pixel is written
            for index, y, rows, _codes, classes in table.class_strips(band, strips, is_cancelled):
                out_band.WriteArray(classes, 0, y)
                for value in (1, 2):
                    totals[value] += float(np.count_nonzero(classes == value, axis=1) @ area_per_row[y:y + rows])
                progress(0.80 + 0.20 * (index + 1) / len(strips))
            out.FlushCache()
            out = None
        codes_ds = band = None

    total_pixels = width * height
    return TwoDateResult(
        mining_ha=totals[1],
        other_loss_ha=totals[2],
        masked_fraction=masked_pixels / total_pixels if total_pixels else 0.0,
        area_method=area_method,
        normalisation=dict(inputs.normalisation.coefficients),
        normalisation_samples=inputs.normalisation.samples,
        all_masked=masked_pixels == total_pixels,
    )


def describe_classes(band, class_names):
    """Colour table and category names so any GIS shows the classes."""
    table = gdal.ColorTable()
    for value, colour in CLASS_COLOURS.items():
        table.SetColorEntry(value, colour)
    table.SetColorEntry(CLASS_NODATA, (0, 0, 0, 0))
    band.SetRasterColorTable(table)
    names = [""] * 256
    for value, name in class_names.items():
        names[value] = name
    band.SetRasterCategoryNames(names)
