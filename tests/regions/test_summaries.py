"""regionsummary, compareperiods and importoperations through processing.run."""
import csv
import os

import numpy as np
import pytest

from tests.conftest import ROOT, qgis_language, recording_feedback

DATA = ROOT / "tests" / "data"
SAMPLE = ROOT / "resources" / "sample"


def _rows(path):
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_hansen_lossyear_summary_to_csv_and_report(provider, tmp_path):
    import processing

    result = processing.run("miningloss:regionsummary", {
        "LOSS": str(DATA / "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"), "ENCODING": 2,
        "REGIONS": str(DATA / "gfw_sample.gpkg"), "PERIOD": 0, "START_DATE": "2015-01-01",
        "END_DATE": "2023-12-31", "OUTPUT": str(tmp_path / "hansen.csv"), "REPORT": str(tmp_path / "hansen.html")})
    rows = _rows(result["OUTPUT"])
    assert [r["period"] for r in rows] == [str(y) for y in range(2015, 2024)]
    assert list(rows[0]) == ["region", "period", "period_start", "period_end", "loss_ha", "mining_ha", "other_ha",
                             "region_ha", "loss_pct"]
    by_year = {r["period"]: float(r["loss_ha"]) for r in rows}
    # published counts: 2018 none, 2023 198 pixels of ~0.0731 ha (0.00025 deg at 18.66 N)
    assert by_year["2018"] == 0
    assert by_year["2023"] == pytest.approx(198 * 0.0731, rel=0.01)
    assert float(rows[0]["region_ha"]) == pytest.approx(2274.67, rel=0.005)  # mapme's UTM area of the polygon
    html = open(result["REPORT"], encoding="utf-8").read()
    assert "data:image/png;base64," in html and "http" not in html.split("<body>")[1].split("Sources")[0]
    assert "Pixel centres inside each region" in html


def test_year_dated_product_asked_for_months_is_a_clear_error(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:regionsummary", {
            "LOSS": str(DATA / "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"), "ENCODING": 2,
            "REGIONS": str(DATA / "gfw_sample.gpkg"), "PERIOD": 2, "OUTPUT": str(tmp_path / "x.csv")})
    assert "only to the year" in str(raised.value)


def test_amazon_mining_watch_by_province_with_area_field(provider, tmp_path):
    import processing

    result = processing.run("miningloss:regionsummary", {
        "LOSS": str(DATA / "amw_mining_mdd_2018_2025Q3.gpkg"), "GROUP_FIELD": "year",
        "AREA_FIELD": "Mined area (ha)", "REGIONS": str(DATA / "provinces_mdd.gpkg"), "REGION_FIELD": "FIRST_IDPR",
        "OUTPUT": str(tmp_path / "amw.csv")})
    rows = _rows(result["OUTPUT"])
    table = {(r["region"], r["period"]): float(r["loss_ha"]) for r in rows}
    assert {r["region"] for r in rows} == {"1701", "1702", "1703", "0812"}
    assert table[("1703", "201900")] == 0  # Tahuamanu: no mining polygons
    total_2019 = sum(v for (region, period), v in table.items() if period == "201900")
    assert 1500 < total_2019 < 3000
    assert all(r["mining_ha"] == "" for r in rows)  # no kind field: split unknown


def test_compare_operation_mercurio_on_a_year_coded_raster(provider, tmp_path):
    """AMW first-year raster over the sample La Pampa operation area: 2019 vs 2020, whole years."""
    import processing

    result = processing.run("miningloss:compareperiods", {
        "LOSS": str(DATA / "amw_first_year_mdd_0.00025deg.tif"), "ENCODING": 2,
        "REGIONS": str(SAMPLE / "operations.gpkg"), "REGION_FIELD": "name",
        "BEFORE_START": "2019-01-01", "BEFORE_END": "2019-12-31", "AFTER_START": "2020-01-01",
        "AFTER_END": "2020-12-31", "OUTPUT": str(tmp_path / "cmp.csv"), "REPORT": str(tmp_path / "cmp.html")})
    row = _rows(result["OUTPUT"])[0]
    assert row["region"] == "Operation Mercurio"
    before, after = float(row["before_ha"]), float(row["after_ha"])
    assert before > 0 and after > 0
    assert float(row["change_pct"]) == pytest.approx(100 * (after - before) / before)
    assert float(row["before_ha_month"]) == pytest.approx(before / 12, rel=0.001)
    summary = processing.run("miningloss:regionsummary", {
        "LOSS": str(DATA / "amw_first_year_mdd_0.00025deg.tif"), "ENCODING": 2,
        "REGIONS": str(SAMPLE / "operations.gpkg"), "REGION_FIELD": "name", "PERIOD": 0,
        "START_DATE": "2019-01-01", "END_DATE": "2020-12-31", "OUTPUT": str(tmp_path / "years.csv")})
    years = {r["period"]: float(r["loss_ha"]) for r in _rows(summary["OUTPUT"])}
    assert years["2019"] == pytest.approx(before) and years["2020"] == pytest.approx(after)


