"""What a Sentinel-2 product costs before any rule runs (a `make bench` helper, run in a child process).

    product_floor.py decode ZIP...          decode every band the detection reads (6 bands + SCL), two threads
    product_floor.py stack FOLDER ZIP...    the hand route: each product to a GeoTIFF stack and an SCL mask at 10 m

`decode` is the floor no reader of JPEG2000 can go below with OpenJPEG on this machine; `stack` is what an
analyst does by hand before they can use the stacks route (it decodes the same bands once too).
"""
import os
import re
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

from osgeo import gdal

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from algorithms.core.detection.products import open_product  # noqa: E402

gdal.UseExceptions()


def _decode(path):
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    block = 1024
    for row in range(0, dataset.RasterYSize, block):
        for col in range(0, dataset.RasterXSize, block):
            band.ReadRaster(col, row, min(block, dataset.RasterXSize - col), min(block, dataset.RasterYSize - row))
    return dataset.RasterXSize * dataset.RasterYSize


def decode(zips, workdir):
    files = []
    for path in zips:
        product = open_product(path, workdir, "BEFORE")
        with open(product.stack) as vrt:
            files += re.findall(r"<SourceFilename[^>]*>([^<]+)</SourceFilename>", vrt.read())
        files.append(product.mask)
    with ThreadPoolExecutor(max_workers=2) as pool:
        return sum(pool.map(_decode, files))


def stack(folder, zips, workdir):
    os.makedirs(folder, exist_ok=True)
    options = ["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512"]
    for index, path in enumerate(zips):
        product = open_product(path, workdir, "BEFORE")
        gdal.Translate(os.path.join(folder, f"stack_{index}.tif"), product.stack, creationOptions=options)
        reference = gdal.Open(product.stack)
        gdal.Warp(os.path.join(folder, f"scl_{index}.tif"), product.mask, creationOptions=options,
                  width=reference.RasterXSize, height=reference.RasterYSize, resampleAlg="near")


if __name__ == "__main__":
    gdal.SetConfigOption("GDAL_NUM_THREADS", "2")
    with tempfile.TemporaryDirectory() as work:
        if sys.argv[1] == "decode":
            print(decode(sys.argv[2:], work))
        else:
            stack(sys.argv[2], sys.argv[3:], work)
