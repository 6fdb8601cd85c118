"""`make bench` row: the evidence dossier for 10 and 100 patches (time per patch, peak memory)."""
import os

import numpy as np

from scripts.qgis_cli import qgis_process_binary

SAMPLE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "sample")
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


def dossier_section(env, folder, timed, counts=(10, 100)):
    """Rows: patches, seconds, seconds per patch, peak MiB, through qgis_process."""
    lines = ["## Evidence dossier (qgis_process, sample pair, legal zones and districts)", "",
             "| patches | pages | seconds | seconds per patch | peak MiB |", "|---|---|---|---|---|"]
    for count in counts:
        patches = make_patches(os.path.join(folder, "inputs"), count)
        output = os.path.join(folder, f"dossier_{count}.pdf")
        seconds, peak = timed([qgis_process_binary(), "run", "miningloss:dossier", "--", f"POLYGONS={patches}",
                               f"BEFORE={BEFORE}", f"AFTER={AFTER}", "SENSOR=0",
                               f"ZONES={os.path.join(SAMPLE, 'operations.gpkg')}", "ZONE_FIELD=name",
                               f"REGIONS={os.path.join(SAMPLE, 'districts.gpkg')}", "ANALYST=bench",
                               f"OUTPUT={output}", f"OUTPUT_TABLE={os.path.join(folder, f'dossier_{count}.csv')}"],
                              env)
        print(f"dossier {count} patches: {seconds:.1f} s / {peak:.0f} MiB", flush=True)
        lines.append(f"| {count} | {count + 2} | {seconds:.1f} | {seconds / count:.2f} | {peak:.0f} |")
    return lines + ["", "Target: 100 patches in under 60 s; peak memory about the same for 10 and 100 patches "
                        "(pages are drawn one at a time).", ""]
