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


def demo_steps(folder):
    """[(key, algorithm, parameters)] of the demo, in order; outputs in folder. The guide's numbers come from these
    (tests/project/test_guide.py runs them and checks the guides and the README)."""
    series = sorted(os.path.join(SERIES, name) for name in os.listdir(SERIES) if name.endswith("_stack.tif"))
    masks = sorted(os.path.join(SERIES, name) for name in os.listdir(SERIES) if name.endswith("_SCL.tif"))
    operations = os.path.join(SAMPLE, "operations.gpkg")
    classes, dates = os.path.join(folder, "series_loss_classes.tif"), os.path.join(folder, "series_loss_dates.tif")
    confidence = os.path.join(folder, "series_loss_confidence.tif")
    pair = os.path.join(folder, "loss_classes_20180710_20190805.tif")
    radar = {"class": os.path.join(folder, "radar_loss_classes.tif"),
             "date": os.path.join(folder, "radar_loss_dates.tif"),
             "confidence": os.path.join(folder, "radar_loss_confidence.tif")}
    return [
        ("detection", "miningloss:detecttwodates", {
            "BEFORE": os.path.join(SAMPLE, "S2_L2A_20180710_LaPampa_stack.tif"),
            "AFTER": os.path.join(SAMPLE, "S2_L2A_20190805_LaPampa_stack.tif"),
            "MASK_BEFORE": os.path.join(SAMPLE, "S2_L2A_20180710_LaPampa_SCL.tif"),
            "MASK_AFTER": os.path.join(SAMPLE, "S2_L2A_20190805_LaPampa_SCL.tif"),
            "SENSOR": 0, "MASK_TYPE": 0, "MIN_AREA_HA": 0.1, "OUTPUT": pair}),
        ("polygons", "miningloss:vectorize", {
            "INPUT_CLASS": pair, "MIN_AREA_HA": 0.1,
            "OUTPUT": os.path.join(folder, "loss_polygons_20180710_20190805.gpkg")}),
        ("timeline", "miningloss:detecttimeseries", {
            "IMAGES": series, "MASKS": masks, "SENSOR": 0, "MASK_TYPE": 0, "MIN_AREA_HA": 0.1, "CONFIRM_OBS": 2,
            "OUTPUT_CLASS": classes, "OUTPUT_DATE": dates, "OUTPUT_CONFIDENCE": confidence}),
        ("dated", "miningloss:vectorize", {
            "INPUT_CLASS": classes, "INPUT_DATE": dates, "INPUT_CONFIDENCE": confidence,
            "OUTPUT": os.path.join(folder, "series_loss_polygons.gpkg")}),
        ("radar", "miningloss:detectradar", {
            "IMAGES": [RADAR], "MIN_AREA_HA": 0.1, "OUTPUT_CLASS": radar["class"], "OUTPUT_DATE": radar["date"],
            "OUTPUT_CONFIDENCE": radar["confidence"]}),
        ("integrated", "miningloss:integratealerts", {
            "OPTICAL_CLASS": classes, "OPTICAL_DATE": dates, "OPTICAL_CONFIDENCE": confidence,
            "RADAR_CLASS": radar["class"], "RADAR_DATE": radar["date"], "RADAR_CONFIDENCE": radar["confidence"],
            "OUTPUT_CLASS": os.path.join(folder, "integrated_loss_classes.tif"),
            "OUTPUT_DATE": os.path.join(folder, "integrated_loss_dates.tif"),
            "OUTPUT_CONFIDENCE": os.path.join(folder, "integrated_loss_confidence.tif"),
            "OUTPUT_SOURCE": os.path.join(folder, "integrated_alert_source.tif")}),
        ("summary", "miningloss:regionsummary", {
            "LOSS": classes, "ENCODING": 0, "LOSS_DATE": dates,
            "REGIONS": os.path.join(SAMPLE, "districts.gpkg"), "REGION_FIELD": "NOMBDIST", "PERIOD": 1,
            "START_DATE": "2018-01-01", "END_DATE": "2019-09-30", "OPERATIONS": operations,
            "OUTPUT": os.path.join(folder, "loss_by_district.csv"), "REPORT": os.path.join(folder, "report.html")}),
        ("comparison", "miningloss:compareperiods", {
            "LOSS": classes, "ENCODING": 0, "LOSS_DATE": dates, "REGIONS": operations, "REGION_FIELD": "name",
            "OPERATIONS": operations, "OPERATION": "Operation Mercurio", "WINDOW": 0, "AFTER_MONTHS": 5,
            "LOSS_KIND": 1, "OUTPUT": os.path.join(folder, "mercurio_before_after.csv"),
            "REPORT": os.path.join(folder, "report_mercurio.html")}),
    ]


