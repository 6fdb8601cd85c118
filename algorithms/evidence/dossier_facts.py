"""What the dossier states about each loss patch: where, how big, when, its legal status and the rule's values."""
import datetime

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
)

from ..core.errors import CoreError
from ..core.evidence import coordinates
from ..core.evidence.evidence import patch_pixels, patch_surroundings, rule_values
from ..core.regions.vectorzonal import vector_loss_histogram
from ..parameters.loss_inputs import plain_value
from ..parameters.messages import core_error_message

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
REGION_FIELDS = {"department": ("NOMBDEP", "DEPARTAMEN", "DEPARTAMENTO", "NOMBDPTO", "DEPARTMENT"),
                 "province": ("NOMBPROV", "PROVINCIA", "PROVINCE"),
                 "district": ("NOMBDIST", "DISTRITO", "DISTRICT")}


def patch_id(feature, id_index):
    """The patch's number: its `patch_id` attribute when it has one, else its feature id."""
    value = plain_value(feature.attribute(id_index)) if id_index >= 0 else None
    return int(value) if isinstance(value, (int, float)) else int(feature.id())


def describe_patches(features, crs, context):
    """Coordinates (centroid), ellipsoidal area, date, confidence and kind of each patch, in id order."""
    to_wgs84 = QgsCoordinateTransform(crs, WGS84, context.transformContext())
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, context.transformContext())
    measure.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:7030")
    patches = []
    for feature in features:
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        centre = geometry.centroid().asPoint()
        lonlat = to_wgs84.transform(centre)
        lat, lon = lonlat.y(), lonlat.x()
        names = feature.fields().names()
        first_seen = plain_value(feature["loss_date"]) if "loss_date" in names else None
        if isinstance(first_seen, datetime.datetime):
            first_seen = first_seen.date()
        confidence = plain_value(feature["confidence"]) if "confidence" in names else None
        patches.append({
            "patch_id": patch_id(feature, feature.fields().indexOf("patch_id")), "geometry": geometry, "crs": crs,
            "lat": lat, "lon": lon, "dd": coordinates.decimal_degrees(lat, lon),
            "dms": coordinates.degrees_minutes_seconds(lat, lon), "utm": coordinates.utm_text(lat, lon),
            "area_ha": measure.measureArea(geometry) / 10000.0,
            "first_seen": first_seen if isinstance(first_seen, datetime.date) else None,
            "confidence": int(confidence) if isinstance(confidence, (int, float)) else None,
            "kind": plain_value(feature["kind"]) if "kind" in names else None,
            "status": [], "places": {}})
    patches.sort(key=lambda patch: patch["patch_id"])
    return patches


def add_legal_status(patches, categories, crs):
    """[(category, zone, hectares inside)] per patch; categories as legal_inputs.zone_categories gives them."""
    features = [(bytes(patch["geometry"].asWkb()), index, None, None) for index, patch in enumerate(patches)]
    for category, regions in categories:
        histogram = vector_loss_histogram(features, regions, crs.toWkt())
        for region in regions:
            for (index, _kind), hectares in histogram.get(region.name, {}).items():
                if hectares > 1e-6:
                    patches[index]["status"].append((category, region.name, hectares))


def region_fields(fields, region_field):
    """{'department'|'province'|'district'|'region': field name} found in a regions layer."""
    found = {}
    upper = {name.upper(): name for name in fields.names()}
    for role, candidates in REGION_FIELDS.items():
        for candidate in candidates:
            if candidate in upper:
                found[role] = upper[candidate]
                break
    if region_field:
        found["region"] = region_field
    return found


def add_places(patches, source, region_field, crs, context):
    """Department, province and district (or the region field) of the region holding each patch's centre."""
    roles = region_fields(source.fields(), region_field)
    transform = QgsCoordinateTransform(crs, source.sourceCrs(), context.transformContext())
    for patch in patches:
        point = transform.transform(patch["geometry"].centroid().asPoint())
        request = QgsFeatureRequest().setFilterRect(QgsRectangle(point.x(), point.y(), point.x(), point.y()))
        for feature in source.getFeatures(request):
            if feature.geometry().contains(QgsGeometry.fromPointXY(point)):
                patch["places"] = {role: str(plain_value(feature[name]) or "") for role, name in roles.items()}
                break


def add_rule_values(patches, images, sensor, context, patch_label):
    """The rule's values inside each patch; a clear error when an image does not cover one.

    images: [(path, layer CRS, dialog label)] for before and after; patch_label: message for 'not covered'.
    """
    for patch in patches:
        pixels, surroundings = [], []
        for path, image_crs, label in images:
            geometry = QgsGeometry(patch["geometry"])
            geometry.transform(QgsCoordinateTransform(patch["crs"], image_crs, context.transformContext()))
            try:
                pixels.append(patch_pixels(path, label, sensor, bytes(geometry.asWkb()))[0])
                surroundings.append(patch_surroundings(path, label, sensor, bytes(geometry.asWkb())))
            except CoreError as error:
                message = patch_label(label, patch["patch_id"]) if error.code == "patch_not_covered" else \
                    core_error_message(error)
            else:
                continue
            raise QgsProcessingException(message)
        patch["rule"] = rule_values(*pixels, surroundings=surroundings, area_ha=patch["area_ha"])


def status_text(patch, outside_word):
    """'category: zone (ha); ...' or the word for outside every zone."""
    if not patch["status"]:
        return outside_word
    return "; ".join(f"{category}: {zone} ({hectares:.2f} ha)" for category, zone, hectares in patch["status"])


BEFORE_IMAGE, AFTER_IMAGE = "before_image", "after_image"


def add_date_checks(patches, before_date, after_date):
    """patch['date_check']: 'before_image' when first seen before the before image's date, 'after_image' when
    after the after image's, else '': the two images then cannot show that loss appearing."""
    for patch in patches:
        day = patch["first_seen"]
        patch["date_check"] = ""
        if day is not None and before_date is not None and day < before_date:
            patch["date_check"] = BEFORE_IMAGE
        elif day is not None and after_date is not None and day > after_date:
            patch["date_check"] = AFTER_IMAGE
    return sum(p["date_check"] == BEFORE_IMAGE for p in patches), sum(p["date_check"] == AFTER_IMAGE for p in patches)
