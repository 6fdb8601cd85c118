"""The mining-loss rule, pixel part: forest before, what replaced it after.

Every threshold is a named constant so an analyst can quote it. Reflectances are the
earlier image's and the later image after normalisation (see normalise.py).

Pixel codes written between the passes:
  0 no forest loss, 10 new water (pond), 11 bright bare ground (tailings-like),
  12 other bare ground (red soil, road, burn), 13 vegetated clearing (pasture, crop),
  255 masked or no data on either date.
"""
import numpy as np

from .reflectance import mndwi, nbr, ndvi, ndwi, redness

NO_LOSS = 0
POND = 10
TAILINGS = 11
BARE_OTHER = 12
VEGETATED = 13
MASKED = 255
LOSS_CODES = (POND, TAILINGS, BARE_OTHER, VEGETATED)

# Forest on the earlier date
FOREST_NDVI = 0.60
FOREST_NBR = 0.45
# Canopy gone on the later date: NBR fell by at least this and is below the ceiling
LOSS_DNBR = 0.12
LOSS_NBR_CEILING = 0.55
# ... or grass and crops: red reflectance at least this many times the forest's, NDVI down, and red
# above blue (haze and thin cloud brighten blue more than red, grass and soil do the opposite)
GREENING_RED_RATIO = 1.7
GREENING_DNDVI = 0.05
# ... and SWIR2 up: grass, crops and bare soil are brighter than canopy in SWIR2, haze and thin cloud at cloud
# edges hardly touch it (they brighten blue most and raise NIR, the greening test alone reads them as pasture)
GREENING_SWIR2_RATIO = 1.25
# Without SWIR (PlanetScope/NICFI): NDVI fell by at least this and is below the ceiling
LOSS_DNDVI = 0.20
LOSS_NDVI_CEILING = 0.60
# Open water: green brighter than SWIR1 and dark NIR (turbid, green and dark ponds alike)
WATER_MNDWI = 0.10
WATER_NDWI = -0.05
WATER_NIR = 0.15
# Green cover still there (pasture, crops): NDVI at least this
VEGETATED_NDVI = 0.45
# Tailings: bright and pale (sand and gravel), unlike red farm soil and laterite roads
TAILINGS_MAX_REDNESS = 0.31
TAILINGS_MIN_VISIBLE = 0.07
# Burnt ground is dark
BURN_MAX_VISIBLE = 0.055


def classify_pixels(before, after, usable):
    """Pixel codes for one window from reflectance dicts and the usable (clear, valid) mask."""
    ndvi_before, ndvi_after = ndvi(before), ndvi(after)
    if "swir2" in before:
        forest = (ndvi_before >= FOREST_NDVI) & (nbr(before) >= FOREST_NBR) & (mndwi(before) < 0)
        nbr_after = nbr(after)
        cleared = (nbr(before) - nbr_after >= LOSS_DNBR) & (nbr_after <= LOSS_NBR_CEILING)
        cleared |= (after["red"] >= GREENING_RED_RATIO * before["red"]) & (
            ndvi_before - ndvi_after >= GREENING_DNDVI) & (after["red"] > after["blue"]) & (
            after["swir2"] >= GREENING_SWIR2_RATIO * before["swir2"])
        water = (mndwi(after) > WATER_MNDWI) & (after["nir"] < WATER_NIR)
    else:
        forest = (ndvi_before >= FOREST_NDVI) & (ndwi(before) < WATER_NDWI)
        cleared = (ndvi_before - ndvi_after >= LOSS_DNDVI) & (ndvi_after <= LOSS_NDVI_CEILING)
        water = (ndwi(after) > WATER_NDWI) & (after["nir"] < WATER_NIR)
    loss = forest & (cleared | water)
    visible = (after["blue"] + after["green"] + after["red"]) / np.float32(3)
    tailings = (redness(after) <= TAILINGS_MAX_REDNESS) & (visible >= TAILINGS_MIN_VISIBLE)
    vegetated = ndvi_after >= VEGETATED_NDVI

    codes = np.zeros(usable.shape, dtype=np.uint8)
    codes[loss] = BARE_OTHER
    codes[loss & tailings & ~vegetated] = TAILINGS
    codes[loss & vegetated] = VEGETATED
    codes[loss & (visible < BURN_MAX_VISIBLE) & ~water & ~vegetated] = BARE_OTHER
    codes[loss & water] = POND
    codes[~usable] = MASKED
    return codes
