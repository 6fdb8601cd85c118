"""The report section that puts the sample's estimate with its interval beside the map's hectares."""
from qgis.PyQt.QtCore import QCoreApplication

from ..reports import report
from .estimate_report import interval_text


class EstimateSection:
    """Texts of the estimate section (context EstimateSection)."""

    def tr(self, text):
        return QCoreApplication.translate("EstimateSection", text)

    def parts(self, estimate, map_ha, fmt):
        """HTML parts: a table region | map ha | estimated ha ± 95 % | interval, and what it means.

        map_ha: {region name or None (all): the map's hectares of loss}."""
        headers = [self.tr("Region"), self.tr("Map (ha)"), self.tr("Estimated loss (ha)"),
                   self.tr("95 % interval (ha)")]
        if estimate.mining:
            headers.append(self.tr("Estimated mining loss (ha)"))
        rows = []
        names = [name for name in estimate.loss if name is not None]
        names.sort(key=lambda name: -estimate.loss[name][0])
        for name in names + [None]:
            value, half = estimate.loss[name]
            row = [self.tr("All regions") if name is None else name, map_ha.get(name),
                   interval_text(fmt, value, half), f"{fmt.number(max(value - half, 0.0), 2)} – "
                                                     f"{fmt.number(value + half, 2)}"]
            if estimate.mining:
                row.append(interval_text(fmt, *estimate.mining[name]))
            rows.append(row)
        return [report.heading(self.tr("Loss estimated from the labelled sample")),
                report.table(headers, rows, fmt),
                report.paragraph(self.tr(
                    "From {points} labelled points (stratified estimators of Olofsson et al. 2014 and Stehman "
                    "2014; a region's loss is a domain estimate from the same sample). The map holds {map} ha of "
                    "loss where the sample was drawn; overall accuracy {overall}. The estimate covers the whole "
                    "period of the map the sample was drawn from, not each period above; ± is the half-width of "
                    "the 95 % confidence interval.").format(
                    points=estimate.points, map=fmt.number(estimate.map_loss_ha, 2),
                    overall=interval_text(fmt, *estimate.overall, 3)), note=True)]


def estimate_parts(estimate, map_ha, fmt):
    return EstimateSection().parts(estimate, map_ha, fmt) if estimate is not None else []
