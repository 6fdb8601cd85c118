"""One tile of a batch job: read the job rows, run the plugin's core detection on a worker, resume.

Runs on Dask workers: it imports the plugin's core (numpy, GDAL, scipy), no QGIS, and dask only to
name the worker.
A tile's outputs are written in `DIR/.<tile>.partial-<id>/` and renamed to `DIR/<tile>/` once
complete (`result.json` is the last file written), so a killed run leaves no half tile behind.
"""
import csv
import json
import os
import re
import shutil
import socket
import time
import uuid

from algorithms.core.detection import masks as mask_types
from algorithms.core.detection import products, sensors
from algorithms.core.detection.timeseries import detect_time_series
from algorithms.core.detection.twodates import DEFAULT_CLASS_NAMES, detect_two_dates
from algorithms.core.errors import CoreError
from algorithms.core.rasters.dates import parse_date_list
from algorithms.core.styles import read_template, write_style

TWO_DATES, TIME_SERIES = "two_dates", "time_series"
RESULT = "result.json"
OUTPUTS = {TWO_DATES: ("loss_classes.tif",), TIME_SERIES: ("loss_classes.tif", "loss_dates.tif",
                                                             "loss_confidence.tif")}
PATH_COLUMNS = ("before", "after", "mask_before", "mask_after", "images", "masks", "forest_mask")
TEMPLATES = ("loss_classes.qml", "loss_dates.qml", "loss_confidence.qml")
MASK_NAME = re.compile(r"(^|[_.-])(SCL|QA_PIXEL|MASK|CLOUDS?)([_.-]|$)", re.IGNORECASE)
RASTER_SUFFIXES = (".tif", ".tiff", ".vrt", ".jp2", ".img")
TILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class JobError(Exception):
    """A job row that cannot run (told before anything is sent to the cluster)."""


def _number(row, key, kind, default):
    text = (row.get(key) or "").strip()
    if not text:
        return default
    try:
        return kind(text)
    except ValueError:
        raise JobError(f"column {key}: '{text}' is not a number") from None


def _absolute(value, folder):
    parts = [part.strip() for part in value.split(";") if part.strip()]
    return ";".join(part if os.path.isabs(part) else os.path.normpath(os.path.join(folder, part))
                    for part in parts)


def job_from_row(row, folder):
    """A job dict from a CSV row (paths relative to the CSV's folder); JobError when it cannot run."""
    tile = (row.get("tile") or "").strip()
    if not TILE_NAME.match(tile):
        raise JobError(f"tile name '{tile}' must be letters, digits, '_', '-' or '.'")
    kind = TIME_SERIES if (row.get("images") or "").strip() else TWO_DATES
    if kind == TWO_DATES and not ((row.get("before") or "").strip() and (row.get("after") or "").strip()):
        raise JobError("give 'before' and 'after' (two dates) or 'images' (a time series)")
    sensor = _number(row, "sensor", int, sensors.SENTINEL2)
    if sensor not in (0, 1, 2, 3, 4):
        raise JobError(f"column sensor: {sensor} is not a preset (0 to 4, as SENSOR in DESIGN.md)")
    mask_type = _number(row, "mask_type", int, mask_types.SCL)
    if mask_type not in (0, 1, 2):
        raise JobError(f"column mask_type: {mask_type} is not 0 (SCL), 1 (QA_PIXEL) or 2 (binary)")
    job = {"tile": tile, "kind": kind, "sensor": sensor, "mask_type": mask_type,
           "min_area_ha": _number(row, "min_area_ha", float, 0.1),
           "confirm_obs": _number(row, "confirm_obs", int, 2),
           "custom_bands": (row.get("custom_bands") or "").strip() or "1,2,3,4,5,6",
           "custom_scale": _number(row, "custom_scale", float, 1e-4),
           "custom_offset": _number(row, "custom_offset", float, 0.0),
           "dates": (row.get("dates") or "").strip()}
    for key in PATH_COLUMNS:
        value = (row.get(key) or "").strip()
        job[key] = _absolute(value, folder) if value else None
    return job


