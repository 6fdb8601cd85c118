"""Maps of the regions shaded by loss for the HTML reports: matplotlib patches from OGR geometries, no basemap."""
import math

from osgeo import ogr

from .report import number_axis, png

NO_LOSS = "#eeeeee"
COLOURS = "YlOrRd"


def _polygons(geometry):
    """The polygons of a (multi)polygon or collection."""
    kind = ogr.GT_Flatten(geometry.GetGeometryType())
    if kind == ogr.wkbPolygon:
        return [geometry]
    if kind in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        found = []
        for index in range(geometry.GetGeometryCount()):
            found += _polygons(geometry.GetGeometryRef(index))
        return found
    return []


def _signed_area(points):
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1])) / 2.0


def region_path(geometry, tolerance=0.0):
    """A matplotlib Path of a (multi)polygon: outer rings counter-clockwise, holes clockwise."""
    from matplotlib.path import Path

    if tolerance > 0:
        geometry = geometry.SimplifyPreserveTopology(tolerance) or geometry
    vertices, codes = [], []
    for polygon in _polygons(geometry):
        for ring_index in range(polygon.GetGeometryCount()):
            ring = polygon.GetGeometryRef(ring_index)
            points = [(ring.GetX(i), ring.GetY(i)) for i in range(ring.GetPointCount())]
            if len(points) < 3:
                continue
            outer = ring_index == 0
            if (_signed_area(points) > 0) != outer:
                points.reverse()
            vertices += points + [points[0]]
            codes += [Path.MOVETO] + [Path.LINETO] * (len(points) - 1) + [Path.CLOSEPOLY]
    return Path(vertices, codes) if vertices else None


def _extent(regions, values):
    """(xmin, xmax, ymin, ymax) of all regions, or of the regions with loss when they are a small part."""

    def union(items):
        envelopes = [region.geometry.GetEnvelope() for region in items]
        return (min(e[0] for e in envelopes), max(e[1] for e in envelopes),
                min(e[2] for e in envelopes), max(e[3] for e in envelopes))

    drawn = [region for region in regions if region.geometry is not None]
    whole = _padded(union(drawn), 0.03)
    with_loss = [region for region in drawn if values.get(region.name, 0) > 0]
    if with_loss:
        part = union(with_loss)
        area = (whole[1] - whole[0]) * (whole[3] - whole[2])
        if area > 0 and (part[1] - part[0]) * (part[3] - part[2]) < 0.02 * area:
            return _padded(part, 0.5)
    return whole


def _padded(box, share):
    pad_x, pad_y = (box[1] - box[0]) * share, (box[3] - box[2]) * share
    return box[0] - pad_x, box[1] + pad_x, box[2] - pad_y, box[3] + pad_y


def region_map(regions, panels, legend, label_count=6, fmt=None):
    """An <img> of one map per panel [(title, {region name: value})], one colour scale, regions at 0 in grey;
    fmt: the report's formatter, so that the scale reads 80.000 in Spanish as the charts do."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib import colormaps, patheffects
    from matplotlib.cm import ScalarMappable
    from matplotlib.colors import ListedColormap, Normalize
    from matplotlib.figure import Figure
    from matplotlib.patches import PathPatch

    drawn = [region for region in regions if region.geometry is not None]
    if not drawn:
        return ""
    extent = _extent(drawn, {name: value for _, values in panels for name, value in values.items() if value})
    tolerance = max(extent[1] - extent[0], extent[3] - extent[2]) / 1500.0
    paths = {region.name: region_path(region.geometry, tolerance) for region in drawn}
    highest = max([value or 0.0 for _, values in panels for value in values.values()] + [0.0])
    norm = Normalize(0.0, highest or 1.0)
    ramp = colormaps[COLOURS]
    colours = ListedColormap([ramp(0.12 + 0.88 * i / 255.0) for i in range(256)])
    geographic = _is_geographic(drawn[0].geometry)
    width = 6.2 if len(panels) == 1 else 4.6 * len(panels)
    figure = Figure(figsize=(width, 4.8))
    for number, (title, values) in enumerate(panels):
        axes = figure.add_subplot(1, len(panels), number + 1)
        for region in drawn:
            path = paths[region.name]
            if path is None:
                continue
            value = values.get(region.name) or 0.0
            axes.add_patch(PathPatch(path, facecolor=colours(norm(value)) if value > 0 else NO_LOSS,
                                     edgecolor="#555555", linewidth=0.5))
        ranked = sorted((name for name, value in values.items() if value and value > 0), key=lambda n: -values[n])
        centres = {region.name: region.geometry.PointOnSurface() for region in drawn
                   if region.name in ranked[:label_count]}
        for name in ranked[:label_count]:
            point = centres.get(name)
            if point is not None and extent[0] <= point.GetX() <= extent[1] and extent[2] <= point.GetY() <= extent[3]:
                axes.annotate(str(name), (point.GetX(), point.GetY()), fontsize=7, ha="center", va="center",
                              path_effects=[patheffects.withStroke(linewidth=2.5, foreground="white")])
        axes.set_xlim(extent[0], extent[1])
        axes.set_ylim(extent[2], extent[3])
        middle = (extent[2] + extent[3]) / 2.0
        axes.set_aspect(1.0 / max(math.cos(math.radians(middle)), 0.1) if geographic else 1.0)
        axes.set_xticks([])
        axes.set_yticks([])
        axes.set_title(title, fontsize=10)
    scale = figure.colorbar(ScalarMappable(norm=norm, cmap=colours), ax=figure.axes, shrink=0.7, fraction=0.05,
                            pad=0.03, label=legend)
    number_axis(scale.ax, fmt)
    return png(figure, "map")


def _is_geographic(geometry):
    reference = geometry.GetSpatialReference()
    return bool(reference is not None and reference.IsGeographic())
