"""Periods, product encodings and zonal loss (core, no QGIS), checked against independent numbers."""
import datetime
import math

import numpy as np
import pytest
from mining_loss_monitor.algorithms.core import periods
from mining_loss_monitor.algorithms.core.errors import CoreError
from mining_loss_monitor.algorithms.core.regions.operations import comparison_windows, read_operations_csv
from mining_loss_monitor.algorithms.core.regions.regions import build_regions
from mining_loss_monitor.algorithms.core.regions.summary import compare, summarise_dates, summarise_groups
from mining_loss_monitor.algorithms.core.regions.vectorzonal import vector_loss_histogram
from mining_loss_monitor.algorithms.core.regions.zonal import raster_loss_histogram
from osgeo import gdal, ogr, osr

from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"
trapezoid = getattr(np, "trapezoid", None) or np.trapz  # numpy 2.4 (QGIS 3.44 on Debian sid) has no np.trapz
HANSEN = DATA / "Hansen_GFC-2023-v1.11_lossyear_20N_080W.tif"
# mapme.biodiversity's published pixel counts inside gfw_sample.gpkg (pixel centres), shared/data SOURCE.md
HANSEN_COUNTS = {1: 7, 2: 23, 3: 462, 4: 128, 5: 59, 6: 100, 7: 150, 8: 32, 9: 36, 10: 124, 11: 42, 12: 203, 13: 7,
                 14: 103, 15: 19, 16: 124, 17: 181, 19: 4, 20: 81, 21: 22, 22: 46, 23: 198}


def _wgs84():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _layer_regions(path, field=None, where=None, srs=None):
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    if where:
        layer.SetAttributeFilter(where)
    transform = osr.CoordinateTransformation(layer.GetSpatialRef(), srs) if srs else None
    items = []
    for feature in layer:
        geometry = feature.GetGeometryRef().Clone()
        if transform:
            geometry.Transform(transform)
        items.append((feature.GetField(field) if field else "all", geometry.ExportToWkb()))
    return build_regions(items, (srs or layer.GetSpatialRef()).ExportToWkt())


def _cell_area_ha_numeric(lat_top, lat_bottom, dlon_deg):
    """Independent ellipsoidal cell area: numerical integral of M(phi) N(phi) cos(phi) dphi dlambda (WGS84)."""
    a, f = 6378137.0, 1 / 298.257223563
    e2 = f * (2 - f)
    phis = np.linspace(math.radians(lat_bottom), math.radians(lat_top), 201)
    s = np.sin(phis)
    m = a * (1 - e2) / (1 - e2 * s * s) ** 1.5
    n = a / np.sqrt(1 - e2 * s * s)
    return trapezoid(m * n * np.cos(phis), phis) * math.radians(dlon_deg) / 10000.0


def test_date_parsing_and_gfw_decoding():
    assert periods.parse_date_value("2019-02-19") == 20190219
    assert periods.parse_date_value(datetime.datetime(2019, 2, 19, 10)) == 20190219
    assert periods.parse_date_value(2019) == 20190000
    assert periods.parse_date_value("2019") == 20190000
    assert periods.parse_date_value(20190230) is None and periods.parse_date_value("not a date") is None
    # GFW: confidence * 10000 + days since 2014-12-31; 1500 days -> 2019-02-08
    dates, loss = periods.decode_raster_dates(np.array([0, 21500, 31500, 40001]), periods.GFW_ALERTS)
    assert list(loss) == [False, True, True, True]
    assert list(dates) == [0, 20190208, 20190208, 20150101]
    dates, _ = periods.decode_raster_dates(np.array([0, 1, 19, 23]), periods.HANSEN_LOSSYEAR)
    assert list(dates) == [0, 20010000, 20190000, 20230000]


def test_periods_cover_the_range_with_labels():
    quarters = periods.periods_between(20181115, 20190310, periods.QUARTER)
    assert [p.label for p in quarters] == ["2018-Q4", "2019-Q1"]
    months = periods.periods_between(20190101, 20190331, periods.MONTH)
    assert [(p.label, p.end) for p in months] == [("2019-01", 20190131), ("2019-02", 20190228), ("2019-03", 20190331)]
    assert periods.periods_between(20190101, 20191231, periods.WHOLE)[0].label == "2019-01-01..2019-12-31"
    with pytest.raises(CoreError) as raised:
        periods.check_precision("year", periods.MONTH)
    assert raised.value.code == "year_precision"


