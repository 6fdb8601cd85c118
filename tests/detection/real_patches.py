"""Calibration harness on the real Sentinel-2 patches of ../shared/data/real_mining_patches (not bundled).

As the shared README scores them: the 48 x 48 patches are laid out in a mosaic (4 px no-data gaps, 0 declared
as no-data), the two-date detection runs with its defaults (Sentinel-2 L2A stack preset, no mask), a mining
patch is *found* when at least 5 of its pixels are mining loss, a natural or human patch is a *false alarm*
when at least 5 of its pixels are. The arrays are read from ../shared and written only to a temporary folder.

Run as a script to print the scores of the tuning and held-back parts (--steps: one line per step of the rule,
the table of docs/method.md; --sweep: the forest test, the front and its surroundings over a grid of settings,
tuning part only, with the best found at each false-alarm budget):
    python -m tests.detection.real_patches [--per-patch] [--steps | --sweep]
"""
import math
import sys
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "real_mining_patches"
NPZ = DATA / "patches_calibration.npz"
SIZE = 48
GAP = 4
PIXEL_M = 10.0
MIN_PIXELS = 5
MINING = "mining_emergence"
SPLIT_SEED = 17
HELD_BACK_SHARE = 0.3


def available():
    return NPZ.exists()


def load():
    """The patches as a dict of arrays (t0, t1 int16 N x 48 x 48 x 6; category; sample_id)."""
    with np.load(NPZ, allow_pickle=False) as data:
        return {name: data[name] for name in ("t0", "t1", "category", "sample_id")}


def split(categories, seed=SPLIT_SEED, held_back=HELD_BACK_SHARE):
    """(tuning, held-back) patch indices: a fixed-seed split stratified by category."""
    rng = np.random.default_rng(seed)
    tuning, held = [], []
    for category in sorted(set(categories.tolist())):
        members = np.flatnonzero(categories == category)
        rng.shuffle(members)
        cut = int(round(held_back * len(members)))
        held.extend(members[:cut].tolist())
        tuning.extend(members[cut:].tolist())
    return np.array(sorted(tuning)), np.array(sorted(held))


