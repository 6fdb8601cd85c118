"""Output files checked before a run computes anything: their folder is made when missing, and a folder that cannot
be made or written stops the run with a message naming the field (QGIS's own says 'Could not create layer …:
non-directory datasource', in English, after the work is done)."""
import os

from qgis.core import QgsProcessingException, QgsProcessingParameterFileDestination
from qgis.PyQt.QtCore import QCoreApplication

NOT_FILES = ("memory:", "ogr:", "postgres:", "postgis:", "spatialite:", "TEMPORARY_OUTPUT")


def check_destinations(algorithm, parameters, context, keys):
    """Make the folders of the given outputs; stop when one cannot be made or written."""
    for key in keys:
        if isinstance(algorithm.parameterDefinition(key), QgsProcessingParameterFileDestination):
            path = algorithm.parameterAsFileOutput(parameters, key, context)
        else:
            path = algorithm.parameterAsOutputLayer(parameters, key, context)
        if not path or path.startswith(NOT_FILES):
            continue
        folder = os.path.dirname(os.path.abspath(path.split("|")[0]))
        try:
            os.makedirs(folder, exist_ok=True)
            writable = os.access(folder, os.W_OK)
        except OSError:
            writable = False
        if not writable:
            raise QgsProcessingException(QCoreApplication.translate(
                "Destinations", "'{field}': cannot write {path} (the folder cannot be created or is read-only). "
                                "Choose another location.").format(
                field=algorithm.parameterDefinition(key).description(), path=path))
