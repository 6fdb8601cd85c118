"""Read reflectance windows from band stacks and compute the spectral indices of the rule."""
import numpy as np


def read_reflectance(dataset, sensor, x, y, cols, rows, nodata=None):
    """Reflectance per role (float32) and a validity mask for one window."""
    dn = dataset.ReadAsArray(x, y, cols, rows, band_list=list(sensor.bands))
    if dn.ndim == 2:
        dn = dn[np.newaxis]
    invalid = np.all(dn == 0, axis=0)
    if nodata is not None:
        invalid |= np.any(dn == nodata, axis=0)
    scale = np.float32(sensor.scale)
    offset = np.float32(sensor.offset)
    refl = {}
    for index, role in enumerate(sensor.roles):
        band = dn[index].astype(np.float32)
        band *= scale
        if offset:
            band += offset
        refl[role] = band
    return refl, ~invalid


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
        unclear = masks.masked_pixels(datasets.get(mask_path).GetRasterBand(1).ReadAsArray(x, y, cols, rows),
                                      mask_type)
        unclear[inner] |= ~valid
        return refl, ~masks.grow(unclear, buffer)[inner]
    refl, clear = read_reflectance(dataset, sensor, x, y, cols, rows, nodata)
    if mask_path is None:
        clear &= ~masks.spectral_screen(refl)
    else:
        values = datasets.get(mask_path).GetRasterBand(1).ReadAsArray(x, y, cols, rows)
        clear &= ~masks.masked_pixels(values, mask_type)
    if buffer:
        clear = ~masks.grow(~clear, buffer)[inner]
        refl = {role: band[inner] for role, band in refl.items()}
    return refl, clear


def ratio_index(a, b):
    """(a - b) / (a + b) without division warnings; 0 where a + b is 0."""
    total = a + b
    np.copyto(total, np.float32(1e-6), where=total == 0)
    out = a - b
    out /= total
    return out


def ndvi(refl):
    return ratio_index(refl["nir"], refl["red"])


def nbr(refl):
    """Normalised burn ratio (NIR vs SWIR2): high for canopy, low for bare ground."""
    return ratio_index(refl["nir"], refl["swir2"])


def mndwi(refl):
    """Modified normalised difference water index (green vs SWIR1)."""
    return ratio_index(refl["green"], refl["swir1"])


def ndwi(refl):
    """McFeeters water index (green vs NIR), for stacks without SWIR."""
    return ratio_index(refl["green"], refl["nir"])


def redness(refl):
    """(red - blue) / (red + blue): iron-rich farm soils and laterite roads are redder than tailings."""
    return ratio_index(refl["red"], refl["blue"])


def band_nodata(dataset):
    value = dataset.GetRasterBand(1).GetNoDataValue()
    return None if value is None else value
