"""Sensor, mask and minimum-area parameters shared by the detection algorithms."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.detection import masks, sensors
from ..core.errors import CoreError
from ..parameters.messages import core_error_message

SENSOR, MASK_TYPE, MIN_AREA_HA = "SENSOR", "MASK_TYPE", "MIN_AREA_HA"
CUSTOM_BANDS, CUSTOM_SCALE, CUSTOM_OFFSET = "CUSTOM_BANDS", "CUSTOM_SCALE", "CUSTOM_OFFSET"
CLOUD_BUFFER_M = "CLOUD_BUFFER_M"


def add_sensor_parameter(algorithm):
    algorithm.addParameter(QgsProcessingParameterEnum(
        SENSOR, QCoreApplication.translate("SensorParameters", "Sensor preset"), options=[
            QCoreApplication.translate("SensorParameters", "Sentinel-2 L2A stack"),
            QCoreApplication.translate("SensorParameters", "Sentinel-2 L2A stack, baseline 04.00+"),
            QCoreApplication.translate("SensorParameters", "Landsat 8/9 C2 L2 stack"),
            QCoreApplication.translate("SensorParameters", "Blue, green, red, NIR"),
            QCoreApplication.translate("SensorParameters", "Custom"),
        ], defaultValue=0))


def add_mask_and_area_parameters(algorithm):
    algorithm.addParameter(QgsProcessingParameterEnum(
        MASK_TYPE, QCoreApplication.translate("SensorParameters", "Mask type"), options=[
            QCoreApplication.translate("SensorParameters", "Sentinel-2 SCL"),
            QCoreApplication.translate("SensorParameters", "Landsat QA_PIXEL"),
            QCoreApplication.translate("SensorParameters", "Binary (non-zero = masked)"),
        ], defaultValue=0))
    minimum = QgsProcessingParameterNumber(
        MIN_AREA_HA, QCoreApplication.translate("SensorParameters", "Minimum mapping unit (ha)"),
        QgsProcessingParameterNumber.Type.Double, defaultValue=0.1, minValue=0.0)
    if hasattr(minimum, "setHelp"):
        minimum.setHelp(QCoreApplication.translate("SensorParameters",
                                                   "Loss patches smaller than this many hectares are removed."))
    algorithm.addParameter(minimum)


def add_buffer_parameter(algorithm):
    buffer = QgsProcessingParameterNumber(
        CLOUD_BUFFER_M, QCoreApplication.translate("SensorParameters", "Cloud-edge buffer (m)"),
        QgsProcessingParameterNumber.Type.Double, defaultValue=masks.EDGE_BUFFER_M, minValue=0.0)
    buffer.setFlags(buffer.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    if hasattr(buffer, "setHelp"):
        buffer.setHelp(QCoreApplication.translate(
            "SensorParameters", "Masked pixels (clouds, shadows, no data, the spectral screen) grow by this many "
                                "metres, at least one pixel: thin cloud and haze at cloud edges escape every mask. "
                                "0 = masks as they are."))
    algorithm.addParameter(buffer)


def add_custom_band_parameters(algorithm):
    advanced = [
        QgsProcessingParameterString(CUSTOM_BANDS, QCoreApplication.translate(
            "SensorParameters", "Custom band numbers: blue, green, red, NIR[, SWIR1, SWIR2]"),
            defaultValue="1,2,3,4,5,6"),
        QgsProcessingParameterNumber(CUSTOM_SCALE, QCoreApplication.translate(
            "SensorParameters", "Custom reflectance scale"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=0.0001),
        QgsProcessingParameterNumber(CUSTOM_OFFSET, QCoreApplication.translate(
            "SensorParameters", "Custom reflectance offset"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=0.0),
    ]
    for parameter in advanced:
        parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        algorithm.addParameter(parameter)


def sensor_from(algorithm, parameters, context):
    """The chosen preset, or a custom sensor from the advanced parameters."""
    try:
        return sensors.sensor_for(
            algorithm.parameterAsEnum(parameters, SENSOR, context),
            algorithm.parameterAsString(parameters, CUSTOM_BANDS, context),
            algorithm.parameterAsDouble(parameters, CUSTOM_SCALE, context),
            algorithm.parameterAsDouble(parameters, CUSTOM_OFFSET, context),
        )
    except CoreError as error:
        message = core_error_message(error)
    raise QgsProcessingException(message)
