"""miningloss:legalstatus through processing.run, on bundled real data and (optionally) SERNANP's Tambopata."""
import csv

import numpy as np
import pytest

from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"
AMW = DATA / "amw_mining_mdd_2018_2025Q3.gpkg"
PROVINCES = DATA / "provinces_mdd.gpkg"
SERNANP = ROOT.parent / "shared" / "data" / "sernanp_tambopata"


def _rows(path):
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _amw_totals_by_year():
    """Independent: the sum of AMW's own 'Mined area (ha)' per year code, read with OGR."""
    from osgeo import ogr

    source = ogr.Open(str(AMW))
    totals = {}
    for feature in source.GetLayer(0):
        key = str(feature.GetField("year"))
        totals[key] = totals.get(key, 0.0) + feature.GetField("Mined area (ha)")
    return totals


def _corridor(tmp_path, crs="EPSG:4326"):
    """A made-up 'mining corridor' rectangle over part of Madre de Dios, overlapping the provinces."""
    from osgeo import ogr, osr

    path = tmp_path / f"corridor_{crs.replace(':', '')}.gpkg"
    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("corridor", srs=srs, geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("name", "Corredor minero")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((-70.4 -13.2,-69.6 -13.2,-69.6 -12.8,-70.4 -12.8,"
                                                  "-70.4 -13.2))"))
    layer.CreateFeature(feature)
    source = None
    return str(path)


def test_provinces_and_a_corridor_add_up_to_every_amw_polygon(provider, tmp_path):
    """Per year: loss in the (non-overlapping) provinces + outside = AMW's total; a corridor counts on top."""
    import processing

    runs = []
    for zones, field in (([str(PROVINCES)], "FIRST_IDPR"), ([str(PROVINCES), _corridor(tmp_path)], "FIRST_IDPR, name")):
        result = processing.run("miningloss:legalstatus", {
            "LOSS": str(AMW), "GROUP_FIELD": "year", "AREA_FIELD": "Mined area (ha)", "ZONES": zones,
            "ZONE_FIELD": field, "OUTPUT": str(tmp_path / f"legal{len(runs)}.csv"),
            "REPORT": str(tmp_path / "legal.html")})
        runs.append(_rows(result["OUTPUT"]))
    rows, with_corridor = runs
    assert list(rows[0]) == ["category", "zone", "period", "period_start", "period_end", "loss_ha", "mining_ha",
                             "other_ha", "zone_ha"]
    totals = _amw_totals_by_year()
    assert {r["period"] for r in rows} == set(totals)
    for year, total in totals.items():
        provinces = sum(float(r["loss_ha"]) for r in rows if r["period"] == year and r["category"] == "provinces_mdd")
        outside = [float(r["loss_ha"]) for r in rows if r["period"] == year and r["category"] == "outside"]
        assert len(outside) == 1
        assert provinces + outside[0] == pytest.approx(total, rel=1e-6), year
    corridor = {r["period"]: float(r["loss_ha"]) for r in with_corridor if r["zone"] == "Corredor minero"}
    assert corridor["201900"] > 100  # La Pampa and Huepetuhue lie in it
    for row in rows:  # the provinces are unchanged by the overlapping corridor; outside only shrinks
        other = [r for r in with_corridor if (r["category"], r["zone"], r["period"]) ==
                 (row["category"], row["zone"], row["period"])][0]
        if row["category"] == "outside":
            assert float(row["loss_ha"]) - corridor[row["period"]] - 1e-6 <= float(other["loss_ha"]) <= \
                float(row["loss_ha"]) + 1e-6
        else:
            assert float(other["loss_ha"]) == pytest.approx(float(row["loss_ha"]), rel=1e-6)
    summary = processing.run("miningloss:regionsummary", {
        "LOSS": str(AMW), "GROUP_FIELD": "year", "AREA_FIELD": "Mined area (ha)", "REGIONS": str(PROVINCES),
        "REGION_FIELD": "FIRST_IDPR", "OUTPUT": str(tmp_path / "summary.csv")})
    for row in _rows(summary["OUTPUT"]):
        ours = [r for r in rows if r["zone"] == row["region"] and r["period"] == row["period"]][0]
        assert float(ours["loss_ha"]) == pytest.approx(float(row["loss_ha"]), rel=1e-6)
    html = open(result["REPORT"], encoding="utf-8").read()
    # the table says what its chart says («Outside every zone», not the field value «outside»)
    assert "<td>Corredor minero</td>" in html and "<td>Outside every zone</td>" in html
    assert "<td>outside</td>" not in html
    zero_rows = sum(1 for r in with_corridor if float(r["loss_ha"]) == 0)
    assert zero_rows and html.count("<tr><td>") == len(with_corridor) - zero_rows  # rows without loss collapsed
    assert f"{zero_rows} rows without loss" in html
    assert _chart_width(html) <= 1052  # drawn at the page's width (1100 px less margins): labels keep their size


def _chart_width(html):
    """Width in pixels of the report's first embedded PNG."""
    import base64
    import struct

    data = base64.b64decode(html.split("data:image/png;base64,")[1].split("'")[0])
    return struct.unpack(">I", data[16:20])[0]


def test_raster_loss_inside_and_outside_add_up_to_an_independent_pixel_count(provider, tmp_path):
    """AMW first-year raster (EPSG:4326): each year's zones + outside = all its loss pixels' ellipsoidal area."""
    import processing
    from osgeo import gdal

    from tests.regions.test_core_periods_and_zonal import _cell_area_ha_numeric

    raster = DATA / "amw_first_year_mdd_0.00025deg.tif"
    result = processing.run("miningloss:legalstatus", {
        "LOSS": str(raster), "ENCODING": 2, "ZONES": [str(PROVINCES)], "ZONE_FIELD": "FIRST_IDPR", "PERIOD": 0,
        "START_DATE": "2019-01-01", "END_DATE": "2021-12-31", "OUTPUT": str(tmp_path / "legal.csv")})
    rows = _rows(result["OUTPUT"])
    dataset = gdal.Open(str(raster))
    gt = dataset.GetGeoTransform()
    values = dataset.ReadAsArray()
    for code in (19, 20, 21):
        counts = np.count_nonzero(values == code, axis=1)
        expected = sum(count * _cell_area_ha_numeric(gt[3] + r * gt[5], gt[3] + (r + 1) * gt[5], gt[1])
                       for r, count in enumerate(counts) if count)
        year = str(2000 + code)
        ours = sum(float(r["loss_ha"]) for r in rows if r["period"] == year)
        assert ours == pytest.approx(expected, rel=1e-4), year
        assert float([r for r in rows if r["period"] == year and r["category"] == "outside"][0]["loss_ha"]) >= 0


def test_zones_in_another_crs_are_reprojected(provider, tmp_path):
    import processing

    tables = []
    for crs in ("EPSG:4326", "EPSG:32719"):
        result = processing.run("miningloss:legalstatus", {
            "LOSS": str(AMW), "GROUP_FIELD": "year", "AREA_FIELD": "Mined area (ha)",
            "ZONES": [_corridor(tmp_path, "EPSG:4326") if crs == "EPSG:4326" else _reprojected(tmp_path)],
            "ZONE_FIELD": "name", "OUTPUT": str(tmp_path / f"{len(tables)}.csv")})
        tables.append({(r["zone"], r["period"]): float(r["loss_ha"]) for r in _rows(result["OUTPUT"])})
    assert tables[0][("Corredor minero", "201900")] > 100
    for key, hectares in tables[0].items():
        assert tables[1][key] == pytest.approx(hectares, rel=0.01, abs=0.5), key


def _reprojected(tmp_path):
    from osgeo import gdal

    target = tmp_path / "corridor_utm.gpkg"
    gdal.VectorTranslate(str(target), _corridor(tmp_path), dstSRS="EPSG:32719", format="GPKG",
                         segmentizeMaxDist=0.001)
    return str(target)


@pytest.mark.parametrize("zones, field, message", [
    ([], "", "'Legal zones' is empty"),
    (["provinces"], "NO_SUCH", "has no field 'NO_SUCH'"),
    (["provinces", "provinces"], "a, b, c", "lists 3 field names for 2 zoning layers"),
])
def test_bad_zones_are_clear_errors(provider, tmp_path, zones, field, message):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:legalstatus", {
            "LOSS": str(AMW), "GROUP_FIELD": "year", "ZONES": [str(PROVINCES) for _ in zones], "ZONE_FIELD": field,
            "OUTPUT": str(tmp_path / "x.csv")})
    assert message in str(raised.value)
    assert not (tmp_path / "x.csv").exists()


