"""Many tiles on a Dask cluster with the plugin's own core: `make scale-env`, then

    .venv-scale/bin/python scripts/batch/batch.py --jobs JOBS.csv --out DIR (--scheduler ADDRESS | --local-workers N)
        [--threads-per-worker T] [--regions FILE --region-field NAME --period year|quarter|month|whole]

One row per tile in JOBS.csv: `tile`, `before`, `after`, optional `mask_before`, `mask_after`, `sensor`,
`mask_type`, `min_area_ha` (two dates), or `images` (a folder or a ';'-separated list), optional `masks`,
`dates`, `confirm_obs`, `forest_mask` (a time series). Each tile is one task; its outputs (the same as
the Processing algorithms') land in DIR/<tile>/, then DIR/summary.csv, VRT mosaics and the region
summary. DIR must be visible at the same path from here and from every worker (a shared folder).
Tiles finished by an earlier run are kept, so a killed run is resumed by running it again.
"""
import argparse
import csv
import hashlib
import os
import sys
import tempfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)
from scripts.batch.batch_jobs import JobError, clean_partials, finished, read_jobs, run_tile, templates  # noqa: E402
from scripts.batch.batch_mosaic import PERIODS, build_mosaics, summary_steps, summary_task  # noqa: E402

SUMMARY_FIELDS = ("tile", "kind", "status", "mining_ha", "other_loss_ha", "masked_fraction", "confirmed_ha",
                  "probable_ha", "area_method", "first_date", "last_date", "images", "seconds", "worker", "error")
COLUMNS = {"BEFORE": "before", "AFTER": "after", "MASK_BEFORE": "mask_before", "MASK_AFTER": "mask_after",
           "IMAGES": "images", "MASKS": "masks", "FOREST_MASK": "forest_mask", "LOSS": "mosaic",
           "LOSS_DATE": "mosaic of dates"}
BATCH_MESSAGES = {
    "unreadable_regions": "Cannot read the regions file {path}: give a polygon file OGR can open.",
    "unknown_field": "The regions file {path} has no field '{field}': give one of its fields.",
}


def _dialog_messages():
    """The dialog's messages, imported now: with --local-workers the scheduler runs in this process, and the code
    archive it loads replaces the `algorithms` package with the core alone (the sentences became bare codes)."""
    try:
        from algorithms.core.errors import CoreError
        from algorithms.parameters.messages import core_error_message
    except ImportError:  # no PyQt here
        return None
    return lambda code, details: core_error_message(CoreError(code, **details), COLUMNS)  # names the job's column


DIALOG_MESSAGE = _dialog_messages()


def error_message(code, details):
    """The same sentence the QGIS dialog shows for a core error (English), or the batch's own."""
    if code in BATCH_MESSAGES:
        return BATCH_MESSAGES[code].format(**details)
    if DIALOG_MESSAGE is not None:
        return DIALOG_MESSAGE(code, details)
    return f"{code}: " + ", ".join(f"{k}={v}" for k, v in sorted(details.items()))  # the code and its details


def code_archive(folder):
    """A zip of the plugin's core and the batch modules, sent to the workers (they need no checkout)."""
    names = ["algorithms/__init__.py", "scripts/__init__.py", "scripts/batch/__init__.py",
             "scripts/batch/batch_jobs.py", "scripts/batch/batch_mosaic.py"]
    core = os.path.join(ROOT, "algorithms", "core")
    names += sorted(os.path.relpath(os.path.join(folder, n), ROOT).replace(os.sep, "/")
                    for folder, _, files in os.walk(core) for n in files if n.endswith(".py"))
    digest = hashlib.sha256()
    for name in names:
        with open(os.path.join(ROOT, name), "rb") as handle:
            digest.update(name.encode() + handle.read())
    path = os.path.join(folder, f"mining_loss_monitor_core_{digest.hexdigest()[:12]}.zip")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            archive.write(os.path.join(ROOT, name), name)
    return path


def connect(args):
    """A dask Client on the scheduler or on a local cluster of N worker processes."""
    from distributed import Client, LocalCluster

    if args.scheduler:
        return Client(args.scheduler, timeout=args.connect_timeout)
    cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True,
                           dashboard_address=args.dashboard_address)
    return Client(cluster)


class Progress:
    """A one-line progress bar on the terminal (plain lines when not a terminal)."""

    def __init__(self, total, stream=sys.stderr):
        self.total, self.done, self.stream, self.started = total, 0, stream, time.perf_counter()
        self.tty = stream.isatty()

    def step(self, result):
        self.done += 1
        filled = int(30 * self.done / max(self.total, 1))
        line = (f"[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total} tiles "
                f"{time.perf_counter() - self.started:.0f} s  {result['tile']}: {result['status']}")
        self.stream.write(("\r" + line.ljust(100)) if self.tty else line + "\n")
        if self.tty and self.done == self.total:
            self.stream.write("\n")
        self.stream.flush()


def failed(tile, kind, message):
    return {"tile": tile, "kind": kind, "status": "failed", "error": message}


def run_on_cluster(client, pending, args, styles):
    """Submit the tiles, collect each one as it finishes; a failing tile never stops the others."""
    from distributed import as_completed

    futures = {client.submit(run_tile, job, args.out, args.threads_per_worker, styles, pure=False,
                             key=f"tile-{job['tile']}-{os.urandom(4).hex()}"): job for job in pending}
    progress = Progress(len(futures))
    results = []
    for future in as_completed(futures):
        job = futures[future]
        try:
            result = future.result()
        except Exception as error:  # noqa: BLE001  a crash, a killed worker, a lost scheduler: this tile only
            result = failed(job["tile"], job["kind"], f"{type(error).__name__}: {error}")
        if result.get("error_code"):
            result["error"] = error_message(result["error_code"], result.get("error_details", {}))
        progress.step(result)
        results.append(result)
    return results


