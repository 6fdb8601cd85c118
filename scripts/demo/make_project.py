"""Write demo_output/mining_loss_demo.qgz: the styled demo outputs over true-colour images, ready to read.

Usage: make_project.py FOLDER [LANGUAGE [FILE NAME]]. The project opens zoomed on the detections, with the after
image in true colour under them (the before image one click away), layer names in the language of the QGIS that
builds it (or LANGUAGE) and with their dates, masked pixels drawn grey with a legend entry, the loss dates as dates,
and the timeline dock shown.
"""
import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))

BEFORE_STACK = "S2_L2A_20180710_LaPampa_stack.tif"
AFTER_STACK = "S2_L2A_20190805_LaPampa_stack.tif"


def true_colour(layer, top=1500):
    """Red, green, blue = bands 3, 2, 1 of the stack (B4, B3, B2), one stretch 0..top for the three bands so
    forest stays green and tailings pale (a per-band stretch turns the scene brown)."""
    from qgis.core import QgsContrastEnhancement, QgsMultiBandColorRenderer

    renderer = QgsMultiBandColorRenderer(layer.dataProvider(), 3, 2, 1)
    for band, setter in ((3, renderer.setRedContrastEnhancement), (2, renderer.setGreenContrastEnhancement),
                         (1, renderer.setBlueContrastEnhancement)):
        enhancement = QgsContrastEnhancement(layer.dataProvider().dataType(band))
        enhancement.setContrastEnhancementAlgorithm(QgsContrastEnhancement.ContrastEnhancementAlgorithm.StretchToMinimumMaximum)
        enhancement.setMinimumValue(0)
        enhancement.setMaximumValue(top)
        setter(enhancement)
    layer.setRenderer(renderer)
    return layer


def translate(context, text):
    from qgis.PyQt.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


# where the outputs' legend labels are translated (the algorithms' tr() contexts)
LEGEND_CONTEXTS = ("DetectTimeSeries", "DetectTwoDates", "IntegrateAlerts", "Vectorize", "DetectRadar", "LossStyles")


def _in_language(label):
    """An English legend label in the project's language (a detection run in QGIS's language wrote it)."""
    for context in LEGEND_CONTEXTS:
        text = translate(context, label)
        if text != label:
            return text
    return label