def comparison_row(results):
    with open(results["comparison"]["OUTPUT"], encoding="utf-8") as handle:
        return next(csv.DictReader(handle))


def summary_lines(results):
    """What `make demo` prints about the results (the README quotes it)."""
    detection, timeline, row = results["detection"], results["timeline"], comparison_row(results)
    radar, integrated = results["radar"], results["integrated"]
    count = len([name for name in os.listdir(SERIES) if name.endswith("_stack.tif")])
    radar_dates = sorted(name[7:15] for name in os.listdir(RADAR) if name.endswith(".zip"))
    return [
        "Sample: simulated Sentinel-2 L2A pair over La Pampa, 2018-07-10 -> 2019-08-05",
        f"Mining loss:        {float(detection['MINING_HA']):9.2f} ha",
        f"Other forest loss:  {float(detection['OTHER_LOSS_HA']):9.2f} ha",
        f"Masked (clouds):    {100 * float(detection['MASKED_FRACTION']):9.1f} %",
        f"Loss polygons:      {int(float(results['polygons']['POLYGONS'])):9d}",
        f"Time series: {count} simulated dates, 2018-03-15 -> 2019-09-15 (20 m)",
        f"Mining loss:        {float(timeline['MINING_HA']):9.2f} ha",
        f"Other forest loss:  {float(timeline['OTHER_LOSS_HA']):9.2f} ha",
        f"Confirmed / probable: {float(timeline['CONFIRMED_HA']):7.2f} / {float(timeline['PROBABLE_HA']):.2f} ha",
        f"Dated polygons:     {int(float(results['dated']['POLYGONS'])):9d}",
        f"Radar: {len(radar_dates)} simulated Sentinel-1 RTC dates (HyP3 zips), {radar_dates[0]} -> "
        f"{radar_dates[-1]} (30 m), through the rainy season",
        f"Mining loss:        {float(radar['MINING_HA']):9.2f} ha",
        f"Other forest loss:  {float(radar['OTHER_LOSS_HA']):9.2f} ha",
        f"Integrated alerts: optical only {float(integrated['OPTICAL_HA']):.2f} ha, radar only "
        f"{float(integrated['RADAR_HA']):.2f} ha, both {float(integrated['BOTH_HA']):.2f} ha; dated earlier "
        f"thanks to the radar: {float(integrated['EARLIER_BY_RADAR_HA']):.2f} ha",
        "Operation Mercurio (from 2019-02-19): mining loss 5 months after vs the same window in 2018:",
        f"  before {float(row['before_ha']):.2f} ha, after {float(row['after_ha']):.2f} ha, "
        f"change {float(row['change_pct']):+.0f} %",
    ]


def main(folder, locale=None):
    """The demo in `folder`; locale ('es'): the language of the outputs' legends and of the project."""
    folder = os.path.abspath(folder)
    os.makedirs(folder, exist_ok=True)
    results = {}
    with throwaway_profile(locale) as env:
        for key, algorithm, parameters in demo_steps(folder):
            results[key] = step(env, algorithm, parameters)
    print("\n".join(summary_lines(results)))
    print(f"Report: {results['summary']['REPORT']}")
    make_project = os.path.join(ROOT, "scripts", "demo", "make_project.py")
    # the project in the language of the QGIS that builds it, and in English and Spanish whatever that is (a
    # Spanish QGIS may run under a profile or a system that says English)
    for language, name in ((locale, "mining_loss_demo.qgz"), ("en", "mining_loss_demo_en.qgz"),
                           ("es", "mining_loss_demo_es.qgz")):
        subprocess.run([sys.executable, make_project, folder, language or "", name], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    print(f"QGIS project: {os.path.join(folder, 'mining_loss_demo.qgz')} (layer names in QGIS's language; "
          f"mining_loss_demo_es.qgz in Spanish, mining_loss_demo_en.qgz in English)")
    print(f"Outputs in {folder}:")
    for name in sorted(os.listdir(folder)):
        print("  " + name)


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--lang=")]
    language = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--lang=")), None)
    main(arguments[0] if arguments else "demo_output", language)