def run_summaries(client, args, mosaics, results):
    """The region summary over each mosaic, on the cluster; False when one could not be made."""
    ok = True
    for kind, step in summary_steps(args.out, mosaics, results, os.path.abspath(args.regions), args.region_field,
                                    args.period, args.regions_layer):
        try:
            done = client.submit(summary_task, *step, pure=False).result() if client else summary_task(*step)
        except Exception as error:  # noqa: BLE001  reported; the tiles stay done
            done = {"error": f"{type(error).__name__}: {error}"}
        if done.get("error_code"):
            done["error"] = error_message(done["error_code"], done.get("error_details", {}))
        if done.get("error"):
            print(f"Region summary ({kind}) failed: {done['error']}", file=sys.stderr)
            ok = False
            continue
        print(f"Region summary ({kind}): {done['path']} ({done['regions']} regions, {done['loss_ha']:.2f} ha of "
              f"loss, {done['mining_ha']:.2f} ha mining)")
    return ok


def _peak_mib():
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def print_worker_memory(client):
    """Each worker process's peak resident memory so far (to size the workers of a real cluster)."""
    try:
        peaks = client.run(_peak_mib)
    except Exception:  # noqa: BLE001  only informative
        return
    for address, mib in sorted(peaks.items()):
        print(f"Worker {address}: peak memory {mib:.0f} MiB")


def write_summary(path, results):
    temp = path + ".partial"
    with open(temp, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=SUMMARY_FIELDS, extrasaction="ignore")
        writer.writeheader()
        for result in results:
            writer.writerow({key: ("" if result.get(key) is None else result.get(key)) for key in SUMMARY_FIELDS})
    os.replace(temp, path)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", required=True, help="CSV, one row per tile")
    parser.add_argument("--out", required=True, help="output folder (shared with the workers)")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running dask scheduler, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--local-workers", type=int, help="start N worker processes on this machine")
    parser.add_argument("--threads-per-worker", type=int, default=1,
                        help="threads a tile's detection uses over its raster blocks (default 1)")
    parser.add_argument("--regions", help="polygons for the region summary over the mosaic (e.g. districts)")
    parser.add_argument("--region-field", help="field holding the region name (default: feature id)")
    parser.add_argument("--regions-layer", help="layer of the regions file (default: the first)")
    parser.add_argument("--period", choices=sorted(PERIODS), default="year",
                        help="periods of the time-series summary (default year)")
    parser.add_argument("--connect-timeout", type=float, default=20.0, help="seconds to reach the scheduler")
    parser.add_argument("--dashboard-address", default=":8787", help="dashboard of a local cluster")
    args = parser.parse_args(argv)
    args.out = os.path.abspath(args.out)
    try:
        jobs, rejected = read_jobs(args.jobs)
    except (OSError, JobError) as error:
        parser.error(str(error))
    os.makedirs(args.out, exist_ok=True)
    clean_partials(args.out)
    rows = {job["tile"]: job["row"] for job in jobs}
    rows.update({tile: number for tile, _reason, number in rejected})
    results = [failed(tile, "", reason) for tile, reason, _number in rejected]
    for job in jobs:
        earlier = finished(args.out, job["tile"])
        if earlier is not None:
            results.append(dict(earlier, status="done_earlier"))
    pending = [job for job in jobs if finished(args.out, job["tile"]) is None]
    print(f"{len(jobs) + len(rejected)} tiles: {len(jobs) - len(pending)} finished earlier, {len(pending)} to run, "
          f"{len(rejected)} rejected", flush=True)
    styles = templates()
    client, summaries_failed = None, False
    if pending or (args.regions and jobs):
        try:
            client = connect(args)
        except Exception as error:  # noqa: BLE001  timed out, refused, a malformed address: each tile says so
            reason = f"scheduler unreachable at {args.scheduler}: {type(error).__name__}: {error}"
            print(reason, file=sys.stderr)
            results += [failed(job["tile"], job["kind"], reason) for job in pending]
            pending = []
    try:
        if client is not None:
            print(f"Dask dashboard: {client.dashboard_link}", flush=True)
            try:
                with tempfile.TemporaryDirectory(prefix="mlm_batch_") as folder:
                    client.upload_file(code_archive(folder))
            except Exception as error:  # noqa: BLE001  the cluster went away: every tile still to run says so
                results += [failed(job["tile"], job["kind"], f"cannot send the code to the workers: {error}")
                            for job in pending]
                pending = []
            results += run_on_cluster(client, pending, args, styles)
        results.sort(key=lambda r: rows.get(r["tile"], len(rows)))
        write_summary(os.path.join(args.out, "summary.csv"), results)
        mosaics = build_mosaics(args.out, results, styles)
        for kind, outputs in mosaics.items():
            print(f"Mosaic ({kind}): " + ", ".join(outputs.values()))
        if args.regions and mosaics:
            summaries_failed = not run_summaries(client, args, mosaics, results)
        if client is not None:
            print_worker_memory(client)
    finally:
        if client is not None:
            cluster = client.cluster
            client.close()
            if cluster is not None:
                cluster.close()
    bad = [r for r in results if r["status"] == "failed"]
    for result in bad:
        print(f"FAILED {result['tile']}: {result.get('error')}", file=sys.stderr)
    done = [r for r in results if r["status"] != "failed"]
    print(f"Done: {len(done)} tiles, failed: {len(bad)}. Summary: {os.path.join(args.out, 'summary.csv')}")
    return 1 if bad or summaries_failed else 0


if __name__ == "__main__":
    sys.exit(main())
