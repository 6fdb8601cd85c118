"""miningloss:samplingdesign — a stratified random sample of a map's classes, to label for area estimation."""
import os

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterExtent,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorDestination,
    QgsProcessingUtils,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.estimation.design import EXPECTED_UA_LOSS, EXPECTED_UA_STABLE, TARGET_SE, sampling_design
from ..core.estimation.sampling import stratum_name
from ..core.rasters.grid import work_folder
from ..detection.image_inputs import extent_from
from ..parameters.image_list import ImageParameter
from ..parameters.output_folders import check_destinations
from ..reports.report_locale import report_formatter
from .estimation_base import EstimationAlgorithm

NUMBER = QgsProcessingParameterNumber.Type
SECONDS_PER_POINT = (10, 20)  # what labelling one point took in the dock (the tester, demo map)


class SamplingDesign(EstimationAlgorithm):
    """Points drawn at random in each stratum (map classes, and a buffer around mapped loss)."""

    MAP = "MAP"
    BUFFER_M = "BUFFER_M"
    SAMPLE_SIZE = "SAMPLE_SIZE"
    MIN_PER_STRATUM = "MIN_PER_STRATUM"
    SEED = "SEED"
    EXTENT = "EXTENT"
    TARGET_SE = "TARGET_SE"
    EXPECTED_UA_LOSS = "EXPECTED_UA_LOSS"
    EXPECTED_UA_STABLE = "EXPECTED_UA_STABLE"
    OUTPUT = "OUTPUT"
    POINTS = "POINTS"

    def name(self):
        return "samplingdesign"

    def displayName(self):  # noqa: N802
        return self.tr("Sampling design for area estimation")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>A stratified random sample of reference points, as Olofsson et al. (2014, Remote Sensing of "
            "Environment 148: 42-57) recommend for estimating areas with confidence intervals. The strata are the "
            "map's classes and, with a buffer, a stratum of the pixels without loss (class 0) within that many "
            "metres of mapped loss (any other class): omitted loss lies at the edges of mapped loss, and a stratum "
            "there finds it with few points.</p>"
            "<p>Sample size: with 0, Olofsson's formula n = (Σ W<sub>i</sub> S<sub>i</sub> / S(Ô))², from the "
            "target standard error of the overall accuracy and the expected user's accuracies (shown in the log). "
            "With the defaults a map can ask for a thousand points or more, and each takes 10 to 20 s to label: "
            "for fewer, raise the target standard error (advanced parameters) or give a fixed sample size. "
            "Each stratum gets the minimum, the rest is shared in proportion to area. Every pixel of a stratum has "
            "the same chance; the same seed gives the same points.</p>"
            "<p>Output: a GeoPackage of points at pixel centres with <code>stratum</code>, "
            "<code>stratum_area_ha</code>, <code>map_class</code> and empty <code>reference</code>, "
            "<code>labelled_by</code>, <code>labelled_at</code>, <code>comment</code>. Label them in the dock "
            "(Verify sample), then run 'Area estimate with confidence intervals'.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(ImageParameter(self.MAP, self.tr("Map (loss classes or any class raster)")))
        self.addParameter(QgsProcessingParameterNumber(self.BUFFER_M, self.tr("Buffer stratum around mapped loss "
                                                                              "(m)"), NUMBER.Double,
                                                       defaultValue=30.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(self.SAMPLE_SIZE, self.tr("Sample size (0 = from the "
                                                                                 "target standard error)"),
                                                       NUMBER.Integer, defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.MIN_PER_STRATUM, self.tr("Minimum points per "
                                                                                     "stratum"),
                                                       NUMBER.Integer, defaultValue=50, minValue=2))
        self.addParameter(QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), NUMBER.Integer,
                                                       defaultValue=1, minValue=0))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Area of interest"), optional=True))
        advanced = [
            QgsProcessingParameterNumber(self.TARGET_SE, self.tr("Target standard error of the overall accuracy"),
                                         NUMBER.Double, defaultValue=TARGET_SE, minValue=0.001, maxValue=0.5),
            QgsProcessingParameterNumber(self.EXPECTED_UA_LOSS, self.tr("Expected user's accuracy of loss and "
                                                                        "buffer strata"), NUMBER.Double,
                                         defaultValue=EXPECTED_UA_LOSS, minValue=0.01, maxValue=0.99),
            QgsProcessingParameterNumber(self.EXPECTED_UA_STABLE, self.tr("Expected user's accuracy of the no-loss "
                                                                          "stratum"), NUMBER.Double,
                                         defaultValue=EXPECTED_UA_STABLE, minValue=0.01, maxValue=0.99)]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT, self.tr("Sample points to label")))
        self.addOutput(QgsProcessingOutputNumber(self.POINTS, self.tr("Number of points")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        check_destinations(self, parameters, context, [self.OUTPUT])
        map_path, _name = self.map_file(parameters, self.MAP, context)
        if map_path is None:
            raise self.invalid_raster(parameters, self.MAP)
        destination = output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if os.path.splitext(output)[1].lower() != ".gpkg":
            output = os.path.splitext(output)[0] + ".gpkg"
        name_by_file(context, destination, output)
        with work_folder() as workdir:
            result = self.run_core(
                sampling_design, feedback, map_path, output,
                sample_size=self.parameterAsInt(parameters, self.SAMPLE_SIZE, context),
                minimum=self.parameterAsInt(parameters, self.MIN_PER_STRATUM, context),
                seed=self.parameterAsInt(parameters, self.SEED, context),
                buffer_m=self.parameterAsDouble(parameters, self.BUFFER_M, context),
                extent=extent_from(self, parameters, context),
                target_se=self.parameterAsDouble(parameters, self.TARGET_SE, context),
                loss_accuracy=self.parameterAsDouble(parameters, self.EXPECTED_UA_LOSS, context),
                stable_accuracy=self.parameterAsDouble(parameters, self.EXPECTED_UA_STABLE, context),
                workdir=workdir)
        self.log_design(result, parameters, context, feedback)
        return {self.OUTPUT: output, self.POINTS: result["points"]}

    def log_design(self, result, parameters, context, feedback):
        """The formula's numbers, the buffer in pixels and the points per stratum, in the log."""
        number = report_formatter().number  # QGIS's number format, in qgis_process too
        if result["formula_size"] is not None:
            feedback.pushInfo(self.tr(
                "Sample size from Olofsson et al. (2014), eq. 13: n = (Σ W_i S_i / S(Ô))² = {n} points for a target "
                "standard error of {se} with expected user's accuracies {loss} (loss, buffer) and {stable} (no "
                "loss).").format(
                n=result["formula_size"],
                se=number(self.parameterAsDouble(parameters, self.TARGET_SE, context), 3),
                loss=number(self.parameterAsDouble(parameters, self.EXPECTED_UA_LOSS, context), 2),
                stable=number(self.parameterAsDouble(parameters, self.EXPECTED_UA_STABLE, context), 2)))
        if result["buffer_pixels"]:
            feedback.pushInfo(self.tr("Buffer stratum: {pixels} pixel(s) around mapped loss.").format(
                pixels=result["buffer_pixels"]))
        strata = result["strata"]
        for key in result["keys"]:
            feedback.pushInfo(self.tr("Stratum {stratum}: {area} ha, {points} points.").format(
                stratum=stratum_label(key), area=number(strata.areas_ha[key], 2),
                points=min(result["sizes"].get(key, 0), strata.pixels[key])))
        feedback.pushInfo(self.tr("{points} points written.").format(points=result["points"]))
        low, high = (result["points"] * seconds // 60 for seconds in SECONDS_PER_POINT)
        feedback.pushInfo(self.tr(
            "Labelling {points} points in 'Verify sample' takes about {low} to {high} minutes ({fast} to {slow} s a "
            "point). For fewer points, raise the target standard error (advanced parameters) or give a fixed "
            "sample size.").format(points=result["points"], low=low, high=high, fast=SECONDS_PER_POINT[0],
                                   slow=SECONDS_PER_POINT[1]))


def name_by_file(context, destination, output):
    """The loaded layer named by its file (not 'Sample points to label'), so that the estimate names it too."""
    temporary = output.startswith(QgsProcessingUtils.tempFolder())
    if context.willLoadLayerOnCompletion(destination) and not temporary:
        context.layerToLoadOnCompletionDetails(destination).name = os.path.splitext(os.path.basename(output))[0]


def stratum_label(key):
    """A stratum as the log and report name it."""
    if stratum_name(key) == "buffer":
        return QCoreApplication.translate("SamplingDesign", "buffer")
    return stratum_name(key)
