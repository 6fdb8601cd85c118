"""Translated messages for the errors the core raises (context "CoreErrors")."""
from qgis.PyQt.QtCore import QCoreApplication

from ..estimation.estimation_messages import ESTIMATION_CODES, estimation_message

translate = QCoreApplication.translate


def core_error_message(error, labels=None):
    """The user-facing sentence for a CoreError: what is wrong and what to do.

    labels: {parameter key: its label in the dialog}, so that a message names 'Image before', not BEFORE.
    """
    d = dict(error.details)
    for key in [k for k in d if k == "role" or k.endswith("_role")]:
        if labels and d[key] in labels:
            d[key] = "«{label}»".format(label=labels[d[key]])
    code = error.code
    if code == "unreadable_raster":
        return translate("CoreErrors", "Cannot read the raster given as {role} ({path}). Check that the file "
                                       "exists and is a raster GDAL can open.").format(**d)
    if code == "too_few_bands":
        return translate("CoreErrors", "{role} has {found} band(s) but the chosen sensor needs at least {needed}. "
                                       "Choose the sensor preset that matches the stack, or the Custom preset with "
                                       "its band numbers.").format(**d)
    if code == "no_overlap":
        return translate("CoreErrors", "{role} does not overlap {reference_role}. Choose images (and masks) of "
                                       "the same area.").format(**d)
    if code in DETECTION_CODES:
        return detection_message(code, d)
    if code in ESTIMATION_CODES:
        return estimation_message(code, d)
    if code == "not_a_mask":
        reasons = {
            "bands": translate("CoreErrors", "it has {found} bands, a mask has one").format(
                found=d.get("found", "?")),
            "not_integer": translate("CoreErrors", "its values are not integers"),
            "not_scl": translate("CoreErrors", "its values are outside the Sentinel-2 SCL classes 0 to 11"),
            "not_qa": translate("CoreErrors", "its values are outside the Landsat QA_PIXEL range"),
            "looks_scl": translate("CoreErrors", "it looks like a Sentinel-2 SCL mask, not a '{chosen}' mask. "
                                                 "Choose the mask type '{looks}'").format(
                chosen=mask_type_label(d.get("chosen", -1)), looks=mask_type_label(0)),
            "looks_qa": translate("CoreErrors", "it looks like a Landsat QA_PIXEL mask, not a '{chosen}' mask. "
                                                "Choose the mask type '{looks}'").format(
                chosen=mask_type_label(d.get("chosen", -1)), looks=mask_type_label(1)),
            "looks_binary": translate("CoreErrors", "it looks like a binary mask, not a '{chosen}' mask. Choose "
                                                    "the mask type '{looks}'").format(
                chosen=mask_type_label(d.get("chosen", -1)), looks=mask_type_label(2)),
        }
        if d.get("reason", "").startswith("looks_"):
            return translate("CoreErrors", "{role} does not match the mask type: {reason}.").format(
                role=d["role"], reason=reasons[d["reason"]])
        return translate("CoreErrors", "{role} is not a valid mask: {reason}. Give the cloud mask of the same "
                                       "date and choose the matching mask type.").format(
            role=d["role"], reason=reasons.get(d.get("reason"), d.get("reason")))
    if code == "unwritable_output":
        return translate("CoreErrors", "Cannot write {path}: the folder does not exist or is read-only. Choose "
                                       "another output location.").format(**d)
    if code == "negative_area":
        return translate("CoreErrors", "The minimum area must be zero or more hectares (got {value}).").format(**d)
    if code == "bad_band_list":
        return translate("CoreErrors", "Custom bands must be 4 or 6 band numbers separated by commas (blue, "
                                       "green, red, NIR[, SWIR1, SWIR2]); got '{text}'.").format(**d)
    if code == "not_a_class_raster":
        return translate("CoreErrors", "{role} is not a loss class raster of this plugin (one byte band with "
                                       "values 0, 1, 2 and 255). Run 'Detect mining loss' first and give its "
                                       "output.").format(**d)
    if code == "wrong_encoding":
        return wrong_encoding_message(d)
    if code == "grid_mismatch":
        return translate("CoreErrors", "{role} is not on the same grid as the class raster. Give the date and "
                                       "confidence rasters written by the same detection run.").format(**d)
    if code == "year_precision":
        return translate("CoreErrors", "This loss product is dated only to the year: it cannot be split into "
                                       "months or quarters, and comparison windows must be whole calendar years. "
                                       "Choose yearly periods.")
    if code == "undated_loss":
        return translate("CoreErrors", "This loss has no dates (a binary mask, or a class raster without its date "
                                       "raster): choose the whole range as the period, or give the loss dates.")
    if code == "window_outside_coverage":
        which = (translate("CoreErrors", "before") if d.get("window") == "before"
                 else translate("CoreErrors", "after"))
        return translate("CoreErrors", "The {which} window ({start} to {end}) holds no image: the loss data cover "
                                       "only {first} to {last}. Choose a window inside these dates (or a shorter "
                                       "one), or add images that cover it.").format(
            which=which, start=d["start"], end=d["end"], first=d["first"], last=d["last"])
    if code == "no_regions":
        return translate("CoreErrors", "The regions layer has no features. Choose a layer with at least one "
                                       "polygon.")
    if code == "unreadable_csv":
        return translate("CoreErrors", "Cannot read the CSV file {path}.").format(**d)
    if code == "csv_columns":
        return translate("CoreErrors", "The CSV lacks the column(s) {missing}. It needs name, start_date and "
                                       "either wkt or region.").format(**d)
    if code == "no_kind":
        return translate("CoreErrors", "This loss layer does not say which loss is mining: compare all forest loss, "
                                       "or give our class raster or polygons with a kind field.")
    if code == "one_image":
        return translate("CoreErrors", "A time series needs at least two images (got {count}). Add the images "
                                       "of the other dates.").format(**d)
    if code == "same_date" and d.get("source") == "radar":
        return translate("CoreErrors", "Several Sentinel-1 products have the same date ({dates}: {names}). Give "
                                       "one product per date: remove a product given twice, or keep the frame of "
                                       "that pass that covers your area.").format(**d)
    if code == "same_date":
        return translate("CoreErrors", "Several images have the same date ({dates}: {names}). Give one image per "
                                       "date: remove a product given twice, or merge the tiles of one day into one "
                                       "stack first.").format(**d)
    if code == "no_date":
        return translate("CoreErrors", "No date found for {path}: put YYYYMMDD or YYYY-MM-DD in the file name, "
                                       "or give the Dates parameter.").format(**d)
    if code == "bad_date_list":
        return translate("CoreErrors", "Cannot read the date '{value}'. Write dates as YYYY-MM-DD separated by "
                                       "commas.").format(**d)
    if code == "dates_count":
        return translate("CoreErrors", "{dates} dates were given for {images} images. Give one date per image, "
                                       "in the same order.").format(**d)
    if code == "masks_count":
        return translate("CoreErrors", "{masks} masks were given for {images} images. Give one mask per image "
                                       "(or none).").format(**d)
    if code == "masks_unmatched":
        return translate("CoreErrors", "The masks do not match the image dates (no mask for {dates}). Give one "
                                       "mask per image date.").format(**d)
    if code == "confirm_range":
        return translate("CoreErrors", "Observations to confirm must be between 1 and {window} (got "
                                       "{value}).").format(**d)
    return translate("CoreErrors", "Invalid input: {code}").format(code=code)


