"""Reflectance presets: which band holds which wavelength and how DN becomes reflectance."""
from dataclasses import dataclass

ROLES = ("blue", "green", "red", "nir", "swir1", "swir2")


@dataclass(frozen=True)
class Sensor:
    """Band numbers (1-based) per role, and reflectance = DN * scale + offset."""

    name: str
    bands: tuple
    scale: float
    offset: float
    index: int = 4  # the SENSOR enum value (4 Custom; products use -1)

    @property
    def roles(self):
        return ROLES[: len(self.bands)]

    @property
    def has_swir(self):
        return len(self.bands) == 6

    @property
    def band_count_needed(self):
        return max(self.bands)


SENTINEL2 = 0
SENTINEL2_BASELINE4 = 1
LANDSAT89 = 2
FOUR_BAND = 3
CUSTOM = 4

PRESETS = {
    SENTINEL2: Sensor("Sentinel-2 L2A stack", (1, 2, 3, 4, 5, 6), 1e-4, 0.0, SENTINEL2),
    SENTINEL2_BASELINE4: Sensor("Sentinel-2 L2A stack, baseline 04.00+", (1, 2, 3, 4, 5, 6), 1e-4, -0.1,
                                SENTINEL2_BASELINE4),
    LANDSAT89: Sensor("Landsat 8/9 C2 L2 stack", (1, 2, 3, 4, 5, 6), 0.0000275, -0.2, LANDSAT89),
    FOUR_BAND: Sensor("Blue, green, red, NIR", (1, 2, 3, 4), 1e-4, 0.0, FOUR_BAND),
}


def parse_band_list(text):
    """'2,3,4,8,11,12' -> (2, 3, 4, 8, 11, 12); 4 or 6 positive integers."""
    try:
        bands = tuple(int(part) for part in str(text).replace(";", ",").split(",") if part.strip())
    except ValueError:
        bands = ()
    if len(bands) not in (4, 6) or min(bands, default=0) < 1:
        from ..errors import CoreError

        raise CoreError("bad_band_list", text=text)
    return bands


def sensor_for(index, custom_bands="1,2,3,4,5,6", custom_scale=1e-4, custom_offset=0.0):
    """The preset for a SENSOR enum value, or a custom one."""
    if index == CUSTOM:
        return Sensor("Custom", parse_band_list(custom_bands), float(custom_scale), float(custom_offset))
    return PRESETS[index]
