"""`make package`: the release zip holds the plugin and its guide, not tests, scripts, CI or caches."""
import configparser
import subprocess
import zipfile

import pytest

from tests.conftest import ROOT


def _version():
    parser = configparser.ConfigParser()
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def test_release_zip_lists_what_the_plugin_repository_expects(tmp_path):
    if subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True).returncode != 0:
        pytest.skip("not a git checkout: the zip is built from committed files")
    subprocess.run(["make", "-s", "package", f"DIST={tmp_path}"], cwd=ROOT, check=True, capture_output=True)
    path = tmp_path / f"mining_loss_monitor-{_version()}.zip"
    with zipfile.ZipFile(path) as archive:
        names = [info.filename for info in archive.infolist() if not info.is_dir()]
        size = sum(info.file_size for info in archive.infolist())
    assert all(name.startswith("mining_loss_monitor/") for name in names)
    inside = {name[len("mining_loss_monitor/"):] for name in names}
    for needed in ("metadata.txt", "__init__.py", "LICENSE", "algorithms/provider.py",
                   "algorithms/core/regions/summary.py",
                   "plugin/main.py", "i18n/mining_loss_monitor_es.qm", "resources/icons/mining_loss.svg",
                   "docs/guia_es.md", "docs/guia_es.html", "docs/guide_en.md", "docs/guide_en.html"):
        assert needed in inside, needed
    forbidden = ("tests/", "scripts/", ".ci/", ".venv/", "dist/", "demo_output/", ".pytest_cache/", ".ruff_cache/")
    assert [name for name in inside if name.startswith(forbidden)] == []
    assert [name for name in inside if "__pycache__" in name or name.endswith((".pyc", ".aux.xml", ".ts"))] == []
    assert not {"Makefile", "requirements-dev.txt", "pyproject.toml", ".gitignore", ".gitattributes",
                "docs/benchmarks.md"} & inside
    # every image the guide shows ships with it
    for guide in ("docs/guia_es.md", "docs/guide_en.md"):
        for image in _images(ROOT / guide):
            assert "docs/" + image in inside, image
    assert size < 15 * 1024 * 1024  # the sample data is the bulk (about 7 MB)


def _images(path):
    import re

    return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", path.read_text(encoding="utf-8"))


def test_makefile_installs_the_fonts_qgis_asks_for():
    """QGIS >= 3.34 shows a font-download error bar without Open Sans."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    packages = makefile.split("DEBIAN_PACKAGES :=")[1].split("\n\n")[0]
    assert "fonts-open-sans" in packages.split()
