"""Hectares per region and period, and before/after comparisons, from a loss histogram."""
from ..errors import CoreError
from ..periods import UNDATED, WHOLE, Period, check_precision, from_int, in_window, periods_between, precision_of
from .loss_cube import data_range

FIELDS = ("region", "period", "period_start", "period_end", "loss_ha", "mining_ha", "other_ha", "region_ha",
          "loss_pct")
COMPARE_FIELDS = ("region", "before_ha", "after_ha", "change_pct", "before_ha_month", "after_ha_month",
                  "rate_change_pct", "before_start", "before_end", "after_start", "after_end")
DAYS_PER_MONTH = 365.25 / 12


def _sum(table, keep, split):
    """(loss, mining, other) hectares of the entries kept; mining and other are None when not split."""
    loss = mining = other = 0.0
    for (key, kind), hectares in table.items():
        if keep(key):
            loss += hectares
            if kind == "mining":
                mining += hectares
            elif kind == "other":
                other += hectares
    return loss, (mining if split else None), (other if split else None)


def is_split(histogram):
    """Whether the loss product says which loss is mining (our classes, or a kind field)."""
    return any(kind in ("mining", "other") for table in histogram.values() for _, kind in table)


def _rounded(value):
    return None if value is None else round(value, 6)


def _row(region, label, start, end, table, keep, split):
    loss, mining, other = _sum(table, keep, split)
    pct = 100.0 * loss / region.area_ha if region.area_ha > 0 else None
    return {"region": region.name, "period": label, "period_start": start, "period_end": end,
            "loss_ha": _rounded(loss), "mining_ha": _rounded(mining), "other_ha": _rounded(other),
            "region_ha": _rounded(region.area_ha), "loss_pct": _rounded(pct)}


def summarise_dates(histogram, regions, period_kind, start=None, end=None, split=None, coverage=None):
    """Rows for every region x period between start and end (ints YYYYMMDD); empty periods are 0.

    Missing bounds come from the loss dates, else from the coverage (first, last image); undated loss with
    neither gives one whole-range period whose unknown bounds are None (label '..').
    """
    split = is_split(histogram) if split is None else split
    dates = {key for table in histogram.values() for key, _ in table}
    check_precision(precision_of(dates), period_kind)
    first_day, last_day = data_range(histogram)
    if first_day is None and coverage:  # undated loss: the days the images cover
        first_day, last_day = coverage
    start, end = start or first_day, end or last_day
    if start is None or end is None:
        periods = [Period(f"{from_int(start).isoformat() if start else ''}.."
                          f"{from_int(end).isoformat() if end else ''}", start, end)]
    else:
        periods = periods_between(start, end, period_kind)
    rows = []
    for period in periods:
        first, last = max(period.start or 0, start or 0), min(period.end or 99991231, end or 99991231)

        def keep(key, first=first, last=last):
            return in_window(key, first, last)

        for region in regions:
            rows.append(_row(region, period.label, period.start and from_int(period.start),
                             period.end and from_int(period.end), histogram.get(region.name, {}), keep, split))
    return rows


def summarise_groups(histogram, regions, split=None):
    """Rows for every region x group value (GROUP_FIELD); groups missing in a region are 0."""
    split = is_split(histogram) if split is None else split
    groups = sorted({key for table in histogram.values() for key, _ in table}, key=lambda g: (str(type(g)), g))
    rows = []
    for group in groups:
        for region in regions:
            rows.append(_row(region, str(group), None, None, histogram.get(region.name, {}),
                             lambda key, g=group: key == g, split))
    return rows


def months_between(start, end):
    """Length of [start, end] (ints, inclusive) in average months."""
    days = (from_int(end) - from_int(start)).days + 1
    return days / DAYS_PER_MONTH


def _pct(before, after):
    return None if not before else 100.0 * (after - before) / before


ALL_LOSS, MINING_ONLY, OTHER_ONLY = 0, 1, 2


def compare(histogram, regions, before, after, kind=ALL_LOSS, split=None):
    """before/after (start, end) int windows -> rows with hectares, monthly rates and changes."""
    split = is_split(histogram) if split is None else split
    if kind != ALL_LOSS and not split:
        raise CoreError("no_kind")
    dates = {key for table in histogram.values() for key, _ in table}
    precision = precision_of(dates)
    if precision == "none":
        raise CoreError("undated_loss", period=WHOLE)
    if precision == "year" and not _whole_years(before, after):
        raise CoreError("year_precision", period=WHOLE)
    months_before, months_after = months_between(*before), months_between(*after)
    rows = []
    for region in regions:
        table = histogram.get(region.name, {})
        before_ha = _sum(table, lambda key: key != UNDATED and in_window(key, *before), split)[kind]
        after_ha = _sum(table, lambda key: key != UNDATED and in_window(key, *after), split)[kind]
        before_rate, after_rate = before_ha / months_before, after_ha / months_after
        rows.append({"region": region.name, "before_ha": _rounded(before_ha), "after_ha": _rounded(after_ha),
                     "change_pct": _rounded(_pct(before_ha, after_ha)), "before_ha_month": _rounded(before_rate),
                     "after_ha_month": _rounded(after_rate),
                     "rate_change_pct": _rounded(_pct(before_rate, after_rate)),
                     "before_start": from_int(before[0]).isoformat(), "before_end": from_int(before[1]).isoformat(),
                     "after_start": from_int(after[0]).isoformat(), "after_end": from_int(after[1]).isoformat()})
    return rows


def _whole_years(*windows):
    return all(start % 10000 == 101 and end % 10000 == 1231 for start, end in windows)
