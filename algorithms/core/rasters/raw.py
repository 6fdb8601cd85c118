"""Decoded copies: a compressed raster that a run reads several times, decoded once into a raw scratch file.

The copy holds some bands of the source, band after band (band-sequential), in the source's data type; reading it
is a copy out of the operating system's file cache, with no decoding. `RawRaster` reads it through the part of
GDAL's dataset interface the series engine uses (ReadAsArray with a band list, GetRasterBand(n).ReadAsArray).
"""
import json
import mmap

import numpy as np
from osgeo import gdal_array

SUFFIX = ".raw"
RELEASE_ALIGN = 256 * 1024  # a multiple of the page size, beyond the kernel's fault-around window


def copy_decoded(source, target, bands, rows=256, stop_if_cancelled=None):
    """Decode `bands` (1-based numbers) of the GDAL dataset `source` into the raw file `target`, full-width strips
    of `rows` at a time (stop_if_cancelled() is called between strips); return the path."""
    width, height = source.RasterXSize, source.RasterYSize
    dtype = gdal_array.GDALTypeCodeToNumericTypeCode(source.GetRasterBand(bands[0]).DataType)
    plane = width * height * np.dtype(dtype).itemsize
    with open(target, "wb") as handle:
        handle.truncate(plane * len(bands))
        for y in range(0, height, rows):
            if stop_if_cancelled is not None:
                stop_if_cancelled()
            count = min(rows, height - y)
            dn = source.ReadAsArray(0, y, width, count, band_list=list(bands)).reshape(len(bands), count, width)
            for number in range(len(bands)):
                handle.seek(number * plane + y * width * dn.itemsize)
                dn[number].tofile(handle)
    header = {"width": width, "height": height, "bands": list(bands), "dtype": np.dtype(dtype).str,
              "nodata": [source.GetRasterBand(number).GetNoDataValue() for number in bands]}
    with open(target + ".json", "w", encoding="utf-8") as handle:
        json.dump(header, handle)
    return target


def raw_bytes(dataset, bands):
    """The size of a decoded copy of these bands."""
    dtype = gdal_array.GDALTypeCodeToNumericTypeCode(dataset.GetRasterBand(bands[0]).DataType)
    return dataset.RasterXSize * dataset.RasterYSize * len(bands) * np.dtype(dtype).itemsize


class RawRaster:
    """A decoded copy, read like a GDAL dataset (thread-safe). The file is mapped once; the pages of each read are
    released after it (they stay in the file cache), so the copy never accumulates in the process's memory."""

    def __init__(self, path):
        with open(path + ".json", encoding="utf-8") as handle:
            header = json.load(handle)
        self.path = path
        self.RasterXSize, self.RasterYSize = header["width"], header["height"]
        self.bands = header["bands"]
        self.RasterCount = max(self.bands)
        self.dtype = np.dtype(header["dtype"])
        self.nodata = dict(zip(self.bands, header["nodata"]))
        with open(path, "rb") as handle:
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        self._planes = np.frombuffer(self._map, self.dtype).reshape(len(self.bands), self.RasterYSize,
                                                                    self.RasterXSize)

    def ReadAsArray(self, x, y, cols, rows, band_list=None, release=True):  # noqa: N802 (GDAL's name)
        """As GDAL's; `release=False` keeps the rows' pages mapped until release() (reads of neighbouring columns
        of the same rows then find them mapped)."""
        numbers = list(band_list or self.bands)
        out = np.empty((len(numbers), rows, cols), self.dtype)
        for index, number in enumerate(numbers):
            out[index] = self._planes[self.bands.index(number), y:y + rows, x:x + cols]
        if release:
            self.release(y, rows, numbers)
        return out[0] if len(numbers) == 1 else out  # one band: 2-D, as GDAL

    def release(self, y, rows, band_list=None):
        """Unmap the pages of these rows (they stay in the file cache), with those the kernel mapped around them
        (fault-around: 64 KiB by default)."""
        row_bytes = self.RasterXSize * self.dtype.itemsize
        for number in band_list or self.bands:
            start = (self.bands.index(number) * self.RasterYSize + y) * row_bytes
            first = max(0, start - start % RELEASE_ALIGN - RELEASE_ALIGN)
            self._map.madvise(mmap.MADV_DONTNEED, first,
                              min(len(self._map), start + rows * row_bytes + 2 * RELEASE_ALIGN) - first)

    def GetRasterBand(self, number):  # noqa: N802 (GDAL's name)
        return _RawBand(self, number)


class _RawBand:
    def __init__(self, raster, number):
        self.raster, self.number = raster, number

    def ReadAsArray(self, x, y, cols, rows):  # noqa: N802 (GDAL's name)
        return self.raster.ReadAsArray(x, y, cols, rows, [self.number])

    def GetNoDataValue(self):  # noqa: N802 (GDAL's name)
        return self.raster.nodata[self.number]


def is_raw(path):
    return str(path).endswith(SUFFIX)

