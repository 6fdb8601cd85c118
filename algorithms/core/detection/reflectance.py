"""Read reflectance windows from band stacks and compute the spectral indices of the rule."""
import numpy as np


def nodata_pixels(dn, nodata=None):
    """True where a band holds its declared NoData (one value per band, or one for all) or is not a number.

    Values compare in the band's own type, so -3.4e38 (R's raster package) matches its float32 pixels; a
    value the type cannot hold (-9999 declared on UInt16) matches nothing.
    """
    invalid = np.zeros(dn.shape[1:], dtype=bool)
    if dn.dtype.kind == "f":
        invalid |= ~np.isfinite(dn).all(axis=0)
    if nodata is None:
        return invalid
    values = nodata if isinstance(nodata, (tuple, list)) else [nodata] * dn.shape[0]
    for band, value in zip(dn, values):
        typed = typed_value(value, dn.dtype)
        if typed is not None:
            invalid |= band == typed
    return invalid


def typed_value(value, dtype):
    """A NoData value in the array's type, or None when it is unset, NaN or cannot occur in that type."""
    if value is None or np.isnan(value):
        return None
    if dtype.kind in "iu":
        limits = np.iinfo(dtype)
        if value != int(value) or not limits.min <= value <= limits.max:
            return None
        return dtype.type(int(value))
    if abs(value) > np.finfo(dtype).max:
        return None
    return dtype.type(value)


def read_reflectance(dataset, sensor, x, y, cols, rows, nodata=None):
    """Reflectance per role (float32) and a validity mask for one window (reflectance_of its DN)."""
    return reflectance_of(dataset.ReadAsArray(x, y, cols, rows, band_list=list(sensor.bands)), sensor, nodata)


def reflectance_of(dn, sensor, nodata=None):
    """Reflectance per role (float32) and a validity mask from the DN of the preset's bands (bands x rows x cols).

    Invalid pixels (all bands 0, a declared NoData, not a number) read as reflectance 0 so that no index
    computed on them overflows; the mask says to ignore them. `dn` may be changed.
    """
    if dn.ndim == 2:
        dn = dn[np.newaxis]
    zero = dn == 0
    if nodata is not None and all(value == 0 for value in (nodata if isinstance(nodata, (tuple, list)) else [nodata])):
        invalid = zero.any(axis=0)  # NoData 0 on every band (the usual stack): a 0 on any band (all 0 included)
        declared = nodata_pixels(dn) if dn.dtype.kind == "f" else None
    else:
        invalid = zero.all(axis=0)
        declared = nodata_pixels(dn, nodata)
    if declared is not None and declared.any():
        invalid |= declared
        np.copyto(dn, dn.dtype.type(0), where=declared[np.newaxis])
    scale = np.float32(sensor.scale)
    offset = np.float32(sensor.offset)
    refl = {}
    for index, role in enumerate(sensor.roles):
        band = np.multiply(dn[index], scale, dtype=np.float32)  # converted and scaled in one pass
        if offset:
            band += offset
        refl[role] = band
    return refl, ~invalid


def unclear_pixels(refl, valid, mask_values=None, mask_type=None, mask_nodata=None):
    """Pixels not clear, before the cloud-edge buffer: invalid, or masked (the spectral screen without a mask;
    cloud calls on bright ground not trusted, see masks.masked_pixels)."""
    from . import masks

    if mask_values is None:
        return ~valid | masks.spectral_screen(refl)
    return ~valid | masks.masked_pixels(mask_values, mask_type, refl, mask_nodata)


