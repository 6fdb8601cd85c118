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

from osgeo import gdal

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from scripts.bench.bench_inputs import NAMES, make_lossyear, make_polygons, tile_sample, timed  # noqa: E402
from scripts.qgis_cli import qgis_process_binary, throwaway_profile  # noqa: E402

gdal.UseExceptions()


def make_pair(folder, size):
    """The sample pair tiled to size x size, built in a child process (kept when already there).

    A child inherits its parent's peak memory on Linux: building the rasters here would make every timed
    run report at least what building them took.
    """
    os.makedirs(folder, exist_ok=True)
    paths = [os.path.join(folder, f"{size}_{name}") for name in NAMES]
    if not all(os.path.exists(path) for path in paths):
        subprocess.run([sys.executable, os.path.abspath(__file__), "--make-pair", folder, str(size)], check=True)
    return paths


def ours(env, pair, output):
    return timed([qgis_process_binary(), "run", "miningloss:detecttwodates", "--",
                  f"BEFORE={pair[0]}", f"AFTER={pair[1]}", f"MASK_BEFORE={pair[2]}", f"MASK_AFTER={pair[3]}",
                  "SENSOR=0", "MASK_TYPE=0", "MIN_AREA_HA=0.1", f"OUTPUT={output}"], env, cpu=True)


def peer(pair, output):
    calc = shutil.which("gdal_calc.py") or shutil.which("gdal_calc")
    return timed([calc, "-A", pair[0], "--A_band=4", "-B", pair[0], "--B_band=3", "-C", pair[1], "--C_band=4",
                  "-D", pair[1], "--D_band=3", f"--outfile={output}", "--type=Byte", "--NoDataValue=255",
                  "--calc=((1.0*A-B)/(1.0*A+B+1) - (1.0*C-D)/(1.0*C+D+1)) > 0.3",
                  "--co=TILED=YES", "--co=COMPRESS=DEFLATE", "--overwrite", "--quiet"], cpu=True)


def zonal_section(env, folder, size, repeat):
    raster, regions = make_lossyear(os.path.join(folder, "inputs"), size)
    ours_runs, peer_runs = [], []
    for run in range(repeat):
        ours_runs.append(timed([qgis_process_binary(), "run", "miningloss:regionsummary", "--", f"LOSS={raster}",
                                "ENCODING=2", f"REGIONS={regions}", "REGION_FIELD=name", "PERIOD=0",
                                f"OUTPUT={os.path.join(folder, 'zonal_ours.csv')}"], env))
        peer_runs.append(timed([qgis_process_binary(), "run", "native:zonalhistogram", "--",
                                f"INPUT_RASTER={raster}", "RASTER_BAND=1", f"INPUT_VECTOR={regions}",
                                f"OUTPUT={os.path.join(folder, 'zonal_peer.gpkg')}"], env))
        print(f"zonal run {run + 1}: ours {ours_runs[-1][0]:.1f} s / {ours_runs[-1][1]:.0f} MiB, "
              f"zonalhistogram {peer_runs[-1][0]:.1f} s / {peer_runs[-1][1]:.0f} MiB", flush=True)
    ours_median = statistics.median(r[0] for r in ours_runs)
    peer_median = statistics.median(r[0] for r in peer_runs)
    return [f"## Zonal: {size} x {size} lossyear raster ({size * size / 1e6:.0f} Mpx) over 49 regions, "
            f"{repeat} runs each, alternating", "",
            "| tool | median s | peak MiB |", "|---|---|---|",
            f"| regionsummary (qgis_process, yearly hectares) | {ours_median:.1f} | "
            f"{max(r[1] for r in ours_runs):.0f} |",
            f"| native:zonalhistogram (qgis_process) | {peer_median:.1f} | {max(r[1] for r in peer_runs):.0f} |",
            "", f"**Time ratio ours / zonalhistogram: {ours_median / peer_median:.2f}** (target <= 0.5)", ""]


def polygons_section(env, folder, count):
    loss, regions = make_polygons(os.path.join(folder, "inputs"), count)
    seconds, peak = timed([qgis_process_binary(), "run", "miningloss:regionsummary", "--", f"LOSS={loss}",
                           "DATE_FIELD=loss_date", f"REGIONS={regions}", "REGION_FIELD=name", "PERIOD=0",
                           f"OUTPUT={os.path.join(folder, 'polygons_ours.csv')}"], env)
    print(f"polygons: {seconds:.1f} s / {peak:.0f} MiB", flush=True)
    return [f"## {count} loss polygons over 100 regions (yearly, ellipsoidal intersections)", "",
            f"regionsummary: {seconds:.1f} s, peak {peak:.0f} MiB", ""]


