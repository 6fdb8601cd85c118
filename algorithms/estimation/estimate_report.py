"""The HTML report of miningloss:areaestimate: map versus estimated hectares with 95 % intervals, accuracies,
the error matrix in area proportions, sample sizes and method (in the QGIS language)."""
import datetime

from qgis.PyQt.QtCore import QCoreApplication

from .. import report
from ..report_locale import interface_language, report_formatter

MAP_COLOUR, ESTIMATE_COLOUR = "#9e9e9e", "#b2182b"


def tr(text):
    return QCoreApplication.translate("AreaEstimateReport", text)


def class_names(classes):
    """Our loss classes by name (0, 1, 2); any other map's classes by their code."""
    names = {0: tr("No forest loss"), 1: tr("Mining loss"), 2: tr("Other forest loss")}
    if set(classes) <= set(names):
        return [f"{c} {names[c]}" for c in classes]
    return [str(c) for c in classes]


def interval_text(fmt, value, half, decimals=2):
    """'value ± half' in the report's number format; — when unknown."""
    if value is None or value != value:
        return "—"
    return f"{fmt.number(value, decimals)} ± {fmt.number(half, decimals)}"


def estimate_table(sample, fmt):
    """Map versus estimated hectares with the interval, and the accuracies, one row per class."""
    result = sample.result
    headers = [tr("Class"), tr("Map (ha)"), tr("Estimated (ha)"), tr("95 % interval (ha)"), tr("User's accuracy"),
               tr("Producer's accuracy")]
    rows = []
    for i, name in enumerate(class_names(result.classes)):
        low = result.area_ha[i] - result.area_ci95_ha[i]
        high = result.area_ha[i] + result.area_ci95_ha[i]
        rows.append([name, sample.map_area_ha[result.classes[i]],
                     interval_text(fmt, result.area_ha[i], result.area_ci95_ha[i]),
                     f"{fmt.number(max(low, 0.0), 2)} – {fmt.number(high, 2)}",
                     interval_text(fmt, result.users[i], result.users_ci95[i], 3),
                     interval_text(fmt, result.producers[i], result.producers_ci95[i], 3)])
    return report.table(headers, rows, fmt)


def matrix_table(result, fmt):
    names = class_names(result.classes)
    headers = [tr("Map \\ reference")] + names + [tr("Total")]
    rows = [[name] + list(result.matrix[i]) + [result.matrix[i].sum()] for i, name in enumerate(names)]
    totals = [tr("Total")] + list(result.matrix.sum(axis=0)) + [result.matrix.sum()]
    return report.table(headers, rows, fmt, totals=totals, decimals=4)


def strata_table(result, fmt):
    headers = [tr("Stratum"), tr("Area (ha)"), tr("Share of the area"), tr("Points")]
    rows = [[tr("buffer") if name == "buffer" else name, result.stratum_areas_ha[name],
             result.stratum_areas_ha[name] / result.total_ha, result.stratum_sizes[name]] for name in result.strata]
    totals = [tr("Total"), result.total_ha, 1.0, sum(result.stratum_sizes.values())]
    return report.table(headers, rows, fmt, totals=totals, decimals=2)


def area_estimate_report(sample, points_source, map_source):
    """The whole HTML text."""
    fmt = report_formatter()
    result = sample.result
    parts = [report.paragraph(tr("Area of each class estimated from a labelled stratified random sample, with 95 % "
                                 "confidence intervals; made offline by Mining Loss Monitor on {day}.").format(
        day=fmt.cell(datetime.date.today())))]
    parts.append(report.figures([
        (tr("Labelled points"), sample.points),
        (tr("Strata"), len(result.strata)),
        (tr("Overall accuracy"), interval_text(fmt, result.overall, result.overall_ci95, 3))], fmt))
    parts.append(report.heading(tr("Map versus estimated area")))
    parts.append(estimate_table(sample, fmt))
    parts.append(report.grouped_bar_chart(tr("Hectares per class"), class_names(result.classes), [
        (tr("Map"), MAP_COLOUR, [sample.map_area_ha[c] for c in result.classes]),
        (tr("Estimated"), ESTIMATE_COLOUR, list(result.area_ha))], tr("hectares"), fmt=fmt))
    parts.append(report.paragraph(tr("The map's hectares count its pixels; the estimate corrects them by what the "
                                     "reference labels found (omission and commission). ± is the half-width of "
                                     "the 95 % confidence interval (1.96 standard errors)."), note=True))
    parts.append(report.heading(tr("Error matrix in proportions of area")))
    parts.append(matrix_table(result, fmt))
    parts.append(report.paragraph(tr("Rows: map class; columns: reference class. Each cell is the estimated share "
                                     "of the whole area; the diagonal is the overall accuracy."), note=True))
    parts.append(report.heading(tr("Sample")))
    parts.append(strata_table(result, fmt))
    parts.append(report.heading(tr("Method")))
    method = (tr("Strata are the map classes: the stratified estimators of Olofsson et al. (2014, Remote Sensing "
                 "of Environment 148: 42-57, eqs. 2-11).") if sample.strata_are_classes else
              tr("Strata differ from the map classes (e.g. a buffer stratum around mapped loss): the estimators of "
                 "Stehman (2014, International Journal of Remote Sensing 35: 4923-4939), which are Olofsson's "
                 "when the strata are the map classes."))
    parts.append(report.definition_list([
        (tr("Estimators"), method),
        (tr("Intervals"), tr("Estimate ± 1.96 standard errors; no finite population correction.")),
        (tr("Points"), points_source),
        (tr("Map"), map_source or tr("map classes from the points' map_class field"))], fmt))
    return report.document(tr("Area estimate with confidence intervals"), interface_language(), parts)
