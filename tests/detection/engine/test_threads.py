"""Detections use the cores QGIS is allowed to use (Options > Rendering > Max cores to use), not a fixed 2."""
import os

from qgis.core import QgsApplication, QgsSettings


def test_thread_count_follows_qgis_max_threads(qgis_app):
    from mining_loss_monitor.algorithms.base import thread_count

    settings = QgsSettings()
    saved_setting, saved_threads = settings.value("qgis/max_threads"), QgsApplication.maxThreads()
    cores = os.cpu_count() or 1
    try:
        settings.setValue("qgis/max_threads", -1)
        QgsApplication.setMaxThreads(-1)
        assert thread_count() == cores  # -1: all cores
        QgsApplication.setMaxThreads(1)
        applied = QgsApplication.maxThreads()  # QGIS 3.22 keeps 1; 3.44 raises it to 2
        assert thread_count() == max(1, min(applied, cores))  # the desktop applies the setting at start
        QgsApplication.setMaxThreads(-1)
        settings.setValue("qgis/max_threads", 1)
        assert thread_count() == 1  # qgis_process does not: the saved setting is read
        settings.setValue("qgis/max_threads", cores + 8)
        assert thread_count() == cores
    finally:
        QgsApplication.setMaxThreads(saved_threads)
        if saved_setting is None:
            settings.remove("qgis/max_threads")
        else:
            settings.setValue("qgis/max_threads", saved_setting)
