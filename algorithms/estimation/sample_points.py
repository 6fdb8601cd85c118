"""Read a labelled sample (any point layer) into the estimator's inputs; shared by the estimate and the
summaries that show it."""
from dataclasses import dataclass

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

from ..core.errors import Cancelled, CoreError
from ..core.estimation.sampling import StratifiedMap, stratum_name
from ..core.estimation.stratified import estimate
from ..parameters.loss_inputs import plain_value
from ..reports.report_locale import report_formatter

MAP_CLASS_FIELD = "map_class"
STRATUM_AREA_FIELD = "stratum_area_ha"


@dataclass
class SampleEstimate:
    """The estimate, the map's own hectares per class, and where the strata came from."""

    result: object
    map_area_ha: dict
    strata_are_classes: bool
    points: int
    sample: object = None


def code_of(value):
    """A class code from a field value: int when it reads as a whole number, None when empty."""
    value = plain_value(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value).strip()
    return int(number) if number == int(number) else number


@dataclass
class Sample:
    """The labelled points as the estimators take them, with their places (in the points' CRS)."""

    xy: list
    crs: object
    strata: list
    mapped: list
    references: list
    areas: dict
    map_areas: dict
    classes: list
    use_strata: bool


def read_sample(source, map_path=None, reference_field="reference", stratum_field="stratum",
                is_cancelled=lambda: False):
    """The points of a source (QgsFeatureSource or layer): strata and their areas, map and reference classes."""
    names = source.fields().names()
    if reference_field not in names:
        raise CoreError("no_reference_field", field=reference_field)
    use_strata = bool(stratum_field) and stratum_field in names
    if use_strata and STRATUM_AREA_FIELD not in names:
        raise CoreError("no_stratum_areas")
    if MAP_CLASS_FIELD not in names and not map_path:
        raise CoreError("no_map_class")
    stratified = StratifiedMap(map_path) if map_path else None
    to_map = _transform(source, stratified)
    sample = Sample([], source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs(), [], [], [], {}, None,
                    None, use_strata)
    for feature in source.getFeatures():
        if is_cancelled():
            raise Cancelled()
        map_class = code_of(feature[MAP_CLASS_FIELD]) if MAP_CLASS_FIELD in names else None
        if stratified is not None:
            under = _class_under(feature, stratified, to_map)
            map_class = under if MAP_CLASS_FIELD not in names or under is None else map_class
        sample.xy.append(_xy(feature))
        sample.mapped.append(map_class)
        sample.references.append(code_of(feature[reference_field]))
        if use_strata:
            sample.strata.append(_stratum(feature, stratum_field, sample.areas))
        else:
            sample.strata.append(None if map_class is None else stratum_name(map_class))
    if not sample.mapped:
        raise CoreError("no_points")
    sample.map_areas = stratified.measure().map_areas_ha if stratified is not None else None
    if not use_strata:
        if sample.map_areas is None:
            raise CoreError("no_map_class")
        sample.areas = {stratum_name(c): a for c, a in sample.map_areas.items()}
    sample.classes = sorted(sample.map_areas) if sample.map_areas else sorted(
        {c for c in sample.mapped if c is not None}, key=str)
    return sample


def _stratum(feature, stratum_field, areas):
    stratum = str(feature[stratum_field])
    area = plain_value(feature[STRATUM_AREA_FIELD])
    if stratum in areas and area is not None and abs(areas[stratum] - float(area)) > 1e-6:
        raise CoreError("mixed_stratum_areas", stratum=stratum, areas=f"{areas[stratum]:.2f}, {float(area):.2f}")
    if area is not None:
        areas[stratum] = float(area)
    return stratum


def _xy(feature):
    geometry = feature.geometry()
    if geometry is None or geometry.isEmpty():
        return None
    point = geometry.asPoint() if not geometry.isMultipart() else geometry.asMultiPoint()[0]
    return point.x(), point.y()


def estimate_sample(source, map_path=None, reference_field="reference", stratum_field="stratum",
                    progress=None, is_cancelled=lambda: False):
    """Stratified estimate from a point source (QgsFeatureSource or layer) and, optionally, the map raster."""
    sample = read_sample(source, map_path, reference_field, stratum_field, is_cancelled)
    check_every_stratum_sampled(sample)
    result = estimate(sample.strata, sample.mapped, sample.references, sample.areas, sample.classes)
    map_areas = sample.map_areas or dict(zip(result.classes, result.map_area_ha))
    strata_are_classes = all(s == stratum_name(m) for s, m in zip(sample.strata, sample.mapped))
    return SampleEstimate(result, {c: map_areas.get(c, 0.0) for c in result.classes}, strata_are_classes,
                          len(sample.mapped), sample)


def check_every_stratum_sampled(sample):
    """Refuse a sample that lost a whole stratum of the map (its points deleted): the stratum's hectares would
    silently leave the estimate. Known when the map is given and the strata cover it all (no area of interest)."""
    if not sample.use_strata or not sample.map_areas:
        return
    missing = {c: a for c, a in sample.map_areas.items() if a > 0 and stratum_name(c) not in sample.areas}
    whole_map = sum(sample.map_areas.values())
    if missing and abs(sum(sample.areas.values()) + sum(missing.values()) - whole_map) <= 1e-3 * whole_map:
        number = report_formatter().number
        strata = sorted(missing.items(), key=lambda item: str(item[0]))
        raise CoreError("stratum_without_points", strata=", ".join(f"{stratum_name(c)} ({number(a, 2)} ha)"
                                                                    for c, a in strata))


def points_in(sample, crs):
    """The sample's points in another CRS (x, y), for regions measured there."""
    transform = None
    if sample.crs.isValid() and crs.isValid() and sample.crs != crs:
        transform = QgsCoordinateTransform(sample.crs, crs, QgsProject.instance())
    points = []
    for xy in sample.xy:
        if xy is None or transform is None:
            points.append(xy or (float("nan"), float("nan")))
        else:
            point = transform.transform(QgsPointXY(*xy))
            points.append((point.x(), point.y()))
    return points


def _transform(source, stratified):
    if stratified is None:
        return None
    target = QgsCoordinateReferenceSystem.fromWkt(stratified.srs_wkt)
    crs = source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()
    if not crs.isValid() or not target.isValid() or crs == target:
        return None
    return QgsCoordinateTransform(crs, target, QgsProject.instance())


def _class_under(feature, stratified, transform):
    geometry = feature.geometry()
    if geometry is None or geometry.isEmpty():
        return None
    point = geometry.asPoint() if not geometry.isMultipart() else geometry.asMultiPoint()[0]
    if transform is not None:
        point = transform.transform(point)
    return stratified.class_at(point.x(), point.y())
