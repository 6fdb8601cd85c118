"""Core units without QGIS: areas, masks, sensors, the pixel rule and patch joining."""
import ast
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from mining_loss_monitor.algorithms.core.area import row_areas_ha
from mining_loss_monitor.algorithms.core.detection import masks, patches, rules, sensors
from mining_loss_monitor.algorithms.core.errors import CoreError
from osgeo import osr

CORE = Path(__file__).resolve().parents[2] / "algorithms" / "core"


def test_core_imports_no_qgis():
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(name.split(".")[0] in ("qgis", "PyQt5") for name in names), path.name


def _wkt(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs.ExportToWkt()


def test_ellipsoidal_area_of_the_whole_earth():
    areas, method = row_areas_ha(_wkt(4326), (0, 1, 0, 90, 0, -1), 180)
    assert method == "ellipsoidal"
    # WGS84 surface 510,065,621.7 km2 (authalic sphere), one 1-degree column x 360
    assert areas.sum() * 360 / 100 == pytest.approx(510065621.7, rel=1e-7)


def test_planar_area_in_utm():
    areas, method = row_areas_ha(_wkt(32719), (383000, 10, 0, 8566000, 0, -10), 3)
    assert method == "planar" and list(areas) == [0.01, 0.01, 0.01]


def test_scl_and_qa_masks():
    scl = np.arange(12)
    assert list(np.flatnonzero(masks.masked_pixels(scl, masks.SCL))) == [0, 1, 3, 8, 9, 10, 11]
    qa = np.array([0b0, 0b1, 0b10, 0b100, 0b1000, 0b10000, 0b100000, 21824])  # 21824 = clear land
    assert list(masks.masked_pixels(qa, masks.QA_PIXEL)) == [False, True, True, True, True, True, False, False]
    assert list(masks.masked_pixels(np.array([0, 1, 255]), masks.BINARY)) == [False, True, True]
    assert masks.check_mask_values(0, 11, True, masks.SCL) is None
    assert masks.check_mask_values(0, 10000, True, masks.SCL) == "not_scl"
    assert masks.check_mask_values(0, 1, False, masks.BINARY) == "not_integer"


def test_sensor_presets_and_custom_bands():
    assert sensors.sensor_for(1).offset == -0.1
    assert sensors.sensor_for(2).scale == pytest.approx(2.75e-5)
    assert not sensors.sensor_for(3).has_swir
    assert sensors.sensor_for(4, "2,3,4,8").bands == (2, 3, 4, 8)
    with pytest.raises(CoreError):
        sensors.sensor_for(4, "2,3,x")


def _spectrum(values, shape=(1, 1)):
    roles = ("blue", "green", "red", "nir", "swir1", "swir2")
    return {role: np.full(shape, value, dtype=np.float32) for role, value in zip(roles, values)}


FOREST = (0.02, 0.04, 0.022, 0.30, 0.14, 0.055)


@pytest.mark.parametrize("after, code", [
    (FOREST, rules.NO_LOSS),
    ((0.08, 0.11, 0.12, 0.10, 0.035, 0.025), rules.POND),  # turbid pond
    ((0.03, 0.07, 0.04, 0.06, 0.02, 0.012), rules.POND),  # green pond
    ((0.11, 0.15, 0.19, 0.24, 0.32, 0.27), rules.TAILINGS),
    ((0.06, 0.09, 0.14, 0.23, 0.33, 0.28), rules.BARE_OTHER),  # red farm soil
    ((0.035, 0.07, 0.05, 0.32, 0.22, 0.11), rules.VEGETATED),  # pasture
    ((0.03, 0.04, 0.05, 0.12, 0.17, 0.15), rules.BARE_OTHER),  # burn
])
def test_pixel_rule_on_reference_spectra(after, code):
    usable = np.ones((1, 1), dtype=bool)
    assert rules.classify_pixels(_spectrum(FOREST), _spectrum(after), usable)[0, 0] == code


def test_pixel_rule_masks_and_non_forest():
    river = (0.07, 0.10, 0.11, 0.09, 0.03, 0.02)
    assert rules.classify_pixels(_spectrum(river), _spectrum(river), np.ones((1, 1), bool))[0, 0] == rules.NO_LOSS
    assert rules.classify_pixels(_spectrum(FOREST), _spectrum(river), np.zeros((1, 1), bool))[0, 0] == rules.MASKED


def test_ground_around_the_loss():
    """Not loss, but what the patch rule reads around it: old tailings (20), a river (21); loss keeps its code."""
    river = (0.07, 0.10, 0.11, 0.09, 0.03, 0.02)
    tailings = (0.11, 0.15, 0.19, 0.24, 0.32, 0.27)
    usable = np.ones((1, 1), bool)
    assert rules.two_date_codes(_spectrum(river), _spectrum(river), usable)[0, 0] == rules.OLD_WATER
    assert rules.two_date_codes(_spectrum(tailings), _spectrum(tailings), usable)[0, 0] == rules.PALE_GROUND
    assert rules.two_date_codes(_spectrum(FOREST), _spectrum(tailings), usable)[0, 0] == rules.TAILINGS
    assert rules.two_date_codes(_spectrum(FOREST), _spectrum(river), usable)[0, 0] == rules.POND
    assert rules.two_date_codes(_spectrum(river), _spectrum(river), ~usable)[0, 0] == rules.MASKED


def test_bright_ground_is_not_cloud_and_scl_is_not_trusted_on_it():
    """Tailings brighter than 0.18 in blue rise to red and SWIR1; a cloud is flat and white."""
    pale_tailings = _spectrum((0.22, 0.28, 0.30, 0.34, 0.41, 0.30))
    cloud = _spectrum((0.35, 0.36, 0.37, 0.40, 0.33, 0.25))
    assert not masks.spectral_screen(pale_tailings)[0, 0] and masks.spectral_screen(cloud)[0, 0]
    for scl_class, kept in ((9, True), (8, True), (10, False), (3, False), (0, False)):
        values = np.full((1, 1), scl_class)
        assert masks.masked_pixels(values, masks.SCL, pale_tailings)[0, 0] != kept
        assert masks.masked_pixels(values, masks.SCL, cloud)[0, 0]
    assert masks.masked_pixels(np.full((1, 1), 9), masks.SCL)[0, 0]  # without reflectance: SCL as it is
    # QA_PIXEL: cloud (22280) or dilated cloud alone likewise; fill, shadow, cloud with cirrus stay masked
    for qa, kept in ((22280, True), (21826, True), (1, False), (23888, False), (22280 | 0b100, False)):
        assert masks.masked_pixels(np.full((1, 1), qa), masks.QA_PIXEL, pale_tailings)[0, 0] != kept
        assert masks.masked_pixels(np.full((1, 1), qa), masks.QA_PIXEL, cloud)[0, 0]


def _run_table(codes, rows_per_strip, min_area=0.0):
    table = patches.PatchTable()
    strips = [(y, min(rows_per_strip, codes.shape[0] - y)) for y in range(0, codes.shape[0], rows_per_strip)]
    for y, rows in strips:
        table.add_strip(codes[y:y + rows], np.full(rows, 0.01))
    table.decide(min_area)
    return np.vstack([table.classes_for_strip(i, codes[y:y + rows]) for i, (y, rows) in enumerate(strips)])


def test_patches_join_across_strips_whatever_the_strip_height():
    codes = np.zeros((12, 12), dtype=np.uint8)
    codes[1:11, 1] = rules.BARE_OTHER      # a U: two arms joined only at the bottom
    codes[1:11, 8] = rules.BARE_OTHER
    codes[10, 1:9] = rules.BARE_OTHER
    codes[1:4, 8] = rules.POND             # ponds at the top of the right arm make the whole U mining
    codes[1, 11] = rules.TAILINGS          # a lone pixel, removed by a 2-pixel minimum area
    expected = _run_table(codes, 12, min_area=0.02)
    assert set(np.unique(expected[codes == rules.BARE_OTHER])) == {patches.MINING}
    assert expected[1, 11] == 0
    for rows in (1, 2, 3, 5):
        assert np.array_equal(_run_table(codes, rows, min_area=0.02), expected)


def test_patch_without_ponds_or_tailings_is_other_and_pasture_stays_other():
    codes = np.zeros((6, 6), dtype=np.uint8)
    codes[1:3, 1:5] = rules.BARE_OTHER
    codes[4, 0:6] = rules.VEGETATED
    codes[5, 0:3] = rules.POND
    out = _run_table(codes, 2)
    assert set(np.unique(out[1:3, 1:5])) == {patches.OTHER}
    assert set(np.unique(out[5, 0:3])) == {patches.MINING}
    assert set(np.unique(out[4])) == {patches.OTHER}


def _decide(codes, rows_per_strip, min_area=0.0, context_px=10):
    """decide_patches over a band of pixel codes (10 m pixels, 0.01 ha), read in strips with their halo."""
    from osgeo import gdal

    band = gdal.GetDriverByName("MEM").Create("", codes.shape[1], codes.shape[0], 1, gdal.GDT_Byte)
    band.GetRasterBand(1).WriteArray(codes)
    table, strips, _ = patches.decide_patches(band.GetRasterBand(1), np.full(codes.shape[0], 0.01), min_area,
                                              rows_per_strip, lambda f: None, lambda: False, context_px)
    return np.vstack([classes for *_, classes in table.class_strips(band.GetRasterBand(1), strips, lambda: False)])


def test_a_mining_front_is_pale_ground_around_tailings():
    """0.2 ha of new tailings: mining beside old tailings (a front), other loss in the middle of nowhere."""
    codes = np.zeros((40, 40), dtype=np.uint8)
    codes[18:22, 18:23] = rules.TAILINGS
    alone = _decide(codes, 7)
    codes[10:30, 23:33] = rules.PALE_GROUND
    front = _decide(codes, 7)
    assert set(np.unique(alone[18:22, 18:23])) == {patches.OTHER}
    assert set(np.unique(front[18:22, 18:23])) == {patches.MINING}
    assert np.array_equal(front, _decide(codes, 40)) and set(np.unique(front[codes == rules.PALE_GROUND])) == {0}
    codes[20:22, 18:23] = rules.VEGETATED  # tailings 10 of 20 pixels, bare ground 0.1 ha: too small a front
    assert set(np.unique(_decide(codes, 7)[18:20, 18:23])) == {patches.OTHER}


def test_a_large_front_needs_no_pale_ground_around():
    """0.3 ha of new bare ground, a third of it tailings, in the middle of forest: mining (a large front); one
    pixel green (0.29 ha bare) or tailings under a quarter of it: other loss."""
    codes = np.zeros((40, 40), dtype=np.uint8)
    codes[17:23, 17:22] = rules.BARE_OTHER
    codes[17:19, 17:22] = rules.TAILINGS  # 10 of 30 pixels, and nothing pale around
    assert set(np.unique(_decide(codes, 7)[17:23, 17:22])) == {patches.MINING}
    codes[22, 21] = rules.VEGETATED
    assert set(np.unique(_decide(codes, 7)[17:22, 17:22])) == {patches.OTHER}
    codes[22, 21] = rules.BARE_OTHER
    codes[18, 19:22] = rules.BARE_OTHER  # 7 of 30 pixels tailings-like
    assert set(np.unique(_decide(codes, 7)[17:23, 17:22])) == {patches.OTHER}


def test_surroundings_are_counted_exactly_across_tiles():
    """context_shares against a direct count, on a strip wider than two tiles, with halo rows."""
    from scipy.ndimage import uniform_filter

    codes = np.random.default_rng(3).choice(np.array([0, 0, 0, rules.TAILINGS, rules.VEGETATED, rules.PALE_GROUND,
                                                      rules.OLD_WATER, rules.MASKED], np.uint8), (30, 600))
    pale, water = patches.context_shares(codes, 4, slice(5, 25))
    loss = (codes[5:25] >= rules.POND) & (codes[5:25] <= rules.VEGETATED)
    for share, kinds in ((pale, (rules.TAILINGS, rules.PALE_GROUND)), (water, (rules.OLD_WATER,))):
        direct = uniform_filter(np.isin(codes, kinds).astype(np.float64), 9, mode="constant")[5:25]
        assert np.allclose(share[loss], direct[loss], atol=1e-6) and not share[~loss].any()


def test_new_water_beside_a_river_is_not_a_pond():
    codes = np.zeros((40, 40), dtype=np.uint8)
    codes[18:23, 18:23] = rules.POND
    assert set(np.unique(_decide(codes, 5)[18:23, 18:23])) == {patches.MINING}
    codes[10:30, 23:27] = rules.OLD_WATER  # a river that moved into the forest
    assert set(np.unique(_decide(codes, 5)[18:23, 18:23])) == {patches.OTHER}


@settings(max_examples=60, deadline=None)
@given(arrays(np.uint8, st.tuples(st.integers(1, 24), st.integers(1, 24)),
              elements=st.sampled_from([0, 0, 0, rules.POND, rules.TAILINGS, rules.BARE_OTHER, rules.VEGETATED,
                                        rules.PALE_GROUND, rules.OLD_WATER, rules.MASKED])),
       st.integers(1, 7), st.sampled_from([0.0, 0.02, 0.05]), st.integers(0, 3))
def test_patch_decisions_do_not_depend_on_strip_height(codes, rows, min_area, context_px):
    """Streaming in strips (with the surroundings' halo) gives the same classes as one whole-raster pass."""
    assert np.array_equal(_run_table(codes, rows, min_area), _run_table(codes, codes.shape[0], min_area))
    assert np.array_equal(_decide(codes, rows, min_area, context_px),
                          _decide(codes, codes.shape[0], min_area, context_px))
