"""Cloud and shadow masks: Sentinel-2 SCL, Landsat QA_PIXEL, binary; and a spectral screen."""
import math

import numpy as np

SCL = 0
QA_PIXEL = 1
BINARY = 2

# SCL classes that hide the ground: no data, saturated, cloud shadow, cloud medium/high
# probability, thin cirrus, snow.
SCL_MASKED = (0, 1, 3, 8, 9, 10, 11)
# QA_PIXEL bits: 0 fill, 1 dilated cloud, 2 cirrus, 3 cloud, 4 cloud shadow.
QA_MASKED_BITS = 0b11111
QA_CLOUD_BITS = 0b01010  # dilated cloud, cloud

# SCL classes Sen2Cor also gives to bright bare soil (medium and high cloud probability)
SCL_CLOUD = (8, 9)

_SCL_LOOKUP = np.zeros(256, dtype=bool)
_SCL_LOOKUP[list(SCL_MASKED)] = True
_SCL_CLOUD_LOOKUP = np.zeros(256, dtype=bool)
_SCL_CLOUD_LOOKUP[list(SCL_CLOUD)] = True


# Cloud-edge buffer: masks grow by this many metres (see docs/method.md for the measurement behind it)
EDGE_BUFFER_M = 20.0


def grow(masked, pixels):
    """Masked pixels grown by a disc of `pixels` radius (the cloud-edge buffer).

    The disc is a union of rectangles, one per distinct row half-width, and each rectangle a horizontal then a
    vertical run of ORs: exactly scipy's binary_dilation with the disc (outside the array counts as clear), at
    a small fraction of its time.
    """
    if pixels <= 0 or not masked.any():
        return masked
    radius = int(pixels)
    half_widths = [math.isqrt(int(pixels * pixels - dy * dy)) if float(pixels).is_integer()
                   else int(math.floor(math.sqrt(pixels * pixels - dy * dy))) for dy in range(radius + 1)]
    rows = {0: masked}  # masked grown horizontally by each half-width needed
    for width in range(1, half_widths[0] + 1):
        previous = rows[width - 1]
        current = previous.copy()
        current[:, width:] |= masked[:, :-width]
        current[:, :-width] |= masked[:, width:]
        rows[width] = current
    grown = None
    for dy, width in enumerate(half_widths):
        if dy < radius and half_widths[dy + 1] == width:
            continue  # this rectangle lies inside the next, taller one
        rectangle = _grow_vertically(rows[width], dy)
        grown = rectangle if grown is None else np.logical_or(grown, rectangle, out=grown)
    return grown


def _grow_vertically(masked, rows):
    """Each pixel ORed with the `rows` pixels above and below it."""
    if rows == 0:
        return masked.copy()
    grown = masked.copy()
    for dy in range(1, rows + 1):
        grown[dy:] |= masked[:-dy]
        grown[:-dy] |= masked[dy:]
    return grown


def grow_in_band(band, value, pixels, rows=256):
    """Pixels equal to `value` in a raster band grow by a disc of `pixels`, strip by strip, in place.

    Each strip is grown with the original rows around it (the last rows of the strip above kept from before it
    was written, the first rows of the strip below read), so the result is the whole raster's dilation.
    """
    if pixels <= 0:
        return
    width, height = band.XSize, band.YSize
    above = np.zeros((0, width), dtype=bool)
    for y in range(0, height, rows):
        count = min(rows, height - y)
        strip = band.ReadAsArray(0, y, width, count)
        below_rows = min(int(pixels), height - y - count)
        below = band.ReadAsArray(0, y + count, width, below_rows) == value if below_rows else above[:0]
        masked = strip == value
        grown = grow(np.concatenate([above, masked, below]), pixels)[len(above):len(above) + count]
        above = np.concatenate([above, masked])[-int(pixels):]  # original rows, even from short strips
        if grown.any():
            strip[grown] = value
            band.WriteArray(strip, 0, y)


def buffer_pixels(metres, geotransform, projection_is_geographic, latitude=0.0):
    """The cloud-edge buffer in whole pixels of a grid (at least one pixel when a buffer is asked for)."""
    if metres <= 0:
        return 0
    size = abs(geotransform[1])
    if projection_is_geographic:
        size *= 111320.0 * max(0.1, np.cos(np.radians(latitude)))
    return max(1, int(round(metres / size)))


