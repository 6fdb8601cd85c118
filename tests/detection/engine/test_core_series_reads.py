"""The series engine's reads (core, no QGIS): decoded copies, full-width strips with their halo kept from the strip
above, and each date's sample windows read once give the rasters of plain windows read with their halo."""
import numpy as np
import pytest
from osgeo import gdal

from algorithms.core.detection import masks, series_samples, series_strips, timeseries
from algorithms.core.detection.sensors import sensor_for
from algorithms.core.errors import Cancelled
from algorithms.core.rasters import grid, raw
from tests.conftest import read


@pytest.fixture(scope="module")
def series(tmp_path_factory):
    from scripts.demo.simulate_s2 import make_series

    return make_series(str(tmp_path_factory.mktemp("series")), seed=33, size=150, pixel=20.0, edges=True)


def _run(series, folder, name, **options):
    outputs = [str(folder / f"{name}_{kind}.tif") for kind in ("class", "date", "conf")]
    result = timeseries.detect_time_series(series["stacks"], *outputs, sensor_for(0), series["masks"], masks.SCL,
                                           min_area_ha=0.1, buffer_m=40.0, **options)
    return [read(path) for path in outputs], result


def _windows_pass(series, outputs, width, height, date_values, confirm_obs, rows, cols, threads, progress,
                  is_cancelled, begin=0.05):
    """The tracking pass as before the strips: 64 px windows, each date read with its halo."""
    for window in grid.windows(width, height, 64, 64):
        for name, array in zip(("codes", "dates", "confidence"),
                               timeseries.track_window(series, window, date_values, confirm_obs)):
            outputs[name].GetRasterBand(1).WriteArray(array, window[0], window[1])


def test_strips_and_decoded_copies_give_the_windows_rasters(series, tmp_path, monkeypatch):
    copies = []
    monkeypatch.setattr(raw, "copy_decoded", lambda *args, copy=raw.copy_decoded: copies.append(1) or copy(*args))
    whole = series_strips.STRIP_PIXELS
    monkeypatch.setattr(series_strips, "STRIP_PIXELS", 48 * 80)  # panels of 80 columns, with halo columns
    strips, result = _run(series, tmp_path, "strips", threads=2, block_rows=48, block_cols=40)
    assert copies  # 150 px: the sample windows touch every tile, so each date was decoded once into a copy
    assert series_strips.strip_shape(48, 40, 150, (256, 256), True, 2) == (48, 38, [(0, 75), (75, 150)])  # halo cols
    monkeypatch.setattr(series_strips, "STRIP_PIXELS", whole)
    monkeypatch.setattr(series_samples, "RAW_MIN_SHARE", 2.0)  # never: strips read from the stacks
    copies.clear()
    from_stacks, _ = _run(series, tmp_path, "stacks", threads=1, block_rows=512, block_cols=512)
    monkeypatch.setattr(timeseries, "_track_strips", _windows_pass)
    windows, _ = _run(series, tmp_path, "windows", threads=1)
    assert not copies
    for rasters in (from_stacks, windows):
        assert all(np.array_equal(a, b) for a, b in zip(rasters, strips))
    assert result.mining_ha + result.other_loss_ha > 5 and (strips[2] == 3).any()  # loss found, some confirmed


def test_strip_pass_reports_progress_and_stops_on_cancel(series, tmp_path):
    calls = []
    _run(series, tmp_path, "progress", threads=2, block_rows=32, progress=calls.append)
    share = timeseries.SAMPLING_SHARE_DECODED  # each date decoded into a copy and sampled: its share of the bar
    sampling = [value for value in calls if value <= share]
    tracking = [value for value in calls if share < value <= 0.8]
    assert len(sampling) == len(series["stacks"]) and sampling[-1] == pytest.approx(share)  # one step a date
    assert len(tracking) >= 5 and calls == sorted(calls) and calls[-1] == pytest.approx(1.0)
    calls.clear()
    with pytest.raises(Cancelled):
        _run(series, tmp_path, "cancelled", threads=2, block_rows=32, progress=calls.append,
             is_cancelled=lambda: sum(value > share for value in calls) > 2)
    assert max(calls) < 0.8 and not (tmp_path / "cancelled_class.tif").exists()  # stopped while tracking


def test_decoded_copy_reads_like_gdal(series, tmp_path):
    dataset = gdal.Open(series["stacks"][0])
    copy = raw.RawRaster(raw.copy_decoded(dataset, str(tmp_path / f"copy{raw.SUFFIX}"), [2, 4, 6], rows=40))
    for window in ((0, 0, 150, 150), (17, 33, 60, 90), (149, 0, 1, 150)):
        assert np.array_equal(copy.ReadAsArray(*window, band_list=[6, 2]),
                              dataset.ReadAsArray(*window, band_list=[6, 2]))
        assert np.array_equal(copy.GetRasterBand(4).ReadAsArray(*window),
                              dataset.GetRasterBand(4).ReadAsArray(*window))
    assert copy.GetRasterBand(2).GetNoDataValue() == dataset.GetRasterBand(2).GetNoDataValue()


@pytest.mark.parametrize("decoded", [True, False])
@pytest.mark.parametrize("width, threads", [(2000, 1), (2000, 2), (10980, 2), (10980, 8), (150, 2), (5001, 3)])
def test_strips_share_each_panel_evenly(width, threads, decoded):
    rows, chunk, panel_list = series_strips.strip_shape(512, 1024, width, (256, 256), decoded, threads)
    assert panel_list[0][0] == 0 and panel_list[-1][1] == width
    assert all(a[1] == b[0] for a, b in zip(panel_list, panel_list[1:]))  # the panels tile the width
    widths = [end - first for first, end in panel_list]
    step = 1 if decoded or width <= 256 else 256  # stacks: whole tiles
    assert max(widths) - min(widths) <= len(panel_list) * step  # equal widths (the last a little narrower)
    assert max(widths) * rows <= series_strips.STRIP_PIXELS + rows * step  # a strip's memory stays bounded
    assert chunk <= 1024 and rows == ((128 if threads == 1 else 256) if decoded else (512 if width <= 2000 else 256))
    assert step == 1 or (chunk % 256 == 0 and all(first % 256 == 0 for first, _ in panel_list))  # whole tiles
    for first, end in panel_list[:-1]:  # every full panel: chunks in a multiple of the threads, none idle at its end
        assert -(-(end - first) // chunk) % threads == 0