DETECTION_CODES = ("bad_product", "implausible_preset", "dates_swapped", "extent_outside", "all_masked",
                   "negative_buffer")


def preset_label(index):
    """The Sensor preset option as the dialog shows it."""
    labels = (translate("SensorParameters", "Sentinel-2 L2A stack"),
              translate("SensorParameters", "Sentinel-2 L2A stack, baseline 04.00+"),
              translate("SensorParameters", "Landsat 8/9 C2 L2 stack"),
              translate("SensorParameters", "Blue, green, red, NIR"),
              translate("SensorParameters", "Custom"))
    return labels[index] if 0 <= index < len(labels) else "?"


def mask_type_label(index):
    """The Mask type option as the dialog shows it."""
    labels = (translate("SensorParameters", "Sentinel-2 SCL"), translate("SensorParameters", "Landsat QA_PIXEL"),
              translate("SensorParameters", "Binary (non-zero = masked)"))
    return labels[index] if 0 <= index < len(labels) else "?"


def detection_message(code, d):
    """Messages for products, mistaken presets and mask types, swapped dates and the area of interest."""
    if code == "bad_product":
        reasons = {
            "sentinel2_l1c": translate("CoreErrors", "it is a Sentinel-2 Level-1C product (top of atmosphere). "
                                                     "Download the Level-2A product (MSIL2A) of the same date"),
            "landsat_l1": translate("CoreErrors", "it is a Landsat Level-1 product. Download the Collection 2 "
                                                  "Level-2 product (L2SP) of the same date"),
            "unreadable": translate("CoreErrors", "the archive or one of its bands cannot be read (an incomplete "
                                                  "download?). Download it again"),
            "missing_bands": translate("CoreErrors", "its metadata does not list the blue, green, red, NIR and SWIR "
                                                     "bands and the cloud mask. Give the whole product"),
            "no_date": translate("CoreErrors", "its metadata has no acquisition date"),
            "no_jpeg2000": translate("CoreErrors", "this QGIS has no JPEG2000 driver in GDAL to read its bands "
                                                   "(JP2OpenJPEG). Install QGIS with OpenJPEG, or stack the bands "
                                                   "as GeoTIFF"),
            "not_a_product": translate("CoreErrors", "it holds no Sentinel-2 L2A or Landsat 8/9 Level-2 product "
                                                     "(no MTD_MSIL2A.xml or _MTL.txt)"),
        }
        return translate("CoreErrors", "{role}: {path} cannot be used: {reason}.").format(
            role=d.get("role", ""), path=d.get("path", ""), reason=reasons.get(d.get("reason"), d.get("reason")))
    if code == "implausible_preset":
        if d.get("suggestion", -1) >= 0:
            advice = translate("CoreErrors", "It looks like a '{suggestion}'; choose that preset.").format(
                suggestion=preset_label(d["suggestion"]))
        else:
            advice = translate("CoreErrors", "Check the band order and choose the Custom preset with its scale and "
                                             "offset.")
        return translate("CoreErrors", "With the sensor preset '{preset}', {role} gives reflectances no surface "
                                       "has (below -0.05 or above 1.5). {advice}").format(
            preset=preset_label(d.get("preset", -1)), role=d.get("role", ""), advice=advice)
    if code == "dates_swapped":
        return translate("CoreErrors", "{before_role} is dated {before}, after {after_role} ({after}): the images "
                                       "are swapped. Give the earlier image as {before_role}.").format(**d)
    if code == "extent_outside":
        return translate("CoreErrors", "{role} does not overlap the image. Draw the area of interest over the "
                                       "image, or leave it empty.").format(**d)
    if code == "negative_buffer":
        return translate("CoreErrors", "The cloud-edge buffer must be zero or more metres (got {value}).").format(**d)
    return translate("CoreErrors", "Every pixel is masked (clouds, shadows or no data) on at least one date, so "
                                   "no loss could be measured and no output was written. Check the mask type "
                                   "and the masks, or choose clearer images.")


