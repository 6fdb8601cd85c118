"""The user's files stay as they were: the dossier, legal status and estimation runs write nothing beside their
inputs (QGIS's default stretch of a raster it loads computes a histogram that GDAL saves as an .aux.xml), and a
layer picked from the project keeps its style."""
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
