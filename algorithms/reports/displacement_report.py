"""Sentences and the HTML report of miningloss:displacement."""

import datetime

from osgeo import ogr
from qgis.PyQt.QtCore import QCoreApplication

from ..core.periods import from_int
from ..core.regions.displacement import compass
from ..regions.displacement_styles import zone_style_labels
from ..regions.summary_common import locale_formatter, report_language
from . import report

translate = QCoreApplication.translate


def direction(bearing):
    """Translated 8-point compass direction of a bearing."""
    names = {
        "N": translate("DisplacementReport", "N"),
        "NE": translate("DisplacementReport", "NE"),
        "E": translate("DisplacementReport", "E"),
        "SE": translate("DisplacementReport", "SE"),
        "S": translate("DisplacementReport", "S"),
        "SW": translate("DisplacementReport", "SW"),
        "W": translate("DisplacementReport", "W"),
        "NW": translate("DisplacementReport", "NW"),
    }
    return names[compass(bearing)]


def overlap_word(row):
    """How much of a zone lies in the operation's area: mostly (inside_operation), partly (distance 0), no."""
    if row["inside_operation"]:
        return translate("DisplacementReport", "mostly")
    if float(row["distance_km"]) == 0:
        return translate("DisplacementReport", "partly")
    return translate("DisplacementReport", "no")


def _signed(fmt, value, decimals):
    text = fmt.cell(abs(float(value)), decimals)
    return ("+" if value > 0 else "\u2212" if value < 0 else "") + text


def headline(name, inside, rows, fmt):
    """'Inside <operation>: -92 % (900 -> 67 ha); loss rose most in X, 34 km NE, +120 ha.'"""
    before, after = inside
    if before > 0:
        inside_text = translate(
            "DisplacementReport", "inside {name}: {change} % ({before} ha before, {after} ha after)"
        ).format(
            name=name,
            change=_signed(fmt, 100.0 * (after - before) / before, 0),
            before=fmt.cell(before, 1),
            after=fmt.cell(after, 1),
        )
    else:
        inside_text = translate("DisplacementReport", "inside {name}: no loss before, {after} ha after").format(
            name=name, after=fmt.cell(after, 1)
        )
    ranked = sorted((r for r in rows if r["rank"]), key=lambda r: r["rank"])
    if not ranked:
        return translate("DisplacementReport", "{inside}; loss rose in no zone outside the operation.").format(
            inside=inside_text
        )
    top = ranked[0]
    return translate(
        "DisplacementReport", "{inside}; loss rose most in {zone}, {distance} km {direction}, {change} ha."
    ).format(
        inside=inside_text,
        zone=top["zone"],
        distance=fmt.cell(float(top["distance_km"]), 0),
        direction=top["direction"],
        change=_signed(fmt, top["change_ha"], 1),
    )


def _rings(geometry):
    """Exterior rings of an ogr (multi)polygon as lists of (x km, y km)."""
    polygons = [geometry] if geometry.GetGeometryType() in (ogr.wkbPolygon, ogr.wkbPolygon25D) else \
        [geometry.GetGeometryRef(i) for i in range(geometry.GetGeometryCount())]
    rings = []
    for polygon in polygons:
        ring = polygon.GetGeometryRef(0) if polygon is not None else None
        if ring is not None:
            rings.append([(ring.GetX(k) / 1000.0, ring.GetY(k) / 1000.0) for k in range(ring.GetPointCount())])
    return rings


