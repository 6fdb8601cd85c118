"""Translated messages for the errors of the grid algorithms (hotspots, displacement); context "GridErrors"."""

from qgis.PyQt.QtCore import QCoreApplication

from ..parameters.messages import core_error_message
from ..reports.report_locale import report_formatter

translate = QCoreApplication.translate


def grid_error_message(error, labels=None):
    """The user-facing sentence for a CoreError of the hexagon grid, hot spots or displacement (labels: as in
    core_error_message, so that a message names the dialog's label, not LOSS)."""
    d = {key: _number(value) for key, value in error.details.items()}
    code = error.code
    if code == "bad_cell_size":
        return translate(
            "GridErrors", "The hexagon size must be more than 0 km² (got {value}). Set 'Hexagon area (km²)'."
        ).format(**d)
    if code == "too_many_cells":
        return translate(
            "GridErrors",
            "The hexagon grid would have {cells} cells (at most {limit}). Choose a larger "
            "'Hexagon area (km²)' or a smaller area."
        ).format(**d)
    if code == "grid_finer_than_raster":
        return translate(
            "GridErrors",
            "A hexagon of {cell} ha holds fewer than {pixels} pixels of {pixel} ha: the "
            "grid is finer than the raster. Choose a 'Hexagon area (km²)' of at least "
            "{minimum} km²."
        ).format(**d)
    if code == "no_loss":
        return translate(
            "GridErrors",
            "No forest loss was found in the area and dates analysed. Check the loss "
            "layer, its encoding and the dates."
        )
    if code == "too_few_periods":
        return translate(
            "GridErrors",
            "Emerging hot spots need at least 3 periods and the data gives {count}. "
            "Choose shorter periods (quarters or months) or a longer date range."
        ).format(**d)
    if code == "window_no_data":
        return translate(
            "GridErrors",
            "The loss data covers {first} to {last}: it has no full month before or after "
            "the operation's start ({start}) to compare. Choose another operation or loss "
            "data that covers both sides of its start."
        ).format(**d)
    if code == "no_zones_in_radius":
        return translate(
            "GridErrors",
            "No zone lies within {radius} km of the operation's area. Increase 'Search "
            "radius (km)' or choose zones near the operation."
        ).format(**d)
    return core_error_message(error, labels)


def _number(value):
    """A number of a message as the user's QGIS writes it (0,25 and 400.000 in Spanish), other values as they are;
    as few decimals as show it to 4 places."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    decimals = next(k for k in range(5) if round(value, k) == round(value, 4))
    return report_formatter().number(value, decimals)
