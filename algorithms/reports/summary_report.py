"""The HTML report of miningloss:regionsummary: key figures, map, charts, regions x periods table, method."""
import datetime

from qgis.PyQt.QtCore import QCoreApplication

from ..core.periods import MONTH, QUARTER, WHOLE, YEAR
from . import report
from .report_locale import ReportDates, interface_language, report_formatter
from .report_map import region_map

MINING, OTHER, LOSS = "#d7191c", "#fdae61", "#b2182b"
REGION_CHARTS = 6
LISTED_ZEROS = 40


def period_label(period, start, end, period_kind, dates):
    """The label of a period in the report's language ('2019', '2019-T1', 'ene 2019'); group values as they are."""
    if period_kind == WHOLE and (start is None or end is None):
        return dates.open_range(start, end)
    if start is None:
        return str(period)
    if period_kind == YEAR:
        return str(start.year)
    if period_kind == QUARTER:
        return dates.quarter(start.year, (start.month - 1) // 3 + 1)
    if period_kind == MONTH:
        return dates.month(start.year, start.month)
    if period_kind == WHOLE:
        return dates.range(start, end)
    return str(period)


def report_period_labels(labels, bounds, period_kind):
    """Period labels as the region report writes them ('2018-T1' in Spanish), for the other reports."""
    dates = ReportDates()
    return [period_label(label, first, last, period_kind, dates) for label, (first, last) in zip(labels, bounds)]


def ranked_regions(rows, value):
    """(names with loss sorted by loss, biggest first; names without loss in their order) from report rows."""
    totals = {}
    for row in rows:
        totals[row["region"]] = totals.get(row["region"], 0.0) + (value(row) or 0.0)
    with_loss = sorted((name for name, total in totals.items() if total > 0), key=lambda name: (-totals[name], name))
    return with_loss, [name for name, total in totals.items() if total <= 0]


def zero_line(names, text, one_text, more_text):
    """One paragraph naming the regions without loss (the first LISTED_ZEROS, then how many more)."""
    if not names:
        return ""
    if len(names) == 1:
        return report.paragraph(one_text.format(names=names[0]))
    listed = ", ".join(str(name) for name in names[:LISTED_ZEROS])
    if len(names) > LISTED_ZEROS:
        listed = more_text.format(names=listed, more=len(names) - LISTED_ZEROS)
    return report.paragraph(text.format(count=len(names), names=listed))


class RegionSummaryReport:
    """Texts of the region summary report (context RegionSummaryReport)."""

    def tr(self, text):
        return QCoreApplication.translate("RegionSummaryReport", text)

    def build(self, rows, regions, details, operations, period_kind, extra_parts=()):
        fmt, dates = report_formatter(), ReportDates()
        grouped = bool(details.get("group"))
        keys = list(dict.fromkeys((r["period"], r["period_start"], r["period_end"]) for r in rows))
        labels = [period_label(*key, None if grouped else period_kind, dates) for key in keys]
        split = bool(rows) and all(r["mining_ha"] is not None for r in rows)
        cells = {(r["region"], (r["period"], r["period_start"], r["period_end"])): r for r in rows}
        with_loss, without_loss = ranked_regions(rows, lambda r: r["loss_ha"])
        region_ha = {r["region"]: r["region_ha"] for r in rows}
        total = sum(r["loss_ha"] or 0.0 for r in rows)
        span = labels[0] if len(labels) == 1 else self.tr("{first} to {last}").format(
            first=labels[0], last=labels[-1]) if labels else ""
        parts = [report.paragraph(self.tr("Hectares of forest loss per region and period, made offline by Mining "
                                          "Loss Monitor on {day}.").format(day=fmt.cell(datetime.date.today())))]
        items = [(self.tr("Periods"), span), (self.tr("Forest loss (ha)"), total)]
        if split:
            items += [(self.tr("Mining loss (ha)"), sum(r["mining_ha"] for r in rows)),
                      (self.tr("Other forest loss (ha)"), sum(r["other_ha"] for r in rows))]
        items.append((self.tr("Regions with loss"), self.tr("{count} of {total}").format(
            count=len(with_loss), total=len(region_ha))))
        parts.append(report.figures(items, fmt))
        totals = {name: sum((cells[(name, key)]["loss_ha"] or 0.0) for key in keys) for name in region_ha}
        parts.append(report.heading(self.tr("Map")))
        parts.append(region_map(regions, [(self.tr("Forest loss, {span}").format(span=span), totals)],
                                self.tr("hectares"), fmt=fmt))
        parts.append(report.paragraph(self.tr("Regions shaded by hectares of loss over all periods; regions "
                                              "without loss in grey."), note=True))
        parts.append(report.heading(self.tr("Loss by period")))
        markers = [(index, name) for name, start, _ in operations for index, key in enumerate(keys)
                   if key[1] and key[1] <= start <= key[2]]
        parts.append(report.bar_chart(self.tr("All regions"), labels, self._series(
            [[cells[(name, key)] for name in region_ha] for key in keys], split), self.tr("hectares"), markers,
            fmt=fmt))
        if len(with_loss) > 1:
            for name in with_loss[:REGION_CHARTS]:
                parts.append(report.bar_chart(str(name), labels, self._series(
                    [[cells[(name, key)]] for key in keys], split), self.tr("hectares"), markers, fmt=fmt))
        parts.append(report.heading(self.tr("Loss per region and period (ha)")))
        parts.append(self._table(with_loss, keys, labels, cells, region_ha, split, fmt))
        parts.append(zero_line(without_loss, self.tr("No loss in {count} regions: {names}."),
                               self.tr("No loss in one region: {names}."), self.tr("{names} and {more} more")))
        parts.append(report.paragraph(self.tr("Regions sorted by loss. The table output (CSV or GeoPackage) holds "
                                              "every region and period, zeros included."), note=True))
        parts.extend(extra_parts)
        parts.append(report.heading(self.tr("Method")))
        parts.append(report.definition_list(self._method(rows, details), fmt))
        parts.append(report.heading(self.tr("Sources")))
        sources = [f"{name}: {source}" for name, start, source in operations if source]
        parts.append(report.paragraph("; ".join([details["loss_source"], details["regions_source"]] + sources),
                                      note=True))
        return report.document(self.tr("Forest loss per region and period"), interface_language(), parts)

    def _series(self, groups, split):
        """Stacked chart series from, per period, the rows to add up."""
        if split:
            return [(self.tr("Mining loss"), MINING, [sum(r["mining_ha"] for r in group) for group in groups]),
                    (self.tr("Other forest loss"), OTHER, [sum(r["other_ha"] for r in group) for group in groups])]
        return [(self.tr("Forest loss"), LOSS, [sum(r["loss_ha"] or 0.0 for r in group) for group in groups])]

    def _table(self, names, keys, labels, cells, region_ha, split, fmt):
        if not names:
            return report.paragraph(self.tr("No region has loss in these periods."))
        headers = [self.tr("Region")] + labels + [self.tr("Total")]
        headers += [self.tr("Mining"), self.tr("Other")] if split else []
        headers += [self.tr("Region (ha)"), self.tr("Loss (% of region)")]
        body = []
        for name in names:
            values = [cells[(name, key)]["loss_ha"] or 0.0 for key in keys]
            row = [name] + values + [sum(values)]
            if split:
                row += [sum(cells[(name, key)]["mining_ha"] for key in keys),
                        sum(cells[(name, key)]["other_ha"] for key in keys)]
            area = region_ha[name] or 0.0
            row += [area, 100.0 * sum(values) / area if area > 0 else None]
            body.append(row)
        footer = [self.tr("Total")] + [sum(row[i] for row in body) for i in range(1, len(headers) - 2)]
        area = sum(region_ha[name] or 0.0 for name in names)
        footer += [area, 100.0 * footer[len(keys) + 1] / area if area > 0 else None]
        return report.table(headers, body, fmt, totals=footer)

    def _method(self, rows, details):
        method = {
            "planar": self.tr("Pixel centres inside each region; planar pixel areas in the raster's CRS."),
            "ellipsoidal": self.tr("Pixel centres inside each region; ellipsoidal pixel areas, row by row."),
            "intersection": self.tr("Ellipsoidal area of each loss polygon's intersection with each region "
                                    "(equal-area projection on the layer's ellipsoid)."),
        }[details["area_method"]]
        items = [(self.tr("Loss data"), details["loss_source"]), (self.tr("Regions"), details["regions_source"]),
                 (self.tr("Area method"), method)]
        if details.get("encoding"):
            items.append((self.tr("Encoding"), details["encoding"]))
        if details.get("area_field"):
            items.append((self.tr("Area field"), details["area_field"]))
        if details.get("group_field"):
            items.append((self.tr("Period field"), details["group_field"]))
        if rows and rows[0]["period_start"] and rows[-1]["period_end"]:
            items.append((self.tr("First day"), rows[0]["period_start"]))
            items.append((self.tr("Last day"), rows[-1]["period_end"]))
        return items


def region_summary_report(rows, regions, details, operations, period_kind, extra_parts=()):
    """The whole HTML text of the region summary report (extra_parts: sections before the method)."""
    return RegionSummaryReport().build(rows, regions, details, operations, period_kind, extra_parts)
