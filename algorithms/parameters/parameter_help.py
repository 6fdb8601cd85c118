"""A help line for every parameter: shown as the dialog's tooltip and in `qgis_process help`.

Keyed by (algorithm class, parameter key), falling back to the key alone. Texts are translated when the
algorithm is initialised (the translator is installed by then), never at import.
"""

from qgis.PyQt.QtCore import QCoreApplication

from ..estimation.estimation_help import estimation_help

translate = QCoreApplication.translate


def help_texts():
    """{key or (class name, key): help} in the current language."""
    return {
        **estimation_help(),
        # detection
        "BEFORE": translate(
            "ParameterHelp",
            "The earlier image: a band stack in the order of the sensor preset (e.g. Sentinel-2 B2, B3, "
            "B4, B8, B11, B12), or a downloaded product."),
        "AFTER": translate(
            "ParameterHelp",
            "The later image of the same area, same sensor preset. Its date must be after the earlier image's date."),
        "SENSOR": translate(
            "ParameterHelp",
            "How bands and reflectance are read: Sentinel-2 L2A (baseline 04.00 and later subtract 1000), "
            "Landsat 8/9 Collection 2 Level-2, four-band PlanetScope/NICFI, or custom band numbers."),
        "MASK_BEFORE": translate(
            "ParameterHelp",
            "Cloud mask of the earlier image (Sentinel-2 SCL, Landsat QA_PIXEL or a binary mask). "
            "Empty: clouds are screened from the spectra."),
        "MASK_AFTER": translate("ParameterHelp", "Cloud mask of the later image, of the same type as the earlier one."),
        "MASK_TYPE": translate(
            "ParameterHelp",
            "What the mask files are: Sentinel-2 scene classification (SCL), Landsat QA_PIXEL bits, "
            "or binary (non-zero = masked)."),
        "MIN_AREA_HA": translate(
            "ParameterHelp", "Loss patches smaller than this many hectares are removed (minimum mapping unit)."),
        "CUSTOM_BANDS": translate(
            "ParameterHelp",
            "Only for the Custom preset: band numbers of blue, green, red, NIR and, if present, "
            "SWIR1 and SWIR2, separated by commas."),
        "CUSTOM_SCALE": translate("ParameterHelp", "Only for the Custom preset: reflectance = value × scale + offset."),
        "CUSTOM_OFFSET": translate(
            "ParameterHelp", "Only for the Custom preset: reflectance = value × scale + offset."),
        "IMAGES": translate(
            "ParameterHelp",
            "Two or more images of the same area (band stacks or downloaded products), in any order: "
            "they are sorted by date."),
        "MASKS": translate(
            "ParameterHelp", "One cloud mask per image, matched by the date in the file name (optional)."),
        "DATES": translate(
            "ParameterHelp",
            "Only when the file names and metadata carry no date: one YYYY-MM-DD per image, separated by "
            "commas, in the order of the images."),
        "CONFIRM_OBS": translate(
            "ParameterHelp", "How many of the next clear observations must show the loss again to confirm it."),
        "FOREST_MASK": translate(
            "ParameterHelp", "Forest when the series starts, non-zero = forest (e.g. Hansen treecover2000 ≥ 30 %)."),
        "OUTPUT_CLASS": translate(
            "ParameterHelp", "Loss classes: 0 no forest loss, 1 mining loss, 2 other forest loss, 255 masked."),
        "OUTPUT_DATE": translate(
            "ParameterHelp", "Date of the first clear observation that shows the loss, as YYYYMMDD."),
        "OUTPUT_CONFIDENCE": translate(
            "ParameterHelp", "2 probable (seen once, near the end of the series), 3 confirmed."),
        ("DetectTwoDates", "OUTPUT"): translate(
            "ParameterHelp", "Loss classes: 0 no forest loss, 1 mining loss, 2 other forest loss, 255 masked."),
        # vectorize
        "INPUT_CLASS": translate("ParameterHelp", "A loss class raster written by one of the detections."),
        "INPUT_DATE": translate(
            "ParameterHelp", "The loss date raster of the same detection run (optional): polygons get loss_date."),
        "INPUT_CONFIDENCE": translate("ParameterHelp", "The confidence raster of the same detection run (optional)."),
        ("VectorizeLoss", "MIN_AREA_HA"): translate(
            "ParameterHelp", "Polygons smaller than this many hectares are left out."),
        ("VectorizeLoss", "OUTPUT"): translate(
            "ParameterHelp",
            "A GeoPackage of loss polygons with class, kind, loss_date, confidence, area_ha, lon and lat."),
        # summaries
        "LOSS": translate(
            "ParameterHelp",
            "The forest loss to count: a raster (this plugin's classes or dates, Hansen lossyear, GFW "
            "alerts, a binary mask) or polygons (this plugin's, Amazon Mining Watch, …)."),
        "ENCODING": translate("ParameterHelp", "For a raster: what its values mean. Ignored for polygons."),
        "LOSS_DATE": translate(
            "ParameterHelp",
            "For this plugin's class raster: the loss date raster of the same run, to split the loss into periods."),
        "DATE_FIELD": translate(
            "ParameterHelp", "For polygons: the field holding the loss date. Disabled for rasters."),
        "GROUP_FIELD": translate(
            "ParameterHelp",
            "For polygons: a field whose values are the periods themselves (e.g. a year). Disabled for rasters."),
        "AREA_FIELD": translate(
            "ParameterHelp",
            "For polygons: a field with each polygon's hectares, shared by the part inside each "
            "region. Empty: the area is measured."),
        "REGIONS": translate(
            "ParameterHelp", "Polygons to count the loss in: districts, protected areas, operation areas…"),
        "REGION_FIELD": translate("ParameterHelp", "The field that names each region in the table and the report."),
        "PERIOD": translate(
            "ParameterHelp", "Group the loss by year, quarter, month, or count the whole range at once."),
        "START_DATE": translate("ParameterHelp", "Count loss from this day (optional)."),
        "END_DATE": translate("ParameterHelp", "Count loss up to this day (optional)."),
        "OPERATIONS": translate(
            "ParameterHelp",
            "The operations layer (name, start_date, …): e.g. made by 'Import enforcement operations (CSV)'."),
        ("RegionSummary", "OPERATIONS"): translate(
            "ParameterHelp", "Operations drawn as markers on the report's charts (optional)."),
        ("RegionSummary", "OUTPUT"): translate(
            "ParameterHelp",
            "A table with one row per region and period: loss_ha, mining_ha, other_ha, region_ha, loss_pct."),
        "REPORT": translate(
            "ParameterHelp", "An HTML report with charts, tables and the method, readable offline in any browser."),
        "OPERATION": translate(
            "ParameterHelp",
            "The operation to compare around. Empty: the one selected on the map, or the layer's only operation."),
        "AFTER_MONTHS": translate(
            "ParameterHelp",
            "Length of the window after the operation starts. Cut to the images' dates when the loss data end "
            "earlier."),
        "BEFORE_START": translate("ParameterHelp", "Instead of an operation: first day of the window before."),
        "BEFORE_END": translate("ParameterHelp", "Instead of an operation: last day of the window before."),
        "AFTER_START": translate("ParameterHelp", "Instead of an operation: first day of the window after."),
        "AFTER_END": translate("ParameterHelp", "Instead of an operation: last day of the window after."),
        "WINDOW": translate(
            "ParameterHelp",
            "The window before: the same months one year earlier (as MAAP reports), or the same length "
            "just before the operation."),
        "LOSS_KIND": translate(
            "ParameterHelp",
            "Compare all forest loss, only mining loss or only other forest loss (needs a loss input "
            "that tells them apart)."),
        ("ComparePeriods", "OUTPUT"): translate(
            "ParameterHelp",
            "A table with one row per region: hectares and monthly rates before and "
            "after, their change, and the dates actually counted."),
        # radar
        ("DetectRadar", "IMAGES"): translate(
            "ParameterHelp",
            "Sentinel-1 RTC products as downloaded (ASF HyP3 RTC zips or folders, OPERA RTC-S1 _VV.tif files) or "
            "2-band VV/VH stacks with the date in the name, or a folder of them: at least two dates, one grid."),
        ("DetectRadar", "OUTPUT_CLASS"): translate(
            "ParameterHelp",
            "Loss classes: 0 no forest loss, 1 mining loss (new water or bare ground), 2 other forest loss, "
            "255 never seen (no data, layover or shadow)."),
        ("DetectRadar", "OUTPUT_DATE"): translate(
            "ParameterHelp", "Date of the first radar observation of the loss, as YYYYMMDD."),
        ("IntegrateAlerts", "OPTICAL_CLASS"): translate(
            "ParameterHelp", "The loss classes of 'Detect mining loss (time series)'."),
        ("IntegrateAlerts", "OPTICAL_DATE"): translate("ParameterHelp", "The loss dates of the same optical run."),
        ("IntegrateAlerts", "OPTICAL_CONFIDENCE"): translate(
            "ParameterHelp", "The loss confidence of the same optical run."),
        ("IntegrateAlerts", "RADAR_CLASS"): translate(
            "ParameterHelp", "The loss classes of 'Detect mining loss (Sentinel-1 radar)' (any grid)."),
        ("IntegrateAlerts", "RADAR_DATE"): translate("ParameterHelp", "The loss dates of the same radar run."),
        ("IntegrateAlerts", "RADAR_CONFIDENCE"): translate(
            "ParameterHelp", "The loss confidence of the same radar run."),
        ("IntegrateAlerts", "OUTPUT_CLASS"): translate(
            "ParameterHelp", "The optical class where the optical saw loss, else the radar's (0, 1, 2, 255)."),
        ("IntegrateAlerts", "OUTPUT_DATE"): translate(
            "ParameterHelp", "The earlier of the two sources' dates, as YYYYMMDD."),
        ("IntegrateAlerts", "OUTPUT_CONFIDENCE"): translate(
            "ParameterHelp", "2 probable, 3 confirmed (by one source), 4 seen by both sources."),
        ("IntegrateAlerts", "OUTPUT_SOURCE"): translate(
            "ParameterHelp", "Who saw the loss: 1 the optical, 2 the radar, 3 both."),
        # operations
        ("ImportOperations", "INPUT"): translate(
            "ParameterHelp",
            "A CSV with name, start_date (YYYY-MM-DD or DD/MM/YYYY), end_date, "
            "agency, kind, description, source and either wkt or region."),
        ("ImportOperations", "REGIONS"): translate(
            "ParameterHelp", "Polygons whose names the CSV's region column can use as the operation's area "
                             "(optional)."),
        ("ImportOperations", "REGION_FIELD"): translate(
            "ParameterHelp", "The field of those polygons that holds the names."),
        ("ImportOperations", "OUTPUT"): translate(
            "ParameterHelp", "The operations GeoPackage layer (EPSG:4326) the timeline dock reads."),
    }


def apply_help(algorithm_class, parameter, texts):
    """Give a parameter its help line when it has none."""
    if not hasattr(parameter, "setHelp") or parameter.help():
        return
    text = texts.get((algorithm_class, parameter.name())) or texts.get(parameter.name())
    if text:
        parameter.setHelp(text)
