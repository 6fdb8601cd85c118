"""The user guide: both languages, current HTML, its screenshots, and the help button that opens it."""
import re
import struct

import pytest

from tests.conftest import ROOT, qgis_language

DOCS = ROOT / "docs"
GUIDES = {"es": DOCS / "guia_es.md", "en": DOCS / "guide_en.md"}
ALGORITHMS = ("detecttwodates", "detecttimeseries", "vectorize", "regionsummary", "compareperiods",
              "importoperations")


def _images(path):
    return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", path.read_text(encoding="utf-8"))


def _png_size(path):
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


def test_html_twins_are_current():
    from scripts.docs.guide_html import convert

    for guide in GUIDES.values():
        text = guide.read_text(encoding="utf-8")
        title = next(line[2:].strip() for line in text.splitlines() if line.startswith("# "))
        assert guide.with_suffix(".html").read_text(encoding="utf-8") == convert(text, title), \
            "run `python3 scripts/docs/guide_html.py`"


def test_guides_show_the_same_screenshots_and_they_exist():
    shown = {language: _images(path) for language, path in GUIDES.items()}
    assert shown["es"] == shown["en"]
    names = {image.split("/")[-1] for image in shown["es"]}
    assert {f"es_dialog_{name}.png" for name in ALGORITHMS} <= names
    assert {"es_demo_project.png", "es_dock_mercurio.png", "es_report_regions.png", "es_report_mercurio.png"} <= names
    for image in shown["es"]:
        width, height = _png_size(DOCS / image)
        assert 600 <= width <= 1400 and 300 <= height <= 2400, image


@pytest.mark.parametrize("language", ["es", "en"])
def test_guide_names_every_algorithm_as_its_dialog_does(provider, language):
    text = GUIDES[language].read_text(encoding="utf-8")
    with qgis_language(language):
        for name in ALGORITHMS:
            algorithm = provider.algorithm(name)
            assert algorithm.displayName() in text, algorithm.displayName()
    for step in ("qgis_process", "Operation Mercurio", "2019-T1" if language == "es" else "2019-Q1"):
        assert step in text


@pytest.mark.parametrize("language, page", [("es", "guia_es.html"), ("en", "guide_en.html")])
def test_help_button_opens_the_guide_offline(provider, language, page):
    from qgis.PyQt.QtCore import QUrl

    with qgis_language(language):
        for name in ALGORITHMS:
            url = QUrl(provider.algorithm(name).helpUrl())
            assert url.isLocalFile() and url.toLocalFile().endswith("docs/" + page)
            assert (DOCS / page).exists()


def test_readme_links_both_guides():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/guia_es.md)" in readme and "(docs/guide_en.md)" in readme


@pytest.fixture(scope="module")
def demo_results(plugin_instance, tmp_path_factory):
    """The demo's steps (scripts/demo/demo.py, the parameters `make demo` uses), through processing.run."""
    import processing

    from scripts.demo.demo import demo_steps

    folder = tmp_path_factory.mktemp("guide_demo")
    return {key: processing.run(algorithm, parameters) for key, algorithm, parameters in demo_steps(str(folder))}


def _flat(path):
    return " ".join(path.read_text(encoding="utf-8").split())


def test_the_guides_and_the_readme_quote_the_demo_run(demo_results):
    """The guide said 175 / 19 ha long after the rule gave 158.80 / 23.20: its numbers are checked against a run."""
    from scripts.demo.demo import comparison_row, summary_lines

    detection, timeline, row = demo_results["detection"], demo_results["timeline"], comparison_row(demo_results)
    mining, other = float(detection["MINING_HA"]), float(detection["OTHER_LOSS_HA"])
    masked = 100 * float(detection["MASKED_FRACTION"])
    confirmed, probable = float(timeline["CONFIRMED_HA"]), float(timeline["PROBABLE_HA"])
    before, after = float(row["before_ha"]), float(row["after_ha"])
    change, rate = float(row["change_pct"]), float(row["rate_change_pct"])
    minus = "\u2212" if change < 0 else "+"
    english, spanish = _flat(GUIDES["en"]), _flat(GUIDES["es"])
    expected = {
        "en": [f"about {mining:.0f} ha of mining loss and {other:.0f} ha of other loss, with {masked:.0f} %",
               f"about {confirmed:.0f} ha confirmed and {probable:.0f} ha probable",
               f"{before:.2f} ha before", f"{after:.2f} ha after, {minus}{abs(change):.0f} % in hectares and "
               f"{minus}{abs(rate):.0f} % in hectares per month"],
        "es": [f"unas {mining:.0f} ha de pérdida minera y {other:.0f} ha de otra pérdida, con un {masked:.0f} %",
               f"unas {confirmed:.0f} ha confirmadas y {probable:.0f} ha probables",
               f"{before:.2f} ha antes".replace(".", ","), f"{after:.2f} ha después, ".replace(".", ",")
               + f"{minus}{abs(change):.0f} % en hectáreas y {minus}{abs(rate):.0f} % en hectáreas por mes"]}
    for language, text in (("en", english), ("es", spanish)):
        missing = [phrase for phrase in expected[language] if phrase not in text]
        assert missing == [], (language, missing)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [line for line in summary_lines(demo_results) if line not in readme]
    assert missing == [], missing  # the README quotes what `make demo` prints


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_guide_quotes_field_labels_as_the_dialogs_show_them(provider, language):
    """A bold phrase that is the start of a dialog's label («Image after» for «Image after (band stack)») is a
    label quoted wrong: the guide writes the label as the dialog shows it."""
    from qgis.PyQt.QtCore import QCoreApplication

    text = GUIDES[language].read_text(encoding="utf-8")
    quoted = set(re.findall(r"\*\*([^*]+)\*\*", " ".join(text.split())))
    with qgis_language(language):
        # the 'Verify sample' panel's own field
        labels = {QCoreApplication.translate("MiningLossSampleDock", "Analyst")}
        for algorithm in provider.algorithms():
            fresh = algorithm.create()
            fresh.initAlgorithm()
            labels |= {definition.description() for definition in fresh.parameterDefinitions()}
    wrong = sorted(f"{phrase} -> {label}" for phrase in quoted - labels for label in labels
                   if label.startswith(phrase) and label[len(phrase):len(phrase) + 2] in (" (", ": "))
    assert wrong == [], "\n".join(wrong)


def test_the_spanish_guide_names_the_provider_and_menu_as_the_spanish_qgis_shows_them(provider):
    """The tester's Spanish QGIS shows «Monitor de Pérdida por Minería» where the guide said «Mining Loss Monitor»."""
    with qgis_language("es"):
        name = provider.name()
    text = GUIDES["es"].read_text(encoding="utf-8")
    assert name == "Monitor de Pérdida por Minería", name
    assert f"proveedor **{name}**" in text and f"*Ráster › {name}*" in text
    assert "proveedor **Mining Loss Monitor**" not in text and "› Mining Loss Monitor" not in text
