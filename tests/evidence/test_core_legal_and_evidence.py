"""Legal status rows, coordinates, hashes and patch evidence on plain numpy/GDAL (no QGIS)."""
import hashlib
import zipfile

import numpy as np
import pytest
from mining_loss_monitor.algorithms.core.detection.sensors import PRESETS, SENTINEL2
from mining_loss_monitor.algorithms.core.errors import CoreError
from mining_loss_monitor.algorithms.core.evidence import coordinates, evidence
from mining_loss_monitor.algorithms.core.regions.legal import OUTSIDE, extent_polygon, legal_regions, legal_rows
from mining_loss_monitor.algorithms.core.regions.regions import Region
from mining_loss_monitor.algorithms.core.regions.vectorzonal import vector_loss_histogram
from osgeo import gdal, osr


def _srs(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _square(x0, y0, side, srs):
    return extent_polygon(x0, x0 + side, y0, y0 + side, srs)


def test_overlapping_zones_count_in_both_and_outside_is_the_rest():
    """UTM squares: loss 1 ha in the buffer zone and a concession, 1 ha in the buffer only, 2 ha outside."""
    srs = _srs(32719)
    x, y = 500000.0, 8600000.0  # near the central meridian: UTM areas are ellipsoidal to 0.1 %
    buffer_zone = Region("Tambopata", _square(x, y, 300, srs), 9.0)
    concession = Region("C-01", _square(x + 200, y, 300, srs), 9.0)
    measured = legal_regions([("buffer", [buffer_zone]), ("concessions", [concession])],
                             _square(x - 1000, y - 1000, 3000, srs))
    features = [(_square(x + 200, y + 100, 100, srs).ExportToWkb(), 20190301, None, "mining"),  # in both
                (_square(x, y, 100, srs).ExportToWkb(), 20190301, None, "other"),  # buffer only
                (_square(x + 1000, y + 1000, 100, srs).ExportToWkb(), 20190601, None, "mining"),
                (_square(x + 1500, y + 1000, 100, srs).ExportToWkb(), 20200101, None, "mining")]
    histogram = vector_loss_histogram(features, measured, srs.ExportToWkt())
    rows = legal_rows(histogram, measured, period_kind=0)
    table = {(r["category"], r["zone"], r["period"]): r for r in rows}
    assert [r["category"] for r in rows[:3]] == ["buffer", "concessions", OUTSIDE]
    assert table[("buffer", "Tambopata", "2019")]["loss_ha"] == pytest.approx(2.0, rel=1e-3)
    assert table[("buffer", "Tambopata", "2019")]["mining_ha"] == pytest.approx(1.0, rel=1e-3)
    assert table[("concessions", "C-01", "2019")]["loss_ha"] == pytest.approx(1.0, rel=1e-3)
    assert table[(OUTSIDE, OUTSIDE, "2019")]["loss_ha"] == pytest.approx(1.0, rel=1e-3)
    assert table[(OUTSIDE, OUTSIDE, "2020")]["loss_ha"] == pytest.approx(1.0, rel=1e-3)
    assert table[("buffer", "Tambopata", "2020")]["loss_ha"] == 0
    assert table[(OUTSIDE, OUTSIDE, "2019")]["zone_ha"] is None
    assert table[("buffer", "Tambopata", "2019")]["zone_ha"] == 9.0


def test_no_zones_is_an_error():
    with pytest.raises(CoreError):
        legal_regions([("empty", [])], _square(0, 0, 10, _srs(32719)))


@pytest.mark.parametrize("lat, lon, dms", [
    (-12.9707809, -70.0749605, "12°58'14.8\"S 70°04'29.9\"W"),
    (10.5, 20.25, "10°30'00.0\"N 20°15'00.0\"E"),
    (-0.9999999, -1.0, "1°00'00.0\"S 1°00'00.0\"W"),  # rounding carries into minutes and degrees
])
def test_degrees_minutes_seconds(lat, lon, dms):
    assert coordinates.degrees_minutes_seconds(lat, lon) == dms


def test_utm_on_the_central_meridian_and_zone_edges():
    zone, hemisphere, easting, northing, epsg = coordinates.utm(-0.5, -69.0)
    assert (zone, hemisphere, epsg) == (19, "S", 32719)
    assert easting == pytest.approx(500000.0, abs=0.01)
    # meridian arc from the equator to 0.5 degrees on WGS 84 is 55,287.8 m, times the scale factor 0.9996
    assert northing == pytest.approx(10000000 - 55287.8 * 0.9996, abs=1)
    assert coordinates.utm_zone(-12.9, -70.0) == (19, "S")
    assert coordinates.utm_zone(-12.9, -72.1) == (18, "S")  # zone 19 spans -72 to -66
    assert coordinates.utm_zone(40.0, 179.9) == (60, "N")
    assert coordinates.utm_text(-12.9707809, -70.0749605).startswith("19S 3834")


def test_hashes_of_files_zips_and_manifest(tmp_path):
    data = b"forest" * 500000
    path = tmp_path / "a.tif"
    path.write_bytes(data)
    assert evidence.sha256_of(str(path)) == hashlib.sha256(data).hexdigest()
    archive = tmp_path / "zones.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("zones.shp", b"x")
    assert evidence.archive_path(f"/vsizip/{archive}/zones.shp") == str(archive)
    assert evidence.sha256_of(f"/vsizip/{archive}") == hashlib.sha256(archive.read_bytes()).hexdigest()
    assert evidence.sha256_of(f"{path}|layername=x") == hashlib.sha256(data).hexdigest()
    one = evidence.manifest_sha256([("/x/a.tif", "1" * 64), ("/y/b.gpkg", "2" * 64)])
    assert one == evidence.manifest_sha256([("/y/b.gpkg", "2" * 64), ("/x/a.tif", "1" * 64)])
    assert one != evidence.manifest_sha256([("/x/a.tif", "1" * 64), ("/y/b.gpkg", "3" * 64)])


def _stack(path, values, origin=(300000.0, 8600000.0), size=20):
    """A 6-band Sentinel-2-like stack with one value per band (DN), 10 m pixels, UTM 19S."""
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 6, gdal.GDT_UInt16)
    dataset.SetGeoTransform((origin[0], 10.0, 0.0, origin[1], 0.0, -10.0))
    dataset.SetProjection(_srs(32719).ExportToWkt())
    for band, value in enumerate(values, start=1):
        dataset.GetRasterBand(band).WriteArray(np.full((size, size), value, dtype=np.uint16))
    dataset = None
    return str(path)


