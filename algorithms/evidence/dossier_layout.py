"""The dossier's pages as QGIS print layouts, rendered one by one into a single PDF (memory stays flat)."""
import os
import textwrap

from qgis.core import (
    Qgis,
    QgsBasicNumericFormat,
    QgsContrastEnhancement,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsMultiBandColorRenderer,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QLocale, QMarginsF
from qgis.PyQt.QtGui import QColor, QFont, QPageSize, QPainter, QPdfWriter

from ..reports.report_locale import number_locale_name

NORTH_ARROW = "arrows/NorthArrow_02.svg"
FONT = "DejaVu Sans"
MONO = "DejaVu Sans Mono"


def north_arrow_path():
    """The north arrow SVG shipped with QGIS, or None."""
    from qgis.core import QgsApplication

    for folder in QgsApplication.svgPaths():
        path = os.path.join(folder, NORTH_ARROW)
        if os.path.exists(path):
            return path
    return None


class PdfPages:
    """A PDF written page by page; each page is a one-page A4 print layout."""

    def __init__(self, path, dpi=150):
        self.dpi = dpi
        self.writer = QPdfWriter(path)
        self.writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        self.writer.setResolution(dpi)
        self.writer.setCreator("Mining Loss Monitor")
        self.painter = QPainter(self.writer)
        self.pages = 0

    def new_layout(self):
        layout = QgsPrintLayout(QgsProject.instance())
        layout.initializeDefaults()
        layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
        layout.renderContext().setDpi(self.dpi)
        layout.renderContext().setTextRenderFormat(Qgis.TextRenderFormat.AlwaysText)
        return layout

    def add(self, layout):
        if self.pages:
            self.writer.newPage()
        QgsLayoutExporter(layout).renderPage(self.painter, 0)
        self.pages += 1

    def close(self):
        if self.painter is not None:
            self.painter.end()
        self.painter = self.writer = None


def label_font(size=9.0, bold=False, mono=False):
    font = QFont(MONO if mono else FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def set_label_format(item, font, colour):
    """Font and colour of a layout label: QgsTextFormat since QGIS 3.24, setFont/setFontColor before."""
    if hasattr(item, "setTextFormat"):
        text_format = QgsTextFormat.fromQFont(font)
        text_format.setColor(QColor(colour))
        item.setTextFormat(text_format)
    else:
        item.setFont(font)
        item.setFontColor(QColor(colour))


def label(layout, text, x, y, width, height, size=9.0, bold=False, mono=False, colour="#222222", margin=None):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    set_label_format(item, label_font(size, bold, mono), colour)
    if margin is not None:
        item.setMargin(margin)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y))
    item.attemptResize(QgsLayoutSize(width, height))
    return item


def wrapped_lines(text, font, width):
    """How many lines a label of this width (mm) breaks the text into, word by word."""
    count = 0
    for paragraph in str(text).split("\n"):
        line = ""
        count += 1
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and QgsLayoutUtils.textWidthMM(font, candidate) > width:
                count += 1
                line = word
            else:
                line = candidate
    return count


def monospace_lines(lines, width, size=7.0):
    """Lines of monospace text cut to the width (mm); a continued line is indented."""
    per_line = max(int(width / QgsLayoutUtils.textWidthMM(label_font(size, mono=True), "M")) - 1, 10)
    return [part for line in lines for part in textwrap.wrap(line, per_line, subsequent_indent="  ",
                                                             break_on_hyphens=False) or [""]]


def _fact_plan(facts, width, size, gap):
    """(name column width, [row heights], total height) of the facts at a font size."""
    bold, plain = label_font(size, bold=True), label_font(size)
    name_width = min(max(QgsLayoutUtils.textWidthMM(bold, f"{name}:") for name, _ in facts) + 2, width * 0.4)
    line = QgsLayoutUtils.fontHeightMM(plain) * 1.2
    heights = [max(wrapped_lines(f"{name}:", bold, name_width), wrapped_lines(value, plain, width - name_width))
               * line + 0.5 for name, value in facts]
    return name_width, heights, sum(heights) + gap * len(heights)


