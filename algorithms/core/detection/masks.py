"""Cloud and shadow masks: Sentinel-2 SCL, Landsat QA_PIXEL, binary; and a spectral screen."""
import numpy as np

SCL = 0
QA_PIXEL = 1
BINARY = 2

# SCL classes that hide the ground: no data, saturated, cloud shadow, cloud medium/high
# probability, thin cirrus, snow.
SCL_MASKED = (0, 1, 3, 8, 9, 10, 11)
# QA_PIXEL bits: 0 fill, 1 dilated cloud, 2 cirrus, 3 cloud, 4 cloud shadow.
QA_MASKED_BITS = 0b11111

_SCL_LOOKUP = np.zeros(256, dtype=bool)
_SCL_LOOKUP[list(SCL_MASKED)] = True


# Cloud-edge buffer: masks grow by this many metres (see docs/method.md for the measurement behind it)
EDGE_BUFFER_M = 20.0


def grow(masked, pixels):
    """Masked pixels grown by a disc of `pixels` radius (the cloud-edge buffer)."""
    from scipy import ndimage

    if pixels <= 0 or not masked.any():
        return masked
    radius = int(pixels)
    yy, xx = np.mgrid[-radius:radius + 1, -radius:radius + 1]
    disc = (xx * xx + yy * yy) <= pixels * pixels
    return ndimage.binary_dilation(masked, structure=disc)


def buffer_pixels(metres, geotransform, projection_is_geographic, latitude=0.0):
    """The cloud-edge buffer in whole pixels of a grid (at least one pixel when a buffer is asked for)."""
    if metres <= 0:
        return 0
    size = abs(geotransform[1])
    if projection_is_geographic:
        size *= 111320.0 * max(0.1, np.cos(np.radians(latitude)))
    return max(1, int(round(metres / size)))


def masked_pixels(mask_values, mask_type):
    """True where a mask band says the ground is not visible."""
    if mask_type == SCL:
        values = np.clip(mask_values, 0, 255).astype(np.uint8, copy=False)
        return _SCL_LOOKUP[values]
    if mask_type == QA_PIXEL:
        return (mask_values.astype(np.int64, copy=False) & QA_MASKED_BITS) != 0
    return mask_values != 0


def looks_like(values):
    """Which mask type a sample of mask values looks like (SCL, QA_PIXEL, BINARY), or None."""
    distinct = np.unique(values)
    if distinct.size == 0 or distinct.size > 64:
        return None
    if distinct.min() >= 0 and distinct.max() <= 11 and np.any((distinct >= 2) & (distinct <= 11)):
        return SCL
    if np.all((distinct == 1) | (distinct >= 21000)) and distinct.max() <= 65535:
        return QA_PIXEL
    if set(distinct.tolist()) <= {0, 1} or set(distinct.tolist()) <= {0, 255}:
        return BINARY
    return None


def check_mask_values(min_value, max_value, is_integer, mask_type, sample=None):
    """The reason a band is not a valid mask of this type, or None."""
    if not is_integer:
        return "not_integer"
    looks = looks_like(sample) if sample is not None else None
    if looks == QA_PIXEL and mask_type != QA_PIXEL:
        return "looks_qa"
    if looks == SCL and mask_type != SCL:
        return "looks_scl"
    if looks == BINARY and mask_type == SCL:
        return "looks_binary"
    if mask_type == SCL and (min_value < 0 or max_value > 11):
        return "not_scl"
    if mask_type == QA_PIXEL and (min_value < 0 or max_value > 65535):
        return "not_qa"
    return None


# Spectral screen used when no mask is given. Reflectances, documented in the help:
CLOUD_BLUE = 0.18  # bright blue: thick cloud (tailings and bare soil stay below ~0.15)
HAZE_BLUE = 0.06  # blue above this and at least ...
HAZE_BLUE_RED = 0.9  # ... 0.9 x red: white or bluish haze (soils and tailings are red-dominant)
SHADOW_NIR = 0.07  # very dark in NIR ...
SHADOW_SWIR = 0.05  # ... and in SWIR, but not water (water has green > SWIR1)


def spectral_screen(refl):
    """True for pixels that look like cloud, haze or cloud shadow (no mask given)."""
    blue, red, nir = refl["blue"], refl["red"], refl["nir"]
    cloud = blue > CLOUD_BLUE
    haze = (blue > HAZE_BLUE) & (blue > HAZE_BLUE_RED * red)
    if "swir1" in refl:
        swir1 = refl["swir1"]
        shadow = (nir < SHADOW_NIR) & (swir1 < SHADOW_SWIR) & (refl["green"] <= swir1)
    else:
        shadow = (nir < SHADOW_NIR) & (refl["green"] < 0.02)
    return cloud | haze | shadow