def test_patch_values_forest_to_pond(tmp_path):
    sensor = PRESETS[SENTINEL2]
    forest = _stack(tmp_path / "before.tif", (300, 500, 250, 3500, 1500, 700))
    pond = _stack(tmp_path / "after.tif", (600, 700, 500, 400, 200, 150))
    patch = _square(300050.0, 8599900.0, 40.0, _srs(32719)).ExportToWkb()
    before, count = evidence.patch_pixels(forest, "BEFORE", sensor, patch)
    after, _ = evidence.patch_pixels(pond, "AFTER", sensor, patch)
    assert count == 16
    values = evidence.rule_values(before, after)
    assert values["ndvi_before"] == pytest.approx((3500 - 250) / (3500 + 250), abs=1e-4)
    assert values["nbr_before"] == pytest.approx((3500 - 700) / (3500 + 700), abs=1e-4)
    assert values["ndvi_after"] == pytest.approx((400 - 500) / 900, abs=1e-4)
    assert values["new_water"] == 1.0
    outside = _square(500000.0, 8599900.0, 40.0, _srs(32719)).ExportToWkb()
    with pytest.raises(CoreError) as raised:
        evidence.patch_pixels(forest, "BEFORE", sensor, outside)
    assert raised.value.code == "patch_not_covered"


def test_stretch_is_shared_and_leaves_clouds_out(tmp_path):
    sensor = PRESETS[SENTINEL2]
    before = _stack(tmp_path / "b.tif", (300, 500, 250, 3500, 1500, 700))
    after = _stack(tmp_path / "a.tif", (900, 1000, 1200, 2000, 2500, 2000))
    dataset = gdal.Open(after, gdal.GA_Update)
    dataset.GetRasterBand(1).WriteArray(np.full((5, 20), 6000, dtype=np.uint16))  # a bright cloud band on top
    dataset = None
    envelope = (300000.0, 300200.0, 8599800.0, 8600000.0)
    limits = evidence.true_colour_stretch([(before, "BEFORE"), (after, "AFTER")], sensor, [envelope, envelope])
    red_low, red_high = limits[0]
    assert red_low == pytest.approx(250) and red_high == pytest.approx(1200)
    blue_low, blue_high = limits[2]
    assert blue_high < 6000  # the cloud does not set the stretch
    assert evidence.chip_envelope((0, 100, 0, 200), 1.0) == (-250.0, 350.0, -200.0, 400.0)
    assert evidence.chip_envelope((0, 10, 0, 40), 10.0) == (-115.0, 125.0, -100.0, 140.0)  # at least 24 pixels




def test_patch_surroundings_are_the_mining_signs_the_rule_reads(tmp_path):
    """Pale tailings on the left half of the image after, forest on the right: a patch on their edge."""
    sensor = PRESETS[SENTINEL2]
    forest = _stack(tmp_path / "before.tif", (300, 500, 250, 3500, 1500, 700), size=40)
    after = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "after.tif"), 40, 40, 6, gdal.GDT_UInt16)
    after.SetGeoTransform((300000.0, 10.0, 0.0, 8600000.0, 0.0, -10.0))
    after.SetProjection(_srs(32719).ExportToWkt())
    for band, (tailings, canopy) in enumerate(zip((1100, 1500, 1900, 2400, 3200, 2700),
                                                  (300, 500, 250, 3500, 1500, 700)), start=1):
        values = np.full((40, 40), canopy, dtype=np.uint16)
        values[:, :20] = tailings
        after.GetRasterBand(band).WriteArray(values)
    after = None
    patch = _square(300160.0, 8599800.0, 40.0, _srs(32719)).ExportToWkb()  # columns 16..19, rows 20..23
    surroundings = [evidence.patch_surroundings(str(tmp_path / name), role, sensor, patch)
                    for name, role in (("before.tif", "BEFORE"), ("after.tif", "AFTER"))]
    assert surroundings[0] == (0.0, 0.0)
    # a 21 x 21 square (100 m at 10 m) around columns 16..19 holds 14, 13, 12, 11 pale columns of 21
    assert surroundings[1][0] == pytest.approx(12.5 / 21, abs=1e-5)
    before, _ = evidence.patch_pixels(forest, "BEFORE", sensor, patch)
    pixels_after, _ = evidence.patch_pixels(str(tmp_path / "after.tif"), "AFTER", sensor, patch)
    values = evidence.rule_values(before, pixels_after, surroundings)
    assert values["tailings"] == 1.0 and values["front"] and not values["river"]
    assert values["water_around"] == 0.0 and "large_front" not in values
    # the patch is 0.16 ha of bare tailings: a front, not a large one (0.3 ha); as 0.4 ha it would be
    small, large = (evidence.rule_values(before, pixels_after, surroundings, area_ha=area) for area in (0.16, 0.4))
    assert small["bare_ha"] == pytest.approx(0.16) and not small["large_front"]
    assert large["bare_ha"] == pytest.approx(0.4) and large["large_front"]