def test_hansen_lossyear_per_year_matches_published_counts_and_independent_areas():
    regions = _layer_regions(DATA / "gfw_sample.gpkg", srs=_wgs84())
    histogram, method = raster_loss_histogram(str(HANSEN), periods.HANSEN_LOSSYEAR, regions)
    assert method == "ellipsoidal"
    rows = summarise_dates(histogram, regions, periods.YEAR, 20010101, 20231231)
    assert [r["period"] for r in rows] == [str(y) for y in range(2001, 2024)]
    dataset = gdal.Open(str(HANSEN))
    gt = dataset.GetGeoTransform()
    values = dataset.ReadAsArray()
    mask = gdal.GetDriverByName("MEM").Create("", dataset.RasterXSize, dataset.RasterYSize, 1, gdal.GDT_Byte)
    mask.SetGeoTransform(gt)
    mask.SetProjection(dataset.GetProjection())
    source = ogr.Open(str(DATA / "gfw_sample.gpkg"))
    gdal.RasterizeLayer(mask, [1], source.GetLayer(0), burn_values=[1])
    inside = mask.ReadAsArray() == 1
    for row in rows:
        year = int(row["period"]) - 2000
        counts = np.count_nonzero((values == year) & inside, axis=1)
        assert counts.sum() == HANSEN_COUNTS.get(year, 0)
        expected = sum(count * _cell_area_ha_numeric(gt[3] + r * gt[5], gt[3] + (r + 1) * gt[5], gt[1])
                       for r, count in enumerate(counts) if count)
        assert row["loss_ha"] == pytest.approx(expected, rel=1e-6, abs=1e-9)
        assert row["mining_ha"] is None
    with pytest.raises(CoreError):
        summarise_dates(histogram, regions, periods.MONTH)


def _amw_features(area_field=True):
    source = ogr.Open(str(DATA / "amw_mining_mdd_2018_2025Q3.gpkg"))
    layer = source.GetLayer(0)
    return [(f.GetGeometryRef().ExportToWkb(), str(f.GetField("year")),
             f.GetField("Mined area (ha)") if area_field else None, None) for f in layer]


def _independent_shares(region_where, area_field):
    """Per year: sum over AMW polygons of (area field or area) x share inside, in UTM 19S (another projection)."""
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(32719)
    utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_utm = osr.CoordinateTransformation(_wgs84(), utm)
    source = ogr.Open(str(DATA / "provinces_mdd.gpkg"))
    provinces = source.GetLayer(0)
    provinces.SetAttributeFilter(region_where)
    region = None
    for feature in provinces:
        geometry = feature.GetGeometryRef().Clone()
        geometry.Transform(to_utm)
        region = geometry if region is None else region.Union(geometry)
    totals = {}
    for wkb, year, area, _ in _amw_features():
        polygon = ogr.CreateGeometryFromWkb(wkb)
        polygon.Transform(to_utm)
        polygon = polygon if polygon.IsValid() else polygon.MakeValid()
        if not polygon.Intersects(region):
            continue
        share = polygon.Intersection(region).GetArea() / polygon.GetArea()
        totals[year] = totals.get(year, 0.0) + (area * share if area_field else polygon.GetArea() * share / 1e4)
    return totals


@pytest.mark.parametrize("area_field", [True, False])
def test_amazon_mining_watch_polygons_by_province(area_field):
    regions = _layer_regions(DATA / "provinces_mdd.gpkg", "FIRST_IDPR", "FIRST_IDPR IN ('1701', '1702')", _wgs84())
    histogram = vector_loss_histogram(_amw_features(area_field), regions, _wgs84().ExportToWkt())
    rows = summarise_groups(histogram, regions)
    assert {r["period"] for r in rows} >= {"201800", "201900", "202300"}
    for code in ("1701", "1702"):
        expected = _independent_shares(f"FIRST_IDPR = '{code}'", area_field)
        for row in (r for r in rows if r["region"] == code):
            assert row["loss_ha"] == pytest.approx(expected.get(row["period"], 0.0), rel=0.005, abs=0.01), row


