"""Help lines (dialog tooltip, qgis_process help) for the parameters only hotspots and displacement have."""
from qgis.PyQt.QtCore import QCoreApplication

translate = QCoreApplication.translate


def grid_help_texts():
    """{(algorithm class name, key): help} in the current language."""
    return {
        ("EmergingHotSpots", "CELL_KM2"): translate(
            "GridHelp", "Area of each hexagon in km² (equal-area on the layer's ellipsoid). At least 10 raster "
                        "pixels; 25 km² suits a department, 1 to 5 km² a mining front."),
        ("EmergingHotSpots", "OUTPUT"): translate(
            "GridHelp", "The hexagons with loss: total hectares, hot-spot category, Mann-Kendall trend (tau, p), "
                        "first and last period with loss. Styled by category."),
        ("EmergingHotSpots", "OUTPUT_TABLE"): translate(
            "GridHelp", "One hexagon per cell and period with its hectares, Gi* z-score and hot flag; "
                        "period_start and period_end drive the Temporal Controller."),
        ("Displacement", "ZONES"): translate(
            "GridHelp", "Zones to measure (districts, native communities, concessions...). Empty: hexagons of "
                        "the size below."),
        ("Displacement", "ZONE_FIELD"): translate("GridHelp", "The field that names each zone in the output."),
        ("Displacement", "CELL_KM2"): translate(
            "GridHelp", "Without zones: area of each hexagon in km² (at least 10 raster pixels)."),
        ("Displacement", "RADIUS_KM"): translate(
            "GridHelp", "Zones farther than this from the operation's area (nearest edge) are left out."),
        ("Displacement", "WINDOW_MONTHS"): translate(
            "GridHelp", "Months counted before and after the operation's start; both windows are shortened "
                        "equally when the loss data cover less."),
        ("Displacement", "TOP"): translate(
            "GridHelp", "How many of the zones where loss rose most get a line from the operation."),
        ("Displacement", "OUTPUT"): translate(
            "GridHelp", "The zones with distance, bearing, hectares before and after, change and rank; styled "
                        "by change."),
        ("Displacement", "OUTPUT_LINES"): translate(
            "GridHelp", "Lines from the operation's centroid to the zones where loss rose most."),
    }


def add_grid_help(algorithm):
    """Give the algorithm's parameters that still lack help their help line."""
    texts = grid_help_texts()
    for parameter in algorithm.parameterDefinitions():
        text = texts.get((type(algorithm).__name__, parameter.name()))
        if text and not parameter.help():
            parameter.setHelp(text)
