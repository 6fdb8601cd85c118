"""The cloud-edge buffer's fast dilation is exactly scipy's disc dilation (core, no QGIS)."""
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy import ndimage

from algorithms.core import masks


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
