"""Accuracy of the two-date rule against the simulator's ground truth (core, no QGIS)."""
import numpy as np
import pytest
from mining_loss_monitor.algorithms.core.area import row_areas_ha
from mining_loss_monitor.algorithms.core.detection import masks
from mining_loss_monitor.algorithms.core.detection.sensors import sensor_for
from mining_loss_monitor.algorithms.core.detection.twodates import detect_two_dates
from osgeo import gdal

from tests.conftest import f1, read

ROLES = ("blue", "green", "red", "nir", "swir1", "swir2")


def _reflectance(path):
    return {role: band.astype(np.float32) / 10000 for role, band in zip(ROLES, read(path))}


def _clear(paths, bare_ground=False):
    """Clear in both SCL masks; with bare_ground, as the detection reads them (cloud classes on bright bare ground
    are not trusted, masks.cloud_mask_ground)."""
    pairs = (("stack_0", "scl_0"), ("stack_1", "scl_1")) if "scl_0" in paths else (
        ("before", "scl_before"), ("after", "scl_after"))
    masked = [masks.masked_pixels(read(paths[scl]), masks.SCL, _reflectance(paths[stack]) if bare_ground else None)
              for stack, scl in pairs]
    return ~(masked[0] | masked[1])


def _truth_ha(truth, clear, reference):
    dataset = gdal.Open(reference)
    areas, _ = row_areas_ha(dataset.GetProjection(), dataset.GetGeoTransform(), dataset.RasterYSize)
    return {value: float(np.count_nonzero((truth == value) & clear, axis=1) @ areas) for value in (1, 2)}


def _scores(classes, truth, clear):
    return {
        "mining": f1((classes == 1) & clear, (truth == 1) & clear),
        "other": f1((classes == 2) & clear, (truth == 2) & clear),
        "any": f1(np.isin(classes, (1, 2)) & clear, (truth > 0) & clear),
    }


def test_sample_pair_with_scl(sample_paths, tmp_path):
    out = tmp_path / "classes.tif"
    result = detect_two_dates(sample_paths["before"], sample_paths["after"], str(out), sensor_for(0),
                              sample_paths["scl_before"], sample_paths["scl_after"], masks.SCL, 0.1, buffer_m=0)
    classes, truth, clear = read(out), read(sample_paths["truth"]), _clear(sample_paths, bare_ground=True)
    kept = clear & ~_clear(sample_paths)  # SCL 8/9 on bright bare ground
    assert 1000 < np.count_nonzero(kept) < 0.01 * kept.size
    assert np.count_nonzero(np.isin(classes[kept], (1, 2)) & (truth[kept] == 0)) == 0  # no false loss there
    scores = _scores(classes, truth, clear)
    assert scores["mining"] >= 0.95 and scores["any"] >= 0.95 and scores["other"] >= 0.90, scores
    assert np.all(classes[~clear] == 255) and np.all(classes[clear] != 255)
    truth_ha = _truth_ha(truth, clear, sample_paths["before"])
    assert result.mining_ha == pytest.approx(truth_ha[1], rel=0.05)
    assert result.other_loss_ha == pytest.approx(truth_ha[2], rel=0.10)
    assert result.masked_fraction == pytest.approx(np.count_nonzero(~clear) / clear.size)
    assert result.area_method == "planar"
    dataset = gdal.Open(str(out))
    band = dataset.GetRasterBand(1)
    assert band.DataType == gdal.GDT_Byte and band.GetNoDataValue() == 255
    assert band.GetBlockSize() == [256, 256]
    assert dataset.GetMetadata("IMAGE_STRUCTURE").get("COMPRESSION") == "DEFLATE"
    assert band.GetRasterColorTable().GetColorEntry(1)[:3] == (215, 25, 28)


@pytest.mark.parametrize("seed, crs, jitter", [(7, "EPSG:4326", 0.0), (31, "EPSG:32719", 0.0),
                                               (53, "EPSG:4326", 0.0), (105, "EPSG:4326", 0.15),
                                               (112, "EPSG:32719", 0.2)])
