"""Image parameters whose files QGIS must not load as layers to check them or write them back.

QGIS writes a layer value back as Python (the dialog's log, Processing History, 'Copy as Python command') by
loading it as a layer: a list of zips or a folder became `''`, so a run repeated from the History had no
images; and a raster file picked with '…' was opened as a QGIS layer, whose renderer statistics GDAL saved as
an `.aux.xml` beside the user's file. qgis_process loads every layer value the same way to check it. These
parameters accept and write file and folder paths as given; the core reads them with GDAL and says what is
wrong with them.
"""
import os

from qgis.core import (
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
    QgsRasterLayer,
    QgsSettings,
)

# QGIS's default stretch of a new raster layer, per renderer kind: a histogram GDAL saves beside the user's file
STRETCH_LIMITS = tuple(f"Raster/defaultContrastEnhancementLimits/{kind}"
                       for kind in ("singleBand", "multiBandSingleByte", "multiBandMultiByte"))


def given_paths(value, exists=os.path.exists):
    """The value's items when every one is a path (before any '|' options) that `exists`, else None (layers, ids)."""
    items = list(value) if isinstance(value, (list, tuple)) else [value]
    if items and all(isinstance(item, str) and exists(item.split("|")[0]) for item in items):
        return items
    return None


def _as_given(value):
    """The Python literal of file and folder paths, or None when the value is something else (layers, ids)."""
    items = given_paths(value)
    return None if items is None else [QgsProcessingUtils.stringToPythonLiteral(item) for item in items]


class _ValuesAsGiven:
    """QGIS 3.24+ writes a run's values for the dialog's log, Processing History and qgis_process commands through
    valueAsJsonObject and valueAsString, which load a layer value given as a file path (its statistics then land
    in an .aux.xml beside the user's file): file and folder paths are given back as they are."""

    def valueAsJsonObject(self, value, context):  # noqa: N802
        if given_paths(value) is not None:
            return value
        return super().valueAsJsonObject(value, context)

    def valueAsString(self, value, context):  # noqa: N802
        if isinstance(value, str) and given_paths(value) is not None:
            return value, True
        return super().valueAsString(value, context)


class ImageListParameter(_ValuesAsGiven, QgsProcessingParameterMultipleLayers):
    """QgsProcessingParameterMultipleLayers whose value, when it is file and folder paths, is written as given."""

    def clone(self):
        copy = ImageListParameter(self.name(), self.description(), self.layerType(), self.defaultValue())
        copy.setFlags(self.flags())  # optional and advanced with it
        copy.setHelp(self.help())
        copy.setMinimumNumberInputs(self.minimumNumberInputs())
        return copy

    def valueAsPythonString(self, value, context):  # noqa: N802
        literals = _as_given(value)
        if literals is not None:
            return "[" + ",".join(literals) + "]"
        return super().valueAsPythonString(value, context)

    def checkValueIsAcceptable(self, value, context=None):  # noqa: N802
        if _as_given(value) is not None:
            return len(value if isinstance(value, (list, tuple)) else [value]) >= self.minimumNumberInputs()
        return super().checkValueIsAcceptable(value, context)


class PathAsGiven(_ValuesAsGiven):
    """For a one-layer parameter: a value that is a file path is checked and written as given (not loaded)."""

    def valueAsPythonString(self, value, context):  # noqa: N802
        literals = _as_given(value) if isinstance(value, str) else None
        return literals[0] if literals else super().valueAsPythonString(value, context)

    def checkValueIsAcceptable(self, value, context=None):  # noqa: N802
        return bool(isinstance(value, str) and _as_given(value)) or super().checkValueIsAcceptable(value, context)


class ImageParameter(PathAsGiven, QgsProcessingParameterRasterLayer):
    """QgsProcessingParameterRasterLayer whose value, when it is a file path, is written as given (not loaded)."""

    def clone(self):
        copy = type(self)(self.name(), self.description(), self.defaultValue())
        copy.setFlags(self.flags())
        copy.setHelp(self.help())
        return copy


def unstretched_layer(source, name, provider="gdal"):
    """A new raster layer of `source` that computes no statistics: the default renderer's stretch is turned off
    while it is made (QGIS's setting, put back at once), for algorithms that draw it with their own renderer."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in STRETCH_LIMITS}
    try:
        for key in STRETCH_LIMITS:
            settings.setValue(key, "None")
        return QgsRasterLayer(source, name, provider)
    finally:
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


def drawing_layer(algorithm, parameters, key, context):
    """The image of a raster parameter as a private layer to draw (never the project's layer, whose style must stay
    as the user set it), opened without statistics: nothing is written beside the user's file. None when the
    value is not a raster."""
    value = parameters.get(key)
    picked = None
    if isinstance(value, str) and given_paths(value, os.path.isfile):
        source, provider = value, "gdal"
    else:
        picked = algorithm.parameterAsRasterLayer(parameters, key, context)
        if picked is None:
            return None
        source, provider = picked.source(), picked.providerType()
    layer = unstretched_layer(source, algorithm.parameterDefinition(key).description(), provider)
    if not layer.isValid():
        return None
    if picked is not None:
        layer.setCrs(picked.crs())  # a CRS the analyst set on the project's layer (a file without one)
    context.temporaryLayerStore().addMapLayer(layer)
    return layer
