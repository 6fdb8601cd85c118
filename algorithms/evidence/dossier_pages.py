"""The dossier's pages: cover, one page per patch (facts, before/after chips), method and provenance."""
from qgis.PyQt.QtCore import QCoreApplication

from ..core.evidence.evidence import chip_envelope
from ..reports.report_locale import report_formatter
from .dossier_layout import decorate, fact_rows, label, map_item, monospace_lines, outline_layer, page_footer

CHIP = 90.0  # mm, square


class DossierPages:
    """Writes the pages of one dossier into a PdfPages; all texts are translated here."""

    def __init__(self, pdf, run):
        self.pdf, self.run = pdf, run
        self.fmt = report_formatter()  # numbers and dates as the reports and the dock write them
        self.total = len(run["patches"]) + 2

    def tr(self, text):
        return QCoreApplication.translate("DossierPages", text)

    def number(self, value, decimals=2):
        return "—" if value is None else self.fmt.number(float(value), decimals)

    def date(self, value):
        return self.fmt.date(value) if value is not None else self.tr("not known")

    def footer(self, layout):
        run = self.run
        text = self.tr("Mining Loss Monitor {version} · report of {when} · analyst: {analyst}\nInputs SHA-256 "
                       "(manifest): {sha}").format(version=run["version"], when=run["created"],
                                                   analyst=run["analyst"], sha=run["manifest_sha256"])
        page_footer(layout, text, self.tr("Page {page} of {total}").format(page=self.pdf.pages + 1,
                                                                            total=self.total))

    def confidence(self, value):
        return {4: self.tr("confirmed by optical and radar"), 3: self.tr("confirmed"),
                2: self.tr("probable")}.get(value, "—")

    def kind(self, value):
        return {"mining": self.tr("mining loss"), "other": self.tr("other forest loss")}.get(value, value or "—")

    def status_lines(self, patch):
        if not self.run["zones_given"]:
            return [self.tr("not assessed (no legal zones given)")]
        if not patch["status"]:
            return [self.tr("outside every legal zone given")]
        return [self.tr("{category}: {zone}, {hectares} ha inside").format(
            category=category, zone=zone, hectares=self.number(hectares)) for category, zone, hectares in
            patch["status"]]

    def place_lines(self, patch):
        places = patch["places"]
        names = {"department": self.tr("Department"), "province": self.tr("Province"),
                 "district": self.tr("District"), "region": self.tr("Region")}
        lines = [f"{names[role]}: {places[role]}" for role in ("department", "province", "district", "region")
                 if places.get(role)]
        return lines or [self.tr("not given (no regions layer, or outside it)")]

    def cover(self):
        run, layout = self.run, self.pdf.new_layout()
        patches = run["patches"]
        label(layout, self.tr("Evidence dossier: forest loss"), 12, 10, 186, 10, size=18, bold=True)
        label(layout, self.tr("Loss patches detected in satellite images, with coordinates, legal status, "
                              "before/after images and the provenance of every input."), 12, 21, 186, 8, size=9)
        dated = [p["first_seen"] for p in patches if p["first_seen"]]
        when = self.tr("{first} to {last}").format(first=self.date(min(dated)), last=self.date(max(dated))) \
            if dated else self.tr("not dated")
        places = sorted({", ".join(v for v in (p["places"].get("district"), p["places"].get("province"),
                                               p["places"].get("department")) if v) for p in patches} - {""})
        facts = [
            (self.tr("What"), self.tr("{count} loss patches, {hectares} ha in total").format(
                count=len(patches), hectares=self.number(sum(p["area_ha"] for p in patches)))),
            (self.tr("Where"), "; ".join(places[:4]) + (" …" if len(places) > 4 else "") if places else
             self.tr("{lat} to {lat2} latitude").format(lat=self.number(min(p["lat"] for p in patches), 4),
                                                        lat2=self.number(max(p["lat"] for p in patches), 4))),
            (self.tr("When (first seen)"), when),
            (self.tr("Images"), self.tr("before {before}, after {after}").format(
                before=self.date(run["before_date"]), after=self.date(run["after_date"]))),
            (self.tr("By whom"), run["analyst"]),
            (self.tr("Report date"), run["created"]),
        ]
        if run.get("estimate"):
            facts[1:1] = self.estimate_lines(run["estimate"])
        fact_rows(layout, facts, 12, 32, 186)
        extent = run["cover_extent"]
        run["set_stretch"](run["cover_stretch"])
        item = map_item(layout, [run["all_outlines"], run["after_layer"]], run["map_crs"], extent, 12, 72, 186, 130)
        decorate(layout, item, 12, 72, 186, 130)
        label(layout, self.tr("Location of the patches (outlined) on the after image"), 100, 204, 98, 5, size=7.5)
        lines = [self.tr("Inputs (SHA-256 of each file):")]
        for role, path, sha, day in run["inputs"]:
            lines.append(f"{role}: {path}" + (f"  ({day})" if day else ""))
            lines.append(f"    {sha}")
        label(layout, "\n".join(lines[:17]), 12, 216, 186, 64, size=6.5, mono=True)
        self.footer(layout)
        self.pdf.add(layout)

    def estimate_lines(self, estimate):
        """The loss estimated from the labelled sample with its interval, beside the map's hectares."""
        sample = self.tr("{points} labelled points").format(points=estimate["points"])
        if estimate.get("users") is not None:
            sample += self.tr("; mapped mining loss confirmed: {users} ± {half} %").format(
                users=self.number(100 * estimate["users"], 0), half=self.number(100 * estimate["users_half"], 0))
        return [(self.tr("Sample estimate"), self.tr("{value} ± {half} ha of loss (95 %); the map: {map} ha").format(
            value=self.number(estimate["value"]), half=self.number(estimate["half"]),
            map=self.number(estimate["map"]))), (self.tr("Reference sample"), sample)]

    def patch_page(self, patch):
        run, layout = self.run, self.pdf.new_layout()
        label(layout, self.tr("Loss patch {id}").format(id=patch["patch_id"]), 12, 10, 186, 10, size=16, bold=True)
        left = [self.tr("Coordinates (centre, WGS 84)"), self.tr("Decimal degrees: {value}").format(value=patch["dd"]),
                self.tr("DMS: {value}").format(value=patch["dms"]),
                self.tr("UTM: {value}").format(value=patch["utm"]), "", self.tr("Location")] + self.place_lines(patch)
        rule = patch["rule"]
        right = [self.tr("Area: {hectares} ha").format(hectares=self.number(patch["area_ha"])),
                 self.tr("Kind: {kind}").format(kind=self.kind(patch["kind"])),
                 self.tr("First seen: {date}").format(date=self.date(patch["first_seen"]))]
        right += self.date_check_lines(patch)
        right += [self.tr("Confidence: {confidence}").format(confidence=self.confidence(patch["confidence"])), "",
                  self.tr("Legal status")] + self.status_lines(patch)
        label(layout, "\n".join(left), 12, 22, 92, 62, size=8.5)
        label(layout, "\n".join(right), 108, 22, 90, 62, size=8.5)
        run["set_stretch"](patch["stretch"])
        outline = outline_layer([patch["geometry"]], patch["crs"])
        envelope = patch["chip"]
        for number, (layer, title) in enumerate(((run["before_layer"], self.tr("Before: {date}").format(
                date=self.date(run["before_date"]))), (run["after_layer"], self.tr("After: {date}").format(
                date=self.date(run["after_date"]))))):
            x = 12 + number * (CHIP + 6)
            label(layout, title, x, 88, CHIP, 6, size=9, bold=True)
            item = map_item(layout, [outline, layer], run["map_crs"], envelope, x, 95, CHIP, CHIP)
            decorate(layout, item, x, 95, CHIP, CHIP)
        label(layout, self.tr("True colour, the same stretch on both images; the patch is outlined in yellow."),
              12, 205, 186, 5, size=7.5, colour="#555555")
        values = [self.tr("The rule's values in the patch (means over its pixels)"),
                  self.tr("NDVI before {before}, after {after} (forest before: at least {limit})").format(
                      before=self.number(rule["ndvi_before"]), after=self.number(rule["ndvi_after"]),
                      limit=self.number(run["thresholds"]["FOREST_NDVI"])),
                  self.tr("NBR before {before}, after {after} (loss: a drop of at least {limit})").format(
                      before=self.number(rule["nbr_before"]), after=self.number(rule["nbr_after"]),
                      limit=self.number(run["thresholds"]["LOSS_DNBR"])),
                  self.tr("New water: {share} % of the patch").format(share=self.number(100 * rule["new_water"], 1))]
        values += self.mining_sign_lines(rule)
        label(layout, "\n".join(values), 12, 213, 186, 38, size=8.5)
        provenance = [self.tr("Provenance"),
                      self.tr("Before image: {name}").format(name=run["before_name"]),
                      self.tr("After image: {name}").format(name=run["after_name"]),
                      self.tr("Patches: {name}").format(name=run["polygons_name"]),
                      self.tr("Full list of inputs with their SHA-256 on the cover; method on the last page.")]
        label(layout, "\n".join(provenance), 12, 252, 186, 28, size=7.5)
        self.footer(layout)
        self.pdf.add(layout)
        del outline  # only after the page is drawn

    def mining_sign_lines(self, rule):
        """The spatial context the patch rule reads: tailings-like ground in the patch, pale ground and water
        around it."""
        if "pale_around" not in rule:
            return []
        limits = self.run["thresholds"]
        answer = self.tr("yes") if rule["front"] else self.tr("no")
        lines = [self.tr("Tailings-like ground: {share} % of the patch; pale ground around it: {around} % "
                         "(a mining front needs at least {limit_share} % and {limit_around} %: {answer})").format(
            share=self.number(100 * rule["tailings"], 0), around=self.number(100 * rule["pale_around"], 0),
            limit_share=self.number(100 * limits["FRONT_TAILINGS_SHARE"], 0),
            limit_around=self.number(100 * limits["FRONT_PALE_AROUND"], 0), answer=answer)]
        if "bare_ha" in rule:
            lines.append(self.tr("Bare ground: {area} ha (with at least {limit_share} % tailings-like ground, a front "
                                 "of {limit_area} ha or more needs no pale ground around: {answer})").format(
                area=self.number(rule["bare_ha"], 2), limit_share=self.number(100 * limits["FRONT_TAILINGS_SHARE"], 0),
                limit_area=self.number(limits["FRONT_LARGE_BARE_HA"], 2),
                answer=self.tr("yes") if rule["large_front"] else self.tr("no")))
        if rule["river"]:
            lines.append(self.tr("Water before and after around it: {share} % (a river: new water there is not "
                                 "counted as ponds)").format(share=self.number(100 * rule["water_around"], 0)))
        return lines

    def date_check_lines(self, patch):
        """A warning under the date when the loss was first seen outside the two images' dates."""
        check = patch.get("date_check")
        if check == "before_image":
            return [self.tr("Warning: first seen before the 'before' image ({date}); these two images cannot show "
                            "it appearing.").format(date=self.date(self.run["before_date"]))]
        if check == "after_image":
            return [self.tr("Warning: first seen after the 'after' image ({date}); these two images cannot show "
                            "this loss yet.").format(date=self.date(self.run["after_date"]))]
        return []

    def method_page(self):
        run, layout = self.run, self.pdf.new_layout()
        label(layout, self.tr("Method and provenance"), 12, 10, 186, 10, size=16, bold=True)
        method = self.tr(
            "Coordinates are the centre (centroid) of each patch, in WGS 84; UTM on the zone of that point.\n"
            "Areas are ellipsoidal. Legal status: the ellipsoidal area of each patch inside each zone.\n"
            "Chips: red, green and blue bands of the {sensor} preset, one 2-98 % stretch per patch shared by\n"
            "both dates. Rule values: reflectance (DN x scale + offset) averaged over the patch's pixels.\n"
            "SHA-256 lets anyone check that the files are the ones this report was made from.").format(
            sensor=run["sensor_name"])
        label(layout, method, 12, 22, 186, 28, size=8)
        label(layout, self.tr("Parameters"), 12, 52, 90, 6, size=10, bold=True)
        label(layout, "\n".join(monospace_lines([f"{key} = {value}" for key, value in run["parameters"]], 92)),
              12, 59, 92, 220, size=7, mono=True)
        label(layout, self.tr("Thresholds of the rule"), 108, 52, 90, 6, size=10, bold=True)
        label(layout, "\n".join(f"{key} = {value}" for key, value in run["thresholds"].items()), 108, 59, 90, 150,
              size=7, mono=True)
        self.footer(layout)
        self.pdf.add(layout)


def chip_for(patch, geometry_in_map_crs, pixel_size):
    """The chip's square envelope (minx, maxx, miny, maxy) in the map CRS, stored on the patch."""
    box = geometry_in_map_crs.boundingBox()
    patch["chip"] = chip_envelope((box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum()), pixel_size)
    return patch["chip"]
