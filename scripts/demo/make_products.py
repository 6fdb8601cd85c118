"""Small Sentinel-2 L2A and Landsat 9 C2 L2 products in their real layout, made from band stacks.

The metadata files are the real ones of tests/data/product_layouts/ (see SOURCES.md there), adapted
to the small bands: names, dates, processing baseline, grid. Bands are JPEG2000 (Sentinel-2, lossless)
and GeoTIFF (Landsat), written from a 6-band stack (B2, B3, B4, B8, B11, B12 DN/10000) and its SCL.
"""
import os
import re
import tarfile
import zipfile

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()
LAYOUTS = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "tests", "data",
                       "product_layouts")
S2_TEMPLATE = "S2B_MSIL2A_20230823T095559_N0509_R122_T34UCF_20230823T124759"
S2_GRANULE = "L2A_T34UCF_A033753_20230823T095553"
LANDSAT_TEMPLATE = "LC09_L2SP_010065_20220129_20220131_02_T1"
S2_ROLES = ("B02", "B03", "B04", "B08", "B11", "B12")


JP2_TILE = 1024  # codestream tiles of the JPEG2000 bands (tests use smaller ones to have several)


def _read(path):
    return gdal.Open(str(path)).ReadAsArray()


def _write(path, array, gt, wkt, driver="GTiff", nodata=0):
    array = array if array.ndim == 3 else array[np.newaxis]
    data_type = gdal.GDT_Byte if array.dtype == np.uint8 else gdal.GDT_UInt16
    memory = gdal.GetDriverByName("MEM").Create("", array.shape[2], array.shape[1], array.shape[0], data_type)
    memory.SetGeoTransform(gt)
    memory.SetProjection(wkt)
    for index, band in enumerate(array):
        memory.GetRasterBand(index + 1).WriteArray(band)
        if nodata is not None:
            memory.GetRasterBand(index + 1).SetNoDataValue(nodata)
    options = ["QUALITY=100", "REVERSIBLE=YES", "YCBCR420=NO", f"BLOCKXSIZE={JP2_TILE}", f"BLOCKYSIZE={JP2_TILE}"] \
        if driver == "JP2OpenJPEG" else ["COMPRESS=DEFLATE"]
    gdal.GetDriverByName(driver).CreateCopy(str(path), memory, options=options)
    if os.path.exists(str(path) + ".aux.xml"):  # real products carry no GDAL sidecar files
        os.remove(str(path) + ".aux.xml")


