"""A space-time cube of loss: hectares per zone (rows) and period (columns) from a loss histogram."""
import numpy as np

from ..errors import CoreError
from ..periods import UNDATED, check_precision, from_int, in_window, periods_between, precision_of


def data_range(histogram):
    """(first day, last day) as ints covered by the dated loss of a histogram, or (None, None)."""
    dated = sorted({key for table in histogram.values() for key, _ in table if key != UNDATED})
    if not dated:
        return None, None
    first = dated[0] // 10000 * 10000 + 101 if dated[0] % 10000 == 0 else dated[0]
    last = dated[-1] // 10000 * 10000 + 1231 if dated[-1] % 10000 == 0 else dated[-1]
    return first, last


def date_cube(histogram, names, period_kind, start=None, end=None):
    """(labels, [(first, last) dates], hectares[len(names), len(periods)]) for dated loss, cut to [start, end]."""
    dates = {key for table in histogram.values() for key, _ in table}
    check_precision(precision_of(dates), period_kind)
    first, last = data_range(histogram)
    if (start or first) is None or (end or last) is None:
        raise CoreError("no_loss")
    whole = periods_between(start or first, end or last, period_kind)
    start, end = start or whole[0].start, end or whole[-1].end  # whole periods unless dates are given
    periods = periods_between(start, end, period_kind)
    slot_of = {}
    for day in dates:
        slot_of[day] = next((i for i, p in enumerate(periods)
                             if in_window(day, max(p.start, start), min(p.end, end))), None)
    cube = np.zeros((len(names), len(periods)))
    for row, name in enumerate(names):
        for (day, _kind), hectares in histogram.get(name, {}).items():
            slot = slot_of.get(day)
            if slot is not None:
                cube[row, slot] += hectares
    bounds = [(from_int(max(p.start, start)), from_int(min(p.end, end))) for p in periods]
    return [p.label for p in periods], bounds, cube


def group_cube(histogram, names):
    """(labels, [(None, None)], hectares[len(names), len(labels)]) for loss grouped by a period field."""
    labels = sorted({str(key) for table in histogram.values() for key, _ in table})
    column = {label: i for i, label in enumerate(labels)}
    cube = np.zeros((len(names), len(labels)))
    for row, name in enumerate(names):
        for (key, _kind), hectares in histogram.get(name, {}).items():
            cube[row, column[str(key)]] += hectares
    return labels, [(None, None)] * len(labels), cube

