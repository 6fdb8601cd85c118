"""Rewrite the repository's Python for QGIS 4 (Qt6) while it keeps running on QGIS 3.22: idempotent, run it again.

    /usr/bin/python3 scripts/docs/qt6_sweep.py [--check] [FILE OR FOLDER ...]

What it rewrites (only code: strings and comments are left alone, found with `tokenize`):
- unscoped Qt and QGIS enums to their scoped form (`Qt.AlignLeft` -> `Qt.AlignmentFlag.AlignLeft`,
  `QgsProcessing.TypeVectorPolygon` -> `QgsProcessing.SourceType.TypeVectorPolygon`), each one checked on the running
  QGIS: the scoped expression must give the same value, else the name is left as it is;
- `.exec_(` -> `.exec(` (PyQt5 5.15 has both; Qt6 only `exec`);
- `QVariant.String`-style types -> `QMetaType.Type.QString` in files that import QMetaType (others are reported);
- `event.pos()` inside `wheelEvent` -> `event.position().toPoint()` (QWheelEvent.pos() is gone in Qt6).
With --check nothing is written; the exit code is 1 when something would change (a test runs it so).
"""
import argparse
import io
import os
import re
import subprocess
import sys
import tokenize

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
QT_MODULES = ("qgis.PyQt.QtCore", "qgis.PyQt.QtGui", "qgis.PyQt.QtWidgets", "qgis.PyQt.QtPrintSupport",
              "qgis.PyQt.QtSvg", "qgis.PyQt.QtXml", "qgis.PyQt.QtNetwork", "qgis.core", "qgis.gui", "qgis.analysis")
# QVariant type names and their QMetaType.Type names (as QGIS's own pyqt5_to_pyqt6 checker maps them)
QMETATYPE = {"String": "QString", "Date": "QDate", "DateTime": "QDateTime", "Time": "QTime",
             "StringList": "QStringList",
             "ByteArray": "QByteArray", "Map": "QVariantMap", "List": "QVariantList", "Invalid": "UnknownType",
             "Int": "Int", "UInt": "UInt", "LongLong": "LongLong", "ULongLong": "ULongLong", "Double": "Double",
             "Bool": "Bool", "Char": "QChar", "Color": "QColor"}


def qt_namespace():
    """{class name: class} of every Qt and QGIS class the plugin may name."""
    import importlib

    names = {}
    for module_name in QT_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for name in dir(module):
            if name.startswith(("Q", "Qgs")) or name == "Qgis":
                names.setdefault(name, getattr(module, name))
    return names


def scoped_name(owner, member):
    """The enum's name when owner.member is an unscoped enum value reachable as owner.Enum.member, else None."""
    try:
        value = getattr(owner, member)
    except AttributeError:
        return None
    if isinstance(value, type) or isinstance(value, (bool, str, float)) or type(value) is int:
        return None
    enum_name = type(value).__name__
    scope = getattr(owner, enum_name, None)
    if not isinstance(scope, type) or scope is owner:
        return None
    try:
        same = getattr(scope, member) == value
    except (AttributeError, TypeError):
        return None
    return enum_name if same else None


def _tokens(text):
    try:
        return list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return None


def _offsets(text):
    starts, total = [0], 0
    for line in text.splitlines(keepends=True):
        total += len(line)
        starts.append(total)
    return starts


def sweep_text(text, namespace, notes=None):
    """The text rewritten (the same text when nothing applies)."""
    tokens = _tokens(text)
    if tokens is None:
        return text
    starts = _offsets(text)
    edits = []  # (start offset, end offset, replacement)
    imports_qmetatype = re.search(r"^\s*from qgis\.PyQt\.QtCore import [^\n]*\bQMetaType\b|^\s+QMetaType,", text,
                                  re.MULTILINE) is not None
    wheel_depth = None
    for index, token in enumerate(tokens):
        offset = starts[token.start[0] - 1] + token.start[1]
        if token.type == tokenize.NAME and token.string == "def":
            name = tokens[index + 1].string if index + 1 < len(tokens) else ""
            wheel_depth = token.start[1] if name == "wheelEvent" else (
                None if wheel_depth is not None and token.start[1] <= wheel_depth else wheel_depth)
        if token.type != tokenize.NAME or index + 2 >= len(tokens):
            continue
        previous = tokens[index - 1].string if index else ""
        dot, member = tokens[index + 1], tokens[index + 2]
        if dot.string != "." or member.type != tokenize.NAME or previous == ".":
            if token.string == "exec_" and previous == "." and tokens[index + 1].string == "(":
                edits.append((offset, offset + len("exec_"), "exec"))
            continue
        following = tokens[index + 3].string if index + 3 < len(tokens) else ""
        member_offset = starts[member.start[0] - 1] + member.start[1]
        if token.string == "QVariant" and member.string in QMETATYPE and following != "(":
            if imports_qmetatype:
                edits.append((offset, member_offset + len(member.string), f"QMetaType.Type.{QMETATYPE[member.string]}"))
            elif notes is not None:
                notes.append(f"line {token.start[0]}: QVariant.{member.string} (import QMetaType to rewrite it)")
            continue
        if wheel_depth is not None and member.string == "pos" and following == "(" and \
                index + 4 < len(tokens) and tokens[index + 4].string == ")":
            edits.append((member_offset, starts[tokens[index + 4].end[0] - 1] + tokens[index + 4].end[1],
                           "position().toPoint()"))
            continue
        owner = namespace.get(token.string)
        if owner is None or following == "(":
            continue
        enum_name = scoped_name(owner, member.string)
        if enum_name:
            edits.append((member_offset, member_offset, f"{enum_name}."))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def python_files(paths):
    if not paths:
        listed = subprocess.run(["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True, check=True)
        return [os.path.join(ROOT, name) for name in listed.stdout.split()]
    files = []
    for path in paths:
        if os.path.isdir(path):
            files += [os.path.join(folder, name) for folder, _, names in os.walk(path) for name in names
                      if name.endswith(".py")]
        else:
            files.append(path)
    return files


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="files or folders (default: the repository's Python files)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when something would change")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)  # noqa: F841 - some enums need the application
    namespace = qt_namespace()
    changed = []
    for path in python_files(args.paths):
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        notes = []
        new = sweep_text(text, namespace, notes)
        for note in notes:
            print(f"{os.path.relpath(path, ROOT)}: {note}")
        if new != text:
            changed.append(os.path.relpath(path, ROOT))
            if not args.check:
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(new)
    for name in changed:
        print(("would rewrite " if args.check else "rewrote ") + name)
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
