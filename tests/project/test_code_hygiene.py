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


def _code_files():
    yield from _plugin_sources()
    yield ROOT / "__init__.py"
    for folder in ("scripts", "tests"):
        yield from (ROOT / folder).rglob("*.py")


def test_no_unscoped_enum_and_no_api_qt6_removed(qgis_app):
    """What scripts/docs/qt6_sweep.py rewrites for QGIS 4 stays rewritten, in code written later too."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("qt6_sweep", ROOT / "scripts" / "docs" / "qt6_sweep.py")
    sweep = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sweep)
    namespace = sweep.qt_namespace()
    left = [str(path.relative_to(ROOT)) for path in _code_files()
            if sweep.sweep_text(path.read_text(encoding="utf-8"), namespace) != path.read_text(encoding="utf-8")]
    assert left == [], "run /usr/bin/python3 scripts/docs/qt6_sweep.py"


def test_nothing_newer_qgis_or_numpy_removed():
    """numpy 2.4 has no np.trapz; GDAL 3.11+ deprecates the `Memory` vector driver (grid.memory_vector_source)."""
    offenders = []
    for path in _code_files():
        text = path.read_text(encoding="utf-8")
        if re.search(r"\bnp\.trapz\(", text) or (re.search(r"GetDriverByName\([\"']Memory[\"']\)", text)):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
