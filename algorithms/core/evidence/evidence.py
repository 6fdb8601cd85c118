"""Evidence for one loss patch: input hashes, the rule's values inside it, the chips' common stretch."""
import hashlib
import os

import numpy as np
from osgeo import gdal, ogr

from ..detection import masks, patches, rules
from ..detection.reflectance import nbr, ndvi, read_reflectance
from ..errors import CoreError
from ..rasters import grid

CHUNK = 1 << 20
CLOUD_BLUE = 0.18  # blue reflectance above this (clouds) is left out of the chips' stretch


def archive_path(path):
    """The file on disk behind a GDAL path ('/vsizip//data/x.zip/a.shp' -> '/data/x.zip', 'a.gpkg|layer' -> ...)."""
    path = str(path).split("|")[0]
    for prefix in ("/vsizip/", "/vsitar/", "/vsigzip/"):
        if path.startswith(prefix):
            path = path[len(prefix):]
            for suffix in (".zip", ".tar.gz", ".tgz", ".tar", ".gz"):
                index = path.lower().find(suffix + "/")
                if index >= 0:
                    path = path[:index + len(suffix)]
                    break
    return path


def sha256_of(path):
    """SHA-256 (hex) of a file read in 1 MiB chunks; a folder (.SAFE) hashes its files in name order."""
    path = archive_path(path)
    digest = hashlib.sha256()
    if os.path.isdir(path):
        for folder, folders, files in os.walk(path):
            folders.sort()
            for name in sorted(files):
                full = os.path.join(folder, name)
                digest.update(os.path.relpath(full, path).encode("utf-8"))
                digest.update(bytes.fromhex(sha256_of(full)))
        return digest.hexdigest()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def manifest_sha256(hashes):
    """One SHA-256 over 'hash  name' lines (sorted): the inputs of a dossier as a whole."""
    lines = sorted(f"{value}  {os.path.basename(archive_path(name))}" for name, value in hashes)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _window(dataset, envelope):
    """Pixel window (x, y, cols, rows) of an envelope (minx, maxx, miny, maxy), or None if outside."""
    gt = dataset.GetGeoTransform()
    minx, maxx, miny, maxy = envelope
    col0 = int(np.floor((minx - gt[0]) / gt[1]))
    col1 = int(np.ceil((maxx - gt[0]) / gt[1]))
    row0 = int(np.floor((maxy - gt[3]) / gt[5]))
    row1 = int(np.ceil((miny - gt[3]) / gt[5]))
    if col0 < 0 or row0 < 0 or col1 > dataset.RasterXSize or row1 > dataset.RasterYSize:
        return None
    return col0, row0, max(col1 - col0, 1), max(row1 - row0, 1)


def _patch_mask(dataset, window, geometry):
    gt = dataset.GetGeoTransform()
    x, y, cols, rows = window
    memory = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Byte)
    memory.SetGeoTransform((gt[0] + x * gt[1], gt[1], 0.0, gt[3] + y * gt[5], 0.0, gt[5]))
    memory.SetProjection(dataset.GetProjection())
    source = grid.memory_vector_source("patch")
    layer = source.CreateLayer("patch", srs=grid.srs_of(dataset), geom_type=ogr.wkbMultiPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geometry)
    layer.CreateFeature(feature)
    gdal.RasterizeLayer(memory, [1], layer, burn_values=[1], options=["ALL_TOUCHED=TRUE"])
    return memory.ReadAsArray() == 1


def patch_pixels(path, role, sensor, wkb):
    """Reflectance inside a patch: (dict role -> 1-D array, valid count); CoreError when not covered."""
    dataset = grid.open_raster(path, role)
    if dataset.RasterCount < sensor.band_count_needed:
        raise CoreError("too_few_bands", role=role, found=dataset.RasterCount, needed=sensor.band_count_needed)
    geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
    window = _window(dataset, geometry.GetEnvelope())
    if window is None:
        raise CoreError("patch_not_covered", role=role)
    refl, valid = read_reflectance(dataset, sensor, *window, nodata=dataset.GetRasterBand(1).GetNoDataValue())
    inside = _patch_mask(dataset, window, geometry) & valid
    if not inside.any():
        raise CoreError("patch_not_covered", role=role)
    return {name: values[inside] for name, values in refl.items()}, int(inside.sum())


def patch_surroundings(path, role, sensor, wkb):
    """What surrounds a patch in one image, as the patch rule reads it: (pale ground, water) shares in a square of
    patches.CONTEXT_RADIUS_M around each of the patch's pixels, averaged over the patch (0..1 each)."""
    dataset = grid.open_raster(path, role)
    geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
    srs = grid.srs_of(dataset)
    gt = dataset.GetGeoTransform()
    minx, maxx, miny, maxy = geometry.GetEnvelope()
    radius = masks.buffer_pixels(patches.CONTEXT_RADIUS_M, gt, bool(srs is not None and srs.IsGeographic()),
                                 (miny + maxy) / 2)
    inner = _window(dataset, (minx, maxx, miny, maxy))
    if inner is None:
        raise CoreError("patch_not_covered", role=role)
    x0, y0 = max(inner[0] - radius, 0), max(inner[1] - radius, 0)
    x1 = min(inner[0] + inner[2] + radius, dataset.RasterXSize)
    y1 = min(inner[1] + inner[3] + radius, dataset.RasterYSize)
    window = (x0, y0, x1 - x0, y1 - y0)
    refl, valid = read_reflectance(dataset, sensor, *window, nodata=dataset.GetRasterBand(1).GetNoDataValue())
    inside = _patch_mask(dataset, window, geometry) & valid
    if not inside.any():
        raise CoreError("patch_not_covered", role=role)
    water = rules.is_water(refl) & valid
    pale = rules.is_pale_ground(refl, water) & valid
    codes = np.where(pale, rules.PALE_GROUND, rules.NO_LOSS).astype(np.uint8)
    codes[water] = rules.OLD_WATER
    # the patch itself is loss: its tailings count as pale ground, its water does not count as a river
    codes[inside] = np.where(pale[inside], rules.TAILINGS, rules.BARE_OTHER)
    pale_share, water_share = patches.context_shares(codes, radius)
    return float(pale_share[inside].mean()), float(water_share[inside].mean())