def read_clear(datasets, path, mask_path, sensor, mask_type, window, nodata=None, buffer=0, halo_from_mask=False):
    """Reflectance of one window and where it is clear: valid, unmasked (or passing the spectral screen), and
    at least `buffer` pixels away from anything masked (thin cloud and haze at cloud edges escape every mask).

    The buffer needs what lies around the window: `halo_from_mask` reads only the mask there (products, whose
    masks also flag no data), so no JPEG2000 tile beyond the window is decoded.
    """
    from . import masks

    dataset = datasets.get(path)
    x, y, cols, rows = window
    if buffer:
        x0, y0 = max(0, x - buffer), max(0, y - buffer)
        x1, y1 = min(dataset.RasterXSize, x + cols + buffer), min(dataset.RasterYSize, y + rows + buffer)
        x, y, cols, rows = x0, y0, x1 - x0, y1 - y0
    inner = (slice(window[1] - y, window[1] - y + window[3]), slice(window[0] - x, window[0] - x + window[2]))
    if buffer and halo_from_mask and mask_path is not None:
        refl, valid = read_reflectance(dataset, sensor, *window, nodata)
        band = datasets.get(mask_path).GetRasterBand(1)
        values, mask_nodata = band.ReadAsArray(x, y, cols, rows), band.GetNoDataValue()
        unclear = masks.masked_pixels(values, mask_type, nodata=mask_nodata)
        unclear[inner] = masks.masked_pixels(values[inner], mask_type, refl, mask_nodata) | ~valid
        return refl, ~masks.grow(unclear, buffer)[inner]
    refl, valid = read_reflectance(dataset, sensor, x, y, cols, rows, nodata)
    if mask_path is None:
        unclear = unclear_pixels(refl, valid)
    else:
        band = datasets.get(mask_path).GetRasterBand(1)
        unclear = unclear_pixels(refl, valid, band.ReadAsArray(x, y, cols, rows), mask_type, band.GetNoDataValue())
    if buffer:
        return {role: band[inner] for role, band in refl.items()}, ~masks.grow(unclear, buffer)[inner]
    return refl, ~unclear


def ratio_index(a, b):
    """(a - b) / (a + b) without division warnings; 0 where a + b is 0."""
    total = a + b
    zero = total == 0
    if zero.any():  # seldom: the masked copy only then
        np.copyto(total, np.float32(1e-6), where=zero)
    out = a - b
    out /= total
    return out


class Reflectance(dict):
    """Reflectance per role whose indices are computed once: the rule asks for NDVI, NBR and MNDWI of the same
    image several times (the series: about half its index computations). Its bands must not change afterwards."""

    def __init__(self, bands):
        super().__init__(bands)
        self.indices = {}


def kept(refl, name, compute):
    """compute(refl), kept on a Reflectance under `name` (plain dicts: computed each time); the result must not be
    changed by the caller."""
    indices = getattr(refl, "indices", None)
    if indices is None:
        return compute(refl)
    if name not in indices:
        indices[name] = compute(refl)
    return indices[name]


def _index(refl, name, first, second):
    """ratio_index of two roles, kept on a Reflectance."""
    return kept(refl, name, lambda bands: ratio_index(bands[first], bands[second]))


def ndvi(refl):
    return _index(refl, "ndvi", "nir", "red")


def nbr(refl):
    """Normalised burn ratio (NIR vs SWIR2): high for canopy, low for bare ground."""
    return _index(refl, "nbr", "nir", "swir2")


def mndwi(refl):
    """Modified normalised difference water index (green vs SWIR1)."""
    return _index(refl, "mndwi", "green", "swir1")


def ndwi(refl):
    """McFeeters water index (green vs NIR), for stacks without SWIR."""
    return _index(refl, "ndwi", "green", "nir")


def redness(refl):
    """(red - blue) / (red + blue): iron-rich farm soils and laterite roads are redder than tailings."""
    return _index(refl, "redness", "red", "blue")


def band_nodata(dataset, bands=None):
    """The declared NoData of each band read (1-based numbers; all bands when None), None where unset."""
    numbers = bands or range(1, dataset.RasterCount + 1)
    return tuple(dataset.GetRasterBand(number).GetNoDataValue() for number in numbers)
