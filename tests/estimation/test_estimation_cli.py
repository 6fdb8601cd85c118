"""samplingdesign and areaestimate from the qgis_process command line; Spanish help under a Spanish profile."""
import json

import pytest
from osgeo import ogr

from scripts.qgis_cli import help_text, run, throwaway_profile
from tests.estimation.helpers import class_raster, loss_map_and_truth, olofsson_gpkg, pixel_of


def test_design_label_and_estimate_from_the_command_line(tmp_path):
    mapped, truth = loss_map_and_truth()
    map_path = class_raster(tmp_path / "loss.tif", mapped)
    with throwaway_profile() as env:
        code, results, _stdout, stderr = run(env, "miningloss:samplingdesign", {
            "MAP": map_path, "BUFFER_M": "20", "MIN_PER_STRATUM": "25", "SEED": "3",
            "OUTPUT": str(tmp_path / "sample.gpkg")})
        assert code == 0, stderr
        source = ogr.Open(results["OUTPUT"], 1)
        layer = source.GetLayer(0)
        for feature in layer:
            point = feature.GetGeometryRef()
            feature.SetField("reference", int(truth[pixel_of(point.GetX(), point.GetY())]))
            layer.SetFeature(feature)
        count = layer.GetFeatureCount()
        source = layer = None
        assert count == int(results["POINTS"])
        code, results, stdout, stderr = run(env, "miningloss:areaestimate", {
            "POINTS": str(tmp_path / "sample.gpkg"), "MAP": map_path, "OUTPUT": str(tmp_path / "area.csv"),
            "REPORT": str(tmp_path / "report.html")})
        assert code == 0, stderr
        assert 0.9 < float(results["OVERALL_ACCURACY"]) <= 1.0 and float(results["OVERALL_CI95"]) > 0
        assert "Class 1: map" in stdout
        source = ogr.Open(str(tmp_path / "area.csv"))
        rows = {int(f.GetField("class")): f for f in source.GetLayer(0)}
        valid = mapped != 255
        true_mining = ((truth == 1) & valid).sum() * 0.01
        assert abs(float(rows[1].GetField("area_ha")) - true_mining) <= float(rows[1].GetField("area_ci95_ha"))
        assert float(rows[1].GetField("map_area_ha")) == pytest.approx((mapped == 1).sum() * 0.01)
        source = None


def test_estimation_help_and_report_are_spanish_under_a_spanish_profile(tmp_path):
    with throwaway_profile("es") as env:
        design = help_text(env, "miningloss:samplingdesign")
        estimate = help_text(env, "miningloss:areaestimate")
        code, _results, stdout, stderr = run(env, "miningloss:areaestimate", {
            "POINTS": olofsson_gpkg(tmp_path / "olofsson.gpkg"), "OUTPUT": str(tmp_path / "area.csv"),
            "REPORT": str(tmp_path / "informe.html")})
    assert code == 0, stderr
    report = (tmp_path / "informe.html").read_text(encoding="utf-8")
    assert "<h1>Estimación de áreas con intervalos de confianza</h1>" in report
    assert "21.157,76 ± 6.157,52" in report
    log = "\n".join(json.loads(stdout[stdout.find("{"):])["log"]["info"])  # the log's numbers as the report's
    assert "estimada 21.157,76 ± 6.157,52 ha (95 %)" in log and "Exactitud global 0,947 ± 0,018 (95 %)" in log, log
    assert "Matriz de error en proporciones de área" in report
    assert "Diseño de muestreo para la estimación de áreas" in design and "Semilla aleatoria" in design
    assert "Estimación de áreas con intervalos de confianza" in estimate and "Campo de la clase de referencia" in \
        estimate