def rule_values(before, after, surroundings=None, area_ha=None):
    """Mean NDVI and NBR before and after, the share of the patch that is new water and tailings-like ground after
    (0..1); with `surroundings` (patch_surroundings of the images before and after): the mining signs the patch
    rule reads around it, and which of its tests they pass; with the patch's `area_ha`: its bare ground (not green
    after) in hectares and whether it is a large front."""
    values = {"ndvi_before": float(np.mean(ndvi(before))), "ndvi_after": float(np.mean(ndvi(after))),
              "nbr_before": None, "nbr_after": None}
    if "swir2" in before:
        values["nbr_before"] = float(np.mean(nbr(before)))
        values["nbr_after"] = float(np.mean(nbr(after)))
    water_before, water_after = rules.is_water(before), rules.is_water(after)
    values["new_water"] = float(max(water_after.mean() - water_before.mean(), 0.0))
    values["tailings"] = float(rules.is_pale_ground(after, water_after).mean())
    if surroundings is not None:
        (_, water_around_before), (pale_around, water_around_after) = surroundings
        values["pale_around"] = pale_around
        values["water_around"] = min(water_around_before, water_around_after)  # water on both dates
        values["front"] = bool(values["tailings"] >= patches.FRONT_TAILINGS_SHARE
                               and pale_around >= patches.FRONT_PALE_AROUND)
        values["river"] = bool(values["water_around"] >= patches.RIVER_WATER_AROUND)
    if area_ha is not None:
        values["bare_ha"] = float(area_ha * np.mean(ndvi(after) < rules.VEGETATED_NDVI))
        values["large_front"] = bool(values["tailings"] >= patches.FRONT_TAILINGS_SHARE
                                     and values["bare_ha"] >= patches.FRONT_LARGE_BARE_HA)
    return values


def chip_envelope(envelope, pixel_size, minimum_pixels=24, margin=1.0):
    """A square around a patch (minx, maxx, miny, maxy): the patch plus `margin` of its size on each side."""
    minx, maxx, miny, maxy = envelope
    side = max(maxx - minx, maxy - miny) * (1 + 2 * margin)
    side = max(side, minimum_pixels * pixel_size)
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    return cx - side / 2, cx + side / 2, cy - side / 2, cy + side / 2


def true_colour_stretch(images, sensor, envelopes, low=2.0, high=98.0, max_side=1024):
    """DN limits (red, green, blue) for one stretch shared by all chips: percentiles over clear valid pixels.

    images: [(path, parameter name)]; envelopes: the chip (minx, maxx, miny, maxy) in each image's CRS.
    """
    samples = {role: [] for role in ("red", "green", "blue")}
    for (path, role_name), envelope in zip(images, envelopes):
        dataset = grid.open_raster(path, role_name)
        window = _clipped_window(dataset, envelope)
        if window is None:
            continue
        bands = [sensor.bands[sensor.roles.index(role)] for role in samples]
        x, y, cols, rows = window
        step = max(cols / max_side, rows / max_side, 1.0)  # large extents are sampled: memory stays flat
        dn = dataset.ReadAsArray(x, y, cols, rows, buf_xsize=max(int(cols / step), 1),
                                 buf_ysize=max(int(rows / step), 1), band_list=bands).astype(np.float64)
        valid = ~np.all(dn == 0, axis=0)
        clear = valid & (dn[2] * sensor.scale + sensor.offset < CLOUD_BLUE)
        if clear.sum() >= 0.2 * max(valid.sum(), 1):
            valid = clear
        for index, role in enumerate(samples):
            samples[role].append(dn[index][valid])
    limits = []
    for role in ("red", "green", "blue"):
        values = np.concatenate(samples[role]) if samples[role] else np.array([0.0, 1.0])
        if values.size == 0:
            values = np.array([0.0, 1.0])
        lo, hi = np.percentile(values, [low, high])
        limits.append((float(lo), float(hi if hi > lo else lo + 1)))
    return limits


def _clipped_window(dataset, envelope):
    gt = dataset.GetGeoTransform()
    minx, maxx, miny, maxy = envelope
    col0 = max(int(np.floor((minx - gt[0]) / gt[1])), 0)
    col1 = min(int(np.ceil((maxx - gt[0]) / gt[1])), dataset.RasterXSize)
    row0 = max(int(np.floor((maxy - gt[3]) / gt[5])), 0)
    row1 = min(int(np.ceil((miny - gt[3]) / gt[5])), dataset.RasterYSize)
    if col1 <= col0 or row1 <= row0:
        return None
    return col0, row0, col1 - col0, row1 - row0
