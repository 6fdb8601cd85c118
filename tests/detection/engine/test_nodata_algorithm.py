"""The real La Pampa Landsat 8 stack with R's -3.4e38 NoData through processing.run (issue 17, item 4)."""
import numpy as np
import pytest

from tests.conftest import read
from tests.detection.engine.test_core_nodata import LA_PAMPA, la_pampa_with_clouds_as_nodata


@pytest.mark.skipif(not LA_PAMPA.exists(), reason="la_pampa_2018 (not bundled) lives in ../shared")
def test_detect_two_dates_takes_a_stack_with_r_nodata(provider, tmp_path):
    import processing

    (after,) = la_pampa_with_clouds_as_nodata(tmp_path)
    output = str(tmp_path / "classes.tif")
    result = processing.run("miningloss:detecttwodates", {"BEFORE": str(LA_PAMPA), "AFTER": after, "SENSOR": 0,
                                                          "MIN_AREA_HA": 0.1, "OUTPUT": output})
    classes = read(output)
    assert np.all(classes[read(after)[0] < -1e38] == 255)
    assert result["MINING_HA"] == result["OTHER_LOSS_HA"] == 0.0 and result["MASKED_FRACTION"] > 0.26
