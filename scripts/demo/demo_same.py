"""`make demo-same REV=<rev>`: the demo's outputs through qgis_process, identical at REV and in this tree.

Runs the demo of a checkout of REV (a throw-away git worktree) and of this tree, then compares every output:
rasters pixel by pixel with their grid, nodata and metadata; GeoPackage layers feature by feature (fields and
geometry); CSV tables, QML styles and HTML reports as text (with the two folders' paths made equal). Exits 1 and
lists what differs.
"""
import argparse
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from xml.etree import ElementTree

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SYSTEM_PYTHON = "/usr/bin/python3"


def demo_script(root):
    """The demo entry point of a checkout (it moved once, so look in both places)."""
    for relative in (("scripts", "demo", "demo.py"), ("scripts", "demo.py")):
        path = os.path.join(root, *relative)
        if os.path.exists(path):
            return path
    raise SystemExit(f"no demo script in {root}")


def run_demo(root, folder):
    subprocess.run([SYSTEM_PYTHON, demo_script(root), folder], check=True, cwd=root,
                   stdout=subprocess.DEVNULL)


def _digest(*parts):
    sha = hashlib.sha256()
    for part in parts:
        sha.update(part if isinstance(part, bytes) else str(part).encode("utf-8"))
    return sha.hexdigest()


def _raster(path):
    from osgeo import gdal

    ds = gdal.Open(path)
    bands = [ds.GetRasterBand(i + 1) for i in range(ds.RasterCount)]
    return _digest(ds.GetGeoTransform(), ds.GetProjection(), sorted(ds.GetMetadata().items()),
                   *[(b.DataType, b.GetNoDataValue(), b.ReadAsArray().tobytes()) for b in bands])


def _vector(path):
    from osgeo import ogr

    ds = ogr.Open(path)
    parts = []
    for layer in ds:
        rows = []
        for feature in layer:
            geometry = feature.GetGeometryRef()
            rows.append((sorted(feature.items().items(), key=lambda kv: kv[0]),
                         geometry.ExportToWkb() if geometry is not None else b""))
        parts.append((layer.GetName(), layer.GetSpatialRef().ExportToWkt() if layer.GetSpatialRef() else "",
                      sorted(repr(row) for row in rows)))
    return _digest(repr(parts))


def _text(path, folder, root):
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8", "replace")
    return _digest(text.replace(folder, "__OUT__").replace(root, "__ROOT__"))


def _project(path, folder, root):
    with zipfile.ZipFile(path) as archive:
        names = sorted(n for n in archive.namelist() if n.endswith(".qgs"))
        text = "".join(archive.read(n).decode("utf-8", "replace") for n in names)
    # the project records when it was saved, and QGIS gives its layers random ids
    # the project spells the sample's paths relative to itself when it can
    text = text.replace(os.path.relpath(root, folder), "__ROOT__").replace(folder, "__OUT__").replace(root, "__ROOT__")
    text = re.sub(r"[0-9a-f]{8}[_-][0-9a-f]{4}[_-][0-9a-f]{4}[_-][0-9a-f]{4}[_-][0-9a-f]{12}", "__ID__", text)
    text = re.sub(r'saveDateTime="[^"]*"', "", text)
    text = re.sub(r"<creation>[^<]*</creation>", "", text)
    # and writes attributes, and the snapping settings of its layers, in a random order
    lines = ElementTree.canonicalize(text, strip_text=True).replace("><", ">\n<").splitlines()
    return _digest("\n".join(sorted(lines)))


def fingerprint(folder, root):
    """{output name: digest} for every file of a demo output folder."""
    result = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        extension = os.path.splitext(name)[1].lower()
        if extension in (".tif", ".tiff"):
            result[name] = _raster(path)
        elif extension == ".gpkg":
            result[name] = _vector(path)
        elif extension == ".qgz":
            result[name] = _project(path, folder, root)
        elif extension in (".csv", ".qml", ".html", ".json", ".txt"):
            result[name] = _text(path, folder, root)
        elif not name.endswith(".aux.xml"):
            result[name] = "present"
    return result


def compare(before, after):
    """Lines naming what differs between two fingerprints; empty when identical."""
    lines = []
    for name in sorted(set(before) | set(after)):
        if name not in after:
            lines.append(f"missing now: {name}")
        elif name not in before:
            lines.append(f"new now: {name}")
        elif before[name] != after[name]:
            lines.append(f"differs: {name}")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the git revision to compare this tree with")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mlm_demo_same_") as work:
        checkout = os.path.join(work, "mining_loss_monitor")
        subprocess.run(["git", "-C", ROOT, "worktree", "add", "--detach", checkout, args.rev], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            old, new = os.path.join(work, "old"), os.path.join(work, "new")
            run_demo(checkout, old)
            run_demo(ROOT, new)
            before, after = fingerprint(old, checkout), fingerprint(new, ROOT)
        finally:
            subprocess.run(["git", "-C", ROOT, "worktree", "remove", "--force", checkout], check=False)
        differences = compare(before, after)
    for line in differences:
        print(line)
    print(f"{len(after)} demo outputs compared with {args.rev}: "
          + ("identical" if not differences else f"{len(differences)} differ"))
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
