"""The HTML report of miningloss:compareperiods: windows, key figures, before/after maps, chart, table."""
import datetime

from qgis.PyQt.QtCore import QCoreApplication

from ..core.periods import from_int
from . import report
from .report_locale import ReportDates, interface_language, report_formatter
from .report_map import region_map
from .summary_report import ranked_regions, zero_line

CHART_REGIONS = 20


def _change(before, after):
    return None if not before else 100.0 * (after - before) / before


def _day(value):
    """A window bound given as YYYYMMDD int or as a date."""
    return from_int(value) if isinstance(value, int) else value


class ComparisonReport:
    """Texts of the before/after report (context ComparisonReport)."""

    def tr(self, text):
        return QCoreApplication.translate("ComparisonReport", text)

    def build(self, rows, regions, before, after, operation, details, extra_parts=()):
        fmt, dates = report_formatter(), ReportDates()
        before_text = dates.range(_day(before[0]), _day(before[1]))
        after_text = dates.range(_day(after[0]), _day(after[1]))
        parts = [report.paragraph(self.tr("Before: {before}. After: {after}. Made offline by Mining Loss Monitor on "
                                          "{day}.").format(before=before_text, after=after_text,
                                                           day=fmt.cell(datetime.date.today())))]
        if details.get("cut_note"):
            parts.append(report.paragraph(details["cut_note"], note=True))
        if operation:
            parts.append(report.paragraph(self.tr("Operation: {name}, started {start}.").format(
                name=operation[0], start=fmt.cell(operation[1]))))
        with_loss, without_loss = ranked_regions(rows, lambda r: (r["before_ha"] or 0.0) + (r["after_ha"] or 0.0))
        by_name = {r["region"]: r for r in rows}
        before_ha = sum(r["before_ha"] or 0.0 for r in rows)
        after_ha = sum(r["after_ha"] or 0.0 for r in rows)
        before_rate = sum(r["before_ha_month"] or 0.0 for r in rows)
        after_rate = sum(r["after_ha_month"] or 0.0 for r in rows)
        parts.append(report.figures([
            (self.tr("Before (ha)"), before_ha), (self.tr("After (ha)"), after_ha),
            (self.tr("Change (%)"), fmt.cell(_change(before_ha, after_ha), 1)),
            (self.tr("Before (ha/month)"), before_rate), (self.tr("After (ha/month)"), after_rate),
            (self.tr("Regions with loss"), self.tr("{count} of {total}").format(count=len(with_loss),
                                                                             total=len(rows)))], fmt))
        parts.append(report.heading(self.tr("Map")))
        parts.append(region_map(regions, [
            (self.tr("Before: {window}").format(window=before_text),
             {name: row["before_ha_month"] for name, row in by_name.items()}),
            (self.tr("After: {window}").format(window=after_text),
             {name: row["after_ha_month"] for name, row in by_name.items()})], self.tr("ha/month"), fmt=fmt))
        parts.append(report.paragraph(self.tr("Regions shaded by hectares of loss per month, one scale for both "
                                              "maps; regions without loss in grey."), note=True))
        shown = with_loss[:CHART_REGIONS]
        if shown:
            parts.append(report.heading(self.tr("Hectares per month")))
            parts.append(report.grouped_bar_chart(self.tr("Hectares per month"), [str(name) for name in shown], [
                (self.tr("Before"), "#6c757d", [by_name[name]["before_ha_month"] for name in shown]),
                (self.tr("After"), "#d7191c", [by_name[name]["after_ha_month"] for name in shown]),
            ], self.tr("ha/month"), fmt=fmt))
        parts.append(report.heading(self.tr("Loss per region, before and after")))
        parts.append(self._table(with_loss, by_name, (before_ha, after_ha, before_rate, after_rate), fmt))
        parts.append(zero_line(without_loss, self.tr("No loss before or after in {count} regions: {names}."),
                               self.tr("No loss before or after in one region: {names}."),
                               self.tr("{names} and {more} more")))
        parts.append(report.paragraph(self.tr("Regions sorted by loss, before and after together. The table output "
                                              "(CSV or GeoPackage) holds every region."), note=True))
        parts.extend(extra_parts)
        parts.append(report.heading(self.tr("Sources")))
        sources = [details["loss_source"], details["regions_source"]] + ([operation[2]] if operation and operation[2]
                                                                         else [])
        parts.append(report.paragraph("; ".join(sources), note=True))
        return report.document(self.tr("Forest loss before and after"), interface_language(), parts)

    def _table(self, names, by_name, totals, fmt):
        if not names:
            return report.paragraph(self.tr("No region has loss before or after."))
        headers = [self.tr("Region"), self.tr("Before (ha)"), self.tr("After (ha)"), self.tr("Change (%)"),
                   self.tr("Before (ha/month)"), self.tr("After (ha/month)"), self.tr("Rate change (%)")]
        body = [[name, row["before_ha"], row["after_ha"], fmt.cell(row["change_pct"], 1), row["before_ha_month"],
                 row["after_ha_month"], fmt.cell(row["rate_change_pct"], 1)]
                for name, row in ((name, by_name[name]) for name in names)]
        before_ha, after_ha, before_rate, after_rate = totals
        footer = [self.tr("Total"), before_ha, after_ha, fmt.cell(_change(before_ha, after_ha), 1), before_rate,
                  after_rate, fmt.cell(_change(before_rate, after_rate), 1)]
        return report.table(headers, body, fmt, totals=footer)


def comparison_report(rows, regions, before, after, operation, details, extra_parts=()):
    """The whole HTML text of the before/after report (extra_parts: sections before the sources)."""
    return ComparisonReport().build(rows, regions, before, after, operation, details, extra_parts)
