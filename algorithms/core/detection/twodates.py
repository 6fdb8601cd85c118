"""Mining vs other forest loss between two images, streamed over raster blocks."""
import os
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal

from ..area import row_areas_ha
from ..errors import Cancelled, CoreError, never_cancelled, no_progress, releases_on_failure
from ..rasters import grid
from ..rasters.coverage import write_coverage
from . import masks, patches, rules
from .inputs import check_date_order, check_mask, check_preset, clip_to_extent, grid_buffer, resolve
from .normalise import Normalisation, sample_windows
from .reflectance import band_nodata, read_clear
from .unpack import decode_products

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
    dates: tuple = (None, None)


def check_stack(dataset, sensor, role):
    if dataset.RasterCount < sensor.band_count_needed:
        raise CoreError("too_few_bands", role=role, needed=sensor.band_count_needed, found=dataset.RasterCount)


class _Inputs:
    """Both images on the BEFORE grid and how to read one window of both dates."""

    def __init__(self, before, after, normalisation=None, buffer=0):
        self.images = (before, after)
        self.buffer = buffer
        self.normalisation = normalisation
        self.datasets = grid.ThreadDatasets()
        self.nodata = [band_nodata(gdal.Open(image.path), image.sensor.bands) for image in self.images]

    def read_pair(self, window, buffer=None):
        """Reflectance of both dates and where both are clear, `buffer` pixels from anything masked (default:
        the run's buffer)."""
        buffer = self.buffer if buffer is None else buffer
        (before, clear_before), (after, clear_after) = (
            read_clear(self.datasets, image.path, image.mask, image.sensor, image.mask_type, window, nodata,
                       buffer, image.product)
            for image, nodata in zip(self.images, self.nodata))
        return before, after, clear_before & clear_after

    def codes(self, window):
        """Pixel codes of one window without the buffer: it is grown afterwards over the whole code raster
        (no halo is read, so no tile is decoded twice; the dilation of a union is the union of dilations)."""
        before, after, usable = self.read_pair(window, 0)
        if self.normalisation is not None:
            self.normalisation.apply(after)
        return rules.two_date_codes(before, after, usable)


def check_image(image, reference, role, mask_role):
    """Bands, overlap, preset and mask of one date (products are trusted for preset and mask)."""
    dataset = grid.open_raster(image.path, role)
    check_stack(dataset, image.sensor, role)
    if reference is not None:
        grid.check_overlap(dataset, reference, role, "BEFORE")
    if not image.product:
        check_preset(dataset, image.sensor, role, image.sensor.index)
        if image.mask:
            mask = grid.open_raster(image.mask, mask_role)
            check_mask(mask, image.mask_type, mask_role)
            grid.check_overlap(mask, reference if reference is not None else dataset, mask_role, "BEFORE")
    return dataset


