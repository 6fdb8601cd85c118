"""scripts/batch/batch.py on a real Dask cluster on this machine: a scheduler and two worker processes.

The tiles are quadrants of the embedded sample (two dates and time series); every output must be
pixel-identical to a qgis_process run of the same algorithm on the same tile.
"""
import csv
import os
import re
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from osgeo import gdal

from scripts.qgis_cli import run as qgis_run
from scripts.qgis_cli import throwaway_profile
from tests.conftest import ROOT, SAMPLE

SCALE_PYTHON = ROOT / ".venv-scale" / "bin" / "python"
BATCH = ROOT / "scripts" / "batch" / "batch.py"
PAIR = ("S2_L2A_20180710_LaPampa_stack.tif", "S2_L2A_20190805_LaPampa_stack.tif",
        "S2_L2A_20180710_LaPampa_SCL.tif", "S2_L2A_20190805_LaPampa_SCL.tif")
QUADRANTS = {"NW": (0, 0), "NE": (1, 0), "SW": (0, 1), "SE": (1, 1)}
SERIES_TILES = ("NE", "SW")  # the other two are two-date tiles
OUTPUTS = {"two_dates": ("loss_classes",), "time_series": ("loss_classes", "loss_dates", "loss_confidence")}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def kind_of(tile):
    return "time_series" if tile in SERIES_TILES else "two_dates"


@pytest.fixture(scope="module")
def tiles(tmp_path_factory):
    """Four quadrant tiles: NW and SE of the 10 m pair, NE and SW of the 20 m series (8 dates)."""
    assert SCALE_PYTHON.exists(), ".venv-scale is missing: run `make scale-env` (make test builds it)"
    folder = tmp_path_factory.mktemp("tiles")
    series = sorted((SAMPLE / "series").glob("*.tif"))
    rows = {}
    for tile, (i, j) in QUADRANTS.items():
        (folder / tile).mkdir()
        if tile in SERIES_TILES:
            for path in series:
                gdal.Translate(str(folder / tile / path.name), str(path), srcWin=[i * 100, j * 100, 100, 100])
            rows[tile] = {"tile": tile, "images": tile}
        else:
            for name in PAIR:
                gdal.Translate(str(folder / tile / name), str(SAMPLE / name), srcWin=[i * 256, j * 256, 256, 256])
            rows[tile] = {"tile": tile, "before": f"{tile}/{PAIR[0]}", "after": f"{tile}/{PAIR[1]}",
                          "mask_before": f"{tile}/{PAIR[2]}", "mask_after": f"{tile}/{PAIR[3]}", "sensor": "0",
                          "mask_type": "0", "min_area_ha": "0.1"}
    return folder, rows


def write_jobs(path, rows):
    fields = ["tile", "before", "after", "mask_before", "mask_after", "images", "sensor", "mask_type", "min_area_ha"]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    return path


