"""Run by tests/project/test_dialogs.py in its own process (a crash must fail a test, not the suite).

Opens every miningloss algorithm's real dialog (standard and batch), with a raster and with polygons as the
active layer, sets every layer input to every kind of layer it accepts through the dialog's widgets (as a
layer, a layer id and a file path), lets dependent widgets refresh, then runs regionsummary with the values
the dialog's widgets give. Prints progress lines and one RESULT line of JSON.
"""
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_PACKAGE_DIR = Path(tempfile.mkdtemp(prefix="mlm_dlg_"))
(_PACKAGE_DIR / "mining_loss_monitor").symlink_to(ROOT, target_is_directory=True)
sys.path.insert(0, str(_PACKAGE_DIR))

SAMPLE = ROOT / "resources" / "sample"
DATA = ROOT / "tests" / "data"


def _layers():
    from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer

    layers = {
        "raster": QgsRasterLayer(str(SAMPLE / "S2_L2A_20190805_LaPampa_stack.tif"), "stack"),
        "polygons": QgsVectorLayer(str(SAMPLE / "districts.gpkg"), "districts", "ogr"),
        "loss_polygons": QgsVectorLayer(str(DATA / "amw_mining_mdd_2018_2025Q3.gpkg"), "amw", "ogr"),
        "operations": QgsVectorLayer(str(SAMPLE / "operations.gpkg") + "|layername=operations", "operations", "ogr"),
        "points": QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "points", "memory"),
    }
    for key, layer in layers.items():
        assert layer.isValid(), key
    QgsProject.instance().addMapLayers(list(layers.values()))
    return layers


def _accepts(parameter, layer):
    """Whether the dialog offers this layer for this parameter (what a user can pick)."""
    from qgis.core import QgsProcessing, QgsRasterLayer, QgsVectorLayer, QgsWkbTypes

    kind = parameter.type()
    is_raster = isinstance(layer, QgsRasterLayer)
    geometry = QgsWkbTypes.geometryType(layer.wkbType()) if isinstance(layer, QgsVectorLayer) else None
    if kind in ("raster",):
        return is_raster
    if kind == "multilayer":
        return is_raster if parameter.layerType() == QgsProcessing.SourceType.TypeRaster else not is_raster
    types = []
    if kind in ("vector", "source"):
        types = parameter.dataTypes()
    elif kind == "layer":
        types = parameter.dataTypes()
    else:
        return False
    if not types or QgsProcessing.SourceType.TypeMapLayer in types:
        return True
    if is_raster:
        return QgsProcessing.SourceType.TypeRaster in types
    wanted = {QgsProcessing.SourceType.TypeVectorPolygon: QgsWkbTypes.GeometryType.PolygonGeometry,
              QgsProcessing.SourceType.TypeVectorPoint: QgsWkbTypes.GeometryType.PointGeometry,
              QgsProcessing.SourceType.TypeVectorLine: QgsWkbTypes.GeometryType.LineGeometry}
    return (QgsProcessing.SourceType.TypeVectorAnyGeometry in types or QgsProcessing.SourceType.TypeVector in types
            or any(wanted.get(t) == geometry for t in types)
            or (geometry == QgsWkbTypes.GeometryType.UnknownGeometry
                and QgsProcessing.SourceType.TypeVectorPolygon in types))


def _set(wrapper, value, context):
    if hasattr(wrapper, "setParameterValue"):
        wrapper.setParameterValue(value, context)
    else:
        wrapper.setValue(value)


def _values_of(layer):
    """The forms a user's choice reaches a wrapper in: the layer, its id, its file."""
    return [layer, layer.id(), layer.source()]


def _drive(dialog, algorithm, layers, app, context, log):
    panel = dialog.mainWidget()
    wrappers = panel.wrappers
    for parameter in algorithm.parameterDefinitions():
        wrapper = wrappers.get(parameter.name())
        if wrapper is None:
            continue
        for key, layer in layers.items():
            if not _accepts(parameter, layer):
                continue
            for value in _values_of(layer):
                if parameter.type() == "multilayer":
                    value = [value]
                log(f"SET {algorithm.id()} {parameter.name()} {key} {type(value).__name__}")
                _set(wrapper, value, context)
                app.processEvents()


