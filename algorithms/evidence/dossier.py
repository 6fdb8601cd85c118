"""miningloss:dossier — an evidence file (PDF) for loss patches, and a table of them."""
import datetime
import os

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsProxyProgressTask,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QThreadPool

from ..base import PLUGIN_DIR, MiningLossAlgorithm, source_path
from ..core.detection import patches as patch_rules
from ..core.detection import rules
from ..core.detection.products import is_product
from ..core.errors import CoreError
from ..core.evidence.evidence import archive_path, manifest_sha256, sha256_of, true_colour_stretch
from ..core.periods import from_int
from ..core.rasters.dates import date_from_metadata, date_from_name
from ..detection.sensor_parameters import SENSOR, add_custom_band_parameters, add_sensor_parameter, sensor_from
from ..estimation.sample_regions import add_sample_parameter, whole_map_estimate
from ..parameters.fields import DATE, DOUBLE, INTEGER, STRING, make_field
from ..parameters.image_list import ImageParameter, drawing_layer
from ..parameters.messages import cancelled_message, core_error_message, preset_label
from ..parameters.output_folders import check_destinations
from ..regions.legal_inputs import with_help, zone_categories
from ..reports.report_locale import report_formatter
from .dossier_facts import (
    add_date_checks,
    add_legal_status,
    add_places,
    add_rule_values,
    describe_patches,
    status_text,
)
from .dossier_layout import PdfPages, outline_layer, true_colour
from .dossier_pages import DossierPages, chip_for

METADATA = os.path.join(PLUGIN_DIR, "metadata.txt")
TABLE_FIELDS = (("patch_id", INTEGER), ("lat", DOUBLE), ("lon", DOUBLE), ("utm", STRING), ("area_ha", DOUBLE),
                ("first_seen", DATE), ("confidence", INTEGER), ("status", STRING), ("inputs_sha256", STRING),
                ("date_check", STRING))


