"""The series engine gives the same rasters on any number of threads and any window size (core, no QGIS)."""
import numpy as np
import pytest

from algorithms.core.detection import masks
from algorithms.core.detection.sensors import sensor_for
from algorithms.core.detection.timeseries import detect_time_series
from algorithms.core.rasters import grid
from tests.conftest import read


def test_parallel_map_keeps_the_order():
    assert grid.parallel_map(lambda x: x * x, range(20), 3) == [x * x for x in range(20)]
    assert grid.parallel_map(lambda x: x, [], 2) == []


def test_series_same_on_one_or_two_threads_and_any_window(tmp_path):
    from scripts.demo.simulate_s2 import make_series

    series = make_series(str(tmp_path / "series"), seed=21, size=180, pixel=20.0, edges=True)
    runs = []
    for threads, rows, cols in ((1, 256, 512), (2, 256, 512), (2, 48, 80)):
        outputs = [str(tmp_path / f"{threads}_{rows}_{kind}.tif") for kind in ("class", "date", "conf")]
        result = detect_time_series(series["stacks"], *outputs, sensor_for(0), series["masks"], masks.SCL,
                                    min_area_ha=0.1, threads=threads, block_rows=rows, block_cols=cols)
        runs.append(([read(path) for path in outputs], result))
    for rasters, result in runs[1:]:
        assert all(np.array_equal(a, b) for a, b in zip(rasters, runs[0][0]))
        assert result.mining_ha == pytest.approx(runs[0][1].mining_ha)  # strips of other heights: sums in
        assert result.confirmed_ha == pytest.approx(runs[0][1].confirmed_ha)  # another order
    assert runs[0][1].mining_ha + runs[0][1].other_loss_ha > 10  # hectares of loss were found