def zone_map(frame, zones, rows):
    """PNG map of the zones coloured by change, the operation's area and arrows to the top 5 (km from it)."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.collections import PolyCollection
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    labels = zone_style_labels()
    colours = {"TOP": "#a50026", "ROSE": "#fd8d3c", "FELL": "#74a9cf", "SAME": "#f0f0f0", "INSIDE": "#ffeb3b"}
    shapes, faces, arrows = [], [], []
    for zone, row in zip(zones, rows):
        planar = zone.geometry.Clone()
        planar.Transform(frame.to_plane)
        key = "INSIDE" if row["inside_operation"] else "TOP" if row["rank"] and row["rank"] <= 5 else \
            "ROSE" if row["change_ha"] > 0 else "FELL" if row["change_ha"] < 0 else "SAME"
        for ring in _rings(planar):
            shapes.append(ring)
            faces.append(colours[key])
        if key == "TOP":
            centre = planar.Centroid()
            arrows.append((centre.GetX() / 1000.0, centre.GetY() / 1000.0))
    figure = Figure(figsize=(7.5, 6.5))
    axes = figure.add_subplot(1, 1, 1)
    axes.add_collection(PolyCollection(shapes, facecolors=faces, edgecolors="#777777", linewidths=0.3))
    for ring in _rings(frame.area):
        axes.plot([p[0] for p in ring], [p[1] for p in ring], color="#222222", linewidth=1.5)
    origin = (frame.centre.GetX() / 1000.0, frame.centre.GetY() / 1000.0)
    for x, y in arrows:
        axes.annotate("", xy=(x, y), xytext=origin, arrowprops={"arrowstyle": "->", "color": "#111111", "lw": 1.5})
    axes.autoscale_view()
    axes.set_aspect("equal")
    axes.set_xlabel("km")
    axes.legend(handles=[Patch(facecolor=colours[k], edgecolor="#777777", label=labels[k]) for k in colours],
                fontsize=8, loc="best")
    return report.png(figure)


def displacement_report(name, start, source, before, after, inside, rows, details, frame=None, zones=None):
    fmt = locale_formatter()
    window = translate("DisplacementReport", "{first} to {last}")
    parts = [
        report.paragraph(
            translate(
                "DisplacementReport",
                "Operation {name}, started {start}. Before: {before}. After: {after}. Made "
                "offline by Mining Loss Monitor on {day}."
            ).format(
                name=name,
                start=fmt.cell(from_int(start)),
                before=window.format(first=fmt.cell(from_int(before[0])), last=fmt.cell(from_int(before[1]))),
                after=window.format(first=fmt.cell(from_int(after[0])), last=fmt.cell(from_int(after[1]))),
                day=fmt.cell(datetime.date.today()),
            )
        )
    ]
    summary = headline(name, inside, rows, fmt)
    parts.append(report.paragraph(summary[:1].upper() + summary[1:]))
    if frame is not None and zones:
        parts.append(zone_map(frame, zones, rows))
    ranked = sorted((r for r in rows if r["rank"]), key=lambda r: r["rank"])[:10]
    if ranked:
        parts.append(
            report.grouped_bar_chart(
                translate("DisplacementReport", "Where loss rose most"),
                [str(r["zone"]) for r in ranked],
                [
                    (translate("DisplacementReport", "Before"), "#6c757d", [r["before_ha"] for r in ranked]),
                    (translate("DisplacementReport", "After"), "#d7191c", [r["after_ha"] for r in ranked]),
                ],
                translate("DisplacementReport", "hectares"),
                fmt,
            )
        )
    parts.append(report.heading(translate("DisplacementReport", "Zones")))
    with_loss = [r for r in rows if r["before_ha"] or r["after_ha"] or r["inside_operation"]]
    ordered = sorted(with_loss, key=lambda r: (-r["change_ha"], float(r["distance_km"])))
    parts.append(
        report.table(
            [
                translate("DisplacementReport", "Rank"),
                translate("DisplacementReport", "Zone"),
                translate("DisplacementReport", "Distance (km)"),
                translate("DisplacementReport", "Direction"),
                translate("DisplacementReport", "Before (ha)"),
                translate("DisplacementReport", "After (ha)"),
                translate("DisplacementReport", "Change (ha)"),
                translate("DisplacementReport", "Change (%)"),
                translate("DisplacementReport", "In the operation's area"),
            ],
            [
                [
                    r["rank"],
                    r["zone"],
                    float(r["distance_km"]),
                    r["direction"],
                    r["before_ha"],
                    r["after_ha"],
                    r["change_ha"],
                    r["change_pct"],
                    overlap_word(r),
                ]
                for r in ordered
            ],
            fmt,
        )
    )
    parts.append(report.paragraph(translate(
        "DisplacementReport", "In the operation's area: «mostly» when at least half of the zone lies in it (the "
        "field inside_operation = 1; such zones are not ranked), «partly» when the zone touches or overlaps it "
        "(distance 0) with less than half inside, «no» otherwise."), note=True))
    if len(with_loss) < len(rows):
        parts.append(report.paragraph(translate(
            "DisplacementReport", "Sorted by change, largest rise first. {count} zones without loss before or after "
            "are not listed; the output layer has them.").format(count=len(rows) - len(with_loss)), note=True))
    parts.append(report.heading(translate("DisplacementReport", "Method")))
    parts.append(
        report.paragraph(
            translate(
                "DisplacementReport",
                "The same number of whole months before and after the operation's start, as many as asked and as "
                "the loss data cover (its first and last image, else its first and last loss date). "
                "Distance from the operation's area to each zone's nearest edge, bearing from its centroid to the "
                "zone's "
                "centroid, in an azimuthal equidistant projection centred on the operation. Areas as in 'Forest loss "
                "per "
                "region and period'."
            )
        )
    )
    parts.append(report.heading(translate("DisplacementReport", "Sources")))
    parts.append(report.paragraph("; ".join([details["loss_source"]] + ([source] if source else [])), note=True))
    return report.document(
        translate("DisplacementReport", "Where did loss go after the operation"), report_language(), parts
    )
