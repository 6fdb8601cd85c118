"""Translated legends of the displacement outputs' styles (shared by the algorithm, its report and the dock)."""
from qgis.PyQt.QtCore import QCoreApplication


def zone_style_labels():
    """Translated legend of the zones layer's style."""
    translate = QCoreApplication.translate
    return {"TOP": translate("Displacement", "Rose most (top 5)"), "ROSE": translate("Displacement", "Loss rose"),
            "FELL": translate("Displacement", "Loss fell"), "SAME": translate("Displacement", "No change"),
            "INSIDE": translate("Displacement", "Inside the operation")}


def line_style_labels():
    """The lines' style has no legend text."""
    return {}
