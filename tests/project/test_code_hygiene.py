"""What QGIS deprecates stays out of the plugin, so QGIS 3.38+ prints no warnings for it."""
import re

from tests.conftest import ROOT


def _plugin_sources():
    for folder in ("algorithms", "plugin"):
        yield from (ROOT / folder).rglob("*.py")


def test_fields_are_made_through_the_qmetatype_helper():
    offenders = []
    for path in _plugin_sources():
        if path.name == "fields.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"\bQgsField\(", text) or re.search(r"QVariant\.(String|Double|Date|Int|LongLong|Bool)\b", text):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == [], "use algorithms/fields.make_field"


def test_fields_helper_makes_the_right_types(qgis_app):
    from mining_loss_monitor.algorithms.parameters.fields import DATE, DOUBLE, STRING, make_field
    from qgis.PyQt.QtCore import QVariant

    assert make_field("a", STRING).type() == QVariant.String
    assert make_field("b", DOUBLE).type() == QVariant.Double
    assert make_field("c", DATE).type() == QVariant.Date
