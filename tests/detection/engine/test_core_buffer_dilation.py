"""The cloud-edge buffer's fast dilation is exactly scipy's disc dilation (core, no QGIS)."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy import ndimage

from algorithms.core.detection import masks


def _scipy_disc(masked, pixels):
    radius = int(pixels)
    yy, xx = np.mgrid[-radius:radius + 1, -radius:radius + 1]
    return ndimage.binary_dilation(masked, structure=(xx * xx + yy * yy) <= pixels * pixels)


@settings(max_examples=300, deadline=None)
@given(arrays(bool, st.tuples(st.integers(1, 40), st.integers(1, 40))), st.integers(1, 9))
def test_grow_is_scipys_disc_dilation(masked, pixels):
    assert np.array_equal(masks.grow(masked, pixels), _scipy_disc(masked, pixels))


def test_grow_on_cloud_shaped_masks_and_edges():
    rng = np.random.default_rng(3)
    field = ndimage.gaussian_filter(rng.standard_normal((260, 1028)), 8)
    for share in (0.001, 0.1, 0.6):
        masked = field > np.quantile(field, 1 - share)
        masked[0, :3] = masked[-1, -1] = True  # clouds on the window's edges
        for pixels in (1, 2, 3, 4, 6, 2.5):
            assert np.array_equal(masks.grow(masked, pixels), _scipy_disc(masked, pixels))
    untouched = np.zeros((5, 5), bool)
    assert masks.grow(untouched, 2) is untouched and masks.grow(untouched | True, 0).all()


@pytest.mark.parametrize("masked", [True, False])
def test_two_dates_buffer_grown_on_the_codes_is_the_per_image_buffer(tmp_path, masked):
    """The buffer grown once over the code raster masks exactly what each date's buffered mask, read over the
    whole raster at once, masks (the dilation of a union is the union of dilations); any window size."""
    from algorithms.core.detection.inputs import resolve
    from algorithms.core.detection.sensors import sensor_for
    from algorithms.core.detection.twodates import _Inputs, detect_two_dates
    from scripts.demo.simulate_s2 import make_pair
    from tests.conftest import read

    paths = make_pair(str(tmp_path / "scene"), seed=7, size=200, edges=True)
    masks_given = (paths["scl_0"], paths["scl_1"]) if masked else (None, None)
    outputs = []
    for rows, cols in ((256, 1024), (40, 72)):
        outputs.append(str(tmp_path / f"classes_{rows}.tif"))
        detect_two_dates(paths["stack_0"], paths["stack_1"], outputs[-1], sensor_for(0), *masks_given, masks.SCL,
                         0.1, buffer_m=40.0, block_rows=rows, block_cols=cols)
    classes = read(outputs[0])
    assert np.array_equal(classes, read(outputs[1]))
    images = [resolve(paths[f"stack_{i}"], masks_given[i], sensor_for(0), masks.SCL, "BEFORE", str(tmp_path))
              for i in (0, 1)]
    _, _, usable = _Inputs(*images, buffer=4).read_pair((0, 0, 200, 200))
    assert np.array_equal(classes == 255, ~usable) and 0.05 < np.mean(~usable) < 0.9