def test_a_loss_field_that_does_not_exist_names_the_parameter(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:legalstatus", {
            "LOSS": str(AMW), "GROUP_FIELD": "anio", "ZONES": [str(PROVINCES)], "OUTPUT": str(tmp_path / "x.csv")})
    assert "'Period field: its values are the periods': the loss layer has no field 'anio'" in str(raised.value)


@pytest.mark.skipif(not SERNANP.exists(), reason="SERNANP's Tambopata shapefiles (no licence to bundle) live in "
                                                 "../shared")
def test_amazon_mining_watch_in_the_tambopata_reserve_and_buffer_zone(provider, tmp_path):
    """Real data: AMW polygons vs SERNANP's reserve and buffer zone, against an independent OGR computation in UTM."""
    import processing
    from osgeo import ogr, osr
    from qgis.core import QgsVectorLayer

    paths = {name: f"/vsizip/{SERNANP / (name + '.zip')}" for name in ("ANP_RNTAM", "ZA_RNTAM")}
    layers = [QgsVectorLayer(path, name, "ogr") for name, path in paths.items()]
    assert all(layer.isValid() for layer in layers)
    result = processing.run("miningloss:legalstatus", {
        "LOSS": str(AMW), "GROUP_FIELD": "year", "AREA_FIELD": "Mined area (ha)", "ZONES": layers,
        "ZONE_FIELD": "anp_nomb", "OUTPUT": str(tmp_path / "tambopata.csv")})
    ours = {(r["category"], r["period"]): float(r["loss_ha"]) for r in _rows(result["OUTPUT"])}
    # independent: every AMW polygon to UTM 19S, its share inside each zone times its own hectares
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(32719)
    utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    zones = {}
    for name, path in paths.items():
        union = None
        source = ogr.Open(path)  # kept while its layer is read
        for feature in source.GetLayer(0):
            geometry = feature.GetGeometryRef().Clone()
            geometry = geometry if geometry.IsValid() else geometry.MakeValid()
            union = geometry if union is None else union.Union(geometry)
        zones[name] = union
    expected = {}
    amw_source = ogr.Open(str(AMW))
    amw = amw_source.GetLayer(0)
    to_utm = osr.CoordinateTransformation(amw.GetSpatialRef(), utm)
    for feature in amw:
        geometry = feature.GetGeometryRef().Clone()
        geometry.Transform(to_utm)
        geometry = geometry if geometry.IsValid() else geometry.MakeValid()
        for name, zone in zones.items():
            if geometry.Intersects(zone):
                share = geometry.Intersection(zone).GetArea() / geometry.GetArea()
                key = (name, str(feature.GetField("year")))
                expected[key] = expected.get(key, 0.0) + share * feature.GetField("Mined area (ha)")
    assert expected[("ZA_RNTAM", "201900")] > 300  # La Pampa lies in the buffer zone
    for key, hectares in expected.items():
        assert ours[key] == pytest.approx(hectares, rel=0.005, abs=0.05), key
    for key, hectares in ours.items():
        if key[0] != "outside":
            assert hectares == pytest.approx(expected.get(key, 0.0), rel=0.005, abs=0.05), key


