"""`make demo`: the main job on the embedded sample, through qgis_process, in a throw-away profile."""
import csv
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from scripts.qgis_cli import ROOT, run, throwaway_profile  # noqa: E402

SAMPLE = os.path.join(ROOT, "resources", "sample")
SERIES = os.path.join(SAMPLE, "series")
RADAR = os.path.join(SAMPLE, "radar")


def step(env, algorithm, parameters):
    code, results, stdout, stderr = run(env, algorithm, parameters)
    if code != 0 or results is None:
        sys.stderr.write(stdout[-2000:] + stderr[-2000:])
        raise SystemExit(f"{algorithm} failed (exit code {code})")
    return results


def main(folder, locale=None):
    """The demo in `folder`; locale ('es'): the language of the outputs' legends and of the project."""
    folder = os.path.abspath(folder)
    os.makedirs(folder, exist_ok=True)
    with throwaway_profile(locale) as env:
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
        series = sorted(os.path.join(SERIES, name) for name in os.listdir(SERIES) if name.endswith("_stack.tif"))
        masks = sorted(os.path.join(SERIES, name) for name in os.listdir(SERIES) if name.endswith("_SCL.tif"))
        timeline = step(env, "miningloss:detecttimeseries", {
            "IMAGES": series, "MASKS": masks, "SENSOR": 0, "MASK_TYPE": 0, "MIN_AREA_HA": 0.1, "CONFIRM_OBS": 2,
            "OUTPUT_CLASS": os.path.join(folder, "series_loss_classes.tif"),
            "OUTPUT_DATE": os.path.join(folder, "series_loss_dates.tif"),
            "OUTPUT_CONFIDENCE": os.path.join(folder, "series_loss_confidence.tif"),
        })
        dated = step(env, "miningloss:vectorize", {
            "INPUT_CLASS": timeline["OUTPUT_CLASS"], "INPUT_DATE": timeline["OUTPUT_DATE"],
            "INPUT_CONFIDENCE": timeline["OUTPUT_CONFIDENCE"],
            "OUTPUT": os.path.join(folder, "series_loss_polygons.gpkg"),
        })
        radar = step(env, "miningloss:detectradar", {
            "IMAGES": [RADAR], "MIN_AREA_HA": 0.1,
            "OUTPUT_CLASS": os.path.join(folder, "radar_loss_classes.tif"),
            "OUTPUT_DATE": os.path.join(folder, "radar_loss_dates.tif"),
            "OUTPUT_CONFIDENCE": os.path.join(folder, "radar_loss_confidence.tif"),
        })
        integrated = step(env, "miningloss:integratealerts", {
            "OPTICAL_CLASS": timeline["OUTPUT_CLASS"], "OPTICAL_DATE": timeline["OUTPUT_DATE"],
            "OPTICAL_CONFIDENCE": timeline["OUTPUT_CONFIDENCE"], "RADAR_CLASS": radar["OUTPUT_CLASS"],
            "RADAR_DATE": radar["OUTPUT_DATE"], "RADAR_CONFIDENCE": radar["OUTPUT_CONFIDENCE"],
            "OUTPUT_CLASS": os.path.join(folder, "integrated_loss_classes.tif"),
            "OUTPUT_DATE": os.path.join(folder, "integrated_loss_dates.tif"),
            "OUTPUT_CONFIDENCE": os.path.join(folder, "integrated_loss_confidence.tif"),
            "OUTPUT_SOURCE": os.path.join(folder, "integrated_alert_source.tif"),
        })
        operations = os.path.join(SAMPLE, "operations.gpkg")
        summary = step(env, "miningloss:regionsummary", {
            "LOSS": timeline["OUTPUT_CLASS"], "ENCODING": 0, "LOSS_DATE": timeline["OUTPUT_DATE"],
            "REGIONS": os.path.join(SAMPLE, "districts.gpkg"), "REGION_FIELD": "NOMBDIST", "PERIOD": 1,
            "START_DATE": "2018-01-01", "END_DATE": "2019-09-30", "OPERATIONS": operations,
            "OUTPUT": os.path.join(folder, "loss_by_district.csv"), "REPORT": os.path.join(folder, "report.html"),
        })
        comparison = step(env, "miningloss:compareperiods", {
            "LOSS": timeline["OUTPUT_CLASS"], "ENCODING": 0, "LOSS_DATE": timeline["OUTPUT_DATE"],
            "REGIONS": operations, "REGION_FIELD": "name", "OPERATIONS": operations,
            "OPERATION": "Operation Mercurio", "WINDOW": 0, "AFTER_MONTHS": 5, "LOSS_KIND": 1,
            "OUTPUT": os.path.join(folder, "mercurio_before_after.csv"),
            "REPORT": os.path.join(folder, "report_mercurio.html"),
        })
    print("Sample: simulated Sentinel-2 L2A pair over La Pampa, 2018-07-10 -> 2019-08-05")
    print(f"Mining loss:        {float(detection['MINING_HA']):9.2f} ha")
    print(f"Other forest loss:  {float(detection['OTHER_LOSS_HA']):9.2f} ha")
    print(f"Masked (clouds):    {100 * float(detection['MASKED_FRACTION']):9.1f} %")
    print(f"Loss polygons:      {int(float(polygons['POLYGONS'])):9d}")
    print(f"Time series: {len(series)} simulated dates, 2018-03-15 -> 2019-09-15 (20 m)")
    print(f"Mining loss:        {float(timeline['MINING_HA']):9.2f} ha")
    print(f"Other forest loss:  {float(timeline['OTHER_LOSS_HA']):9.2f} ha")
    print(f"Confirmed / probable: {float(timeline['CONFIRMED_HA']):7.2f} / {float(timeline['PROBABLE_HA']):.2f} ha")
    print(f"Dated polygons:     {int(float(dated['POLYGONS'])):9d}")
    radar_dates = sorted(name[7:15] for name in os.listdir(RADAR) if name.endswith(".zip"))
    print(f"Radar: {len(radar_dates)} simulated Sentinel-1 RTC dates (HyP3 zips), {radar_dates[0]} -> "
          f"{radar_dates[-1]} (30 m), through the rainy season")
    print(f"Mining loss:        {float(radar['MINING_HA']):9.2f} ha")
    print(f"Other forest loss:  {float(radar['OTHER_LOSS_HA']):9.2f} ha")
    print(f"Integrated alerts: optical only {float(integrated['OPTICAL_HA']):.2f} ha, radar only "
          f"{float(integrated['RADAR_HA']):.2f} ha, both {float(integrated['BOTH_HA']):.2f} ha; dated earlier "
          f"thanks to the radar: {float(integrated['EARLIER_BY_RADAR_HA']):.2f} ha")
    with open(comparison["OUTPUT"], encoding="utf-8") as handle:
        row = next(csv.DictReader(handle))
    print("Operation Mercurio (from 2019-02-19): mining loss 5 months after vs the same window in 2018:")
    print(f"  before {float(row['before_ha']):.2f} ha, after {float(row['after_ha']):.2f} ha, "
          f"change {float(row['change_pct']):+.0f} %")
    print(f"Report: {summary['REPORT']}")
    make_project = os.path.join(ROOT, "scripts", "demo", "make_project.py")
    subprocess.run([sys.executable, make_project, folder] + ([locale] if locale else []), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    print(f"QGIS project: {os.path.join(folder, 'mining_loss_demo.qgz')}")
    print(f"Outputs in {folder}:")
    for name in sorted(os.listdir(folder)):
        print("  " + name)


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--lang=")]
    language = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--lang=")), None)
    main(arguments[0] if arguments else "demo_output", language)
