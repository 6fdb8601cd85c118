"""Operation areas on the map canvas, coloured by their state at the cursor date, with name and start."""
from qgis.core import QgsCoordinateTransform, QgsGeometry
from qgis.gui import QgsMapCanvasItem
from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QPen

from .timeline_widget import STATE_COLOURS


class OperationsOverlay(QgsMapCanvasItem):
    """Draws every operation of the model; repaints when the cursor or the operations change."""

    def __init__(self, canvas, model):
        super().__init__(canvas)
        self.canvas = canvas
        self.model = model
        self.setZValue(50)
        model.cursorChanged.connect(self.refresh)
        model.operationsChanged.connect(self.refresh)
        model.selectionChanged.connect(self.refresh)
        canvas.extentsChanged.connect(self.refresh)

    def refresh(self, *args):
        canvas = self.canvas
        self.setRect(canvas.extent())
        self.update()

    def paint(self, painter, option=None, widget=None):
        canvas = self.canvas
        layer = self.model.operations_layer
        if layer is None or not self.isVisible():
            return
        transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), self.model.project)
        to_pixels = canvas.mapSettings().mapToPixel()
        origin = self.toCanvasCoordinates(canvas.extent().center()) - QPointF(canvas.width() / 2, canvas.height() / 2)
        painter.setFont(QFont(painter.font().family(), 9, QFont.Weight.Bold))
        for op in self.model.all_operations():
            geometry = QgsGeometry(op.geometry)
            if geometry.isEmpty():
                continue
            geometry.transform(transform)
            geometry.transform(to_pixels.transform())
            geometry.translate(-origin.x(), -origin.y())
            colour = QColor(STATE_COLOURS[op.state_at(self.model.cursor)])
            pen = QPen(colour, 3 if op.name == self.model.selected else 2)
            fill = QColor(colour)
            fill.setAlpha(40)
            painter.setPen(pen)
            painter.setBrush(fill)
            for part in geometry.asGeometryCollection() if geometry.isMultipart() else [geometry]:
                painter.drawPolygon(part.asQPolygonF())
            centre = geometry.pointOnSurface().asPoint()
            label = f"{op.name}\n{op.start.isoformat()}"
            painter.setPen(QColor("#111111"))
            painter.drawText(QRectF(centre.x() - 120, centre.y() - 20, 240, 40), Qt.AlignmentFlag.AlignCenter, label)

    def boundingRect(self):  # noqa: N802
        return QRectF(0, 0, self.canvas.width(), self.canvas.height())
