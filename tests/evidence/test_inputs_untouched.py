"""The user's files stay as they were: the dossier, legal status and estimation runs write nothing beside their
inputs (QGIS's default stretch of a raster it loads computes a histogram that GDAL saves as an .aux.xml), and a
layer picked from the project keeps its style."""
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.evidence.test_dossier import PATCHES, needs_poppler, pdf_pages, write_patches

SAMPLE = ROOT / "resources" / "sample"
STACKS = ("S2_L2A_20180710_LaPampa_stack.tif", "S2_L2A_20190805_LaPampa_stack.tif")


def listing(folder):
    """Names, sizes and modification times of everything in the folder."""
    return sorted((str(path), path.stat().st_size, path.stat().st_mtime_ns) for path in Path(folder).rglob("*"))


@pytest.fixture()
def user_folder(tmp_path):
    """Copies of the sample stacks, districts and operations, and loss patches, as an analyst keeps them."""
    folder = tmp_path / "datos_usuario"
    folder.mkdir()
    for name in STACKS + ("districts.gpkg", "operations.gpkg"):
        shutil.copy(SAMPLE / name, folder / name)
    write_patches(folder / "parches.gpkg", PATCHES)
    return folder


def _dossier(folder, out, before, after):
    return {"POLYGONS": str(folder / "parches.gpkg"), "BEFORE": before, "AFTER": after, "SENSOR": 0,
            "ZONES": [str(folder / "operations.gpkg")], "ZONE_FIELD": "name",
            "REGIONS": str(folder / "districts.gpkg"), "ANALYST": "Ana Quispe Mamani",
            "OUTPUT": str(out / "expediente.pdf"), "OUTPUT_TABLE": str(out / "parches.csv")}


@needs_poppler
def test_dossier_of_image_files_writes_nothing_beside_them(provider, user_folder, tmp_path):
    import processing

    before = listing(user_folder)
    result = processing.run("miningloss:dossier", _dossier(
        user_folder, tmp_path, *(str(user_folder / name) for name in STACKS)))
    assert pdf_pages(result["OUTPUT"]) == len(PATCHES) + 2
    assert listing(user_folder) == before


@needs_poppler
def test_dossier_of_project_layers_keeps_their_style(provider, user_folder, tmp_path):
    import processing
    from qgis.core import QgsProject, QgsRasterLayer, QgsSingleBandGrayRenderer

    layers = [QgsRasterLayer(str(user_folder / name), name, "gdal") for name in STACKS]
    for layer in layers:
        layer.setRenderer(QgsSingleBandGrayRenderer(layer.dataProvider(), 4))  # the analyst's NIR view
        QgsProject.instance().addMapLayer(layer)
    try:
        before = listing(user_folder)  # QGIS's own loading above may have saved statistics: the run adds none
        result = processing.run("miningloss:dossier", _dossier(user_folder, tmp_path, *layers))
        assert pdf_pages(result["OUTPUT"]) == len(PATCHES) + 2
        for layer in layers:
            assert layer.renderer().type() == "singlebandgray" and layer.renderer().grayBand() == 4
        assert listing(user_folder) == before
    finally:
        QgsProject.instance().removeMapLayers([layer.id() for layer in layers])


def _plain_map(folder):
    """Loss classes as another tool writes them: no colour table, so QGIS would stretch them with statistics."""
    from osgeo import gdal

    source = gdal.Open(str(ROOT / "tests" / "data" / "sample_truth_20180710_20190805.tif"))
    gdal.Translate(str(folder / "mapa_clases.tif"), source, options="-co COMPRESS=DEFLATE")
    return str(folder / "mapa_clases.tif")


def _label_as_mapped(path):
    from osgeo import ogr

    source = ogr.Open(path, 1)
    layer = source.GetLayer(0)
    for feature in layer:
        feature.SetField("reference", feature.GetField("map_class"))
        layer.SetFeature(feature)
    source = layer = None


def test_sampling_design_and_estimate_write_nothing_beside_the_map(provider, tmp_path):
    import processing

    folder = tmp_path / "datos_usuario"
    folder.mkdir()
    map_path = _plain_map(folder)
    before = listing(folder)
    design = processing.run("miningloss:samplingdesign", {"MAP": map_path, "SAMPLE_SIZE": 120,
                                                           "MIN_PER_STRATUM": 20, "OUTPUT": str(tmp_path / "m.gpkg")})
    _label_as_mapped(design["OUTPUT"])
    result = processing.run("miningloss:areaestimate", {"POINTS": design["OUTPUT"], "MAP": map_path,
                                                        "OUTPUT": str(tmp_path / "area.csv"),
                                                        "REPORT": str(tmp_path / "area.html")})
    assert result["OVERALL_ACCURACY"] == 1.0  # labelled with the map itself
    assert "mapa_clases" in (tmp_path / "area.html").read_text(encoding="utf-8")  # the map named as before
    assert listing(folder) == before


def test_a_map_that_is_not_a_raster_is_refused(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    text = tmp_path / "mapa.tif"
    text.write_text("not a raster")
    with pytest.raises(QgsProcessingException) as error:
        processing.run("miningloss:samplingdesign", {"MAP": str(text), "OUTPUT": str(tmp_path / "m.gpkg")})
    assert "mapa.tif" in str(error.value) and "raster" in str(error.value)


@pytest.mark.parametrize("algorithm, key", [("dossier", "OUTPUT_TABLE"), ("legalstatus", "REPORT"),
                                            ("areaestimate", "OUTPUT"), ("samplingdesign", "OUTPUT")])
def test_an_output_in_a_folder_that_cannot_be_made_stops_first(provider, user_folder, tmp_path, algorithm, key):
    """A file where the output's folder should be: QGIS said 'Could not create layer …' in English after the work
    (the dossier's PDF already written); now the run stops first, in the field's words, and writes nothing."""
    import processing
    from qgis.core import QgsProcessingException

    out = tmp_path / "salidas"
    out.mkdir()
    (out / "no_es_carpeta").write_text("a file, not a folder")
    parameters = {
        "dossier": _dossier(user_folder, out, *(str(user_folder / name) for name in STACKS)),
        "legalstatus": {"LOSS": str(user_folder / "parches.gpkg"), "GROUP_FIELD": "kind",
                        "ZONES": [str(user_folder / "operations.gpkg")], "ZONE_FIELD": "name",
                        "OUTPUT": str(out / "legal.csv")},
        "areaestimate": {"POINTS": _olofsson(tmp_path), "OUTPUT": str(out / "area.csv")},
        "samplingdesign": {"MAP": _plain_map(tmp_path), "OUTPUT": str(out / "puntos.gpkg")}}[algorithm]
    parameters[key] = str(out / "no_es_carpeta" / os.path.basename(str(parameters.get(key) or "informe.html")))
    before = listing(user_folder)
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(f"miningloss:{algorithm}", parameters)
    assert "cannot write" in str(raised.value) and "no_es_carpeta" in str(raised.value)
    assert sorted(p.name for p in out.iterdir()) == ["no_es_carpeta"]
    assert listing(user_folder) == before


def _olofsson(folder):
    from tests.estimation.helpers import olofsson_gpkg

    return olofsson_gpkg(folder / "olofsson.gpkg")