def legend_in_language(layer):
    """The legend of a styled output in the project's language: class names translated, loss dates written
    as the language writes them ("15 sep 2019"), whatever language the detection ran in."""
    import datetime

    from mining_loss_monitor.algorithms.reports.report_locale import ReportDates
    from qgis.core import QgsCategorizedSymbolRenderer, QgsPalettedRasterRenderer, QgsSingleBandPseudoColorRenderer

    def day(value):
        value = int(value)
        return ReportDates().day(datetime.date(value // 10000, value // 100 % 100, value % 100))

    renderer = layer.renderer()
    if isinstance(renderer, QgsPalettedRasterRenderer):
        for entry in renderer.classes():
            renderer.setLabel(entry.value, _in_language(entry.label))
    elif isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(index, _in_language(category.label()))
    elif isinstance(renderer, QgsSingleBandPseudoColorRenderer) and renderer.shader() is not None:
        ramp = renderer.shader().rasterShaderFunction()
        if not 19000101 <= ramp.minimumValue() <= ramp.maximumValue() <= 29991231:
            return
        items = ramp.colorRampItemList()
        for item in items:
            item.label = day(item.value)
        ramp.setColorRampItemList(items)
        legend = ramp.legendSettings()
        legend.setMinimumLabel(day(ramp.minimumValue()))
        legend.setMaximumLabel(day(ramp.maximumValue()))
        ramp.setLegendSettings(legend)


def main(folder, locale=None, file_name="mining_loss_demo.qgz"):
    from qgis.core import (
        QgsApplication,
        QgsCoordinateReferenceSystem,
        QgsFillSymbol,
        QgsProject,
        QgsRasterLayer,
        QgsRectangle,
        QgsReferencedRectangle,
        QgsSingleSymbolRenderer,
        QgsVectorLayer,
    )
    from qgis.gui import QgsMapCanvas

    package = tempfile.mkdtemp()
    os.symlink(ROOT, os.path.join(package, "mining_loss_monitor"))
    sys.path.insert(0, package)

    app = QgsApplication([], True)
    app.initQgis()
    from mining_loss_monitor.algorithms.detection.vectorize import enable_loss_date_time
    from mining_loss_monitor.algorithms.parameters.styles import apply_style
    from mining_loss_monitor.plugin.i18n import install_translator

    install_translator(locale)
    folder = os.path.abspath(folder)
    sample = os.path.join(ROOT, "resources", "sample")
    project = QgsProject.instance()
    crs = QgsCoordinateReferenceSystem("EPSG:32719")
    project.setCrs(crs)
    project.writeEntryBool("Paths", "/Absolute", False)
    root = project.layerTreeRoot()

    def add(layer, style=None, visible=True):
        if not layer.isValid():
            raise SystemExit(f"cannot load {layer.source()}")
        if style and os.path.exists(style):
            apply_style(layer, style)
            legend_in_language(layer)
        project.addMapLayer(layer, False)
        node = root.addLayer(layer)  # appended: the first added is drawn on top
        node.setItemVisibilityChecked(visible)
        return layer

    operations = add(QgsVectorLayer(os.path.join(sample, "operations.gpkg") + "|layername=operations",
                                    translate("DemoProject", "Enforcement operations"), "ogr"),
                     os.path.join(ROOT, "resources", "styles", "operations.qml"))
    polygons = add(QgsVectorLayer(os.path.join(folder, "series_loss_polygons.gpkg"),
                                  translate("DemoProject", "Dated loss polygons"), "ogr"),
                   os.path.join(folder, "series_loss_polygons.qml"))
    enable_loss_date_time(polygons)
    districts = add(QgsVectorLayer(os.path.join(sample, "districts.gpkg") + "|layername=districts",
                                   translate("DemoProject", "Districts (INEI 2007)"), "ogr"))
    districts.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "#616161", "outline_width": "0.4"})))
    two_dates = add(QgsRasterLayer(os.path.join(folder, "loss_classes_20180710_20190805.tif"),
                                   translate("DemoProject", "Loss classes")),
                    os.path.join(folder, "loss_classes_20180710_20190805.qml"))
    if "→" not in two_dates.name():
        two_dates.setName(f"{two_dates.name()} 2018-07-10 → 2019-08-05")
    for name, title in (("series_loss_classes", translate("DemoProject", "Loss classes (series)")),
                        ("series_loss_dates", translate("DemoProject", "Loss dates (series)")),
                        ("series_loss_confidence", translate("DemoProject", "Loss confidence (series)"))):
        add(QgsRasterLayer(os.path.join(folder, name + ".tif"), title), os.path.join(folder, name + ".qml"),
            visible=False)
    for name, title in (("integrated_loss_dates", translate("DemoProject", "Loss dates (optical + radar)")),
                        ("integrated_alert_source", translate("DemoProject", "Alert source (optical, radar)"))):
        if os.path.exists(os.path.join(folder, name + ".tif")):  # the radar part of the demo
            add(QgsRasterLayer(os.path.join(folder, name + ".tif"), title), os.path.join(folder, name + ".qml"),
                visible=False)
    after = add(true_colour(QgsRasterLayer(os.path.join(sample, AFTER_STACK),
                                           translate("DemoProject", "Sentinel-2 after, true colour 2019-08-05"))))
    before = QgsRasterLayer(os.path.join(sample, BEFORE_STACK),
                            translate("DemoProject", "Sentinel-2 before, true colour 2018-07-10"))
    add(true_colour(before), visible=False)

    extent = QgsRectangle(after.extent())
    extent.scale(1.05)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))
    canvas = QgsMapCanvas()
    canvas.setObjectName("theMapCanvas")  # the canvas QGIS restores from the project
    canvas.setDestinationCrs(crs)
    canvas.resize(1000, 700)
    canvas.setLayers([layer for layer in project.mapLayers().values()])
    canvas.setExtent(extent)
    project.writeEntry("mining_loss_monitor", "operations_layer", operations.id())
    project.writeEntry("mining_loss_monitor", "loss_layer", polygons.id())
    project.writeEntryBool("mining_loss_monitor", "show_dock", True)
    path = os.path.join(folder, file_name)
    if not project.write(path):
        raise SystemExit(f"cannot write {path}")
    print(path)
    del canvas
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "demo_output", (sys.argv[2] if len(sys.argv) > 2 else None) or None,
         *sys.argv[3:4])
