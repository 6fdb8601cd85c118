"""`make bench`, cluster section: scripts/batch/batch.py on 1 and 2 local Dask workers against qgis_process.

Not a test. The same time-series tiles (mirrored copies of the embedded series) run one after
another through qgis_process, then through batch.py with 1 and 2 worker processes, alternating
runs; medians, the scaling, each worker's peak memory, and the seconds per tile-date that a
national estimate multiplies. Writes <folder>/results_cluster.md. Run with .venv-scale's Python.
"""
import argparse
import csv
import datetime
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from scripts.bench.bench_inputs import SAMPLE, tile_sample, timed  # noqa: E402
from scripts.qgis_cli import qgis_process_binary, throwaway_profile  # noqa: E402

BATCH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "batch", "batch.py")
FULL_TILE_20M = 5490 * 5490  # a Sentinel-2 tile at 20 m
NATIONAL_TILES = 70  # the Peruvian Amazon
DATES_PER_YEAR = 73  # one image every 5 days


def make_series(folder, size, count):
    """count dates of size x size stacks and SCL masks, mirrored from the sample series."""
    os.makedirs(folder, exist_ok=True)
    sample = os.path.join(SAMPLE, "series")
    stacks = sorted(f for f in os.listdir(sample) if f.endswith("_stack.tif"))
    for index in range(count):
        day = datetime.date(2018, 1, 10) + datetime.timedelta(days=23 * index)
        name = stacks[index % len(stacks)]
        tile_sample(os.path.join(sample, name), os.path.join(folder, f"S2_{day:%Y%m%d}_stack.tif"), size)
        tile_sample(os.path.join(sample, name.replace("_stack", "_SCL")),
                    os.path.join(folder, f"S2_{day:%Y%m%d}_SCL.tif"), size)
    return folder


def sequential_qgis(env, series, tiles, folder):
    """Every tile through qgis_process, one after another: (total seconds, peak MiB of one run)."""
    images = sorted(os.path.join(series, f) for f in os.listdir(series) if f.endswith("_stack.tif"))
    masks = sorted(os.path.join(series, f) for f in os.listdir(series) if f.endswith("_SCL.tif"))
    total, peak = 0.0, 0.0
    for tile in range(tiles):
        args = [qgis_process_binary(), "run", "miningloss:detecttimeseries", "--"]
        args += [f"IMAGES={p}" for p in images] + [f"MASKS={p}" for p in masks]
        args += [f"OUTPUT_CLASS={folder}/q{tile}_class.tif", f"OUTPUT_DATE={folder}/q{tile}_date.tif",
                 f"OUTPUT_CONFIDENCE={folder}/q{tile}_confidence.tif"]
        seconds, mib = timed(args, env)
        total, peak = total + seconds, max(peak, mib)
    return total, peak


def cluster_run(jobs, out, workers):
    """batch.py --local-workers N: (wall seconds, [tile seconds], [worker peak MiB])."""
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, BATCH, "--jobs", jobs, "--out", out, "--local-workers", str(workers),
                           "--dashboard-address", ":0"], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"batch.py failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    with open(os.path.join(out, "summary.csv"), newline="", encoding="utf-8") as handle:
        seconds = [float(row["seconds"]) for row in csv.DictReader(handle)]
    memory = [float(m) for m in re.findall(r"peak memory (\d+) MiB", done.stdout)]
    return wall, seconds, memory


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="bench_output")
    parser.add_argument("--tiles", type=int, default=4)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--dates", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = os.path.abspath(os.path.join(args.folder, "cluster"))
    print("Generating the series...", flush=True)
    series = make_series(os.path.join(folder, "series"), args.size, args.dates)
    jobs = os.path.join(folder, "jobs.csv")
    with open(jobs, "w", encoding="utf-8") as handle:
        handle.write("tile,images,sensor,mask_type\n")
        handle.writelines(f"t{index},{series},0,0\n" for index in range(args.tiles))
    runs = {"qgis": [], 1: [], 2: []}
    with throwaway_profile() as env:
        for repeat in range(args.repeat):
            runs["qgis"].append(sequential_qgis(env, series, args.tiles, folder))
            for workers in (1, 2):
                runs[workers].append(cluster_run(jobs, os.path.join(folder, f"out_{workers}"), workers))
            print(f"run {repeat + 1}: qgis_process one after another {runs['qgis'][-1][0]:.1f} s, "
                  f"1 worker {runs[1][-1][0]:.1f} s, 2 workers {runs[2][-1][0]:.1f} s", flush=True)
    qgis = statistics.median(r[0] for r in runs["qgis"])
    wall = {w: statistics.median(r[0] for r in runs[w]) for w in (1, 2)}
    tile_seconds = statistics.median(s for w in (1, 2) for r in runs[w] for s in r[1])
    memory = {w: max(m for r in runs[w] for m in r[2]) for w in (1, 2)}
    per_date = tile_seconds / args.dates
    full = per_date * FULL_TILE_20M / (args.size * args.size)
    year_hours = NATIONAL_TILES * DATES_PER_YEAR * full / 3600
    lines = [f"## Cluster: {args.tiles} time-series tiles of {args.size} x {args.size} px x {args.dates} dates, "
             f"{args.repeat} runs each, alternating", "",
             "| how | median s | vs qgis_process | peak MiB |", "|---|---|---|---|",
             f"| qgis_process, tiles one after another | {qgis:.1f} | 1.00 | {max(r[1] for r in runs['qgis']):.0f} "
             "(one process) |",
             f"| batch.py, 1 local worker | {wall[1]:.1f} | {wall[1] / qgis:.2f} | {memory[1]:.0f} (the worker) |",
             f"| batch.py, 2 local workers | {wall[2]:.1f} | {wall[2] / qgis:.2f} | {memory[2]:.0f} (each worker) |",
             "", f"**Scaling 1 -> 2 workers: {wall[1] / wall[2]:.2f} x** (2 cores). Wall times include starting the "
             "local cluster.",
             f"Median seconds per tile on a worker (one thread): {tile_seconds:.2f} s = **{per_date:.3f} s per "
             f"tile-date** ({args.size * args.size / 1e6:.2f} Mpx), {full:.1f} s per date of a full 5490 x 5490 "
             "tile at 20 m.",
             f"National estimate: {NATIONAL_TILES} tiles x {DATES_PER_YEAR} dates (a year at 5-day revisit) x "
             f"{full:.1f} s = **{year_hours:.0f} core-hours** per pass over a year of images "
             f"({year_hours / 16:.1f} h on 16 cores).", ""]
    text = "\n".join(lines)
    print(text)
    with open(os.path.join(args.folder, "results_cluster.md"), "w", encoding="utf-8") as handle:
        handle.write(text + "\n")


if __name__ == "__main__":
    main()
