"""Radar series row of `make bench` (`--only radar`): detectradar against a plain read of its inputs.

Inputs: a simulated Sentinel-1 RTC series as ASF HyP3 ships it (zips holding `_VV.tif`, `_VH.tif` and
`_ls_map.tif`, gamma0 power, tiled DEFLATE GeoTIFFs), 2000 x 2000 px at 30 m, every 12 days from January 2018,
a storm cell and a bad swath edge on one date each (scripts/demo/simulate_s1.py). The plain read
(`plain_read.py`, one thread) reads every band of every file the run reads once: the I/O floor. Runs alternate.
"""
import os
import subprocess
import sys

from scripts.bench.bench_inputs import ROOT, against_plain_read, start_ups, timed
from scripts.bench.bench_series import PLAIN_READ, set_max_threads, threads_rows
from scripts.qgis_cli import qgis_process_binary

RADAR_PIXEL_M = 30.0
OPTICAL_PIXEL_M = 20.0  # simulate_s1 samples simulate_s2's 20 m landscape on the radar grid


def make_radar_inputs(folder, size, count):
    """count HyP3 RTC zips of size x size px (built once in a child process, kept); their paths by date."""
    inputs = os.path.join(folder, "inputs", f"radar_{size}_{count}")
    done = os.path.join(inputs, "complete")
    if not os.path.exists(done):  # a child inherits its parent's peak memory: never build inputs in the bench process
        landscape = int(round(size * RADAR_PIXEL_M / OPTICAL_PIXEL_M))
        subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); "
                        "from scripts.demo.simulate_s1 import acquisition_dates, make_radar_series; "
                        "dates = acquisition_dates('20180105', '20991231', 12)[:int(sys.argv[4])]; "
                        "make_radar_series(sys.argv[2], seed=2018, size=int(sys.argv[3]), dates=dates, "
                        "storm_date=dates[len(dates) // 2], swath_edge_date=dates[len(dates) // 3], as_zip=True)",
                        ROOT, inputs, str(landscape), str(count)], check=True)
        open(done, "w").close()
    return sorted(os.path.join(inputs, name) for name in os.listdir(inputs) if name.endswith(".zip"))


def product_files(zips):
    """Every raster inside the zips, as GDAL reads them (/vsizip/)."""
    files = []
    for path in zips:
        stem = os.path.basename(path)[:-4]
        files += [f"/vsizip/{path}/{stem}/{stem}_{suffix}.tif" for suffix in ("VV", "VH", "ls_map")]
    return files


def run_radar(env, zips, folder):
    args = [qgis_process_binary(), "run", "miningloss:detectradar", "--"] + [f"IMAGES={path}" for path in zips]
    args += [f"OUTPUT_{key}={os.path.join(folder, f'radar_{key.lower()}.tif')}"
             for key in ("CLASS", "DATE", "CONFIDENCE")]
    return timed(args, env, cpu=True)


def plain_read(zips):
    return timed([sys.executable, PLAIN_READ] + product_files(zips), cpu=True)


def radar_section(env, folder, size=2000, counts=(24, 48), repeat=3, thread_settings=(1, 2, -1)):
    """counts[0] dates against reading them once, alternating; each longer series once (time linear, memory flat);
    then counts[0] dates with QGIS's max threads at each setting."""
    zips = make_radar_inputs(folder, size, max(counts))
    set_max_threads(env, -1)
    ours, floor, starts = [], [], ([], [])
    for run in range(repeat):
        ours.append(run_radar(env, zips[:counts[0]], folder))
        floor.append(plain_read(zips[:counts[0]]))
        for kind, timing in zip(starts, start_ups(env, "detectradar")):
            kind.append(timing)
        print(f"radar run {run + 1}: detectradar {ours[-1][0]:.1f} s / {ours[-1][1]:.0f} MiB / CPU {ours[-1][2]:.1f} "
              f"s, plain read {floor[-1][0]:.1f} s / {floor[-1][1]:.0f} MiB / CPU {floor[-1][2]:.1f} s", flush=True)
    rows, ours_cpu = against_plain_read("detectradar", "radar", ours, floor, starts)
    load = os.getloadavg()
    lines = [f"## Radar series at the I/O limit: {size} x {size} px, {counts[0]} dates (HyP3 RTC zips, VV + VH + "
             f"layover/shadow map, power), {repeat} runs each, alternating", "",
             f"Load average at the end: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}", ""] + rows
    for count in counts[1:]:
        seconds, peak, cpu = run_radar(env, zips[:count], folder)
        read_seconds, _, read_cpu = plain_read(zips[:count])
        print(f"radar {count} dates: {seconds:.1f} s / {peak:.0f} MiB / CPU {cpu:.1f} s; plain read {read_seconds:.1f}"
              f" s / CPU {read_cpu:.1f} s", flush=True)
        lines += [f"{count} dates, one run: {seconds:.1f} s, CPU {cpu:.1f} s ({cpu / count:.2f} CPU s per date against "
                  f"{ours_cpu / counts[0]:.2f} at {counts[0]}), peak {peak:.0f} MiB; plain read {read_seconds:.1f} s, "
                  f"CPU {read_cpu:.1f} s (time ratio {seconds / read_seconds:.2f})", ""]
    lines += threads_rows(env, zips[:counts[0]], folder, repeat, thread_settings, run_radar)
    set_max_threads(env, -1)
    return lines
