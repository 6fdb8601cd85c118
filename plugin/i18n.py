"""Install the plugin's translator for the QGIS user locale."""
import os

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from ..algorithms.reports.report_locale import interface_language

I18N_FOLDER = os.path.join(os.path.dirname(os.path.dirname(__file__)), "i18n")
_installed = []


def user_locale():
    """Two-letter language QGIS runs in ('es', 'en', ...): the same rule as the reports'."""
    return interface_language()


def install_translator(locale=None):
    """Load i18n/mining_loss_monitor_<locale>.qm once; return True if a translation is active."""
    locale = (locale or user_locale())[:2]
    path = os.path.join(I18N_FOLDER, f"mining_loss_monitor_{locale}.qm")
    for translator in list(_installed):
        QCoreApplication.removeTranslator(translator)
        _installed.remove(translator)
    if not os.path.exists(path):
        return False
    translator = QTranslator()
    if not translator.load(path):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True
