"""Time-series detection: confirmation logic on hand-made pixels, date parsing, accuracy (core, no QGIS)."""
import datetime
import re

import numpy as np
import pytest
from mining_loss_monitor.algorithms.core.detection import masks
from mining_loss_monitor.algorithms.core.detection.sensors import sensor_for
from mining_loss_monitor.algorithms.core.detection.timeseries import detect_time_series
from mining_loss_monitor.algorithms.core.errors import CoreError
from mining_loss_monitor.algorithms.core.rasters.dates import (
    date_from_metadata,
    date_from_name,
    image_dates,
    parse_date_list,
)
from osgeo import gdal, osr

from tests.conftest import f1, read

FOREST = (0.020, 0.040, 0.022, 0.300, 0.140, 0.055)
POND = (0.080, 0.110, 0.120, 0.100, 0.035, 0.025)  # turbid mining pond
HAZE = (0.060, 0.075, 0.070, 0.330, 0.150, 0.060)  # thin haze over forest that no mask flags
CLOUD = (0.42, 0.43, 0.45, 0.50, 0.38, 0.28)
DATES = ["20180115", "20180301", "20180420", "20180610", "20180801", "20180920", "20181110", "20190105"]


def _write_series(folder, pixels, dates=DATES, with_names=True):
    """One image per date from per-pixel spectra sequences; clouds are masked in SCL."""
    paths, mask_paths = [], []
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32719)
    width = len(pixels)
    # a block of 6 x 6 identical pixels per case (above the 0.1 ha minimum area at 10 m? 36 px = 0.36 ha)
    for index, date in enumerate(dates):
        stack = np.zeros((6, 6, 6 * width), dtype=np.uint16)
        scl = np.full((6, 6 * width), 4, dtype=np.uint8)
        for column, sequence in enumerate(pixels):
            spectrum = sequence[index]
            stack[:, :, column * 6:(column + 1) * 6] = np.array(spectrum)[:, None, None] * 10000
            if spectrum is CLOUD:
                scl[:, column * 6:(column + 1) * 6] = 9
        # surround with plenty of stable forest so the normalisation has samples
        full = np.tile((np.array(FOREST) * 10000).astype(np.uint16)[:, None, None], (1, 40, 6 * width + 40))
        full[:, 17:23, 20:20 + 6 * width] = stack
        full_scl = np.full((40, 6 * width + 40), 4, dtype=np.uint8)
        full_scl[17:23, 20:20 + 6 * width] = scl
        name = f"img_{date}.tif" if with_names else f"img_{index}.tif"
        for path, array, kind in ((folder / name, full, gdal.GDT_UInt16), (folder / f"scl_{date}.tif", full_scl,
                                                                          gdal.GDT_Byte)):
            bands = array.shape[0] if array.ndim == 3 else 1
            out = gdal.GetDriverByName("GTiff").Create(str(path), array.shape[-1], array.shape[-2], bands, kind)
            out.SetGeoTransform((383000, 10, 0, 8566000, 0, -10))
            out.SetProjection(srs.ExportToWkt())
            for band in range(bands):
                out.GetRasterBand(band + 1).WriteArray(array[band] if array.ndim == 3 else array)
            out = None
        paths.append(str(folder / name))
        mask_paths.append(str(folder / f"scl_{date}.tif"))
    return paths, mask_paths


def _centre_values(tmp_path, pixels, confirm=2, **kwargs):
    paths, mask_paths = _write_series(tmp_path, pixels)
    outputs = [str(tmp_path / name) for name in ("class.tif", "date.tif", "conf.tif")]
    detect_time_series(paths, *outputs, sensor_for(0), mask_paths, masks.SCL, min_area_ha=0.1, confirm_obs=confirm,
                       **kwargs)
    classes, dates, confidence = (read(path) for path in outputs)
    return [(int(classes[20, 23 + 6 * c]), int(dates[20, 23 + 6 * c]), int(confidence[20, 23 + 6 * c]))
            for c in range(len(pixels))]


