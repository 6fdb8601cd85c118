"""The I/O floor of a benchmark: read every band of every raster given once, in full-width strips, one thread."""
import sys

from osgeo import gdal

gdal.UseExceptions()
STRIP_ROWS = 256

if __name__ == "__main__":
    for path in sys.argv[1:]:
        dataset = gdal.Open(path)
        for y in range(0, dataset.RasterYSize, STRIP_ROWS):
            dataset.ReadAsArray(0, y, dataset.RasterXSize, min(STRIP_ROWS, dataset.RasterYSize - y))
        dataset = None
