"""Enforcement operations: read a CSV, check each row, write the `operations` GeoPackage layer."""
import calendar
import csv
import datetime
import io
import re

from osgeo import ogr, osr

from ..errors import CoreError
from ..periods import WHOLE, from_int, parse_date_value, precision_of, to_int
from ..rasters import grid

FIELDS = ("name", "start_date", "end_date", "agency", "kind", "description", "source")
LAYER = "operations"


def _wgs84():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def read_operations_csv(path, region_geometries=None):
    """(operations, problems): operations are dicts with a WGS84 ogr geometry; problems (line, code, detail)."""
    region_geometries = {str(k).strip().lower(): v for k, v in (region_geometries or {}).items()}
    try:
        with open(path, "rb") as raw:
            content = raw.read()
    except OSError:
        raise CoreError("unreadable_csv", path=str(path)) from None
    with io.StringIO(decode_csv_text(content), newline="") as handle:
        sample = handle.read(4096)
        handle.seek(0)
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.DictReader(handle, dialect=dialect)
        columns = {(c or "").strip().lower(): c for c in reader.fieldnames or []}
        missing = [c for c in ("name", "start_date") if c not in columns]
        if missing or not ({"wkt", "region"} & set(columns)):
            raise CoreError("csv_columns", missing=", ".join(missing or ["wkt | region"]))
        operations, problems = [], []
        values = [{key: (row.get(columns[key]) or "").strip() if key in columns else "" for key in
                   FIELDS + ("wkt", "region")} for row in reader]
        order = day_month_order([v[key] for v in values for key in ("start_date", "end_date")])
        for line, value in enumerate(values, start=2):
            operation, problem = _check_row(value, region_geometries, order)
            if problem:
                problems.append((line,) + problem)
            else:
                operations.append(operation)
    return operations, problems