def test_confirmation_logic_on_hand_made_pixel_series(tmp_path):
    F, T, H, C = FOREST, POND, HAZE, CLOUD
    pixels = [
        [F, F, F, T, T, T, T, T],   # confirmed mining loss, flagged on 2018-06-10
        [F, F, H, F, F, F, F, F],   # one hazy date: dropped, no loss
        [F, F, F, F, F, F, F, T],   # loss on the last date: probable
        [F, C, F, C, T, C, T, T],   # clouds in between: flagged on the first clear loss, confirmed
        [F, F, F, F, F, F, F, F],   # stable forest
        [F, F, T, F, F, F, F, F],   # contradicted by later forest: dropped
        [C, C, C, C, C, C, C, C],   # never clear
    ]
    values = _centre_values(tmp_path, pixels)
    assert values == [
        (1, 20180610, 3),
        (0, 0, 0),
        (1, 20190105, 2),
        (1, 20180801, 3),
        (0, 0, 0),
        (0, 0, 0),
        (255, 0, 0),
    ]


def test_confirm_obs_parameter_changes_what_counts_as_confirmed(tmp_path):
    F, T = FOREST, POND
    pixels = [[F, F, F, F, T, T, T, F],   # flag, then two of the next observations agree, then forest
              [F, F, T, T, F, F, F, F]]   # flag, one agreeing observation, then forest
    assert [v[2] for v in _centre_values(tmp_path, pixels, confirm=1)] == [3, 3]
    assert [v[2] for v in _centre_values(tmp_path, pixels, confirm=2)] == [3, 0]
    # three of the next four: two agreed, then forest contradicted the flag
    assert [v[2] for v in _centre_values(tmp_path, pixels, confirm=3)] == [0, 0]


def test_dates_from_names_metadata_and_list(tmp_path):
    assert date_from_name("S2A_MSIL2A_20190219T150721_N0211.tif") == 20190219
    assert date_from_name("landsat_2019-03-07_stack.tif") == 20190307
    assert date_from_name("tile_T19LCF_stack.tif") is None
    path = tmp_path / "no_date.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 2, 2, 1)
    dataset.SetMetadataItem("TIFFTAG_DATETIME", "2019:05:04 10:00:00")
    dataset = None
    assert date_from_metadata(path) == 20190504
    assert parse_date_list("2018-01-15, 2018-03-01") == [20180115, 20180301]
    with pytest.raises(CoreError) as raised:
        parse_date_list("2018-01-15, 15/03/2018")
    assert raised.value.code == "bad_date_list"
    with pytest.raises(CoreError) as raised:
        image_dates([str(tmp_path / "a_nodate.tif")])
    assert raised.value.code == "no_date"


@pytest.mark.parametrize("problem, code", [("one", "one_image"), ("same", "same_date"),
                                           ("masks", "masks_count"), ("dates", "dates_count")])
def test_bad_series_input(tmp_path, problem, code):
    paths, mask_paths = _write_series(tmp_path, [[FOREST] * 8])
    kwargs = {}
    if problem == "one":
        paths, mask_paths = paths[:1], mask_paths[:1]
    elif problem == "same":
        kwargs["dates"] = [20180101] * 8
    elif problem == "masks":
        mask_paths = [str(tmp_path / "unnamed_mask.tif")] + mask_paths[:2]
    elif problem == "dates":
        kwargs["dates"] = [20180101, 20180201]
    outputs = [str(tmp_path / name) for name in ("c.tif", "d.tif", "q.tif")]
    with pytest.raises(CoreError) as raised:
        detect_time_series(paths, *outputs, sensor_for(0), mask_paths, masks.SCL, **kwargs)
    assert raised.value.code == code
    assert not any((tmp_path / name).exists() for name in ("c.tif", "d.tif", "q.tif"))


