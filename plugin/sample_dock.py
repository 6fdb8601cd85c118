"""MiningLossSampleDock — 'Verify sample': label the points of a sampling design with keys 1-9, one at a time,
the map zoomed to each with before and after chips of the rasters the analyst picks."""
import getpass

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsSettings
from qgis.gui import QgsDockWidget, QgsMapCanvas, QgsMapLayerComboBox, QgsVertexMarker
from qgis.PyQt.QtCore import QEvent, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .sample_labelling import SampleLabeller, is_sample_layer

ANALYST_SETTING = "mining_loss_monitor/analyst"


class MiningLossSampleDock(QgsDockWidget):
    """A thin shell around SampleLabeller: layer pickers, chips, class buttons, progress, keys."""

    def __init__(self, canvas, project=None, parent=None):
        super().__init__(parent)
        self.setObjectName("MiningLossSampleDock")
        self.setWindowTitle(self.tr("Verify sample"))
        self.canvas = canvas
        self.project = project or QgsProject.instance()
        self.before_chip, self.after_chip = QgsMapCanvas(), QgsMapCanvas()
        self.labeller = SampleLabeller(canvas, [self.before_chip, self.after_chip], self.project)
        self.markers = []
        self.comment_point = None  # the point whose comment the comment box holds
        self._build()
        self.labeller.changed.connect(self._refresh)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if canvas is not None:
            canvas.installEventFilter(self)
        self._layer_chosen()

    def _build(self):
        body = QWidget()
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.sample_combo = QgsMapLayerComboBox()
        self.sample_combo.setFilters(QgsMapLayerProxyModel.Filter.PointLayer)
        self.before_combo, self.after_combo = QgsMapLayerComboBox(), QgsMapLayerComboBox()
        for combo in (self.before_combo, self.after_combo):
            combo.setFilters(QgsMapLayerProxyModel.Filter.RasterLayer)
            combo.setAllowEmptyLayer(True)
        self.analyst_edit = QLineEdit(QgsSettings().value(ANALYST_SETTING, "") or getpass.getuser())
        form.addRow(self.tr("Sample points"), self.sample_combo)
        form.addRow(self.tr("Image before"), self.before_combo)
        form.addRow(self.tr("Image after"), self.after_combo)
        form.addRow(self.tr("Analyst"), self.analyst_edit)
        layout.addLayout(form)
        chips = QGridLayout()
        for column, (title, chip) in enumerate(((self.tr("Before"), self.before_chip),
                                                (self.tr("After"), self.after_chip))):
            chip.setMinimumSize(160, 160)
            chip.setCanvasColor(QColor("white"))
            chips.addWidget(QLabel(title), 0, column)
            chips.addWidget(chip, 1, column)
        layout.addLayout(chips)
        self.point_label = QLabel()
        self.point_label.setWordWrap(True)
        layout.addWidget(self.point_label)
        self.comment_edit = QLineEdit()
        self.comment_edit.setPlaceholderText(self.tr("Comment (saved with the next answer)"))
        layout.addWidget(self.comment_edit)
        self.class_buttons = QVBoxLayout()
        layout.addLayout(self.class_buttons)
        moves = QHBoxLayout()
        for text, slot in ((self.tr("◀ Previous"), self.labeller.previous), (self.tr("Skip"), self.labeller.skip),
                           (self.tr("Next ▶"), self.labeller.next)):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            moves.addWidget(button)
        layout.addLayout(moves)
        self.progress_label = QLabel()
        layout.addWidget(self.progress_label)
        hint = QLabel(self.tr("Keys: 1-9 reference class, → next, ← previous, S skip to the next unlabelled point "
                              "(1-9 and S on the map too). Each answer is saved in the file at once."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch(1)
        scroll = QScrollArea()  # squeezed under another dock, the dock scrolls instead of drawing text over the chips
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.sample_combo.layerChanged.connect(self._layer_chosen)
        self.before_combo.layerChanged.connect(self._chip_layers)
        self.after_combo.layerChanged.connect(self._chip_layers)
        self.analyst_edit.textChanged.connect(self._analyst)
        self._analyst(self.analyst_edit.text())

    # -- choices ---------------------------------------------------------------------------------
    def _layer_chosen(self, *args):
        self._save_typed_comment()  # a comment typed on the previous sample's point stays there
        self.comment_point = None
        layer = self.sample_combo.currentLayer()
        self.labeller.set_layer(layer if is_sample_layer(layer) else None)
        self._class_buttons()
        self._refresh()

    def _chip_layers(self, *args):
        for chip, combo in ((self.before_chip, self.before_combo), (self.after_chip, self.after_combo)):
            layer = combo.currentLayer()
            chip.setLayers([layer] if layer is not None else [])
            if layer is not None:
                chip.setDestinationCrs(self.labeller.layer.crs() if self.labeller.layer else layer.crs())
        self.labeller.show_current()

    def _analyst(self, text):
        self.labeller.analyst = text.strip()
        QgsSettings().setValue(ANALYST_SETTING, text.strip())

    def set_layers(self, sample, before=None, after=None):
        """Pick the sample and chip layers (as a user does in the combos)."""
        self.sample_combo.setLayer(sample)
        self.before_combo.setLayer(before)
        self.after_combo.setLayer(after)
        self._layer_chosen()
        self._chip_layers()

    def _class_buttons(self):
        while self.class_buttons.count():
            item = self.class_buttons.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for number, code in enumerate(self.labeller.classes, start=1):
            button = QPushButton(self.tr("Key {key}: {name}").format(key=number, name=self.class_name(code)))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, n=number: self.answer(n))
            self.class_buttons.addWidget(button)

    def class_name(self, code):
        """The class's name for this plugin's classes (0, 1, 2), else 'class N'."""
        if code is None or code == "" or str(code) == "NULL" or code != code:
            return self.tr("none yet")
        names = {0: self.tr("No forest loss"), 1: self.tr("Mining loss"), 2: self.tr("Other forest loss")}
        if set(self.labeller.classes) <= {0, 1, 2} and int(code) in names:
            return names[int(code)]
        return self.tr("class {code}").format(code=code)

    # -- display ---------------------------------------------------------------------------------
    def _save_typed_comment(self):
        """A comment typed (or cleared) on the point the box belongs to and not yet saved: saved there."""
        if self.comment_point is None or self.labeller.layer is None:
            return
        typed = self.comment_edit.text().strip()
        if typed != self.labeller.comment_of(self.comment_point):
            self.labeller.set_comment(self.comment_point, typed)

    def _follow_comment(self):
        """Moving to another point: a comment typed on the one left is saved there, the new one's shown."""
        point = self.labeller.current_id()
        if point == self.comment_point:
            return
        self._save_typed_comment()
        self.comment_point = point
        self.comment_edit.setText(self.labeller.comment_of(point))

    def _refresh(self):
        self._follow_comment()
        position, total, labelled = self.labeller.progress()
        self.progress_label.setText(self.tr("Point {position} of {total} · {labelled} labelled").format(
            position=position, total=total, labelled=labelled))
        feature = self.labeller.current()
        if feature is None:
            self.point_label.setText(self.tr("Choose the points of a sampling design (miningloss:samplingdesign)."))
        else:
            self.point_label.setText(self.tr("Stratum {stratum} · map: {map_class} · reference: {reference}").format(
                stratum=feature["stratum"], map_class=self.class_name(feature["map_class"]),
                reference=self.class_name(feature["reference"])))
        self._mark()

    def _mark(self):
        for canvas, marker in self.markers:
            canvas.scene().removeItem(marker)
        self.markers = []
        for canvas in (self.canvas, self.before_chip, self.after_chip):
            point = self.labeller.point_in(canvas) if canvas is not None else None
            if point is None:
                continue
            marker = QgsVertexMarker(canvas)
            marker.setIconType(QgsVertexMarker.IconType.ICON_CROSS)
            marker.setColor(QColor("#ffeb3b"))
            marker.setIconSize(18)
            marker.setPenWidth(3)
            marker.setCenter(point)
            self.markers.append((canvas, marker))

    def answer(self, number):
        """Key or button `number`: the reference class, with the comment typed, saved at once."""
        return self.labeller.label_key(number, self.comment_edit.text().strip() or None)

    def handle_key(self, key, arrows=True):
        """1-9 answer, S skips, and (in the dock) the arrows move; True when the key was used."""
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            return self.answer(key - Qt.Key.Key_0)
        moves = {Qt.Key.Key_S: self.labeller.skip}
        if arrows:
            moves.update({Qt.Key.Key_Right: self.labeller.next, Qt.Key.Key_Left: self.labeller.previous})
        if key in moves and self.labeller.layer is not None:
            moves[key]()
            return True
        return False

    def keyPressEvent(self, event):  # noqa: N802
        if not self.handle_key(event.key()):
            super().keyPressEvent(event)

    def eventFilter(self, watched, event):  # noqa: N802
        """On the map too (where the analyst looks), 1-9 and S label while the dock is open on a sample; the
        arrows keep panning the map."""
        if (event.type() == QEvent.Type.KeyPress and self.isVisible() and self.labeller.layer is not None
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            return self.handle_key(event.key(), arrows=False)
        return False

    def cleanup(self):
        if self.canvas is not None:
            self.canvas.removeEventFilter(self)
        for canvas, marker in self.markers:
            canvas.scene().removeItem(marker)
        self.markers = []
