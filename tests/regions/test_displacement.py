"""miningloss:displacement through processing.run: a displaced front, hexagons, bad input, Spanish."""
import math

import pytest

from tests.conftest import recording_feedback
from tests.regions.grid_fixtures import displacement_patches, hotspot_patches, write_loss, write_operations, write_zones
from tests.regions.grid_fixtures import features as _features


@pytest.fixture(scope="module")
def displaced(tmp_path_factory, plugin_instance):
    folder = tmp_path_factory.mktemp("displacement")
    return {
        "loss": write_loss(folder / "loss.gpkg", displacement_patches()),
        "operations": write_operations(folder / "operations.gpkg"),
        "zones": write_zones(folder / "zones.gpkg"),
        "folder": folder,
    }


def test_displaced_front_is_found_with_distance_bearing_and_hectares(displaced):
    import processing

    folder = displaced["folder"]
    result = processing.run(
        "miningloss:displacement",
        {
            "LOSS": displaced["loss"],
            "OPERATIONS": displaced["operations"],
            "OPERATION": "Operation Test",
            "ZONES": displaced["zones"],
            "ZONE_FIELD": "name",
            "RADIUS_KM": 40,
            "WINDOW_MONTHS": 12,
            "OUTPUT": str(folder / "zones_out.gpkg"),
            "OUTPUT_LINES": str(folder / "lines.gpkg"),
            "REPORT": str(folder / "where.html"),
        },
    )
    assert result["INSIDE_CHANGE_PCT"] == pytest.approx(-92.0, abs=0.2)  # 100 ha -> 8 ha
    assert result["TOP_ZONE"] == "NE front"
    _layer, zones = _features(result["OUTPUT"])
    by_name = {f["zone"]: f for f in zones}
    assert set(by_name) == {"NE front", "South", "West"}  # "Far" is beyond 40 km
    front = by_name["NE front"]
    assert front["rank"] == 1 and front["before_ha"] == 0
    assert front["change_ha"] == pytest.approx(80.0, rel=0.003)
    assert front["bearing_deg"] == pytest.approx(45.3, abs=0.2) and front["direction"] == "NE"
    assert front["distance_km"] == pytest.approx(math.hypot(9.0, 9.0), rel=0.01)  # corner (5, 5) to (14, 14) km
    assert by_name["South"]["change_ha"] == pytest.approx(0.0, abs=0.01) and not by_name["South"]["rank"]
    assert by_name["South"]["before_ha"] == pytest.approx(20.0, rel=0.003)
    _lines, lines = _features(result["OUTPUT_LINES"])
    assert [f["zone"] for f in lines] == ["NE front"]
    assert "NE front" in result["SUMMARY"] and "92" in result["SUMMARY"]
    html = open(result["REPORT"], encoding="utf-8").read()
    assert "NE front" in html and "−92" in html and html.count("data:image/png;base64,") == 2  # map and chart


def test_displacement_on_hexagons_finds_the_front_north_east(displaced):
    import processing

    result = processing.run(
        "miningloss:displacement",
        {
            "LOSS": displaced["loss"],
            "OPERATIONS": displaced["operations"],
            "OPERATION": "Operation Test",
            "CELL_KM2": 16,
            "RADIUS_KM": 40,
            "WINDOW_MONTHS": 12,
            "OUTPUT": str(displaced["folder"] / "hex.gpkg"),
            "REPORT": str(displaced["folder"] / "hex.html"),
        },
    )
    _layer, cells = _features(result["OUTPUT"])
    # the report lists the hexagons with loss, largest rise first, and says how many it leaves out
    html = open(result["REPORT"], encoding="utf-8").read()
    table = html.split("<h2>Zones</h2>")[1].split("</table>")[0]
    listed = [f for f in cells if f["before_ha"] or f["after_ha"] or f["inside_operation"]]
    assert table.count("<tr><td>") == len(listed) < len(cells)
    assert f"{len(cells) - len(listed)} zones without loss before or after are not listed" in html
    changes = [float(row.split("<td>")[7].split("<")[0].replace(",", "").replace("\u2212", "-"))
               for row in table.split("<tr>")[2:]]
    assert changes == sorted(changes, reverse=True)
    # «Distance 0 … inside the operation: no» was the tester's: a zone touching the area reads «partly»
    words = {(float(row.split("<td>")[3].split("<")[0].replace(",", "")), row.split("<td>")[9].split("<")[0])
             for row in table.split("<tr>")[2:]}
    assert "mostly" in {word for distance, word in words if distance == 0} <= {"mostly", "partly"}, words
    assert {word for distance, word in words if distance > 0} == {"no"}
    assert "«partly» when the zone touches or overlaps it" in html  # a sentence starts with a capital
    ranked = sorted((f for f in cells if f["rank"]), key=lambda f: f["rank"])
    assert 30 <= ranked[0]["bearing_deg"] <= 60 and ranked[0]["direction"] == "NE"
    near_front = [f for f in cells if f["direction"] == "NE" and f["change_ha"] > 0]
    assert sum(f["change_ha"] for f in near_front) == pytest.approx(80.0, rel=0.01)
    inside = [f for f in cells if f["inside_operation"]]
    assert inside and sum(f["before_ha"] for f in inside) <= 100.0 * 1.003
    assert result["INSIDE_CHANGE_PCT"] == pytest.approx(-92.0, abs=0.2)


