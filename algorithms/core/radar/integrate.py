"""Integrated alerts (as GFW integrates GLAD-L, GLAD-S2 and RADD): one loss raster from optical and radar outputs.

On the finest of the input grids, over the union of their extents: the date is the earliest of the two
sources' dates; the class is the optical class where the optical saw loss (it tells mining by colour), else
the radar's; the confidence is the source's (2 probable, 3 confirmed), or BOTH_CONFIDENCE (4) when both saw
the loss; the source raster says who saw it (1 optical, 2 radar, 3 both). 255 where neither source has data.
"""
import math
import os
from dataclasses import dataclass

import numpy as np
from osgeo import gdal

from ..area import row_areas_ha
from ..detection.twodates import CLASS_NODATA, DEFAULT_CLASS_NAMES, describe_classes
from ..errors import CoreError, never_cancelled, no_progress, releases_on_failure
from ..rasters import grid
from ..rasters.coverage import read_coverage, write_coverage

BOTH_CONFIDENCE = 4
OPTICAL, RADAR, BOTH = 1, 2, 3
ROLES = ("OPTICAL_CLASS", "OPTICAL_DATE", "OPTICAL_CONFIDENCE", "RADAR_CLASS", "RADAR_DATE", "RADAR_CONFIDENCE")


@dataclass
class IntegratedResult:
    optical_ha: float
    radar_ha: float
    both_ha: float
    earlier_by_radar_ha: float
    coverage: tuple


def _pixel_metres(dataset):
    size = abs(dataset.GetGeoTransform()[1])
    srs = grid.srs_of(dataset)
    return size * 111320.0 if srs is not None and srs.IsGeographic() else size * (srs.GetLinearUnits() if srs else 1)


def output_grid(datasets):
    """(reference dataset in memory) on the finest input grid, snapped to it, covering every input."""
    finest = min(datasets, key=_pixel_metres)
    srs = grid.srs_of(finest)
    bounds = [grid.bounds_in(d, srs) for d in datasets]
    gt = finest.GetGeoTransform()
    xres, yres = gt[1], gt[5]
    x0 = gt[0] + math.floor((min(b[0] for b in bounds) - gt[0]) / xres + 1e-6) * xres
    x1 = gt[0] + math.ceil((max(b[2] for b in bounds) - gt[0]) / xres - 1e-6) * xres
    y0 = gt[3] + math.floor((max(b[3] for b in bounds) - gt[3]) / yres + 1e-6) * yres
    y1 = gt[3] + math.ceil((min(b[1] for b in bounds) - gt[3]) / yres - 1e-6) * yres
    width, height = int(round((x1 - x0) / xres)), int(round((y1 - y0) / yres))
    reference = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal.GDT_Byte)
    reference.SetGeoTransform((x0, xres, 0.0, y0, 0.0, yres))
    reference.SetProjection(srs.ExportToWkt() if srs else "")
    return reference


