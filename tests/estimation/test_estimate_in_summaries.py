"""The region summary with a labelled SAMPLE: the loss estimated from it, per region and in all, with 95 %
intervals beside the map's hectares (log, outputs, report)."""
import numpy as np
import pytest

from algorithms.core.estimation.stratified import estimate
from tests.estimation.helpers import design_labelled_from_truth, halves_layer, olofsson_gpkg


@pytest.fixture(scope="module")
def labelled(plugin_instance, tmp_path_factory):
    folder = tmp_path_factory.mktemp("summary_sample")
    map_path, design, mapped, truth = design_labelled_from_truth(folder, 40, 21)
    return map_path, design["OUTPUT"], mapped, truth, halves_layer(folder / "halves.gpkg")


def test_region_summary_shows_the_sample_estimate_beside_the_map(labelled, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    map_path, sample_path, mapped, truth, regions = labelled
    result = processing.run("miningloss:regionsummary", {
        "LOSS": map_path, "ENCODING": 0, "REGIONS": regions, "REGION_FIELD": "name", "PERIOD": 3,
        "SAMPLE": sample_path, "OUTPUT": str(tmp_path / "summary.csv"), "REPORT": str(tmp_path / "report.html")})
    rows = [f for f in QgsVectorLayer(sample_path, "s", "ogr").getFeatures()]
    direct = estimate([f["stratum"] for f in rows], [f["map_class"] for f in rows], [f["reference"] for f in rows],
                      {f["stratum"]: f["stratum_area_ha"] for f in rows}, classes=[0, 1, 2])
    assert result["ESTIMATED_LOSS_HA"] == pytest.approx(direct.area_ha[1] + direct.area_ha[2])
    valid = mapped != 255
    true_loss = ((truth > 0) & valid).sum() * 0.01
    assert abs(result["ESTIMATED_LOSS_HA"] - true_loss) <= result["ESTIMATED_LOSS_CI95_HA"]
    assert true_loss > ((mapped == 1) | (mapped == 2)).sum() * 0.01  # the map misses the edges: the estimate knows
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Loss estimated from the labelled sample" in html and "All regions" in html
    for name in ("West", "East"):
        assert f"<td>{name}</td>" in html


def test_region_summary_without_a_sample_has_no_estimate(labelled, tmp_path):
    import processing

    map_path, _sample, _mapped, _truth, regions = labelled
    result = processing.run("miningloss:regionsummary", {
        "LOSS": map_path, "ENCODING": 0, "REGIONS": regions, "REGION_FIELD": "name", "PERIOD": 3,
        "OUTPUT": str(tmp_path / "summary.csv"), "REPORT": str(tmp_path / "report.html")})
    assert "ESTIMATED_LOSS_HA" not in result or result["ESTIMATED_LOSS_HA"] is None
    assert "Loss estimated from the labelled sample" not in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_before_after_comparison_shows_the_estimate_for_the_map_period(labelled, tmp_path):
    import processing
    from osgeo import gdal

    map_path, sample_path, mapped, _truth, regions = labelled
    dates = np.where(mapped == 1, 20190310, np.where(mapped == 2, 20180310, 0)).astype(np.int32)
    source = gdal.Open(map_path)
    target = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "dates.tif"), source.RasterXSize,
                                                  source.RasterYSize, 1, gdal.GDT_Int32)
    target.SetProjection(source.GetProjection())
    target.SetGeoTransform(source.GetGeoTransform())
    target.GetRasterBand(1).WriteArray(dates)
    target.GetRasterBand(1).SetNoDataValue(0)
    source = target = None
    result = processing.run("miningloss:compareperiods", {
        "LOSS": map_path, "ENCODING": 0, "LOSS_DATE": str(tmp_path / "dates.tif"), "REGIONS": regions,
        "REGION_FIELD": "name", "BEFORE_START": "2018-01-01", "BEFORE_END": "2018-12-31",
        "AFTER_START": "2019-01-01", "AFTER_END": "2019-12-31", "SAMPLE": sample_path,
        "OUTPUT": str(tmp_path / "compare.csv"), "REPORT": str(tmp_path / "compare.html")})
    html = (tmp_path / "compare.html").read_text(encoding="utf-8")
    assert "Loss estimated from the labelled sample" in html
    map_loss = ((mapped == 1) | (mapped == 2)).sum() * 0.01
    assert f"{map_loss:.2f}" in html.replace(",", "")
    assert result["ESTIMATED_LOSS_HA"] > map_loss


def test_dossier_cover_shows_the_estimate_beside_the_map(provider, tmp_path):
    """The cover's 'Sample estimate' line: Olofsson's worked example as the labelled sample — deforestation
    and forest gain (our mining and other loss) 21,158 + 11,686 = 32,844 ha estimated where the map shows 31,500;
    the half-width of their sum (7,202 ha) is its own domain estimate, not the sum of the two."""
    import processing
    from mining_loss_monitor.algorithms.reports.report_locale import report_formatter

    from tests.evidence.test_dossier import PATCHES, _parameters, page_text, write_patches

    inputs = {"patches": write_patches(tmp_path / "patches.gpkg", PATCHES),
              "half": write_patches(tmp_path / "half.gpkg", PATCHES[:1], name="half")}
    result = processing.run("miningloss:dossier", _parameters(inputs, tmp_path, SAMPLE=olofsson_gpkg(
        tmp_path / "olofsson.gpkg", {1: 1, 2: 2, 3: 0, 4: 0})))
    cover = " ".join(page_text(result["OUTPUT"], 1).split())
    number = report_formatter().number  # the dossier writes numbers as the reports do (QGIS's locale settings)
    assert (f"Sample estimate: {number(32843.92, 2)} ± {number(7202.05, 2)} ha of loss (95 %); the map: "
            f"{number(31500.0, 2)} ha") in cover
    assert "Reference sample: 640 labelled points; mapped mining loss confirmed: 88 ± 7 %" in cover
