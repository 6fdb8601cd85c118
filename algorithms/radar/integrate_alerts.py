"""miningloss:integratealerts — one alert raster from the optical and the radar outputs, as GFW integrates them."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterRasterDestination,
)

from ..base import MiningLossAlgorithm, thread_count
from ..core.periods import from_int
from ..core.radar.integrate import integrate_alerts
from ..detection.image_inputs import raster_path
from ..parameters.image_list import ImageParameter
from ..parameters.styles import StyleSidecar, attach_loss_styles, write_style
from ..reports.report_locale import report_formatter
from .radar_messages import translating_radar_errors


class IntegrateAlerts(MiningLossAlgorithm):
    """The earliest of the optical and radar alerts, with who saw them and a higher confidence when both did."""

    OPTICAL_CLASS = "OPTICAL_CLASS"
    OPTICAL_DATE = "OPTICAL_DATE"
    OPTICAL_CONFIDENCE = "OPTICAL_CONFIDENCE"
    RADAR_CLASS = "RADAR_CLASS"
    RADAR_DATE = "RADAR_DATE"
    RADAR_CONFIDENCE = "RADAR_CONFIDENCE"
    OUTPUT_CLASS = "OUTPUT_CLASS"
    OUTPUT_DATE = "OUTPUT_DATE"
    OUTPUT_CONFIDENCE = "OUTPUT_CONFIDENCE"
    OUTPUT_SOURCE = "OUTPUT_SOURCE"
    OPTICAL_HA = "OPTICAL_HA"
    RADAR_HA = "RADAR_HA"
    BOTH_HA = "BOTH_HA"
    EARLIER_BY_RADAR_HA = "EARLIER_BY_RADAR_HA"

    def name(self):
        return "integratealerts"

    def displayName(self):  # noqa: N802
        return self.tr("Integrate optical and radar alerts")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>One alert raster from the outputs of 'Detect mining loss (time series)' (optical) and 'Detect "
            "mining loss (Sentinel-1 radar)', the way Global Forest Watch integrates GLAD and RADD alerts: radar "
            "dates the loss that clouds hid from the optical images in the rainy season.</p>"
            "<ul><li><b>Date</b>: the earliest of the two.</li>"
            "<li><b>Class</b>: the optical class where the optical saw loss (it tells mining by colour), else the "
            "radar's.</li>"
            "<li><b>Confidence</b>: 2 probable, 3 confirmed (the source's), 4 seen by both sources.</li>"
            "<li><b>Source</b>: 1 optical, 2 radar, 3 both.</li></ul>"
            "<p>The inputs may lie on different grids: the output is on the finest of them, over the union of "
            "their extents. The summaries, hot spots, polygons, dock and dossier take the output like any loss "
            "raster.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        for key, label in ((self.OPTICAL_CLASS, self.tr("Optical loss classes")),
                           (self.OPTICAL_DATE, self.tr("Optical loss dates")),
                           (self.OPTICAL_CONFIDENCE, self.tr("Optical loss confidence")),
                           (self.RADAR_CLASS, self.tr("Radar loss classes")),
                           (self.RADAR_DATE, self.tr("Radar loss dates")),
                           (self.RADAR_CONFIDENCE, self.tr("Radar loss confidence"))):
            self.addParameter(ImageParameter(key, label))  # paths as given: no .aux.xml beside them
        for key, label in ((self.OUTPUT_CLASS, self.tr("Integrated loss classes")),
                           (self.OUTPUT_DATE, self.tr("Integrated loss dates")),
                           (self.OUTPUT_CONFIDENCE, self.tr("Integrated confidence")),
                           (self.OUTPUT_SOURCE, self.tr("Alert source"))):
            self.addParameter(QgsProcessingParameterRasterDestination(key, label))
        for key, label in ((self.OPTICAL_HA, self.tr("Seen by the optical only (ha)")),
                           (self.RADAR_HA, self.tr("Seen by the radar only (ha)")),
                           (self.BOTH_HA, self.tr("Seen by both (ha)")),
                           (self.EARLIER_BY_RADAR_HA, self.tr("Dated earlier thanks to the radar (ha)"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        inputs = []
        for key in (self.OPTICAL_CLASS, self.OPTICAL_DATE, self.OPTICAL_CONFIDENCE, self.RADAR_CLASS,
                    self.RADAR_DATE, self.RADAR_CONFIDENCE):
            path = raster_path(self, parameters, key, context)
            if path is None:
                raise QgsProcessingException(self.invalidRasterError(parameters, key))
            inputs.append(path)
        keys = (self.OUTPUT_CLASS, self.OUTPUT_DATE, self.OUTPUT_CONFIDENCE, self.OUTPUT_SOURCE)
        outputs = [self.parameterAsOutputLayer(parameters, key, context) for key in keys]
        result = self.run_core(translating_radar_errors(self, integrate_alerts), feedback, inputs[:3], inputs[3:],
                               outputs, threads=thread_count(),
                               class_names={0: self.tr("No forest loss"), 1: self.tr("Mining loss"),
                                            2: self.tr("Other forest loss")})
        formatter = report_formatter()
        if result.coverage:
            first, last = (from_int(value) for value in result.coverage)
            attach_loss_styles(context, outputs[:3],
                               {"NO_LOSS": self.tr("No forest loss"), "MINING": self.tr("Mining loss"),
                                "OTHER": self.tr("Other forest loss"), "PROBABLE": self.tr("Probable loss"),
                                "CONFIRMED": self.tr("Confirmed loss"), "BOTH": self.tr("Seen by both sources"),
                                "MASKED": self.tr("No data in either source (clouds, layover, shadow)")},
                               first, last, (formatter.date(first), formatter.date(last)),
                               confidence_template="loss_confidence_integrated.qml")
        StyleSidecar.attach(context, outputs[3], write_style("alert_sources.qml", outputs[3], {
            "OPTICAL": self.tr("Optical"), "RADAR": self.tr("Radar"), "BOTH": self.tr("Both")}))
        feedback.pushInfo(self.tr("Loss seen by the optical only: {optical} ha; by the radar only: {radar} ha; by "
                                  "both: {both} ha; dated earlier thanks to the radar: {earlier} ha.").format(
            optical=formatter.number(result.optical_ha, 2), radar=formatter.number(result.radar_ha, 2),
            both=formatter.number(result.both_ha, 2), earlier=formatter.number(result.earlier_by_radar_ha, 2)))
        results = dict(zip(keys, outputs))
        results.update({self.OPTICAL_HA: result.optical_ha, self.RADAR_HA: result.radar_ha,
                        self.BOTH_HA: result.both_ha, self.EARLIER_BY_RADAR_HA: result.earlier_by_radar_ha})
        return results