def read_summary(folder):
    with open(folder / "summary.csv", newline="", encoding="utf-8") as handle:
        return {row["tile"]: row for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def qgis_outputs(tiles, tmp_path_factory):
    """Each tile through qgis_process: {tile: (results, {output name: path})}."""
    folder, _ = tiles
    out = tmp_path_factory.mktemp("qgis")
    with throwaway_profile() as env:
        def detect(tile):
            paths = {name: str(out / f"{tile}_{name}.tif") for name in OUTPUTS[kind_of(tile)]}
            if tile in SERIES_TILES:
                files = sorted((folder / tile).iterdir())
                code, results, stdout, stderr = qgis_run(env, "miningloss:detecttimeseries", {
                    "IMAGES": [str(p) for p in files if p.name.endswith("_stack.tif")],
                    "MASKS": [str(p) for p in files if p.name.endswith("_SCL.tif")], "SENSOR": 0, "MASK_TYPE": 0,
                    "MIN_AREA_HA": 0.1, "CONFIRM_OBS": 2, "OUTPUT_CLASS": paths["loss_classes"],
                    "OUTPUT_DATE": paths["loss_dates"], "OUTPUT_CONFIDENCE": paths["loss_confidence"]})
            else:
                code, results, stdout, stderr = qgis_run(env, "miningloss:detecttwodates", {
                    "BEFORE": str(folder / tile / PAIR[0]), "AFTER": str(folder / tile / PAIR[1]),
                    "MASK_BEFORE": str(folder / tile / PAIR[2]), "MASK_AFTER": str(folder / tile / PAIR[3]),
                    "SENSOR": 0, "MASK_TYPE": 0, "MIN_AREA_HA": 0.1, "OUTPUT": paths["loss_classes"]})
            assert code == 0, stdout + stderr
            return tile, (results, paths)

        with ThreadPoolExecutor(max_workers=2) as pool:  # two qgis_process at a time
            made = dict(pool.map(detect, QUADRANTS))
        yield made, env


def _wait_for_workers(address, count, timeout=90):
    script = ("import sys; from distributed import Client\n"
              f"c = Client({address!r}, timeout=30); c.wait_for_workers({count}, timeout={timeout}); "
              "print(len(c.scheduler_info()['workers'])); c.close()")
    done = subprocess.run([str(SCALE_PYTHON), "-c", script], capture_output=True, text=True, timeout=timeout + 40)
    assert done.returncode == 0, done.stderr[-3000:]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """`dask scheduler` and two `dask worker` processes from .venv-scale; their working folder is empty."""
    assert SCALE_PYTHON.exists(), ".venv-scale is missing: run `make scale-env` (make test builds it)"
    work = tmp_path_factory.mktemp("dask")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = dict(os.environ, PYTHONPATH="")  # the workers get the plugin's core from batch.py, not from here
    processes = []
    log = open(work / "cluster.log", "w")  # noqa: SIM115  closed in teardown
    try:
        processes.append(subprocess.Popen(
            [str(SCALE_PYTHON), "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", str(port),
             "--dashboard-address", f"127.0.0.1:{free_port()}"], cwd=work, env=env, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True))
        for name in ("w1", "w2"):
            processes.append(subprocess.Popen(
                [str(SCALE_PYTHON.parent / "dask"), "worker", address, "--nthreads", "1", "--name", name,
                 "--no-dashboard", "--local-directory", str(work / name), "--host", "127.0.0.1"], cwd=work, env=env,
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True))
        _wait_for_workers(address, 2)
        yield address
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in reversed(processes):
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        log.close()


def batch(*args, timeout=180):
    return subprocess.run([str(SCALE_PYTHON), str(BATCH), *[str(a) for a in args]], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)


def read_raster(path):
    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    return dataset.ReadAsArray(), dataset.GetGeoTransform(), dataset.GetProjection(), band.GetNoDataValue()


def assert_same_as_qgis(out, tile, source, qgis_outputs):
    """Every output of the batch tile equals the qgis_process output of the source quadrant, pixel for pixel."""
    for name, qgis_path in qgis_outputs[source][1].items():
        ours, theirs = read_raster(out / tile / f"{name}.tif"), read_raster(qgis_path)
        assert ours[0].dtype == theirs[0].dtype and ours[0].shape == theirs[0].shape
        assert np.array_equal(ours[0], theirs[0]), f"{tile}/{name} differs from qgis_process"
        assert ours[1:] == theirs[1:]


def test_four_tiles_on_two_workers_match_qgis_process(tiles, cluster, qgis_outputs, tmp_path):
    folder, rows = tiles
    made, env = qgis_outputs
    jobs = write_jobs(folder / "jobs.csv", rows.values())
    out = tmp_path / "out"
    done = batch("--jobs", jobs, "--out", out, "--scheduler", cluster, "--regions", SAMPLE / "districts.gpkg",
                 "--region-field", "NOMBDIST", "--period", "quarter")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Dask dashboard: http" in done.stdout
    assert "4/4 tiles" in done.stderr  # the progress bar
    summary = read_summary(out)
    assert [summary[t]["status"] for t in QUADRANTS] == ["done"] * 4
    assert len({row["worker"] for row in summary.values()}) == 2  # both workers got tiles
    for tile in QUADRANTS:
        assert_same_as_qgis(out, tile, tile, made)
        results = made[tile][0]
        assert float(summary[tile]["mining_ha"]) == pytest.approx(float(results["MINING_HA"]), rel=1e-9, abs=1e-9)
        assert float(summary[tile]["other_loss_ha"]) == pytest.approx(float(results["OTHER_LOSS_HA"]), rel=1e-9,
                                                                      abs=1e-9)
        assert float(summary[tile]["masked_fraction"]) == pytest.approx(float(results["MASKED_FRACTION"]))
        qml = made[tile][1]["loss_classes"].replace(".tif", ".qml")
        assert (out / tile / "loss_classes.qml").read_text() == open(qml, encoding="utf-8").read()
    assert sum(float(summary[t]["mining_ha"]) for t in QUADRANTS) > 100  # the tiles hold real mining loss

    # the mosaic: each tile sits in its place, pixel for pixel
    mosaic = gdal.Open(str(out / "two_dates_loss_classes.vrt"))
    assert (mosaic.RasterXSize, mosaic.RasterYSize) == (512, 512)
    pixels = mosaic.ReadAsArray()
    assert np.array_equal(pixels[:256, :256], read_raster(made["NW"][1]["loss_classes"])[0])
    assert np.array_equal(pixels[256:, 256:], read_raster(made["SE"][1]["loss_classes"])[0])
    assert np.all(pixels[:256, 256:] == 255)
    series_mosaic = gdal.Open(str(out / "time_series_loss_dates.vrt")).ReadAsArray()
    assert np.array_equal(series_mosaic[:100, 100:], read_raster(made["NE"][1]["loss_dates"])[0])

    # the region summary over the mosaic equals regionsummary's through qgis_process on the same mosaic
    code, results, stdout, stderr = qgis_run(env, "miningloss:regionsummary", {
        "LOSS": str(out / "time_series_loss_classes.vrt"), "ENCODING": 0,
        "LOSS_DATE": str(out / "time_series_loss_dates.vrt"), "REGIONS": str(SAMPLE / "districts.gpkg"),
        "REGION_FIELD": "NOMBDIST", "PERIOD": 1, "START_DATE": "2018-03-15", "END_DATE": "2019-09-15",
        "OUTPUT": str(tmp_path / "qgis_summary.csv")})
    assert code == 0, stdout + stderr
    with open(tmp_path / "qgis_summary.csv", newline="", encoding="utf-8") as handle:
        expected = {(r["region"], r["period"]): r for r in csv.DictReader(handle)}
    with open(out / "time_series_region_summary.csv", newline="", encoding="utf-8") as handle:
        ours = {(r["region"], r["period"]): r for r in csv.DictReader(handle)}
    assert set(ours) == set(expected) and len(ours) == 12 * 7  # 12 districts x 2018-Q1 .. 2019-Q3
    for key, row in expected.items():
        for field in ("loss_ha", "mining_ha", "other_ha"):
            assert float(ours[key][field]) == pytest.approx(float(row[field]), abs=1e-6), (key, field)
    series_total = sum(float(summary[t]["mining_ha"]) + float(summary[t]["other_loss_ha"]) for t in SERIES_TILES)
    assert sum(float(r["loss_ha"]) for r in ours.values()) == pytest.approx(series_total, abs=1e-6)
    with open(out / "two_dates_region_summary.csv", newline="", encoding="utf-8") as handle:
        whole = list(csv.DictReader(handle))
    assert {r["period"] for r in whole} == {"2018-07-10..2019-08-05"}
    two_dates_total = sum(float(summary[t]["mining_ha"]) + float(summary[t]["other_loss_ha"])
                          for t in QUADRANTS if t not in SERIES_TILES)
    assert sum(float(r["loss_ha"]) for r in whole) == pytest.approx(two_dates_total, abs=1e-6)


def test_a_killed_run_resumes(tiles, cluster, qgis_outputs, tmp_path):
    folder, rows = tiles
    made, _ = qgis_outputs
    copies = {f"{source}{n}": source for n in (1, 2) for source in QUADRANTS}  # 8 tiles
    jobs = write_jobs(folder / "jobs_resume.csv", [dict(rows[source], tile=tile) for tile, source in copies.items()])
    out = tmp_path / "out"
    process = subprocess.Popen([str(SCALE_PYTHON), str(BATCH), "--jobs", str(jobs), "--out", str(out),
                                "--scheduler", cluster], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not any((out / tile / "result.json").exists() for tile in copies) and process.poll() is None:
        assert time.monotonic() < deadline, "no tile finished"
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 30  # tiles already running on a worker finish (or fail) on their own
    while any(".partial-" in name for name in os.listdir(out)) and time.monotonic() < deadline:
        time.sleep(0.1)
    finished = {tile: (out / tile / "loss_classes.tif").stat().st_mtime_ns for tile in copies
                if (out / tile / "result.json").exists()}
    assert 1 <= len(finished) < len(copies)
    assert not (out / "summary.csv").exists()
    (out / ".NW1.partial-deadbeef").mkdir()  # what a worker killed mid-tile leaves behind

    done = batch("--jobs", jobs, "--out", out, "--scheduler", cluster)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{len(finished)} finished earlier, {len(copies) - len(finished)} to run" in done.stdout
    summary = read_summary(out)
    for tile, source in copies.items():
        assert summary[tile]["status"] == ("done_earlier" if tile in finished else "done")
        assert_same_as_qgis(out, tile, source, made)
    for tile, mtime in finished.items():
        assert (out / tile / "loss_classes.tif").stat().st_mtime_ns == mtime  # kept, not recomputed
    assert not [name for name in os.listdir(out) if ".partial-" in name]


def test_bad_jobs_are_reported_per_tile(tiles, cluster, qgis_outputs, tmp_path):
    folder, rows = tiles
    made, _ = qgis_outputs
    one_image = folder / "one_image"
    one_image.mkdir(exist_ok=True)
    for path in sorted((folder / "SW").glob("*20180315*.tif")):  # one stack and its SCL
        (one_image / path.name).write_bytes(path.read_bytes())
    broken = folder / "broken"  # a download cut short: the header reads, the pixels do not
    broken.mkdir(exist_ok=True)
    for name in PAIR:
        data = (folder / "NW" / name).read_bytes()
        (broken / name).write_bytes(data[:len(data) // 2] if name == PAIR[1] else data)
    jobs = write_jobs(folder / "jobs_bad.csv", [
        rows["NW"],
        {key: (value.replace("NW/", "broken/") if isinstance(value, str) else value)
         for key, value in dict(rows["NW"], tile="cut_short").items()},
        dict(rows["NW"], tile="missing", before="NW/no_such_image_20180710.tif"),
        dict(rows["NW"], tile="not_a_mask", mask_after=f"NW/{PAIR[1]}"),
        {"tile": "lonely", "images": "one_image"},
        dict(rows["SE"], tile="bad_sensor", sensor="9"),
        dict(rows["SE"], tile="SE"),
    ])
    out = tmp_path / "out"
    done = batch("--jobs", jobs, "--out", out, "--scheduler", cluster)
    assert done.returncode == 1
    summary = read_summary(out)
    assert {t: r["status"] for t, r in summary.items()} == {
        "NW": "done", "cut_short": "failed", "missing": "failed", "not_a_mask": "failed", "lonely": "failed",
        "bad_sensor": "failed", "SE": "done"}
    assert "Cannot read the raster given as «before»" in summary["missing"]["error"]
    assert "no_such_image_20180710.tif" in summary["missing"]["error"]
    assert "«mask_after» is not a valid mask" in summary["not_a_mask"]["error"]
    assert "RuntimeError" in summary["cut_short"]["error"] and "S2_L2A_20190805" in summary["cut_short"]["error"]
    assert "A time series needs at least two images (got 1)" in summary["lonely"]["error"]
    assert "sensor: 9 is not a preset" in summary["bad_sensor"]["error"]
    assert "FAILED missing:" in done.stderr
    for tile in ("NW", "SE"):
        assert_same_as_qgis(out, tile, tile, made)
    assert list(summary) == ["NW", "cut_short", "missing", "not_a_mask", "lonely", "bad_sensor", "SE"]  # CSV order
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["NW", "SE"]  # nothing half-written


def test_products_as_downloaded(tiles, cluster, qgis_outputs, tmp_path):
    """A time-series tile given as a folder of Sentinel-2 L2A zips: the same pixels as qgis_process on it."""
    from scripts.demo import make_products

    folder, _ = tiles
    _, env = qgis_outputs
    downloads = tmp_path / "downloads" / "19LCF"
    downloads.mkdir(parents=True)
    for stack in sorted((folder / "NE").glob("*_stack.tif"))[:4]:
        date = int(stack.name.split("_")[2])
        make_products.sentinel2_product(str(stack), str(stack).replace("_stack", "_SCL"), date, str(downloads),
                                        baseline="05.09" if date > 20190101 else "02.14")
    jobs = write_jobs(tmp_path / "jobs.csv", [{"tile": "19LCF", "images": "downloads/19LCF"}])
    out = tmp_path / "out"
    done = batch("--jobs", jobs, "--out", out, "--scheduler", cluster)
    assert done.returncode == 0, done.stdout + done.stderr
    summary = read_summary(out)
    assert summary["19LCF"]["status"] == "done" and summary["19LCF"]["images"] == "4"
    paths = {name: str(tmp_path / f"qgis_{name}.tif") for name in OUTPUTS["time_series"]}
    code, results, stdout, stderr = qgis_run(env, "miningloss:detecttimeseries", {
        "IMAGES": str(downloads), "OUTPUT_CLASS": paths["loss_classes"], "OUTPUT_DATE": paths["loss_dates"],
        "OUTPUT_CONFIDENCE": paths["loss_confidence"]})
    assert code == 0, stdout + stderr
    assert float(summary["19LCF"]["mining_ha"]) + float(summary["19LCF"]["other_loss_ha"]) > 5
    assert_same_as_qgis(out, "19LCF", "products", {"products": (results, paths)})


def test_local_workers_give_the_same_tiles(tiles, qgis_outputs, tmp_path):
    folder, rows = tiles
    made, _ = qgis_outputs
    jobs = write_jobs(folder / "jobs_local.csv", [rows["SE"], rows["SW"]])
    out = tmp_path / "out"
    done = batch("--jobs", jobs, "--out", out, "--local-workers", "2", "--threads-per-worker", "2",
                 "--dashboard-address", ":0")
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(re.findall(r"Worker tcp://\S+: peak memory \d+ MiB", done.stdout)) == 2
    summary = read_summary(out)
    assert [summary[t]["status"] for t in ("SE", "SW")] == ["done", "done"]
    for tile in ("SE", "SW"):
        assert_same_as_qgis(out, tile, tile, made)


def test_an_unreachable_scheduler_is_reported_per_tile(tiles, tmp_path):
    folder, rows = tiles
    jobs = write_jobs(folder / "jobs_unreachable.csv", [rows["NW"], rows["SE"]])
    out = tmp_path / "out"
    started = time.monotonic()
    done = batch("--jobs", jobs, "--out", out, "--scheduler", f"tcp://127.0.0.1:{free_port()}",
                 "--connect-timeout", "3")
    assert done.returncode == 1
    assert time.monotonic() - started < 60
    summary = read_summary(out)
    assert {t: r["status"] for t, r in summary.items()} == {"NW": "failed", "SE": "failed"}
    assert all("scheduler unreachable at tcp://127.0.0.1:" in r["error"] for r in summary.values())


def test_the_plugin_never_imports_dask():
    plugin_files = list((ROOT / "algorithms").rglob("*.py")) + list((ROOT / "plugin").rglob("*.py"))
    assert plugin_files
    for path in plugin_files:
        text = path.read_text(encoding="utf-8")
        assert "import dask" not in text and "distributed" not in text, path
    assert "dask" not in sys.modules


def test_local_workers_report_a_bad_tile_in_the_dialogs_words(tiles, tmp_path):
    """With --local-workers the scheduler runs in batch.py's process and the code archive it loads replaced the
    plugin's `algorithms` package there: a missing image was reported as 'unreadable_raster: path=…, role=BEFORE'.
    The sentence is the dialog's, naming the job's column; the good tile is done, the exit code 1."""
    folder, rows = tiles
    jobs = write_jobs(folder / "jobs_local_bad.csv", [
        rows["SE"], dict(rows["SE"], tile="missing", before="SE/no_such_image_20180710.tif")])
    out = tmp_path / "out"
    done = batch("--jobs", jobs, "--out", out, "--local-workers", "1", "--dashboard-address", ":0")
    assert done.returncode == 1, done.stdout + done.stderr
    summary = read_summary(out)
    assert summary["SE"]["status"] == "done" and summary["missing"]["status"] == "failed"
    assert "Cannot read the raster given as «before»" in summary["missing"]["error"]
    assert "FAILED missing: Cannot read the raster given as «before»" in done.stderr  # the terminal too
