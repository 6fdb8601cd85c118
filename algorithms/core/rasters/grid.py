"""Raster plumbing: open, align to a reference grid, iterate windows, write outputs safely."""
import os
import shutil
import tempfile
import threading
import uuid
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import numpy as np
from osgeo import gdal, ogr, osr

from ..errors import Cancelled, CoreError
from . import raw

gdal.UseExceptions()

GTIFF_OPTIONS = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"]
WORK_OPTIONS = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=LZW", "BIGTIFF=IF_SAFER"]


def open_raster(path, role):
    """Open a raster read-only or raise `unreadable_raster` naming the parameter."""
    try:
        dataset = gdal.Open(str(path), gdal.GA_ReadOnly)
    except RuntimeError:
        dataset = None
    if dataset is None:
        raise CoreError("unreadable_raster", role=role, path=str(path))
    return dataset


def srs_of(dataset):
    srs = osr.SpatialReference()
    wkt = dataset.GetProjection()
    if not wkt:
        return None
    srs.ImportFromWkt(wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def bounds_of(dataset):
    gt = dataset.GetGeoTransform()
    x0, y0 = gt[0], gt[3]
    x1 = x0 + gt[1] * dataset.RasterXSize + gt[2] * dataset.RasterYSize
    y1 = y0 + gt[4] * dataset.RasterXSize + gt[5] * dataset.RasterYSize
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def bounds_in(dataset, target_srs):
    """Bounds of a dataset transformed (densified edges) into another CRS."""
    src_srs = srs_of(dataset)
    minx, miny, maxx, maxy = bounds_of(dataset)
    if src_srs is None or target_srs is None or src_srs.IsSame(target_srs):
        return minx, miny, maxx, maxy
    transform = osr.CoordinateTransformation(src_srs, target_srs)
    return transform.TransformBounds(minx, miny, maxx, maxy, 21)


def same_grid(dataset, reference):
    """True when both rasters share CRS, pixel grid and size (no warping needed)."""
    a, b = srs_of(dataset), srs_of(reference)
    if (a is None) != (b is None) or (a is not None and not a.IsSame(b)):
        return False
    if (dataset.RasterXSize, dataset.RasterYSize) != (reference.RasterXSize, reference.RasterYSize):
        return False
    gt_a, gt_b = dataset.GetGeoTransform(), reference.GetGeoTransform()
    tolerance = abs(gt_b[1]) * 1e-6
    return all(abs(x - y) <= tolerance for x, y in zip(gt_a, gt_b))


def check_overlap(dataset, reference, role, reference_role=None):
    """Raise `no_overlap` when a raster does not cover any of the reference raster."""
    ref_bounds = bounds_of(reference)
    other = bounds_in(dataset, srs_of(reference))
    if other[0] >= ref_bounds[2] or other[2] <= ref_bounds[0] or other[1] >= ref_bounds[3] or other[3] <= ref_bounds[1]:
        raise CoreError("no_overlap", role=role, reference_role=reference_role or "")


def aligned_path(path, dataset, reference, workdir, resampling, nodata=None):
    """A path that reads `dataset` on the reference grid: itself, or a warped VRT in workdir."""
    if same_grid(dataset, reference):
        return str(path)
    minx, miny, maxx, maxy = bounds_of(reference)
    vrt = os.path.join(workdir, f"aligned_{uuid.uuid4().hex}.vrt")
    options = dict(
        format="VRT",
        outputBounds=(minx, miny, maxx, maxy),
        width=reference.RasterXSize,
        height=reference.RasterYSize,
        dstSRS=reference.GetProjection(),
        resampleAlg=resampling,
        multithread=False,
    )
    if nodata is not None:
        options["dstNodata"] = nodata
    gdal.Warp(vrt, dataset, **options).FlushCache()
    return vrt


def windows(width, height, block_rows=256, block_cols=1024):
    """Row-major (x, y, cols, rows) windows that cover the grid."""
    for y in range(0, height, block_rows):
        rows = min(block_rows, height - y)
        for x in range(0, width, block_cols):
            yield x, y, min(block_cols, width - x), rows


def row_strips(height, rows=256):
    """(y, rows) full-width strips."""
    for y in range(0, height, rows):
        yield y, min(rows, height - y)


def byte_counts(band, rows=256):
    """How many pixels hold each of the 256 values of a Byte band (its NoData not counted), read in strips: GDAL's
    GetHistogram keeps its result in an .aux.xml beside the user's file."""
    counts = np.zeros(256, np.int64)
    for y, count in row_strips(band.YSize, rows):
        counts += np.bincount(band.ReadAsArray(0, y, band.XSize, count).ravel(), minlength=256)
    nodata = band.GetNoDataValue()
    if nodata is not None and nodata == int(nodata) and 0 <= nodata <= 255:
        counts[int(nodata)] = 0
    return counts


class ThreadDatasets:
    """GDAL handles per thread (datasets are not thread-safe), the most recent `keep` of them open.

    A time series visits every date for each window; keeping all of them open would make memory
    grow with the number of images, so older handles are closed and reopened when needed.
    """

    def __init__(self, keep=8):
        self._local = threading.local()
        self.keep = keep
        self._raw = {}  # decoded copies: one mapping each, shared by the threads (reading them is thread-safe)

    def get(self, path):
        if raw.is_raw(path):
            if path not in self._raw:
                self._raw[path] = raw.RawRaster(path)
            return self._raw[path]
        cache = getattr(self._local, "cache", None)
        if cache is None:
            cache = self._local.cache = OrderedDict()
        if path in cache:
            cache.move_to_end(path)
        else:
            cache[path] = gdal.Open(path, gdal.GA_ReadOnly)
            while len(cache) > self.keep:
                cache.popitem(last=False)
        return cache[path]


def check_writable(path):
    """Raise `unwritable_output` unless a file can be created at path."""
    folder = os.path.dirname(os.path.abspath(str(path))) or "."
    if not os.path.isdir(folder) or not os.access(folder, os.W_OK):
        raise CoreError("unwritable_output", path=str(path))
    if os.path.exists(path) and not os.access(path, os.W_OK):
        raise CoreError("unwritable_output", path=str(path))


def create_like(path, reference, data_type, nodata, options=None, bands=1):
    """A new GeoTIFF on the reference grid."""
    driver = gdal.GetDriverByName("GTiff")
    out = driver.Create(
        str(path), reference.RasterXSize, reference.RasterYSize, bands, data_type, options or GTIFF_OPTIONS
    )
    out.SetGeoTransform(reference.GetGeoTransform())
    out.SetProjection(reference.GetProjection())
    if nodata is not None:
        for index in range(1, bands + 1):
            out.GetRasterBand(index).SetNoDataValue(nodata)
    return out


@contextmanager
def atomic_output(path):
    """Yield a temporary path beside `path`; it replaces `path` only if the block succeeds."""
    path = str(path)
    folder, name = os.path.split(os.path.abspath(path))
    stem, ext = os.path.splitext(name)
    temp = os.path.join(folder, f".{stem}.{uuid.uuid4().hex[:8]}.partial{ext}")
    try:
        yield temp
    except BaseException:
        _remove_dataset_files(temp)
        raise
    _remove_dataset_files(path)
    os.replace(temp, path)
    for sidecar in (".aux.xml",):
        if os.path.exists(temp + sidecar):
            os.replace(temp + sidecar, path + sidecar)


def _remove_dataset_files(path):
    for candidate in (path, path + ".aux.xml", path + "-journal", path + "-wal", path + "-shm"):
        if os.path.exists(candidate):
            os.remove(candidate)


@contextmanager
def work_folder():
    """A scratch folder removed afterwards."""
    folder = tempfile.mkdtemp(prefix="miningloss_")
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def gdal_cache_limit(megabytes=64):
    """Cap GDAL's block cache during a run so memory stays flat, then restore it."""
    return _gdal_cache_bytes(min(megabytes * 1024 * 1024, gdal.GetCacheMax()))


def gdal_cache_size(megabytes):
    """GDAL's block cache at this size during a step (it may grow or shrink), then as it was."""
    return _gdal_cache_bytes(int(megabytes) * 1024 * 1024)


@contextmanager
def _gdal_cache_bytes(size):
    previous = gdal.GetCacheMax()
    gdal.SetCacheMax(size)
    try:
        yield
    finally:
        gdal.SetCacheMax(previous)


# JPEG2000 products: windows on the codestream's 1024 x 1024 tiles and a cache that keeps decoded tiles, so
# each tile is decoded about once (decoding, not reading, is what a product costs)
PRODUCT_WINDOW = 1024
PRODUCT_CACHE_MB = 256


PRODUCT_SAMPLE = {"size": 256, "per_side": 4}  # 16 larger sample windows touch fewer tiles than 64 small ones


def product_reading(threads):
    """(rows, cols, sample windows, threads) for product inputs.

    Windows follow the JPEG2000 tiles (buffer halos read only the mask), so each tile is decoded once by the
    thread that reads its window; the block cache is raised to keep the 20 m tiles several windows share.
    """
    gdal.SetCacheMax(max(gdal.GetCacheMax(), PRODUCT_CACHE_MB * 1024 * 1024))
    return PRODUCT_WINDOW, PRODUCT_WINDOW, dict(PRODUCT_SAMPLE), threads


def parallel_map(function, items, threads, done=None):
    """[function(item) for item in items] on a thread pool (GDAL reads and numpy release the GIL); done(count), when
    given, is called in the calling thread as each result arrives, in order (progress)."""
    items = list(items)
    if threads <= 1 or len(items) <= 1:
        return _collect(map(function, items), done)
    with ThreadPoolExecutor(max_workers=threads) as pool:
        return _collect(pool.map(function, items), done)


def _collect(mapped, done):
    results = []
    for result in mapped:
        results.append(result)
        if done is not None:
            done(len(results))
    return results


def run_windows(work, windows, threads, is_cancelled, on_result):
    """work(window) on a thread pool, results handed to on_result in order; stops on cancel."""
    in_flight = max(2, threads * 2)
    with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
        pending = []
        iterator = iter(enumerate(windows))
        for _ in range(in_flight):
            item = next(iterator, None)
            if item is None:
                break
            pending.append((item, pool.submit(work, item[1])))
        while pending:
            (index, window), future = pending.pop(0)
            if is_cancelled():
                for _, other in pending:
                    other.cancel()
                future.cancel()
                raise Cancelled()
            on_result(window, future.result(), index)
            item = next(iterator, None)
            if item is not None:
                pending.append((item, pool.submit(work, item[1])))


def memory_vector_source(name):
    """An in-memory OGR data source: GDAL's `MEM` driver since 3.11 (its `Memory` driver is deprecated), else
    `Memory`."""
    driver = "MEM" if int(gdal.VersionInfo()) >= 3110000 else "Memory"
    return ogr.GetDriverByName(driver).CreateDataSource(name)
