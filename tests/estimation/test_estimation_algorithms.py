"""miningloss:samplingdesign and miningloss:areaestimate through processing.run: the published example end to
end, a design labelled from a known truth, the report, and every bad sample with its message."""
import numpy as np
import pytest
from osgeo import ogr

from algorithms.core.estimation.stratified import estimate
from tests.estimation.helpers import (
    OLOFSSON_2014,
    class_raster,
    design_labelled_from_truth,
    label_from_truth,
    loss_map_and_truth,
)


def _rows(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "table", "ogr")
    assert layer.isValid(), path
    return [{name: f[name] for name in layer.fields().names()} for f in layer.getFeatures()]


def _points_layer(rows, crs="EPSG:32719", with_strata=True):
    """A memory point layer with the design's fields from [(x, y, stratum, area_ha, map_class, reference)]."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    fields = "&field=stratum:string&field=stratum_area_ha:double" if with_strata else ""
    layer = QgsVectorLayer(f"Point?crs={crs}{fields}&field=map_class:integer&field=reference:integer", "pts",
                           "memory")
    features = []
    for x, y, stratum, area, map_class, reference in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        values = {"map_class": map_class, "reference": reference}
        if with_strata:
            values.update(stratum=stratum, stratum_area_ha=area)
        for name, value in values.items():
            feature[name] = value
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_olofsson_2014_example_end_to_end(plugin_instance, tmp_path):
    """Table 8's 640 labelled points as a layer: the table gives section 5.2's hectares to the hectare."""
    import processing

    rows = []
    for i, counts in enumerate(OLOFSSON_2014["counts"]):
        for j, n in enumerate(counts):
            rows += [(0.0, 0.0, str(i + 1), OLOFSSON_2014["pixels"][i] * 0.09, i + 1, j + 1)] * n
    result = processing.run("miningloss:areaestimate", {
        "POINTS": _points_layer(rows), "OUTPUT": str(tmp_path / "area.csv"),
        "OUTPUT_MATRIX": str(tmp_path / "matrix.csv"), "REPORT": str(tmp_path / "report.html")})
    table = _rows(result["OUTPUT"])
    assert [round(float(r["area_ha"])) for r in table] == [21158, 11686, 285770, 581386]
    assert [round(float(r["area_ci95_ha"])) for r in table] == [6158, 3756, 15510, 16281]
    assert [round(float(r["map_area_ha"])) for r in table] == [18000, 13500, 288000, 580500]
    assert [round(float(r["users_accuracy"]), 2) for r in table] == [0.88, 0.73, 0.93, 0.96]
    assert round(result["OVERALL_ACCURACY"], 2) == 0.95 and round(result["OVERALL_CI95"], 2) == 0.02
    matrix = _rows(result["OUTPUT_MATRIX"])
    assert round(float(matrix[0]["reference_1"]), 4) == 0.0176 and round(float(matrix[3]["reference_4"]), 4) == 0.6212
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "21157.76 ± 6157.52" in html.replace(",", "") and "Olofsson et al. (2014" in html


@pytest.fixture(scope="module")
def labelled_design(plugin_instance, tmp_path_factory):
    """A design over a map whose truth is known, labelled from the truth like an analyst would."""
    folder = tmp_path_factory.mktemp("design")
    return (*design_labelled_from_truth(folder, 30, 9), folder)


def test_design_writes_points_and_the_same_seed_repeats_them(labelled_design):
    import processing

    map_path, result, mapped, _truth, folder = labelled_design
    rows = _rows(result["OUTPUT"])
    assert len(rows) == result["POINTS"] > 120
    assert {r["stratum"] for r in rows} == {"0", "1", "2", "buffer"}
    assert all(sum(r["stratum"] == s for r in rows) >= 30 for s in ("0", "1", "2", "buffer"))
    again = processing.run("miningloss:samplingdesign", {
        "MAP": map_path, "BUFFER_M": 20.0, "SAMPLE_SIZE": 0, "MIN_PER_STRATUM": 30, "SEED": 9,
        "OUTPUT": str(folder / "again.gpkg")})
    source = ogr.Open(again["OUTPUT"])
    first = ogr.Open(result["OUTPUT"])
    assert [f.GetGeometryRef().ExportToWkt() for f in source.GetLayer(0)] == \
        [f.GetGeometryRef().ExportToWkt() for f in first.GetLayer(0)]
    source = first = None


def test_estimate_from_the_labelled_design_matches_the_estimator_and_holds_the_truth(labelled_design, tmp_path):
    import processing

    map_path, result, mapped, truth, _folder = labelled_design
    out = processing.run("miningloss:areaestimate", {
        "POINTS": result["OUTPUT"], "MAP": map_path, "OUTPUT": str(tmp_path / "area.csv"),
        "REPORT": str(tmp_path / "report.html")})
    table = {int(r["class"]): r for r in _rows(out["OUTPUT"])}
    rows = _rows(result["OUTPUT"])
    areas = {r["stratum"]: float(r["stratum_area_ha"]) for r in rows}
    direct = estimate([r["stratum"] for r in rows], [r["map_class"] for r in rows],
                      [r["reference"] for r in rows], areas, classes=[0, 1, 2])
    assert [float(table[c]["area_ha"]) for c in (0, 1, 2)] == pytest.approx(list(direct.area_ha))
    valid = mapped != 255
    for c in (1, 2):
        assert float(table[c]["map_area_ha"]) == pytest.approx((mapped == c).sum() * 0.01)
        true_ha = ((truth == c) & valid).sum() * 0.01
        assert abs(float(table[c]["area_ha"]) - true_ha) <= float(table[c]["area_ci95_ha"])
    assert (tmp_path / "report.html").read_text(encoding="utf-8").count("Mining loss") >= 2


@pytest.mark.parametrize("case, words", [
    ("unlabelled", "have no reference class yet (points 2)"),
    ("foreign", "Reference codes 7 are not classes of the map (0, 1, 2)"),
    ("off map", "fall outside the map or on its no-data pixels (points 1)"),
    ("one point", "at least 2 labelled points"),
])
def test_bad_samples_stop_with_a_clear_message(plugin_instance, tmp_path, case, words):
    import processing
    from qgis.core import QgsProcessingException

    mapped, _truth = loss_map_and_truth()
    map_path = class_raster(tmp_path / "loss.tif", mapped)
    ys, xs = np.nonzero(mapped == 1)
    zs, ws = np.nonzero(mapped == 0)
    rows = [(400005 + 10 * xs[i], 8599995 - 10 * ys[i], None, None, None, 1) for i in range(4)]
    rows += [(400005 + 10 * ws[i * 50], 8599995 - 10 * zs[i * 50], None, None, None, 0) for i in range(4)]
    if case == "unlabelled":
        rows[1] = rows[1][:5] + (None,)
    elif case == "foreign":
        rows[0] = rows[0][:5] + (7,)
    elif case == "off map":
        rows[0] = (300000.0, 8000000.0, None, None, None, 1)
    elif case == "one point":
        rows = rows[:1] + rows[4:]
    layer = _points_layer(rows, with_strata=False)
    layer.dataProvider().deleteAttributes([layer.fields().indexOf("map_class")])
    layer.updateFields()
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:areaestimate", {"POINTS": layer, "MAP": map_path, "STRATUM_FIELD": "",
                                                   "OUTPUT": str(tmp_path / "area.csv")})
    assert words in str(raised.value)


def test_points_in_another_crs_read_the_map_class_under_them(plugin_instance, tmp_path):
    """A sample labelled elsewhere, in WGS 84, without map_class or strata: the map classes read under the
    points (UTM map) and the strata measured on the map give the same estimate as the design's own fields."""
    import processing

    mapped, truth = loss_map_and_truth(seed=8)
    map_path = class_raster(tmp_path / "loss.tif", mapped)
    design = processing.run("miningloss:samplingdesign", {
        "MAP": map_path, "BUFFER_M": 0.0, "MIN_PER_STRATUM": 30, "SEED": 4, "OUTPUT": str(tmp_path / "s.gpkg")})
    label_from_truth(design["OUTPUT"], truth)
    own = processing.run("miningloss:areaestimate", {"POINTS": design["OUTPUT"], "MAP": map_path,
                                                     "OUTPUT": str(tmp_path / "own.csv")})
    moved = processing.run("native:reprojectlayer", {
        "INPUT": design["OUTPUT"], "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"})["OUTPUT"]
    moved.dataProvider().deleteAttributes([moved.fields().indexOf(name) for name in
                                           ("stratum", "stratum_area_ha", "map_class")])
    moved.updateFields()
    assert moved.crs().authid() == "EPSG:4326" and "map_class" not in moved.fields().names()
    elsewhere = processing.run("miningloss:areaestimate", {"POINTS": moved, "MAP": map_path, "STRATUM_FIELD": "",
                                                           "OUTPUT": str(tmp_path / "elsewhere.csv")})
    assert [float(r["area_ha"]) for r in _rows(elsewhere["OUTPUT"])] == pytest.approx(
        [float(r["area_ha"]) for r in _rows(own["OUTPUT"])])
    assert elsewhere["OVERALL_CI95"] == pytest.approx(own["OVERALL_CI95"])