def decode_csv_text(content):
    """Text of a CSV: UTF-8 (with or without BOM), else Windows-1252 (Excel in Spanish), else Latin-1."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    return content.decode("latin-1")


_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")


def day_month_order(texts):
    """'dmy' or 'mdy' when some dates of a file can only be read one way (19/02/2019), else None."""
    orders = set()
    for text in texts:
        match = _DMY.match(text or "")
        if match:
            first, second = int(match.group(1)), int(match.group(2))
            if first > 12 >= second:
                orders.add("dmy")
            elif second > 12 >= first:
                orders.add("mdy")
    return orders.pop() if len(orders) == 1 else None


def parse_operation_date(text, order=None):
    """(YYYYMMDD int or None, problem code or None) for ISO dates and dd/mm/yyyy when unambiguous."""
    match = _DMY.match(text or "")
    if not match:
        value = parse_date_value(text)
        return (value, None) if value is not None and value % 10000 else (None, "bad_date")
    first, second, year = (int(g) for g in match.groups())
    if first > 12 >= second or (first == second):
        order = "dmy"
    elif second > 12 >= first:
        order = "mdy"
    elif order is None:
        return None, "ambiguous_date"
    day, month = (first, second) if order == "dmy" else (second, first)
    try:
        return to_int(datetime.date(year, month, day)), None
    except ValueError:
        return None, "bad_date"


def _check_row(value, regions, order=None):
    if not value["name"]:
        return None, ("no_name", "")
    start, problem = parse_operation_date(value["start_date"], order)
    if problem:
        return None, (problem, value["start_date"])
    end = None
    if value["end_date"]:
        end, problem = parse_operation_date(value["end_date"], order)
        if problem:
            return None, (problem, value["end_date"])
        if end < start:
            return None, ("end_before_start", value["end_date"])
    geometry = None
    if value["wkt"]:
        geometry = ogr.CreateGeometryFromWkt(value["wkt"])
        if geometry is None or geometry.IsEmpty():
            return None, ("bad_wkt", value["wkt"][:40])
    elif value["region"]:
        for name in value["region"].split("|"):
            found = regions.get(name.strip().lower())
            if found is None:
                return None, ("unknown_region", name.strip())
            found = ogr.CreateGeometryFromWkb(bytes(found))
            geometry = found if geometry is None else geometry.Union(found)
    else:
        return None, ("no_area", "")
    geometry = ogr.ForceToMultiPolygon(geometry if geometry.IsValid() else geometry.MakeValid())
    if geometry.GetGeometryType() not in (ogr.wkbMultiPolygon, ogr.wkbMultiPolygon25D) or geometry.IsEmpty():
        return None, ("bad_wkt", value["wkt"][:40] or value["region"])
    operation = {key: value[key] for key in FIELDS}
    operation.update(start_date=from_int(start), end_date=from_int(end) if end else None, geometry=geometry)
    return operation, None


def write_operations(path, operations):
    """Write the `operations` layer (EPSG:4326, MultiPolygon) of DESIGN.md, atomically."""
    grid.check_writable(path)
    with grid.atomic_output(path) as temp:
        source = ogr.GetDriverByName("GPKG").CreateDataSource(temp)
        layer = source.CreateLayer(LAYER, srs=_wgs84(), geom_type=ogr.wkbMultiPolygon)
        for name in FIELDS:
            kind = ogr.OFTDate if name.endswith("_date") else ogr.OFTString
            layer.CreateField(ogr.FieldDefn(name, kind))
        layer.StartTransaction()
        for operation in operations:
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(operation["geometry"])
            for name in FIELDS:
                value = operation.get(name)
                if isinstance(value, datetime.date):
                    feature.SetField(name, value.year, value.month, value.day, 0, 0, 0, 0)
                elif value:
                    feature.SetField(name, str(value))
            layer.CreateFeature(feature)
        layer.CommitTransaction()
        layer = source = None
    return len(operations)


SAME_WINDOW_A_YEAR_EARLIER, EQUAL_JUST_BEFORE = 0, 1
UNBOUNDED = (10000101, 99991231)  # coverage not known


def operation_windows(histogram, start, months, coverage=None, window_kind=EQUAL_JUST_BEFORE):
    """The before and after windows of an operation: the one definition the dock, compareperiods and displacement use.

    After: from the operation's start, whole months, as many as asked and as the data cover after the start.
    Before: the same number of months just before the start (EQUAL_JUST_BEFORE: also as many as the data cover
    before it, so both windows have the same length), or the same calendar window one year earlier, cut to the
    data's first day (SAME_WINDOW_A_YEAR_EARLIER, MAAP style: the lengths may then differ; compare monthly rates).
    coverage: (first, last) days the data cover (their first and last image); None: not known, windows as asked.
    Returns ((before_start, before_end), (after_start, after_end), months counted after the start), as ints.
    """
    dates = {key for table in histogram.values() for key, _ in table}
    precision = precision_of(dates) if dates else "day"
    if precision == "none":
        raise CoreError("undated_loss", period=WHOLE)
    if precision == "year" and (start % 10000 != 101 or months % 12):
        raise CoreError("year_precision", period=WHOLE)
    first, last = coverage or UNBOUNDED
    start_day, first_day, last_day = from_int(start), from_int(first), from_int(last)
    fit = 0
    for count in range(1, months + 1):
        if _add_months(start_day, count) - datetime.timedelta(days=1) > last_day:
            break
        if window_kind == EQUAL_JUST_BEFORE and _add_months(start_day, -count) < first_day:
            break
        fit = count
    if precision == "year":
        fit = fit // 12 * 12
    if fit and window_kind == EQUAL_JUST_BEFORE:
        after = (start, to_int(_add_months(start_day, fit) - datetime.timedelta(days=1)))
        before = (to_int(_add_months(start_day, -fit)), to_int(start_day - datetime.timedelta(days=1)))
    elif fit:
        before, after = comparison_windows(start, fit, window_kind)
    if not fit or before[1] < first:
        raise CoreError("window_no_data", start=start_day.isoformat(), first=first_day.isoformat(),
                        last=last_day.isoformat())
    return (max(before[0], first), before[1]), after, fit


def comparison_windows(start, months, window_kind):
    """((before_start, before_end), (after_start, after_end)) as ints for an operation start date.

    window_kind 0: the same calendar window one year earlier (MAAP); 1: equal length just before.
    """
    start_day = from_int(start)
    after = (start, to_int(_add_months(start_day, months) - datetime.timedelta(days=1)))
    return before_window(after, window_kind), after


def before_window(after, window_kind):
    """The before window matching an after window (start, end) as ints; kinds as in comparison_windows."""
    start_day, end_day = from_int(after[0]), from_int(after[1])
    if window_kind == 0:
        before = (_add_months(start_day, -12), _add_months(end_day + datetime.timedelta(days=1), -12)
                  - datetime.timedelta(days=1))
    else:
        length = end_day - start_day + datetime.timedelta(days=1)
        before = (start_day - length, start_day - datetime.timedelta(days=1))
    return to_int(before[0]), to_int(before[1])


def _add_months(day, months):
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
