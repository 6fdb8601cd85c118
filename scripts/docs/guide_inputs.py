"""The inputs of the guide's reports, shared by the desktop run (desktop_check.py) and its qgis_process twin."""
import os


def summary_inputs(root, demo):
    """The loss inputs: the demo's time series (`make demo`), else the truth of the sample series."""
    if os.path.exists(os.path.join(demo, "series_loss_classes.tif")):
        return {"LOSS": os.path.join(demo, "series_loss_classes.tif"),
                "LOSS_DATE": os.path.join(demo, "series_loss_dates.tif")}
    data = os.path.join(root, "tests", "data")
    return {"LOSS": os.path.join(data, "sample_series_truth_series_class.tif"),
            "LOSS_DATE": os.path.join(data, "sample_series_truth_series_event_date.tif")}


def report_parameters(root, demo):
    """(summary, comparison) parameters of the reports, as `make demo` runs them."""
    sample = os.path.join(root, "resources", "sample")
    districts, operations = os.path.join(sample, "districts.gpkg"), os.path.join(sample, "operations.gpkg")
    loss = dict(summary_inputs(root, demo), ENCODING=0)
    summary = dict(loss, REGIONS=districts, REGION_FIELD="NOMBDIST", PERIOD=1, START_DATE="2018-01-01",
                   END_DATE="2019-09-30", OPERATIONS=operations)
    comparison = dict(loss, REGIONS=operations, REGION_FIELD="name", OPERATIONS=operations,
                      OPERATION="Operation Mercurio", WINDOW=0, AFTER_MONTHS=5, LOSS_KIND=1)
    return summary, comparison
