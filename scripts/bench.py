"""`make bench`: detecttwodates through qgis_process against gdal_calc.py, speed and peak memory.

Not a test: it prints medians, the time ratio and peak resident memory, and writes them to
<folder>/results.md. Runs alternate (ours, peer, ours, peer, ...) so machine noise hits both.
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

import numpy as np
from osgeo import gdal

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from scripts.qgis_cli import qgis_process_binary, throwaway_profile  # noqa: E402

gdal.UseExceptions()
SAMPLE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "sample")
NAMES = ("S2_L2A_20180710_LaPampa_stack.tif", "S2_L2A_20190805_LaPampa_stack.tif",
         "S2_L2A_20180710_LaPampa_SCL.tif", "S2_L2A_20190805_LaPampa_SCL.tif")


def tile_sample(name, target, size):
    """A size x size raster made of mirrored copies of a sample raster, written strip by strip."""
    if os.path.exists(target):
        return target
    source = gdal.Open(os.path.join(SAMPLE, name))
    tile = source.ReadAsArray()
    tile = tile if tile.ndim == 3 else tile[np.newaxis]
    bands, n, _ = tile.shape
    options = ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=2", "BIGTIFF=YES", "NUM_THREADS=2"]
    out = gdal.GetDriverByName("GTiff").Create(target + ".part", size, size, bands,
                                               source.GetRasterBand(1).DataType, options)
    gt = list(source.GetGeoTransform())
    out.SetGeoTransform(gt)
    out.SetProjection(source.GetProjection())
    flipped = tile[:, :, ::-1]
    row_tile = np.concatenate([tile if i % 2 == 0 else flipped for i in range(size // n + 1)], axis=2)[:, :, :size]
    row_flip = row_tile[:, ::-1, :]
    for index, y in enumerate(range(0, size, n)):
        rows = min(n, size - y)
        block = (row_tile if index % 2 == 0 else row_flip)[:, :rows, :]
        for band in range(bands):
            out.GetRasterBand(band + 1).WriteArray(block[band], 0, y)
    for band in range(bands):
        if source.GetRasterBand(band + 1).GetNoDataValue() is not None:
            out.GetRasterBand(band + 1).SetNoDataValue(source.GetRasterBand(band + 1).GetNoDataValue())
    out = None
    os.replace(target + ".part", target)
    return target


def make_pair(folder, size):
    os.makedirs(folder, exist_ok=True)
    return [tile_sample(name, os.path.join(folder, f"{size}_{name}"), size) for name in NAMES]


def timed(args, env=None):
    """(seconds, peak resident MiB) of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{process.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024.0


def ours(env, pair, output):
    return timed([qgis_process_binary(), "run", "miningloss:detecttwodates", "--",
                  f"BEFORE={pair[0]}", f"AFTER={pair[1]}", f"MASK_BEFORE={pair[2]}", f"MASK_AFTER={pair[3]}",
                  "SENSOR=0", "MASK_TYPE=0", "MIN_AREA_HA=0.1", f"OUTPUT={output}"], env)


def peer(pair, output):
    calc = shutil.which("gdal_calc.py") or shutil.which("gdal_calc")
    return timed([calc, "-A", pair[0], "--A_band=4", "-B", pair[0], "--B_band=3", "-C", pair[1], "--C_band=4",
                  "-D", pair[1], "--D_band=3", f"--outfile={output}", "--type=Byte", "--NoDataValue=255",
                  "--calc=((1.0*A-B)/(1.0*A+B+1) - (1.0*C-D)/(1.0*C+D+1)) > 0.3",
                  "--co=TILED=YES", "--co=COMPRESS=DEFLATE", "--overwrite", "--quiet"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="bench_output")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--size", type=int, default=5490)
    parser.add_argument("--large", type=int, default=10980, help="size for the peak-memory run (0 = skip)")
    args = parser.parse_args()
    folder = os.path.abspath(args.folder)
    lines = ["# Benchmark: detecttwodates vs gdal_calc.py", "",
             f"Machine: {os.cpu_count()} cores, {os.sysconf('SC_PHYS_PAGES') * os.sysconf('SC_PAGE_SIZE') / 2**30:.0f}"
             f" GiB; GDAL {gdal.__version__}; {time.strftime('%Y-%m-%d %H:%M')}", ""]
    print("Generating inputs...", flush=True)
    pair = make_pair(os.path.join(folder, "inputs"), args.size)
    with throwaway_profile() as env:
        ours_runs, peer_runs = [], []
        for run in range(args.repeat):
            ours_runs.append(ours(env, pair, os.path.join(folder, "ours.tif")))
            peer_runs.append(peer(pair, os.path.join(folder, "peer.tif")))
            print(f"run {run + 1}: ours {ours_runs[-1][0]:.1f} s / {ours_runs[-1][1]:.0f} MiB, "
                  f"gdal_calc {peer_runs[-1][0]:.1f} s / {peer_runs[-1][1]:.0f} MiB", flush=True)
        ours_median = statistics.median(r[0] for r in ours_runs)
        peer_median = statistics.median(r[0] for r in peer_runs)
        lines += [f"## {args.size} x {args.size} ({args.size * args.size / 1e6:.0f} Mpx), {args.repeat} runs each, "
                  "alternating", "",
                  "| tool | median s | peak MiB |", "|---|---|---|",
                  f"| detecttwodates (qgis_process, SCL masks, full rule) | {ours_median:.1f} | "
                  f"{max(r[1] for r in ours_runs):.0f} |",
                  f"| gdal_calc.py NDVI-difference threshold | {peer_median:.1f} | "
                  f"{max(r[1] for r in peer_runs):.0f} |",
                  "", f"**Time ratio ours / gdal_calc: {ours_median / peer_median:.2f}** (target <= 1.0)", ""]
        if args.large:
            print("Generating the large pair...", flush=True)
            large = make_pair(os.path.join(folder, "inputs"), args.large)
            seconds, peak = ours(env, large, os.path.join(folder, "ours_large.tif"))
            lines += [f"## {args.large} x {args.large} ({args.large * args.large / 1e6:.0f} Mpx), one run", "",
                      f"detecttwodates: {seconds:.1f} s, **peak {peak:.0f} MiB** (target <= 600)", ""]
    text = "\n".join(lines)
    print(text)
    with open(os.path.join(folder, "results.md"), "w", encoding="utf-8") as handle:
        handle.write(text + "\n")


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    main()
