"""Output files checked before a run computes anything: a folder that cannot be made or written stops the run with a
message naming the field (QGIS's own says 'Could not create layer …: non-directory datasource', in English, after
the work is done); a missing folder is made."""
import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
)
from qgis.PyQt.QtCore import QCoreApplication

NOT_FILES = ("memory:", "ogr:", "postgres:", "postgis:", "spatialite:", "TEMPORARY_OUTPUT")


def check_destinations(algorithm, parameters, context, keys):
    """Make the folders of the given outputs now; stop when one cannot be made or written."""
    for key in keys:
        if isinstance(algorithm.parameterDefinition(key), QgsProcessingParameterFileDestination):
            path = algorithm.parameterAsFileOutput(parameters, key, context)
        else:
            path = algorithm.parameterAsOutputLayer(parameters, key, context)
        if not path or path.startswith(NOT_FILES):
            continue
        if not _writable(os.path.dirname(os.path.abspath(path.split("|")[0])), make=True):
            raise QgsProcessingException(QCoreApplication.translate(
                "Destinations", "'{field}': cannot write {path} (the folder cannot be created or is read-only). "
                                "Choose another location.").format(
                field=algorithm.parameterDefinition(key).description(), path=path))


def check_output_folders(algorithm, parameters, context):
    """Stop before counting when an output table or layer is to go in a folder that cannot be made or written
    (QGIS said so only once the work was done, in English); a missing folder is made when the output is written."""
    for definition in algorithm.destinationParameterDefinitions():
        path = output_path(parameters.get(definition.name()))
        if not isinstance(definition, QgsProcessingParameterFeatureSink) or path is None:
            continue
        folder = os.path.dirname(path)
        if _writable(folder, make=False):
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


def _writable(folder, make):
    """True when files can be written in `folder`: made first with `make`, else its nearest existing parent is
    checked (the folder is made when the output is written)."""
    if make:
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError:
            return False
        return os.access(folder, os.W_OK)
    while folder and not os.path.exists(folder) and os.path.dirname(folder) != folder:
        folder = os.path.dirname(folder)
    return os.path.isdir(folder) and os.access(folder, os.W_OK)