def _coarser(array, factor, mean=True):
    """Block mean (bands) or block centre (classes) at factor x the pixel size."""
    rows, cols = (array.shape[-2] // factor) * factor, (array.shape[-1] // factor) * factor
    array = array[..., :rows, :cols]
    if not mean:
        return array[..., factor // 2::factor, factor // 2::factor]
    shape = array.shape[:-2] + (rows // factor, factor, cols // factor, factor)
    blocks = array.reshape(shape).astype(np.float64)
    valid = (blocks > 0).all(axis=(-3, -1))
    return np.where(valid, np.round(blocks.mean(axis=(-3, -1))), 0).astype(array.dtype)


def sentinel2_product(stack, scl, date, folder, baseline="05.09", level="2A", form="zip"):
    """A Sentinel-2 L2A (or L1C) product: `form` 'zip', 'safe' (folder) or 'xml' (its MTD file)."""
    date = str(date)
    name = f"S2B_MSIL{level}_{date}T145729_N{baseline.replace('.', '')}_R039_T19LCF_{date}T184857"
    granule = f"L{level}_T19LCF_A0{date[2:6]}_{date}T145724"
    safe = os.path.join(folder, name + ".SAFE")
    source = gdal.Open(str(stack))
    gt, wkt = source.GetGeoTransform(), source.GetProjection()
    dn = source.ReadAsArray().astype(np.uint16)
    offset = 1000 if float(baseline) >= 4.0 else 0
    dn = np.where(dn > 0, dn + offset, 0).astype(np.uint16)
    gt20 = (gt[0], gt[1] * 2, 0.0, gt[3], 0.0, gt[5] * 2)
    img = os.path.join(safe, "GRANULE", granule, "IMG_DATA")
    for resolution in ("R10m", "R20m"):
        os.makedirs(os.path.join(img, resolution), exist_ok=True)
    prefix = f"T19LCF_{date}T145729"
    for index, band in enumerate(S2_ROLES):
        if band in ("B11", "B12"):
            _write(os.path.join(img, "R20m", f"{prefix}_{band}_20m.jp2"), _coarser(dn[index], 2), gt20, wkt,
                   "JP2OpenJPEG")
        else:
            _write(os.path.join(img, "R10m", f"{prefix}_{band}_10m.jp2"), dn[index], gt, wkt, "JP2OpenJPEG")
    if level == "2A":
        classes = _coarser(_read(scl).astype(np.uint8), 2, mean=False)
        _write(os.path.join(img, "R20m", f"{prefix}_SCL_20m.jp2"), classes, gt20, wkt, "JP2OpenJPEG", nodata=None)
    text = open(os.path.join(LAYOUTS, "MTD_MSIL2A.xml"), encoding="utf-8").read()
    text = text.replace(S2_TEMPLATE, name).replace(S2_GRANULE, granule)
    text = text.replace("T34UCF_20230823T095559", prefix).replace("2023-08-23T09:55:59.024Z",
                                                                   f"{date[:4]}-{date[4:6]}-{date[6:]}T14:57:29.024Z")
    text = text.replace("<PROCESSING_BASELINE>05.09<", f"<PROCESSING_BASELINE>{baseline}<")
    if not offset:
        text = re.sub(r"\s*<BOA_ADD_OFFSET_VALUES_LIST>.*?</BOA_ADD_OFFSET_VALUES_LIST>", "", text, flags=re.S)
    if level == "1C":
        text = text.replace("Level-2A", "Level-1C").replace("S2MSI2A", "S2MSI1C").replace("MSIL2A", "MSIL1C")
    metadata = os.path.join(safe, f"MTD_MSIL{level}.xml")
    with open(metadata, "w", encoding="utf-8") as handle:
        handle.write(text)
    manifest = open(os.path.join(LAYOUTS, "manifest.safe"), encoding="utf-8").read()
    with open(os.path.join(safe, "manifest.safe"), "w", encoding="utf-8") as handle:
        handle.write(manifest.replace(S2_TEMPLATE, name).replace(S2_GRANULE, granule))
    if form == "safe":
        return safe
    if form == "xml":
        return metadata
    archive = os.path.join(folder, name + ".zip")
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as bundle:
        for root, _dirs, files in os.walk(safe):
            for entry in sorted(files):
                full = os.path.join(root, entry)
                bundle.write(full, os.path.relpath(full, folder))
    return archive


def qa_pixel_from_scl(classes):
    """Landsat QA_PIXEL bits from SCL classes: fill, cloud (+dilated), shadow, water, clear."""
    qa = np.full(classes.shape, 21824, dtype=np.uint16)  # clear, low cloud/shadow/snow/cirrus confidence
    qa[classes == 6] = 21952  # water
    qa[np.isin(classes, (8, 9, 10))] = 22280  # cloud, dilated cloud, high cloud confidence
    qa[classes == 3] = 23888  # cloud shadow
    qa[classes == 0] = 1  # fill
    return qa


def landsat_product(stack, scl, date, folder, level="L2SP", form="tar"):
    """A Landsat 9 C2 product from a 10 m stack: 30 m GeoTIFFs in UTM north (negative northings)."""
    date = str(date)
    name = f"LC09_{level}_003069_{date}_{date[:6]}{min(int(date[6:]) + 2, 28):02d}_02_T1"
    source = gdal.Open(str(stack))
    gt = source.GetGeoTransform()
    srs = osr.SpatialReference()
    srs.ImportFromWkt(source.GetProjection())
    zone = srs.GetUTMZone()
    north = osr.SpatialReference()
    north.ImportFromEPSG(32600 + abs(zone))
    shift = 10_000_000.0 if zone < 0 else 0.0
    gt30 = (gt[0], gt[1] * 3, 0.0, gt[3] - shift, 0.0, gt[5] * 3)
    refl = _coarser(source.ReadAsArray().astype(np.uint16), 3).astype(np.float64) / 10000.0
    dn = np.where(refl > 0, np.round((refl + 0.2) / 2.75e-05), 0).astype(np.uint16)
    target = os.path.join(folder, name)
    os.makedirs(target, exist_ok=True)
    wkt = north.ExportToWkt()
    bands = {1: dn[0], 2: dn[0], 3: dn[1], 4: dn[2], 5: dn[3], 6: dn[4], 7: dn[5]}
    for number, band in bands.items():
        file_name = f"{name}_SR_B{number}.TIF" if level.startswith("L2") else f"{name}_B{number}.TIF"
        _write(os.path.join(target, file_name), band, gt30, wkt)
    _write(os.path.join(target, f"{name}_QA_PIXEL.TIF"), qa_pixel_from_scl(_coarser(_read(scl), 3, mean=False)),
           gt30, wkt, nodata=1)
    rows, cols = dn.shape[1:]
    for extension in ("txt", "xml"):
        text = open(os.path.join(LAYOUTS, f"{LANDSAT_TEMPLATE}_MTL.{extension}"), encoding="utf-8").read()
        text = text.replace(LANDSAT_TEMPLATE, name).replace("2022-01-29", f"{date[:4]}-{date[4:6]}-{date[6:]}")
        for key, value in (("REFLECTIVE_LINES", rows), ("REFLECTIVE_SAMPLES", cols), ("UTM_ZONE", abs(zone))):
            text = re.sub(rf"({key}\s*=\s*)\d+", rf"\g<1>{value}", text)
            text = re.sub(rf"(<{key}>)\d+(</{key}>)", rf"\g<1>{value}\g<2>", text)
        if level.startswith("L1"):
            text = text.replace("L2SP", level).replace("_SR_B", "_B")
        with open(os.path.join(target, f"{name}_MTL.{extension}"), "w", encoding="utf-8") as handle:
            handle.write(text)
    if form == "folder":
        return target
    if form == "mtl":
        return os.path.join(target, f"{name}_MTL.txt")
    archive = os.path.join(folder, name + ".tar")
    with tarfile.open(archive, "w") as bundle:
        for entry in sorted(os.listdir(target)):
            bundle.add(os.path.join(target, entry), entry)
    return archive


def truncated_copy(path, target):
    """The first half of an archive, as a download cut short leaves it."""
    data = open(path, "rb").read()
    with open(target, "wb") as handle:
        handle.write(data[: len(data) // 2])
    return target
