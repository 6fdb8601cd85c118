"""The last steps of a batch job: a VRT mosaic of the finished tiles and the region summary over it.

The summary is the plugin's own (core.zonal + core.summary, as `miningloss:regionsummary`), run
over the mosaic; it imports no dask or QGIS, so it runs on a Dask worker like the tiles.
"""
import csv
import datetime
import os
import uuid

from osgeo import gdal

from algorithms.core.errors import CoreError
from algorithms.core.periods import CLASS_RASTER, MONTH, QUARTER, WHOLE, YEAR
from algorithms.core.rasters import grid
from algorithms.core.regions.regions import regions_from_file
from algorithms.core.regions.summary import FIELDS, summarise_dates
from algorithms.core.regions.zonal import raster_loss_histogram
from algorithms.core.styles import write_style
from scripts.batch.batch_jobs import OUTPUTS, TIME_SERIES

PERIODS = {"year": YEAR, "quarter": QUARTER, "month": MONTH, "whole": WHOLE}
NODATA = {"loss_classes.tif": 255, "loss_dates.tif": 0, "loss_confidence.tif": 0}
STYLE_OF = {"loss_classes.tif": "loss_classes.qml", "loss_dates.tif": "loss_dates.qml",
            "loss_confidence.tif": "loss_confidence.qml"}


def mosaic_name(kind, output):
    return f"{kind}_{os.path.splitext(output)[0]}.vrt"


def _on_reference_crs(path, reference, nodata):
    """The tile itself, or a warped VRT beside it when it is in another CRS (UTM zones differ)."""
    dataset = gdal.Open(path)
    if grid.srs_of(dataset) is None or grid.srs_of(dataset).IsSame(grid.srs_of(reference)):
        return path
    gt = reference.GetGeoTransform()
    warped = os.path.splitext(path)[0] + "_mosaic_crs.vrt"
    gdal.Warp(warped, dataset, format="VRT", dstSRS=reference.GetProjection(), xRes=abs(gt[1]), yRes=abs(gt[5]),
              targetAlignedPixels=True, resampleAlg="near", srcNodata=nodata, dstNodata=nodata).FlushCache()
    return warped


def build_mosaics(out_dir, results, styles):
    """{kind: {output file name: VRT path}} over the finished tiles; VRTs and their QML styles in DIR."""
    tiles = {}
    for result in results:
        if result.get("status") in ("done", "done_earlier"):
            tiles.setdefault(result["kind"], []).append(result)
    mosaics = {}
    for kind, done in sorted(tiles.items()):
        mosaics[kind] = {}
        for output in OUTPUTS[kind]:
            paths = [os.path.join(out_dir, result["tile"], output) for result in done]
            reference = gdal.Open(paths[0])
            sources = [_on_reference_crs(path, reference, NODATA[output]) for path in paths]
            reference = None
            target = os.path.join(out_dir, mosaic_name(kind, output))
            temp = os.path.join(out_dir, f".{uuid.uuid4().hex[:8]}.partial.vrt")
            gdal.BuildVRT(temp, sources, resolution="highest", srcNodata=NODATA[output],
                          VRTNodata=NODATA[output]).FlushCache()
            os.replace(temp, target)
            mosaics[kind][output] = target
            first = min(r["first_date"] for r in done if r.get("first_date")) if kind == TIME_SERIES else None
            last = max(r["last_date"] for r in done if r.get("last_date")) if kind == TIME_SERIES else None
            labels = {"loss_classes.tif": {"NO_LOSS": "No forest loss", "MINING": "Mining loss",
                                           "OTHER": "Other forest loss"},
                      "loss_confidence.tif": {"PROBABLE": "Probable loss", "CONFIRMED": "Confirmed loss"},
                      "loss_dates.tif": {"MIN": str(first), "MAX": str(last), "FIRST": _iso(first),
                                         "LAST": _iso(last)}}[output]
            write_style(STYLE_OF[output], target, labels, styles.get(STYLE_OF[output]))
    return mosaics


def _iso(value):
    return f"{value // 10000:04d}-{value // 100 % 100:02d}-{value % 100:02d}" if value else ""


def coverage(results, kind):
    """(first, last) dates (YYYYMMDD ints) of the finished tiles of a kind, None when unknown."""
    done = [r for r in results if r.get("kind") == kind and r.get("status") in ("done", "done_earlier")]
    firsts = [r["first_date"] for r in done if r.get("first_date")]
    lasts = [r["last_date"] for r in done if r.get("last_date")]
    return (min(firsts) if firsts else None), (max(lasts) if lasts else None)


def region_summary(classes_path, dates_path, regions_path, region_field, period, start, end, output_csv,
                   regions_layer=None):
    """Hectares per region and period over the mosaic, written as a CSV (fields as regionsummary's OUTPUT)."""
    dataset = grid.open_raster(classes_path, "LOSS")
    regions = regions_from_file(regions_path, region_field, dataset.GetProjection(), regions_layer)
    dataset = None
    histogram, method = raster_loss_histogram(classes_path, CLASS_RASTER, regions, date_path=dates_path)
    rows = summarise_dates(histogram, regions, period, start, end, split=True)
    with grid.atomic_output(output_csv) as temp:
        with open(temp, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(FIELDS))
            writer.writeheader()
            for row in rows:
                writer.writerow({key: _cell(row[key]) for key in FIELDS})
    return {"path": output_csv, "rows": len(rows), "area_method": method, "regions": len(regions),
            "loss_ha": sum(row["loss_ha"] or 0.0 for row in rows),
            "mining_ha": sum(row["mining_ha"] or 0.0 for row in rows)}


def summary_task(*step):
    """region_summary for a worker: a core error comes back as a code and details (it does not pickle)."""
    try:
        return region_summary(*step)
    except CoreError as error:
        return {"error_code": error.code, "error_details": {k: str(v) for k, v in error.details.items()}}


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def summary_steps(out_dir, mosaics, results, regions_path, region_field, period_name, regions_layer=None):
    """[(label, arguments of region_summary)] for each mosaic: time series by period, two dates whole."""
    steps = []
    for kind, outputs in sorted(mosaics.items()):
        start, end = coverage(results, kind)
        period = PERIODS[period_name] if kind == TIME_SERIES else WHOLE
        dates = outputs.get("loss_dates.tif") if kind == TIME_SERIES else None
        target = os.path.join(out_dir, f"{kind}_region_summary.csv")
        steps.append((kind, (outputs["loss_classes.tif"], dates, regions_path, region_field, period, start, end,
                             target, regions_layer)))
    return steps


