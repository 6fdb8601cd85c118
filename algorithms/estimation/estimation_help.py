"""Help lines of the estimation parameters (tooltips and `qgis_process help`), merged into parameter_help."""
from qgis.PyQt.QtCore import QCoreApplication


class EstimationHelp:
    """Texts of the estimation parameters (context EstimationHelp)."""

    def tr(self, text):
        return QCoreApplication.translate("EstimationHelp", text)

    def design(self):
        return {
            "MAP": self.tr("The map to assess: this plugin's loss classes (0 no loss, 1 mining, 2 other loss) or "
                           "any class raster. Its no-data pixels are left out."),
            "BUFFER_M": self.tr("Pixels without loss within this distance of mapped loss form their own stratum, "
                                "where omitted loss is found. 0: the strata are the map classes only."),
            "SAMPLE_SIZE": self.tr("Total number of points. 0: from the target standard error and the expected "
                                   "user's accuracies (Olofsson et al. 2014, eq. 13)."),
            "MIN_PER_STRATUM": self.tr("Every stratum gets at least this many points (Olofsson et al. recommend 50 "
                                       "to 100 for rare classes); the rest is shared in proportion to area."),
            "SEED": self.tr("The same seed draws the same points from the same map."),
            "EXTENT": self.tr("Only this rectangle of the map is sampled. Empty: the whole map."),
            "TARGET_SE": self.tr("For a sample size of 0: the standard error of the overall accuracy to aim for "
                                 "(0.01 = ±2 points of accuracy at 95 %)."),
            "EXPECTED_UA_LOSS": self.tr("For a sample size of 0: the share of points of the loss classes and the "
                                        "buffer you expect the reference to confirm."),
            "EXPECTED_UA_STABLE": self.tr("For a sample size of 0: the share of points of the no-loss class you "
                                          "expect the reference to confirm."),
            "OUTPUT": self.tr("GeoPackage of points to label: stratum, stratum_area_ha, map_class, and empty "
                              "reference, labelled_by, labelled_at, comment."),
        }

    def estimate(self):
        return {
            "POINTS": self.tr("The labelled points: the sampling design's layer after labelling, or any point "
                              "layer with a reference class per point."),
            "REFERENCE_FIELD": self.tr("The field that holds each point's reference class code."),
            "STRATUM_FIELD": self.tr("The field that holds each point's stratum (with stratum_area_ha). Empty or "
                                     "absent: the strata are the map classes."),
            "MAP": self.tr("The map the sample was drawn from: its hectares per class, and the map class under "
                           "points without a map_class field."),
            "OUTPUT": self.tr("One row per class: map hectares, estimated hectares and 95 % half-width, user's and "
                              "producer's accuracy with their 95 % half-widths."),
            "OUTPUT_MATRIX": self.tr("The error matrix in proportions of area: one row per map class, one column "
                                     "per reference class."),
            "REPORT": self.tr("HTML report in the language of QGIS (optional)."),
        }


def estimation_help():
    """{(class name, key): help} in the current language."""
    texts = EstimationHelp()
    return {**{("SamplingDesign", key): text for key, text in texts.design().items()},
            **{("AreaEstimate", key): text for key, text in texts.estimate().items()}}
