"""`make bench` row: the evidence dossier for 10 and 100 patches (time per patch, peak memory)."""
import os
import statistics
import subprocess
import sys

import numpy as np

from scripts.qgis_cli import qgis_process_binary

SAMPLE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                      "resources", "sample")
BEFORE = os.path.join(SAMPLE, "S2_L2A_20180710_LaPampa_stack.tif")
AFTER = os.path.join(SAMPLE, "S2_L2A_20190805_LaPampa_stack.tif")


def make_patches(folder, count):
    """count square patches (20-80 m) inside the sample pair, dated, with kind and confidence, UTM 19S."""
    from osgeo import ogr, osr

    path = os.path.join(folder, f"dossier_patches_{count}.gpkg")
    if os.path.exists(path):
        return path
    os.makedirs(folder, exist_ok=True)
    rng = np.random.default_rng(count)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32719)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = source.CreateLayer("loss_polygons", srs=srs, geom_type=ogr.wkbMultiPolygon)
    for name, kind in (("kind", ogr.OFTString), ("loss_date", ogr.OFTDate), ("confidence", ogr.OFTInteger)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for _ in range(count):
        x, y, side = rng.uniform(383300, 387800), rng.uniform(8561200, 8565700), rng.uniform(20, 80)
        ring = f"{x} {y},{x + side} {y},{x + side} {y + side},{x} {y + side},{x} {y}"
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(f"POLYGON(({ring}))")))
        feature.SetField("kind", "mining" if rng.random() < 0.6 else "other")
        feature.SetField("loss_date", 2019, int(rng.integers(1, 8)), 15, 0, 0, 0, 0)
        feature.SetField("confidence", int(rng.choice([2, 3])))
        layer.CreateFeature(feature)
    source = None
    return path


def atlas_project(patches, project_path):
    """A QGIS project whose print layout is an atlas over the patches: before and after maps, a label, a scale
    bar and a north arrow per page (the peer: QGIS's own atlas export of the same pages)."""
    if os.path.exists(project_path):
        return project_path
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    done = subprocess.run([sys.executable, "-m", "scripts.bench.bench_dossier", patches, project_path], cwd=root,
                          capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if done.returncode != 0 or not os.path.exists(project_path):
        raise SystemExit(done.stdout[-2000:] + done.stderr[-2000:])
    return project_path


def _write_atlas_project(patches, project_path):
    from qgis.core import (
        QgsApplication,
        QgsLayoutItemLabel,
        QgsLayoutItemMap,
        QgsLayoutItemPage,
        QgsLayoutItemPicture,
        QgsLayoutItemScaleBar,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsMultiBandColorRenderer,
        QgsPrintLayout,
        QgsProject,
        QgsRasterLayer,
        QgsVectorLayer,
    )

    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    polygons = QgsVectorLayer(patches, "patches", "ogr")
    rasters = [QgsRasterLayer(path, name) for path, name in ((BEFORE, "before"), (AFTER, "after"))]
    for raster in rasters:
        raster.setRenderer(QgsMultiBandColorRenderer(raster.dataProvider(), 3, 2, 1))
    project.addMapLayers([polygons] + rasters)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("atlas")
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
    layout.atlas().setCoverageLayer(polygons)
    layout.atlas().setEnabled(True)
    for number, raster in enumerate(rasters):
        item = QgsLayoutItemMap(layout)
        item.setLayers([polygons, raster])
        item.setKeepLayerSet(True)
        item.setAtlasDriven(True)
        item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
        item.setAtlasMargin(1.0)
        layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(12 + number * 96, 95))
        item.attemptResize(QgsLayoutSize(90, 90))
        item.zoomToExtent(polygons.extent())
        bar = QgsLayoutItemScaleBar(layout)
        bar.setLinkedMap(item)
        bar.setStyle("Single Box")
        bar.applyDefaultSize()
        layout.addLayoutItem(bar)
        bar.attemptMove(QgsLayoutPoint(12 + number * 96, 187))
        arrow = QgsLayoutItemPicture(layout)
        arrow.setPicturePath("/usr/share/qgis/svg/arrows/NorthArrow_02.svg")
        layout.addLayoutItem(arrow)
        arrow.attemptMove(QgsLayoutPoint(92 + number * 96, 97))
        arrow.attemptResize(QgsLayoutSize(8, 12))
    label = QgsLayoutItemLabel(layout)
    label.setText("Loss patch [% @atlas_featureid %]: [% \"kind\" %], first seen [% \"loss_date\" %], "
                  "[% round($area / 10000, 2) %] ha, [% x(centroid($geometry)) %] [% y(centroid($geometry)) %]")
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(12, 12))
    label.attemptResize(QgsLayoutSize(186, 30))
    project.layoutManager().addLayout(layout)
    project.write(project_path)
    app.exitQgis()


