"""Spanish: the .ts is complete, the .qm is current and names are Spanish under `es`."""
import subprocess
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import ROOT

TS = ROOT / "i18n" / "mining_loss_monitor_es.ts"
QM = ROOT / "i18n" / "mining_loss_monitor_es.qm"


def test_no_unfinished_or_empty_translations():
    tree = ET.parse(TS)
    messages = tree.findall(".//message")
    assert len(messages) > 60
    problems = [m.findtext("source") for m in messages
                if m.find("translation").get("type") in ("unfinished",) or not (m.findtext("translation") or "")]
    assert problems == []


def test_sources_have_no_string_missing_from_the_ts(tmp_path):
    pylupdate = subprocess.run(["which", "pylupdate5"], capture_output=True, text=True).stdout.strip()
    if not pylupdate:
        pytest.skip("pylupdate5 not installed")
    files = subprocess.run(["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    files = [f for f in files if not f.startswith(("tests/", "scripts/"))]
    fresh = tmp_path / "fresh.ts"
    fresh.write_bytes(TS.read_bytes())
    subprocess.run([pylupdate, "-noobsolete", *files, "-ts", str(fresh)], cwd=ROOT, check=True,
                   capture_output=True)
    unfinished = [m.findtext("source") for m in ET.parse(fresh).findall(".//message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == [], "run `make translations` and translate: " + "; ".join(unfinished[:5])


def test_compiled_qm_matches_the_ts(tmp_path):
    lrelease = subprocess.run(["which", "lrelease"], capture_output=True, text=True).stdout.strip()
    if not lrelease:
        pytest.skip("lrelease not installed")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run `make translations`"


def test_spanish_names_under_es(provider):
    from mining_loss_monitor.algorithms.detection.detect_two_dates import DetectTwoDates
    from mining_loss_monitor.algorithms.detection.vectorize import VectorizeLoss
    from mining_loss_monitor.algorithms.parameters.messages import cancelled_message
    from mining_loss_monitor.plugin.i18n import install_translator

    try:
        assert install_translator("es")
        algorithm = DetectTwoDates()
        algorithm.initAlgorithm()
        assert algorithm.displayName() == "Detectar pérdida minera (dos fechas)"
        assert algorithm.parameterDefinition("BEFORE").description() == "Imagen anterior (producto o pila de bandas)"
        assert algorithm.class_names()[1] == "Pérdida por minería"
        assert VectorizeLoss().displayName() == "Polígonos de pérdida a partir del ráster de clases"
        assert "no se escribió" in cancelled_message()
    finally:
        install_translator("en")
    assert DetectTwoDates().displayName() == "Detect mining loss (two dates)"


def test_error_messages_speak_the_dialog_language(provider, sample_paths, tmp_path):
    """Under Spanish, a bad input names the parameter as the dialog shows it, in Spanish."""
    import processing
    from mining_loss_monitor.plugin.i18n import install_translator
    from qgis.core import QgsProcessingException

    try:
        assert install_translator("es")
        with pytest.raises(QgsProcessingException) as raised:
            processing.run("miningloss:vectorize", {"INPUT_CLASS": sample_paths["before"],
                                                    "OUTPUT": str(tmp_path / "p.gpkg")})
        assert "«Clases de pérdida»" in str(raised.value) and "INPUT_CLASS" not in str(raised.value)
        far = tmp_path / "far.geojson"
        far.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":'
                       '{"type":"Polygon","coordinates":[[[-74,-4],[-73,-4],[-73,-3],[-74,-3],[-74,-4]]]}}]}')
        with pytest.raises(QgsProcessingException) as raised:
            processing.run("miningloss:regionsummary", {"LOSS": sample_paths["truth"], "ENCODING": 4,
                                                        "REGIONS": str(far), "OUTPUT": str(tmp_path / "o.csv")})
        assert "no se superponen" in str(raised.value)
        algorithm = provider.algorithm("compareperiods").create()
        assert "seleccionado en el mapa" in algorithm.parameterDefinition("OPERATION").toolTip()
    finally:
        install_translator("en")


def test_spanish_words_keep_their_accents():
    """A help text once said «DESPUES»: no translation writes a common word without its accent."""
    import re

    unaccented = ("despues", "segun", "tambien", "poligono", "poligonos", "hectarea", "hectareas", "perdida",
                  "deteccion", "mineria", "analisis", "pagina", "metodo", "imagenes", "informacion", "operacion",
                  "region", "raster", "indice", "parametro", "parametros", "numero", "ultimo", "codigo")
    root = ET.parse(ROOT / "i18n" / "mining_loss_monitor_es.ts").getroot()
    found = []
    for message in root.iter("message"):
        text = message.find("translation").text or ""
        text = re.sub(r"<code>.*?</code>|\{[^}]*\}|'[A-Za-z_]+'|\b[a-z_]+_[a-z_]+\b", "", text)  # names, fields
        text = re.sub(r"columna region|column region|o region\b|wkt o region", "", text)
        found += [(word, text[:80]) for word in unaccented if re.search(rf"\b{word}\b", text, re.IGNORECASE)]
    assert not found, found
