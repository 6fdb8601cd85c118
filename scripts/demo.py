"""`make demo`: the main job on the embedded sample, through qgis_process, in a throw-away profile."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from scripts.qgis_cli import ROOT, run, throwaway_profile  # noqa: E402

SAMPLE = os.path.join(ROOT, "resources", "sample")


def step(env, algorithm, parameters):
    code, results, stdout, stderr = run(env, algorithm, parameters)
    if code != 0 or results is None:
        sys.stderr.write(stdout[-2000:] + stderr[-2000:])
        raise SystemExit(f"{algorithm} failed (exit code {code})")
    return results


def main(folder):
    folder = os.path.abspath(folder)
    os.makedirs(folder, exist_ok=True)
    with throwaway_profile() as env:
        detection = step(env, "miningloss:detecttwodates", {
            "BEFORE": os.path.join(SAMPLE, "S2_L2A_20180710_LaPampa_stack.tif"),
            "AFTER": os.path.join(SAMPLE, "S2_L2A_20190805_LaPampa_stack.tif"),
            "MASK_BEFORE": os.path.join(SAMPLE, "S2_L2A_20180710_LaPampa_SCL.tif"),
            "MASK_AFTER": os.path.join(SAMPLE, "S2_L2A_20190805_LaPampa_SCL.tif"),
            "SENSOR": 0, "MASK_TYPE": 0, "MIN_AREA_HA": 0.1,
            "OUTPUT": os.path.join(folder, "loss_classes_20180710_20190805.tif"),
        })
        polygons = step(env, "miningloss:vectorize", {
            "INPUT_CLASS": detection["OUTPUT"], "MIN_AREA_HA": 0.1,
            "OUTPUT": os.path.join(folder, "loss_polygons_20180710_20190805.gpkg"),
        })
    print("Sample: simulated Sentinel-2 L2A pair over La Pampa, 2018-07-10 -> 2019-08-05")
    print(f"Mining loss:        {float(detection['MINING_HA']):9.2f} ha")
    print(f"Other forest loss:  {float(detection['OTHER_LOSS_HA']):9.2f} ha")
    print(f"Masked (clouds):    {100 * float(detection['MASKED_FRACTION']):9.1f} %")
    print(f"Loss polygons:      {int(float(polygons['POLYGONS'])):9d}")
    print(f"Outputs in {folder}:")
    for name in sorted(os.listdir(folder)):
        print("  " + name)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "demo_output")