def _first_clear_after_event(truth, event_date, mask_paths, dates):
    days = [datetime.date(d // 10000, d // 100 % 100, d % 100).toordinal() for d in dates]
    clear = np.stack([~masks.masked_pixels(read(p), masks.SCL) for p in mask_paths])
    first = np.zeros(truth.shape, np.int32)
    confirmable = np.zeros(truth.shape, bool)
    before = np.zeros(truth.shape, bool)
    for row, column in zip(*np.nonzero(truth > 0)):
        value = int(event_date[row, column])
        event = datetime.date(value // 10000, value // 100 % 100, value % 100).toordinal()
        observations = [k for k in range(len(dates)) if days[k] >= event and clear[k, row, column]]
        before[row, column] = any(days[k] < event and clear[k, row, column] for k in range(len(dates)))
        if observations:
            first[row, column] = dates[observations[0]]
            later = [k for k in observations[1:5] if days[k] - days[observations[0]] <= 180]
            confirmable[row, column] = len(later) >= 2
    return first, confirmable, before


@pytest.mark.parametrize("seed, size, pixel, crs", [(2018, 200, 20.0, "EPSG:32719"), (77, 256, 10.0, "EPSG:32719"),
                                                    (5, 256, 20.0, "EPSG:4326")])
def test_accuracy_on_simulated_series_with_haze_and_fringes(tmp_path, seed, size, pixel, crs):
    from scripts.demo.simulate_s2 import make_series

    series = make_series(str(tmp_path / "series"), seed=seed, size=size, pixel=pixel, crs=crs, leaks=True)
    outputs = [str(tmp_path / name) for name in ("class.tif", "date.tif", "conf.tif")]
    shuffled = series["stacks"][::-1]  # any order: sorted by date inside
    # buffer_m=0: the truth's first clear look is computed from the SCL masks alone
    detect_time_series(shuffled, *outputs, sensor_for(0), series["masks"], masks.SCL, min_area_ha=0.1, buffer_m=0)
    classes, dates, confidence = (read(path) for path in outputs)
    truth, event_date = read(series["truth"]), read(series["truth_date"])
    image_date_values = [int(re.search(r"_(\d{8})_", p).group(1)) for p in series["stacks"]]
    first, confirmable, seen_before = _first_clear_after_event(truth, event_date, series["masks"], image_date_values)
    target = confirmable & seen_before  # events a detector can see and later dates can confirm
    ignore = (truth > 0) & ~target
    confirmed = (confidence == 3) & ~ignore
    mining = f1((classes == 1) & confirmed, (truth == 1) & target)
    any_loss = f1(np.isin(classes, (1, 2)) & confirmed, target)
    assert mining >= 0.92 and any_loss >= 0.94, (mining, any_loss)
    detected = confirmed & target
    assert np.mean(dates[detected] == first[detected]) >= 0.95
    assert np.count_nonzero(confirmed & (truth == 0)) < 0.02 * np.count_nonzero(target)


def test_forest_mask_dates_loss_that_clouds_hid_on_the_first_dates(tmp_path):
    from scripts.demo.simulate_s2 import make_series

    series = make_series(str(tmp_path / "series"), seed=2018, size=200, leaks=True)
    truth, event_date = read(series["truth"]), read(series["truth_date"])
    dates = [int(re.search(r"_(\d{8})_", p).group(1)) for p in series["stacks"]]
    first, confirmable, seen_before = _first_clear_after_event(truth, event_date, series["masks"], dates)
    hidden = confirmable & ~seen_before  # lost under clouds before any clear look at the forest
    assert np.count_nonzero(hidden) > 100
    results = {}
    for name, mask in (("without", None), ("with", series["forest"])):
        outputs = [str(tmp_path / f"{name}_{kind}.tif") for kind in ("class", "date", "conf")]
        detect_time_series(series["stacks"], *outputs, sensor_for(0), series["masks"], masks.SCL, min_area_ha=0.1,
                           forest_mask=mask, buffer_m=0)
        classes, loss_dates, confidence = (read(path) for path in outputs)
        confirmed = (confidence == 3) & np.isin(classes, (1, 2))
        counted = ~((truth > 0) & ~confirmable)  # events later dates cannot confirm are left out
        results[name] = (f1(confirmed & counted, confirmable), np.count_nonzero(confirmed & hidden), confirmed,
                         loss_dates)
    assert results["with"][1] > 0.8 * np.count_nonzero(hidden) > results["without"][1]
    assert results["with"][0] > results["without"][0] and results["with"][0] >= 0.95
    confirmed, loss_dates = results["with"][2], results["with"][3]
    assert not np.any(confirmed & (read(series["forest"]) == 0))  # only forest is watched
    assert np.mean(loss_dates[confirmed & hidden] == first[confirmed & hidden]) >= 0.9
