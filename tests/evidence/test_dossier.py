"""miningloss:dossier through processing.run: pages, images per page, hashes, coordinates, Spanish, bad input."""
import csv
import datetime
import hashlib
import re
import shutil
import subprocess
import time
import unicodedata

import pytest

from tests.conftest import ROOT

SAMPLE = ROOT / "resources" / "sample"
BEFORE = SAMPLE / "S2_L2A_20180710_LaPampa_stack.tif"
AFTER = SAMPLE / "S2_L2A_20190805_LaPampa_stack.tif"
# (centre easting, northing in UTM 19S, width, height in m, kind, first seen, confidence)
PATCHES = [(385000.0, 8563000.0, 60.0, 60.0, "mining", "2019-03-10", 3),
           (386500.0, 8564500.0, 100.0, 40.0, "other", "2019-05-02", 2),
           (384000.0, 8562000.0, 40.0, 40.0, "mining", "2019-07-01", 3)]
OUTSIDE_IMAGES = (395000.0, 8563000.0, 40.0, 40.0, "mining", "2019-07-01", 3)
# first seen before the 'before' image (2018-07-10), between the two, after the 'after' image (2019-08-05)
OUT_OF_DATES = [PATCHES[0][:5] + ("2018-02-01", 3), PATCHES[1], PATCHES[2][:5] + ("2019-09-15", 3)]

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdfimages"),
                                   reason="poppler-utils (installed by `make deps`) is missing")


def _box(x, y, width, height):
    return (f"POLYGON(({x - width / 2} {y - height / 2},{x + width / 2} {y - height / 2},{x + width / 2} "
            f"{y + height / 2},{x - width / 2} {y + height / 2},{x - width / 2} {y - height / 2}))")


