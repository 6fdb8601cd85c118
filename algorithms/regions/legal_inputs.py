"""LOSS parameters as the summaries have them (without REGIONS), and ZONES read as categories."""
from osgeo import osr
from qgis.core import QgsMapLayerType, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ..core.regions.legal import extent_polygon, legal_regions, whole_layer_zone
from ..parameters.loss_inputs import is_raster, read_regions
from .summary_common import add_loss_inputs

translate = QCoreApplication.translate


def add_loss_parameters_with_field_names(algorithm):
    """LOSS .. AREA_FIELD as in the summaries (field pickers that follow LOSS, no parent parameter)."""
    add_loss_inputs(algorithm)


def with_help(parameter, text):
    """The parameter with its help line (dialog tooltip, qgis_process help)."""
    if hasattr(parameter, "setHelp"):
        parameter.setHelp(text)
    return parameter


def check_loss_fields(layer, parameters, labels):
    """Each field name given for polygon loss must exist in the loss layer."""
    if is_raster(layer):
        return
    for key, label in labels.items():
        name = str(parameters.get(key) or "").strip()
        if name and layer.fields().indexOf(name) < 0:
            raise QgsProcessingException(translate(
                "LegalInputs", "'{label}': the loss layer has no field '{field}'. Give one of: {fields}.").format(
                label=label, field=name, fields=", ".join(layer.fields().names())))


def zone_field_names(text, count):
    """One field name per zoning layer from 'name' (all layers) or 'a, b, c' (in order); '' = whole layer."""
    names = [part.strip() for part in str(text or "").split(",")]
    if len(names) == 1:
        return names * count
    if len(names) != count:
        raise QgsProcessingException(translate(
            "LegalInputs", "'Zone name field' lists {names} field names for {layers} zoning layers. Give one name "
            "for all layers, or one per layer separated by commas, in the order of the layers.").format(
            names=len(names), layers=count))
    return names


def zone_categories(layers, field_text, target_crs, context, feedback):
    """[(category, [Region])] from the zoning layers, reprojected to the loss layer's CRS."""
    fields = zone_field_names(field_text, len(layers))
    categories, seen = [], set()
    for layer, field in zip(layers, fields):
        if layer is None or layer.type() != QgsMapLayerType.VectorLayer or \
                QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise QgsProcessingException(translate(
                "LegalInputs", "'Legal zones': every layer must be a polygon layer ({name} is not).").format(
                name=layer.name() if layer is not None else "?"))
        if field and layer.fields().indexOf(field) < 0:
            raise QgsProcessingException(translate(
                "LegalInputs", "'Zone name field': the zoning layer {name} has no field '{field}'. Give a field of "
                "each zoning layer (separated by commas, in the order of the layers), or leave it empty to count "
                "each layer as one zone.").format(name=layer.name(), field=field))
        if layer.crs() != target_crs:
            message = translate("LegalInputs", "Zoning layer {name} ({crs}) was reprojected to the loss layer's "
                                               "CRS ({target}).")
            feedback.pushInfo(message.format(name=layer.name(), crs=layer.crs().authid(),
                                             target=target_crs.authid()))
        name = layer.name()
        number = 2
        while name in seen:
            name, number = f"{layer.name()} ({number})", number + 1
        seen.add(name)
        regions = read_regions(layer, field, target_crs, context, feedback, warnings={
            "empty": translate("LegalInputs", "Zone '{{name}}' of the zoning layer {layer} has no geometry: it is "
                                              "reported with 0 ha.").format(layer=layer.name()),
            "invalid": translate("LegalInputs", "Zone '{{name}}' of the zoning layer {layer} has an invalid geometry "
                                                "(e.g. a self-intersecting polygon); it was repaired for this run, the "
                                                "layer is unchanged.").format(layer=layer.name())})
        categories.append((name, regions if field else whole_layer_zone(name, regions)))
    return categories


def loss_extent(layer):
    """The loss layer's extent as an ogr polygon (vector extents grown by 1 % so no polygon touches it)."""
    extent = layer.extent()
    margin = 0.0 if is_raster(layer) else 0.01 * max(extent.width(), extent.height(), 1e-6)
    srs = osr.SpatialReference()
    srs.ImportFromWkt(layer.crs().toWkt())
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return extent_polygon(extent.xMinimum() - margin, extent.xMaximum() + margin, extent.yMinimum() - margin,
                          extent.yMaximum() + margin, srs)


def legal_areas_reader(layers, field_text, context, feedback):
    """A read_areas callable for summary_common.loss_histogram: zones, their union and the loss extent."""
    def read(loss_layer):
        categories = zone_categories(layers, field_text, loss_layer.crs(), context, feedback)
        return legal_regions(categories, loss_extent(loss_layer)), ", ".join(name for name, _ in categories)

    return read
