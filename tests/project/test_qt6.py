"""QGIS 4 (Qt6): QGIS's own migration checker on the release zip, and the pure-Qt widgets under PyQt6.

Both need tools from the package index (PyQt6, PyQt6-QScintilla, tokenize-rt, and on Python 3.12+ the checker as
the `qgis-pyqt5to6` package; requirements-dev.txt), or the checker `scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py` of a
QGIS source tree (QGIS_PYQT6_CHECKER: its path; QGIS_SOURCE: the tree). MLM_QT6_PYTHON names an interpreter that
has them, when the test runner's has not. Each test skips, saying what is missing, where they are not there.
"""
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile

import pytest

from tests.conftest import ROOT

SHIM = {  # what QGIS 4's qgis.PyQt gives: the PyQt6 modules
    "qgis/__init__.py": "",
    "qgis/PyQt/__init__.py": "",
    "qgis/PyQt/QtCore.py": "from PyQt6.QtCore import *  # noqa\n"
                           "from PyQt6.QtCore import pyqtSignal, pyqtSlot  # noqa\n",
    "qgis/PyQt/QtGui.py": "from PyQt6.QtGui import *  # noqa\n",
    "qgis/PyQt/QtWidgets.py": "from PyQt6.QtWidgets import *  # noqa\n",
    "qgis/PyQt/QtSvg.py": "from PyQt6.QtSvg import *  # noqa\n",
}


def _qt6_python(*modules):
    """An interpreter that imports the modules (MLM_QT6_PYTHON, else this one), or None."""
    for python in (os.environ.get("MLM_QT6_PYTHON"), sys.executable):
        if python and subprocess.run([python, "-c", "import " + ", ".join(modules)], capture_output=True,
                                     env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).returncode == 0:
            return python
    return None


def _checker():
    """The command of QGIS's pyqt5_to_pyqt6 checker: its script in a QGIS source tree (QGIS_PYQT6_CHECKER,
    QGIS_SOURCE), else the `qgis-pyqt5to6` package of the index (Python 3.12+), in an interpreter with PyQt6."""
    path = os.environ.get("QGIS_PYQT6_CHECKER")
    if not path and os.environ.get("QGIS_SOURCE"):
        path = os.path.join(os.environ["QGIS_SOURCE"], "scripts", "pyqt5_to_pyqt6", "pyqt5_to_pyqt6.py")
    if path and os.path.isfile(path):
        python = _qt6_python("tokenize_rt", "PyQt6.QtCore", "PyQt6.Qsci")
        return [python, path] if python else None
    python = _qt6_python("pyqt5to6.pyqt5to6", "PyQt6.Qsci")
    return [python, "-m", "pyqt5to6.pyqt5to6"] if python else None


def _release_files(folder):
    """The files of the release zip (`git archive`, as `make package` builds it) under folder."""
    archive = folder / "release.zip"
    subprocess.run(["git", "archive", "--format=zip", "--prefix=mining_loss_monitor/", "-o", str(archive), "HEAD"],
                   cwd=ROOT, check=True)
    with zipfile.ZipFile(archive) as release:
        release.extractall(folder / "release")
    return folder / "release" / "mining_loss_monitor"


