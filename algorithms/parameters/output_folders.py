"""Output files of the region algorithms: their folder checked before the work, made when it is missing."""
import os

from qgis.core import QgsProcessingException, QgsProcessingOutputLayerDefinition, QgsProcessingParameterFeatureSink
from qgis.PyQt.QtCore import QCoreApplication


def check_output_folders(algorithm, parameters, context):
    """Stop before counting when an output table or layer is to go in a folder that cannot be made or written
    (QGIS said so only once the work was done, in English); a missing folder is made when the output is written."""
    for definition in algorithm.destinationParameterDefinitions():
        path = output_path(parameters.get(definition.name()))
        if not isinstance(definition, QgsProcessingParameterFeatureSink) or path is None:
            continue
        folder = existing = os.path.dirname(path)
        while existing and not os.path.exists(existing) and os.path.dirname(existing) != existing:
            existing = os.path.dirname(existing)
        if os.path.isdir(existing) and os.access(existing, os.W_OK):
            continue
        raise QgsProcessingException(QCoreApplication.translate(
            "SummaryParameters", "'{label}' cannot be written: {folder} is not a folder you can write to. Choose a "
                                 "file in an existing folder.").format(label=definition.description(), folder=folder))


def output_path(value):
    """The file path of an output value (a path or a QgsProcessingOutputLayerDefinition), or None (temporary,
    memory, database, or none); read without registering the output as QGIS's parameterAsOutputLayer does."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    return value if isinstance(value, str) and os.path.isabs(value) else None


def make_output_folder(value):
    """Make the missing folder of an output file (checked by check_output_folders before the work)."""
    path = output_path(value)
    if path is not None:
        os.makedirs(os.path.dirname(path), exist_ok=True)
