"""Render a self-contained HTML file (a report) to a PNG with QtWebKit: `render_html.py page.html out.png [width]`."""
import sys


def render(html_path, png_path, width=1100, max_height=6000):
    """Save the page at the given width (cut at max_height pixels) as a PNG; return (width, height)."""
    from qgis.PyQt.QtCore import QEventLoop, QSize, QTimer, QUrl
    from qgis.PyQt.QtGui import QImage, QPainter
    from qgis.PyQt.QtWebKitWidgets import QWebPage

    page = QWebPage()
    loop = QEventLoop()
    page.mainFrame().loadFinished.connect(loop.quit)
    QTimer.singleShot(30000, loop.quit)
    page.mainFrame().load(QUrl.fromLocalFile(html_path))
    loop.exec()
    page.setViewportSize(QSize(width, 800))
    size = page.mainFrame().contentsSize()
    size.setHeight(min(size.height(), max_height))
    page.setViewportSize(size)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    page.mainFrame().render(painter)
    painter.end()
    image.save(png_path)
    return size.width(), size.height()


if __name__ == "__main__":
    from qgis.PyQt.QtWidgets import QApplication

    application = QApplication(sys.argv[:1])
    print(render(sys.argv[1], sys.argv[2], *(int(x) for x in sys.argv[3:4])))
