"""QML side-car styles with legend labels, written beside an output so QGIS applies them on loading."""
import os
from xml.sax.saxutils import quoteattr

STYLES = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                      "resources", "styles")


def sidecar(path):
    return os.path.splitext(path)[0] + ".qml"


def read_template(template):
    with open(os.path.join(STYLES, template), encoding="utf-8") as handle:
        return handle.read()


def write_style(template, target_path, labels, template_text=None):
    """Fill @KEY@ placeholders of a QML template with labels and save it beside target_path."""
    text = read_template(template) if template_text is None else template_text
    labels = dict(labels)
    labels.setdefault("MASKED", "Clouds, shadows or no data")  # the glue passes it translated
    for key, label in labels.items():
        text = text.replace(f'"@{key}@"', quoteattr(label))
    path = sidecar(target_path)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path
