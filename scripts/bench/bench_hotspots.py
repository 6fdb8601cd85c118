"""`make bench` rows for miningloss:hotspots against regionsummary on the same inputs (run from bench.py)."""
import os
import statistics

from scripts.qgis_cli import qgis_process_binary

CELL_KM2 = 25


def _alternate(env, commands, repeat, label):
    """Median seconds and peak MiB of each command, runs alternating so machine noise hits all."""
    from scripts.bench.bench_inputs import timed

    runs = {name: [] for name in commands}
    for run in range(repeat):
        for name, args in commands.items():
            runs[name].append(timed(args, env))
        print(f"{label} run {run + 1}: " + ", ".join(f"{name} {r[-1][0]:.1f} s / {r[-1][1]:.0f} MiB"
                                                     for name, r in runs.items()), flush=True)
    return {name: (statistics.median(r[0] for r in values), max(r[1] for r in values))
            for name, values in runs.items()}


def hotspots_section(env, folder, size, count, repeat):
    """Hotspots on the lossyear raster and on the loss polygons, each against regionsummary on the same input."""
    from scripts.bench.bench_inputs import make_lossyear, make_polygons

    os.makedirs(os.path.join(folder, "inputs"), exist_ok=True)
    raster, regions_49 = make_lossyear(os.path.join(folder, "inputs"), size)
    polygons, regions_100 = make_polygons(os.path.join(folder, "inputs"), count)
    run = [qgis_process_binary(), "run"]
    cases = [
        (f"{size} x {size} lossyear raster ({size * size / 1e6:.0f} Mpx), yearly", {
            "regionsummary (49 regions)": run + ["miningloss:regionsummary", "--", f"LOSS={raster}", "ENCODING=2",
                                                 f"REGIONS={regions_49}", "REGION_FIELD=name", "PERIOD=0",
                                                 f"OUTPUT={os.path.join(folder, 'hs_zonal.csv')}"],
            f"hotspots ({CELL_KM2} km² hexagons)": run + [
                "miningloss:hotspots", "--", f"LOSS={raster}", "ENCODING=2", f"CELL_KM2={CELL_KM2}", "PERIOD=0",
                f"OUTPUT={os.path.join(folder, 'hs_cells.gpkg')}", f"OUTPUT_TABLE={os.path.join(folder, 'hs_t.gpkg')}"],
        }),
        (f"{count} loss polygons, yearly", {
            "regionsummary (100 regions)": run + ["miningloss:regionsummary", "--", f"LOSS={polygons}",
                                                  "DATE_FIELD=loss_date", f"REGIONS={regions_100}",
                                                  "REGION_FIELD=name", "PERIOD=0",
                                                  f"OUTPUT={os.path.join(folder, 'hs_polygons.csv')}"],
            f"hotspots ({CELL_KM2} km² hexagons)": run + [
                "miningloss:hotspots", "--", f"LOSS={polygons}", "DATE_FIELD=loss_date", f"CELL_KM2={CELL_KM2}",
                "PERIOD=0", f"OUTPUT={os.path.join(folder, 'hs_pcells.gpkg')}",
                f"OUTPUT_TABLE={os.path.join(folder, 'hs_pt.gpkg')}"],
        }),
    ]
    lines = []
    for title, commands in cases:
        result = _alternate(env, commands, repeat, title)
        (base, base_peak), (ours, ours_peak) = result.values()
        lines += [f"## Hot spots: {title}, {repeat} runs each, alternating", "", "| tool | median s | peak MiB |",
                  "|---|---|---|"] + [f"| {name} | {seconds:.1f} | {peak:.0f} |"
                                      for name, (seconds, peak) in result.items()]
        lines += ["", f"**Time ratio hotspots / regionsummary: {ours / base:.2f}** (target <= 2.0); "
                      f"peak memory ratio {ours_peak / base_peak:.2f}", ""]
    return lines