@releases_on_failure
def detect_two_dates(before_path, after_path, output_path, sensor, mask_before=None, mask_after=None,
                     mask_type=masks.SCL, min_area_ha=0.1, class_names=None, progress=no_progress,
                     is_cancelled=never_cancelled, threads=2, block_rows=256, block_cols=1024, extent=None,
                     buffer_m=masks.EDGE_BUFFER_M):
    """Write the loss class raster (0/1/2/255) on BEFORE's grid (cut to `extent`); return the hectares.

    BEFORE and AFTER are band stacks (with `sensor`, their masks and `mask_type`) or products, which bring
    their own bands, scale, mask and date. Masked pixels grow by `buffer_m` metres (cloud edges and haze).
    """
    if min_area_ha < 0:
        raise CoreError("negative_area", value=min_area_ha)
    if buffer_m < 0:
        raise CoreError("negative_buffer", value=buffer_m)
    with grid.gdal_cache_limit(), grid.work_folder() as work:
        before_image = resolve(before_path, mask_before, sensor, mask_type, "BEFORE", work)
        after_image = resolve(after_path, mask_after, sensor, mask_type, "AFTER", work)
        check_date_order(before_image, after_image)
        rows, cols, sample = block_rows, block_cols, {}
        before = check_image(before_image, None, "BEFORE", "MASK_BEFORE")
        check_image(after_image, before, "AFTER", "MASK_AFTER")
        grid.check_writable(output_path)
        # products: each JPEG2000 tile decoded once into plain copies read like stacks (or, short of disk, read
        # in place with windows on the codestream's tiles)
        progress, in_place = decode_products((before_image, after_image), work, threads, extent, progress,
                                             is_cancelled)
        if in_place:
            rows, cols, sample, threads = grid.product_reading(threads)
        before = gdal.Open(before_image.path)
        if extent is not None:
            before_image.path = clip_to_extent(before_image.path, before, extent, work)
            before = gdal.Open(before_image.path)
        width, height = before.RasterXSize, before.RasterYSize
        area_per_row, area_method = row_areas_ha(before.GetProjection(), before.GetGeoTransform(), height)
        after = gdal.Open(after_image.path)
        after_image.path = grid.aligned_path(after_image.path, after, before, work, "bilinear", nodata=0)
        for image in (before_image, after_image):
            if image.mask:
                image.mask = grid.aligned_path(image.mask, gdal.Open(image.mask), before, work, "near",
                                               nodata=MASK_NODATA[image.mask_type])
        inputs = _Inputs(before_image, after_image, buffer=grid_buffer(before, buffer_m))
        if is_cancelled():
            raise Cancelled()
        windows = list(sample_windows(width, height, **sample))  # read on every core, fitted in order
        pairs = dict(zip(windows, grid.parallel_map(inputs.read_pair, windows, threads)))
        inputs.normalisation = Normalisation.estimate(pairs.pop, windows)
        progress(0.05)

        codes_path = os.path.join(work, "pixel_codes.tif")
        codes_ds = grid.create_like(codes_path, before, gdal.GDT_Byte, None, grid.WORK_OPTIONS)
        all_windows = list(grid.windows(width, height, rows, cols))
        grid.run_windows(inputs.codes, all_windows, threads, is_cancelled,
                         lambda w, codes, i: (codes_ds.GetRasterBand(1).WriteArray(codes, w[0], w[1]),
                                              progress(0.05 + 0.65 * (i + 1) / len(all_windows))))
        band = codes_ds.GetRasterBand(1)
        masks.grow_in_band(band, rules.MASKED, inputs.buffer, block_rows)
        codes_ds.FlushCache()
        table, strips, masked_pixels = patches.decide_patches(
            band, area_per_row, min_area_ha, block_rows, lambda f: progress(0.70 + 0.10 * f), is_cancelled,
            grid_buffer(before, patches.CONTEXT_RADIUS_M))
        if masked_pixels == width * height:
            codes_ds = band = None
            raise CoreError("all_masked")

        totals = np.zeros(3)
        with grid.atomic_output(output_path) as temp_path:
            out = grid.create_like(temp_path, before, gdal.GDT_Byte, CLASS_NODATA)
            out_band = out.GetRasterBand(1)
            describe_classes(out_band, class_names or DEFAULT_CLASS_NAMES)  # before any pixel is written
            if before_image.date and after_image.date:
                write_coverage(out, before_image.date, after_image.date)
            for index, y, rows, _codes, classes in table.class_strips(band, strips, is_cancelled):
                out_band.WriteArray(classes, 0, y)
                for value in (1, 2):
                    totals[value] += float(np.count_nonzero(classes == value, axis=1) @ area_per_row[y:y + rows])
                progress(0.80 + 0.20 * (index + 1) / len(strips))
            out.FlushCache()
            out = None
        codes_ds = band = before = after = None

    total_pixels = width * height
    return TwoDateResult(
        mining_ha=totals[1],
        other_loss_ha=totals[2],
        masked_fraction=masked_pixels / total_pixels if total_pixels else 0.0,
        area_method=area_method,
        normalisation=dict(inputs.normalisation.coefficients),
        normalisation_samples=inputs.normalisation.samples,
        all_masked=False,
        dates=(before_image.date, after_image.date),
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
