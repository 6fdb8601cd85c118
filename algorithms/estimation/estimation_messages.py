"""Translated messages for the estimation errors of the core (context "EstimationErrors")."""
from qgis.PyQt.QtCore import QCoreApplication

ESTIMATION_CODES = ("unlabelled_points", "points_off_map", "unknown_strata", "unknown_reference",
                    "stratum_too_small", "not_categorical", "empty_map", "negative_buffer_m", "bad_target_se",
                    "bad_expected_accuracy", "no_stratum_areas", "no_map_class", "no_points", "mixed_stratum_areas",
                    "no_reference_field", "stratum_without_points")


class EstimationErrors:
    """What is wrong with a sample or a map, and what to do."""

    def tr(self, text):
        return QCoreApplication.translate("EstimationErrors", text)

    def message(self, code, d):
        return self._sample(code, d) or self._inputs(code, d)

    def _sample(self, code, d):
        if code == "unlabelled_points":
            return self.tr("{count} point(s) have no reference class yet (points {points}). Label every point "
                           "(Verify sample in the dock) or delete the points that cannot be labelled, then run "
                           "again.").format(**d)
        if code == "points_off_map":
            return self.tr("{count} point(s) fall outside the map or on its no-data pixels (points {points}). Give "
                           "the map the sample was drawn from, or remove those points.").format(**d)
        if code == "unknown_strata":
            return self.tr("The strata {strata} have no area. Keep the stratum_area_ha field of the sampling "
                           "design, or give the map so the strata (its classes) can be measured.").format(**d)
        if code == "unknown_reference":
            return self.tr("Reference codes {codes} are not classes of the map ({classes}). Use the map's class "
                           "codes for the reference labels.").format(**d)
        if code == "stratum_too_small":
            return self.tr("Each stratum needs at least 2 labelled points to estimate its variance; these have "
                           "fewer: {strata}. Label more points in them (draw a new design with a larger minimum "
                           "per stratum).").format(**d)
        if code == "stratum_without_points":
            return self.tr("Strata of the map have no points in the sample: {strata}. Their hectares would be left "
                           "out of the estimate. Keep at least 2 labelled points in every stratum (draw a new "
                           "design if they were deleted).").format(**d)
        if code == "mixed_stratum_areas":
            return self.tr("Points of stratum {stratum} give different stratum areas ({areas}). Each stratum has "
                           "one area: correct the stratum_area_ha field.").format(**d)
        if code == "no_points":
            return self.tr("The points layer has no points.")
        return None

    def _inputs(self, code, d):
        if code == "not_categorical":
            return self.tr("{role} is not a categorical map (its values are not whole numbers, or it has more "
                           "than 64 classes). Give a class raster such as the loss classes of a "
                           "detection.").format(**d)
        if code == "empty_map":
            return self.tr("{role} has no valid pixel in the area of interest.").format(**d)
        if code == "negative_buffer_m":
            return self.tr("The buffer must be zero or more metres (got {value}).").format(**d)
        if code == "bad_target_se":
            return self.tr("The target standard error must be between 0 and 1 (got {value}).").format(**d)
        if code == "bad_expected_accuracy":
            return self.tr("Expected user's accuracies must be between 0 and 1, both excluded (got "
                           "{value}).").format(**d)
        if code == "no_stratum_areas":
            return self.tr("The points have a stratum field but no stratum_area_ha field: the area of each "
                           "stratum is needed. Use the layer written by 'Sampling design', or leave the stratum "
                           "field empty and give the map (the strata are then its classes).")
        if code == "no_map_class":
            return self.tr("The points have no map_class field: give the map, so each point's map class is read "
                           "under it.")
        return self.tr("The points have no field '{field}' for the reference class. Choose the field that holds "
                       "the labels.").format(**d)


def estimation_message(code, d):
    """The translated sentence for an estimation error code."""
    return EstimationErrors().message(code, d)