def dock_section(folder, count):
    """The timeline with 100k loss polygons: histogram rebuild and cursor moves, in a QGIS process."""
    loss, _ = make_polygons(os.path.join(folder, "inputs"), count)
    done = subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench_dock.py"),
                           loss], capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    line = next((x for x in done.stdout.splitlines() if x.startswith("DOCK")), None)
    if line is None:
        raise SystemExit(done.stdout[-2000:] + done.stderr[-2000:])
    _, whole, inside, cursor = line.split()
    print(f"dock: histogram {whole} s, inside an operation {inside} s, cursor move {cursor} ms", flush=True)
    return [f"## Timeline dock with {count} loss polygons (median of 5)", "",
            f"histogram rebuild, whole layer: {float(whole):.3f} s (target < 1 s); only inside an operation: "
            f"{float(inside):.3f} s; moving the cursor (map time update, rendering runs in the background): "
            f"{float(cursor):.2f} ms", ""]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="bench_output")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--size", type=int, default=5490)
    parser.add_argument("--large", type=int, default=10980, help="size for the peak-memory run (0 = skip)")
    parser.add_argument("--product-size", type=int, default=2048, help="size of the product-pair row")
    parser.add_argument("--only", choices=("detect", "products", "zonal", "polygons", "series", "radar", "dock",
                                           "hotspots", "dossier"),
                        action="append",
                        help="run only these sections (default: all)")
    parser.add_argument("--polygons", type=int, default=100000)
    args = parser.parse_args()
    sections = set(args.only or ("detect", "products", "zonal", "polygons", "series", "radar", "dock", "hotspots",
                                  "dossier"))
    folder = os.path.abspath(args.folder)
    lines = ["# Mining Loss Monitor benchmarks (make bench)", "",
             f"Machine: {os.cpu_count()} cores, {os.sysconf('SC_PHYS_PAGES') * os.sysconf('SC_PAGE_SIZE') / 2**30:.0f}"
             f" GiB; GDAL {gdal.__version__}; {time.strftime('%Y-%m-%d %H:%M')}", ""]
    with throwaway_profile() as env:
        if "detect" in sections:
            lines += detect_section(env, folder, args)
        if "products" in sections:
            lines += products_section(env, folder, args.product_size, args.repeat)
        if "zonal" in sections:
            lines += zonal_section(env, folder, args.size, args.repeat)
        if "polygons" in sections:
            lines += polygons_section(env, folder, args.polygons)
        if "series" in sections:
            from scripts.bench.bench_series import series_section

            lines += series_section(env, folder, repeat=args.repeat)
        if "radar" in sections:
            from scripts.bench.bench_radar import radar_section

            lines += radar_section(env, folder, repeat=args.repeat)
        if "hotspots" in sections:
            from scripts.bench.bench_hotspots import hotspots_section

            lines += hotspots_section(env, folder, args.size, args.polygons, args.repeat)
        if "dossier" in sections:
            from scripts.bench.bench_dossier import dossier_section

            lines += dossier_section(env, folder, timed)
    if "dock" in sections:
        lines += dock_section(folder, args.polygons)
    text = "\n".join(lines)
    print(text)
    with open(os.path.join(folder, "results.md"), "w", encoding="utf-8") as handle:
        handle.write(text + "\n")


def detect_section(env, folder, args):
    lines = []
    print("Generating inputs...", flush=True)
    pair = make_pair(os.path.join(folder, "inputs"), args.size)
    ours_runs, peer_runs = [], []
    for run in range(args.repeat):
        ours_runs.append(ours(env, pair, os.path.join(folder, "ours.tif")))
        peer_runs.append(peer(pair, os.path.join(folder, "peer.tif")))
        print(f"run {run + 1}: ours {ours_runs[-1][0]:.1f} s / {ours_runs[-1][1]:.0f} MiB, "
              f"gdal_calc {peer_runs[-1][0]:.1f} s / {peer_runs[-1][1]:.0f} MiB", flush=True)
    ours_median, peer_median = (statistics.median(r[0] for r in runs) for runs in (ours_runs, peer_runs))
    ours_cpu, peer_cpu = (statistics.median(r[2] for r in runs) for runs in (ours_runs, peer_runs))
    lines += [f"## {args.size} x {args.size} ({args.size * args.size / 1e6:.0f} Mpx), {args.repeat} runs each, "
              "alternating", "",
              "| tool | median s | median CPU s | peak MiB |", "|---|---|---|---|",
              f"| detecttwodates (qgis_process, SCL masks, full rule) | {ours_median:.1f} | {ours_cpu:.1f} | "
              f"{max(r[1] for r in ours_runs):.0f} |",
              f"| gdal_calc.py NDVI-difference threshold | {peer_median:.1f} | {peer_cpu:.1f} | "
              f"{max(r[1] for r in peer_runs):.0f} |",
              "", f"**Time ratio ours / gdal_calc: {ours_median / peer_median:.2f}** (target <= 1.0); CPU ratio "
              f"{ours_cpu / peer_cpu:.2f} (ours on all cores, gdal_calc on one)", ""]
    if args.large:
        print("Generating the large pair...", flush=True)
        large = make_pair(os.path.join(folder, "inputs"), args.large)
        seconds, peak, _ = ours(env, large, os.path.join(folder, "ours_large.tif"))
        lines += [f"## {args.large} x {args.large} ({args.large * args.large / 1e6:.0f} Mpx), one run", "",
                  f"detecttwodates: {seconds:.1f} s, **peak {peak:.0f} MiB** (target <= 600)", ""]
    return lines