def test_compare_by_operation_name_needs_known_operation(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    parameters = {"LOSS": str(DATA / "amw_first_year_mdd_0.00025deg.tif"), "ENCODING": 2,
                  "REGIONS": str(SAMPLE / "operations.gpkg"), "OPERATIONS": str(SAMPLE / "operations.gpkg"),
                  "OPERATION": "Operation Nowhere", "OUTPUT": str(tmp_path / "x.csv")}
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:compareperiods", parameters)
    assert "Operation Mercurio" in str(raised.value)
    parameters.update(OPERATION="Operation Mercurio", AFTER_MONTHS=5)
    with pytest.raises(QgsProcessingException) as raised:  # year-coded product, Feb-Jul windows
        processing.run("miningloss:compareperiods", parameters)
    assert "whole calendar years" in str(raised.value)


def test_import_operations_keeps_good_rows(provider, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    source = tmp_path / "ops.csv"
    source.write_text("name;start_date;end_date;agency;kind;description;source;region\n"
                      "Camanti patrol;2020-03-01;2020-06-30;FEMA;patrol;;;CAMANTI\n"
                      "Broken;2020-13-45;;;;;;CAMANTI\n", encoding="utf-8")
    feedback = recording_feedback()
    result = processing.run("miningloss:importoperations", {
        "INPUT": str(source), "REGIONS": str(SAMPLE / "districts.gpkg"), "REGION_FIELD": "NOMBDIST",
        "OUTPUT": str(tmp_path / "operations.gpkg")}, feedback=feedback)
    assert result["IMPORTED"] == 1 and result["REJECTED"] == 1
    assert any("Line 3" in error for error in feedback.errors)
    # the Spanish log read «1 operativos importados»
    assert "Operations imported: 1; rows left out: 1." in feedback.infos
    layer = QgsVectorLayer(str(tmp_path / "operations.gpkg") + "|layername=operations", "ops", "ogr")
    assert layer.isValid() and layer.crs().authid() == "EPSG:4326" and layer.featureCount() == 1
    assert [f.name() for f in layer.fields()][1:] == ["name", "start_date", "end_date", "agency", "kind",
                                                      "description", "source"]
    feature = next(layer.getFeatures())
    assert feature["start_date"].toString("yyyy-MM-dd") == "2020-03-01"
    assert feature.geometry().area() > 0.1  # Camanti district, in square degrees


def test_import_operations_from_a_csv_saved_by_spanish_excel(provider, tmp_path):
    """«;», Windows-1252, «Operación», dd/mm/yyyy: was a UnicodeDecodeError traceback in the dialog."""
    import processing
    from qgis.core import QgsVectorLayer

    source = tmp_path / "operativos.csv"
    source.write_bytes("name;start_date;end_date;agency;kind;description;source;region\r\n"
                       "Operación Mercurio;19/02/2019;;Policía Nacional;interdicción;Minería ilegal;MAAP;INAMBARI\r\n"
                       .encode("cp1252"))
    result = processing.run("miningloss:importoperations", {
        "INPUT": str(source), "REGIONS": str(SAMPLE / "districts.gpkg"), "REGION_FIELD": "NOMBDIST",
        "OUTPUT": str(tmp_path / "operations.gpkg")})
    assert result["IMPORTED"] == 1 and result["REJECTED"] == 0
    layer = QgsVectorLayer(str(tmp_path / "operations.gpkg") + "|layername=operations", "ops", "ogr")
    feature = next(layer.getFeatures())
    assert (feature["name"], feature["agency"], feature["kind"]) == ("Operación Mercurio", "Policía Nacional",
                                                                     "interdicción")
    assert feature["start_date"].toString("yyyy-MM-dd") == "2019-02-19"


def test_invalid_and_empty_regions_are_repaired_or_zero(provider, tmp_path):
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "regions", "memory")
    bowtie = QgsGeometry.fromWkt("POLYGON((-71.73 18.64,-71.69 18.68,-71.69 18.64,-71.73 18.68,-71.73 18.64))")
    features = []
    for name, geometry in (("bowtie", bowtie), ("empty", QgsGeometry())):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    result = processing.run("miningloss:regionsummary", {
        "LOSS": str(DATA / "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"), "ENCODING": 2, "REGIONS": layer,
        "REGION_FIELD": "name", "PERIOD": 3, "START_DATE": "2001-01-01", "END_DATE": "2023-12-31",
        "OUTPUT": str(tmp_path / "x.csv")})
    rows = {r["region"]: r for r in _rows(result["OUTPUT"])}
    assert float(rows["bowtie"]["loss_ha"]) > 0 and float(rows["bowtie"]["region_ha"]) > 0
    assert float(rows["empty"]["loss_ha"]) == 0 and float(rows["empty"]["region_ha"]) == 0


def test_spanish_report(provider, tmp_path):
    import processing

    with qgis_language("es"):
        result = processing.run("miningloss:regionsummary", {
            "LOSS": str(DATA / "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"), "ENCODING": 2,
            "REGIONS": str(DATA / "gfw_sample.gpkg"), "PERIOD": 0, "START_DATE": "2020-01-01",
            "END_DATE": "2023-12-31", "OUTPUT": str(tmp_path / "x.csv"), "REPORT": str(tmp_path / "informe.html")})
    html = open(result["REPORT"], encoding="utf-8").read()
    assert "Pérdida de bosque por región y periodo" in html
    assert "Centros de píxel dentro de cada región" in html
    assert "2.271,88" in html  # region hectares (ellipsoidal) with Spanish separators
    assert os.path.getsize(result["REPORT"]) > 10000


SHARED_AOI = ROOT.parent / "shared" / "data" / "lapampa_aoi_gorkyflorez" / "Zona_Amortiguamiento.geojson"


@pytest.mark.skipif(not SHARED_AOI.exists(), reason="the La Pampa area (no licence to bundle) lives in ../shared")
def test_year_coded_raster_over_la_pampa_matches_an_independent_count(provider, tmp_path):
    """AMW first-year raster (EPSG:4326) over the La Pampa area polygon (EPSG:32719), per year and 2019 vs 2020."""
    import processing
    from osgeo import gdal

    from tests.regions.test_core_periods_and_zonal import _cell_area_ha_numeric

    raster = DATA / "amw_first_year_mdd_0.00025deg.tif"
    result = processing.run("miningloss:regionsummary", {
        "LOSS": str(raster), "ENCODING": 2, "REGIONS": str(SHARED_AOI), "PERIOD": 0, "START_DATE": "2018-01-01",
        "END_DATE": "2024-12-31", "OUTPUT": str(tmp_path / "years.csv")})
    ours = {r["period"]: float(r["loss_ha"]) for r in _rows(result["OUTPUT"])}
    # independent: the polygon in EPSG:4326, rasterized (pixel centres) on a MEM copy of the grid
    dataset = gdal.Open(str(raster))
    gt = dataset.GetGeoTransform()
    memory = gdal.GetDriverByName("MEM").Create("", dataset.RasterXSize, dataset.RasterYSize, 1, gdal.GDT_Byte)
    memory.SetGeoTransform(gt)
    memory.SetProjection(dataset.GetProjection())
    warped = gdal.VectorTranslate("/vsimem/aoi.gpkg", str(SHARED_AOI), dstSRS="EPSG:4326", format="GPKG")
    gdal.RasterizeLayer(memory, [1], warped.GetLayer(0), burn_values=[1])
    inside = memory.ReadAsArray() == 1
    values = dataset.ReadAsArray()
    rows = np.nonzero(inside.any(axis=1))[0]
    expected = {}
    for year in range(18, 25):
        counts = np.count_nonzero((values == year) & inside, axis=1)
        expected[str(2000 + year)] = sum(counts[r] * _cell_area_ha_numeric(gt[3] + r * gt[5], gt[3] + (r + 1) * gt[5],
                                                                            gt[1]) for r in rows if counts[r])
    warped = None
    gdal.Unlink("/vsimem/aoi.gpkg")
    for year, hectares in expected.items():
        assert ours[year] == pytest.approx(hectares, rel=0.01, abs=0.01), year
    comparison = processing.run("miningloss:compareperiods", {
        "LOSS": str(raster), "ENCODING": 2, "REGIONS": str(SHARED_AOI), "BEFORE_START": "2019-01-01",
        "BEFORE_END": "2019-12-31", "AFTER_START": "2020-01-01", "AFTER_END": "2020-12-31",
        "OUTPUT": str(tmp_path / "cmp.csv")})
    row = _rows(comparison["OUTPUT"])[0]
    independent = 100 * (expected["2020"] - expected["2019"]) / expected["2019"]
    assert float(row["change_pct"]) == pytest.approx(independent, abs=1.0)


def test_regions_in_another_crs_are_reprojected(provider, tmp_path):
    """The Hansen sample polygon in UTM 19N gives the same yearly hectares as in EPSG:4326."""
    import processing
    from osgeo import gdal

    utm = tmp_path / "sample_utm.gpkg"
    gdal.VectorTranslate(str(utm), str(DATA / "gfw_sample.gpkg"), dstSRS="EPSG:32619", format="GPKG")
    tables = []
    for regions in (str(DATA / "gfw_sample.gpkg"), str(utm)):
        result = processing.run("miningloss:regionsummary", {
            "LOSS": str(DATA / "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"), "ENCODING": 2, "REGIONS": regions,
            "PERIOD": 0, "START_DATE": "2001-01-01", "END_DATE": "2023-12-31",
            "OUTPUT": str(tmp_path / f"{len(tables)}.csv")})
        tables.append({r["period"]: float(r["loss_ha"]) for r in _rows(result["OUTPUT"])})
    total = sum(tables[0].values())
    assert total > 100
    assert sum(tables[1].values()) == pytest.approx(total, rel=0.005)
    for year, hectares in tables[0].items():
        assert tables[1][year] == pytest.approx(hectares, rel=0.05, abs=0.2)


@pytest.mark.parametrize("encoding, words", [
    (0, ["«Forest loss (raster or polygons)»", "loss class raster", "it has 6 bands"]),
    (1, ["«Forest loss (raster or polygons)»", "loss date raster", "it has 6 bands"]),
])
def test_a_reflectance_stack_given_as_loss_is_refused_naming_the_field(provider, tmp_path, encoding, words):
    """A 6-band stack as «Loss classes of this plugin» used to finish with 0 ha everywhere."""
    import processing
    from qgis.core import QgsProcessingException

    stack = SAMPLE / "S2_L2A_20190805_LaPampa_stack.tif"
    digest = stack.read_bytes()
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:regionsummary", {
            "LOSS": str(stack), "ENCODING": encoding, "REGIONS": str(SAMPLE / "districts.gpkg"), "PERIOD": 3,
            "OUTPUT": str(tmp_path / "x.csv")})
    assert all(word in str(raised.value) for word in words), str(raised.value)
    assert stack.read_bytes() == digest and not list(tmp_path.iterdir())


