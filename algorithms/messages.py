"""Translated messages for the errors the core raises (context "CoreErrors")."""
from qgis.PyQt.QtCore import QCoreApplication

translate = QCoreApplication.translate


def core_error_message(error, labels=None):
    """The user-facing sentence for a CoreError: what is wrong and what to do.

    labels: {parameter key: its label in the dialog}, so that a message names 'Image before', not BEFORE.
    """
    d = dict(error.details)
    if labels and d.get("role") in labels:
        d["role"] = "«{label}»".format(label=labels[d["role"]])
    code = error.code
    if code == "unreadable_raster":
        return translate("CoreErrors", "Cannot read the raster given as {role} ({path}). Check that the file "
                                       "exists and is a raster GDAL can open.").format(**d)
    if code == "too_few_bands":
        return translate("CoreErrors", "{role} has {found} band(s) but the chosen sensor needs at least {needed}. "
                                       "Choose the sensor preset that matches the stack, or the Custom preset with "
                                       "its band numbers.").format(**d)
    if code == "no_overlap":
        return translate("CoreErrors", "{role} does not overlap the earlier image. Choose images (and masks) of "
                                       "the same area.").format(**d)
    if code == "not_a_mask":
        reasons = {
            "bands": translate("CoreErrors", "it has {found} bands, a mask has one").format(
                found=d.get("found", "?")),
            "not_integer": translate("CoreErrors", "its values are not integers"),
            "not_scl": translate("CoreErrors", "its values are outside the Sentinel-2 SCL classes 0 to 11"),
            "not_qa": translate("CoreErrors", "its values are outside the Landsat QA_PIXEL range"),
        }
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
    if code == "same_date":
        return translate("CoreErrors", "Two images have the same date ({dates}). Give one image per date (merge "
                                       "tiles of one day into one stack first).").format(**d)
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


def cancelled_message():
    return translate("CoreErrors", "Cancelled by the user; no output was written.")


def all_masked_message():
    return translate("CoreErrors", "Every pixel is masked (clouds, shadows or no data) on at least one date: no "
                                   "loss could be measured. Choose clearer images.")