def plugin_version():
    with open(METADATA, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("version="):
                return line.split("=", 1)[1].strip()
    return "?"


def created_text(moment):
    """The report's date and time, the date as the reports write it ('3 Dec 2026 17:48 UTC')."""
    return f"{report_formatter().date(moment.date())} {moment.strftime('%H:%M %Z')}"


def image_date(path):
    value = date_from_name(path) or date_from_metadata(path)
    return from_int(value) if value else None


class Dossier(MiningLossAlgorithm):
    """Evidence dossier: coordinates, legal status, before/after chips and provenance per loss patch."""

    POLYGONS = "POLYGONS"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    REGIONS = "REGIONS"
    REGION_FIELD = "REGION_FIELD"
    ANALYST = "ANALYST"
    OUTPUT = "OUTPUT"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    def name(self):
        return "dossier"

    def displayName(self):  # noqa: N802
        return self.tr("Evidence dossier (PDF)")

    def group(self):
        return self.tr("Evidence")

    def groupId(self):  # noqa: N802
        return "evidence"

    def flags(self):
        # print layouts are drawn on the main thread
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>A PDF an official can sign, for loss patches (the polygons of <i>Loss polygons</i>; only the "
            "selected ones when some are selected): a cover page (what, where, when, by whom, how many patches, "
            "total hectares, a location map and every input file with its SHA-256), one page per patch and a "
            "last page with the method, parameters and the rule's thresholds.</p>"
            "<p>Each patch page: coordinates of its centre in decimal degrees, degrees-minutes-seconds and UTM "
            "with zone; department, province and district (from <b>Regions</b>); legal status with the hectares "
            "inside each zone (from <b>Legal zones</b>); area, first-seen date and confidence; before and after "
            "true-colour chips with the same stretch, the patch outlined, scale bar and north arrow; NDVI and "
            "NBR before and after and the share of new water in the patch.</p>"
            "<p>Also a table with one row per patch. Texts follow the QGIS language.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(with_help(QgsProcessingParameterFeatureSource(
            self.POLYGONS, self.tr("Loss patches (polygons)"), [QgsProcessing.SourceType.TypeVectorPolygon]), self.tr(
            "The loss polygons of 'Loss polygons' (or any polygons); only the selected ones when the layer has a "
            "selection.")))
        self.addParameter(with_help(ImageParameter(self.BEFORE, self.tr("Image before (band stack)")), self.tr(
            "The earlier image as a band stack in the order of the sensor preset (e.g. Sentinel-2 B2, B3, B4, B8, "
            "B11, B12). A product as downloaded (.zip, .SAFE, .tar) is not read here: give its bands as a stack.")))
        self.addParameter(with_help(ImageParameter(self.AFTER, self.tr("Image after (band stack)")), self.tr(
            "The later image of the same area, a band stack with the same sensor preset.")))
        add_sensor_parameter(self)
        self.addParameter(with_help(QgsProcessingParameterMultipleLayers(
            self.ZONES, self.tr("Legal zones (one polygon layer per category)"),
            QgsProcessing.SourceType.TypeVectorPolygon, optional=True), self.tr(
            "Polygon layers of legal zones (protected areas, buffer zones, concessions …): each patch's hectares "
            "inside each zone are stated (optional).")))
        self.addParameter(with_help(QgsProcessingParameterString(
            self.ZONE_FIELD, self.tr("Zone name field"), optional=True), self.tr(
            "The field naming the zones: one name for all layers, or one per layer separated by commas. Empty: "
            "each layer is one zone.")))
        self.addParameter(with_help(QgsProcessingParameterFeatureSource(
            self.REGIONS, self.tr("Regions (districts)"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
            self.tr("Districts (e.g. INEI's, with NOMBDEP, NOMBPROV, NOMBDIST): department, province and district "
                    "of each patch (optional).")))
        self.addParameter(with_help(QgsProcessingParameterField(
            self.REGION_FIELD, self.tr("Region name field"), parentLayerParameterName=self.REGIONS, optional=True),
            self.tr("A field of the regions to state as well, when they are not INEI districts (optional).")))
        self.addParameter(with_help(QgsProcessingParameterString(
            self.ANALYST, self.tr("Analyst (name on the report)")), self.tr(
            "The name of the person responsible for the dossier, printed on every page.")))
        add_sample_parameter(self)
        add_custom_band_parameters(self)
        self.addParameter(with_help(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Evidence dossier"), self.tr("PDF files (*.pdf)")), self.tr(
            "The PDF: a cover, one page per patch, and the method and provenance.")))
        self.addParameter(with_help(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, self.tr("Patches of the dossier"), QgsProcessing.SourceType.TypeVector), self.tr(
            "One row per patch: patch_id, lat, lon, utm, area_ha, first_seen, confidence, status and the "
            "inputs' SHA-256.")))

    def patch_features(self, parameters, context):
        """(features, CRS, layer) of POLYGONS: the selection when the layer has one, else all."""
        context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        value = parameters.get(self.POLYGONS)
        layer = self.parameterAsVectorLayer(parameters, self.POLYGONS, context)
        if layer is None and isinstance(value, QgsProcessingFeatureSourceDefinition):
            layer = QgsProcessingUtils.mapLayerFromString(value.source.staticValue(), context)
        if layer is not None and layer.selectedFeatureCount() and \
                not isinstance(value, QgsProcessingFeatureSourceDefinition):
            return list(layer.getSelectedFeatures()), layer.crs(), layer
        source = self.parameterAsSource(parameters, self.POLYGONS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.POLYGONS))
        return list(source.getFeatures()), source.sourceCrs(), layer

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        check_destinations(self, parameters, context, [self.OUTPUT, self.OUTPUT_TABLE])
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        analyst = self.parameterAsString(parameters, self.ANALYST, context).strip()
        if not analyst:
            raise QgsProcessingException(self.tr(
                "'Analyst (name on the report)' is empty: give the name of the person responsible for this "
                "dossier."))
        features, crs, polygons_layer = self.patch_features(parameters, context)
        patches = describe_patches(features, crs, context)
        if not patches:
            raise QgsProcessingException(self.tr(
                "'Loss patches (polygons)' has no polygons (or none of the selected features has a geometry). "
                "Give the output of 'Loss polygons', or select the patches on the map."))
        before, after = (self.image_layer(parameters, key, context) for key in (self.BEFORE, self.AFTER))
        sensor = sensor_from(self, parameters, context)
        labels = {key: self.parameterDefinition(key).description() for key in (self.BEFORE, self.AFTER)}
        feedback.setProgressText(self.tr("Reading the images inside {count} patches…").format(count=len(patches)))
        add_rule_values(patches, [(source_path(before), before.crs(), labels[self.BEFORE]),
                                  (source_path(after), after.crs(), labels[self.AFTER])], sensor, context,
                        self.not_covered)
        zones = self.parameterAsLayerList(parameters, self.ZONES, context)
        try:
            if zones:
                add_legal_status(patches, zone_categories(
                    zones, self.parameterAsString(parameters, self.ZONE_FIELD, context), crs, context, feedback),
                    crs)
        except CoreError as error:
            raise QgsProcessingException(core_error_message(error)) from None
        regions = self.parameterAsSource(parameters, self.REGIONS, context)
        if regions is not None:
            add_places(patches, regions, self.parameterAsString(parameters, self.REGION_FIELD, context), crs,
                       context)
        feedback.setProgress(10)
        inputs = self.inputs(parameters, context, polygons_layer, before, after, zones, regions)
        manifest = manifest_sha256([(path_, sha) for _, path_, sha, _ in inputs])
        run = self.run_facts(parameters, context, patches, crs, before, after, sensor, analyst, inputs, manifest,
                             bool(zones))
        run["estimate"] = whole_map_estimate(self, parameters, context, feedback)
        self.check_dates(patches, run, feedback)
        self.write_pdf(path, run, feedback)
        table = self.write_table(parameters, context, patches, manifest)
        feedback.setProgress(100)
        return {self.OUTPUT: path, self.OUTPUT_TABLE: table}

    def image_layer(self, parameters, key, context):
        """The band stack of BEFORE/AFTER as a layer to draw; a product as downloaded or an unreadable file is
        refused in the field's words (QGIS said 'Could not load source layer for BEFORE: … not found')."""
        layer = drawing_layer(self, parameters, key, context)
        if layer is not None:
            return layer
        value, label = parameters.get(key), self.parameterDefinition(key).description()
        if isinstance(value, str) and is_product(value):
            raise QgsProcessingException(self.tr(
                "'{label}': {name} is a product as downloaded; the dossier draws band stacks. Give the band stack "
                "of that date (bands in the sensor preset's order).").format(label=label, name=os.path.basename(value)))
        raise QgsProcessingException(core_error_message(CoreError("unreadable_raster", role=key, path=str(value)),
                                                        {key: label}))

    def check_dates(self, patches, run, feedback):
        """Warn about patches first seen outside the two images' dates: their chips cannot show the loss appear."""
        early, late = add_date_checks(patches, run["before_date"], run["after_date"])
        fmt = report_formatter()
        if early:
            feedback.reportError(self.tr(
                "{count} of {total} patches were first seen before the 'before' image ({date}): that image already "
                "shows their loss. Their pages say so; OUTPUT_TABLE marks them date_check = before_image.").format(
                count=early, total=len(patches), date=fmt.date(run["before_date"])), False)
        if late:
            feedback.reportError(self.tr(
                "{count} of {total} patches were first seen after the 'after' image ({date}): that image cannot "
                "show their loss yet. Their pages say so; OUTPUT_TABLE marks them date_check = after_image.").format(
                count=late, total=len(patches), date=fmt.date(run["after_date"])), False)

    def not_covered(self, label, patch):
        return self.tr("'{label}' does not cover loss patch {patch} (outside the image, or no data there). Give "
                       "images of the patches' area, or select only the patches they cover.").format(
            label=label, patch=patch)

    def inputs(self, parameters, context, polygons_layer, before, after, zones, regions):
        """[(role, file, SHA-256, acquisition date)] of every input file."""
        items = [(self.tr("Before image"), source_path(before), image_date(source_path(before))),
                 (self.tr("After image"), source_path(after), image_date(source_path(after)))]
        if polygons_layer is not None:
            items.append((self.tr("Patches"), source_path(polygons_layer), None))
        for layer in zones:
            items.append((self.tr("Legal zones"), source_path(layer), None))
        regions_layer = self.parameterAsVectorLayer(parameters, self.REGIONS, context) if regions else None
        if regions_layer is not None:
            items.append((self.tr("Regions"), source_path(regions_layer), None))
        result = []
        for role, path, day in items:
            if path and os.path.exists(archive_path(path)):
                result.append((role, path, sha256_of(path), report_formatter().date(day) if day else ""))
            else:
                result.append((role, path or "?", self.tr("not a file: no hash"), ""))
        return result

    def run_facts(self, parameters, context, patches, crs, before, after, sensor, analyst, inputs, manifest,
                  zones_given):
        """Everything the pages need, chips and stretches included."""
        map_crs = before.crs()
        to_map = QgsCoordinateTransform(crs, map_crs, context.transformContext())
        to_after = QgsCoordinateTransform(map_crs, after.crs(), context.transformContext())
        pixel = before.rasterUnitsPerPixelX()
        images = [(source_path(before), self.BEFORE), (source_path(after), self.AFTER)]
        union = None
        for patch in patches:
            geometry = QgsGeometry(patch["geometry"])
            geometry.transform(to_map)
            envelope = chip_for(patch, geometry, pixel)
            patch["stretch"] = true_colour_stretch(images, sensor, [envelope, _transformed(envelope, to_after)])
            box = geometry.boundingBox()
            if union is None:
                union = box
            else:
                union.combineExtentWith(box)
        box = patches[0]["geometry"].boundingBox() if union is None else union
        margin = max(box.width(), box.height(), 50 * pixel) * 0.15
        cover = (box.xMinimum() - margin, box.xMaximum() + margin, box.yMinimum() - margin, box.yMaximum() + margin)
        rgb = (sensor.bands[2], sensor.bands[1], sensor.bands[0])

        def set_stretch(limits):
            true_colour(before, rgb, limits)
            true_colour(after, rgb, limits)

        parameters_list = [(key, _shown(parameters.get(key), context)) for key in sorted(parameters)
                           if key not in (self.OUTPUT_TABLE,)]
        thresholds = {name: getattr(module, name) for module in (rules, patch_rules) for name in dir(module)
                      if name.isupper() and isinstance(getattr(module, name), float)}
        return {"patches": patches, "analyst": analyst, "version": plugin_version(),
                "created": created_text(datetime.datetime.now().astimezone()),
                "inputs": inputs, "manifest_sha256": manifest, "before_layer": before, "after_layer": after,
                "before_date": image_date(source_path(before)), "after_date": image_date(source_path(after)),
                "before_name": os.path.basename(source_path(before)), "after_name": os.path.basename(
                    source_path(after)), "polygons_name": next(
                    (path for role, path, _, _ in inputs if role == self.tr("Patches")), "?"),
                "map_crs": map_crs, "cover_extent": cover,
                "cover_stretch": true_colour_stretch(images, sensor, [cover, _transformed(cover, to_after)]),
                "set_stretch": set_stretch, "all_outlines": outline_layer([p["geometry"] for p in patches], crs,
                                                                          colour="#ff2020", width=0.4),
                "zones_given": zones_given, "sensor_name": preset_label(
                    self.parameterAsEnum(parameters, SENSOR, context)), "parameters": parameters_list,
                "thresholds": thresholds}

    def write_pdf(self, path, run, feedback):
        """Pages into path + '.part', renamed when complete; nothing is left behind on failure or cancel.

        A task in QGIS's task manager stands for the run, so that answering «Yes» to «cancel the active tasks» when
        QGIS closes cancels the dossier (the dialog's own task for a main-thread algorithm does not)."""
        partial = path + ".part"
        pdf = PdfPages(partial)
        message = None
        task = QgsProxyProgressTask(self.tr("Evidence dossier: {count} patches").format(count=len(run["patches"])))
        # the task's thread only waits for the run; Qt converts the pages' images on the same global thread pool,
        # which the dialog's own task and this one filled on a 2-core laptop: the run hung at 10 %
        pool = QThreadPool.globalInstance()
        pool.setMaxThreadCount(pool.maxThreadCount() + 1)
        QgsApplication.taskManager().addTask(task)
        feedback.progressChanged.connect(task.setProxyProgress)
        try:
            if not pdf.painter.isActive():
                message = self.tr("'Evidence dossier': cannot write {path}. Choose another location for the "
                                  "PDF.").format(path=path)
            else:
                pages = DossierPages(pdf, run)
                pages.cover()
                for number, patch in enumerate(run["patches"]):
                    if feedback.isCanceled() or task.isCanceled():
                        message = cancelled_message()
                        break
                    pages.patch_page(patch)
                    feedback.setProgress(10 + 85 * (number + 1) / len(run["patches"]))
                else:
                    pages.method_page()
        finally:
            feedback.progressChanged.disconnect(task.setProxyProgress)
            task.finalize(message is None)
            pool.setMaxThreadCount(pool.maxThreadCount() - 1)
            pdf.close()
            if message is not None and os.path.exists(partial):
                os.remove(partial)
        if message is not None:
            raise QgsProcessingException(message)
        os.replace(partial, path)

    def write_table(self, parameters, context, patches, manifest):
        fields = QgsFields()
        for name, kind in TABLE_FIELDS:
            fields.append(make_field(name, kind))
        sink, destination = self.parameterAsSink(parameters, self.OUTPUT_TABLE, context, fields,
                                                 QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_TABLE))
        outside = "outside"
        for patch in patches:
            feature = QgsFeature(fields)
            day = patch["first_seen"]
            feature.setAttributes([patch["patch_id"], round(patch["lat"], 7), round(patch["lon"], 7), patch["utm"],
                                   round(patch["area_ha"], 6), QDate(day.year, day.month, day.day) if day else None,
                                   patch["confidence"], status_text(patch, outside) if patch["status"] or
                                   parameters.get(self.ZONES) else "", manifest, patch.get("date_check", "")])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        del sink
        return destination


def _transformed(envelope, transform):
    from qgis.core import QgsRectangle

    minx, maxx, miny, maxy = envelope
    box = transform.transformBoundingBox(QgsRectangle(minx, miny, maxx, maxy))
    return box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum()


def _shown(value, context):
    """A parameter value as text for the provenance page (layers by their file, never by their internal id)."""
    if hasattr(value, "source") and callable(value.source):
        return value.source()
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return _shown(value.source.staticValue(), context) + (
            " [selectedFeaturesOnly]" if value.selectedFeaturesOnly else "")
    if isinstance(value, (list, tuple)):
        return ", ".join(_shown(item, context) for item in value)
    if isinstance(value, str) and value:
        project = context.project()
        layer = (project.mapLayer(value) if project is not None else None) or \
            context.temporaryLayerStore().mapLayer(value)
        if layer is not None:
            return layer.source()
    return str(value)
