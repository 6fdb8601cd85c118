"""miningloss:detecttimeseries — dated, confirmed mining and other forest loss over N images."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ..base import MiningLossAlgorithm, layer_paths, thread_count
from ..core.detection.timeseries import DAYS_WINDOW, OBS_WINDOW, detect_time_series
from ..core.errors import CoreError
from ..core.rasters.dates import parse_date_list
from ..parameters.image_list import ImageListParameter, ImageParameter
from ..parameters.messages import all_masked_message, core_error_message
from ..parameters.styles import attach_loss_styles
from ..reports.report_locale import report_formatter
from .image_inputs import (
    add_extent_parameter,
    check_values,
    extent_from,
    holds_product,
    raster_path,
    say_decoding,
    say_products_of_files,
)
from .sensor_parameters import (
    add_buffer_parameter,
    add_custom_band_parameters,
    add_mask_and_area_parameters,
    add_sensor_parameter,
    sensor_from,
)


class DetectTimeSeries(MiningLossAlgorithm):
    """When each hectare was lost: flags confirmed by later clear observations, as GLAD/RADD alerts do."""

    IMAGES = "IMAGES"
    MASKS = "MASKS"
    DATES = "DATES"
    SENSOR = "SENSOR"
    MASK_TYPE = "MASK_TYPE"
    MIN_AREA_HA = "MIN_AREA_HA"
    CONFIRM_OBS = "CONFIRM_OBS"
    FOREST_MASK = "FOREST_MASK"
    CUSTOM_BANDS = "CUSTOM_BANDS"
    CUSTOM_SCALE = "CUSTOM_SCALE"
    CUSTOM_OFFSET = "CUSTOM_OFFSET"
    OUTPUT_CLASS = "OUTPUT_CLASS"
    OUTPUT_DATE = "OUTPUT_DATE"
    OUTPUT_CONFIDENCE = "OUTPUT_CONFIDENCE"
    MINING_HA = "MINING_HA"
    OTHER_LOSS_HA = "OTHER_LOSS_HA"
    CONFIRMED_HA = "CONFIRMED_HA"
    PROBABLE_HA = "PROBABLE_HA"
    MASKED_FRACTION = "MASKED_FRACTION"
    EXTENT = "EXTENT"
    CLOUD_BUFFER_M = "CLOUD_BUFFER_M"

    def name(self):
        return "detecttimeseries"

    def displayName(self):  # noqa: N802
        return self.tr("Detect mining loss (time series)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Finds <b>when</b> forest was lost over a series of images (2 to 100 or more), and whether it was "
            "mining or other loss, the way GLAD and RADD alerts work, offline and with rules you can explain.</p>"
            "<p><b>Images as downloaded</b>: each image can be a Sentinel-2 L2A <i>.zip</i>/<i>.SAFE</i>/"
            "<i>MTD_MSIL2A.xml</i> or a Landsat 8/9 Collection 2 Level-2 <i>.tar</i>/folder/<i>_MTL.txt</i>, and "
            "a folder of such products stands for all of them. Each product gives its bands, scale and offset, "
            "cloud mask and date. An optional area of interest limits the work to a rectangle. Masks grow by the "
            "cloud-edge buffer (20 m, advanced parameters), where thin cloud and haze escape every mask.</p>"
            "<p>Band stacks: dates come from the file names (YYYYMMDD or YYYY-MM-DD), else from GDAL metadata "
            "(ACQUISITION_DATE, TIFFTAG_DATETIME), else from the Dates parameter (one per image, in the order "
            "given). Images are sorted by date. Masks are matched by the date in their names, or by order.</p>"
            "<ol><li>Every image is normalised to the clearest one on forest that is dense on both (as in the "
            "two-date detection), so seasons and haze differences cancel.</li>"
            "<li>Per pixel, clear forest observations build a baseline; the first clear observation that the "
            "two-date rule calls loss against that baseline <b>flags</b> the pixel on its date.</li>"
            "<li>The flag is <b>confirmed</b> when at least 'Observations to confirm' of the next 4 clear "
            "observations within 180 days also show loss. It is <b>dropped</b> when a later clear observation "
            "shows forest or as soon as it can no longer be confirmed (a hazy date, a shadow). "
            "Flags still open at the end of the series stay "
            "<b>probable</b>.</li>"
            "<li>Mining or other loss is decided from the observations after the flag (ponds, tailings, bare "
            "ground, grass) and then per patch, as in the two-date detection; patches under the minimum area "
            "are removed.</li></ol>"
            "<p>With a forest mask (forest when the series starts), only that forest is watched and forest "
            "not yet seen clear is compared with the scene's typical dense forest.</p>"
            "<p>Outputs: classes (0, 1 mining, 2 other, 255 never clear), loss date (YYYYMMDD of the flag) and "
            "confidence (2 probable, 3 confirmed).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(ImageListParameter(
            self.IMAGES, self.tr("Images (products, product folders or band stacks)"),
            QgsProcessing.SourceType.TypeRaster))
        add_extent_parameter(self)
        self.addParameter(ImageListParameter(
            self.MASKS, self.tr("Cloud masks"), QgsProcessing.SourceType.TypeRaster, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.DATES, self.tr("Dates (YYYY-MM-DD, one per image, when the names carry none)"), optional=True))
        add_sensor_parameter(self)
        add_mask_and_area_parameters(self)
        self.addParameter(QgsProcessingParameterNumber(
            self.CONFIRM_OBS, self.tr("Observations to confirm"), QgsProcessingParameterNumber.Type.Integer,
            defaultValue=2, minValue=1, maxValue=OBS_WINDOW))
        forest = ImageParameter(
            self.FOREST_MASK, self.tr("Forest when the series starts (mask, non-zero = forest)"),
            optional=True)
        if hasattr(forest, "setHelp"):
            forest.setHelp(self.tr("For example Hansen treecover2000 >= 30 %. Only this forest is watched, and "
                                   "forest hidden by clouds on the first dates is compared with the scene's "
                                   "typical forest, so its loss can still be dated."))
        self.addParameter(forest)
        add_buffer_parameter(self)
        add_custom_band_parameters(self)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_CLASS, self.tr("Loss classes")))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_DATE, self.tr("Loss dates")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_CONFIDENCE, self.tr("Loss confidence")))
        for key, label in ((self.MINING_HA, self.tr("Mining loss (ha)")),
                           (self.OTHER_LOSS_HA, self.tr("Other forest loss (ha)")),
                           (self.CONFIRMED_HA, self.tr("Confirmed loss (ha)")),
                           (self.PROBABLE_HA, self.tr("Probable loss (ha)")),
                           (self.MASKED_FRACTION, self.tr("Never clear (fraction)"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        return check_values(self, parameters, context, (self.IMAGES,))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        images = layer_paths(parameters, self.IMAGES, context)
        masks = layer_paths(parameters, self.MASKS, context)
        sensor = sensor_from(self, parameters, context)
        try:
            dates = parse_date_list(self.parameterAsString(parameters, self.DATES, context)) or None
        except CoreError as error:
            raise QgsProcessingException(core_error_message(error)) from None
        outputs = {key: self.parameterAsOutputLayer(parameters, key, context)
                   for key in (self.OUTPUT_CLASS, self.OUTPUT_DATE, self.OUTPUT_CONFIDENCE)}
        say_decoding(feedback, images)
        say_products_of_files(feedback, images)
        threads = thread_count()
        feedback.pushInfo(self.tr("Working on {threads} threads (QGIS Settings > Options > Rendering > Max cores to "
                                  "use).").format(threads=threads))
        result = self.run_core(
            detect_time_series, feedback, images, outputs[self.OUTPUT_CLASS], outputs[self.OUTPUT_DATE],
            outputs[self.OUTPUT_CONFIDENCE], sensor, mask_paths=masks,
            mask_type=self.parameterAsEnum(parameters, self.MASK_TYPE, context), dates=dates,
            min_area_ha=self.parameterAsDouble(parameters, self.MIN_AREA_HA, context),
            confirm_obs=self.parameterAsInt(parameters, self.CONFIRM_OBS, context),
            forest_mask=raster_path(self, parameters, self.FOREST_MASK, context),
            class_names={0: self.tr("No forest loss"), 1: self.tr("Mining loss"), 2: self.tr("Other forest loss")},
            threads=threads, extent=extent_from(self, parameters, context),
            buffer_m=self.parameterAsDouble(parameters, self.CLOUD_BUFFER_M, context))
        if (masks or dates) and holds_product(images):
            feedback.pushInfo(self.tr("Products bring their own cloud mask, reflectance scale and date: the masks, "
                                      "mask type, sensor preset and dates given were used only for the band "
                                      "stacks."))
        formatter = report_formatter()  # QGIS's number and date settings, the same in qgis_process
        first, last = result.dates[0], result.dates[-1]
        attach_loss_styles(context, [outputs[k] for k in (self.OUTPUT_CLASS, self.OUTPUT_DATE, self.OUTPUT_CONFIDENCE)],
                           {"NO_LOSS": self.tr("No forest loss"), "MINING": self.tr("Mining loss"),
                            "OTHER": self.tr("Other forest loss"), "PROBABLE": self.tr("Probable loss"),
                            "CONFIRMED": self.tr("Confirmed loss")},
                           first, last, (formatter.date(first), formatter.date(last)))
        if result.masked_fraction >= 1.0:
            feedback.reportError(all_masked_message(), False)
        feedback.pushInfo(self.tr("{count} images from {first} to {last}. Mining loss: {mining} ha; other forest "
                                  "loss: {other} ha; confirmed: {confirmed} ha; probable: {probable} ha "
                                  "(confirmation: {confirm} of the next {window} clear observations within {days} "
                                  "days).").format(
            count=len(result.dates), first=formatter.date(first), last=formatter.date(last),
            mining=formatter.number(result.mining_ha, 2), other=formatter.number(result.other_loss_ha, 2),
            confirmed=formatter.number(result.confirmed_ha, 2), probable=formatter.number(result.probable_ha, 2),
            confirm=self.parameterAsInt(parameters, self.CONFIRM_OBS, context), window=OBS_WINDOW,
            days=DAYS_WINDOW))
        results = dict(outputs)
        results.update({self.MINING_HA: float(result.mining_ha), self.OTHER_LOSS_HA: float(result.other_loss_ha),
                        self.CONFIRMED_HA: float(result.confirmed_ha), self.PROBABLE_HA: float(result.probable_ha),
                        self.MASKED_FRACTION: float(result.masked_fraction)})
        return results
