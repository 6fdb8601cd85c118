"""Hexagon grid, Gi*, Mann-Kendall, emerging hot-spot categories and displacement windows on plain numpy."""

import math

import numpy as np
import pytest
from osgeo import ogr, osr

from algorithms.core.area import geometry_area_ha
from algorithms.core.errors import CoreError
from algorithms.core.regions.displacement import OperationFrame, compass, zone_rows
from algorithms.core.regions.hexgrid import HexGrid, circumradius_m
from algorithms.core.regions.hotspots import category, emerging_hot_spots, gi_star, mann_kendall
from algorithms.core.regions.loss_cube import data_range, date_cube, group_cube
from algorithms.core.regions.operations import operation_windows as windows
from algorithms.core.regions.regions import Region


def _srs(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def test_hexagons_have_the_asked_area_on_the_ellipsoid_in_a_geographic_crs():
    grid = HexGrid(_srs(4326).ExportToWkt(), (-70.3, -69.7, -13.2, -12.7), 10.0)
    areas = [geometry_area_ha(zone.geometry, _srs(4326)) for zone in grid.regions()[::25]]
    assert np.allclose(areas, 1000.0, rtol=0.002)
    table = grid.neighbours()
    interior = (table >= 0).all(axis=1)
    assert interior.sum() > 0.7 * len(grid)
    i = int(np.flatnonzero(interior)[0])
    spacing = [math.hypot(grid.x[j] - grid.x[i], grid.y[j] - grid.y[i]) for j in table[i]]
    assert np.allclose(spacing, math.sqrt(3) * circumradius_m(10.0))


def test_grid_too_fine_for_the_area_is_refused():
    with pytest.raises(CoreError) as raised:
        HexGrid(_srs(32719).ExportToWkt(), (0, 500000, 8000000, 8500000), 0.01)
    assert raised.value.code == "too_many_cells"


def _gi_star_by_hand(values, table, i):
    n = len(values)
    members = [i] + [j for j in table[i] if j >= 0]
    mean = values.mean()
    spread = math.sqrt((values**2).mean() - mean**2)
    w = len(members)
    return (values[members].sum() - mean * w) / (spread * math.sqrt((n * w - w * w) / (n - 1)))


def test_gi_star_matches_the_textbook_formula():
    grid = HexGrid(_srs(32719).ExportToWkt(), (300000, 330000, 8500000, 8530000), 4.0)
    table = grid.neighbours()
    values = np.random.default_rng(3).gamma(0.5, 4.0, size=len(grid))
    z = gi_star(values[:, None], table)[:, 0]
    for i in (0, 17, 100, len(grid) - 1):
        assert z[i] == pytest.approx(_gi_star_by_hand(values, table, i), rel=1e-9)


def test_mann_kendall_known_values_and_ties():
    tau, p = mann_kendall(np.array([[1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1], [2, 2, 2, 2, 2, 2], [1, 2, 2, 3, 3, 4]]))
    # n = 6: S = 15, var = 6*5*17/18 = 28.33, z = 14/sqrt(28.33) = 2.630, p = 0.00853
    assert tau[0] == 1 and tau[1] == -1 and p[0] == pytest.approx(0.00853, abs=1e-4)
    assert tau[2] == 0 and p[2] == 1
    # ties (2,2) and (3,3): S = 13, var = (510 - 2*2*1*9)/18 = 26.33, z = 12/5.131 = 2.338
    assert tau[3] == pytest.approx(13 / 15) and p[3] == pytest.approx(0.01937, abs=2e-4)


def test_categories_follow_esri_definitions():
    def flags(text):
        return np.array([c == "H" for c in text]), np.array([c == "C" for c in text])

    cases = {
        "....H": "new",
        "...HHH": "consecutive",
        "HHHHHHHHHH": "persistent",
        "HHHHHHHHH.": "historical",
        "H..H.H": "sporadic",
        "C..H.H": "oscillating",
        "......": "none",
        "H.H.H.": "none",
    }
    for text, expected in cases.items():
        assert category(*flags(text), 0.0, 1.0) == expected, text
    assert category(*flags("HHHHHHHHHH"), 0.8, 0.001) == "intensifying"
    assert category(*flags("HHHHHHHHHH"), -0.8, 0.001) == "diminishing"
    assert category(*flags(".HHHHHHHHH"), 0.8, 0.001) == "intensifying"  # 9 of 10 hot = 90 %


def planted_grid(periods=10, seed=5):
    """A 30 x 30 km hexagon grid with background noise and five planted fronts; {pattern: centre cell}."""
    grid = HexGrid(_srs(32719).ExportToWkt(), (300000, 360000, 8500000, 8560000), 9.0)
    table = grid.neighbours()
    rng = np.random.default_rng(seed)
    values = rng.uniform(0.0, 2.0, size=(len(grid), periods))
    interior = np.flatnonzero((table >= 0).all(axis=1))
    centres = {}
    ramps = {
        "new": [0] * (periods - 1) + [60],
        "consecutive": [0] * (periods - 3) + [40, 50, 60],
        "intensifying": np.linspace(15, 150, periods),
        "diminishing": np.linspace(150, 40, periods),
        "persistent": [60] * periods,
    }
    used = set()
    for pattern, ramp in ramps.items():
        centre = next(
            int(i)
            for i in interior[::7]
            if not ({int(i)} | set(table[i].tolist())) & used
            and all(math.hypot(grid.x[i] - grid.x[c], grid.y[i] - grid.y[c]) > 15000 for c in centres.values())
        )
        cluster = [centre] + table[centre].tolist()
        used |= set(cluster)
        values[cluster, :] += np.asarray(ramp, dtype=float)[None, :]
        centres[pattern] = centre
    return grid, table, values, centres


def test_planted_fronts_are_found_in_their_category():
    grid, table, values, centres = planted_grid()
    result = emerging_hot_spots(values, table)
    for pattern, centre in centres.items():
        assert result["category"][centre] == pattern, pattern
    assert result["trend_tau"][centres["intensifying"]] > 0.5
    assert result["trend_tau"][centres["diminishing"]] < -0.5
    far = [
        i
        for i in range(len(grid))
        if all(math.hypot(grid.x[i] - grid.x[c], grid.y[i] - grid.y[c]) > 12000 for c in centres.values())
    ]
    hot_background = sum(result["category"][i] != "none" for i in far)
    assert hot_background <= 0.05 * len(far)  # noise alone rarely makes a pattern


def test_cubes_by_date_and_by_group():
    histogram = {
        "a": {(20190315, "unknown"): 2.0, (20190920, "mining"): 1.0, (20200101, "unknown"): 4.0},
        "b": {(20210630, "other"): 3.0},
    }
    labels, bounds, cube = date_cube(histogram, ["a", "b"], 0)
    assert labels == ["2019", "2020", "2021"] and bounds[0][0].isoformat() == "2019-01-01"
    assert cube.tolist() == [[3.0, 4.0, 0.0], [0.0, 0.0, 3.0]]
    labels, _bounds, cube = date_cube(histogram, ["a", "b"], 1, 20190101, 20191231)
    assert labels == ["2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4"] and cube[0].tolist() == [2.0, 0.0, 1.0, 0.0]
    labels, _bounds, cube = group_cube(
        {"a": {("201900", "unknown"): 5.0}, "b": {("202000", "unknown"): 1.0}}, ["a", "b"]
    )
    assert labels == ["201900", "202000"] and cube.tolist() == [[5.0, 0.0], [0.0, 1.0]]


def test_windows_are_equal_and_cut_to_the_coverage():
    histogram = {"z": {(20180110, "unknown"): 1.0, (20200815, "unknown"): 1.0}}
    data = data_range(histogram)  # displacement: data without image dates are covered from first to last loss
    before, after, months = windows(histogram, 20190219, 12, data)
    assert (before, after, months) == ((20180219, 20190218), (20190219, 20200218), 12)
    before, after, months = windows(histogram, 20190219, 24, data)  # data starts 2018-01-10: 13 months fit
    assert (before, after, months) == ((20180119, 20190218), (20190219, 20200318), 13)
    with pytest.raises(CoreError) as raised:
        windows(histogram, 20210101, 6, data)
    assert raised.value.code == "window_no_data"
    years = {"z": {(20190000, "unknown"): 1.0, (20240000, "unknown"): 1.0}}
    assert windows(years, 20220101, 36, data_range(years))[:2] == ((20190101, 20211231), (20220101, 20241231))
    with pytest.raises(CoreError) as raised:
        windows(years, 20190219, 12)
    assert raised.value.code == "year_precision"
    # MAAP style (compareperiods' «Same calendar window one year earlier»): the before window is cut to the data
    assert windows(histogram, 20190219, 5, data, 0) == ((20180219, 20180718), (20190219, 20190718), 5)
    assert windows(histogram, 20190219, 30) == ((20160819, 20190218), (20190219, 20210818), 30)  # coverage unknown
    coverage = (20180315, 20190915)  # the demo series' first and last image
    assert windows(histogram, 20190219, 5, coverage, 0) == ((20180315, 20180718), (20190219, 20190718), 5)
    assert windows(histogram, 20190219, 12, coverage) == ((20180819, 20190218), (20190219, 20190818), 6)
    assert windows({}, 20190219, 12, coverage) == ((20180819, 20190218), (20190219, 20190818), 6)  # no loss: 0 ha


def _square(x, y, half):
    return ogr.CreateGeometryFromWkt(
        f"POLYGON (({x - half} {y - half},{x + half} {y - half},{x + half} {y + half},"
        f"{x - half} {y + half},{x - half} {y - half}))"
    )


def test_distance_bearing_inside_and_rank():
    srs = _srs(32719)
    frame = OperationFrame(_square(350000, 8550000, 5000), srs.ExportToWkt())
    # a zone whose centre is 40 km NE of the operation's centre
    offset = 40000 / math.sqrt(2)
    ne = _square(350000 + offset, 8550000 + offset, 2000)
    distance, bearing, inside = frame.measure(ne)
    # 45 degrees on the UTM grid; true north is turned by the grid convergence there (about 0.31 degrees)
    assert bearing == pytest.approx(45.31, abs=0.05) and compass(bearing) == "NE" and not inside
    assert distance == pytest.approx(math.hypot(offset - 7000, offset - 7000) / 1000, rel=0.01)
    assert frame.measure(_square(350000, 8550000, 1000))[2]  # inside the operation's area
    assert compass(frame.measure(_square(330000, 8550000, 1000))[1]) == "W"
    zones = [
        Region("ne", ne, 0),
        Region("in", _square(350000, 8550000, 1000), 0),
        Region("w", _square(330000, 8550000, 1000), 0),
    ]
    histogram = {
        "ne": {(20180601, "unknown"): 2.0, (20190601, "unknown"): 30.0},
        "in": {(20180601, "unknown"): 50.0, (20190601, "unknown"): 60.0},
        "w": {(20180601, "unknown"): 1.0, (20190601, "unknown"): 6.0},
    }
    rows = zone_rows(
        histogram, zones, [frame.measure(z.geometry) for z in zones], (20180219, 20190218), (20190219, 20200218)
    )
    by_zone = {r["zone"]: r for r in rows}
    assert by_zone["ne"]["rank"] == 1 and by_zone["ne"]["change_ha"] == 28.0 and by_zone["ne"]["change_pct"] == 1400
    assert by_zone["w"]["rank"] == 2 and by_zone["in"]["rank"] is None and by_zone["in"]["inside_operation"]


def test_a_zone_without_loss_in_a_window_has_hectares_not_an_integer():
    """The report's zones table read «0» beside «4,00»: a window without loss summed to the integer 0."""
    srs = _srs(32719)
    frame = OperationFrame(_square(350000, 8550000, 5000), srs.ExportToWkt())
    zones = [Region("s", _square(350000, 8520000, 1000), 0)]
    rows = zone_rows({"s": {(20180601, "unknown"): 4.0}}, zones, [frame.measure(zones[0].geometry)],
                     (20180219, 20190218), (20190219, 20200218))
    assert isinstance(rows[0]["after_ha"], float) and rows[0]["after_ha"] == 0.0 and rows[0]["change_ha"] == -4.0
