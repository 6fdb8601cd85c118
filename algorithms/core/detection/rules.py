"""The mining-loss rule, pixel part: forest before, what replaced it after.

Every threshold is a named constant so an analyst can quote it. Reflectances are the
earlier image's and the later image after normalisation (see normalise.py).

Pixel codes written between the passes:
  0 no forest loss, 10 new water (pond), 11 bright bare ground (tailings-like),
  12 other bare ground (red soil, road, burn), 13 vegetated clearing (pasture, crop),
  255 masked or no data on either date.
Ground that is not forest loss but tells the patch rule what surrounds a patch (mark_ground):
  20 pale bare ground after (old tailings, sand, bare soil), 21 water on both dates (rivers, old ponds).
"""
import numpy as np

from .reflectance import kept, mndwi, nbr, ndvi, ndwi, redness

NO_LOSS = 0
POND = 10
TAILINGS = 11
BARE_OTHER = 12
VEGETATED = 13
PALE_GROUND = 20
OLD_WATER = 21
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


def is_water(refl):
    """Open water (turbid, green and dark ponds alike)."""
    return kept(refl, "water", _water)


def _water(refl):
    if "swir1" in refl:
        return (mndwi(refl) > WATER_MNDWI) & (refl["nir"] < WATER_NIR)
    return (ndwi(refl) > WATER_NDWI) & (refl["nir"] < WATER_NIR)


def visible_mean(refl):
    """The mean of blue, green and red."""
    return kept(refl, "visible", lambda bands: (bands["blue"] + bands["green"] + bands["red"]) / np.float32(3))


def is_tailings_like(refl):
    """Bright, pale ground (sand and gravel), unlike red farm soil and laterite roads."""
    return kept(refl, "tailings", lambda bands: (redness(bands) <= TAILINGS_MAX_REDNESS) & (
        visible_mean(bands) >= TAILINGS_MIN_VISIBLE))


def is_pale_ground(refl, water):
    """Tailings-like ground without green cover and not water (`water`: is_water of the same image)."""
    return is_tailings_like(refl) & (ndvi(refl) < VEGETATED_NDVI) & ~water


def mark_ground(codes, pale_after, water_before, water_after):
    """Codes 20 (pale bare ground) and 21 (water on both dates) where `codes` says no loss: the surroundings
    the patch rule reads (a mining front is ponds and pale tailings; a river has water before and after)."""
    idle = codes == NO_LOSS
    codes[idle & pale_after] = PALE_GROUND
    codes[idle & water_after & water_before] = OLD_WATER
    return codes


def two_date_codes(before, after, usable):
    """classify_pixels, then the ground around the loss (mark_ground)."""
    return classify_pixels(before, after, usable, ground=True)


def classify_pixels(before, after, usable, ground=False):
    """Pixel codes for one window from reflectance dicts and the usable (clear, valid) mask; with `ground`, the
    codes of the ground around the loss too (mark_ground)."""
    codes, _ = classify_loss(before, after, usable)
    if ground:
        water = is_water(after)
        # masked pixels are MASKED already, which mark_ground leaves
        mark_ground(codes, is_tailings_like(after) & ~(ndvi(after) >= VEGETATED_NDVI) & ~water, is_water(before),
                    water)
    return codes


def classify_loss(before, after, usable):
    """(pixel codes as classify_pixels without the ground, the usable loss pixels). What replaced the forest is
    worked out on the loss pixels only (a few in a hundred): POND if water, else VEGETATED if green, else
    BARE_OTHER if dark (burnt), else TAILINGS if tailings-like, else BARE_OTHER."""
    ndvi_before, ndvi_after = ndvi(before), ndvi(after)
    if "swir2" in before:
        forest = (ndvi_before >= FOREST_NDVI) & (nbr(before) >= FOREST_NBR) & (mndwi(before) < 0)
        nbr_after = nbr(after)
        cleared = (nbr(before) - nbr_after >= LOSS_DNBR) & (nbr_after <= LOSS_NBR_CEILING)
        cleared |= (after["red"] >= GREENING_RED_RATIO * before["red"]) & (
            ndvi_before - ndvi_after >= GREENING_DNDVI) & (after["red"] > after["blue"]) & (
            after["swir2"] >= GREENING_SWIR2_RATIO * before["swir2"])
    else:
        forest = (ndvi_before >= FOREST_NDVI) & (ndwi(before) < WATER_NDWI)
        cleared = (ndvi_before - ndvi_after >= LOSS_DNDVI) & (ndvi_after <= LOSS_NDVI_CEILING)
    water = is_water(after)
    loss = forest & (cleared | water)
    loss &= usable
    codes = np.zeros(usable.shape, dtype=np.uint8)
    where = np.flatnonzero(loss)
    if len(where):
        pond, vegetated = water.ravel()[where], ndvi_after.ravel()[where] >= VEGETATED_NDVI
        burnt = visible_mean(after).ravel()[where] < BURN_MAX_VISIBLE
        tailings = is_tailings_like(after).ravel()[where]
        code = np.full(len(where), BARE_OTHER, np.uint8)
        code[tailings] = TAILINGS
        code[burnt] = BARE_OTHER  # burnt ground is dark: never tailings
        code[vegetated] = VEGETATED
        code[pond] = POND
        codes.ravel()[where] = code
    np.copyto(codes, np.uint8(MASKED), where=~usable)
    return codes, loss
