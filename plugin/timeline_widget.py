"""The time axis: monthly loss bars, operations as bars, the cursor; wheel zooms, drag pans."""
import datetime

from qgis.PyQt.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

STATE_COLOURS = {"before": QColor("#9e9e9e"), "active": QColor("#c62828"), "ended": QColor("#1565c0")}
KIND_COLOURS = (QColor("#d7191c"), QColor("#fdae61"), QColor("#8d8d8d"))
AXIS_HEIGHT, LANE_HEIGHT, MARGIN = 34, 18, 6


class TimelineWidget(QWidget):
    """Paints the model; clicks select operations or move the cursor."""

    operationClicked = pyqtSignal(str)

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.model = model
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.view = None  # (first ordinal, last ordinal)
        self.formatter = None  # numbers and dates: report.Formatter, or Qt's locale
        self._press = None
        self._dragged = False
        for signal in (model.operationsChanged, model.histogramChanged, model.selectionChanged):
            signal.connect(self.fit)
        model.cursorChanged.connect(self._cursor_moved)  # a method: Qt disconnects it when the widget goes

    def _cursor_moved(self, _day):
        self.update()

    def number(self, value, decimals):
        """A number as the dock writes it (the dock sets `formatter`, the reports' rule); Qt's locale otherwise."""
        if self.formatter is not None:
            return self.formatter.number(float(value), decimals)
        return self.locale().toString(float(value), "f", decimals)

    def day_text(self, day):
        if self.formatter is not None:
            return self.formatter.date(day)
        return self.locale().toString(QDate(day.year, day.month, day.day), long_year_format(self.locale()))

    def sizeHint(self):  # noqa: N802
        return QSize(480, 220)

    # -- geometry -------------------------------------------------------------------------------
    def fit(self, *args):
        days = [m[0] for m in self.model.months]
        for op in self.model.all_operations():
            # ongoing operations run to today, but the view frames their first year
            days += [op.start, op.end or min(op.window_end(), op.start + datetime.timedelta(days=365))]
        if not days:
            today = datetime.date.today()
            days = [datetime.date(today.year - 2, 1, 1), today]
        first, last = min(days).toordinal() - 45, max(days).toordinal() + 45
        self.view = (first, last)
        self.update()

    def x_of(self, day):
        first, last = self.view
        return MARGIN + (day.toordinal() - first) / max(last - first, 1) * (self.width() - 2 * MARGIN)

    def day_at(self, x):
        first, last = self.view
        ordinal = first + (x - MARGIN) / max(self.width() - 2 * MARGIN, 1) * (last - first)
        return datetime.date.fromordinal(int(round(min(max(ordinal, 1), 3652059))))

    def lanes_top(self):
        return self.height() - AXIS_HEIGHT - LANE_HEIGHT * max(len(self.model.all_operations()), 1) - MARGIN

    def operation_rects(self):
        rects = []
        top = self.lanes_top()
        for lane, op in enumerate(self.model.all_operations()):
            x0, x1 = self.x_of(op.start), self.x_of(op.window_end())
            rects.append((op, QRectF(x0, top + lane * LANE_HEIGHT + 2, max(x1 - x0, 3), LANE_HEIGHT - 4)))
        return rects

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, event):  # noqa: N802
        if self.view is None:
            self.fit()
        painter = QPainter(self)
        self.paint(painter, self.width(), self.height())
        painter.end()

    def paint(self, painter, width, height):
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
        self._paint_histogram(painter)
        self._paint_operations(painter)
        self._paint_axis(painter, width, height)
        self._paint_cursor(painter, height)

    def _paint_histogram(self, painter):
        months = self.model.months
        if not months:
            painter.setPen(QColor("#777777"))
            painter.drawText(QRectF(MARGIN, 0, self.width() - 2 * MARGIN, self.lanes_top()),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("Choose a dated loss layer to see monthly hectares"))
            return
        bottom = self.lanes_top() - 4
        top = 20
        peak = max(sum(m[1:]) for m in months) or 1.0
        for first, *values in months:
            following = datetime.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            x0, x1 = self.x_of(first), self.x_of(following)
            base = bottom
            for value, colour in zip(values, KIND_COLOURS):
                if value <= 0:
                    continue
                bar = (bottom - top) * value / peak
                painter.fillRect(QRectF(x0 + 0.5, base - bar, max(x1 - x0 - 1, 1), bar), colour)
                base -= bar
        painter.setPen(QColor("#444444"))
        painter.setFont(QFont(painter.font().family(), 8))
        painter.drawText(QPointF(MARGIN, 12), self.tr("{peak} ha / month (highest)").format(
            peak=self.number(peak, 1)))

    def _paint_operations(self, painter):
        painter.setFont(QFont(painter.font().family(), 8))
        for op, rect in self.operation_rects():
            colour = STATE_COLOURS[op.state_at(self.model.cursor)]
            painter.setPen(QPen(QColor("#000000"), 2) if op.name == self.model.selected else Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor("white"))
            painter.drawText(rect.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             op.name)

    def _paint_axis(self, painter, width, height):
        y = height - AXIS_HEIGHT
        painter.setPen(QColor("#333333"))
        painter.drawLine(QPointF(MARGIN, y), QPointF(width - MARGIN, y))
        first, last = (datetime.date.fromordinal(int(v)) for v in self.view)  # zoom and drag leave floats
        month_width = (width - 2 * MARGIN) / max((last - first).days / 30.44, 1)
        painter.setFont(QFont(painter.font().family(), 8))
        day = datetime.date(first.year, first.month, 1)
        while day <= last:
            x = self.x_of(day)
            if day.month == 1 or day == datetime.date(first.year, first.month, 1):
                painter.drawLine(QPointF(x, y), QPointF(x, y + 10))
                painter.drawText(QPointF(x + 2, y + 24), f"{day.year:04d}")
            if day.month != 1 and month_width > 3:
                painter.drawLine(QPointF(x, y), QPointF(x, y + 4))
            label = month_label(self.locale(), day.month, month_width, painter.fontMetrics())
            if label:
                painter.drawText(QPointF(x + 2, y + 13), label)
            day = datetime.date(day.year + day.month // 12, day.month % 12 + 1, 1)

    def _paint_cursor(self, painter, height):
        x = self.x_of(self.model.cursor)
        painter.setPen(QPen(QColor("#00695c"), 2))
        painter.drawLine(QPointF(x, 0), QPointF(x, height - AXIS_HEIGHT))
        painter.setFont(QFont(painter.font().family(), 8, QFont.Weight.Bold))
        day = self.model.cursor
        painter.drawText(QPointF(x + 3, 24), self.day_text(day))

    # -- interaction ----------------------------------------------------------------------------
    def wheelEvent(self, event):  # noqa: N802
        first, last = self.view
        anchor = self.day_at(event.position().toPoint().x()).toordinal()
        factor = 0.8 if event.angleDelta().y() > 0 else 1.25
        span = max((last - first) * factor, 60)
        share = (anchor - first) / max(last - first, 1)
        self.view = (anchor - share * span, anchor + (1 - share) * span)
        self.update()

    def mousePressEvent(self, event):  # noqa: N802
        self._press = (event.pos().x(), self.view)
        self._dragged = False

    def mouseMoveEvent(self, event):  # noqa: N802
        if self._press is None or not event.buttons():
            return
        start_x, (first, last) = self._press
        shift = (event.pos().x() - start_x) / max(self.width() - 2 * MARGIN, 1) * (last - first)
        if abs(event.pos().x() - start_x) > 3:
            self._dragged = True
            self.view = (first - shift, last - shift)
            self.update()

    def mouseReleaseEvent(self, event):  # noqa: N802
        if self._press is not None and not self._dragged:
            for op, rect in self.operation_rects():
                if rect.contains(QPointF(event.pos())):
                    self.operationClicked.emit(op.name)
                    break
            else:
                self.model.set_cursor(self.day_at(event.pos().x()))
        self._press = None

    # -- export ---------------------------------------------------------------------------------
    def export(self, path):
        """Write the timeline as PNG or SVG (by extension)."""
        if path.lower().endswith(".svg"):
            from qgis.PyQt.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(path)
            generator.setSize(self.size())
            generator.setViewBox(QRectF(0, 0, self.width(), self.height()))
            generator.setTitle(self.tr("Mining loss timeline"))
            painter = QPainter(generator)
            self.paint(painter, self.width(), self.height())
            painter.end()
            return True
        image = QImage(self.size(), QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        self.paint(painter, self.width(), self.height())
        painter.end()
        return image.save(path)


def long_year_format(locale):
    """The locale's short date format with a four-digit year (19/02/2019, not 19/02/19)."""
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def month_label(locale, month, month_width, metrics):
    """The longest month name that fits its slot on the axis ('Apr', then 'A'), or ''."""
    for form in (QLocale.FormatType.ShortFormat, QLocale.FormatType.NarrowFormat):
        text = locale.monthName(month, form)
        if metrics.horizontalAdvance(text) + 4 <= month_width:
            return text
    return ""
