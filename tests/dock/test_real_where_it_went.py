"""Amazon Mining Watch 2019-2024 (Madre de Dios): emerging hot spots, and where mining grew around La Pampa.

The La Pampa area (no licence to bundle) and the full INEI districts live in ../shared: skipped without them.
The numbers asserted here are the ones quoted in the README.
"""
import datetime

import pytest

from tests.conftest import ROOT

SHARED = ROOT.parent / "shared" / "data"
AOI = SHARED / "lapampa_aoi_gorkyflorez" / "Zona_Amortiguamiento.geojson"
DISTRICTS = SHARED / "peru_limits_inei" / "peru_distrital_simple.geojson"
AMW = ROOT / "tests" / "data" / "amw_mining_mdd_2018_2025Q3.gpkg"
AMW_2019_2024_HA = 2112.29 + 1760.66 + 3185.26 + 2556.05 + 2657.84 + 27457.99  # SUM("Mined area (ha)") by year

pytestmark = pytest.mark.skipif(not (AOI.exists() and DISTRICTS.exists()),
                                reason="the La Pampa area and the INEI districts live in ../shared")


@pytest.fixture(scope="module")
def amw_dated(tmp_path_factory):
    """AMW polygons of 2019..2025 with their year as a date field (year precision) and the mined area."""
    from osgeo import gdal

    path = str(tmp_path_factory.mktemp("amw") / "amw_dated.gpkg")
    gdal.VectorTranslate(path, str(AMW), format="GPKG", layerName="amw", SQLDialect="SQLite", SQLStatement=(
        'SELECT geom, "Mined area (ha)" AS mined_ha, CAST(year / 100 AS TEXT) AS loss_year FROM amw_mining '
        "WHERE year >= 201900"))
    return path


@pytest.fixture(scope="module")
def la_pampa(tmp_path_factory):
    """An operations layer whose one entry is the La Pampa area, split on 2022-01-01."""
    from osgeo import ogr, osr

    from algorithms.core.regions.operations import write_operations

    source = ogr.Open(str(AOI))
    layer = source.GetLayer(0)
    feature = layer.GetNextFeature()
    area = feature.GetGeometryRef().Clone()
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    area.TransformTo(wgs84)
    path = str(tmp_path_factory.mktemp("ops") / "la_pampa.gpkg")
    write_operations(path, [{"name": "La Pampa", "start_date": datetime.date(2022, 1, 1), "end_date": None,
                             "agency": "", "kind": "split date", "description": "", "source": str(AOI.name),
                             "geometry": ogr.ForceToMultiPolygon(area)}])
    return path


def _features(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "x", "ogr")
    return list(layer.getFeatures())


def test_emerging_hot_spots_of_amw_mining_2019_2024(plugin_instance, amw_dated, tmp_path):
    import processing

    result = processing.run("miningloss:hotspots", {
        "LOSS": amw_dated, "DATE_FIELD": "loss_year", "AREA_FIELD": "mined_ha", "PERIOD": 0,
        "START_DATE": "2019-01-01", "END_DATE": "2024-12-31", "CELL_KM2": 25, "OUTPUT": str(tmp_path / "hot.gpkg"),
        "OUTPUT_TABLE": str(tmp_path / "periods.gpkg"), "REPORT": str(tmp_path / "hot.html")})
    cells = _features(result["OUTPUT"])
    assert sum(f["total_ha"] for f in cells) == pytest.approx(AMW_2019_2024_HA, rel=0.001)
    counts = {}
    for cell in cells:
        counts[cell["category"]] = counts.get(cell["category"], 0) + 1
    assert counts == {"new": 35, "consecutive": 25, "intensifying": 3, "persistent": 77, "diminishing": 6,
                      "sporadic": 37, "none": 197}
    top = max(cells, key=lambda f: f["total_ha"] if f["category"] == "intensifying" else 0)
    assert top["total_ha"] == pytest.approx(748.54, abs=0.05)


def test_where_mining_grew_around_la_pampa_by_district_and_hexagon(plugin_instance, amw_dated, la_pampa, tmp_path):
    import processing

    common = {"LOSS": amw_dated, "DATE_FIELD": "loss_year", "AREA_FIELD": "mined_ha", "OPERATIONS": la_pampa,
              "OPERATION": "La Pampa", "RADIUS_KM": 100, "WINDOW_MONTHS": 36}
    by_district = processing.run("miningloss:displacement", dict(
        common, ZONES=str(DISTRICTS), ZONE_FIELD="IDDIST", OUTPUT=str(tmp_path / "districts.gpkg"),
        REPORT=str(tmp_path / "districts.html")))
    assert by_district["INSIDE_CHANGE_PCT"] == pytest.approx(100 * (357.1 - 429.2) / 429.2, abs=0.1)
    ranked = sorted((f for f in _features(by_district["OUTPUT"]) if f["rank"]), key=lambda f: f["rank"])
    assert [f["zone"] for f in ranked[:4]] == ["170102", "170203", "170104", "170204"]  # Inambari, Madre de
    # Dios, Laberinto, Huepetuhe
    assert ranked[0]["change_ha"] == pytest.approx(9471.1, abs=0.1) and ranked[0]["distance_km"] == 0
    assert ranked[2]["direction"] == "N" and ranked[2]["distance_km"] == pytest.approx(5.9, abs=0.1)
    by_hexagon = processing.run("miningloss:displacement", dict(common, CELL_KM2=25,
                                                                OUTPUT=str(tmp_path / "hexagons.gpkg")))
    top = next(f for f in _features(by_hexagon["OUTPUT"]) if f["rank"] == 1)
    assert top["direction"] == "NE" and top["distance_km"] == pytest.approx(16.0, abs=0.1)
    assert top["before_ha"] == pytest.approx(15.5, abs=0.1) and top["after_ha"] == pytest.approx(801.6, abs=0.1)
