"""Products as downloaded: Sentinel-2 L2A (.zip, .SAFE, MTD_MSIL2A.xml) and Landsat 8/9 C2 L2 (.tar, folder, MTL).

A product is read in place (GDAL's /vsizip/ and /vsitar/, JPEG2000 through GDAL): a small VRT stacks
its blue, green, red, NIR, SWIR1 and SWIR2 bands on the finest grid, and its metadata gives the
reflectance scale and offset, the cloud mask (SCL or QA_PIXEL) and the acquisition date.
"""
import os
import re
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from osgeo import gdal

from ..errors import CoreError
from . import masks
from .sensors import Sensor

S2_BANDS = (("B02", "R10m"), ("B03", "R10m"), ("B04", "R10m"), ("B08", "R10m"), ("B11", "R20m"), ("B12", "R20m"))
S2_BAND_IDS = {"B02": "1", "B03": "2", "B04": "3", "B08": "7", "B11": "11", "B12": "12"}
LANDSAT_BANDS = (2, 3, 4, 5, 6, 7)
_S2_NAME = re.compile(r"S2[A-D]_MSIL(1C|2A)_", re.IGNORECASE)
_LANDSAT_NAME = re.compile(r"L[COTEM]0[4-9]_(L1TP|L1GT|L1GS|L2SP|L2SR)_", re.IGNORECASE)
# a Landsat product id, the start of each of its files' names (<id>_SR_B4.TIF, <id>_QA_PIXEL.TIF, <id>_MTL.txt ...)
_LANDSAT_ID = re.compile(_LANDSAT_NAME.pattern + r"\d{6}_\d{8}_\d{8}_\d{2}_(T1|T2|RT)", re.IGNORECASE)


@dataclass(frozen=True)
class Product:
    """One product resolved to a band stack, a mask, a reflectance preset and a date."""

    name: str
    kind: str  # "sentinel2" or "landsat"
    stack: str
    mask: str
    mask_type: int
    sensor: Sensor
    date: int


def _vsi(path):
    """The GDAL virtual path that reads inside an archive, or the path itself."""
    lower = path.lower()
    if lower.endswith(".zip"):
        return "/vsizip/" + path
    if lower.endswith((".tar", ".tar.gz", ".tgz")):
        return "/vsitar/" + path
    return path


def is_product(path):
    """True when path looks like a product (archive, product folder or its metadata file), not a raster."""
    path = str(path)
    name = os.path.basename(path.rstrip("/\\"))
    lower = name.lower()
    if lower.endswith((".zip", ".tar", ".tar.gz", ".tgz", ".safe")):
        return True
    if lower.startswith("mtd_msil") and lower.endswith(".xml"):
        return True
    if lower.endswith(("_mtl.txt", "_mtl.xml")):
        return True
    if os.path.isdir(path):
        return _metadata_in(path) is not None
    return False


def owner(path):
    """The product a file of an extracted product stands for (QGIS's 'Add file(s)' and 'Add directory' give
    files): its .SAFE folder, or the Landsat _MTL file beside it; None for any other path."""
    path = os.path.abspath(str(path))
    if os.path.isdir(path):
        return None
    for parent in _parents(path):
        if parent.upper().endswith(".SAFE") and os.path.isdir(parent):
            return parent
    match = _LANDSAT_ID.match(os.path.basename(path))
    if match:
        for extension in ("_MTL.txt", "_MTL.xml"):
            metadata = os.path.join(os.path.dirname(path), match.group(0) + extension)
            if os.path.isfile(metadata):
                return metadata
    return None


def _parents(path):
    parent = os.path.dirname(path)
    while parent and parent != os.path.dirname(parent):
        yield parent
        parent = os.path.dirname(parent)


def _listing(root):
    """Files inside an archive (any depth) or at the top of a folder (None if unreadable)."""
    if os.path.isdir(root):
        return [entry for entry in os.listdir(root) if os.path.isfile(os.path.join(root, entry))]
    try:
        entries = gdal.ReadDirRecursive(_vsi(root))
    except RuntimeError:
        entries = None
    return [e for e in entries if not e.endswith("/")] if entries else None


def _metadata_in(root):
    entries = _listing(root) or []
    for pattern in (r"(^|/)MTD_MSIL(2A|1C)\.xml$", r"_MTL\.txt$", r"_MTL\.xml$"):
        hits = sorted((e for e in entries if re.search(pattern, e, re.IGNORECASE)), key=len)
        if hits:
            return hits[0]
    return None


