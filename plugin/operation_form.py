"""A form to add or edit an operation; it refuses a missing name or an end before the start."""
import datetime

from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

TEXT_FIELDS = ("agency", "kind", "source")


class OperationForm(QDialog):
    """Name, dates (end optional: ongoing), agency, kind, description, source."""

    def __init__(self, values=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enforcement operation"))
        values = values or {}
        layout = QFormLayout(self)
        self.name = QLineEdit(values.get("name") or "")
        self.start = QDateEdit(self._qdate(values.get("start_date") or datetime.date.today()))
        self.start.setCalendarPopup(True)
        self.ongoing = QCheckBox(self.tr("Ongoing (no end date)"))
        self.ongoing.setChecked(values.get("end_date") is None)
        self.end = QDateEdit(self._qdate(values.get("end_date") or datetime.date.today()))
        self.end.setCalendarPopup(True)
        self.ongoing.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.end.setEnabled(not self.ongoing.isChecked())
        self.texts = {name: QLineEdit(values.get(name) or "") for name in TEXT_FIELDS}
        self.description = QPlainTextEdit(values.get("description") or "")
        self.message = QLabel("")
        self.message.setStyleSheet("color: #b71c1c")
        layout.addRow(self.tr("Name"), self.name)
        layout.addRow(self.tr("Start date"), self.start)
        layout.addRow("", self.ongoing)
        layout.addRow(self.tr("End date"), self.end)
        layout.addRow(self.tr("Agency"), self.texts["agency"])
        layout.addRow(self.tr("Kind"), self.texts["kind"])
        layout.addRow(self.tr("Description"), self.description)
        layout.addRow(self.tr("Source"), self.texts["source"])
        layout.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    @staticmethod
    def _qdate(day):
        return QDate(day.year, day.month, day.day)

    def values(self):
        end = None if self.ongoing.isChecked() else self.end.date().toPyDate()
        values = {"name": self.name.text().strip(), "start_date": self.start.date().toPyDate(), "end_date": end,
                  "description": self.description.toPlainText().strip()}
        values.update({name: widget.text().strip() for name, widget in self.texts.items()})
        return values

    def problem(self):
        """The reason the values cannot be saved, or None."""
        values = self.values()
        if not values["name"]:
            return self.tr("The operation needs a name.")
        if values["end_date"] is not None and values["end_date"] < values["start_date"]:
            return self.tr("The end date is before the start date.")
        return None

    def accept(self):
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        super().accept()