def products_section(env, folder, size, repeat):
    """The same pair as downloaded Sentinel-2 L2A zips (JPEG2000, 20 m SWIR, read in place) and as stacks."""
    print("Generating the product pair...", flush=True)
    inputs = os.path.join(folder, "inputs")
    pair = make_pair(inputs, size)
    products = []
    for index, date in enumerate((20180710, 20190805)):
        target = os.path.join(inputs, f"products_{size}_{date}")
        os.makedirs(target, exist_ok=True)
        found = [os.path.join(target, f) for f in os.listdir(target) if f.endswith(".zip")]
        if not found:  # built in a child process: the bands in memory must not count in the runs' peak memory
            root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
            subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); "
                            "from scripts.make_products import sentinel2_product; "
                            "sentinel2_product(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])",
                            root, pair[index], pair[index + 2], str(date), target], check=True)
            found = [os.path.join(target, f) for f in os.listdir(target) if f.endswith(".zip")]
        products.append(found[0])
    floor = os.path.join(os.path.dirname(os.path.abspath(__file__)), "product_floor.py")
    stack_runs, product_runs, decode_runs, hand_runs = [], [], [], []
    for run in range(repeat):
        stack_runs.append(ours(env, pair, os.path.join(folder, "stacks.tif")))
        product_runs.append(timed([qgis_process_binary(), "run", "miningloss:detecttwodates", "--",
                                   f"BEFORE={products[0]}", f"AFTER={products[1]}", "MIN_AREA_HA=0.1",
                                   f"OUTPUT={os.path.join(folder, 'products.tif')}"], env))
        decode_runs.append(timed([sys.executable, floor, "decode", *products], env))
        hand_runs.append(timed([sys.executable, floor, "stack", os.path.join(folder, "hand_stacks"), *products], env))
        print(f"run {run + 1}: stacks {stack_runs[-1][0]:.1f} s, products {product_runs[-1][0]:.1f} s, "
              f"decoding alone {decode_runs[-1][0]:.1f} s, stacking by hand {hand_runs[-1][0]:.1f} s", flush=True)
    stacks_median = statistics.median(r[0] for r in stack_runs)
    products_median = statistics.median(r[0] for r in product_runs)
    decode_median = statistics.median(r[0] for r in decode_runs)
    hand_median = statistics.median(r[0] for r in hand_runs)
    return [f"## Products against stacks: {size} x {size}, {repeat} runs each, alternating", "",
            "| input | median s | peak MiB |", "|---|---|---|",
            f"| two GeoTIFF stacks + SCL | {stacks_median:.1f} | {max(r[1] for r in stack_runs):.0f} |",
            f"| two Sentinel-2 L2A zips (JPEG2000 decoded once from inside the zip) | {products_median:.1f} | "
            f"{max(r[1] for r in product_runs):.0f} |",
            f"| decoding the zips' bands alone (6 bands + SCL each, 2 threads, no rule) | {decode_median:.1f} | "
            f"{max(r[1] for r in decode_runs):.0f} |",
            f"| the hand route's first step: zips to GeoTIFF stacks + SCL at 10 m | {hand_median:.1f} | "
            f"{max(r[1] for r in hand_runs):.0f} |", "",
            f"**Time ratio products / stacks: {products_median / stacks_median:.2f}** (target <= 1.3); "
            f"decoding alone / stacks: {decode_median / stacks_median:.2f}; "
            f"products / (stacking by hand + stacks): {products_median / (hand_median + stacks_median):.2f}", ""]


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.argv[1:2] == ["--make-pair"]:
        for name in NAMES:
            tile_sample(name, os.path.join(sys.argv[2], f"{sys.argv[3]}_{name}"), int(sys.argv[3]))
    else:
        main()