@pytest.mark.parametrize("encoding, band, value, key", [
    (0, 4, None, "LOSS"), (2, 4, None, "LOSS"), (3, 4, None, "LOSS"), (0, None, 20190231, "LOSS_DATE")])
def test_one_band_that_is_not_what_its_encoding_says_is_refused(provider, tmp_path, encoding, band, value, key):
    """A reflectance band as classes, lossyear or alerts; a date raster with 31 February as the class's dates."""
    import processing
    from osgeo import gdal
    from qgis.core import QgsProcessingException

    stack = str(SAMPLE / "S2_L2A_20190805_LaPampa_stack.tif")
    parameters = {"ENCODING": encoding, "REGIONS": str(SAMPLE / "districts.gpkg"), "PERIOD": 3,
                  "OUTPUT": str(tmp_path / "out" / "x.csv")}
    if band:
        parameters["LOSS"] = str(tmp_path / "nir.tif")
        gdal.Translate(parameters["LOSS"], stack, bandList=[band]).FlushCache()
    else:
        gdal.Translate(str(tmp_path / "classes.tif"), stack, bandList=[1], outputType=gdal.GDT_Byte,
                       scaleParams=[[0, 100000, 1, 1]]).FlushCache()
        dates = gdal.Translate(str(tmp_path / "dates.tif"), stack, bandList=[1], outputType=gdal.GDT_Int32)
        dates.GetRasterBand(1).Fill(value)
        dates = None
        parameters.update(LOSS=str(tmp_path / "classes.tif"), LOSS_DATE=str(tmp_path / "dates.tif"))
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:regionsummary", parameters)
    label = {"LOSS": "«Forest loss (raster or polygons)»", "LOSS_DATE": "«Loss dates for the class raster»"}[key]
    assert label in str(raised.value) and "it holds the value" in str(raised.value), str(raised.value)
    assert not (tmp_path / "out").exists()