def _read_text(path):
    handle = gdal.VSIFOpenL(path, "rb")
    if handle is None:
        return None
    try:
        gdal.VSIFSeekL(handle, 0, 2)
        size = gdal.VSIFTellL(handle)
        gdal.VSIFSeekL(handle, 0, 0)
        return gdal.VSIFReadL(1, size, handle).decode("utf-8", errors="replace")
    finally:
        gdal.VSIFCloseL(handle)


def _fail(role, path, reason):
    return CoreError("bad_product", role=role, path=os.path.basename(str(path).rstrip("/\\")), reason=reason)


def open_product(path, workdir, role):
    """Resolve a product path to a Product; raise `bad_product` with a reason the user can act on."""
    path = os.path.abspath(str(path))
    name = os.path.basename(path.rstrip("/\\"))
    if name.lower().endswith((".xml", ".txt")):
        root, metadata = os.path.dirname(path), name
        name = os.path.basename(root) if name.upper().startswith("MTD_") else name
    else:
        root = path
        if not os.path.exists(path):
            raise CoreError("unreadable_raster", role=role, path=path)
        metadata = _metadata_in(path)
        if metadata is None:
            raise _fail(role, path, "unreadable" if _listing(path) is None else "not_a_product")
    base = _vsi(root) if not os.path.isdir(root) else root
    meta_path = base + "/" + metadata
    text = _read_text(meta_path)
    if text is None:
        raise _fail(role, path, "unreadable")
    leaf = os.path.basename(metadata)
    if leaf.upper().startswith("MTD_MSIL1C") or _S2_NAME.search(name) and "MSIL1C" in name.upper():
        raise _fail(role, path, "sentinel2_l1c")
    if leaf.upper().startswith("MTD_MSIL2A"):
        return _sentinel2(text, base, os.path.dirname(metadata), name, workdir, role, path)
    return _landsat(text, base, os.path.dirname(metadata), name, workdir, role, path)


def _xml_text(tree, tag):
    node = tree.find(f".//{tag}")
    return node.text.strip() if node is not None and node.text else None


def _sentinel2(text, base, folder, name, workdir, role, path):
    try:
        tree = ET.fromstring(text)
    except ET.ParseError:
        raise _fail(role, path, "unreadable") from None
    level = _xml_text(tree, "PROCESSING_LEVEL") or ""
    if "1C" in level:
        raise _fail(role, path, "sentinel2_l1c")
    if not any(gdal.GetDriverByName(name) for name in ("JP2OpenJPEG", "JP2KAK", "JP2ECW", "JPEG2000")):
        raise _fail(role, path, "no_jpeg2000")
    files = [node.text.strip() for node in tree.iter("IMAGE_FILE") if node.text]
    prefix = (base + "/" + folder).rstrip("/") + "/"
    band_paths = []
    for band, resolution in S2_BANDS:
        match = [f for f in files if f"/{resolution}/" in f and f.endswith(f"_{band}_{resolution[1:]}")]
        if not match:
            raise _fail(role, path, "missing_bands")
        band_paths.append(prefix + match[0] + ".jp2")
    scl = [f for f in files if "/R20m/" in f and f.endswith("_SCL_20m")]
    if not scl:
        raise _fail(role, path, "missing_bands")
    quantification = float(_xml_text(tree, "BOA_QUANTIFICATION_VALUE") or 10000)
    offsets = {node.get("band_id"): float(node.text) for node in tree.iter("BOA_ADD_OFFSET") if node.text}
    offset = offsets.get(S2_BAND_IDS["B02"], 0.0)
    start = _xml_text(tree, "PRODUCT_START_TIME") or _xml_text(tree, "DATATAKE_SENSING_START") or ""
    date = _date_value(start)
    if date is None:
        raise _fail(role, path, "no_date")
    baseline = _xml_text(tree, "PROCESSING_BASELINE") or "?"
    sensor = Sensor(f"Sentinel-2 L2A product, baseline {baseline}", (1, 2, 3, 4, 5, 6), 1.0 / quantification,
                    offset / quantification, -1)
    stack = _stack(band_paths, workdir, role, path)
    return Product(name, "sentinel2", stack, prefix + scl[0] + ".jp2", masks.SCL, sensor, date)


def parse_mtl(text):
    """ODL text (GROUP = ... / KEY = value) -> {group: {key: value}}, first occurrence wins."""
    groups, stack = {}, []
    for line in text.splitlines():
        if "=" not in line:
            continue
        key, value = (part.strip() for part in line.split("=", 1))
        if key == "GROUP":
            stack.append(value)
        elif key == "END_GROUP":
            if stack:
                stack.pop()
        elif stack:
            groups.setdefault(stack[-1], {}).setdefault(key, value.strip('"'))
    return groups


