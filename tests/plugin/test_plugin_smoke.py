"""The real plugin through classFactory(iface), and metadata.txt against the running QGIS."""
import configparser
import re

from tests.conftest import ROOT


def _metadata():
    parser = configparser.ConfigParser()
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]


def test_metadata_is_complete_and_fits_this_qgis(qgis_app):
    from qgis.core import Qgis

    meta = _metadata()
    assert meta["name"] == "Mining Loss Monitor"
    assert re.fullmatch(r"\d+\.\d+\.\d+", meta["version"])
    assert meta["hasProcessingProvider"] == "yes"
    assert "Spanish" in meta["about"]
    minimum = tuple(int(x) for x in meta["qgisMinimumVersion"].split("."))
    assert minimum == (3, 22)
    assert (Qgis.QGIS_VERSION_INT // 10000, Qgis.QGIS_VERSION_INT // 100 % 100) >= minimum
    assert (ROOT / meta["icon"]).exists()


def test_class_factory_init_gui_and_unload(qgis_app, qgis_iface, qgis_processing):
    import mining_loss_monitor
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("miningloss")
    if existing is not None:
        registry.removeProvider(existing)
    plugin = mining_loss_monitor.classFactory(qgis_iface)
    plugin.initGui()
    assert registry.providerById("miningloss") is not None
    assert registry.algorithmById("miningloss:detecttwodates") is not None
    assert plugin.actions and plugin.actions[0].objectName() == "miningLossDetectTwoDates"
    plugin.unload()
    assert registry.providerById("miningloss") is None
    plugin.initProcessing()  # leave the provider registered for the other tests
