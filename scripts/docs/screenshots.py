"""`make screenshots`: the real QGIS desktop under Xvfb with the plugin, in English then in Spanish.

English: docs/qgis_timeline_dock.png (the README's). Spanish, for the user guide (docs/img/es_*.png): the demo
project as it opens, the dock on Operation Mercurio, every algorithm's dialog filled with the demo's inputs and
the two reports made inside QGIS, rendered to PNG. The report made in the desktop is compared with the one
qgis_process makes under a Spanish profile; then docs/guia_es.html and docs/guide_en.html are rebuilt.
"""
import json
import os
import re
import shutil
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)
from scripts.qgis_cli import run_desktop  # noqa: E402


def main(output=os.path.join(ROOT, "docs"), locale=None, demo_output=os.path.join(ROOT, "demo_output"), tasks=(),
         guide=None, reports=None):
    """Run QGIS once; return the JSON report of scripts/docs/desktop_check.py (written to output)."""
    os.makedirs(output, exist_ok=True)
    run_desktop(os.path.join(ROOT, "scripts", "docs", "desktop_check.py"),
                {"MLM_SCREENSHOT_DIR": output, "MLM_ROOT": ROOT, "MLM_DEMO_OUTPUT": demo_output,
                 "MLM_TASKS": ",".join(tasks), "MLM_GUIDE_DIR": guide or "", "MLM_REPORT_DIR": reports or output},
                locale=locale, timeout=420)
    with open(os.path.join(output, "desktop_check.json"), encoding="utf-8") as handle:
        return json.load(handle)


def without_images(html):
    """A report's text with its embedded images left out (what must match between QGIS and qgis_process)."""
    return re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "IMAGE", html)


def same_as_qgis_process(desktop_html, parameters, folder):
    """Whether qgis_process under a Spanish profile writes the report the desktop wrote (images aside)."""
    from scripts.qgis_cli import run, throwaway_profile

    path = os.path.join(folder, "qgis_process_report.html")
    with throwaway_profile("es") as env:
        code, _, stdout, stderr = run(env, "miningloss:regionsummary", dict(
            parameters, OUTPUT=os.path.join(folder, "qgis_process.csv"), REPORT=path))
    if code != 0:
        raise SystemExit(stdout[-2000:] + stderr[-2000:])
    with open(path, encoding="utf-8") as made, open(desktop_html, encoding="utf-8") as desktop:
        return without_images(made.read()) == without_images(desktop.read())


def screenshots(docs=os.path.join(ROOT, "docs")):
    """Everything `make screenshots` makes; prints what the desktop reported."""
    from scripts.docs.guide_html import build_all
    from scripts.docs.guide_inputs import report_parameters

    images = os.path.join(docs, "img")
    os.makedirs(images, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mlm_shots_") as scratch:
        english = main(os.path.join(scratch, "en"))
        shutil.copy(os.path.join(scratch, "en", "qgis_timeline_dock.png"), os.path.join(docs, "qgis_timeline_dock.png"))
        from scripts.demo.demo import main as demo

        spanish_demo = os.path.join(scratch, "demo_es")
        demo(spanish_demo, "es")  # legends and layer names of the Spanish demo project in Spanish
        spanish = main(os.path.join(scratch, "es"), "es", demo_output=spanish_demo, tasks=("dialogs", "report"),
                       guide=images)
        for report in (english, spanish):
            if "error" in report:
                raise SystemExit(report["error"])
        spanish["report_same_as_qgis_process"] = same_as_qgis_process(
            spanish["reports"]["report_regions"], report_parameters(ROOT, spanish_demo)[0],
            scratch)
    build_all(docs)
    print(json.dumps({"en": english, "es": spanish}, indent=1, ensure_ascii=False))
    if not spanish["report_same_as_qgis_process"]:
        raise SystemExit("the report made in QGIS differs from the one made by qgis_process")


if __name__ == "__main__":
    screenshots(*(sys.argv[1:2] or []))
