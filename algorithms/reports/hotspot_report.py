"""The HTML report of miningloss:hotspots: category map, loss per period, the cells that changed most."""

import datetime

from qgis.PyQt.QtCore import QCoreApplication

from ..regions.summary_common import locale_formatter, report_language
from . import report

COLOURS = {
    "new": "#ff7f00",
    "consecutive": "#fdbf6f",
    "intensifying": "#b10026",
    "persistent": "#e31a1c",
    "diminishing": "#fc9272",
    "sporadic": "#cab2d6",
    "oscillating": "#6a3d9a",
    "historical": "#969696",
    "none": "#f0f0f0",
}


translate = QCoreApplication.translate


def category_labels():
    """Translated legend of each category, in DESIGN.md order."""
    return {
        "new": translate("HotspotReport", "New hot spot"),
        "consecutive": translate("HotspotReport", "Consecutive hot spot"),
        "intensifying": translate("HotspotReport", "Intensifying hot spot"),
        "persistent": translate("HotspotReport", "Persistent hot spot"),
        "diminishing": translate("HotspotReport", "Diminishing hot spot"),
        "sporadic": translate("HotspotReport", "Sporadic hot spot"),
        "oscillating": translate("HotspotReport", "Oscillating hot spot"),
        "historical": translate("HotspotReport", "Historical hot spot"),
        "none": translate("HotspotReport", "No pattern"),
    }


def category_map(grid, keep, cells):
    """PNG map of the kept hexagons coloured by category (equal-area plane, north up)."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.collections import PolyCollection
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    shapes = []
    for i in keep.tolist():
        polygon = grid.plane_polygon(i)  # keep the owner alive while its ring is read
        ring = polygon.GetGeometryRef(0)
        shapes.append([(ring.GetX(k) / 1000.0, ring.GetY(k) / 1000.0) for k in range(ring.GetPointCount())])
    figure = Figure(figsize=(8, 6.5))
    axes = figure.add_subplot(1, 1, 1)
    axes.add_collection(
        PolyCollection(shapes, facecolors=[COLOURS[c["category"]] for c in cells], edgecolors="#999999", linewidths=0.2)
    )
    axes.autoscale_view()
    axes.set_aspect("equal")
    axes.set_xlabel("km")
    labels = category_labels()
    present = [name for name in labels if any(c["category"] == name for c in cells)]
    axes.legend(
        handles=[Patch(facecolor=COLOURS[n], edgecolor="#999999", label=labels[n]) for n in present],
        fontsize=8,
        loc="best"
    )
    return report.png(figure)


def hotspot_report(grid, keep, cells, labels, cube, details, cell_km2):
    fmt = locale_formatter()
    names = category_labels()
    parts = [
        report.paragraph(
            translate(
                "HotspotReport",
                "Emerging hot spots of forest loss on {count} hexagons of {area} km², {first} to "
                "{last}, made offline by Mining Loss Monitor on {day}."
            ).format(
                count=fmt.cell(len(grid)),
                area=fmt.cell(float(cell_km2)),
                first=labels[0],
                last=labels[-1],
                day=fmt.cell(datetime.date.today()),
            )
        )
    ]
    parts.append(report.heading(translate("HotspotReport", "Categories")))
    parts.append(category_map(grid, keep, cells))
    counts = [
        [names[n], sum(1 for c in cells if c["category"] == n), sum(c["total_ha"] for c in cells if c["category"] == n)]
        for n in names
    ]
    parts.append(
        report.table(
            [
                translate("HotspotReport", "Category"),
                translate("HotspotReport", "Cells"),
                translate("HotspotReport", "Loss (ha)"),
            ],
            [row for row in counts if row[1]],
            fmt,
        )
    )
    parts.append(
        report.bar_chart(
            translate("HotspotReport", "Loss in all cells per period"),
            labels,
            [(translate("HotspotReport", "Forest loss"), "#b2182b", [float(v) for v in cube.sum(axis=0)])],
            translate("HotspotReport", "hectares"),
            fmt=fmt,
        )
    )
    parts.append(report.heading(translate("HotspotReport", "Cells that changed most (last period against the first)")))
    rows = []
    for position, cell in zip(keep.tolist(), cells):
        first, last = float(cube[position, 0]), float(cube[position, -1])
        # the id as the cells layer has it (1470, not 1.470)
        rows.append([str(cell["cell_id"]), names[cell["category"]], first, last, last - first, cell["total_ha"],
                     position])
    rows.sort(key=lambda row: -abs(row[4]))
    rows = rows[:15]
    for row in rows:
        lon, lat = grid.lonlat(row[-1])
        row[-1] = f"{lat:.4f}, {lon:.4f}"
    parts.append(
        report.table(
            [
                translate("HotspotReport", "Cell"),
                translate("HotspotReport", "Category"),
                translate("HotspotReport", "First period (ha)"),
                translate("HotspotReport", "Last period (ha)"),
                translate("HotspotReport", "Change (ha)"),
                translate("HotspotReport", "Total (ha)"),
                translate("HotspotReport", "Centre (lat, lon)"),
            ],
            rows,
            fmt,
        )
    )
    parts.append(report.heading(translate("HotspotReport", "Method")))
    parts.append(
        report.paragraph(
            translate(
                "HotspotReport",
                "Getis-Ord Gi* per period on each hexagon and its six neighbours (binary weights); hot spot: Gi* > 0 "
                "with a two-sided p < {p}; Mann-Kendall trend on each cell's Gi* z-scores (p < {p}); categories as "
                "in ESRI's Emerging Hot Spot Analysis ('How Emerging Hot Spot Analysis works', ArcGIS Pro "
                "documentation). Equal-area hexagons on the layer's ellipsoid."
            ).format(p=fmt.number(0.05, 2))
        )
    )
    parts.append(report.heading(translate("HotspotReport", "Sources")))
    parts.append(report.paragraph(details["loss_source"], note=True))
    return report.document(translate("HotspotReport", "Emerging hot spots of forest loss"), report_language(), parts)