def _mtl_from_xml(text):
    tree = ET.fromstring(text)
    return {group.tag: {item.tag: (item.text or "").strip() for item in group} for group in tree}


def _landsat(text, base, folder, name, workdir, role, path):
    try:
        groups = _mtl_from_xml(text) if text.lstrip().startswith("<") else parse_mtl(text)
    except ET.ParseError:
        raise _fail(role, path, "unreadable") from None
    contents = groups.get("PRODUCT_CONTENTS", {})
    level = contents.get("PROCESSING_LEVEL", "")
    if level.upper().startswith("L1") or "_L1" in contents.get("LANDSAT_PRODUCT_ID", "").upper():
        raise _fail(role, path, "landsat_l1")
    if not contents or not level.upper().startswith("L2"):
        raise _fail(role, path, "not_a_product")
    parameters = groups.get("LEVEL2_SURFACE_REFLECTANCE_PARAMETERS", {})
    prefix = (base + "/" + folder).rstrip("/") + "/"
    try:
        band_paths = [prefix + contents[f"FILE_NAME_BAND_{b}"] for b in LANDSAT_BANDS]
        qa = prefix + contents["FILE_NAME_QUALITY_L1_PIXEL"]
        scale = float(parameters.get("REFLECTANCE_MULT_BAND_2", 2.75e-05))
        offset = float(parameters.get("REFLECTANCE_ADD_BAND_2", -0.2))
    except (KeyError, ValueError):
        raise _fail(role, path, "missing_bands") from None
    date = _date_value(groups.get("IMAGE_ATTRIBUTES", {}).get("DATE_ACQUIRED", ""))
    if date is None:
        raise _fail(role, path, "no_date")
    sensor = Sensor("Landsat 8/9 C2 L2 product", (1, 2, 3, 4, 5, 6), scale, offset, -1)
    stack = _stack(band_paths, workdir, role, path)
    return Product(name, "landsat", stack, qa, masks.QA_PIXEL, sensor, date)


def _date_value(text):
    match = re.search(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", text or "")
    return int("".join(match.groups())) if match else None


def _stack(band_paths, workdir, role, path):
    """A VRT of the six bands on the finest grid (20 m SWIR bands resampled bilinearly)."""
    for band_path in band_paths:
        try:
            dataset = gdal.Open(band_path)
        except RuntimeError:
            dataset = None
        if dataset is None:
            raise _fail(role, path, "unreadable")
        dataset = None
    vrt = os.path.join(workdir, f"product_{uuid.uuid4().hex}.vrt")
    dataset = gdal.BuildVRT(vrt, band_paths, separate=True, resolution="highest", resampleAlg="bilinear")
    if dataset is None:
        raise _fail(role, path, "unreadable")
    dataset.FlushCache()
    dataset = None
    return vrt


def expand(paths):
    """Items of a time series: folders that are not products themselves stand for the products inside, files of
    an extracted product for that product; a product given twice (zipped and unpacked) counts once."""
    items = []
    for path in paths:
        path = owner(path) or str(path)
        items.extend(_in_folder(path) if os.path.isdir(path) else [path])
    chosen = {}  # stem -> the product read: the unpacked one rather than its archive
    for item in items:
        if is_product(item):
            kept = chosen.setdefault(_stem(item), item)
            if _is_archive(kept) and not _is_archive(item):
                chosen[_stem(item)] = item
    expanded = []
    for item in items:
        item = chosen.get(_stem(item), item) if is_product(item) else item
        if item not in expanded or not is_product(item):
            expanded.append(item)
    return expanded


def _in_folder(path):
    """The products a folder stands for: itself when it is one product's folder, else the products inside
    (archives, product folders, and Landsat products extracted side by side, by their _MTL files)."""
    inside = sorted(os.path.join(path, entry) for entry in os.listdir(path))
    found = [p for p in inside if is_product(p) and not p.lower().endswith((".xml", ".txt"))]
    landsat = {}
    for item in inside:
        match = _LANDSAT_ID.match(os.path.basename(item))
        if match and item.lower().endswith(("_mtl.txt", "_mtl.xml")):
            landsat.setdefault(match.group(0), owner(item))
    if is_product(path) and len(landsat) <= 1 and not (landsat and found):
        return [path]
    return found + sorted(landsat.values())


def _is_archive(path):
    return path.lower().endswith((".zip", ".tar", ".tar.gz", ".tgz"))


def _stem(path):
    name = os.path.basename(path.rstrip("/\\"))
    for extension in (".zip", ".tar", ".tar.gz", ".tgz", ".safe", "_mtl.txt", "_mtl.xml"):
        if name.lower().endswith(extension):
            return name[: -len(extension)]
    return name
