"""The HTML report of miningloss:areaestimate: map versus estimated hectares with 95 % intervals, accuracies,
the error matrix in area proportions, sample sizes and method (in the QGIS language)."""
import datetime

from qgis.PyQt.QtCore import QCoreApplication

from ..reports import report
from ..reports.report_locale import interface_language, report_formatter

MAP_COLOUR, ESTIMATE_COLOUR = "#9e9e9e", "#b2182b"


def interval_text(fmt, value, half, decimals=2):
    """'value ± half' in the report's number format; — when unknown."""
    if value is None or value != value:
        return "—"
    return f"{fmt.number(value, decimals)} ± {fmt.number(half, decimals)}"


class AreaEstimateReport:
    """Texts of the area estimate report (context AreaEstimateReport)."""

    def tr(self, text):
        return QCoreApplication.translate("AreaEstimateReport", text)

    def class_names(self, classes):
        """Our loss classes by name (0, 1, 2); any other map's classes by their code."""
        names = {0: self.tr("No forest loss"), 1: self.tr("Mining loss"), 2: self.tr("Other forest loss")}
        if set(classes) <= set(names):
            return [f"{c} {names[c]}" for c in classes]
        return [str(c) for c in classes]

    def estimate_table(self, sample, fmt):
        """Map versus estimated hectares with the interval, and the accuracies, one row per class."""
        result = sample.result
        headers = [self.tr("Class"), self.tr("Map (ha)"), self.tr("Estimated (ha)"), self.tr("95 % interval (ha)"),
                   self.tr("User's accuracy"), self.tr("Producer's accuracy")]
        rows = []
        for i, name in enumerate(self.class_names(result.classes)):
            low = max(result.area_ha[i] - result.area_ci95_ha[i], 0.0)
            high = result.area_ha[i] + result.area_ci95_ha[i]
            rows.append([name, sample.map_area_ha[result.classes[i]],
                         interval_text(fmt, result.area_ha[i], result.area_ci95_ha[i]),
                         f"{fmt.number(low, 2)} – {fmt.number(high, 2)}",
                         interval_text(fmt, result.users[i], result.users_ci95[i], 3),
                         interval_text(fmt, result.producers[i], result.producers_ci95[i], 3)])
        return report.table(headers, rows, fmt)

    def matrix_table(self, result, fmt):
        names = self.class_names(result.classes)
        headers = [self.tr("Map \\ reference")] + names + [self.tr("Total")]
        rows = [[name] + list(result.matrix[i]) + [result.matrix[i].sum()] for i, name in enumerate(names)]
        totals = [self.tr("Total")] + list(result.matrix.sum(axis=0)) + [result.matrix.sum()]
        return report.table(headers, rows, fmt, totals=totals, decimals=4)

    def strata_table(self, result, fmt):
        headers = [self.tr("Stratum"), self.tr("Area (ha)"), self.tr("Share of the area"), self.tr("Points")]
        rows = [[self.tr("buffer") if name == "buffer" else name, result.stratum_areas_ha[name],
                 result.stratum_areas_ha[name] / result.total_ha, result.stratum_sizes[name]]
                for name in result.strata]
        totals = [self.tr("Total"), result.total_ha, 1.0, sum(result.stratum_sizes.values())]
        return report.table(headers, rows, fmt, totals=totals, decimals=2)

    def method(self, sample, points_source, map_source, fmt):
        if sample.strata_are_classes:
            estimators = self.tr("Strata are the map classes: the stratified estimators of Olofsson et al. (2014, "
                                 "Remote Sensing of Environment 148: 42-57, eqs. 2-11).")
        else:
            estimators = self.tr("Strata differ from the map classes (e.g. a buffer stratum around mapped loss): the "
                                 "estimators of Stehman (2014, International Journal of Remote Sensing 35: "
                                 "4923-4939), which are Olofsson's when the strata are the map classes.")
        return report.definition_list([
            (self.tr("Estimators"), estimators),
            (self.tr("Intervals"), self.tr("Estimate ± 1.96 standard errors; no finite population correction.")),
            (self.tr("Points"), points_source),
            (self.tr("Map"), map_source or self.tr("map classes from the points' map_class field"))], fmt)

    def build(self, sample, points_source, map_source):
        fmt = report_formatter()
        result = sample.result
        names = self.class_names(result.classes)
        parts = [report.paragraph(self.tr("Area of each class estimated from a labelled stratified random sample, "
                                          "with 95 % confidence intervals; made offline by Mining Loss Monitor on "
                                          "{day}.").format(day=fmt.cell(datetime.date.today()))),
                 report.figures([
                     (self.tr("Labelled points"), sample.points), (self.tr("Strata"), len(result.strata)),
                     (self.tr("Overall accuracy"), interval_text(fmt, result.overall, result.overall_ci95, 3))], fmt),
                 report.heading(self.tr("Map versus estimated area")), self.estimate_table(sample, fmt),
                 report.grouped_bar_chart(self.tr("Hectares per class"), names, [
                     (self.tr("Map"), MAP_COLOUR, [sample.map_area_ha[c] for c in result.classes]),
                     (self.tr("Estimated"), ESTIMATE_COLOUR, list(result.area_ha))], self.tr("hectares"), fmt=fmt),
                 report.paragraph(self.tr("The map's hectares count its pixels; the estimate corrects them by what "
                                          "the reference labels found (omission and commission). ± is the "
                                          "half-width of the 95 % confidence interval (1.96 standard errors)."),
                                  note=True),
                 report.heading(self.tr("Error matrix in proportions of area")), self.matrix_table(result, fmt),
                 report.paragraph(self.tr("Rows: map class; columns: reference class. Each cell is the estimated "
                                          "share of the whole area; the diagonal adds up to the overall accuracy."),
                                  note=True),
                 report.heading(self.tr("Sample")), self.strata_table(result, fmt),
                 report.heading(self.tr("Method")), self.method(sample, points_source, map_source, fmt)]
        return report.document(self.tr("Area estimate with confidence intervals"), interface_language(), parts)


def area_estimate_report(sample, points_source, map_source):
    """The whole HTML text."""
    return AreaEstimateReport().build(sample, points_source, map_source)
