"""Loss per region and date from a raster loss product, streamed in strips.

Pixels count when their centre is inside a region (GDAL's rasteriser without ALL_TOUCHED).
Regions that do not overlap share one pass; overlapping regions get passes of their own, so
each is counted in full. Result: {region name: {(date, kind): hectares}}.
"""
import numpy as np
from osgeo import gdal, ogr

from ..area import row_areas_ha
from ..errors import Cancelled, CoreError, never_cancelled, no_progress, releases_on_failure
from ..periods import CLASS_RASTER, DATE_RASTER, decode_raster_dates, unexpected_value
from ..rasters import grid
from .regions import non_overlapping_groups

UNKNOWN, MINING, OTHER = 0, 1, 2
KIND_NAMES = {UNKNOWN: "unknown", MINING: "mining", OTHER: "other"}


def _group_layer(regions, indices, srs):
    source = grid.memory_vector_source("regions")
    layer = source.CreateLayer("regions", srs=srs, geom_type=ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
    for number, index in enumerate(indices, start=1):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(regions[index].geometry)
        feature.SetField("id", number)
        layer.CreateFeature(feature)
    return source, layer


def _pixel_window(dataset, geometries):
    gt = dataset.GetGeoTransform()
    xs, ys = [], []
    for geometry in geometries:
        minx, maxx, miny, maxy = geometry.GetEnvelope()
        xs += [minx, maxx]
        ys += [miny, maxy]
    col0 = int(np.floor((min(xs) - gt[0]) / gt[1]))
    col1 = int(np.ceil((max(xs) - gt[0]) / gt[1]))
    row0 = int(np.floor((max(ys) - gt[3]) / gt[5]))
    row1 = int(np.ceil((min(ys) - gt[3]) / gt[5]))
    col0, row0 = max(col0, 0), max(row0, 0)
    col1, row1 = min(col1, dataset.RasterXSize), min(row1, dataset.RasterYSize)
    return col0, row0, col1 - col0, row1 - row0


@releases_on_failure
def raster_loss_histogram(loss_path, encoding, regions, date_path=None, progress=no_progress,
                          is_cancelled=never_cancelled, strip_rows=512, groups=None):
    """Hectares of loss per region, loss date and kind (mining/other/unknown).

    groups: lists of region indices known not to overlap (a grid's cells), to skip the overlap search.
    """
    dataset = grid.open_raster(loss_path, "LOSS")
    dates_ds = grid.open_raster(date_path, "LOSS_DATE") if date_path else None
    for checked, role in ((dataset, "LOSS"), (dates_ds, "LOSS_DATE")):
        if checked is not None and checked.RasterCount != 1:
            raise CoreError("wrong_encoding", role=role, encoding=encoding if role == "LOSS" else DATE_RASTER,
                            reason="bands", found=checked.RasterCount)
    srs = grid.srs_of(dataset)
    gt = dataset.GetGeoTransform()
    areas, method = row_areas_ha(dataset.GetProjection(), gt, dataset.RasterYSize)
    result = {region.name: {} for region in regions}
    groups = non_overlapping_groups(regions) if groups is None else groups
    plan = []
    for group in groups:
        col0, row0, cols, rows = _pixel_window(dataset, [regions[i].geometry for i in group])
        if cols > 0 and rows > 0:
            plan.append((group, col0, row0, cols, rows))
    total_rows = max(sum(p[4] for p in plan), 1)
    done_rows = 0
    band = dataset.GetRasterBand(1)
    memory = gdal.GetDriverByName("MEM")
    with grid.gdal_cache_limit():
        for group, col0, row0, cols, rows in plan:
            _source, layer = _group_layer(regions, group, srs)
            for y in range(row0, row0 + rows, strip_rows):
                if is_cancelled():
                    raise Cancelled()
                height = min(strip_rows, row0 + rows - y)
                labels_ds = memory.Create("", cols, height, 1, gdal.GDT_Int32)
                labels_ds.SetGeoTransform((gt[0] + col0 * gt[1], gt[1], 0.0, gt[3] + y * gt[5], 0.0, gt[5]))
                labels_ds.SetProjection(dataset.GetProjection())
                gdal.RasterizeLayer(labels_ds, [1], layer, options=["ATTRIBUTE=id"])
                labels = labels_ds.GetRasterBand(1).ReadAsArray()
                labels_ds = None
                values = band.ReadAsArray(col0, y, cols, height)
                _check_values(values, encoding, band.GetNoDataValue(), "LOSS")
                row_area = np.broadcast_to(areas[y:y + height, None], values.shape)
                if dates_ds is None and values.dtype == np.uint8:
                    _accumulate_bytes(result, regions, group, encoding, labels, values, row_area)
                    done_rows += height
                    progress(done_rows / total_rows)
                    continue
                date_values = None
                if dates_ds is not None:
                    date_band = dates_ds.GetRasterBand(1)
                    date_values = date_band.ReadAsArray(col0, y, cols, height)
                    _check_values(date_values, DATE_RASTER, date_band.GetNoDataValue(), "LOSS_DATE")
                dates, loss = decode_raster_dates(values, encoding, date_values)
                inside = loss & (labels > 0)
                if inside.any():
                    kinds = np.zeros(values.shape, dtype=np.int64)
                    if encoding == CLASS_RASTER:
                        kinds = np.where(values == 1, MINING, OTHER)
                    _accumulate(result, regions, group, labels[inside], dates[inside], kinds[inside],
                                row_area[inside])
                done_rows += height
                progress(done_rows / total_rows)
            _source = layer = None
    return result, method


def _check_values(values, encoding, nodata, role):
    """Refuse a raster whose values its encoding cannot hold, naming the parameter."""
    value = unexpected_value(values, encoding, nodata)
    if value is not None:
        raise CoreError("wrong_encoding", role=role, encoding=encoding, reason="value", value=value)


def _accumulate_bytes(result, regions, group, encoding, labels, values, row_area):
    """Fast path for byte rasters (lossyear, binary, undated classes): one bincount on label x value."""
    inside = labels > 0
    keys = labels[inside].astype(np.int64) * 256 + values[inside]
    sums = np.bincount(keys, weights=row_area[inside], minlength=(len(group) + 1) * 256)
    table = sums.reshape(-1, 256)
    value_dates, value_loss = decode_raster_dates(np.arange(256, dtype=np.uint8), encoding)
    for label in range(1, len(group) + 1):
        for value in np.flatnonzero(table[label] > 0):
            if not value_loss[value]:
                continue
            kind = (MINING if value == 1 else OTHER) if encoding == CLASS_RASTER else UNKNOWN
            slot = (int(value_dates[value]), KIND_NAMES[kind])
            region = result[regions[group[label - 1]].name]
            region[slot] = region.get(slot, 0.0) + float(table[label, value])


def _accumulate(result, regions, group, labels, dates, kinds, weights):
    keys = (labels.astype(np.int64) * 100_000_000 + dates) * 3 + kinds
    unique, inverse = np.unique(keys, return_inverse=True)
    sums = np.bincount(inverse, weights=weights)
    for key, hectares in zip(unique.tolist(), sums.tolist()):
        kind = key % 3
        date = key // 3 % 100_000_000
        label = key // 3 // 100_000_000
        table = result[regions[group[label - 1]].name]
        table[(date, KIND_NAMES[kind])] = table.get((date, KIND_NAMES[kind]), 0.0) + hectares
