"""The dates a loss raster covers: first and last image of the series (COVERAGE_START / COVERAGE_END).

Windows reaching past them would count months without images as months without loss.
"""
import datetime
import os

from osgeo import gdal

from ..errors import CoreError
from ..periods import from_int, to_int


def write_coverage(dataset, first, last):
    """Record the first and last image dates (COVERAGE_START / COVERAGE_END, ISO) in a dataset's metadata."""
    dataset.SetMetadataItem("COVERAGE_START", from_int(first).isoformat())
    dataset.SetMetadataItem("COVERAGE_END", from_int(last).isoformat())


def read_coverage(path, layer_name=None):
    """(first, last) image dates as YYYYMMDD ints from COVERAGE_* metadata of a raster or GeoPackage layer."""
    if not path or not (str(path).startswith("/vsi") or os.path.exists(str(path))):  # a memory layer: no file
        return None
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = gdal.OpenEx(str(path), gdal.OF_RASTER | gdal.OF_VECTOR)
    except RuntimeError:
        dataset = None
    finally:
        gdal.PopErrorHandler()
    if dataset is None:
        return None
    holder = dataset
    if dataset.RasterCount == 0 and dataset.GetLayerCount():
        holder = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
        if holder is None:
            return None
    values = [holder.GetMetadataItem(key) for key in ("COVERAGE_START", "COVERAGE_END")]
    try:
        first, last = (datetime.date.fromisoformat(v) for v in values)
    except (TypeError, ValueError):
        return None
    return to_int(first), to_int(last)


def cut_window(window, coverage):
    """(start, end) YYYYMMDD ints cut to the coverage; None when nothing of the window is covered."""
    if coverage is None:
        return window
    start, end = max(window[0], coverage[0]), min(window[1], coverage[1])
    return (start, end) if start <= end else None


def counted_windows(before, after, coverage, rebuild_before=None):
    """(before, after, was_cut): the windows actually counted once cut to the coverage.

    rebuild_before(after_end) gives the before window matching a shorter after window (operation windows),
    so both windows keep the same length when the data end early. Raises CoreError when a window holds no
    covered day.
    """
    if coverage is None:
        return before, after, False
    cut_after = cut_window(after, coverage)
    if cut_after is None:
        raise CoreError("window_outside_coverage", window="after", start=from_int(after[0]).isoformat(),
                        end=from_int(after[1]).isoformat(), first=from_int(coverage[0]).isoformat(),
                        last=from_int(coverage[1]).isoformat())
    new_before = before
    if rebuild_before is not None and cut_after != after:
        new_before = rebuild_before(cut_after)
    cut_before = cut_window(new_before, coverage)
    if cut_before is None:
        raise CoreError("window_outside_coverage", window="before", start=from_int(new_before[0]).isoformat(),
                        end=from_int(new_before[1]).isoformat(), first=from_int(coverage[0]).isoformat(),
                        last=from_int(coverage[1]).isoformat())
    return cut_before, cut_after, (cut_before, cut_after) != (before, after)
