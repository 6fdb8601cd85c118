"""Dates as YYYYMMDD integers, loss product encodings, and periods (year, quarter, month, range).

A loss date is kept as an int: YYYYMMDD for a day, YYYY0000 for a product dated only to the
year (Hansen lossyear), 0 for undated loss (binary masks, class rasters without dates).
"""
import calendar
import datetime
import re

import numpy as np

from .errors import CoreError

CLASS_RASTER, DATE_RASTER, HANSEN_LOSSYEAR, GFW_ALERTS, BINARY = 0, 1, 2, 3, 4
YEAR, QUARTER, MONTH, WHOLE = 0, 1, 2, 3
GFW_EPOCH = np.datetime64("2014-12-31")
UNDATED = 0
MONTH_DAYS = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 0])


def to_int(day):
    return day.year * 10000 + day.month * 100 + day.day


def from_int(value):
    value = int(value)
    return datetime.date(value // 10000, max(value // 100 % 100, 1), max(value % 100, 1))


_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def parse_date_value(value):
    """A date-like value (date, datetime, 'YYYY-MM-DD', 'YYYY', 2019, 20190219) as int, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return to_int(value.date())
    if isinstance(value, datetime.date):
        return to_int(value)
    if isinstance(value, (int, np.integer)) or (isinstance(value, float) and value.is_integer()):
        number = int(value)
        if 1000 <= number <= 9999:
            return number * 10000
        if 10000101 <= number <= 99991231:
            return number if _valid(number) else None
        return None
    match = _ISO.match(str(value))
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    if month is None:
        return int(year) * 10000
    number = int(year) * 10000 + int(month) * 100 + int(day or 1)
    return number if _valid(number) else None


def _valid(number):
    try:
        from_int(number)
        return number % 100 > 0 and number // 100 % 100 > 0
    except ValueError:
        return False


def decode_raster_dates(values, encoding, date_values=None):
    """Loss dates (int64 YYYYMMDD / YYYY0000 / 0 undated) and a loss mask from a raster block."""
    values = np.asarray(values)
    if encoding == CLASS_RASTER:
        loss = (values == 1) | (values == 2)
        dates = np.zeros(values.shape, dtype=np.int64) if date_values is None else date_values.astype(np.int64)
        if date_values is not None:
            loss &= dates > 0
    elif encoding == DATE_RASTER:
        dates = values.astype(np.int64)
        loss = dates > 0
    elif encoding == HANSEN_LOSSYEAR:
        years = values.astype(np.int64)
        loss = (years >= 1) & (years <= 99)
        dates = (2000 + years) * 10000
    elif encoding == GFW_ALERTS:
        codes = values.astype(np.int64)
        loss = codes >= 10000
        days = np.where(loss, codes % 10000, 0)
        day = GFW_EPOCH + days.astype("timedelta64[D]")
        years = day.astype("datetime64[Y]").astype(np.int64) + 1970
        months = day.astype("datetime64[M]").astype(np.int64) % 12 + 1
        dom = (day - day.astype("datetime64[M]")).astype(np.int64) + 1
        dates = years * 10000 + months * 100 + dom
    else:
        loss = values != 0
        dates = np.zeros(values.shape, dtype=np.int64)
    return np.where(loss, dates, 0), loss


def unexpected_value(values, encoding, nodata=None):
    """The first value of a block that the raster encoding cannot hold (a reflectance as a class...), else None."""
    values = np.asarray(values)
    if encoding == BINARY:
        return None
    whole = values == np.floor(values) if values.dtype.kind == "f" else np.ones(values.shape, dtype=bool)
    codes = np.where(whole, values, 0).astype(np.int64)
    if encoding == CLASS_RASTER:
        fits = np.isin(codes, (0, 1, 2, 255))
    elif encoding == DATE_RASTER:
        year, month, day = codes // 10000, codes // 100 % 100, codes % 100
        leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
        month_days = MONTH_DAYS[np.clip(month, 0, 13)] + ((month == 2) & leap)
        fits = (codes == 0) | ((year >= 1900) & (year <= 2100) & (
            ((month >= 1) & (day >= 1) & (day <= month_days)) | ((month == 0) & (day == 0))))
    elif encoding == HANSEN_LOSSYEAR:
        fits = (codes >= 0) & (codes <= 99)
    else:  # GFW alerts: 0, or confidence (1..9) x 10000 + days since 2014-12-31
        fits = (codes == 0) | ((codes >= 10000) & (codes < 100000))
    bad = ~(whole & fits)
    if nodata is not None and not np.isnan(nodata):
        bad &= values != nodata
    if values.dtype.kind == "f":
        bad &= ~np.isnan(values)
    return values[bad].flat[0].item() if bad.any() else None


def precision_of(dates):
    """'day', 'year' or 'none' for a collection of date ints."""
    values = [d for d in dates if d is not None]
    if not values or all(d == UNDATED for d in values):
        return "none"
    if all(d % 10000 == 0 for d in values if d):
        return "year"
    return "day"


class Period:
    """One reporting period: label, first and last day (ints)."""

    def __init__(self, label, start, end):
        self.label, self.start, self.end = label, start, end

    def __repr__(self):
        return f"Period({self.label}, {self.start}, {self.end})"


def _period_of(day, kind):
    year, month = day // 10000, day // 100 % 100
    if kind == YEAR:
        return Period(str(year), year * 10000 + 101, year * 10000 + 1231)
    if kind == QUARTER:
        quarter = (month - 1) // 3 + 1
        first = (quarter - 1) * 3 + 1
        last = first + 2
        return Period(f"{year}-Q{quarter}", year * 10000 + first * 100 + 1,
                      year * 10000 + last * 100 + calendar.monthrange(year, last)[1])
    return Period(f"{year}-{month:02d}", year * 10000 + month * 100 + 1,
                  year * 10000 + month * 100 + calendar.monthrange(year, month)[1])


def _next_day(day):
    return to_int(from_int(day) + datetime.timedelta(days=1))


def periods_between(start, end, kind):
    """Every period from the one holding start to the one holding end (ints YYYYMMDD)."""
    if kind == WHOLE:
        return [Period(f"{from_int(start).isoformat()}..{from_int(end).isoformat()}", start, end)]
    periods = []
    day = start
    while day <= end:
        period = _period_of(day, kind)
        periods.append(period)
        day = _next_day(period.end)
    return periods


def check_precision(precision, kind):
    """Raise when the loss product cannot be split into the periods asked for."""
    if precision == "year" and kind in (QUARTER, MONTH):
        raise CoreError("year_precision", period=kind)
    if precision == "none" and kind != WHOLE:
        raise CoreError("undated_loss", period=kind)


def in_window(day, start, end):
    """Whether a loss date falls in [start, end]; year-dated loss counts by year."""
    if day == UNDATED:
        return True
    if day % 10000 == 0:
        return start // 10000 <= day // 10000 <= end // 10000
    return start <= day <= end