def test_an_invalid_concession_is_repaired_named_with_its_layer_and_left_unchanged(provider, tmp_path):
    """A self-intersecting (bow-tie) concession: the log said «Region '…' has an invalid geometry» without the
    layer; now it names the zone and its zoning layer, counts the repaired area, and the file is untouched."""
    import processing
    from osgeo import ogr, osr

    from tests.conftest import recording_feedback

    path = tmp_path / "concesiones.gpkg"
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("concesiones", srs=srs, geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("titular", ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("titular", "Minera Lazo SAC")
    feature.SetGeometry(ogr.CreateGeometryFromWkt(
        "POLYGON((-70.4 -13.2,-69.6 -12.6,-69.6 -13.2,-70.4 -12.6,-70.4 -13.2))"))
    layer.CreateFeature(feature)
    source = layer = feature = None
    before = path.read_bytes()
    feedback = recording_feedback()
    result = processing.run("miningloss:legalstatus", {
        "LOSS": str(AMW), "GROUP_FIELD": "year", "AREA_FIELD": "Mined area (ha)", "ZONES": [str(path)],
        "ZONE_FIELD": "titular", "OUTPUT": str(tmp_path / "legal.csv")}, feedback=feedback)
    assert any("Zone 'Minera Lazo SAC' of the zoning layer concesiones has an invalid geometry" in e
               for e in feedback.errors), feedback.errors
    rows = _rows(result["OUTPUT"])
    assert sum(float(r["loss_ha"]) for r in rows if r["zone"] == "Minera Lazo SAC") > 0
    assert path.read_bytes() == before


def test_cancel_during_the_count_stops_in_words_and_writes_nothing(provider, tmp_path):
    """Cancel pressed while the loss is counted: the log showed a Python traceback ending in 'Cancelled'."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CancelOnProgress(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress > 0:
                self.cancel()

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:legalstatus", {
            "LOSS": str(DATA / "sample_truth_20180710_20190805.tif"), "ENCODING": 4, "PERIOD": 3,
            "ZONES": [str(PROVINCES)], "ZONE_FIELD": "", "OUTPUT": str(tmp_path / "legal.csv"),
            "REPORT": str(tmp_path / "legal.html")}, feedback=CancelOnProgress())
    assert str(raised.value) == "Cancelled by the user; no output was written."
    assert not list(tmp_path.iterdir())