def test_the_design_says_how_long_labelling_takes_and_its_layer_and_estimate_name_the_file(labelled_design,
                                                                                            tmp_path,
                                                                                            layer_tree_iface):
    """The tester's 1081 default points without a word of the hours they take; «Puntos de muestra por etiquetar»
    as the layer's name and in the estimate report."""
    import processing
    from qgis.core import QgsProject

    from tests.conftest import qgis_language, recording_feedback

    map_path, result, _mapped, _truth, _folder = labelled_design
    feedback = recording_feedback()
    before = set(QgsProject.instance().mapLayers())
    with qgis_language("es"):
        loaded = processing.runAndLoadResults("miningloss:samplingdesign", {
            "MAP": map_path, "BUFFER_M": 20.0, "SAMPLE_SIZE": 0, "MIN_PER_STRATUM": 30, "SEED": 9,
            "OUTPUT": str(tmp_path / "muestra_la_pampa.gpkg")}, feedback=feedback)
        points = loaded["POINTS"]
        log = " ".join(feedback.infos)
        assert (f"Etiquetar {points} puntos en «Verificar muestra» lleva unos {points * 10 // 60} a "
                f"{points * 20 // 60} minutos") in log, log
        added = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
        try:
            assert [layer.name() for layer in added] == ["muestra_la_pampa"]
        finally:
            QgsProject.instance().removeMapLayers([layer.id() for layer in added])
        out = processing.run("miningloss:areaestimate", {
            "POINTS": result["OUTPUT"], "MAP": map_path, "OUTPUT": str(tmp_path / "area.csv"),
            "REPORT": str(tmp_path / "report.html")})
    report = open(out["REPORT"], encoding="utf-8").read()
    assert "sample.gpkg" in report, report[:2000]
    assert "Puntos de muestra por etiquetar" not in report


def test_a_stratum_whose_points_were_all_deleted_is_refused(plugin_instance, tmp_path):
    """The analyst deleted the points of stratum 2 (as the 'unlabelled points' message allows): the estimate left its
    hectares out without a word (class 2: 70 ha on the map, 3 ha estimated). Now it names the stratum; the points
    are not modified."""
    import processing
    from qgis.core import QgsProcessingException

    map_path, design, _mapped, _truth = design_labelled_from_truth(tmp_path, minimum=10, seed=5)
    source = ogr.Open(design["OUTPUT"], 1)
    layer = source.GetLayer(0)
    for fid in [f.GetFID() for f in layer if f.GetField("stratum") == "2"]:
        layer.DeleteFeature(fid)
    source = layer = None
    with open(design["OUTPUT"], "rb") as handle:
        points = handle.read()
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("miningloss:areaestimate", {"POINTS": design["OUTPUT"], "MAP": map_path,
                                                   "OUTPUT": str(tmp_path / "area.csv")})
    assert "no points in the sample: 2 (" in str(raised.value) and "left out of the estimate" in str(raised.value)
    assert not (tmp_path / "area.csv").exists()
    with open(design["OUTPUT"], "rb") as handle:
        assert handle.read() == points