def _timed_atlas(args, env, pdf):
    """(seconds, peak MiB) of the atlas export. QGIS 3.22's qgis_process aborts on exit after this algorithm
    ('corrupted size vs. prev_size'); the run counts when the PDF was written completely before that."""
    import time

    if os.path.exists(pdf):
        os.remove(pdf)
    start = time.perf_counter()
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    with open(pdf, "rb") as handle:
        if b"%%EOF" not in handle.read()[-1024:]:
            raise SystemExit(f"the atlas export did not finish: {' '.join(args)}")
    return seconds, usage.ru_maxrss / 1024.0


def dossier_section(env, folder, timed, counts=(10, 100), repeat=3):
    """Rows: dossier for 10 and 100 patches, and QGIS's own atlas export of the same 100 pages."""
    lines = ["## Evidence dossier (qgis_process, sample pair, legal zones and districts)", "",
             "| run | pages | median s | seconds per patch | peak MiB |", "|---|---|---|---|---|"]
    medians = {}
    for count in counts:
        patches = make_patches(os.path.join(folder, "inputs"), count)
        output = os.path.join(folder, f"dossier_{count}.pdf")
        ours = [timed([qgis_process_binary(), "run", "miningloss:dossier", "--", f"POLYGONS={patches}",
                       f"BEFORE={BEFORE}", f"AFTER={AFTER}", "SENSOR=0",
                       f"ZONES={os.path.join(SAMPLE, 'operations.gpkg')}", "ZONE_FIELD=name",
                       f"REGIONS={os.path.join(SAMPLE, 'districts.gpkg')}", "ANALYST=bench",
                       f"OUTPUT={output}", f"OUTPUT_TABLE={os.path.join(folder, f'dossier_{count}.csv')}"], env)
                for _ in range(repeat if count == max(counts) else 1)]
        peer = []
        if count == max(counts):
            project = atlas_project(patches, os.path.join(folder, "inputs", f"atlas_{count}.qgz"))
            for _ in range(repeat):
                peer.append(_timed_atlas([qgis_process_binary(), "run", "native:atlaslayouttopdf",
                                          f"--project_path={project}", "--", "LAYOUT=atlas",
                                          f"OUTPUT={os.path.join(folder, f'atlas_{count}.pdf')}"], env,
                                         os.path.join(folder, f"atlas_{count}.pdf")))
        medians[count] = statistics.median(r[0] for r in ours)
        print(f"dossier {count} patches: {medians[count]:.1f} s / {max(r[1] for r in ours):.0f} MiB", flush=True)
        lines.append(f"| dossier, {count} patches | {count + 2} | {medians[count]:.1f} | "
                     f"{medians[count] / count:.2f} | {max(r[1] for r in ours):.0f} |")
        if peer:
            peer_median = statistics.median(r[0] for r in peer)
            print(f"atlas {count} pages: {peer_median:.1f} s / {max(r[1] for r in peer):.0f} MiB", flush=True)
            lines.append(f"| native:atlaslayouttopdf, same {count} patches (two maps, label, scale bars, arrows; "
                         f"no hashes, zones or rule values; qgis_process 3.22 aborts on exit after writing it) | "
                         f"{count} | {peer_median:.1f} | "
                         f"{peer_median / count:.2f} | {max(r[1] for r in peer):.0f} |")
            lines += ["", f"**Time ratio dossier / QGIS atlas at {count} patches: "
                          f"{medians[count] / peer_median:.2f}**"]
    return lines + ["", "Target: 100 patches in under 60 s; peak memory about the same for 10 and 100 patches "
                        "(pages are drawn one at a time).", ""]


if __name__ == "__main__":
    _write_atlas_project(sys.argv[1], sys.argv[2])