def fact_rows(layout, facts, x, y, width, height=38.0, size=9.0, gap=1.0):
    """Name and value of each fact side by side on one row, a row as tall as its longer side, in a smaller font
    when they would not fit the height (mm); the y below."""
    while True:
        name_width, heights, total = _fact_plan(facts, width, size, gap)
        if total <= height or size <= 6.5:
            break
        size -= 0.5
    for (name, value), row_height in zip(facts, heights):
        label(layout, f"{name}:", x, y, name_width, row_height, size=size, bold=True, margin=0)
        label(layout, value, x + name_width, y, width - name_width, row_height, size=size, margin=0)
        y += row_height + gap
    return y


def map_item(layout, layers, crs, extent, x, y, width, height):
    """A framed map of the layers (top first) over an extent (minx, maxx, miny, maxy) in crs."""
    item = QgsLayoutItemMap(layout)
    item.setLayers(layers)
    item.setCrs(crs)
    item.setFrameEnabled(True)
    item.setKeepLayerSet(True)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y))
    item.attemptResize(QgsLayoutSize(width, height))
    minx, maxx, miny, maxy = extent
    # grow the extent to the item's shape, so setExtent keeps the item's size
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    half_width, half_height = (maxx - minx) / 2, (maxy - miny) / 2
    if half_width / width < half_height / height:
        half_width = half_height * width / height
    else:
        half_height = half_width * height / width
    item.setExtent(QgsRectangle(cx - half_width, cy - half_height, cx + half_width, cy + half_height))
    return item


def decorate(layout, item, x, y, width, height):
    """North arrow in the map's top right corner and a scale bar under it."""
    path = north_arrow_path()
    if path:
        arrow = QgsLayoutItemPicture(layout)
        arrow.setPicturePath(path)
        layout.addLayoutItem(arrow)
        arrow.attemptMove(QgsLayoutPoint(x + width - 10, y + 2))
        arrow.attemptResize(QgsLayoutSize(8, 12))
    bar = QgsLayoutItemScaleBar(layout)
    bar.setLinkedMap(item)
    bar.setStyle("Single Box")
    text = QgsTextFormat()
    text.setFont(QFont(FONT))
    text.setSize(7)
    bar.setTextFormat(text)
    bar.setNumericFormat(report_numbers())
    bar.applyDefaultSize()
    bar.setHeight(2)
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(x, y + height + 1.5))


def report_numbers():
    """The scale bar's numbers with the reports' separators (QGIS's locale setting): its own default follows Qt's
    locale, which qgis_process leaves in English («1,500 m» in a Spanish dossier)."""
    locale = QLocale(number_locale_name())
    numbers = QgsBasicNumericFormat()
    numbers.setShowThousandsSeparator(True)
    numbers.setThousandsSeparator(locale.groupSeparator())
    numbers.setDecimalSeparator(locale.decimalPoint())
    return numbers


def true_colour(layer, bands, limits):
    """Red, green, blue bands of a raster layer with fixed DN limits (the stretch shared by both chips)."""
    renderer = QgsMultiBandColorRenderer(layer.dataProvider(), bands[0], bands[1], bands[2])
    setters = (renderer.setRedContrastEnhancement, renderer.setGreenContrastEnhancement,
               renderer.setBlueContrastEnhancement)
    for setter, (low, high) in zip(setters, limits):
        enhancement = QgsContrastEnhancement(layer.dataProvider().dataType(1))
        enhancement.setContrastEnhancementAlgorithm(QgsContrastEnhancement.ContrastEnhancementAlgorithm.StretchToMinimumMaximum)
        enhancement.setMinimumValue(low)
        enhancement.setMaximumValue(high)
        setter(enhancement)
    layer.setRenderer(renderer)


def outline_layer(geometries, crs, colour="#ffea00", width=0.6):
    """A memory layer drawing polygons as outlines only."""
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs.authid() or 'EPSG:4326'}", "patches", "memory")
    if not crs.authid():
        layer.setCrs(crs)
    features = []
    for geometry in geometries:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry(geometry))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": colour, "outline_width": str(width),
                                         "outline_width_unit": "MM"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def page_footer(layout, text, page_text):
    label(layout, text, 12, 282, 150, 8, size=6.5, colour="#555555")
    label(layout, page_text, 168, 282, 30, 6, size=7, colour="#555555")
