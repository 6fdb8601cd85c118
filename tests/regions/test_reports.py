"""The HTML reports: regions x periods table with totals, sorting, the zero line, the map, Spanish labels,
and the same formats through processing.run and qgis_process."""
import csv
import re
from html.parser import HTMLParser

import pytest

from tests.conftest import ROOT, qgis_language

DATA = ROOT / "tests" / "data"
SAMPLE = ROOT / "resources" / "sample"
SERIES = {"LOSS": str(DATA / "sample_series_truth_series_class.tif"), "ENCODING": 0,
          "LOSS_DATE": str(DATA / "sample_series_truth_series_event_date.tif"),
          "REGIONS": str(SAMPLE / "districts.gpkg"), "REGION_FIELD": "NOMBDIST"}
SUMMARY = dict(SERIES, PERIOD=1, START_DATE="2018-01-01", END_DATE="2019-09-30",
               OPERATIONS=str(SAMPLE / "operations.gpkg"))
COMPARISON = dict(SERIES, OPERATIONS=str(SAMPLE / "operations.gpkg"), OPERATION="Operation Mercurio",
                  AFTER_MONTHS=5)


class Tables(HTMLParser):
    """Cell texts of every table of a page: [[row cells]] per table, footer rows included."""

    def __init__(self, text):
        super().__init__()
        self.tables, self.cell = [], None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.tables[-1][-1].append(self.cell.strip())
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def _number(text, language):
    """A number as the report writes it, back to a float."""
    if language == "es":
        text = text.replace(".", "").replace(",", ".")
    return float(text.replace(",", "").replace("\u2212", "-"))  # the reports write the minus sign U+2212


def _run(algorithm, parameters, tmp_path, language, name):
    import processing

    with qgis_language(language):
        result = processing.run(algorithm, dict(parameters, OUTPUT=str(tmp_path / f"{name}.csv"),
                                                REPORT=str(tmp_path / f"{name}.html")))
    with open(result["OUTPUT"], encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return rows, open(result["REPORT"], encoding="utf-8").read()


@pytest.mark.parametrize("language", ["en", "es"])
def test_summary_report_table_totals_sorting_zero_line_and_map(provider, tmp_path, language):
    rows, html = _run("miningloss:regionsummary", SUMMARY, tmp_path, language, "summary")
    by_region = {}
    for row in rows:
        by_region.setdefault(row["region"], []).append(float(row["loss_ha"]))
    assert len(rows) == 12 * 7  # 12 districts x 7 quarters in the table output
    with_loss = sorted((name for name, values in by_region.items() if sum(values) > 0),
                       key=lambda name: -sum(by_region[name]))
    zeros = [name for name, values in by_region.items() if sum(values) == 0]
    assert with_loss == ["INAMBARI"] and len(zeros) == 11
    tables = Tables(html).tables
    table = next(t for t in tables if t[0][0] in ("Region", "Región") and len(t[0]) > 8)
    quarter = {"en": ["2018-Q1", "2018-Q2", "2018-Q3", "2018-Q4", "2019-Q1", "2019-Q2", "2019-Q3"],
               "es": ["2018-T1", "2018-T2", "2018-T3", "2018-T4", "2019-T1", "2019-T2", "2019-T3"]}[language]
    assert table[0][1:8] == quarter
    assert table[0][8] == {"en": "Total", "es": "Total"}[language]
    assert [line[0] for line in table[1:]] == with_loss + [table[-1][0]]  # regions sorted by loss, then totals
    assert table[-1][0] == "Total"
    csv_quarters = [sum(float(r["loss_ha"]) for r in rows if r["period"] == label)
                    for label in ("2018-Q1", "2018-Q2", "2018-Q3", "2018-Q4", "2019-Q1", "2019-Q2", "2019-Q3")]
    assert [_number(cell, language) for cell in table[-1][1:8]] == pytest.approx(csv_quarters, abs=0.006)
    total = sum(csv_quarters)
    assert _number(table[-1][8], language) == pytest.approx(total, abs=0.006)
    assert _number(table[-1][9], language) + _number(table[-1][10], language) == pytest.approx(total, abs=0.02)
    assert 200 < total < 260  # the truth of the sample series inside Inambari
    zero_line = {"en": "No loss in 11 regions: ", "es": "Sin pérdida en 11 regiones: "}[language]
    assert zero_line + ", ".join(zeros) + "." in html
    assert html.count("<tr>") < 40  # not 84 rows of zeros
    assert html.count("class='map'") == 1 and html.count("data:image/png;base64,") >= 2
    if language == "es":
        assert "Pérdida de bosque por región y periodo" in html and "1 ene 2018" in html and "30 sep 2019" in html
        assert re.search(r"\d,\d\d<", html) and not re.search(r">\d+\.\d\d<", html)  # decimal commas only
        assert "<h2>Mapa</h2>" in html
    else:
        assert "1 Jan 2018" in html and re.search(r">\d+\.\d\d<", html)


@pytest.mark.parametrize("language", ["en", "es"])
def test_comparison_report_totals_and_maps(provider, tmp_path, language):
    rows, html = _run("miningloss:compareperiods", COMPARISON, tmp_path, language, "compare")
    before = sum(float(r["before_ha"]) for r in rows)
    after = sum(float(r["after_ha"]) for r in rows)
    assert before > 100 and after < before
    table = next(t for t in Tables(html).tables if len(t[0]) == 7)
    assert table[-1][0] == "Total" and [line[0] for line in table[1:-1]] == ["INAMBARI"]
    assert _number(table[-1][1], language) == pytest.approx(before, abs=0.006)
    assert _number(table[-1][2], language) == pytest.approx(after, abs=0.006)
    assert _number(table[-1][3], language) == pytest.approx(100 * (after - before) / before, abs=0.06)
    assert html.count("class='map'") == 1  # one figure, before and after side by side
    if language == "es":
        assert "Antes: del 19 feb 2018 al 18 jul 2018" in html and "Sin pérdida antes ni después en 11 regiones" in html
    else:
        assert "Before: 19 Feb 2018 to 18 Jul 2018" in html and "No loss before or after in 11 regions" in html


def _without_images(html):
    return re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "IMAGE", html)