def _check_inputs(paths):
    if os.path.realpath(paths[0]) == os.path.realpath(paths[3]):  # one detection as both sources: all "both"
        raise CoreError("same_alerts", path=os.path.basename(paths[0]))
    datasets = []
    for role, path in zip(ROLES, paths):
        dataset = grid.open_raster(path, role)
        band = dataset.GetRasterBand(1)
        if role.endswith("CLASS"):
            values = grid.byte_counts(band) if band.DataType == gdal.GDT_Byte else ()
            if band.DataType != gdal.GDT_Byte or any(n for v, n in enumerate(values) if v not in (0, 1, 2, 255)):
                raise CoreError("not_a_class_raster", role=role)
        elif role.endswith("DATE"):
            try:
                high = band.ComputeRasterMinMax(True)[1]
            except RuntimeError:  # no loss dated at all
                high = 0
            if band.DataType not in (gdal.GDT_Int32, gdal.GDT_UInt32) or high and not 19000101 <= high <= 29991231:
                raise CoreError("not_a_date_raster", role=role)
        datasets.append(dataset)
    for index in (1, 2, 4, 5):  # each source's date and confidence lie on its class raster's grid
        if not grid.same_grid(datasets[index], datasets[3 * (index // 3)]):  # outputs of two different runs
            raise CoreError("not_same_run", role=ROLES[index], reference_role=ROLES[3 * (index // 3)])
    srs = [grid.srs_of(d) for d in (datasets[0], datasets[3])]
    if (srs[0] is None) != (srs[1] is None):
        raise CoreError("radar_grid", path=ROLES[3], reference=ROLES[0])
    grid.check_overlap(datasets[3], datasets[0], ROLES[3], ROLES[0])
    return datasets


def combine(optical, radar):
    """(class, date, confidence, source) arrays from the optical and the radar (class, date, confidence)."""
    o_class, o_date, o_conf = optical
    r_class, r_date, r_conf = radar
    o_loss = (o_class == 1) | (o_class == 2)
    r_loss = (r_class == 1) | (r_class == 2)
    both = o_loss & r_loss
    classes = np.where(o_loss, o_class, np.where(r_loss, r_class, np.where((o_class == 0) | (r_class == 0), 0,
                                                                             CLASS_NODATA))).astype(np.uint8)
    far = np.iinfo(np.int32).max
    earliest = np.minimum(np.where(o_loss & (o_date > 0), o_date, far), np.where(r_loss & (r_date > 0), r_date, far))
    dates = np.where(earliest == far, 0, earliest).astype(np.int32)
    confidence = np.where(both, BOTH_CONFIDENCE, np.where(o_loss, o_conf, np.where(r_loss, r_conf, 0)))
    source = np.where(both, BOTH, np.where(o_loss, OPTICAL, np.where(r_loss, RADAR, 0)))
    return classes, dates, confidence.astype(np.uint8), source.astype(np.uint8)


@releases_on_failure
def integrate_alerts(optical_paths, radar_paths, outputs, class_names=None, progress=no_progress,
                     is_cancelled=never_cancelled, threads=2, block_rows=256, block_cols=1024):
    """Write the integrated class, date, confidence and source rasters (outputs: four paths); return hectares."""
    paths = [str(p) for p in list(optical_paths) + list(radar_paths)]
    datasets = _check_inputs(paths)
    for path in outputs:
        grid.check_writable(path)
    coverages = [c for c in (read_coverage(paths[0]), read_coverage(paths[3])) if c]
    coverage = (min(c[0] for c in coverages), max(c[1] for c in coverages)) if coverages else None
    with grid.gdal_cache_limit(), grid.work_folder() as work:
        reference = output_grid([datasets[0], datasets[3]])
        nodata = (CLASS_NODATA, 0, 0) * 2
        aligned = [grid.aligned_path(path, dataset, reference, work, "near", nodata=value)
                   for path, dataset, value in zip(paths, datasets, nodata)]
        handles = grid.ThreadDatasets(keep=6)
        width, height = reference.RasterXSize, reference.RasterYSize
        area_per_row, _ = row_areas_ha(reference.GetProjection(), reference.GetGeoTransform(), height)
        totals = dict.fromkeys(("optical", "radar", "both", "earlier"), 0.0)

        def work_on(window):
            x, y, cols, rows = window
            arrays = [handles.get(p).GetRasterBand(1).ReadAsArray(x, y, cols, rows) for p in aligned]
            result = combine(arrays[:3], arrays[3:])
            earlier = (result[3] == BOTH) & (arrays[4] > 0) & ((arrays[1] == 0) | (arrays[4] < arrays[1]))
            return result, earlier

        with grid.atomic_output(outputs[0]) as t0, grid.atomic_output(outputs[1]) as t1, \
                grid.atomic_output(outputs[2]) as t2, grid.atomic_output(outputs[3]) as t3:
            written = [grid.create_like(t0, reference, gdal.GDT_Byte, CLASS_NODATA),
                       grid.create_like(t1, reference, gdal.GDT_Int32, 0),
                       grid.create_like(t2, reference, gdal.GDT_Byte, 0),
                       grid.create_like(t3, reference, gdal.GDT_Byte, 0)]
            describe_classes(written[0].GetRasterBand(1), class_names or DEFAULT_CLASS_NAMES)
            if coverage:
                for dataset in written:
                    write_coverage(dataset, *coverage)
            windows = list(grid.windows(width, height, block_rows, block_cols))

            def store(window, result, index):
                arrays, earlier = result
                for dataset, array in zip(written, arrays):
                    dataset.GetRasterBand(1).WriteArray(array, window[0], window[1])
                rows_area = area_per_row[window[1]:window[1] + window[3]]
                for key, hit in (("optical", arrays[3] == OPTICAL), ("radar", arrays[3] == RADAR),
                                 ("both", arrays[3] == BOTH), ("earlier", earlier | (arrays[3] == RADAR))):
                    totals[key] += float(np.count_nonzero(hit, axis=1) @ rows_area)
                progress((index + 1) / len(windows))

            grid.run_windows(work_on, windows, threads, is_cancelled, store)
            for dataset in written:
                dataset.FlushCache()
            written = None
        reference = None
    return IntegratedResult(totals["optical"], totals["radar"], totals["both"], totals["earlier"], coverage)