def masked_pixels(mask_values, mask_type, refl=None, nodata=None):
    """True where a mask band says the ground is not visible (its declared NoData included).

    With the reflectance of the same pixels (`refl`, with SWIR), a cloud call alone (SCL classes 8, 9; QA_PIXEL
    cloud or dilated cloud bits without fill, cirrus or shadow) is not trusted on bright bare ground: Sen2Cor and
    CFMask call pale tailings and bright soil cloud (cloud_mask_ground tells them apart).
    """
    if mask_type == SCL:
        values = mask_values if mask_values.dtype == np.uint8 else np.clip(mask_values, 0, 255).astype(np.uint8)
        masked = _SCL_LOOKUP[values]
        cloud_only = _SCL_CLOUD_LOOKUP[values]
    elif mask_type == QA_PIXEL:
        bits = mask_values.astype(np.int64, copy=False) & QA_MASKED_BITS
        masked = bits != 0
        cloud_only = masked & ((bits & ~QA_CLOUD_BITS) == 0)
    else:
        masked, cloud_only = mask_values != 0, None
    if cloud_only is not None and refl is not None and "swir1" in refl:
        masked &= ~(cloud_only & cloud_mask_ground(refl))
    if nodata is not None and not np.isnan(nodata):
        masked |= mask_values == nodata
    return masked


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
CLOUD_BLUE = 0.18  # bright blue: thick cloud, unless the pixel is bright bare ground (below)
# Bright bare ground (pale mining tailings, sand, bare soil) is as bright in blue as a cloud, but it rises with
# wavelength: red at least GROUND_RED_BLUE x blue and SWIR1 at least GROUND_SWIR1_BLUE x blue. Clouds are flat
# and white (red about blue, SWIR1 below ~1.2 x blue). Measured on the real calibration patches (docs/method.md).
GROUND_RED_BLUE = 1.15
GROUND_SWIR1_BLUE = 1.3
HAZE_BLUE = 0.06  # blue above this and at least ...
HAZE_BLUE_RED = 0.9  # ... 0.9 x red: white or bluish haze (soils and tailings are red-dominant)
SHADOW_NIR = 0.07  # very dark in NIR ...
SHADOW_SWIR = 0.05  # ... and in SWIR, but not water (water has green > SWIR1)


def bright_ground(refl):
    """True where a bright pixel rises from blue to red and SWIR1 like bare ground, not flat like a cloud."""
    blue = refl["blue"]
    return (refl["red"] >= GROUND_RED_BLUE * blue) & (refl["swir1"] >= GROUND_SWIR1_BLUE * blue)


# A cloud mask's cloud call is not trusted on ground that is bright (blue >= CLOUD_MASK_GROUND_MIN_BLUE), bare
# (NDVI below CLOUD_MASK_GROUND_MAX_NDVI) and rises from blue to red and to SWIR1 (at least
# CLOUD_MASK_GROUND_SWIR1_BLUE x blue, stricter than the screen: cloud edges over bare ground must stay masked).
# Measured in docs/method.md.
CLOUD_MASK_GROUND_MIN_BLUE = 0.10
CLOUD_MASK_GROUND_MAX_NDVI = 0.30
CLOUD_MASK_GROUND_SWIR1_BLUE = 1.5


def cloud_mask_ground(refl):
    """True where a pixel a cloud mask calls cloud is bright bare ground: pale tailings, sand, bright soil."""
    blue, red, nir = refl["blue"], refl["red"], refl["nir"]
    bare = (nir - red) < CLOUD_MASK_GROUND_MAX_NDVI * (nir + red)
    return (blue >= CLOUD_MASK_GROUND_MIN_BLUE) & (red >= GROUND_RED_BLUE * blue) & bare & (
        refl["swir1"] >= CLOUD_MASK_GROUND_SWIR1_BLUE * blue)


def spectral_screen(refl):
    """True for pixels that look like cloud, haze or cloud shadow (no mask given)."""
    blue, red, nir = refl["blue"], refl["red"], refl["nir"]
    cloud = blue > CLOUD_BLUE
    haze = (blue > HAZE_BLUE) & (blue > HAZE_BLUE_RED * red)
    if "swir1" in refl:
        swir1 = refl["swir1"]
        cloud &= ~bright_ground(refl)
        shadow = (nir < SHADOW_NIR) & (swir1 < SHADOW_SWIR) & (refl["green"] <= swir1)
    else:
        shadow = (nir < SHADOW_NIR) & (refl["green"] < 0.02)
    return cloud | haze | shadow
