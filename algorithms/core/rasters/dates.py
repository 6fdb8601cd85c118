"""Acquisition dates of images: from the file name, GDAL metadata, or given by the user."""
import os
import re

from osgeo import gdal

from ..errors import CoreError
from ..periods import parse_date_value

_NAME = re.compile(r"(?<!\d)((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)")


def date_from_name(path):
    """YYYYMMDD int from 'YYYYMMDD' or 'YYYY-MM-DD' in the file name, or None."""
    for match in _NAME.finditer(os.path.basename(str(path))):
        value = int("".join(match.groups()))
        if parse_date_value(value):
            return value
    return None


def date_from_metadata(path):
    """YYYYMMDD from ACQUISITION_DATE or TIFFTAG_DATETIME ('YYYY:MM:DD HH:MM:SS'), or None."""
    try:
        dataset = gdal.Open(str(path))
    except RuntimeError:
        dataset = None
    if dataset is None:
        return None
    metadata = dataset.GetMetadata() or {}
    for key in ("ACQUISITION_DATE", "TIFFTAG_DATETIME", "DATE_ACQUIRED", "SENSING_TIME"):
        value = metadata.get(key)
        if value:
            parsed = parse_date_value(value.replace(":", "-", 2) if key == "TIFFTAG_DATETIME" else value)
            if parsed and parsed % 10000:
                return parsed
    return None


def parse_date_list(text):
    """'2018-03-15, 2018-06-10' -> [20180315, 20180610]; raise on an unreadable entry."""
    values = []
    for part in re.split(r"[,;\s]+", str(text or "").strip()):
        if not part:
            continue
        value = parse_date_value(part)
        if value is None or value % 10000 == 0:
            raise CoreError("bad_date_list", value=part)
        values.append(value)
    return values


def image_dates(paths, explicit=None):
    """One date per image: the explicit list when given, else name, else metadata."""
    if explicit:
        if len(explicit) != len(paths):
            raise CoreError("dates_count", dates=len(explicit), images=len(paths))
        return list(explicit)
    dates = []
    for path in paths:
        value = date_from_name(path) or date_from_metadata(path)
        if value is None:
            raise CoreError("no_date", path=os.path.basename(str(path)))
        dates.append(value)
    return dates
