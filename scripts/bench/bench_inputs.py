"""Inputs and timing shared by the benchmarks: tiled sample rasters, loss rasters and polygons, a timer."""
import os
import statistics
import subprocess
import sys
import time

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "resources", "sample")
NAMES = ("S2_L2A_20180710_LaPampa_stack.tif", "S2_L2A_20190805_LaPampa_stack.tif",
         "S2_L2A_20180710_LaPampa_SCL.tif", "S2_L2A_20190805_LaPampa_SCL.tif")


def tile_sample(name, target, size):
    """A size x size raster made of mirrored copies of a sample raster, written strip by strip."""
    if os.path.exists(target):
        return target
    source = gdal.Open(name if os.path.isabs(name) else os.path.join(SAMPLE, name))
    tile = source.ReadAsArray()
    tile = tile if tile.ndim == 3 else tile[np.newaxis]
    bands, n, _ = tile.shape
    options = ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=2", "BIGTIFF=YES", "NUM_THREADS=2"]
    out = gdal.GetDriverByName("GTiff").Create(target + ".part", size, size, bands,
                                               source.GetRasterBand(1).DataType, options)
    gt = list(source.GetGeoTransform())
    out.SetGeoTransform(gt)
    out.SetProjection(source.GetProjection())
    flipped = tile[:, :, ::-1]
    row_tile = np.concatenate([tile if i % 2 == 0 else flipped for i in range(size // n + 1)], axis=2)[:, :, :size]
    row_flip = row_tile[:, ::-1, :]
    for index, y in enumerate(range(0, size, n)):
        rows = min(n, size - y)
        block = (row_tile if index % 2 == 0 else row_flip)[:, :rows, :]
        for band in range(bands):
            out.GetRasterBand(band + 1).WriteArray(block[band], 0, y)
    for band in range(bands):
        if source.GetRasterBand(band + 1).GetNoDataValue() is not None:
            out.GetRasterBand(band + 1).SetNoDataValue(source.GetRasterBand(band + 1).GetNoDataValue())
    out = None
    os.replace(target + ".part", target)
    return target


def timed(args, env=None, cpu=False):
    """(seconds, peak resident MiB) of one child process, and its CPU seconds (user + system) when asked: on a
    shared machine the CPU time moves far less with the load than the wall time."""
    start = time.perf_counter()
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{process.stderr.read().decode()[-2000:]}")
    if cpu:
        return seconds, usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime
    return seconds, usage.ru_maxrss / 1024.0


def against_plain_read(tool, word, ours, floor, starts=None):
    """Markdown rows of `tool`'s runs against the plain read of its inputs (medians of seconds and CPU seconds, peaks,
    the ratios) and the median CPU seconds of `tool`. Each run is (seconds, peak MiB, CPU s) from timed(). `starts`:
    (qgis_process start-ups, Python start-ups) timed beside them, shown apart (what no algorithm can change)."""
    wall = [statistics.median(r[0] for r in runs) for runs in (ours, floor)]
    cpu = [statistics.median(r[2] for r in runs) for runs in (ours, floor)]
    lines = ["| run | median s | median CPU s | peak MiB |", "|---|---|---|---|",
             f"| {tool} (qgis_process, all cores) | {wall[0]:.1f} | {cpu[0]:.1f} | {max(r[1] for r in ours):.0f} |",
             f"| plain read of the inputs once (GDAL, one thread) | {wall[1]:.1f} | {cpu[1]:.1f} | "
             f"{max(r[1] for r in floor):.0f} |"]
    if starts:
        start = [statistics.median(r[0] for r in runs) for runs in starts]
        lines += [f"| of which QGIS's start-up (`qgis_process help {tool}`) | {start[0]:.1f} | "
                  f"{statistics.median(r[2] for r in starts[0]):.1f} | {max(r[1] for r in starts[0]):.0f} |",
                  f"| of which Python's start-up with GDAL | {start[1]:.2f} | "
                  f"{statistics.median(r[2] for r in starts[1]):.2f} | {max(r[1] for r in starts[1]):.0f} |"]
    lines += ["", f"**Time ratio {word} / plain read: {wall[0] / wall[1]:.2f}** (target <= 2.0); CPU ratio "
              f"{cpu[0] / cpu[1]:.2f}; peak target <= 600 MiB", ""]
    if starts:
        lines += [f"Without the start-ups (the algorithm's run against the read itself): "
                  f"{(wall[0] - start[0]) / (wall[1] - start[1]):.2f} (for where the time goes; the target is the "
                  "ratio above)", ""]
    return lines, cpu[0]


def start_ups(env, tool):
    """(qgis_process start-up with the plugin loaded, Python start-up importing GDAL), each timed() once."""
    from scripts.qgis_cli import qgis_process_binary

    return (timed([qgis_process_binary(), "help", f"miningloss:{tool}"], env, cpu=True),
            timed([sys.executable, "-c", "from osgeo import gdal"], cpu=True))


def make_lossyear(folder, size):
    """A size x size Hansen-style lossyear raster (EPSG:4326, 0.00025 deg) and 49 irregular regions."""
    raster = os.path.join(folder, f"lossyear_{size}.tif")
    regions = os.path.join(folder, "regions_49.gpkg")
    if not os.path.exists(raster):
        rng = np.random.default_rng(49)
        out = gdal.GetDriverByName("GTiff").Create(raster + ".part", size, size, 1, gdal.GDT_Byte,
                                                   ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=YES"])
        out.SetGeoTransform((-71.0, 0.00025, 0, -11.0, 0, -0.00025))
        out.SetProjection(osr_wkt(4326))
        for y in range(0, size, 512):
            rows = min(512, size - y)
            block = rng.integers(1, 24, (rows, size), dtype=np.uint8)
            block[rng.random((rows, size)) < 0.9] = 0
            out.GetRasterBand(1).WriteArray(block, 0, y)
        out.GetRasterBand(1).SetNoDataValue(255)
        out = None
        os.replace(raster + ".part", raster)
    if not os.path.exists(regions):
        from osgeo import ogr

        rng = np.random.default_rng(7)
        source = ogr.GetDriverByName("GPKG").CreateDataSource(regions)
        srs = osr_srs(4326)
        layer = source.CreateLayer("regions", srs=srs, geom_type=ogr.wkbPolygon)
        layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
        span = size * 0.00025
        step = span / 7
        corners = [[(-71.0 + i * step + (rng.uniform(-0.2, 0.2) * step if 0 < i < 7 else 0),
                     -11.0 - j * step + (rng.uniform(-0.2, 0.2) * step if 0 < j < 7 else 0))
                    for i in range(8)] for j in range(8)]
        for j in range(7):
            for i in range(7):
                ring = [corners[j][i], corners[j][i + 1], corners[j + 1][i + 1], corners[j + 1][i], corners[j][i]]
                polygon = ogr.CreateGeometryFromWkt("POLYGON ((" + ",".join(f"{x} {y}" for x, y in ring) + "))")
                feature = ogr.Feature(layer.GetLayerDefn())
                feature.SetGeometry(polygon)
                feature.SetField("name", f"R{j}{i}")
                layer.CreateFeature(feature)
        source = None
    return raster, regions


def make_polygons(folder, count, regions_count=100):
    """count random loss polygons (dated, with kind) and a 10 x 10 grid of regions, EPSG:32719."""

    path = os.path.join(folder, f"loss_{count}_v2.gpkg")
    regions = os.path.join(folder, f"regions_{regions_count}.gpkg")
    if os.path.exists(path) and os.path.exists(regions):
        return path, regions
    rng = np.random.default_rng(100)
    srs = osr_srs(32719)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = source.CreateLayer("loss", srs=srs, geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("loss_date", ogr.OFTDate))
    layer.CreateField(ogr.FieldDefn("kind", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("area_ha", ogr.OFTReal))
    layer.StartTransaction()
    for _ in range(count):
        x, y = rng.uniform(300000, 400000), rng.uniform(8500000, 8600000)
        r = rng.uniform(20, 120)
        angles = np.sort(rng.uniform(0, 2 * np.pi, 7))
        ring = [(x + r * np.cos(a), y + r * np.sin(a)) for a in angles]
        ring.append(ring[0])
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON ((" + ",".join(f"{a} {b}" for a, b in ring) + "))"))
        feature.SetField("loss_date", int(rng.integers(2018, 2024)), int(rng.integers(1, 13)), 15, 0, 0, 0, 0)
        feature.SetField("kind", "mining" if rng.random() < 0.6 else "other")
        feature.SetField("area_ha", feature.GetGeometryRef().GetArea() / 10000.0)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    source = None
    source = ogr.GetDriverByName("GPKG").CreateDataSource(regions)
    layer = source.CreateLayer("regions", srs=srs, geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    side = int(np.sqrt(regions_count))
    step = 100000 / side
    for j in range(side):
        for i in range(side):
            x0, y0 = 300000 + i * step, 8500000 + j * step
            wkt = f"POLYGON (({x0} {y0},{x0 + step} {y0},{x0 + step} {y0 + step},{x0} {y0 + step},{x0} {y0}))"
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            feature.SetField("name", f"R{j:02d}{i:02d}")
            layer.CreateFeature(feature)
    source = None
    return path, regions


def osr_srs(epsg):

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs


def osr_wkt(epsg):
    return osr_srs(epsg).ExportToWkt()
