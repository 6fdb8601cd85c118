"""The reports' language and number/date formats, read from QGIS's locale settings in one place.

QGIS and qgis_process do not set Qt's default locale the same way (the desktop applies
`locale/globalLocale`, qgis_process does not), so nothing here uses `QLocale()`:
- words (titles, month abbreviations, quarter labels) are in the interface language: `locale/userLocale`
  when `locale/overrideFlag` is on, else the system's language, as QGIS itself chooses;
- decimal and thousands separators follow `locale/globalLocale` (QGIS's "numbers, date and currency
  formats") when the override is on, else `locale/userLocale`, else the system's locale;
- dates are written day, month abbreviation, year ("19 Feb 2019", "19 feb 2019"): never ambiguous.
"""
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale

from .report import Formatter


def interface_language():
    """Two-letter language QGIS shows ('es', 'en', ...)."""
    settings = QgsSettings()
    name = ""
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    if not name:
        try:
            from qgis.core import QgsApplication

            name = QgsApplication.locale()
        except (AttributeError, RuntimeError):
            name = ""
    if not name:
        name = settings.value("locale/userLocale", "", type=str) or QLocale.system().name() or "en"
    return name[:2]


def number_locale_name():
    """Locale name of the reports' numbers: the QGIS setting, the same in QGIS and qgis_process."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/globalLocale", "", type=str) or settings.value("locale/userLocale", "", type=str)
        if name:
            return name
    return QLocale.system().name()


class ReportDates:
    """Month abbreviations and period labels in the interface language."""

    def tr(self, text):
        return QCoreApplication.translate("ReportDates", text)

    def months(self):
        return [self.tr("Jan"), self.tr("Feb"), self.tr("Mar"), self.tr("Apr"), self.tr("May"), self.tr("Jun"),
                self.tr("Jul"), self.tr("Aug"), self.tr("Sep"), self.tr("Oct"), self.tr("Nov"), self.tr("Dec")]

    def day(self, day):
        return self.tr("{day} {month} {year}").format(day=day.day, month=self.months()[day.month - 1],
                                                       year=day.year)

    def quarter(self, year, quarter):
        return self.tr("{year}-Q{quarter}").format(year=year, quarter=quarter)

    def month(self, year, month):
        return self.tr("{month} {year}").format(month=self.months()[month - 1], year=year)

    def range(self, start, end):
        return self.tr("{start} to {end}").format(start=self.day(start), end=self.day(end))

    def open_range(self, start, end):
        """A range with an unknown end (undated loss, no coverage): never today's date in its place."""
        if start is not None:
            return self.tr("from {start}, end unknown").format(start=self.day(start))
        if end is not None:
            return self.tr("until {end}, start unknown").format(end=self.day(end))
        return self.tr("dates unknown")


def report_formatter():
    """Formatter of the reports' numbers and dates (see the module's docstring)."""
    locale = QLocale(number_locale_name())
    dates = ReportDates()
    return Formatter(lambda value, decimals: locale.toString(float(value), "f", decimals), dates.day)
