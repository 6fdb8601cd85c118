"""miningloss:detectradar — dated, confirmed mining and other forest loss from a Sentinel-1 RTC series."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from ..base import MiningLossAlgorithm, layer_paths, thread_count
from ..core.radar import tracking
from ..core.radar.detect import detect_radar
from ..detection.image_inputs import add_extent_parameter, check_values, extent_from
from ..parameters.image_list import ImageListParameter
from ..parameters.styles import attach_loss_styles
from ..reports.report_locale import report_formatter
from .radar_messages import translating_radar_errors


class DetectRadar(MiningLossAlgorithm):
    """Loss seen through the clouds: Sentinel-1 backscatter alerts in the spirit of RADD."""

    IMAGES = "IMAGES"
    EXTENT = "EXTENT"
    MIN_AREA_HA = "MIN_AREA_HA"
    OUTPUT_CLASS = "OUTPUT_CLASS"
    OUTPUT_DATE = "OUTPUT_DATE"
    OUTPUT_CONFIDENCE = "OUTPUT_CONFIDENCE"
    MINING_HA = "MINING_HA"
    OTHER_LOSS_HA = "OTHER_LOSS_HA"
    CONFIRMED_HA = "CONFIRMED_HA"
    PROBABLE_HA = "PROBABLE_HA"

    def name(self):
        return "detectradar"

    def displayName(self):  # noqa: N802
        return self.tr("Detect mining loss (Sentinel-1 radar)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Finds <b>when</b> forest was lost from a series of Sentinel-1 radar images, which see through the "
            "clouds of the rainy season, the way RADD alerts work, offline and with rules you can explain.</p>"
            "<p><b>Images as downloaded</b>: ASF HyP3 RTC products (<i>.zip</i> or folder, e.g. "
            "<i>S1A_IW_20190106T101512_DVP_RTC30_G_gpuned_A100</i>: VV and VH; power, decibel or amplitude as its "
            "name says; its layover/shadow map masks layover and shadow), OPERA RTC-S1 GeoTIFFs (<i>_VV.tif</i> "
            "with its <i>_VH.tif</i> and <i>_mask.tif</i>), or 2-band VV/VH stacks with the date in the name (dB "
            "when negative, else power); or a folder of them. All on one grid (same projection and pixel size).</p>"
            "<ol><li>The first {baseline} dates (a third of the series when shorter) give each pixel its forest "
            "level in VV and VH; only forest is watched.</li>"
            "<li>Each date is levelled on its neighbourhood (about {cell} m), so the rainy season, a storm cell or a "
            "bad swath edge that brighten or darken everything do not read as loss.</li>"
            "<li>Each later date gives a probability that the forest is gone, from the drop in VV and VH (cleared "
            "mining ground is about 6 dB in VV and 7 dB in VH below the forest on real Sentinel-1 over La Pampa). "
            "Above {flag} % the pixel is <b>flagged</b> on that date; later dates update the probability: "
            "<b>confirmed</b> at {confirm} %, dropped when later dates look like forest again or after {days} days "
            "without confirmation; open flags of at least {probable} % at the end are <b>probable</b>.</li>"
            "<li>Mining: patches that are mostly new water or bare ground after the flag; other forest loss "
            "otherwise. Patches under the minimum area are removed.</li></ol>"
            "<p>Outputs as the optical time series: classes (0, 1 mining, 2 other, 255 no data), loss date "
            "(YYYYMMDD of the first radar observation of the loss) and confidence (2 probable, 3 confirmed). "
            "'Integrate optical and radar alerts' combines them with an optical series.</p>").format(
            baseline=tracking.BASELINE_DATES, cell=int(tracking.LEVEL_CELL_M), flag=int(tracking.FLAG_P * 100),
            confirm=report_formatter().number(tracking.CONFIRM_P * 100, 1),  # 97,5 in Spanish
            days=tracking.CONFIRM_DAYS, probable=int(tracking.PROBABLE_P * 100))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(ImageListParameter(
            self.IMAGES, self.tr("Sentinel-1 RTC images (HyP3 or OPERA products, VV/VH stacks, or a folder)"),
            QgsProcessing.SourceType.TypeRaster))
        add_extent_parameter(self)
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_AREA_HA, self.tr("Minimum mapping unit (ha)"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=0.1, minValue=0.0))
        # "Radar …": loaded beside an optical series, its layers must not read the same
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_CLASS, self.tr("Radar loss classes")))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_DATE, self.tr("Radar loss dates")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_CONFIDENCE, self.tr("Radar loss confidence")))
        for key, label in ((self.MINING_HA, self.tr("Mining loss (ha)")),
                           (self.OTHER_LOSS_HA, self.tr("Other forest loss (ha)")),
                           (self.CONFIRMED_HA, self.tr("Confirmed loss (ha)")),
                           (self.PROBABLE_HA, self.tr("Probable loss (ha)"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        return check_values(self, parameters, context, (self.IMAGES,))  # zips and folders: the core checks them

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        images = layer_paths(parameters, self.IMAGES, context)
        outputs = {key: self.parameterAsOutputLayer(parameters, key, context)
                   for key in (self.OUTPUT_CLASS, self.OUTPUT_DATE, self.OUTPUT_CONFIDENCE)}
        result = self.run_core(
            translating_radar_errors(self, detect_radar), feedback, images, outputs[self.OUTPUT_CLASS],
            outputs[self.OUTPUT_DATE], outputs[self.OUTPUT_CONFIDENCE],
            min_area_ha=self.parameterAsDouble(parameters, self.MIN_AREA_HA, context),
            extent=extent_from(self, parameters, context),
            class_names={0: self.tr("No forest loss"), 1: self.tr("Mining loss"), 2: self.tr("Other forest loss")},
            threads=thread_count())
        formatter = report_formatter()
        first, last = result.dates[0], result.dates[-1]
        attach_loss_styles(context, [outputs[k] for k in (self.OUTPUT_CLASS, self.OUTPUT_DATE, self.OUTPUT_CONFIDENCE)],
                           {"NO_LOSS": self.tr("No forest loss"), "MINING": self.tr("Mining loss"),
                            "OTHER": self.tr("Other forest loss"), "PROBABLE": self.tr("Probable loss"),
                            "CONFIRMED": self.tr("Confirmed loss"), "MASKED": self.tr("No data, layover or shadow")},
                           first, last, (formatter.date(first), formatter.date(last)))
        feedback.pushInfo(self.tr("{count} radar dates from {first} to {last}. Mining loss: {mining} ha; other "
                                  "forest loss: {other} ha; confirmed: {confirmed} ha; probable: {probable} ha; "
                                  "never seen (no data, layover or shadow): {no_data} %.").format(
            count=len(result.dates), first=formatter.date(first), last=formatter.date(last),
            mining=formatter.number(result.mining_ha, 2), other=formatter.number(result.other_loss_ha, 2),
            confirmed=formatter.number(result.confirmed_ha, 2), probable=formatter.number(result.probable_ha, 2),
            no_data=formatter.number(100 * result.no_data_fraction, 1)))
        results = dict(outputs)
        results.update({self.MINING_HA: float(result.mining_ha), self.OTHER_LOSS_HA: float(result.other_loss_ha),
                        self.CONFIRMED_HA: float(result.confirmed_ha), self.PROBABLE_HA: float(result.probable_ha)})
        return results