@pytest.mark.parametrize(
    "change, message",
    [
        ({"OPERATION": "Operation Nobody"}, "is not in the operations layer"),
        ({"RADIUS_KM": 1}, "No zone lies within 1"),
        ({"WINDOW_MONTHS": 12, "operation_start": "2021-06-01"}, "no full month before or after"),
        ({"DATE_FIELD": "fecha"}, "'fecha'"),
    ],
)
def test_displacement_bad_input_is_a_clear_message(displaced, tmp_path, change, message):
    import datetime

    import processing
    from qgis.core import QgsProcessingException

    operations = displaced["operations"]
    if "operation_start" in change:
        operations = write_operations(
            tmp_path / "late.gpkg", start=datetime.date.fromisoformat(change.pop("operation_start"))
        )
    parameters = {
        "LOSS": displaced["loss"],
        "OPERATIONS": operations,
        "OPERATION": "Operation Test",
        "ZONES": displaced["zones"],
        "ZONE_FIELD": "name",
        "RADIUS_KM": 40,
        "OUTPUT": str(tmp_path / "out.gpkg"),
    }
    parameters.update(change)
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:displacement", parameters)
    assert message in str(raised.value)
    assert not (tmp_path / "out.gpkg").exists()


def test_spanish_reports_and_summary(displaced, tmp_path):
    import processing

    from tests.conftest import qgis_language

    with qgis_language("es"):
        result = processing.run("miningloss:displacement", {
            "LOSS": displaced["loss"], "OPERATIONS": displaced["operations"], "OPERATION": "Operation Test",
            "ZONES": displaced["zones"], "ZONE_FIELD": "name", "RADIUS_KM": 40,
            "OUTPUT": str(tmp_path / "zonas.gpkg"), "REPORT": str(tmp_path / "informe.html")})
        hot = processing.run("miningloss:hotspots", {
            "LOSS": write_loss(tmp_path / "loss.gpkg", hotspot_patches()), "CELL_KM2": 9.0,
            "OUTPUT": str(tmp_path / "celdas.gpkg"), "OUTPUT_TABLE": str(tmp_path / "periodos.gpkg"),
            "REPORT": str(tmp_path / "calientes.html")})
    assert result["SUMMARY"].startswith("dentro de Operation Test: \u221292 % (100,0 ha antes, 8,0 ha después)")
    assert "la pérdida subió más en NE front, a 13 km al NE, +80,0 ha" in result["SUMMARY"]
    html = open(result["REPORT"], encoding="utf-8").read()
    assert "A dónde se fue la pérdida tras el operativo" in html and "Distancia (km)" in html
    html = open(hot["REPORT"], encoding="utf-8").read()
    assert "Puntos calientes emergentes de pérdida de bosque" in html and "Punto caliente en aumento" in html


def test_temporary_outputs_loaded_from_the_dialog_get_their_style(displaced, layer_tree_iface):
    """The dialog's default temporary outputs end without «The following layers were not correctly generated»."""
    import processing
    from qgis.core import QgsProject

    feedback = recording_feedback()
    project = QgsProject.instance()
    known = set(project.mapLayers())
    processing.runAndLoadResults("miningloss:displacement", {
        "LOSS": displaced["loss"], "OPERATIONS": displaced["operations"], "OPERATION": "Operation Test",
        "RADIUS_KM": 40, "WINDOW_MONTHS": 12, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_LINES": "TEMPORARY_OUTPUT"},
        feedback=feedback)
    added = [project.mapLayer(i) for i in set(project.mapLayers()) - known]
    try:
        assert not [e for e in feedback.errors if "correctly" in e], feedback.errors
        assert len(added) == 2 and all(layer.providerType() == "memory" for layer in added)
        zones = next(layer for layer in added if layer.renderer().type() == "RuleRenderer")
        assert "distance_km" in zones.fields().names()
        legend = [rule.label() for rule in zones.renderer().rootRule().children()]
        assert "Rose most (top 5)" in legend and "Inside the operation" in legend
    finally:
        project.removeMapLayers([layer.id() for layer in added])


def test_a_zone_touching_the_operation_with_less_than_half_inside_reads_partly():
    from mining_loss_monitor.algorithms.reports.displacement_report import overlap_word

    assert [overlap_word({"inside_operation": inside, "distance_km": km}) for inside, km in
            ((1, 0.0), (0, 0.0), (0, 3.2))] == ["mostly", "partly", "no"]
