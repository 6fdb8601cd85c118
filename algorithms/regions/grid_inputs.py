"""Loss inputs of the grid algorithms (hotspots, displacement): the summaries' plumbing over zones they build."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..base import layer_name_of, source_path
from ..core.area import row_areas_ha
from ..core.errors import Cancelled, CoreError
from ..core.periods import CLASS_RASTER
from ..core.rasters import grid
from ..core.rasters.coverage import read_coverage
from ..core.regions.vectorzonal import vector_loss_histogram
from ..core.regions.zonal import raster_loss_histogram
from ..parameters.image_list import ImageParameter
from ..parameters.loss_inputs import is_raster, vector_loss_features
from ..parameters.loss_layers import LossLayerParameter, open_loss_layer
from ..parameters.messages import cancelled_message
from ..parameters.output_folders import check_output_folders
from .grid_messages import grid_error_message
from .summary_common import encoding_names, loss_field_parameter

LOSS, ENCODING, LOSS_DATE, DATE_FIELD, GROUP_FIELD, AREA_FIELD = (
    "LOSS",
    "ENCODING",
    "LOSS_DATE",
    "DATE_FIELD",
    "GROUP_FIELD",
    "AREA_FIELD"
)


translate = QCoreApplication.translate


def field_labels():
    return {
        DATE_FIELD: translate("GridInputs", "Date field (polygons)"),
        GROUP_FIELD: translate("GridInputs", "Period field: its values are the periods"),
        AREA_FIELD: translate("GridInputs", "Area field in hectares (polygons)"),
    }


def add_loss_parameters(algorithm):
    """LOSS (raster or polygons), ENCODING, LOSS_DATE and the polygon fields (pickers that follow LOSS)."""
    algorithm.addParameter(
        LossLayerParameter(
            LOSS,
            translate("GridInputs", "Forest loss (raster or polygons)"),
            types=[QgsProcessing.SourceType.TypeRaster, QgsProcessing.SourceType.TypeVectorPolygon],
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            ENCODING, translate("GridInputs", "Raster encoding"), options=encoding_names(), defaultValue=0
        )
    )
    algorithm.addParameter(
        ImageParameter(
            LOSS_DATE, translate("GridInputs", "Loss dates for the class raster"), optional=True
        )
    )
    for key, label in field_labels().items():
        algorithm.addParameter(loss_field_parameter(key, label))


def loss_layer(algorithm, parameters, context):
    check_output_folders(algorithm, parameters, context)
    layer = open_loss_layer(algorithm, parameters, LOSS, context)
    if layer is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, LOSS))
    return layer


def polygon_fields(algorithm, parameters, context, layer):
    """{key: field name or ''} checked against the loss layer; loss_date is used when no field is given."""
    names = layer.fields().names()
    chosen = {key: (algorithm.parameterAsString(parameters, key, context) or "").strip() for key in field_labels()}
    for key, value in chosen.items():
        if value and value not in names:
            raise QgsProcessingException(
                translate(
                    "GridInputs",
                    "The field '{field}' given as '{label}' is not in the loss layer. Its fields are: {fields}."
                ).format(field=value, label=field_labels()[key], fields=", ".join(names))
            )
    if not chosen[DATE_FIELD] and not chosen[GROUP_FIELD] and "loss_date" in names:
        chosen[DATE_FIELD] = "loss_date"
    return chosen


def pixel_area_ha(layer):
    """Area of one pixel of a raster loss layer (the largest, for geographic rasters), in hectares."""
    dataset = grid.open_raster(source_path(layer), "LOSS")
    areas, _ = row_areas_ha(dataset.GetProjection(), dataset.GetGeoTransform(), dataset.RasterYSize)
    return float(areas.max()) if len(areas) else 0.0


def zone_histogram(algorithm, parameters, context, feedback, layer, zones, groups=None, bounds=None, share=80):
    """(histogram, details) of the LOSS parameter over core regions `zones` (in the loss layer's CRS)."""
    encoding = algorithm.parameterAsEnum(parameters, ENCODING, context)
    details = {"loss_source": source_path(layer) or layer.name(), "group": False}
    try:
        if is_raster(layer):
            date_layer = open_loss_layer(algorithm, parameters, LOSS_DATE, context)
            histogram, method = raster_loss_histogram(
                source_path(layer),
                encoding,
                zones,
                date_path=source_path(date_layer),
                progress=lambda f: feedback.setProgress(share * f),
                is_cancelled=feedback.isCanceled,
                groups=groups,
            )
            details.update(
                encoding=encoding_names()[encoding],
                area_method=method,
                split=encoding == CLASS_RASTER,
                coverage=read_coverage(source_path(layer)) or read_coverage(source_path(date_layer)),
            )
        else:
            fields = polygon_fields(algorithm, parameters, context, layer)
            features = vector_loss_features(
                layer,
                fields[DATE_FIELD],
                fields[GROUP_FIELD],
                fields[AREA_FIELD],
                layer.crs(),
                context,
                feedback,
                bounds=bounds,
            )
            histogram = vector_loss_histogram(
                features,
                zones,
                layer.crs().toWkt(),
                progress=lambda f: feedback.setProgress(share * f),
                is_cancelled=feedback.isCanceled,
            )
            details.update(
                area_method="intersection",
                group=bool(fields[GROUP_FIELD]),
                split=False,
                area_field=fields[AREA_FIELD],
                date_field=fields[DATE_FIELD],
                group_field=fields[GROUP_FIELD],
                coverage=read_coverage(source_path(layer), layer_name_of(layer)),
            )
    except CoreError as error:
        message = grid_error_message(error, algorithm.parameter_labels())
    except Cancelled:
        message = cancelled_message()
    else:
        return histogram, details
    raise QgsProcessingException(message)
