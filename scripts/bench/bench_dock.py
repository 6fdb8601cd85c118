"""Time the timeline model on a loss layer (run by bench.py in its own QGIS process): prints a DOCK line."""
import datetime
import os
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(loss_path):
    from qgis.core import (
        QgsApplication,
        QgsCoordinateReferenceSystem,
        QgsFeature,
        QgsGeometry,
        QgsProject,
        QgsTemporalNavigationObject,
        QgsVectorLayer,
    )
    from qgis.gui import QgsMapCanvas

    app = QgsApplication([], True)
    app.initQgis()
    folder = tempfile.mkdtemp()
    os.symlink(ROOT, os.path.join(folder, "mining_loss_monitor"))
    sys.path.insert(0, folder)
    from mining_loss_monitor.plugin.timeline_model import TimelineModel

    project = QgsProject.instance()
    loss = QgsVectorLayer(loss_path, "loss", "ogr")
    operations = QgsVectorLayer("MultiPolygon?crs=EPSG:32719&field=name:string&field=start_date:date"
                                "&field=end_date:date", "operations", "memory")
    feature = QgsFeature(operations.fields())
    feature.setAttributes(["Operation", datetime.date(2020, 2, 1), None])
    feature.setGeometry(QgsGeometry.fromWkt("MULTIPOLYGON (((320000 8520000,360000 8520000,360000 8560000,"
                                            "320000 8560000,320000 8520000)))"))
    operations.dataProvider().addFeatures([feature])
    project.addMapLayers([loss, operations])
    canvas = QgsMapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32719"))
    canvas.setLayers([loss])
    navigation = QgsTemporalNavigationObject()  # the canvas does not own it: keep a reference
    canvas.setTemporalController(navigation)
    model = TimelineModel(canvas, project)
    model.set_operations_layer(operations)
    model.set_loss_layer(loss)

    def timed(action, repeat=5):
        values = []
        for _ in range(repeat):
            start = time.perf_counter()
            action()
            values.append(time.perf_counter() - start)
        return statistics.median(values)

    whole = timed(model.rebuild_histogram)
    model.selected = "Operation"
    model.only_inside = True
    inside = timed(model.rebuild_histogram, 3)
    days = iter(datetime.date(2018, 1, 1) + datetime.timedelta(days=30 * i) for i in range(100))
    cursor = timed(lambda: model.set_cursor(next(days)), 20) * 1000
    print(f"DOCK {whole:.4f} {inside:.4f} {cursor:.3f}")
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1])
