"""Write demo_output/mining_loss_demo.qgz: the styled demo outputs, the sample operations and the dock settings."""
import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))


def main(folder):
    from qgis.core import (
        QgsApplication,
        QgsCoordinateReferenceSystem,
        QgsFillSymbol,
        QgsProject,
        QgsRasterLayer,
        QgsSingleSymbolRenderer,
        QgsVectorLayer,
    )

    package = tempfile.mkdtemp()
    os.symlink(ROOT, os.path.join(package, "mining_loss_monitor"))
    sys.path.insert(0, package)
    from mining_loss_monitor.algorithms.vectorize import enable_loss_date_time

    app = QgsApplication([], False)
    app.initQgis()
    folder = os.path.abspath(folder)
    sample = os.path.join(ROOT, "resources", "sample")
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:32719"))
    project.writeEntryBool("Paths", "/Absolute", False)

    def add(layer, style=None):
        if not layer.isValid():
            raise SystemExit(f"cannot load {layer.source()}")
        if style and os.path.exists(style):
            layer.loadNamedStyle(style)
        project.addMapLayer(layer)
        return layer

    districts = add(QgsVectorLayer(os.path.join(sample, "districts.gpkg") + "|layername=districts",
                                   "Districts (INEI 2007)", "ogr"))
    districts.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "#616161", "outline_width": "0.4"})))
    for name, title in (("series_loss_confidence", "Loss confidence (series)"),
                        ("series_loss_dates", "Loss dates (series)"),
                        ("series_loss_classes", "Loss classes (series)"),
                        ("loss_classes_20180710_20190805", "Loss classes 2018-07-10 / 2019-08-05")):
        add(QgsRasterLayer(os.path.join(folder, name + ".tif"), title), os.path.join(folder, name + ".qml"))
    polygons = add(QgsVectorLayer(os.path.join(folder, "series_loss_polygons.gpkg"), "Dated loss polygons", "ogr"),
                   os.path.join(folder, "series_loss_polygons.qml"))
    enable_loss_date_time(polygons)
    operations = add(QgsVectorLayer(os.path.join(sample, "operations.gpkg") + "|layername=operations",
                                    "Operations", "ogr"), os.path.join(ROOT, "resources", "styles", "operations.qml"))
    project.writeEntry("mining_loss_monitor", "operations_layer", operations.id())
    project.writeEntry("mining_loss_monitor", "loss_layer", polygons.id())
    path = os.path.join(folder, "mining_loss_demo.qgz")
    if not project.write(path):
        raise SystemExit(f"cannot write {path}")
    print(path)
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "demo_output")
