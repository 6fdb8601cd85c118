"""Series engine rows of `make bench`: detecttimeseries against a plain read of its inputs, and threads.

The plain read (`plain_read.py`, one thread, every band of every stack and mask once in full-width strips) is the
I/O floor: no reader of these files can do less. Runs alternate (ours, read, ours, read ...) so machine noise hits
both. The thread rows set QGIS's own "Max cores to use" (`qgis/max_threads`) in the throw-away profile.
"""
import configparser
import datetime
import os
import statistics
import subprocess
import sys

from scripts.bench.bench_inputs import ROOT, SAMPLE, against_plain_read, start_ups, timed
from scripts.qgis_cli import qgis_process_binary

PLAIN_READ = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plain_read.py")


def make_series(folder, size, count):
    """count dated stacks and SCL masks tiled from the sample series (built in a child process, kept)."""
    inputs = os.path.join(folder, "inputs", f"series_{size}")
    os.makedirs(inputs, exist_ok=True)
    sample = os.path.join(SAMPLE, "series")
    names = sorted(f for f in os.listdir(sample) if f.endswith("_stack.tif"))
    tiled = []
    for index in range(count):
        day = datetime.date(2018, 1, 10) + datetime.timedelta(days=23 * index)
        name = names[index % len(names)]
        tiled.append((os.path.join(sample, name), os.path.join(inputs, f"S2_{day:%Y%m%d}_stack.tif")))
        tiled.append((os.path.join(sample, name.replace("_stack", "_SCL")),
                      os.path.join(inputs, f"S2_{day:%Y%m%d}_SCL.tif")))
    missing = [pair for pair in tiled if not os.path.exists(pair[1])]
    if missing:  # a child inherits its parent's peak memory: never build inputs in the bench process
        subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); "
                        "from scripts.bench.bench_inputs import tile_sample; "
                        "[tile_sample(a, b, int(sys.argv[2])) for a, b in zip(sys.argv[3::2], sys.argv[4::2])]",
                        ROOT, str(size)] + [p for pair in missing for p in pair], check=True)
    return [(tiled[i][1], tiled[i + 1][1]) for i in range(0, len(tiled), 2)]


def set_max_threads(env, threads):
    """QGIS's "Max cores to use" in the throw-away profile (-1 = all cores)."""
    path = os.path.join(env["QGIS_CUSTOM_CONFIG_PATH"], "profiles", "default", "QGIS", "QGIS3.ini")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    settings = configparser.ConfigParser(interpolation=None)
    settings.optionxform = str
    settings.read(path)
    if not settings.has_section("qgis"):
        settings.add_section("qgis")
    settings.set("qgis", "max_threads", str(threads))
    with open(path, "w", encoding="utf-8") as handle:
        settings.write(handle, space_around_delimiters=False)


def run_series(env, series, folder):
    args = [qgis_process_binary(), "run", "miningloss:detecttimeseries", "--"]
    args += [f"IMAGES={stack}" for stack, _ in series] + [f"MASKS={mask}" for _, mask in series]
    args += [f"OUTPUT_CLASS={os.path.join(folder, 'ts_class.tif')}",
             f"OUTPUT_DATE={os.path.join(folder, 'ts_date.tif')}",
             f"OUTPUT_CONFIDENCE={os.path.join(folder, 'ts_confidence.tif')}"]
    return timed(args, env, cpu=True)


def plain_read(series):
    return timed([sys.executable, PLAIN_READ] + [path for pair in series for path in pair], cpu=True)


def series_section(env, folder, size=2000, counts=(12, 24), repeat=3, thread_settings=(1, 2, -1)):
    """The 12-date series against reading its inputs once; 24 dates once (time linear, memory flat); threads."""
    tiled = make_series(folder, size, max(counts))
    series = tiled[:counts[0]]
    ours, floor, starts = [], [], ([], [])
    set_max_threads(env, -1)
    for run in range(repeat):
        ours.append(run_series(env, series, folder))
        floor.append(plain_read(series))
        for kind, timing in zip(starts, start_ups(env, "detecttimeseries")):
            kind.append(timing)
        print(f"series run {run + 1}: detecttimeseries {ours[-1][0]:.1f} s / {ours[-1][1]:.0f} MiB, "
              f"plain read {floor[-1][0]:.1f} s / {floor[-1][1]:.0f} MiB; CPU {ours[-1][2]:.1f} / {floor[-1][2]:.1f} s",
              flush=True)
    rows, ours_cpu = against_plain_read("detecttimeseries", "series", ours, floor, starts)
    lines = [f"## Time series at the I/O limit: {size} x {size} px, {counts[0]} dates (stacks + SCL), {repeat} runs "
             "each, alternating", ""] + rows
    for count in counts[1:]:
        seconds, peak, cpu = run_series(env, tiled[:count], folder)
        print(f"series {count} dates: {seconds:.1f} s / {peak:.0f} MiB / CPU {cpu:.1f} s", flush=True)
        lines += [f"{count} dates, one run: {seconds:.1f} s, CPU {cpu:.1f} s ({cpu / count:.2f} CPU s per date "
                  f"against {ours_cpu / counts[0]:.2f} at {counts[0]}), peak {peak:.0f} MiB", ""]
    lines += threads_rows(env, series, folder, repeat, thread_settings)
    set_max_threads(env, -1)
    return lines


def threads_rows(env, series, folder, repeat, thread_settings, run=None):
    """The same series with QGIS's max threads at each setting (runs interleaved across settings); run(env, series,
    folder) -> timed() of one run (default: detecttimeseries)."""
    run = run or run_series
    runs = {threads: [] for threads in thread_settings}
    for _ in range(repeat):
        for threads in thread_settings:
            set_max_threads(env, threads)
            runs[threads].append(run(env, series, folder))
            print(f"max threads {threads}: {runs[threads][-1][0]:.1f} s", flush=True)
    one = statistics.median(r[0] for r in runs[thread_settings[0]])
    lines = [f"### Threads (QGIS Options > Rendering > Max cores to use; this machine has {os.cpu_count()} cores)", "",
             "| max threads | median s | speed-up | median CPU s | peak MiB |", "|---|---|---|---|---|"]
    for threads, values in runs.items():
        median = statistics.median(r[0] for r in values)
        label = "all cores (-1)" if threads == -1 else str(threads)
        lines.append(f"| {label} | {median:.1f} | {one / median:.2f} | {statistics.median(r[2] for r in values):.1f} "
                     f"| {max(r[1] for r in values):.0f} |")
    return lines + [""]