def test_held_out_like_scenes(scene_factory, tmp_path, seed, crs, jitter):
    """Other seeds, both CRS, and materials whose spectra differ by up to 20 % band by band."""
    paths = scene_factory(seed, 384, crs, jitter)
    out = tmp_path / "classes.tif"
    result = detect_two_dates(paths["stack_0"], paths["stack_1"], str(out), sensor_for(0), paths["scl_0"],
                              paths["scl_1"], masks.SCL, 0.1)
    classes, truth, scl_clear = read(out), read(paths["truth"]), _clear(paths, bare_ground=True)
    assert np.all(classes[~scl_clear] == 255)
    clear = scl_clear & (classes != 255)  # the cloud-edge buffer masks a little more than SCL
    assert np.count_nonzero(clear) > 0.8 * np.count_nonzero(scl_clear)
    scores = _scores(classes, truth, clear)
    assert scores["mining"] >= 0.93 and scores["any"] >= 0.94, scores
    assert result.mining_ha == pytest.approx(_truth_ha(truth, clear, paths["stack_0"])[1], rel=0.07)
    assert result.area_method == ("ellipsoidal" if crs == "EPSG:4326" else "planar")


def test_without_masks_the_spectral_screen_keeps_clouds_out(sample_paths, tmp_path):
    out = tmp_path / "classes.tif"
    detect_two_dates(sample_paths["before"], sample_paths["after"], str(out), sensor_for(0), min_area_ha=0.1)
    classes, truth, clear = read(out), read(sample_paths["truth"]), _clear(sample_paths)
    cloud_core = ~clear & (read(sample_paths["scl_after"]) == 9)
    assert np.count_nonzero(np.isin(classes[cloud_core], (1, 2))) < 0.01 * np.count_nonzero(cloud_core)
    usable = clear & (classes != 255)
    scores = _scores(classes, truth, usable)
    assert scores["mining"] >= 0.93 and scores["any"] >= 0.93, scores


def test_after_on_another_grid_is_warped(sample_paths, tmp_path):
    """AFTER in EPSG:4326 at ~20 m with its mask: warped on the fly to BEFORE's 10 m UTM grid."""
    after = tmp_path / "after_4326.tif"
    mask = tmp_path / "scl_4326.tif"
    gdal.Warp(str(after), sample_paths["after"], dstSRS="EPSG:4326", xRes=0.00018, yRes=0.00018,
              resampleAlg="bilinear", srcNodata=0, dstNodata=0)
    gdal.Warp(str(mask), sample_paths["scl_after"], dstSRS="EPSG:4326", xRes=0.00018, yRes=0.00018,
              resampleAlg="near")
    out = tmp_path / "classes.tif"
    detect_two_dates(sample_paths["before"], str(after), str(out), sensor_for(0), sample_paths["scl_before"],
                     str(mask), masks.SCL, 0.1)
    classes, truth = read(out), read(sample_paths["truth"])
    assert classes.shape == truth.shape
    usable = _clear(sample_paths) & (classes != 255)
    scores = _scores(classes, truth, usable)
    assert scores["mining"] >= 0.85 and scores["any"] >= 0.85, scores


def test_result_does_not_depend_on_block_size_or_threads(sample_paths, tmp_path):
    outputs = []
    for rows, cols, threads in ((256, 2048, 2), (37, 100, 1), (64, 512, 2)):
        out = tmp_path / f"classes_{rows}_{cols}.tif"
        detect_two_dates(sample_paths["before"], sample_paths["after"], str(out), sensor_for(0),
                         sample_paths["scl_before"], sample_paths["scl_after"], masks.SCL, 0.1,
                         threads=threads, block_rows=rows, block_cols=cols)
        outputs.append(read(out))
    assert all(np.array_equal(outputs[0], other) for other in outputs[1:])


def test_minimum_area_removes_small_patches(sample_paths, tmp_path):
    small = tmp_path / "small.tif"
    large = tmp_path / "large.tif"
    a = detect_two_dates(sample_paths["before"], sample_paths["after"], str(small), sensor_for(0),
                         sample_paths["scl_before"], sample_paths["scl_after"], masks.SCL, 0.0)
    b = detect_two_dates(sample_paths["before"], sample_paths["after"], str(large), sensor_for(0),
                         sample_paths["scl_before"], sample_paths["scl_after"], masks.SCL, 5.0)
    assert b.mining_ha + b.other_loss_ha < a.mining_ha + a.other_loss_ha
    from scipy import ndimage

    labels, count = ndimage.label(np.isin(read(large), (1, 2)), structure=np.ones((3, 3)))
    sizes = np.bincount(labels.ravel())[1:]
    assert count > 0 and sizes.min() * 0.01 >= 5.0