def test_qgis_migration_checker_finds_nothing_in_the_release_zip(tmp_path):
    """What the plugin repository runs on an upload: it rewrites in place (a copy here) and warns; nothing to do."""
    command = _checker()
    if command is None:
        pytest.skip("QGIS's pyqt5_to_pyqt6 checker not found (QGIS_PYQT6_CHECKER, QGIS_SOURCE, or the qgis-pyqt5to6 "
                    "package with PyQt6, PyQt6-QScintilla and tokenize-rt; MLM_QT6_PYTHON names the interpreter)")
    plugin = _release_files(tmp_path)
    before = {path: path.read_bytes() for path in plugin.rglob("*.py")}
    options = subprocess.run(command + ["--help"], capture_output=True, text=True).stdout
    done = subprocess.run(command + (["--dry_run"] if "--dry_run" in options else []) + [str(plugin)],
                          capture_output=True, text=True, timeout=600,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    findings = [line for line in done.stdout.splitlines() + done.stderr.splitlines()
                if (line.startswith(("+", "-")) and not line.startswith(("+++", "---")))
                or "WARNING" in line or "ERROR" in line or "Missing import" in line or "Traceback" in line]
    changed = [str(path.relative_to(plugin)) for path, text in before.items() if path.read_bytes() != text]
    assert findings == [] and changed == [] and done.returncode == 0, (findings[:30], changed, done.stderr[-2000:])


WIDGETS = textwrap.dedent('''
    import datetime, importlib.util, sys
    sys.path.insert(0, sys.argv[1])
    from PyQt6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, pyqtSignal
    from PyQt6.QtGui import QMouseEvent, QWheelEvent
    from PyQt6.QtWidgets import QApplication

    def load(name):
        spec = importlib.util.spec_from_file_location(name, f"{sys.argv[2]}/plugin/{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    app = QApplication([])
    timeline, form_module = load("timeline_widget"), load("operation_form")

    class Operation:
        name, start, end = "Operation Mercurio", datetime.date(2019, 2, 19), datetime.date(2019, 9, 30)
        def state_at(self, day):
            return "before" if day < self.start else "ended" if day > self.end else "active"
        def window_end(self):
            return self.end

    class Model(QObject):
        operationsChanged, histogramChanged, selectionChanged = pyqtSignal(), pyqtSignal(), pyqtSignal(str)
        cursorChanged = pyqtSignal(object)
        months = [(datetime.date(2019, m, 1), 10.0 * m, 2.0, 0.5) for m in range(1, 13)]
        cursor, selected = datetime.date(2019, 3, 1), "Operation Mercurio"
        def all_operations(self):
            return [Operation()]
        def set_cursor(self, day):
            self.cursor = day
            self.cursorChanged.emit(day)

    model = Model()
    widget = timeline.TimelineWidget(model)
    widget.resize(640, 240)
    widget.show()
    app.processEvents()
    image = widget.grab().toImage()
    coloured = sum(1 for x in range(0, 640, 4) for y in range(0, 240, 4)
                   if image.pixelColor(x, y).name() not in ("#ffffff", "#000000"))
    print("PAINTED", coloured)
    span = widget.view[1] - widget.view[0]
    centre = QPointF(320, 100)
    wheel = QWheelEvent(centre, widget.mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, wheel)
    print("ZOOMED", round((widget.view[1] - widget.view[0]) / span, 3))
    clicked = []
    widget.operationClicked.connect(clicked.append)
    _op, rect = widget.operation_rects()[0]
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        QApplication.sendEvent(widget, QMouseEvent(kind, rect.center(), widget.mapToGlobal(rect.center()),
                                                   Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                                                   Qt.KeyboardModifier.NoModifier))
    print("CLICKED", clicked)
    print("EXPORTED", widget.export(sys.argv[3] + "/t.png"), widget.export(sys.argv[3] + "/t.svg"))
    form = form_module.OperationForm({"name": "", "start_date": datetime.date(2019, 2, 19),
                                      "end_date": datetime.date(2019, 1, 1)})
    form.accept()
    print("REFUSED", form.message.text())
    form.name.setText("Operation Mercurio")
    form.ongoing.setChecked(True)
    print("VALUES", form.values()["name"], form.values()["end_date"], form.problem())
''')


def test_the_pure_qt_widgets_work_under_pyqt6(tmp_path):
    """The timeline (paint, wheel zoom, click, export) and the operation form, on PyQt6 as in QGIS 4."""
    python = _qt6_python("PyQt6.QtWidgets", "PyQt6.QtSvg")
    if python is None:
        pytest.skip("PyQt6 is not installed (requirements-dev.txt), or MLM_QT6_PYTHON names none")
    shim = tmp_path / "shim"
    for name, text in SHIM.items():
        (shim / name).parent.mkdir(parents=True, exist_ok=True)
        (shim / name).write_text(text, encoding="utf-8")
    script = tmp_path / "widgets.py"
    script.write_text(WIDGETS, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    done = subprocess.run([python, str(script), str(shim), str(ROOT), str(tmp_path)], capture_output=True, text=True,
                          timeout=120, env=dict(env, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr[-3000:]
    out = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert int(out["PAINTED"]) > 200  # bars, operation and axis drawn
    assert float(out["ZOOMED"]) == pytest.approx(0.8, abs=0.01)  # QWheelEvent.position(): Qt6 has no pos()
    assert out["CLICKED"] == "['Operation Mercurio']"
    assert out["EXPORTED"] == "True True" and (tmp_path / "t.svg").stat().st_size > 1000
    assert out["REFUSED"] == "The operation needs a name."
    assert out["VALUES"] == "Operation Mercurio None None"
    shutil.rmtree(shim)