def test_a_csv_table_output_is_accepted_where_the_dialog_checks_it(provider):
    """The dialog refused «x.csv» for compareperiods' table (only .gpkg); layers with geometry stay GeoPackage."""
    from qgis.core import QgsApplication, QgsProcessingContext

    context = QgsProcessingContext()
    registry = QgsApplication.processingRegistry()
    for algorithm in ("compareperiods", "regionsummary", "legalstatus"):
        output = registry.algorithmById("miningloss:" + algorithm).parameterDefinition("OUTPUT")
        # the dialog's own check (processing/gui/ParametersPanel.py): the parameter asks the provider
        assert output.isSupportedOutputValue("/tmp/table.csv", context)[0], algorithm
        assert output.isSupportedOutputValue("/tmp/table.gpkg", context)[0], algorithm
    polygons = registry.algorithmById("miningloss:vectorize").parameterDefinition("OUTPUT")
    assert not polygons.isSupportedOutputValue("/tmp/polygons.csv", context)[0]
    assert "csv" in provider.supportedOutputTableExtensions()


@pytest.mark.parametrize("coverage, period", [(("2018-07-10", "2019-08-05"), "2018-07-10..2019-08-05"),
                                              (None, "..")])
def test_undated_classes_over_the_whole_range_take_the_coverage_never_today(provider, tmp_path, coverage, period):
    """The tester's «del 3 dic 2026 al 3 dic 2026»: a two-date class raster (no LOSS_DATE) with PERIOD 3."""
    import datetime

    import processing
    from osgeo import gdal
    classes = gdal.Translate(str(tmp_path / "classes.tif"), str(SAMPLE / "S2_L2A_20190805_LaPampa_stack.tif"),
                             bandList=[1], outputType=gdal.GDT_Byte, scaleParams=[[0, 100000, 1, 1]])
    if coverage:
        classes.SetMetadataItem("COVERAGE_START", coverage[0])
        classes.SetMetadataItem("COVERAGE_END", coverage[1])
    classes = None
    feedback = recording_feedback()
    with qgis_language("es"):
        result = processing.run("miningloss:regionsummary", {
            "LOSS": str(tmp_path / "classes.tif"), "ENCODING": 0, "REGIONS": str(SAMPLE / "districts.gpkg"),
            "PERIOD": 3, "OUTPUT": str(tmp_path / "x.csv"), "REPORT": str(tmp_path / "x.html")}, feedback=feedback)
    rows = _rows(result["OUTPUT"])
    assert {r["period"] for r in rows} == {period}
    assert sum(float(r["loss_ha"]) for r in rows) > 100  # every pixel is mining loss: the whole sample counted
    html = open(result["REPORT"], encoding="utf-8").read()
    today = datetime.date.today()
    assert today.strftime("%Y/%m/%d") not in open(result["OUTPUT"], encoding="utf-8").read()
    log = " ".join(feedback.infos + feedback.errors)
    if coverage:
        assert {r["period_start"] for r in rows} == {"2018/07/10"} and {r["period_end"] for r in rows} == {"2019/08/05"}
        assert "del 10 jul 2018 al 5 ago 2019" in html, html[:3000]
        assert "2018-07-10 al 2019-08-05" in log, log
    else:
        assert {r["period_start"] for r in rows} == {""}
        assert "fechas desconocidas" in html and "desconocidas" in log, log


@pytest.mark.parametrize("algorithm, extra", [
    ("regionsummary", {"REGIONS": str(DATA / "gfw_sample.gpkg"), "PERIOD": 0}),
    ("legalstatus", {"ZONES": [str(DATA / "gfw_sample.gpkg")], "PERIOD": 0}),
    ("hotspots", {"CELL_KM2": 1.0, "PERIOD": 0, "OUTPUT_TABLE": "TEMPORARY_OUTPUT"}),
])
def test_an_end_date_before_the_start_date_is_refused_in_spanish(provider, tmp_path, algorithm, extra):
    """The three summaries read their date range through one helper; its message is translated."""
    import processing
    from qgis.core import QgsProcessingException

    parameters = {"LOSS": str(DATA / "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"), "ENCODING": 2,
                  "START_DATE": "2023-01-01", "END_DATE": "2015-12-31", "OUTPUT": str(tmp_path / "x.gpkg")}
    parameters.update(extra)
    with qgis_language("es"), pytest.raises(QgsProcessingException) as raised:
        processing.run(f"miningloss:{algorithm}", parameters)
    assert "La fecha de fin es anterior a la fecha de inicio" in str(raised.value)
    assert not (tmp_path / "x.gpkg").exists()
