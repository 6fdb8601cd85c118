"""The layout shows the architecture (issue 16): small folders, no import circles, nothing imports upward."""
import ast
import sys

from tests.conftest import ROOT

SOURCES = ("algorithms", "plugin", "scripts", "tests")
MAX_MODULES = 15


def _python_files():
    for top in SOURCES:
        for path in sorted((ROOT / top).rglob("*.py")):
            if "__pycache__" not in path.parts:
                yield path


def _module_of(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_of(path): path for path in _python_files()}


def _target(name):
    """The repository module a dotted import name stands for (a module, or a package's __init__)."""
    for prefix in ("mining_loss_monitor.",):
        if name.startswith(prefix):
            name = name[len(prefix):]
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(path):
    """Repository modules that `path` imports (relative and absolute, at any depth in the file)."""
    module = _module_of(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".") if package else []
                base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            names = [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            target = _target(name)
            if target and target != module:
                found.add(target)
    return found


def _graph():
    return {module: imports_of(path) for module, path in MODULES.items()}


def _cycles(graph):
    """Strongly connected components with more than one module (Tarjan)."""
    sys.setrecursionlimit(10000)
    index, low, stack, on_stack, result = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                component.append(other)
                if other == node:
                    break
            if len(component) > 1:
                result.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return result


def test_no_folder_holds_more_than_fifteen_modules():
    counts = {}
    for path in _python_files():
        if path.name != "__init__.py":
            folder = str(path.parent.relative_to(ROOT))
            counts[folder] = counts.get(folder, 0) + 1
    assert {folder: n for folder, n in counts.items() if n > MAX_MODULES} == {}


def test_no_import_circles_between_files():
    # a package's __init__ that only re-exports is not a file of its own in a circle
    graph = {module: {t for t in targets if not (MODULES[t].name == "__init__.py" and t in module)}
             for module, targets in _graph().items()}
    assert _cycles(graph) == []


def test_nothing_imports_upward():
    offenders = []
    for module, path in MODULES.items():
        text_imports = imports_of(path)
        if module.startswith("algorithms.core"):
            offenders += [(module, t) for t in text_imports if not t.startswith("algorithms.core")]
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                    [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
                offenders += [(module, n) for n in names if n.split(".")[0] in ("qgis", "PyQt5", "PyQt6")]
        elif module.startswith("algorithms"):
            offenders += [(module, t) for t in text_imports if t.startswith("plugin")]
    assert offenders == []


def test_each_capability_has_its_algorithm_core_and_tests_folders():
    for capability in ("detection", "regions", "evidence", "estimation"):
        assert (ROOT / "algorithms" / capability).is_dir()
        assert (ROOT / "algorithms" / "core" / capability).is_dir()
        assert list((ROOT / "tests" / capability).glob("test_*.py"))
