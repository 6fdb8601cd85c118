"""Run Debian's qgis_process.bin with the plugin enabled in a throw-away QGIS profile."""
import json
import os
import shutil
import subprocess
import tempfile
from contextlib import contextmanager

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN = "mining_loss_monitor"


def qgis_process_binary():
    """qgis_process.bin (Debian's qgis_process wrapper passes a flag 3.22 rejects)."""
    for name in ("qgis_process.bin", "qgis_process"):
        path = shutil.which(name)
        if path:
            return path
    raise FileNotFoundError("qgis_process not found: install QGIS (make deps)")


@contextmanager
def throwaway_profile(locale=None):
    """Yield the environment of a fresh profile with the plugin linked and enabled."""
    with tempfile.TemporaryDirectory(prefix="mlm_profile_") as config:
        plugins = os.path.join(config, "profiles", "default", "python", "plugins")
        os.makedirs(plugins)
        os.symlink(ROOT, os.path.join(plugins, PLUGIN))
        if locale:
            settings = os.path.join(config, "profiles", "default", "QGIS")
            os.makedirs(settings)
            with open(os.path.join(settings, "QGIS3.ini"), "w", encoding="utf-8") as handle:
                handle.write(f"[locale]\noverrideFlag=true\nuserLocale={locale}\nglobalLocale={locale}\n")
        env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=config, QT_QPA_PLATFORM="offscreen",
                   XDG_RUNTIME_DIR=config)
        subprocess.run([qgis_process_binary(), "plugins", "enable", PLUGIN], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        yield env


def run(env, algorithm, parameters, timeout=3600):
    """Run one algorithm; return (returncode, results dict or None, stdout, stderr)."""
    args = [qgis_process_binary(), "--json", "run", algorithm, "--"]
    for key, value in parameters.items():
        # a list (multiple layers) is the same key repeated
        args += [f"{key}={item}" for item in value] if isinstance(value, (list, tuple)) else [f"{key}={value}"]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout)
    results = None
    if done.returncode == 0:
        start = done.stdout.find("{")
        if start >= 0:
            results = json.loads(done.stdout[start:]).get("results")
    return done.returncode, results, done.stdout, done.stderr


def help_text(env, algorithm):
    done = subprocess.run([qgis_process_binary(), "help", algorithm], env=env, capture_output=True, text=True)
    return done.stdout


def run_desktop(script, env_extra, locale=None, plugin=True, timeout=240):
    """The real QGIS desktop under Xvfb, running `script` (qgis --code) in a throw-away profile with the plugin
    linked (enabled or not) and no first-run dialogs; return QGIS's exit code."""
    with tempfile.TemporaryDirectory(prefix="mlm_desktop_") as profiles:
        plugins = os.path.join(profiles, "profiles", "default", "python", "plugins")
        os.makedirs(plugins)
        os.symlink(ROOT, os.path.join(plugins, PLUGIN))
        settings = os.path.join(profiles, "profiles", "default", "QGIS")
        os.makedirs(settings)
        with open(os.path.join(settings, "QGIS3.ini"), "w", encoding="utf-8") as handle:
            handle.write(f"[PythonPlugins]\n{PLUGIN}={str(plugin).lower()}\n[qgis]\ncheckVersion=false\n"
                         "showTips=false\nshowNewsFeed=false\n[core]\nFirstRun=false\n[UI]\nhidebrowser=true\n")
            if locale:
                handle.write(f"[locale]\noverrideFlag=true\nuserLocale={locale}\nglobalLocale={locale}\n")
        env = dict(os.environ, XDG_RUNTIME_DIR=profiles, **env_extra)
        env.pop("QT_QPA_PLATFORM", None)
        command = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "qgis", "--profiles-path", profiles,
                   "--nologo", "--noversioncheck", "--code", str(script)]
        return subprocess.run(command, env=env, timeout=timeout, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL).returncode