def cancelled_message():
    return translate("CoreErrors", "Cancelled by the user; no output was written.")


def all_masked_message():
    return translate("CoreErrors", "Every pixel is masked (clouds, shadows or no data) on at least one date: no "
                                   "loss could be measured. Choose clearer images.")


def wrong_encoding_message(d):
    """A loss raster that is not what its encoding says (a reflectance stack given as loss classes...)."""
    expected = {
        0: translate("CoreErrors", "a loss class raster of this plugin: one band, values 0, 1, 2 and 255"),
        1: translate("CoreErrors", "a loss date raster: one band, dates YYYYMMDD (0 = no loss)"),
        2: translate("CoreErrors", "a Hansen GFC lossyear raster: one band, values 0 to N (year 2000+N)"),
        3: translate("CoreErrors", "a GFW alerts raster: one band, 0 or confidence × 10000 + days since "
                                   "2014-12-31"),
        4: translate("CoreErrors", "a binary mask: one band"),
    }.get(d.get("encoding"), "?")
    if d.get("reason") == "bands":
        found = translate("CoreErrors", "it has {found} bands").format(found=d.get("found"))
    else:
        found = translate("CoreErrors", "it holds the value {value}").format(value=d.get("value"))
    return translate("CoreErrors", "{role} is not {expected}: {found}. Choose the «Raster encoding» that matches "
                                   "this raster, or give the raster that encoding describes (a 'Detect mining "
                                   "loss' output, Hansen lossyear, GFW alerts).").format(
        role=d.get("role"), expected=expected, found=found)
