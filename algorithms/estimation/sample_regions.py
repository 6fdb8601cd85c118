"""The optional labelled SAMPLE of the summaries: the loss estimated from it, per region and in all, with 95 %
intervals, beside the map's hectares (region summary, before/after comparison)."""
from dataclasses import dataclass

from qgis.core import QgsProcessing, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSource
from qgis.PyQt.QtCore import QCoreApplication

from ..core.estimation.domains import region_estimates
from ..reports.report_locale import report_formatter
from .sample_points import estimate_sample, points_in

SAMPLE = "SAMPLE"
ESTIMATED_LOSS_HA = "ESTIMATED_LOSS_HA"
ESTIMATED_LOSS_CI95_HA = "ESTIMATED_LOSS_CI95_HA"
NO_LOSS = 0
MINING = 1


@dataclass
class LossEstimate:
    """Estimated loss (and mining loss when the map has our classes) per region; None is the whole map."""

    loss: dict
    mining: dict
    overall: tuple
    points: int
    map_loss_ha: float


def add_sample_parameter(algorithm):
    """SAMPLE: labelled points of a sampling design of the loss map (optional)."""
    parameter = QgsProcessingParameterFeatureSource(
        SAMPLE, QCoreApplication.translate("SampleRegions", "Labelled sample of the loss map (estimate with 95 % "
                                                            "intervals)"),
        [QgsProcessing.SourceType.TypeVectorPoint], optional=True)
    parameter.setHelp(QCoreApplication.translate(
        "SampleRegions", "The points of 'Sampling design for area estimation' on this loss map, labelled: the "
                         "loss estimated from them with its 95 % interval (Olofsson et al. 2014) is shown beside "
                         "the map's hectares."))
    algorithm.addParameter(parameter)


def sample_estimate(algorithm, parameters, context, feedback, map_path=None):
    """(SampleEstimate of the SAMPLE parameter, codes of the loss classes), or (None, []) without one."""
    source = algorithm.parameterAsSource(parameters, SAMPLE, context) if parameters.get(SAMPLE) else None
    if source is None:
        return None, []
    estimate = algorithm.run_core(estimate_sample, feedback, source, map_path)
    return estimate, [c for c in estimate.sample.classes if c != NO_LOSS]


def loss_estimate(algorithm, parameters, context, feedback, loss_path, regions, regions_crs):
    """The LossEstimate of the SAMPLE parameter, or None when none is given."""
    estimate, loss_codes = sample_estimate(algorithm, parameters, context, feedback, loss_path)
    if estimate is None:
        return None
    sample = estimate.sample
    xy = points_in(sample, regions_crs)
    loss = region_estimates(xy, sample.strata, sample.references, sample.areas, regions, loss_codes)
    mining = (region_estimates(xy, sample.strata, sample.references, sample.areas, regions, [MINING])
              if set(sample.classes) <= {0, 1, 2} else {})
    result = estimate.result
    return LossEstimate(loss, mining, (result.overall, result.overall_ci95), estimate.points,
                        sum(estimate.map_area_ha[c] for c in loss_codes))


def add_estimate_outputs(algorithm):
    """ESTIMATED_LOSS_HA and its 95 % half-width over the whole sampled map (only when SAMPLE is given)."""
    algorithm.addOutput(QgsProcessingOutputNumber(
        ESTIMATED_LOSS_HA, QCoreApplication.translate("SampleRegions", "Loss estimated from the sample (ha)")))
    algorithm.addOutput(QgsProcessingOutputNumber(
        ESTIMATED_LOSS_CI95_HA, QCoreApplication.translate("SampleRegions", "95 % half-width of the estimated "
                                                                            "loss (ha)")))


def log_estimate(algorithm, estimate, map_ha, feedback):
    """The estimate in the log, region by region; the outputs it gives."""
    number = report_formatter().number  # QGIS's number format, in qgis_process too
    value, half = estimate.loss[None]
    feedback.pushInfo(QCoreApplication.translate(
        "SampleRegions", "Loss estimated from {points} labelled points: {value} ± {half} ha (95 %); the map holds "
                         "{map} ha where the sample was drawn.").format(
        points=estimate.points, value=number(float(value), 2),
        half=number(float(half), 2), map=number(float(estimate.map_loss_ha), 2)))
    for name, (region_value, region_half) in estimate.loss.items():
        if name is not None:
            feedback.pushInfo(QCoreApplication.translate(
                "SampleRegions", "{region}: map {map} ha, estimated {value} ± {half} ha.").format(
                region=name, map=number(float(map_ha.get(name, 0.0)), 2),
                value=number(float(region_value), 2), half=number(float(region_half), 2)))
    return {ESTIMATED_LOSS_HA: float(value), ESTIMATED_LOSS_CI95_HA: float(half)}


def whole_map_estimate(algorithm, parameters, context, feedback):
    """{value, half, map, points, users, users_half} of loss over the sampled map (users: mining loss's user's
    accuracy when the map has our classes), or None without SAMPLE."""
    estimate, loss_codes = sample_estimate(algorithm, parameters, context, feedback)
    if estimate is None:
        return None
    result, sample = estimate.result, estimate.sample
    value, half = region_estimates([], sample.strata, sample.references, sample.areas, [], loss_codes)[None]
    summary = {"value": value, "half": half, "map": sum(estimate.map_area_ha[c] for c in loss_codes),
               "points": estimate.points, "users": None, "users_half": None}
    if MINING in result.classes and set(result.classes) <= {0, 1, 2}:
        index = result.classes.index(MINING)
        summary.update(users=float(result.users[index]), users_half=float(result.users_ci95[index]))
    return summary