def write_patches(path, patches, epsg=32719, name="loss_polygons"):
    """Loss polygons with the fields `vectorize` writes."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer(name, srs=srs, geom_type=ogr.wkbMultiPolygon)
    for field, kind in (("class", ogr.OFTInteger), ("kind", ogr.OFTString), ("loss_date", ogr.OFTDate),
                        ("confidence", ogr.OFTInteger), ("area_ha", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(field, kind))
    for x, y, width, height, kind, day, confidence in patches:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(_box(x, y, width, height))))
        feature.SetField("class", 1 if kind == "mining" else 2)
        feature.SetField("kind", kind)
        feature.SetField("loss_date", day.replace("-", "/"))
        feature.SetField("confidence", confidence)
        feature.SetField("area_ha", width * height / 10000)
        layer.CreateFeature(feature)
    source = None
    return str(path)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dossier_inputs")
    half = folder / "half_of_patch_1.gpkg"  # a zone over the western half of patch 1, in UTM (patches: UTM too)
    write_patches(half, [(384985.0, 8563000.0, 30.0, 200.0, "mining", "2019-01-01", 3)], name="half")
    return {"patches": write_patches(folder / "patches.gpkg", PATCHES), "half": str(half),
            "outside": write_patches(folder / "outside.gpkg", PATCHES + [OUTSIDE_IMAGES]),
            "out_of_dates": write_patches(folder / "out_of_dates.gpkg", OUT_OF_DATES)}


def _parameters(inputs, tmp_path, **changes):
    parameters = {"POLYGONS": inputs["patches"], "BEFORE": str(BEFORE), "AFTER": str(AFTER), "SENSOR": 0,
                  "ZONES": [str(SAMPLE / "operations.gpkg"), inputs["half"]], "ZONE_FIELD": "name, kind",
                  "REGIONS": str(SAMPLE / "districts.gpkg"), "ANALYST": "Ana Quispe Mamani",
                  "OUTPUT": str(tmp_path / "dossier.pdf"), "OUTPUT_TABLE": str(tmp_path / "patches.csv")}
    parameters.update(changes)
    return parameters


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int([line for line in info.splitlines() if line.startswith("Pages:")][0].split()[1])


def images_per_page(path):
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    counts = {}
    for line in listing.splitlines()[2:]:
        page = int(line.split()[0])
        counts[page] = counts.get(page, 0) + 1
    return counts


def page_text(path, page):
    text = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)  # the font's fi ligature back to two letters


def _written(iso_day):
    """An ISO date as the reports (and the dossier) write it in English: '10 Mar 2019'."""
    day = datetime.date.fromisoformat(iso_day)
    return f"{day.day} {day.strftime('%b')} {day.year}"


def _rows(path):
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _lonlat(x, y):
    from osgeo import osr

    utm, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(32719)
    wgs84.ImportFromEPSG(4326)
    for srs in (utm, wgs84):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(utm, wgs84).TransformPoint(x, y)
    return lon, lat


def _dms(value, positive, negative):
    seconds = round(abs(value) * 3600, 1)
    return f"{int(seconds // 3600)}°{int(seconds % 3600 // 60):02d}'{seconds % 60:04.1f}\"" + \
        (positive if value >= 0 else negative)


@needs_poppler
def test_dossier_pages_images_hashes_and_coordinates(provider, inputs, tmp_path):
    import processing

    result = processing.run("miningloss:dossier", _parameters(inputs, tmp_path))
    pdf = result["OUTPUT"]
    assert pdf_pages(pdf) == len(PATCHES) + 2  # cover, one page per patch, method and provenance
    assert images_per_page(pdf) == {1: 1, 2: 2, 3: 2, 4: 2}  # location map; before and after chips
    cover = page_text(pdf, 1)
    assert "Evidence dossier: forest loss" in cover and "Ana Quispe Mamani" in cover
    assert "3 loss patches, 0.92 ha in total" in cover
    assert "INAMBARI, TAMBOPATA, MADRE DE DIOS" in cover
    for path in (BEFORE, AFTER, SAMPLE / "operations.gpkg", SAMPLE / "districts.gpkg"):
        assert hashlib.sha256(path.read_bytes()).hexdigest() in cover, path
    assert "(10 Jul 2018)" in cover and "(5 Aug 2019)" in cover  # acquisition dates, as the reports write dates
    rows = _rows(result["OUTPUT_TABLE"])
    assert [int(r["patch_id"]) for r in rows] == [1, 2, 3]
    assert len({r["inputs_sha256"] for r in rows}) == 1 and len(rows[0]["inputs_sha256"]) == 64
    for number, (x, y, width, height, _kind, day, confidence) in enumerate(PATCHES, start=1):
        text = page_text(pdf, number + 1)
        lon, lat = _lonlat(x, y)
        assert f"Loss patch {number}" in text
        assert f"Decimal degrees: {lat:.6f}, {lon:.6f}" in text
        assert f"DMS: {_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}" in text
        assert f"UTM: 19S {x:.0f} E {y:.0f} N" in text
        assert f"First seen: {_written(day)}" in text and "Before: 10 Jul 2018" in text and "After: 5 Aug 2019" in text
        assert "District: INAMBARI" in text and "Department: MADRE DE DIOS" in text
        assert "Tailings-like ground: " in text and "(a mining front needs at least 25 % and 20 %: " in text
        assert "Bare ground: " in text and "a front of 0.30 ha or more needs no pale ground around: " in text
        row = rows[number - 1]
        assert float(row["lat"]) == pytest.approx(lat, abs=1e-7) and float(row["lon"]) == pytest.approx(lon, abs=1e-7)
        assert row["utm"] == f"19S {x:.0f} E {y:.0f} N"
        # ellipsoidal area: the UTM square divided by the squared scale factor (0.99976 at 385 km east)
        assert float(row["area_ha"]) == pytest.approx(width * height / 10000 / 0.99976 ** 2, rel=2e-4)
        assert row["first_seen"].replace("/", "-") == day and int(row["confidence"]) == confidence
        assert "operations: Operation Mercurio" in row["status"]
    assert "half_of_patch_1: mining (0.18 ha)" in rows[0]["status"]
    assert "half" not in rows[1]["status"]
    assert "Legal status" in page_text(pdf, 2) and "half_of_patch_1: mining, 0.18 ha inside" in page_text(pdf, 2)
    method = page_text(pdf, len(PATCHES) + 2)
    assert "FOREST_NDVI = 0.6" in method and "LOSS_DNBR = 0.12" in method and "ANALYST = Ana Quispe Mamani" in method
    assert "FRONT_PALE_AROUND = 0.2" in method and "CONTEXT_RADIUS_M = 100.0" in method


@needs_poppler
def test_only_the_selected_patches_when_some_are_selected(provider, inputs, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(inputs["patches"], "patches", "ogr")
    layer.selectByIds([2])
    result = processing.run("miningloss:dossier", _parameters(inputs, tmp_path, POLYGONS=layer))
    assert pdf_pages(result["OUTPUT"]) == 3
    assert [int(r["patch_id"]) for r in _rows(result["OUTPUT_TABLE"])] == [2]
    assert "Loss patch 2" in page_text(result["OUTPUT"], 2)


@needs_poppler
def test_spanish_dossier(provider, inputs, tmp_path):
    import processing

    from tests.conftest import qgis_language

    with qgis_language("es"):  # QGIS's locale settings: Spanish words, numbers and dates
        result = processing.run("miningloss:dossier", _parameters(inputs, tmp_path))
    cover, patch, method = (page_text(result["OUTPUT"], page) for page in (1, 2, 5))
    assert "Expediente de evidencia: pérdida de bosque" in cover
    assert "3 parches de pérdida, 0,92 ha en total" in cover
    # each label on the row of its value, whatever wraps (the Spanish «Cuándo» label used to push values up)
    rows = [" ".join(line.split()) for line in cover.splitlines()]
    assert any(row.startswith("Cuándo (primera detección): 10 mar 2019 a 1 jul 2019") for row in rows), cover
    assert any(row.startswith("Imágenes: antes 10 jul 2018") for row in rows), cover
    assert any(row.startswith("Quién: Ana Quispe Mamani") for row in rows), cover
    assert any(re.match(r"Fecha del informe: \d{1,2} [a-z]{3} \d{4} \d{2}:\d{2}", row) for row in rows), cover
    assert "Parche de pérdida 1" in patch and "Coordenadas" in patch and "Grados decimales" in patch
    assert "Antes: 10 jul 2018" in patch and "Después: 5 ago 2019" in patch
    assert "Distrito: INAMBARI" in patch and "Primera detección: 10 mar 2019" in patch
    assert "Método y procedencia" in method


def _error(parameters):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:dossier", parameters)
    return str(raised.value)


def test_images_that_do_not_cover_a_patch(provider, inputs, tmp_path):
    message = _error(_parameters(inputs, tmp_path, POLYGONS=inputs["outside"]))
    assert "'Image before (band stack)' does not cover loss patch 4" in message
    assert not list(tmp_path.iterdir())


def test_no_patches(provider, inputs, tmp_path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:32719", "empty", "memory")
    message = _error(_parameters(inputs, tmp_path, POLYGONS=layer))
    assert "'Loss patches (polygons)' has no polygons" in message
    assert not list(tmp_path.iterdir())


def test_unwritable_pdf_path(provider, inputs, tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    message = _error(_parameters(inputs, tmp_path, OUTPUT=str(blocker / "dossier.pdf")))
    assert "cannot write" in message and "Choose another location" in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a_file"]


def test_an_empty_analyst_name(provider, inputs, tmp_path):
    assert "'Analyst (name on the report)' is empty" in _error(_parameters(inputs, tmp_path, ANALYST="  "))


def test_zones_in_another_crs_give_the_same_status(provider, inputs, tmp_path):
    """The half zone in EPSG:4326 (patches in UTM 19S): the same 0.18 ha of patch 1."""
    import processing
    from osgeo import gdal

    lonlat = tmp_path / "half_4326.gpkg"
    gdal.VectorTranslate(str(lonlat), inputs["half"], dstSRS="EPSG:4326", format="GPKG")
    result = processing.run("miningloss:dossier", _parameters(
        inputs, tmp_path, ZONES=[str(lonlat)], ZONE_FIELD="kind", REGIONS=None))
    rows = _rows(result["OUTPUT_TABLE"])
    assert rows[0]["status"] == "half_4326: mining (0.18 ha)"
    assert rows[1]["status"] == "outside"


@needs_poppler
def test_dossier_and_legal_status_from_the_command_line_in_spanish(inputs, tmp_path):
    """qgis_process (headless, its own QGIS) under a Spanish profile: the PDF is written and in Spanish."""
    from scripts.qgis_cli import run, throwaway_profile

    with throwaway_profile("es") as env:
        code, results, stdout, stderr = run(env, "miningloss:dossier", _parameters(inputs, tmp_path))
        assert code == 0, stdout[-2000:] + stderr[-2000:]
        assert pdf_pages(results["OUTPUT"]) == len(PATCHES) + 2
        assert "Expediente de evidencia" in page_text(results["OUTPUT"], 1)
        assert "Parche de pérdida 2" in page_text(results["OUTPUT"], 3)
        code, results, stdout, stderr = run(env, "miningloss:legalstatus", {
            "LOSS": str(ROOT / "tests" / "data" / "amw_mining_mdd_2018_2025Q3.gpkg"), "GROUP_FIELD": "year",
            "AREA_FIELD": "Mined area (ha)", "ZONES": [str(SAMPLE / "operations.gpkg"), inputs["half"]],
            "ZONE_FIELD": "name, kind", "OUTPUT": str(tmp_path / "legal.csv")})
        assert code == 0, stdout[-2000:] + stderr[-2000:]
    rows = _rows(results["OUTPUT"])
    assert {r["category"] for r in rows} == {"operations", "half_of_patch_1", "outside"}
    mercurio_2019 = [float(r["loss_ha"]) for r in rows if r["zone"] == "Operation Mercurio" and r["period"] == "201900"]
    assert mercurio_2019[0] > 10


def test_cancel_leaves_no_pdf(provider, inputs, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CancelAfterCover(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress > 10:  # the first patch page is done
                self.cancel()

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:dossier", _parameters(inputs, tmp_path), feedback=CancelAfterCover())
    assert "Cancelled" in str(raised.value)
    assert not list(tmp_path.iterdir())


def test_cancelling_the_active_tasks_when_qgis_closes_cancels_the_dossier(provider, inputs, tmp_path):
    """QGIS's close prompt «cancel the active tasks?» answered «Yes» calls the task manager's cancelAll()."""
    import processing
    from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback
    from qgis.PyQt.QtCore import QCoreApplication

    seen = []

    class QgisClosesAfterCover(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress > 10 and not seen:  # the first patch page is done
                seen.append([task.description() for task in QgsApplication.taskManager().activeTasks()])
                QgsApplication.taskManager().cancelAll()

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:dossier", _parameters(inputs, tmp_path), feedback=QgisClosesAfterCover())
    assert "Cancelled" in str(raised.value)
    assert "Evidence dossier: 3 patches" in seen[0]  # what QGIS's close prompt lists
    assert not list(tmp_path.iterdir())
    deadline = time.monotonic() + 10
    while QgsApplication.taskManager().countActiveTasks() and time.monotonic() < deadline:
        QCoreApplication.processEvents()  # the task ends on the task manager's thread
    assert QgsApplication.taskManager().countActiveTasks() == 0


@needs_poppler
def test_patches_first_seen_outside_the_two_images_are_flagged(provider, inputs, tmp_path):
    """The tester's demo: 41 of 168 series patches dated before the 'before' image, 7 after the 'after' one,
    with pages that contradicted themselves. Log, page and table now say so; the method page names the preset as
    the dialog shows it."""
    import processing

    from tests.conftest import qgis_language, recording_feedback

    feedback = recording_feedback()
    with qgis_language("es"):
        result = processing.run("miningloss:dossier", _parameters(inputs, tmp_path, POLYGONS=inputs["out_of_dates"]),
                                feedback=feedback)
    rows = _rows(result["OUTPUT_TABLE"])
    assert [row["date_check"] for row in rows] == ["before_image", "", "after_image"]
    log = " ".join(feedback.errors)
    assert "1 de 3 parches se detectaron por primera vez antes de la imagen «antes» (10 jul 2018)" in log, log
    assert "1 de 3 parches se detectaron por primera vez después de la imagen «después» (5 ago 2019)" in log, log
    first, second, third, method = (" ".join(page_text(result["OUTPUT"], page).split()) for page in (2, 3, 4, 5))
    assert "Atención: detectado por primera vez antes de la imagen «antes» (10 jul 2018)" in first, first
    assert "Atención" not in second
    assert "Atención: detectado por primera vez después de la imagen «después» (5 ago 2019)" in third, third
    assert "Pila Sentinel-2 L2A" in method and "Sentinel-2 L2A stack" not in method, method


@needs_poppler
def test_dossier_finishes_when_the_global_thread_pool_is_full(provider, inputs, tmp_path):
    """A 2-core laptop: QGIS's global thread pool has 2 threads. The dialog's task for the run held one and the
    dossier's own task the other, and Qt's conversion of the pages' images waited for a free one forever (the
    Spanish dialog stopped at 10 %). A watchdog ends the session with a traceback if it hangs again."""
    import faulthandler

    import processing
    from qgis.core import QgsApplication, QgsProxyProgressTask
    from qgis.PyQt.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    saved = pool.maxThreadCount()
    pool.setMaxThreadCount(2)
    dialog_task = QgsProxyProgressTask("the dialog's task")
    QgsApplication.taskManager().addTask(dialog_task)
    faulthandler.dump_traceback_later(60, exit=True)
    try:
        result = processing.run("miningloss:dossier", _parameters(inputs, tmp_path))
    finally:
        faulthandler.cancel_dump_traceback_later()
        dialog_task.finalize(True)
        pool.setMaxThreadCount(saved)
    assert pdf_pages(result["OUTPUT"]) == len(PATCHES) + 2
    assert pool.maxThreadCount() == saved


@pytest.mark.parametrize("name, words", [
    ("S2B_MSIL2A_20180710T145729_N0509_R039_T19LCF_20180710T184857.zip",
     "'Image before (band stack)': S2B_MSIL2A_20180710T145729_N0509_R039_T19LCF_20180710T184857.zip is a product as "
     "downloaded; the dossier draws band stacks"),
    ("notes.tif", "Cannot read the raster given as «Image before (band stack)»")])
def test_a_product_or_a_file_that_is_not_a_raster_as_the_image_before(provider, inputs, tmp_path, name, words):
    """The help promised 'or a downloaded product' (the detections' help); QGIS then said 'Could not load source
    layer for BEFORE: … not found' of a file that exists."""
    given = tmp_path / "descargas" / name
    given.parent.mkdir()
    given.write_bytes(b"not a raster")
    message = _error(_parameters(inputs, tmp_path, BEFORE=str(given)))
    assert words in message
    assert not (tmp_path / "dossier.pdf").exists()


@needs_poppler
def test_spanish_scale_bars_use_spanish_separators(provider, tmp_path):
    """Patches 2.5 km apart: the cover's scale bar read «1,500 m» in a Spanish dossier (Qt's locale, English under
    qgis_process); its numbers now take QGIS's locale setting as the rest of the dossier."""
    import processing

    from tests.conftest import qgis_language

    spread = write_patches(tmp_path / "spread.gpkg", [PATCHES[0], PATCHES[1][:1] + (8561500.0,) + PATCHES[1][2:],
                                                      (383300.0, 8565200.0, 40.0, 40.0, "mining", "2019-07-01", 3)])
    with qgis_language("es"):
        result = processing.run("miningloss:dossier", _parameters({"patches": spread, "half": spread}, tmp_path))
    cover = page_text(result["OUTPUT"], 1)
    scale = re.search(r"^\s*0\s+\S+\s+(\S+) m\b", cover, re.MULTILINE)  # the bar's labels: 0, middle, end m
    assert scale and re.fullmatch(r"\d\.\d{3}", scale.group(1)), cover