def test_qgis_process_report_is_formatted_as_processing_run(provider, tmp_path):
    """A Spanish profile through qgis_process writes the report processing.run writes in Spanish QGIS."""
    from scripts.qgis_cli import run, throwaway_profile

    _, expected = _run("miningloss:regionsummary", SUMMARY, tmp_path, "es", "inside")
    with throwaway_profile("es") as env:
        code, results, stdout, stderr = run(env, "miningloss:regionsummary", dict(
            SUMMARY, OUTPUT=str(tmp_path / "cli.csv"), REPORT=str(tmp_path / "cli.html")))
    assert code == 0, stderr
    made = open(results["REPORT"], encoding="utf-8").read()
    assert "2018-T1" in made and "127,68" in made
    assert _without_images(made) == _without_images(expected)


def test_period_labels_in_both_languages(provider):
    import datetime

    from mining_loss_monitor.algorithms.core.periods import MONTH, QUARTER, WHOLE, YEAR
    from mining_loss_monitor.algorithms.reports.report_locale import ReportDates
    from mining_loss_monitor.algorithms.reports.summary_report import period_label

    day, last = datetime.date(2019, 2, 1), datetime.date(2019, 2, 28)
    expected = {"en": ["2019", "2019-Q1", "Feb 2019", "1 Feb 2019 to 28 Feb 2019"],
                "es": ["2019", "2019-T1", "feb 2019", "del 1 feb 2019 al 28 feb 2019"]}
    for language, labels in expected.items():
        with qgis_language(language):
            dates = ReportDates()
            assert [period_label("x", day, last, kind, dates) for kind in (YEAR, QUARTER, MONTH, WHOLE)] == labels
            assert period_label("201900", None, None, None, dates) == "201900"


def test_number_formats_follow_the_qgis_setting_not_qt_default(provider):
    from mining_loss_monitor.algorithms.reports.report_locale import report_formatter
    from qgis.PyQt.QtCore import QLocale

    QLocale.setDefault(QLocale("de_DE"))  # what the desktop may have set: must not leak into reports
    try:
        with qgis_language("es"):
            assert report_formatter().cell(2271.875) == "2.271,88"
        with qgis_language("en_US"):
            assert report_formatter().cell(2271.875) == "2,271.88"
    finally:
        QLocale.setDefault(QLocale("en_US"))


def test_report_of_polygons_with_a_period_field(provider, tmp_path):
    """Amazon Mining Watch by province: periods are the field's values, Tahuamanu (no mining) in the zero line."""
    rows, html = _run("miningloss:regionsummary", {
        "LOSS": str(DATA / "amw_mining_mdd_2018_2025Q3.gpkg"), "GROUP_FIELD": "year", "AREA_FIELD": "Mined area (ha)",
        "REGIONS": str(DATA / "provinces_mdd.gpkg"), "REGION_FIELD": "FIRST_IDPR"}, tmp_path, "en", "amw")
    totals = {}
    for row in rows:
        totals[row["region"]] = totals.get(row["region"], 0.0) + float(row["loss_ha"])
    table = next(t for t in Tables(html).tables if t[0][0] == "Region")
    periods = sorted({row["period"] for row in rows})
    assert table[0][1:len(periods) + 1] == periods
    assert [line[0] for line in table[1:-1]] == sorted((n for n in totals if totals[n] > 0), key=lambda n: -totals[n])
    assert "No loss in one region: 1703." in html
    assert _number(table[-1][len(periods) + 1], "en") == pytest.approx(sum(totals.values()), abs=0.01)


def test_one_minus_sign_in_every_report_number():
    """Tables wrote «-75.9» (hyphen) beside the headline's «−76 %»: the formatter writes U+2212 everywhere."""
    from mining_loss_monitor.algorithms.reports.report import Formatter

    fmt = Formatter(lambda value, decimals: f"{value:.{decimals}f}", str)
    assert fmt.cell(-75.9, 1) == "\u221275.9" and fmt.cell(-3) == "\u22123" and fmt.number(12.5, 1) == "12.5"
    assert fmt.cell(0.0, 1) == "0.0"
    # a zone of 'where it went' with 12.002943 ha before and 12.002845 after read «−0,00» ha and «−0,00» %
    assert fmt.cell(-9.8e-05) == "0.00" and fmt.cell(-0.000816) == "0.00" and fmt.cell(-0.004, 2) == "0.00"
    assert fmt.cell(-0.006, 2) == "\u22120.01"


@pytest.mark.parametrize("algorithm, parameters", [("miningloss:regionsummary", SUMMARY),
                                                   ("miningloss:compareperiods", COMPARISON)])
def test_the_map_scale_is_written_like_the_charts(provider, tmp_path, monkeypatch, algorithm, parameters):
    """The maps' colour scale read 80000 beside charts reading 80.000 in a Spanish report."""
    from mining_loss_monitor.algorithms.reports import report_map

    scales = []
    real = report_map.number_axis
    monkeypatch.setattr(report_map, "number_axis", lambda axes, fmt: (real(axes, fmt), scales.append(axes)))
    _run(algorithm, parameters, tmp_path, "es", "scale")
    assert len(scales) == 1
    assert scales[0].yaxis.get_major_formatter()(80000.0, 0) == "80.000"
    assert scales[0].yaxis.get_major_formatter()(2.5, 0) == "2,5"