def read_jobs(csv_path):
    """(jobs, rejected) from the jobs CSV: rejected is [(tile or 'line N', reason, row number)]."""
    folder = os.path.dirname(os.path.abspath(csv_path))
    with open(csv_path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or "tile" not in [name.strip() for name in reader.fieldnames]:
            raise JobError(f"{csv_path} needs a 'tile' column (and before/after or images)")
        rows = [({(k or "").strip(): v for k, v in row.items()}, reader.line_num) for row in reader]
    jobs, rejected, seen = [], [], set()
    for number, (row, line) in enumerate(rows):
        label = (row.get("tile") or "").strip() or f"line {line}"
        try:
            job = job_from_row(row, folder)
            if job["tile"] in seen:
                raise JobError(f"tile '{job['tile']}' appears twice")
        except JobError as error:
            rejected.append((label, str(error), number))
            continue
        job["row"] = number
        seen.add(job["tile"])
        jobs.append(job)
    return jobs, rejected


def templates():
    """The QML templates as text, sent with each tile (workers need no copy of the plugin's resources)."""
    return {name: read_template(name) for name in TEMPLATES}


def _listed(value):
    """A folder's rasters and products as downloaded (sorted), or a ';'-separated list."""
    if value and os.path.isdir(value) and not products.is_product(value):
        rasters = sorted(os.path.join(value, name) for name in os.listdir(value)
                         if name.lower().endswith(RASTER_SUFFIXES))
        return rasters + products.expand([value])  # Sentinel-2 / Landsat products: the core reads them
    return [part for part in (value or "").split(";") if part]


def series_inputs(images, masks):
    """(images, masks) of a time-series row; in a folder, SCL/QA_PIXEL/mask/cloud files are the masks."""
    listed = _listed(images)
    in_folder = os.path.isdir(images or "")
    found = [p for p in listed if in_folder and MASK_NAME.search(os.path.splitext(os.path.basename(p))[0])]
    return [p for p in listed if p not in found], (_listed(masks) if masks else found)


def finished(out_dir, tile):
    """The result of a tile completed earlier, or None."""
    path = os.path.join(out_dir, tile, RESULT)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def clean_partials(out_dir):
    """Remove the half-written tile folders a killed run left behind."""
    for name in os.listdir(out_dir):
        if name.startswith(".") and ".partial-" in name:
            shutil.rmtree(os.path.join(out_dir, name), ignore_errors=True)


def _class_labels():
    return {"NO_LOSS": DEFAULT_CLASS_NAMES[0], "MINING": DEFAULT_CLASS_NAMES[1], "OTHER": DEFAULT_CLASS_NAMES[2]}


def _two_dates(job, folder, threads, styles):
    output = os.path.join(folder, "loss_classes.tif")
    result = detect_two_dates(
        job["before"], job["after"], output, _sensor(job), mask_before=job["mask_before"],
        mask_after=job["mask_after"], mask_type=job["mask_type"], min_area_ha=job["min_area_ha"], threads=threads)
    write_style("loss_classes.qml", output, _class_labels(), styles.get("loss_classes.qml"))
    before, after = (_day(day) for day in result.dates)  # the dates the core read (name, metadata, product)
    return {"mining_ha": result.mining_ha, "other_loss_ha": result.other_loss_ha,
            "masked_fraction": result.masked_fraction, "area_method": result.area_method,
            "first_date": before, "last_date": after, "images": 2}


def _time_series(job, folder, threads, styles):
    images, masks = series_inputs(job["images"], job["masks"])
    dates = parse_date_list(job["dates"]) or None
    paths = {name: os.path.join(folder, f"{name}.tif") for name in ("loss_classes", "loss_dates", "loss_confidence")}
    result = detect_time_series(
        images, paths["loss_classes"], paths["loss_dates"], paths["loss_confidence"], _sensor(job), mask_paths=masks,
        mask_type=job["mask_type"], dates=dates, min_area_ha=job["min_area_ha"], confirm_obs=job["confirm_obs"],
        forest_mask=job["forest_mask"], threads=threads)
    first, last = result.dates[0], result.dates[-1]
    day = {"MIN": first.strftime("%Y%m%d"), "MAX": last.strftime("%Y%m%d"), "FIRST": first.isoformat(),
           "LAST": last.isoformat()}
    write_style("loss_classes.qml", paths["loss_classes"], _class_labels(), styles.get("loss_classes.qml"))
    write_style("loss_dates.qml", paths["loss_dates"], day, styles.get("loss_dates.qml"))
    write_style("loss_confidence.qml", paths["loss_confidence"],
                {"PROBABLE": "Probable loss", "CONFIRMED": "Confirmed loss"}, styles.get("loss_confidence.qml"))
    return {"mining_ha": result.mining_ha, "other_loss_ha": result.other_loss_ha,
            "masked_fraction": result.masked_fraction, "area_method": result.area_method,
            "confirmed_ha": result.confirmed_ha, "probable_ha": result.probable_ha,
            "first_date": int(first.strftime("%Y%m%d")), "last_date": int(last.strftime("%Y%m%d")),
            "images": len(result.dates)}


def _day(value):
    """YYYYMMDD int from a date, an int or None."""
    if value is None:
        return None
    return int(value.strftime("%Y%m%d")) if hasattr(value, "strftime") else int(value)


def _sensor(job):
    return sensors.sensor_for(job["sensor"], job["custom_bands"], job["custom_scale"], job["custom_offset"])


def _worker_name():
    """The Dask worker's address when run by one, else the host name."""
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return socket.gethostname()


def run_tile(job, out_dir, threads=1, styles=None):
    """Detect one tile into DIR/<tile>/ (atomically); a dict with the numbers, or the tile's error."""
    tile = job["tile"]
    earlier = finished(out_dir, tile)
    if earlier is not None:
        return dict(earlier, status="done_earlier")
    started = time.perf_counter()
    partial = os.path.join(out_dir, f".{tile}.partial-{uuid.uuid4().hex[:12]}")
    os.makedirs(partial)
    try:
        run = _two_dates if job["kind"] == TWO_DATES else _time_series
        numbers = run(job, partial, threads, styles or {})
        result = dict(numbers, tile=tile, kind=job["kind"], outputs=list(OUTPUTS[job["kind"]]),
                      seconds=round(time.perf_counter() - started, 3), worker=_worker_name(),
                      threads=threads, job=job)
        with open(os.path.join(partial, RESULT), "w", encoding="utf-8") as handle:
            json.dump(result, handle, indent=1)
        try:
            os.rename(partial, os.path.join(out_dir, tile))
        except OSError:
            earlier = finished(out_dir, tile)  # another run finished the same tile meanwhile
            if earlier is None:
                raise
            shutil.rmtree(partial, ignore_errors=True)
            return dict(earlier, status="done_earlier")
    except CoreError as error:
        shutil.rmtree(partial, ignore_errors=True)
        return {"tile": tile, "kind": job["kind"], "status": "failed", "error_code": error.code,
                "error_details": {k: str(v) for k, v in error.details.items()}}
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return dict(result, status="done")
