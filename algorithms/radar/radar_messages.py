"""Translated messages for the radar inputs' errors (context "RadarErrors"); the rest go through messages.py."""
import functools

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import CoreError

translate = QCoreApplication.translate
RADAR_CODES = ("bad_radar", "radar_scale", "one_radar_date", "radar_grid", "not_a_date_raster", "same_alerts",
               "not_same_run")


def _scale_name(scale):
    return {"power": translate("RadarErrors", "power"), "decibel": translate("RadarErrors", "decibels (dB)"),
            "amplitude": translate("RadarErrors", "amplitude")}.get(scale, scale)


def radar_message(error, labels=None):
    """The user-facing sentence for a radar CoreError."""
    d = dict(error.details)
    for key in ("role", "reference_role"):
        if labels and d.get(key) in labels:
            d[key] = "«{label}»".format(label=labels[d[key]])
    code = error.code
    if code == "bad_radar":
        reasons = {
            "no_vh": translate("RadarErrors", "it has no VH polarisation. Order dual-polarisation (VV+VH) "
                                              "products; the detection needs both"),
            "no_vv": translate("RadarErrors", "it has no VV polarisation. Order dual-polarisation (VV+VH) products"),
            "unreadable": translate("RadarErrors", "the archive cannot be read (an incomplete download?). "
                                                   "Download it again"),
            "not_radar": translate("RadarErrors", "it is not a Sentinel-1 RTC product (an ASF HyP3 RTC zip or "
                                                  "folder, OPERA RTC-S1 GeoTIFFs or a VV/VH stack)"),
            "no_date": translate("RadarErrors", "its acquisition date is neither in its name nor in its metadata. "
                                                "Put the date (YYYYMMDD or YYYY-MM-DD) in the file name"),
        }
        return translate("RadarErrors", "{path} cannot be used: {reason}.").format(
            path=d.get("path", ""), reason=reasons.get(d.get("reason"), d.get("reason")))
    if code == "radar_scale":
        return translate("RadarErrors", "The name of {path} says its values are {named}, but they look like {looks}. "
                                        "Keep the product's original name, or give a stack whose values are "
                                        "what its name says.").format(
            path=d.get("path", ""), named=_scale_name(d.get("named")), looks=_scale_name(d.get("looks")))
    sentences = {
        "one_radar_date": translate("RadarErrors", "A radar series needs at least two dates (got {count}); radar "
                                                   "alerts need several dates after the first ones to be confirmed. "
                                                   "Add the products of the other dates."),
        "radar_grid": translate("RadarErrors", "{path} is not on the grid of {reference} (another projection or pixel "
                                               "size). Order all products with the same pixel spacing, or warp them "
                                               "to one grid first."),
        "not_same_run": translate("RadarErrors", "{role} is not on the grid of {reference_role}: they come from "
                                                 "different runs. Give the classes, dates and confidence written by "
                                                 "the same detection."),
        "same_alerts": translate("RadarErrors", "{path} was given both as the optical and as the radar loss classes: "
                                                "every alert would read as seen by both sources. Give the outputs of "
                                                "'Detect mining loss (time series)' as optical and those of 'Detect "
                                                "mining loss (Sentinel-1 radar)' as radar."),
        "not_a_date_raster": translate("RadarErrors", "{role} is not a loss date raster of this plugin (whole numbers "
                                                      "YYYYMMDD). Give the date raster written by the same detection."),
    }
    return sentences[code].format(**d)


def translating_radar_errors(algorithm, function):
    """function, with the radar errors it raises turned into translated QgsProcessingException."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except CoreError as error:
            if error.code not in RADAR_CODES:
                raise
            message = radar_message(error, algorithm.parameter_labels())
        raise QgsProcessingException(message)

    return wrapper
