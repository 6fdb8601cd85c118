"""The forest loss inputs (LOSS, LOSS_DATE) of the summaries, the comparison, hot spots and displacement.

A raster loaded as a QGIS layer gets its renderer's statistics computed by GDAL, which saves them in an
`.aux.xml` beside the user's file when the layer closes (qgis_process loads every layer value to check it;
the dialog to write the log and the History). LOSS (LossLayerParameter) and LOSS_DATE (ImageParameter)
accept file paths as given, and the algorithms open a raster given as a path with GDAL's side-car files
off; a layer of the project is used as is.
"""
import os

from osgeo import gdal
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingParameterMapLayer, QgsRasterLayer

from .image_list import PathAsGiven, given_paths


class LossLayerParameter(PathAsGiven, QgsProcessingParameterMapLayer):
    """QgsProcessingParameterMapLayer whose value, when it is a file path, is checked and written as given."""

    def clone(self):
        copy = LossLayerParameter(self.name(), self.description(), self.defaultValue(), types=self.dataTypes())
        copy.setFlags(self.flags())
        copy.setHelp(self.help())
        copy.setMetadata(self.metadata())
        return copy


def _raster_path(value):
    """The path of a raster file given as the value (not a layer, not a vector file), else None."""
    paths = given_paths(value) if isinstance(value, str) else None
    if not paths or "|" in paths[0]:
        return None
    with _without_side_cars():
        vector = _opened(paths[0], gdal.OF_VECTOR)
        if vector is not None and vector.GetLayerCount():
            return None
        return paths[0] if _opened(paths[0], gdal.OF_RASTER) is not None else None


def _opened(path, kind):
    """The GDAL dataset of `path` opened as `kind`, or None (whether GDAL raises errors or not)."""
    try:
        return gdal.OpenEx(path, kind)
    except RuntimeError:
        return None


class _without_side_cars:  # noqa: N801
    """GDAL opens datasets in this thread without reading or writing .aux.xml files."""

    def __enter__(self):
        self.before = gdal.GetThreadLocalConfigOption("GDAL_PAM_ENABLED", None)
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", "NO")

    def __exit__(self, *exc):
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", self.before)
        return False


def open_loss_layer(algorithm, parameters, key, context):
    """The layer of a LOSS or LOSS_DATE value; a raster file given as a path is opened without side-car files."""
    path = _raster_path(parameters.get(key))
    if path is not None and context.project() is not None and any(
            layer.source() == path for layer in context.project().mapLayers().values()):
        path = None  # the project's own layer
    if path is not None:
        store = context.temporaryLayerStore()
        layer = next((layer for layer in store.mapLayers().values() if layer.source() == path), None)
        if layer is None:
            layer = _raster_layer(path)
            store.addMapLayer(layer)
        return layer if layer.isValid() else None
    return algorithm.parameterAsLayer(parameters, key, context)


def _raster_layer(path):
    """A QGIS layer of the raster file that leaves no .aux.xml; its CRS as GDAL reads it with an existing one."""
    with _without_side_cars():
        layer = QgsRasterLayer(path, os.path.splitext(os.path.basename(path))[0], "gdal")
    dataset = _opened(path, gdal.OF_RASTER)  # reads an .aux.xml already there (a CRS kept in it), writes none
    wkt = dataset.GetProjection() if dataset is not None else ""
    dataset = None
    if wkt and layer.isValid() and QgsCoordinateReferenceSystem.fromWkt(wkt) != layer.crs():
        layer.setCrs(QgsCoordinateReferenceSystem.fromWkt(wkt))
    return layer