def _field_state(dialog, name):
    wrapper = dialog.mainWidget().wrappers[name]
    widget = wrapper.widget if hasattr(wrapper, "widget") else wrapper.wrappedWidget()
    fields = [widget.itemText(i) for i in range(widget.count())] if hasattr(widget, "count") else []
    return {"enabled": widget.isEnabled(), "fields": [f for f in fields if f]}


def test_every_dialog(qgis_app, qgis_iface, qgis_processing):
    import mining_loss_monitor
    import processing
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog
    from qgis.core import QgsApplication, QgsProcessingContext
    from qgis.gui import QgsBrowserGuiModel

    model = QgsBrowserGuiModel()
    qgis_iface.browserModel = lambda: model  # the mock iface has none; the dialog asks for it
    plugin = mining_loss_monitor.classFactory(None)
    plugin.initProcessing()
    provider = QgsApplication.processingRegistry().providerById("miningloss")
    layers = _layers()
    context = QgsProcessingContext()

    def log(line):
        print(line, flush=True)

    opened = []
    for active in ("raster", "polygons", "loss_polygons"):
        qgis_iface.setActiveLayer(layers[active])
        for algorithm in provider.algorithms():
            log(f"OPEN {algorithm.id()} active={active}")
            dialog = processing.createAlgorithmDialog(algorithm.id(), {})
            dialog.show()
            qgis_app.processEvents()
            _drive(dialog, algorithm, layers, qgis_app, context, log)
            dialog.close()
            opened.append(algorithm.id())
        for algorithm in provider.algorithms():
            log(f"BATCH {algorithm.id()} active={active}")
            batch = BatchAlgorithmDialog(algorithm.create())
            batch.show()
            qgis_app.processEvents()
            batch.close()

    # What a user does in "Forest loss per region and period": polygons, then a raster, then polygons again.
    qgis_iface.setActiveLayer(layers["raster"])
    dialog = processing.createAlgorithmDialog("miningloss:regionsummary", {})
    dialog.show()
    wrappers = dialog.mainWidget().wrappers
    states = {}
    _set(wrappers["LOSS"], layers["loss_polygons"], context)
    qgis_app.processEvents()
    states["polygons"] = _field_state(dialog, "GROUP_FIELD")
    _set(wrappers["LOSS"], layers["raster"], context)
    qgis_app.processEvents()
    states["raster"] = _field_state(dialog, "GROUP_FIELD")
    _set(wrappers["LOSS"], layers["loss_polygons"].id(), context)
    qgis_app.processEvents()
    _set(wrappers["GROUP_FIELD"], "year", context)
    _set(wrappers["AREA_FIELD"], "Mined area (ha)", context)
    _set(wrappers["REGIONS"], str(DATA / "provinces_mdd.gpkg"), context)
    qgis_app.processEvents()
    _set(wrappers["REGION_FIELD"], "FIRST_IDPR", context)
    states["again"] = _field_state(dialog, "GROUP_FIELD")
    parameters = dialog.mainWidget().createProcessingParameters()
    out = os.path.join(tempfile.mkdtemp(), "from_dialog.csv")
    parameters["OUTPUT"] = out
    result = processing.run("miningloss:regionsummary", parameters)
    with open(result["OUTPUT"], encoding="utf-8") as handle:
        rows = handle.read().splitlines()
    shown = {"parameters": {k: str(v) for k, v in parameters.items()}, "rows": rows}
    # compareperiods' table as CSV, typed into the output box: the dialog used to refuse it (only .gpkg)
    dialog = processing.createAlgorithmDialog("miningloss:compareperiods", {})
    dialog.show()
    wrappers = dialog.mainWidget().wrappers
    _set(wrappers["LOSS"], layers["loss_polygons"], context)
    _set(wrappers["REGIONS"], str(DATA / "provinces_mdd.gpkg"), context)
    _set(wrappers["OUTPUT"], os.path.join(tempfile.mkdtemp(), "mercurio.csv"), context)
    qgis_app.processEvents()
    try:
        csv_output = str(dialog.mainWidget().createProcessingParameters()["OUTPUT"].sink.staticValue())
    except Exception as error:  # noqa: BLE001 - AlgorithmDialogBase.InvalidOutputExtension
        csv_output = "refused: " + str(error)
    dialog.close()
    print("RESULT" + json.dumps({"opened": sorted(set(opened)), "fields": states, "run": shown,
                                 "csv_output": csv_output}), flush=True)
    # QGIS 3.22 may crash while tearing down dialogs at interpreter exit; every check above has passed.
    sys.stdout.flush()
    os._exit(0)
