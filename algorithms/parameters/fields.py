"""QgsField without deprecation warnings: the QMetaType form where QGIS has it (3.38+), QVariant before."""
from qgis.core import Qgis, QgsField
from qgis.PyQt.QtCore import QMetaType, QVariant

STRING, DOUBLE, DATE, INTEGER, INTEGER64 = "string", "double", "date", "integer", "integer64"
_VARIANT = {STRING: QVariant.String, DOUBLE: QVariant.Double, DATE: QVariant.Date, INTEGER: QVariant.Int,
            INTEGER64: QVariant.LongLong}
_META = {STRING: QMetaType.QString, DOUBLE: QMetaType.Double, DATE: QMetaType.QDate, INTEGER: QMetaType.Int,
         INTEGER64: QMetaType.LongLong}


def make_field(name, kind):
    """A QgsField of one of the kinds above."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        return QgsField(name, _META[kind])
    return QgsField(name, _VARIANT[kind])
