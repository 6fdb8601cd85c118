"""Run inside the real Spanish QGIS desktop (qgis --code) by the desktop tests of the detections: a dialog used as an
analyst uses it. For each case of MLM_CASES (JSON: name, algorithm, groups, outputs, optional "directory": true), open
the algorithm's dialog, pick the raster layers of "layers" ({key: file}) with their '…' button, the images with
'…' then 'Añadir archivo(s)…' in QGIS's own file dialog (once per group
of files, as one goes folder by folder) or 'Añadir directorio…' (once per folder), press Aceptar and Ejecutar, wait,
and record the images the panel gave and the dialog's log (MLM_OUT/images_dialog.json, a screenshot per case)."""
import json
import os
import time

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
)

OUT = os.environ["MLM_OUT"]
CASES = json.load(open(os.environ["MLM_CASES"], encoding="utf-8"))
REPORT = {}


def answer_file_dialog(paths, tries=0):
    """Type the chosen names (or the folder) into QGIS's file dialog and press Open / Choose."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QFileDialog):
        if tries < 40:
            QTimer.singleShot(250, lambda: answer_file_dialog(paths, tries + 1))
        return
    if isinstance(paths, str):  # a folder
        dialog.setDirectory(os.path.dirname(paths))
        dialog.findChild(QLineEdit, "fileNameEdit").setText(os.path.basename(paths))
    else:
        dialog.setDirectory(os.path.dirname(paths[0]))
        dialog.findChild(QLineEdit, "fileNameEdit").setText(" ".join(f'"{os.path.basename(p)}"' for p in paths))
    QTimer.singleShot(400, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open).click)
    QTimer.singleShot(3000, lambda: QApplication.activeModalWidget() is dialog and dialog.reject())  # never hang


def buttons(dialog):
    return {button.text(): button for button in dialog.findChildren(QPushButton) if button.isVisible()}


def steps():
    import processing

    for case in CASES:
        record = REPORT[case["name"]] = {}
        dialog = processing.createAlgorithmDialog(case.get("algorithm", "miningloss:detectradar"), case["outputs"])
        dialog.resize(1000, 760)
        dialog.show()
        yield 1500
        for key, path in case.get("layers", {}).items():  # a raster parameter: its '…' button, then the file
            QTimer.singleShot(200, lambda path=path: answer_file_dialog([path]))
            dialog.mainWidget().wrappers[key].wrappedWidget().findChildren(QToolButton)[-1].click()
            yield 1000
            record[key] = dialog.mainWidget().wrappers[key].parameterValue()
        wrapper = dialog.mainWidget().wrappers.get("IMAGES")
        words = ("directorio", "carpeta") if case.get("directory") else ("archivo(s)",)
        for group in case.get("groups", []):
            wrapper.wrappedWidget().findChildren(QToolButton)[0].click()
            yield 800
            QTimer.singleShot(200, lambda group=group: answer_file_dialog(group))
            record["buttons"] = sorted(buttons(dialog))
            next(button for text, button in buttons(dialog).items() if any(w in text for w in words)).click()
            # returns when the file dialog closes
            yield 1000
            buttons(dialog)["Aceptar"].click()
            yield 800
        record["images"] = wrapper.parameterValue() if wrapper else None
        finished = {}
        dialog.algorithmFinished.connect(lambda ok, results, finished=finished: finished.update(ok=ok))
        start = time.time()
        dialog.runAlgorithm()
        # QGIS 3.44 emits no algorithmFinished for a failed run: the log's last line says it is over
        while not finished and time.time() - start < 60 and not any(
                word in text.toPlainText() for text in dialog.findChildren(QTextEdit)
                for word in ("Execution failed", "La ejecución falló")):
            yield 250
        yield 500
        record["ok"] = finished.get("ok")
        texts = [t.toPlainText() for t in dialog.findChildren(QTextEdit)]
        record["log"] = max(texts, key=lambda text: ("QGIS" in text, len(text)))  # the log, not the help panel
        dialog.grab().save(os.path.join(OUT, case["name"] + ".png"))
        dialog.close()
        yield 500


def drive(generator):
    try:
        delay = next(generator)
    except StopIteration:
        return finish()
    except Exception as error:  # noqa: BLE001 - reported to the test
        REPORT["error"] = repr(error)
        return finish()
    QTimer.singleShot(delay, lambda: drive(generator))


def finish():
    with open(os.path.join(OUT, "images_dialog.json"), "w", encoding="utf-8") as handle:
        json.dump(REPORT, handle, ensure_ascii=False)
    os._exit(0)


QTimer.singleShot(3000, lambda: drive(steps()))
