"""Translated messages for the estimation errors of the core (context "EstimationErrors")."""
from qgis.PyQt.QtCore import QCoreApplication

ESTIMATION_CODES = ("unlabelled_points", "points_off_map", "unknown_strata", "unknown_reference",
                    "stratum_too_small", "not_categorical", "empty_map", "negative_buffer_m", "bad_target_se",
                    "bad_expected_accuracy", "no_stratum_areas", "no_map_class", "no_points", "mixed_stratum_areas",
                    "no_reference_field")


def tr(text):
    return QCoreApplication.translate("EstimationErrors", text)


def estimation_message(code, d):
    """What is wrong with a sample or a map, and what to do."""
    if code == "unlabelled_points":
        return tr("{count} point(s) have no reference class yet (points {points}). Label every point (Verify "
                  "sample in the dock) or delete the points that cannot be labelled, then run again.").format(**d)
    if code == "points_off_map":
        return tr("{count} point(s) fall outside the map or on its no-data pixels (points {points}). Give the map "
                  "the sample was drawn from, or remove those points.").format(**d)
    if code == "unknown_strata":
        return tr("The strata {strata} have no area. Keep the stratum_area_ha field of the sampling design, or "
                  "give the map so the strata (its classes) can be measured.").format(**d)
    if code == "unknown_reference":
        return tr("Reference codes {codes} are not classes of the map ({classes}). Use the map's class codes for "
                  "the reference labels.").format(**d)
    if code == "stratum_too_small":
        return tr("Each stratum needs at least 2 labelled points to estimate its variance; these have fewer: "
                  "{strata}. Label more points in them (draw a new design with a larger minimum per "
                  "stratum).").format(**d)
    if code == "not_categorical":
        return tr("{role} is not a categorical map (its values are not whole numbers, or it has more than 64 "
                  "classes). Give a class raster such as the loss classes of a detection.").format(**d)
    if code == "empty_map":
        return tr("{role} has no valid pixel in the area of interest.").format(**d)
    if code == "negative_buffer_m":
        return tr("The buffer must be zero or more metres (got {value}).").format(**d)
    if code == "bad_target_se":
        return tr("The target standard error must be between 0 and 1 (got {value}).").format(**d)
    if code == "bad_expected_accuracy":
        return tr("Expected user's accuracies must be between 0 and 1, both excluded (got {value}).").format(**d)
    if code == "no_stratum_areas":
        return tr("The points have a stratum field but no stratum_area_ha field: the area of each stratum is "
                  "needed. Use the layer written by 'Sampling design', or leave the stratum field empty and give "
                  "the map (the strata are then its classes).")
    if code == "mixed_stratum_areas":
        return tr("Points of stratum {stratum} give different stratum areas ({areas}). Each stratum has one "
                  "area: correct the stratum_area_ha field.").format(**d)
    if code == "no_map_class":
        return tr("The points have no map_class field: give the map, so each point's map class is read under "
                  "it.")
    if code == "no_reference_field":
        return tr("The points have no field '{field}' for the reference class. Choose the field that holds the "
                  "labels.").format(**d)
    return tr("The points layer has no points.")