def _date_raster(path, dates):
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), dates.shape[1], dates.shape[0], 1, gdal.GDT_Int32)
    dataset.SetGeoTransform((383000, 10, 0, 8566000, 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32719)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(dates)
    dataset.GetRasterBand(1).SetNoDataValue(0)
    dataset = None
    return srs


def test_comparison_with_hand_checkable_numbers(tmp_path):
    dates = np.zeros((100, 100), dtype=np.int32)
    dates[0:10, 0:90] = 20180301   # 900 px = 9 ha in the before window (Feb-Jul 2018)
    dates[20:21, 0:67] = 20190401  # 67 px = 0.67 ha in the after window
    dates[40:50, 0:50] = 20181201  # 5 ha between the windows: in neither
    srs = _date_raster(tmp_path / "dates.tif", dates)
    square = ogr.CreateGeometryFromWkt("POLYGON ((383000 8566000, 384000 8566000, 384000 8565000, 383000 8565000, "
                                       "383000 8566000))")
    empty_region = ogr.CreateGeometryFromWkt("POLYGON ((390000 8566000, 391000 8566000, 391000 8565000, "
                                             "390000 8565000, 390000 8566000))")
    regions = build_regions([("La Pampa", square.ExportToWkb()), ("Elsewhere", empty_region.ExportToWkb())],
                            srs.ExportToWkt())
    histogram, _ = raster_loss_histogram(str(tmp_path / "dates.tif"), periods.DATE_RASTER, regions)
    before, after = comparison_windows(20190219, 5, 0)
    assert (before, after) == ((20180219, 20180718), (20190219, 20190718))
    rows = compare(histogram, regions, before, after)
    pampa, elsewhere = rows
    assert pampa["before_ha"] == pytest.approx(9.0) and pampa["after_ha"] == pytest.approx(0.67)
    assert pampa["change_pct"] == pytest.approx(-92.555, abs=0.01)
    assert pampa["before_ha_month"] == pytest.approx(9.0 / (150 / (365.25 / 12)))
    assert pampa["rate_change_pct"] == pytest.approx(pampa["change_pct"])
    assert elsewhere["before_ha"] == 0 and elsewhere["after_ha"] == 0 and elsewhere["change_pct"] is None
    months = summarise_dates(histogram, regions, periods.MONTH, 20180101, 20191231)
    assert len(months) == 24 * 2
    assert sum(r["loss_ha"] for r in months if r["region"] == "La Pampa") == pytest.approx(14.67)
    assert all(r["loss_ha"] == 0 for r in months if r["region"] == "Elsewhere")
    assert regions[0].area_ha == pytest.approx(100.0, rel=1e-3)  # ellipsoidal vs UTM planar


def test_overlapping_regions_are_each_counted_in_full(tmp_path):
    dates = np.full((100, 100), 20190505, dtype=np.int32)
    srs = _date_raster(tmp_path / "dates.tif", dates)
    a = ogr.CreateGeometryFromWkt("POLYGON ((383000 8566000, 383600 8566000, 383600 8565000, 383000 8565000, "
                                  "383000 8566000))")
    b = ogr.CreateGeometryFromWkt("POLYGON ((383400 8566000, 384000 8566000, 384000 8565000, 383400 8565000, "
                                  "383400 8566000))")
    regions = build_regions([("A", a.ExportToWkb()), ("B", b.ExportToWkb()), ("A", None)], srs.ExportToWkt())
    histogram, _ = raster_loss_histogram(str(tmp_path / "dates.tif"), periods.DATE_RASTER, regions)
    rows = summarise_dates(histogram, regions, periods.YEAR)
    assert [(r["region"], round(r["loss_ha"], 6)) for r in rows] == [("A", 60.0), ("B", 60.0)]  # 600 m x 1000 m each


def test_operations_csv_reports_bad_rows_by_line(tmp_path):
    csv_path = tmp_path / "ops.csv"
    csv_path.write_text(
        "name,start_date,end_date,agency,kind,description,source,wkt,region\n"
        "Mercurio,2019-02-19,,PNP,enforcement,,MAAP #104,,La Pampa\n"
        ",2019-01-01,,,,,,POINT (0 0),\n"
        "Bad date,31/02/2019,,,,,,,La Pampa\n"
        "Backwards,2020-01-01,2019-01-01,,,,,,La Pampa\n"
        "Nowhere,2020-01-01,,,,,,,Atlantis\n"
        "Square,2021-03-01,2021-06-30,FEMA,patrol,,,\"POLYGON ((0 0,1 0,1 1,0 0))\",\n", encoding="utf-8")
    pampa = ogr.CreateGeometryFromWkt("POLYGON ((-70 -13,-69.9 -13,-69.9 -12.9,-70 -13))").ExportToWkb()
    operations, problems = read_operations_csv(str(csv_path), {"La Pampa": pampa})
    assert [o["name"] for o in operations] == ["Mercurio", "Square"]
    assert operations[0]["start_date"] == datetime.date(2019, 2, 19) and operations[0]["end_date"] is None
    assert [(line, code) for line, code, _ in problems] == [(3, "no_name"), (4, "bad_date"), (5, "end_before_start"),
                                                             (6, "unknown_region")]


def test_operations_csv_accepts_peruvian_day_first_dates_when_unambiguous(tmp_path):
    from mining_loss_monitor.algorithms.core.regions.operations import parse_operation_date

    assert parse_operation_date("19/02/2019") == (20190219, None)
    assert parse_operation_date("19.02.2019") == (20190219, None)
    assert parse_operation_date("2019-02-19") == (20190219, None)
    assert parse_operation_date("02/19/2019") == (20190219, None)  # only month/day makes sense
    assert parse_operation_date("03/04/2019") == (None, "ambiguous_date")
    assert parse_operation_date("03/04/2019", "dmy") == (20190403, None)
    assert parse_operation_date("04/04/2019") == (20190404, None)
    csv_path = tmp_path / "ops.csv"
    csv_path.write_text(
        "name;start_date;end_date;wkt\n"
        "Mercurio;19/02/2019;;POLYGON ((0 0,1 0,1 1,0 0))\n"
        "Patrol;03/04/2019;30/06/2019;POLYGON ((0 0,1 0,1 1,0 0))\n", encoding="utf-8")
    operations, problems = read_operations_csv(str(csv_path))
    assert problems == []
    # the file writes days first (19/02, 30/06), so 03/04/2019 is 3 April
    assert [o["start_date"] for o in operations] == [datetime.date(2019, 2, 19), datetime.date(2019, 4, 3)]
    csv_path.write_text("name,start_date,wkt\nPatrol,03/04/2019,\"POLYGON ((0 0,1 0,1 1,0 0))\"\n", encoding="utf-8")
    operations, problems = read_operations_csv(str(csv_path))
    assert operations == [] and [(line, code) for line, code, _ in problems] == [(2, "ambiguous_date")]


def test_operations_csv_from_spanish_excel_in_windows_1252(tmp_path):
    text = ("name;start_date;end_date;agency;description;wkt\r\n"
            "Operación Mercurio;19/02/2019;;Policía Nacional;Interdicción en La Pampa;POLYGON ((0 0,1 0,1 1,0 0))\r\n"
            "Patrulla Año Nuevo;03/01/2020;30/06/2020;SERNANP;Señalización;POLYGON ((0 0,1 0,1 1,0 0))\r\n")
    expected = [("Operación Mercurio", datetime.date(2019, 2, 19), "Policía Nacional"),
                ("Patrulla Año Nuevo", datetime.date(2020, 1, 3), "SERNANP")]
    for encoding in ("cp1252", "utf-8", "utf-8-sig"):
        csv_path = tmp_path / f"ops_{encoding}.csv"
        csv_path.write_bytes(text.encode(encoding))
        operations, problems = read_operations_csv(str(csv_path))
        assert problems == []
        assert [(o["name"], o["start_date"], o["agency"]) for o in operations] == expected
    # a byte that Windows-1252 leaves undefined (0x81) still reads, as Latin-1
    csv_path.write_bytes("name;start_date;wkt\nOp\x81;2019-02-19;POLYGON ((0 0,1 0,1 1,0 0))\n".encode("latin-1"))
    operations, _ = read_operations_csv(str(csv_path))
    assert [o["name"] for o in operations] == ["Op\x81"]


def test_values_an_encoding_cannot_hold():
    import numpy as np
    from mining_loss_monitor.algorithms.core.periods import unexpected_value

    assert unexpected_value(np.array([0, 1, 2, 255], np.uint8), 0) is None
    assert unexpected_value(np.array([0, 1, 3], np.uint8), 0) == 3
    assert unexpected_value(np.array([0, 20190219, 20190000, -9999], np.int32), 1, nodata=-9999) is None
    assert unexpected_value(np.array([0, 20191301], np.int32), 1) == 20191301
    assert unexpected_value(np.array([20200229, 20190229], np.int32), 1) == 20190229
    assert unexpected_value(np.array([0, 1, 23, 255], np.uint8), 2, nodata=255) is None
    assert unexpected_value(np.array([0, 1, 123], np.uint8), 2) == 123
    assert unexpected_value(np.array([0, 21500, 31234], np.int32), 3) is None
    assert unexpected_value(np.array([0, 1500], np.int32), 3) == 1500
    assert unexpected_value(np.array([0.0, 1.0, np.nan], np.float32), 0) is None
    assert unexpected_value(np.array([0.0, 0.25], np.float32), 0) == 0.25
    assert unexpected_value(np.array([7, 0.4], np.float32), 4) is None  # binary: anything non-zero is loss
