"""QgsField without deprecation warnings: the QMetaType form where QGIS has it (3.38+), QVariant before.

No `QVariant.String`-style names: PyQt6 (QGIS 4) has none. Before 3.38 QgsField takes a QVariant type, given as
its number, which is QMetaType's for these types.
"""
from qgis.core import Qgis, QgsField
from qgis.PyQt.QtCore import QMetaType

STRING, DOUBLE, DATE, INTEGER, INTEGER64 = "string", "double", "date", "integer", "integer64"
_META = {STRING: QMetaType.Type.QString, DOUBLE: QMetaType.Type.Double, DATE: QMetaType.Type.QDate,
         INTEGER: QMetaType.Type.Int, INTEGER64: QMetaType.Type.LongLong}


def make_field(name, kind):
    """A QgsField of one of the kinds above."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        return QgsField(name, _META[kind])
    return QgsField(name, int(_META[kind]))
