"""miningloss:detecttwodates — mining vs other forest loss between two images."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterRasterDestination,
)

from ..base import MiningLossAlgorithm, thread_count
from ..core.detection.twodates import detect_two_dates
from ..core.periods import from_int
from ..parameters.image_list import ImageParameter
from ..parameters.styles import StyleSidecar, write_style
from ..reports.report_locale import report_formatter
from .image_inputs import (
    add_extent_parameter,
    check_values,
    extent_from,
    image_path,
    product_path,
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


class DetectTwoDates(MiningLossAlgorithm):
    """Forest in BEFORE turned into tailings or ponds (mining) or farms and roads (other) in AFTER."""

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    SENSOR = "SENSOR"
    MASK_BEFORE = "MASK_BEFORE"
    MASK_AFTER = "MASK_AFTER"
    MASK_TYPE = "MASK_TYPE"
    MIN_AREA_HA = "MIN_AREA_HA"
    CUSTOM_BANDS = "CUSTOM_BANDS"
    CUSTOM_SCALE = "CUSTOM_SCALE"
    CUSTOM_OFFSET = "CUSTOM_OFFSET"
    OUTPUT = "OUTPUT"
    MINING_HA = "MINING_HA"
    OTHER_LOSS_HA = "OTHER_LOSS_HA"
    MASKED_FRACTION = "MASKED_FRACTION"
    AREA_METHOD = "AREA_METHOD"
    EXTENT = "EXTENT"
    CLOUD_BUFFER_M = "CLOUD_BUFFER_M"

    def name(self):
        return "detecttwodates"

    def displayName(self):  # noqa: N802
        return self.tr("Detect mining loss (two dates)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Finds forest that was lost between a BEFORE and an AFTER image and tells <b>mining loss</b> "
            "(bare tailings and mining ponds) from <b>other forest loss</b> (pasture, crops, bare farm soil, "
            "burns, roads).</p>"
            "<p><b>Images as downloaded</b>: give each image as the product you downloaded, a Sentinel-2 L2A "
            "<i>.zip</i> (or its <i>.SAFE</i> folder or <i>MTD_MSIL2A.xml</i>) or a Landsat 8/9 Collection 2 "
            "Level-2 <i>.tar</i> (or its folder or <i>_MTL.txt</i>). The product gives the bands, the "
            "reflectance scale and offset, the cloud mask and the date: the sensor preset, masks and mask type "
            "are then not used. Band stacks work as before. The image before must not be later than the image "
            "after. An optional area of interest limits the work to a rectangle of the image before.</p>"
            "<p><b>The rule, step by step</b></p><ol>"
            "<li>Reflectance from the sensor preset (for Sentinel-2 L2A, DN/10000; baseline 04.00+ subtracts "
            "1000 first). AFTER and the masks are warped on the fly to BEFORE's grid.</li>"
            "<li>Pixels masked on either date (SCL classes 0, 1, 3, 8, 9, 10, 11; QA_PIXEL fill, cloud, cirrus, "
            "shadow bits; non-zero binary mask) become 255, and so do pixels within the cloud-edge buffer (20 m, "
            "at least one pixel) of them, where thin cloud and haze escape every mask. A cloud call alone (SCL "
            "classes 8, 9; QA_PIXEL cloud or dilated cloud) is not trusted on bright bare ground (blue &ge; 0.10, "
            "NDVI &lt; 0.30, red &ge; 1.15 x blue, SWIR1 &ge; 1.5 x blue): Sen2Cor and CFMask call pale tailings "
            "cloud. Without a mask, a spectral screen masks bright "
            "clouds (blue &gt; 0.18, unless red &ge; 1.15 x blue and SWIR1 &ge; 1.3 x blue: tailings and bare "
            "ground rise with wavelength, clouds are flat and white), white haze (blue &gt; 0.06 and &gt; 0.9 x "
            "red) and dark shadows (NIR &lt; 0.07 and SWIR1 &lt; 0.05, not water).</li>"
            "<li>AFTER is normalised to BEFORE band by band with a line fitted through the 10th-90th "
            "percentiles of pixels that are dense forest (NDVI &gt; 0.7) on both dates, so season, sun and "
            "haze differences cancel.</li>"
            "<li>Forest in BEFORE: NDVI &ge; 0.60, NBR &ge; 0.45, not water. Lost in AFTER: NBR fell by "
            "&ge; 0.12 to &le; 0.55, or red reflectance rose 1.7 times with NDVI down by &ge; 0.05, red "
            "above blue and SWIR2 up 1.25 times (grass: haze brightens blue and NIR but hardly SWIR2), "
            "or the pixel became water (MNDWI &gt; 0.10 and NIR &lt; 0.15). Without SWIR bands: NDVI fell by "
            "&ge; 0.20 to &le; 0.60, water by NDWI.</li>"
            "<li>Each lost pixel is a pond (new water), tailings-like (bright, pale: redness &le; 0.31 and "
            "visible reflectance &ge; 0.07), other bare ground, or vegetated clearing (NDVI &ge; 0.45).</li>"
            "<li>Lost pixels are grouped in 8-connected patches, and each is read with its surroundings (a "
            "square of 100 m around each of its pixels). A patch is <b>mining</b> when it holds new ponds (at "
            "least 3 pixels and 2% of the patch) and is not beside a river (water on both dates under 5% of its "
            "surroundings); or when tailings-like ground is at least half of its bare ground and it holds some "
            "new water; or when it is a <b>mining front</b>: tailings-like ground is at least 25% of the patch, "
            "its bare ground at least 0.15 ha, and pale bare ground (new or old tailings) covers at least 20% "
            "of its surroundings. Otherwise it is <b>other forest loss</b>. Vegetated clearings inside a mining "
            "patch stay other loss. Patches smaller than the minimum area are removed.</li></ol>"
            "<p>Outputs: class raster (0 no forest loss, 1 mining loss, 2 other forest loss, 255 masked), "
            "hectares of each class (ellipsoidal when the raster is in a geographic CRS) and the masked "
            "fraction.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(ImageParameter(self.BEFORE, self.tr("Image before (product or band stack)")))
        self.addParameter(ImageParameter(self.AFTER, self.tr("Image after (product or band stack)")))
        add_extent_parameter(self)
        add_sensor_parameter(self)
        self.addParameter(ImageParameter(self.MASK_BEFORE, self.tr("Cloud mask of the image before"), optional=True))
        self.addParameter(ImageParameter(self.MASK_AFTER, self.tr("Cloud mask of the image after"), optional=True))
        add_mask_and_area_parameters(self)
        add_buffer_parameter(self)
        add_custom_band_parameters(self)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Loss classes")))
        self.addOutput(QgsProcessingOutputNumber(self.MINING_HA, self.tr("Mining loss (ha)")))
        self.addOutput(QgsProcessingOutputNumber(self.OTHER_LOSS_HA, self.tr("Other forest loss (ha)")))
        self.addOutput(QgsProcessingOutputNumber(self.MASKED_FRACTION, self.tr("Masked fraction")))
        self.addOutput(QgsProcessingOutputString(self.AREA_METHOD, self.tr("Area method")))
        help_texts = {
            self.BEFORE: self.tr("The earlier date: a Sentinel-2 L2A .zip/.SAFE/MTD_MSIL2A.xml, a Landsat C2 L2 "
                                 ".tar/folder/_MTL.txt, or a band stack in the order of the sensor preset."),
            self.AFTER: self.tr("The later date, as a product or a band stack; warped to the earlier image's grid "
                                "if needed."),
            self.MASK_BEFORE: self.tr("Cloud/shadow mask of the earlier date. Empty: spectral cloud screen."),
            self.MASK_AFTER: self.tr("Cloud/shadow mask of the later date. Empty: spectral cloud screen."),
        }
        for key, text in help_texts.items():
            definition = self.parameterDefinition(key)
            if hasattr(definition, "setHelp"):
                definition.setHelp(text)

    def class_names(self):
        return {0: self.tr("No forest loss"), 1: self.tr("Mining loss"), 2: self.tr("Other forest loss")}

    def checkParameterValues(self, parameters, context):  # noqa: N802
        return check_values(self, parameters, context, (self.BEFORE, self.AFTER))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        paths = {key: image_path(self, parameters, key, context) for key in (self.BEFORE, self.AFTER)}
        for key in (self.MASK_BEFORE, self.MASK_AFTER):
            paths[key] = raster_path(self, parameters, key, context)
        sensor = sensor_from(self, parameters, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        say_decoding(feedback, [paths[self.BEFORE], paths[self.AFTER]])
        say_products_of_files(feedback, [parameters.get(self.BEFORE), parameters.get(self.AFTER)])
        threads = thread_count()
        feedback.pushInfo(self.tr("Working on {threads} threads (QGIS Settings > Options > Rendering > Max cores to "
                                  "use).").format(threads=threads))
        result = self.run_core(
            detect_two_dates, feedback, paths[self.BEFORE], paths[self.AFTER], output, sensor,
            mask_before=paths[self.MASK_BEFORE], mask_after=paths[self.MASK_AFTER],
            mask_type=self.parameterAsEnum(parameters, self.MASK_TYPE, context),
            min_area_ha=self.parameterAsDouble(parameters, self.MIN_AREA_HA, context),
            class_names=self.class_names(), threads=threads, extent=extent_from(self, parameters, context),
            buffer_m=self.parameterAsDouble(parameters, self.CLOUD_BUFFER_M, context),
        )
        qml = write_style("loss_classes.qml", output, {
            "NO_LOSS": self.tr("No forest loss"), "MINING": self.tr("Mining loss"),
            "OTHER": self.tr("Other forest loss")})
        StyleSidecar.attach(context, output, qml)
        formatter = report_formatter()  # QGIS's number and date settings, the same in qgis_process
        products = [key for key in (self.BEFORE, self.AFTER) if product_path(paths[key])]
        if products and any(parameters.get(key) for key in (self.MASK_BEFORE, self.MASK_AFTER)):
            feedback.pushInfo(self.tr("Products bring their own cloud mask and reflectance scale: the masks, mask "
                                      "type and sensor preset given were not used for them."))
        if all(result.dates):
            first, last = (from_int(d) for d in result.dates)
            feedback.pushInfo(self.tr("Image before: {before}; image after: {after}.").format(
                before=formatter.date(first), after=formatter.date(last)))
        feedback.pushInfo(self.tr("Mining loss: {mining} ha; other forest loss: {other} ha; masked: {masked} % "
                                  "({method} areas).").format(
            mining=formatter.number(result.mining_ha, 2), other=formatter.number(result.other_loss_ha, 2),
            masked=formatter.number(100 * result.masked_fraction, 1),
            method=self.tr("ellipsoidal") if result.area_method == "ellipsoidal" else self.tr("planar")))
        return {
            self.OUTPUT: output,
            self.MINING_HA: float(result.mining_ha),
            self.OTHER_LOSS_HA: float(result.other_loss_ha),
            self.MASKED_FRACTION: float(result.masked_fraction),
            self.AREA_METHOD: result.area_method,
        }
