"""The dock's "Where did it go?" action: miningloss:displacement for the selected operation, shown on the map."""

import os
import tempfile
import weakref

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsMapLayerType,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal, pyqtSlot
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QToolButton

from ..algorithms.parameters.styles import write_style
from ..algorithms.regions.displacement_styles import line_style_labels, zone_style_labels

RADIUS_KM = 50
WINDOW_MONTHS = 12


translate = QCoreApplication.translate


class _Feedback(QgsProcessingFeedback):
    """Keeps the algorithm's error message (written from the task's thread) for the result line."""

    error = ""

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.error = error
        super().reportError(error, fatalError)


def output_folder(project, operation):
    """Beside the saved project (a saved project keeps its layers), else a temporary folder."""
    if not project.fileName():
        return tempfile.mkdtemp(prefix="mlm_where_")
    stem = os.path.splitext(os.path.basename(project.fileName()))[0]
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in operation).strip("_") or "operation"
    folder = os.path.join(project.absolutePath(), f"{stem}_where_did_it_go", safe)
    os.makedirs(folder, exist_ok=True)
    return folder


class WhereDidItGo(QObject):
    """A button and a result line under the dock's comparison; runs the displacement and loads its layers."""

    finished = pyqtSignal(str)  # the summary, or "" when nothing was found (error, cancel, nothing selected)

    def __init__(self, dock):
        super().__init__(dock)
        self._dock = weakref.ref(dock)  # no cycle: the dock (owner of this object) must be free to go
        self.button = QToolButton()
        self.button.setText(translate("WhereDidItGo", "Where did it go?"))
        self.button.setToolTip(
            translate(
                "WhereDidItGo",
                "All forest loss in the zones around the selected operation, up to {months} months before and "
                "after its start (the same number on both sides, as many as the data cover), within {radius} km: "
                "where it rose most."
            ).format(months=WINDOW_MONTHS, radius=RADIUS_KM)
        )
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.result_label, 1)
        dock.widget().layout().addLayout(row)
        self.button.clicked.connect(lambda: self.run())
        self.layers = []
        self.task = self._context = self._feedback = None

    @property
    def dock(self):
        return self._dock()

    def parameters(self, folder):
        """The displacement parameters for the dock's layers and selected operation."""
        model = self.dock.model
        loss = model.loss_layer
        parameters = {
            "LOSS": loss,
            "OPERATIONS": model.operations_layer,
            "OPERATION": model.selected,
            "RADIUS_KM": RADIUS_KM,
            "WINDOW_MONTHS": WINDOW_MONTHS,
            "OUTPUT": os.path.join(folder, "zones.gpkg"),
            "OUTPUT_LINES": os.path.join(folder, "lines.gpkg"),
        }
        if loss.type() == QgsMapLayerType.RasterLayer:
            parameters["ENCODING"] = 1  # the dock's rasters are this plugin's loss dates (YYYYMMDD)
        else:
            parameters["DATE_FIELD"] = "loss_date"
        return parameters

    def run(self):
        """Start the displacement as a background task (QGIS's task bar shows its progress; the button cancels it).

        Returns the task (None when nothing can run); `finished` is emitted with the summary, or "" on error/cancel.
        """
        if self.task is not None:  # running: the button now cancels
            self.task.cancel()
            return None
        model = self.dock.model
        if not (model.selected and model.loss_layer is not None and model.operations_layer is not None):
            self.result_label.setText(translate("WhereDidItGo", "Select an operation and a dated loss layer first."))
            self.finished.emit("")
            return None
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("miningloss:displacement")
        folder = output_folder(model.project, model.selected)
        self._context = QgsProcessingContext()  # kept alive (with the feedback) until the task ends
        self._context.setProject(model.project)
        self._feedback = _Feedback()
        self._feedback.progressChanged.connect(self._progress)
        name = model.selected
        task = QgsProcessingAlgRunnerTask(algorithm, self.parameters(folder), self._context, self._feedback)
        task.setDescription(translate("WhereDidItGo", "Where did it go? {name}").format(name=name))
        task.executed.connect(lambda ok, results: self._done(ok, results, name))
        self.task = task
        self.button.setText(translate("WhereDidItGo", "Cancel"))
        self.result_label.setText(translate("WhereDidItGo", "Looking for where the loss went after {name}…").format(
            name=name))
        if task.isCanceled():  # the algorithm refused the parameters before starting
            self._done(False, {}, name)
            return None
        QgsApplication.taskManager().addTask(task)
        return task

    @pyqtSlot(float)
    def _progress(self, percent):
        if self.task is not None and not sip.isdeleted(self.button):
            self.button.setText(translate("WhereDidItGo", "Cancel ({percent} %)").format(percent=int(percent)))

    def _done(self, ok, results, name):
        """Back on the main thread: load the layers and say the result, or why there is none."""
        feedback, self.task = self._feedback, None
        try:
            feedback.progressChanged.disconnect(self._progress)
        except (AttributeError, TypeError, RuntimeError):  # already gone with this object's deletion
            pass
        if self.dock is None or sip.isdeleted(self.button):  # the dock went away (plugin unloaded) meanwhile
            return
        self.button.setText(translate("WhereDidItGo", "Where did it go?"))
        if ok and results.get("SUMMARY"):
            self._show(results, name)
            summary = results["SUMMARY"]
            windows = translate("WhereDidItGo", "(counted: {windows}; zones within {radius} km)")
            text = summary[:1].upper() + summary[1:] + " " + windows.format(windows=results.get("WINDOWS", ""),
                                                                            radius=RADIUS_KM)
            if not self.dock.model.project.fileName():
                text += " " + translate("WhereDidItGo", "The layers are temporary files: save the project first to "
                                                        "keep them in a folder beside it.")
            self.result_label.setText(text)
            self.finished.emit(summary)
            return
        if feedback is not None and feedback.isCanceled():
            message = translate("WhereDidItGo", "Cancelled.")
        else:
            message = (feedback.error if feedback is not None else "") or translate(
                "WhereDidItGo", "The search failed; see the Processing log.")
        self.result_label.setText(message)
        self.finished.emit("")

    def cancel(self):
        """Stop a running search (dock closed or plugin unloaded)."""
        if self.task is not None:
            self.task.cancel()

    def _show(self, results, name):
        project = self.dock.model.project
        for layer in self.layers:
            if project.mapLayer(layer) is not None:
                project.removeMapLayer(layer)
        added = []
        for key, title, template, labels in (
            ("OUTPUT", translate("WhereDidItGo", "Where did it go: {name}"), "displacement.qml", zone_style_labels()),
            (
                "OUTPUT_LINES",
                translate("WhereDidItGo", "Where it rose most: {name}"),
                "displacement_lines.qml",
                line_style_labels(),
            ),
        ):
            path = results.get(key)
            if not path:
                continue
            layer = QgsVectorLayer(path, title.format(name=name), "ogr")
            if not layer.isValid() or not layer.featureCount():  # no zone where loss rose: no empty layer
                continue
            layer.loadNamedStyle(write_style(template, path, labels))
            added.append(layer)
        project.addMapLayers(added[::-1])
        self.layers = [layer.id() for layer in added]
        canvas = self.dock.canvas
        if canvas is not None and added:
            transform = QgsCoordinateTransform(added[0].crs(), self.dock.model.canvas_crs(), project)
            extent = transform.transformBoundingBox(added[0].extent())
            extent.scale(1.05)
            canvas.setExtent(extent)
            canvas.refresh()