def mosaic_layout(count):
    """Top-left (row, col) of each patch and the mosaic's size: a near-square grid with GAP px around."""
    per_row = int(math.ceil(math.sqrt(count)))
    rows = int(math.ceil(count / per_row))
    step = SIZE + GAP
    origins = [(GAP + (i // per_row) * step, GAP + (i % per_row) * step) for i in range(count)]
    return origins, (GAP + rows * step, GAP + per_row * step)


def write_mosaics(patches, indices, folder, epsg=32719):
    """before.tif and after.tif (Int16, 6 bands, nodata 0, 10 m UTM grid) of the chosen patches."""
    from osgeo import gdal, osr

    origins, (height, width) = mosaic_layout(len(indices))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    paths = []
    for name, key in (("before.tif", "t0"), ("after.tif", "t1")):
        stack = np.zeros((6, height, width), dtype=np.int16)
        for (row, col), index in zip(origins, indices):
            stack[:, row:row + SIZE, col:col + SIZE] = np.moveaxis(patches[key][index], -1, 0)
        path = str(Path(folder) / name)
        dataset = gdal.GetDriverByName("GTiff").Create(path, width, height, 6, gdal.GDT_Int16,
                                                       ["TILED=YES", "COMPRESS=DEFLATE"])
        dataset.SetGeoTransform((300000.0, PIXEL_M, 0.0, 8600000.0, 0.0, -PIXEL_M))
        dataset.SetProjection(srs.ExportToWkt())
        for band in range(6):
            dataset.GetRasterBand(band + 1).SetNoDataValue(0)
            dataset.GetRasterBand(band + 1).WriteArray(stack[band])
        dataset = None
        paths.append(path)
    return paths[0], paths[1], origins


def mining_pixels(classes, origins):
    """Pixels classed mining loss (1) inside each patch of the mosaic."""
    return np.array([int(np.count_nonzero(classes[r:r + SIZE, c:c + SIZE] == 1)) for r, c in origins])


def score(counts, categories):
    """Recall on mining patches and false-alarm rate on the others, with the counts."""
    flagged = counts >= MIN_PIXELS
    mining = categories == MINING
    return {"found": float(flagged[mining].mean()), "false_alarms": float(flagged[~mining].mean()),
            "mining_patches": int(mining.sum()), "other_patches": int((~mining).sum())}


def run_core(patches, indices, folder, **options):
    """Mining pixels per patch from the core two-date detection with its defaults (plus `options`)."""
    from mining_loss_monitor.algorithms.core.detection.sensors import sensor_for
    from mining_loss_monitor.algorithms.core.detection.twodates import detect_two_dates
    from osgeo import gdal

    before, after, origins = write_mosaics(patches, indices, folder)
    out = str(Path(folder) / "classes.tif")
    detect_two_dates(before, after, out, sensor_for(0), **options)
    return mining_pixels(gdal.Open(out).ReadAsArray(), origins)


def steps():
    """(name, {module: {constant: value}}) for each step of the rule, cumulative: the rows of docs/method.md."""
    from mining_loss_monitor.algorithms.core.detection import masks, patches

    screen_off = {masks: {"GROUND_RED_BLUE": 1e9}}
    large_off = {"FRONT_LARGE_BARE_HA": 1e9}
    context_off = {patches: {"RIVER_WATER_AROUND": 1e9, "FRONT_TAILINGS_SHARE": 1e9, **large_off}}
    return [
        ("before issue 17", {**screen_off, **context_off}),
        ("cloud screen keeps bright ground", context_off),
        ("+ no pond rule beside a river", {patches: {"FRONT_TAILINGS_SHARE": 1e9, **large_off}}),
        ("+ mining fronts without their surroundings", {patches: {"FRONT_PALE_AROUND": 0.0, **large_off}}),
        ("+ pale ground around the front", {patches: large_off}),
        ("+ large fronts need no surroundings (rule)", {}),
        ("the rule with the old cloud screen", screen_off),
    ]


def scores(patches, indices, **options):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        counts = run_core(patches, indices, folder, **options)
    return counts, score(counts, patches["category"][indices])


def sweep():
    """(name, {module: {constant: value}}) over the forest test, the mining front and its surroundings: the
    settings --sweep measures on the tuning part only (docs/method.md, issue 17b)."""
    import itertools

    from mining_loss_monitor.algorithms.core.detection import patches, rules

    forest_tests = ((0.60, 0.45), (0.55, 0.45), (0.55, 0.40), (0.50, 0.35))
    fronts = ((0.20, 0.15), (0.30, 0.15), (0.20, 0.30), (0.30, 0.30))
    for (ndvi, nbr), (pale, bare), radius in itertools.product(forest_tests, fronts, (50.0, 100.0, 200.0)):
        yield (f"forest NDVI >= {ndvi:.2f}, NBR >= {nbr:.2f}; front: pale around >= {pale:.0%}, "
               f"bare >= {bare:.2f} ha; surroundings {radius:.0f} m",
               {rules: {"FOREST_NDVI": ndvi, "FOREST_NBR": nbr},
                patches: {"FRONT_PALE_AROUND": pale, "FRONT_MIN_BARE_HA": bare, "CONTEXT_RADIUS_M": radius}})


def measure(patches, parts, changes, per_patch=False):
    """{part: score} of the detection with `changes` ({module: {constant: value}}) patched in."""
    from contextlib import ExitStack
    from unittest import mock

    results = {}
    with ExitStack() as stack:
        for module, values in changes.items():
            for name, value in values.items():
                stack.enter_context(mock.patch.object(module, name, value))
        for name, indices in parts:
            counts, results[name] = scores(patches, indices)
            if per_patch:
                for index, count in zip(indices, counts):
                    print(f"  {patches['sample_id'][index]:14s} {patches['category'][index]:18s} {count:5d}")
    return results


def main(argv):
    patches = load()
    tuning, held = split(patches["category"])
    parts = [("tuning", tuning), ("held-back", held)]
    chosen = [("", {})]
    if "--steps" in argv:
        chosen = steps()
    elif "--sweep" in argv:
        chosen, parts = list(sweep()), parts[:1]  # choosing settings: never on the held-back part
    measured = []
    for step, changes in chosen:
        results = measure(patches, parts, changes, "--per-patch" in argv)
        measured.append((step, results[parts[0][0]]))
        print(f"{step:45s} " + "; ".join(
            f"{name} found {result['found']:.1%} of {result['mining_patches']}, "
            f"false alarms {result['false_alarms']:.1%} of {result['other_patches']}"
            for name, result in results.items()))
    if "--sweep" in argv:
        for budget in (0.02, 0.03, 0.04, 0.05, 0.10, 0.20):
            within = [(result["found"], -result["false_alarms"], step) for step, result in measured
                      if result["false_alarms"] <= budget + 1e-9]
            if within:
                found, false_alarms, step = max(within)
                print(f"best with tuning false alarms <= {budget:.0%}: found {found:.1%} at {-false_alarms:.1%} "
                      f"({step})")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tests import conftest  # noqa: F401  (imports the checkout as mining_loss_monitor)

    main(sys.argv[1:])
