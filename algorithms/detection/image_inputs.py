"""Image inputs of the detections: band stacks or products as downloaded, and the optional area of interest."""
import os
import re

from qgis.core import QgsCoordinateReferenceSystem, QgsMapLayer, QgsProcessingException, QgsProcessingParameterExtent
from qgis.PyQt.QtCore import QCoreApplication

from ..base import source_path
from ..core.detection.products import is_product, owner
from ..parameters.image_list import given_paths

EXTENT = "EXTENT"
_SENTINEL2_SOURCE = re.compile(r"^SENTINEL2_L2A:(.*?MTD_MSIL2A\.xml)", re.IGNORECASE)


def product_path(value):
    """The product a parameter value stands for (a path, or a layer QGIS opened with its SENTINEL2 driver)."""
    if isinstance(value, QgsMapLayer):
        value = source_path(value)
    if not isinstance(value, str) or not value:
        return None
    match = _SENTINEL2_SOURCE.match(value.strip('"'))
    if match:
        value = match.group(1)
        if value.startswith("/vsizip/"):
            archive = re.match(r"/vsizip/(.*?\.zip)(/|$)", value, re.IGNORECASE)
            value = archive.group(1) if archive else value
    path = value.split("|")[0]
    path = owner(path) or path
    return path if os.path.exists(path) and is_product(path) else None


def image_path(algorithm, parameters, key, context):
    """The file behind BEFORE/AFTER: a product path as given, else the raster layer's source."""
    value = parameters.get(key)
    product = product_path(value)
    if product:
        return product
    if _files(value):
        return value.split("|")[0]
    layer = algorithm.parameterAsRasterLayer(parameters, key, context)
    if layer is None:
        raise QgsProcessingException(algorithm.invalidRasterError(parameters, key))
    return product_path(layer) or source_path(layer)


def raster_path(algorithm, parameters, key, context):
    """The file of an optional raster parameter (None when empty); a file path is not loaded as a layer."""
    value = parameters.get(key)
    if _files(value):
        return value.split("|")[0]
    return source_path(algorithm.parameterAsRasterLayer(parameters, key, context))


def _files(value):
    """True when the value names files (not project layers): GDAL reads them, QGIS need not load them. QGIS
    computes statistics for a raster it loads and GDAL saves them beside the user's file (.aux.xml)."""
    return given_paths(value, os.path.isfile) is not None


def holds_product(value):
    values = value if isinstance(value, (list, tuple)) else [value]
    return any(product_path(item) or (isinstance(item, str) and os.path.isdir(item)) for item in values)


def say_decoding(feedback, paths):
    """A log line before a run with products: the first part of the bar decodes their bands."""
    if any(holds_product(path) for path in paths):
        feedback.pushInfo(QCoreApplication.translate(
            "ImageInputs", "Products: their JPEG2000 bands are decoded once first, into a temporary folder that "
            "is deleted afterwards (the first 45 % of the progress bar); then the rules run."))


def say_products_of_files(feedback, values):
    """A log line when files of extracted products (what 'Add file(s)' gives) were read as their products."""
    paths = [source_path(v) if isinstance(v, QgsMapLayer) else str(v).split("|")[0] for v in values if v]
    names = sorted({os.path.basename(found.rstrip("/\\")) for found in map(owner, paths) if found})
    if names:
        feedback.pushInfo(QCoreApplication.translate(
            "ImageInputs", "Files of downloaded products were read as the whole products: {names}.").format(
            names=", ".join(names)))


def check_values(algorithm, parameters, context, image_keys):
    """checkParameterValues that lets products and product folders through (the core checks them)."""
    for definition in algorithm.parameterDefinitions():
        value = parameters.get(definition.name())
        if definition.name() in image_keys and holds_product(value):
            continue
        if not definition.checkValueIsAcceptable(value, context):
            return False, QCoreApplication.translate("ImageInputs", "Incorrect value for {label}.").format(
                label=definition.description())
    return True, ""


def add_extent_parameter(algorithm):
    extent = QgsProcessingParameterExtent(
        EXTENT, QCoreApplication.translate("ImageInputs", "Area of interest"), optional=True)
    if hasattr(extent, "setHelp"):
        extent.setHelp(QCoreApplication.translate(
            "ImageInputs", "Only this rectangle is read and written, e.g. La Pampa out of a whole Sentinel-2 tile. "
                           "Empty: the whole image before (the first image of a series)."))
    algorithm.addParameter(extent)


def extent_from(algorithm, parameters, context):
    """(xmin, ymin, xmax, ymax, crs wkt) of the area of interest, or None."""
    if not parameters.get(EXTENT):
        return None
    rectangle = algorithm.parameterAsExtent(parameters, EXTENT, context)
    if rectangle is None or rectangle.isNull() or rectangle.isEmpty():
        return None
    crs = algorithm.parameterAsExtentCrs(parameters, EXTENT, context)
    if crs is None or not crs.isValid():
        return rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(), rectangle.yMaximum(), ""
    wkt = crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED_GDAL)
    return rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(), rectangle.yMaximum(), wkt
