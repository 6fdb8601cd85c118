"""Mining Loss Monitor: QGIS entry point."""


def classFactory(iface):  # noqa: N802 (QGIS calls it by this name)
    """Create the plugin for QGIS (iface is None under qgis_process)."""
    from .plugin.main import MiningLossMonitorPlugin

    return MiningLossMonitorPlugin(iface)
