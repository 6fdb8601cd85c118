"""The outputs of a dated series, optical or radar: classes, first loss date and confidence, with hectares."""
import numpy as np
from osgeo import gdal

from ..rasters import grid
from ..rasters.coverage import write_coverage
from . import patches
from .twodates import CLASS_NODATA, DEFAULT_CLASS_NAMES, describe_classes

PROBABLE_CONFIDENCE, CONFIRMED_CONFIDENCE = 2, 3


def write_dated_outputs(reference, scratch, table, strips, date_values, outputs, class_names, area_per_row,
                        progress, is_cancelled):
    """Write the class, date and confidence rasters (`outputs`, in that order) from the scratch codes, dates and
    confidence through the patch decisions of `table`; loss dropped by a patch decision loses its date too.
    Return the hectares {mining, other, confirmed, probable}; `progress` gets 0..1 of this step."""
    width = reference.RasterXSize
    codes_band = scratch["codes"].GetRasterBand(1)
    totals = dict.fromkeys(("mining", "other", "confirmed", "probable"), 0.0)
    with grid.atomic_output(outputs[0]) as class_temp, grid.atomic_output(outputs[1]) as date_temp, \
            grid.atomic_output(outputs[2]) as confidence_temp:
        out_class = grid.create_like(class_temp, reference, gdal.GDT_Byte, CLASS_NODATA)
        describe_classes(out_class.GetRasterBand(1), class_names or DEFAULT_CLASS_NAMES)
        out_date = grid.create_like(date_temp, reference, gdal.GDT_Int32, 0)
        out_confidence = grid.create_like(confidence_temp, reference, gdal.GDT_Byte, 0)
        for dataset in (out_class, out_date, out_confidence):
            write_coverage(dataset, date_values[0], date_values[-1])
        for index, y, rows, _codes, classes in table.class_strips(codes_band, strips, is_cancelled):
            kept = (classes == patches.MINING) | (classes == patches.OTHER)
            loss_dates = np.where(kept, scratch["dates"].GetRasterBand(1).ReadAsArray(0, y, width, rows), 0)
            confidence = np.where(kept, scratch["confidence"].GetRasterBand(1).ReadAsArray(0, y, width, rows), 0)
            out_class.GetRasterBand(1).WriteArray(classes, 0, y)
            out_date.GetRasterBand(1).WriteArray(loss_dates.astype(np.int32), 0, y)
            out_confidence.GetRasterBand(1).WriteArray(confidence.astype(np.uint8), 0, y)
            rows_area = area_per_row[y:y + rows]
            for key, hit in (("mining", classes == patches.MINING), ("other", classes == patches.OTHER),
                             ("confirmed", confidence == CONFIRMED_CONFIDENCE),
                             ("probable", confidence == PROBABLE_CONFIDENCE)):
                totals[key] += float(np.count_nonzero(hit, axis=1) @ rows_area)
            progress((index + 1) / len(strips))
        for dataset in (out_class, out_date, out_confidence):
            dataset.FlushCache()
        out_class = out_date = out_confidence = None
    codes_band = None
    return totals
