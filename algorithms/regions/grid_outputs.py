"""Polygon and line outputs of the grid algorithms: sinks, side-car styles, temporal properties, report maps."""

import os
import tempfile

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ..parameters.fields import make_field
from ..parameters.output_folders import make_output_folder
from ..parameters.styles import StyleSidecar, vector_temporal_mode, write_style


def polygon_sink(algorithm, parameters, key, context, spec, crs, wkb_type=QgsWkbTypes.Type.MultiPolygon):
    """(sink, destination, fields) for [(name, kind of .fields)] fields."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(make_field(name, kind))
    make_output_folder(parameters.get(key))
    sink, destination = algorithm.parameterAsSink(parameters, key, context, fields, wkb_type, crs)
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, key))
    return sink, destination, fields


def add_feature(sink, fields, geometry_wkb, row):
    """Write one feature from an ogr WKB geometry (or None) and a dict of values."""
    feature = QgsFeature(fields)
    if geometry_wkb is not None:
        geometry = QgsGeometry()
        geometry.fromWkb(geometry_wkb)
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
    values = []
    for i in range(fields.count()):
        value = row.get(fields.at(i).name())
        if hasattr(value, "isoformat") and not isinstance(value, str):
            value = QDate(value.year, value.month, value.day)
        values.append(value)
    feature.setAttributes(values)
    sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)


def style_output(context, destination, template, labels, after_load=None):
    """Apply a QML template with translated labels when QGIS loads the output (files and temporary layers)."""
    if not context.willLoadLayerOnCompletion(destination):
        return
    path = destination.split("|")[0]
    if not os.path.isfile(path):
        path = os.path.join(tempfile.mkdtemp(prefix="mlm_style_"), "layer.gpkg")
    qml = write_style(template, path, labels)
    StyleSidecar.attach(context, destination, qml, after_load=after_load)


def enable_period_time(layer):
    """Let the Temporal Controller step through periods (period_start .. period_end)."""
    names = layer.fields().names()
    if "period_start" not in names or layer.maximumValue(names.index("period_start")) in (None, ""):
        return
    properties = layer.temporalProperties()
    properties.setMode(vector_temporal_mode("FeatureDateTimeStartAndEndFromFields"))
    properties.setStartField("period_start")
    properties.setEndField("period_end")
    properties.setIsActive(True)
