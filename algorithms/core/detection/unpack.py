"""Decode a product's JPEG2000 bands once, tile by tile on every core, into plain GeoTIFFs of the work folder.

Reading JPEG2000 in place decodes a codestream tile again for each GDAL handle that touches it (one per
thread, plus the normalisation's samples), which made a product pair cost three times the same pair as
stacks. Decoding each tile exactly once, in parallel, then reading the plain copies costs the decoding
floor plus the stacks' run. Only the tiles around the area of interest are decoded; when the work folder
lacks the disk space, the caller reads the product in place instead.
"""
import os
import shutil
import uuid

from osgeo import gdal

from ..rasters import grid
from .inputs import extent_in_crs

MARGIN_PIXELS = 64  # around the area of interest: cloud-edge buffers and bilinear resampling read past it
MAX_TILE = 2048  # codestreams with larger (or no) tiles are decoded in windows of this size
SPARE_BYTES = 256 * 1024 * 1024


def source_files(stack_path):
    """The band files of a product's stack VRT, in band order."""
    dataset = gdal.Open(stack_path)
    files = dataset.GetFileList()[1:]
    return files if len(files) == dataset.RasterCount else None


def _window(dataset, bounds):
    """Pixel window (x, y, cols, rows) of bounds (in the dataset's CRS) with a margin; the whole raster if None."""
    width, height = dataset.RasterXSize, dataset.RasterYSize
    if bounds is None:
        return 0, 0, width, height
    gt = dataset.GetGeoTransform()
    xmin, ymin, xmax, ymax = bounds
    col0 = max(0, int((xmin - gt[0]) / gt[1]) - MARGIN_PIXELS)
    col1 = min(width, int((xmax - gt[0]) / gt[1]) + 1 + MARGIN_PIXELS)
    row0 = max(0, int((ymax - gt[3]) / gt[5]) - MARGIN_PIXELS)
    row1 = min(height, int((ymin - gt[3]) / gt[5]) + 1 + MARGIN_PIXELS)
    if col1 <= col0 or row1 <= row0:
        return 0, 0, width, height  # outside: the extent check that follows says so
    return col0, row0, col1 - col0, row1 - row0


def _tiles(dataset, window):
    """Tile-aligned reads covering the window."""
    tile_x, tile_y = dataset.GetRasterBand(1).GetBlockSize()
    tile_x, tile_y = min(tile_x, MAX_TILE), min(tile_y, MAX_TILE)
    x, y, cols, rows = window
    for top in range(y - y % tile_y, y + rows, tile_y):
        for left in range(x - x % tile_x, x + cols, tile_x):
            yield left, top, min(tile_x, dataset.RasterXSize - left), min(tile_y, dataset.RasterYSize - top)


def _plain_copy(path, dataset, folder):
    band = dataset.GetRasterBand(1)
    tile_x, tile_y = band.GetBlockSize()
    tiles = tile_x % 16 == 0 and tile_y % 16 == 0 and tile_x <= MAX_TILE and tile_y <= MAX_TILE
    options = ["TILED=YES", f"BLOCKXSIZE={tile_x if tiles else 512}", f"BLOCKYSIZE={tile_y if tiles else 512}",
               "SPARSE_OK=TRUE", "BIGTIFF=IF_NEEDED"]
    name = os.path.splitext(os.path.basename(path))[0]
    return grid.create_like(os.path.join(folder, f"{name}_{uuid.uuid4().hex[:8]}.tif"), dataset, band.DataType,
                            band.GetNoDataValue(), options)


def decode_products(images, folder, threads, extent, progress, is_cancelled, share=0.45):
    """Unpack the product images, if any, on the first `share` of the bar.

    Returns (progress for what is left, read_in_place): read_in_place is True when products could not be
    unpacked (no room on disk) and must be read inside their archives.
    """
    products = [image for image in images if image.product]
    if not products:
        return progress, False
    if not unpack(products, folder, threads, extent, lambda f: progress(share * f), is_cancelled):
        return progress, True
    return (lambda fraction: progress(share + (1.0 - share) * fraction)), False


def unpack(images, folder, threads, extent=None, progress=lambda f: None, is_cancelled=lambda: False):
    """Point each product image (path: stack VRT, mask) at plain copies of its decoded bands; True if done.

    Every codestream tile the area needs is decoded once; False (nothing changed) when the disk lacks room.
    """
    from .products import _stack  # the same VRT (band order, bilinear 20 m bands) as reading in place

    plans = []
    for image in images:
        files = source_files(image.path)
        if files is None:
            return False
        datasets = [gdal.Open(path) for path in files + [image.mask]]
        srs = grid.srs_of(datasets[0])
        bounds = None if extent is None else extent_in_crs(extent, datasets[0])
        windows = [_window(d, bounds if srs is not None and srs.IsSame(grid.srs_of(d)) else None) for d in datasets]
        plans.append((image, files + [image.mask], datasets, windows))
    needed = sum(w[2] * w[3] * gdal.GetDataTypeSize(d.GetRasterBand(1).DataType) // 8
                 for _, _, datasets, windows in plans for d, w in zip(datasets, windows))
    if shutil.disk_usage(folder).free < needed + SPARE_BYTES:
        return False

    jobs, outputs = [], []
    for _, paths, datasets, windows in plans:
        copies = [_plain_copy(p, d, folder) for p, d in zip(paths, datasets)]
        outputs.append(copies)
        for path, dataset, window, copy in zip(paths, datasets, windows, copies):
            jobs += [(path, copy, tile) for tile in _tiles(dataset, window)]
    handles = grid.ThreadDatasets()

    def decode(job):
        path, _, (x, y, cols, rows) = job
        return handles.get(path).GetRasterBand(1).ReadRaster(x, y, cols, rows)

    def write(job, data, index):
        _, copy, (x, y, cols, rows) = job
        copy.GetRasterBand(1).WriteRaster(x, y, cols, rows, data)
        progress((index + 1) / len(jobs))

    grid.run_windows(decode, jobs, threads, is_cancelled, write)  # a few tiles in flight: memory stays flat
    for (image, *_), copies in zip(plans, outputs):
        names = [copy.GetDescription() for copy in copies]
        for copy in copies:
            copy.FlushCache()
        copies[:] = []
        image.path = _stack(names[:-1], folder, "BEFORE", image.name)
        image.mask = names[-1]
    return True
