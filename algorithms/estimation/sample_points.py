"""Read a labelled sample (any point layer) into the estimator's inputs; shared by the estimate and the
summaries that show it."""
from dataclasses import dataclass

from qgis.core import NULL, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

from ..core.errors import CoreError
from ..core.estimation.sampling import StratifiedMap, stratum_name
from ..core.estimation.stratified import estimate

MAP_CLASS_FIELD = "map_class"
STRATUM_AREA_FIELD = "stratum_area_ha"


@dataclass
class SampleEstimate:
    """The estimate, the map's own hectares per class, and where the strata came from."""

    result: object
    map_area_ha: dict
    strata_are_classes: bool
    points: int


def code_of(value):
    """A class code from a field value: int when it reads as a whole number, None when empty."""
    if value is None or value == NULL or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value).strip()
    return int(number) if number == int(number) else number


def estimate_sample(source, map_path=None, reference_field="reference", stratum_field="stratum",
                    progress=None, is_cancelled=lambda: False):
    """Stratified estimate from a point source (QgsFeatureSource or layer) and, optionally, the map raster."""
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
    strata, mapped, references, areas = [], [], [], {}
    for feature in source.getFeatures():
        if is_cancelled():
            break
        map_class = code_of(feature[MAP_CLASS_FIELD]) if MAP_CLASS_FIELD in names else None
        if stratified is not None:
            under = _class_under(feature, stratified, to_map)
            map_class = under if MAP_CLASS_FIELD not in names or under is None else map_class
        mapped.append(map_class)
        references.append(code_of(feature[reference_field]))
        if use_strata:
            stratum = str(feature[stratum_field])
            area = feature[STRATUM_AREA_FIELD]
            if stratum in areas and area not in (None, NULL) and abs(areas[stratum] - float(area)) > 1e-6:
                raise CoreError("mixed_stratum_areas", stratum=stratum,
                                areas=f"{areas[stratum]:.2f}, {float(area):.2f}")
            if area not in (None, NULL):
                areas[stratum] = float(area)
            strata.append(stratum)
        else:
            strata.append(None if map_class is None else stratum_name(map_class))
    if not mapped:
        raise CoreError("no_points")
    map_areas = stratified.measure().map_areas_ha if stratified is not None else None
    if not use_strata:
        if map_areas is None:
            raise CoreError("no_map_class")
        areas = {stratum_name(c): a for c, a in map_areas.items()}
    classes = sorted(map_areas) if map_areas else None
    if classes is None:
        classes = sorted({c for c in mapped if c is not None}, key=str)
    result = estimate(strata, mapped, references, areas, classes)
    if map_areas is None:
        map_areas = dict(zip(result.classes, result.map_area_ha))
    strata_are_classes = all(s == stratum_name(m) for s, m in zip(strata, mapped))
    return SampleEstimate(result, {c: map_areas.get(c, 0.0) for c in result.classes}, strata_are_classes,
                          len(mapped))


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
