"""Test set-up: import the checkout as the `mining_loss_monitor` package, simulated scenes, QGIS."""
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
_PACKAGE_DIR = Path(tempfile.mkdtemp(prefix="mlm_pkg_"))
(_PACKAGE_DIR / "mining_loss_monitor").symlink_to(ROOT, target_is_directory=True)
sys.path.insert(0, str(_PACKAGE_DIR))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SAMPLE = ROOT / "resources" / "sample"
SAMPLE_BEFORE = SAMPLE / "S2_L2A_20180710_LaPampa_stack.tif"
SAMPLE_AFTER = SAMPLE / "S2_L2A_20190805_LaPampa_stack.tif"
SAMPLE_SCL_BEFORE = SAMPLE / "S2_L2A_20180710_LaPampa_SCL.tif"
SAMPLE_SCL_AFTER = SAMPLE / "S2_L2A_20190805_LaPampa_SCL.tif"
SAMPLE_TRUTH = ROOT / "tests" / "data" / "sample_truth_20180710_20190805.tif"


def _has_jpeg2000():
    from osgeo import gdal

    return gdal.GetDriverByName("JP2OpenJPEG") is not None


needs_jpeg2000 = pytest.mark.skipif(not _has_jpeg2000(),
                                    reason="GDAL without the JP2OpenJPEG driver cannot write the test products")


def read(path):
    from osgeo import gdal

    return gdal.Open(str(path)).ReadAsArray()


def recording_feedback():
    """A QgsProcessingFeedback that keeps the non-fatal errors (errors) and the info lines (infos) it is given."""
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors, self.infos = [], []

        def reportError(self, error, fatalError=False):  # noqa: N802, N803
            self.errors.append(error)

        def pushInfo(self, info):  # noqa: N802
            self.infos.append(info)

    return Recorder()


def f1(predicted, truth):
    tp = np.count_nonzero(predicted & truth)
    fp = np.count_nonzero(predicted & ~truth)
    fn = np.count_nonzero(~predicted & truth)
    return 2 * tp / max(2 * tp + fp + fn, 1)


@contextmanager
def qgis_language(language):
    """QGIS's locale settings (Settings > Options > General > Override system locale) and the translator."""
    from mining_loss_monitor.plugin.i18n import install_translator
    from qgis.core import QgsSettings

    settings = QgsSettings()
    keys = ("locale/overrideFlag", "locale/userLocale", "locale/globalLocale")
    saved = {key: settings.value(key) for key in keys}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", language)
    settings.setValue("locale/globalLocale", language)
    install_translator(language)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
        install_translator("en")


@pytest.fixture(scope="session")
def sample_paths():
    return {"before": str(SAMPLE_BEFORE), "after": str(SAMPLE_AFTER), "scl_before": str(SAMPLE_SCL_BEFORE),
            "scl_after": str(SAMPLE_SCL_AFTER), "truth": str(SAMPLE_TRUTH)}


@pytest.fixture(scope="session")
def scene_factory(tmp_path_factory):
    """Simulated pairs by (seed, size, crs), generated once per session."""
    from scripts.demo.simulate_s2 import make_pair

    made = {}

    def make(seed, size=384, crs="EPSG:32719", jitter=0.0):
        key = (seed, size, crs, jitter)
        if key not in made:
            folder = tmp_path_factory.mktemp(f"scene_{seed}_{size}_{crs.replace(':', '')}")
            made[key] = make_pair(str(folder), seed=seed, size=size, crs=crs, jitter=jitter)
        return made[key]

    return make


@pytest.fixture(scope="session")
def plugin_instance(qgis_app, qgis_processing):
    """The plugin created through classFactory, as qgis_process does (no iface)."""
    import mining_loss_monitor

    plugin = mining_loss_monitor.classFactory(None)
    plugin.initProcessing()
    return plugin


@pytest.fixture
def provider(plugin_instance):
    """The registered `miningloss` provider."""
    return plugin_instance.provider


@pytest.fixture
def layer_tree_iface(qgis_iface, monkeypatch):
    """pytest-qgis's iface with a real QgsLayerTreeView: QGIS 3.44's runAndLoadResults uses it (a mock fails)."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot())
    view.setModel(model)
    monkeypatch.setattr(qgis_iface, "layerTreeView", lambda: view, raising=False)
    yield qgis_iface
    view.setModel(None)


_SESSION_STATUS = []


def pytest_sessionfinish(session, exitstatus):
    _SESSION_STATUS.append(int(exitstatus))


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config):
    """Leave with the session's status before Python's last garbage collections: QGIS and Qt objects freed
    there, after the test session closed QGIS, crash the process (exit 139 after every test passed, with
    pytest 8.4+'s collection at unconfigure and at interpreter exit)."""
    if _SESSION_STATUS:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_SESSION_STATUS[-1])


def run_dialog_cases(cases, work, out=None):
    """Run the Spanish desktop's dialogs on `cases` (tests/desktop/images_dialog.py drives them); return its report,
    checked for a driver error. cases.json goes in `work`, the outputs and the report in `out` (default: `work`)."""
    import json

    from scripts.qgis_cli import run_desktop

    out = out or work
    (work / "cases.json").write_text(json.dumps(cases), encoding="utf-8")
    run_desktop(ROOT / "tests" / "desktop" / "images_dialog.py",
                {"MLM_OUT": str(out), "MLM_CASES": str(work / "cases.json")}, locale="es")
    report = json.loads((out / "images_dialog.json").read_text(encoding="utf-8"))
    assert "error" not in report, report.get("error")
    return report
