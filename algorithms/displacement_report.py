"""Sentences and the HTML report of miningloss:displacement."""
import datetime

from qgis.PyQt.QtCore import QCoreApplication

from . import report
from .core.displacement import compass
from .core.periods import from_int
from .summary_common import locale_formatter, report_language


def _tr(text):
    return QCoreApplication.translate("DisplacementReport", text)


def direction(bearing):
    """Translated 8-point compass direction of a bearing."""
    names = {"N": _tr("N"), "NE": _tr("NE"), "E": _tr("E"), "SE": _tr("SE"), "S": _tr("S"), "SW": _tr("SW"),
             "W": _tr("W"), "NW": _tr("NW")}
    return names[compass(bearing)]


def _signed(fmt, value, decimals):
    text = fmt.cell(abs(float(value)), decimals)
    return ("+" if value > 0 else "\u2212" if value < 0 else "") + text


def headline(name, inside, rows, fmt):
    """'Inside <operation>: -92 % (900 -> 67 ha); loss rose most in X, 34 km NE, +120 ha.'"""
    before, after = inside
    if before > 0:
        inside_text = _tr("inside {name}: {change} % ({before} ha before, {after} ha after)").format(
            name=name, change=_signed(fmt, 100.0 * (after - before) / before, 0), before=fmt.cell(before, 1),
            after=fmt.cell(after, 1))
    else:
        inside_text = _tr("inside {name}: no loss before, {after} ha after").format(name=name,
                                                                                 after=fmt.cell(after, 1))
    ranked = sorted((r for r in rows if r["rank"]), key=lambda r: r["rank"])
    if not ranked:
        return _tr("{inside}; loss rose in no zone outside the operation.").format(inside=inside_text)
    top = ranked[0]
    return _tr("{inside}; loss rose most in {zone}, {distance} km {direction}, {change} ha.").format(
        inside=inside_text, zone=top["zone"], distance=fmt.cell(float(top["distance_km"]), 0),
        direction=top["direction"], change=_signed(fmt, top["change_ha"], 1))


def displacement_report(name, start, source, before, after, inside, rows, details):
    fmt = locale_formatter()
    window = _tr("{first} to {last}")
    parts = [report.paragraph(_tr("Operation {name}, started {start}. Before: {before}. After: {after}. Made "
                                  "offline by Mining Loss Monitor on {day}.").format(
        name=name, start=fmt.cell(from_int(start)),
        before=window.format(first=fmt.cell(from_int(before[0])), last=fmt.cell(from_int(before[1]))),
        after=window.format(first=fmt.cell(from_int(after[0])), last=fmt.cell(from_int(after[1]))),
        day=fmt.cell(datetime.date.today())))]
    parts.append(report.paragraph(headline(name, inside, rows, fmt)))
    ranked = sorted((r for r in rows if r["rank"]), key=lambda r: r["rank"])[:10]
    if ranked:
        parts.append(report.grouped_bar_chart(_tr("Where loss rose most"), [str(r["zone"]) for r in ranked], [
            (_tr("Before"), "#6c757d", [r["before_ha"] for r in ranked]),
            (_tr("After"), "#d7191c", [r["after_ha"] for r in ranked])], _tr("hectares")))
    parts.append(report.heading(_tr("Zones")))
    ordered = sorted(rows, key=lambda r: (r["rank"] is None, r["rank"] or 0, -r["change_ha"]))
    parts.append(report.table(
        [_tr("Rank"), _tr("Zone"), _tr("Distance (km)"), _tr("Direction"), _tr("Before (ha)"), _tr("After (ha)"),
         _tr("Change (ha)"), _tr("Change (%)"), _tr("Inside the operation")],
        [[r["rank"], r["zone"], float(r["distance_km"]), r["direction"], r["before_ha"], r["after_ha"],
          r["change_ha"], r["change_pct"], _tr("yes") if r["inside_operation"] else _tr("no")] for r in ordered],
        fmt))
    parts.append(report.heading(_tr("Method")))
    parts.append(report.paragraph(_tr(
        "Equal windows before and after the operation's start, cut to the loss data's first and last dates. "
        "Distance from the operation's area to each zone's nearest edge, bearing from its centroid to the zone's "
        "centroid, in an azimuthal equidistant projection centred on the operation. Areas as in 'Forest loss per "
        "region and period'.")))
    parts.append(report.heading(_tr("Sources")))
    parts.append(report.paragraph("; ".join([details["loss_source"]] + ([source] if source else [])), note=True))
    return report.document(_tr("Where did loss go after the operation"), report_language(), parts)
