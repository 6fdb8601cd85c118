"""`make screenshots`: the real QGIS desktop under Xvfb with the plugin, the dock on the sample data.

Writes docs/qgis_timeline_dock.png and prints what the dock reported (operations, map time, extent).
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main(output=os.path.join(ROOT, "docs"), locale=None, demo_output=os.path.join(ROOT, "demo_output")):
    os.makedirs(output, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mlm_desktop_") as profiles:
        plugins = os.path.join(profiles, "profiles", "default", "python", "plugins")
        os.makedirs(plugins)
        os.symlink(ROOT, os.path.join(plugins, "mining_loss_monitor"))
        settings = os.path.join(profiles, "profiles", "default", "QGIS")
        os.makedirs(settings)
        with open(os.path.join(settings, "QGIS3.ini"), "w", encoding="utf-8") as handle:
            handle.write("[PythonPlugins]\nmining_loss_monitor=true\n[qgis]\ncheckVersion=false\n"
                         "showTips=false\nshowNewsFeed=false\n[core]\nFirstRun=false\n"
                         "[UI]\nhidebrowser=true\n")
            if locale:
                handle.write(f"[locale]\noverrideFlag=true\nuserLocale={locale}\nglobalLocale={locale}\n")
        env = dict(os.environ, MLM_SCREENSHOT_DIR=output, MLM_ROOT=ROOT,
                   MLM_DEMO_OUTPUT=demo_output, XDG_RUNTIME_DIR=profiles)
        env.pop("QT_QPA_PLATFORM", None)
        command = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "qgis", "--profiles-path", profiles,
                   "--nologo", "--noversioncheck", "--code", os.path.join(ROOT, "scripts", "desktop_check.py")]
        subprocess.run(command, env=env, timeout=240, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(output, "desktop_check.json"), encoding="utf-8") as handle:
        report = json.load(handle)
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return report


if __name__ == "__main__":
    main(*(sys.argv[1:2] or []))
