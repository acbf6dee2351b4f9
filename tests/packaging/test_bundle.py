"""Smoke test of the frozen application: build it with PyInstaller and run it as an office PC would.

The bundle is built once per test run (about 20–45 s) and started from a clean environment: no
virtualenv, no PYTHONPATH, a fresh HOME and a fontconfig that knows no fonts. It must print its
version, render a template headless, use its own cairo, handle brand kits, and carry no network
code of assetkit's own.
"""

from __future__ import annotations

import dis
import fcntl
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path
from types import CodeType

import pytest
from PIL import Image, ImageChops

from assetkit import __version__

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle is built on Linux"),
]
NETWORK_MODULES = ("urllib.request", "http.client", "http.server", "socket", "ssl", "ftplib",
                   "smtplib", "xmlrpc", "PySide6.QtNetwork")
# Measured: 70 MB CLI only, 165 MB with the Qt desktop app, 370 MB with OpenCV for the face-aware
# crop (cv2 68 MB and the FFmpeg, BLAS and codec libraries it links, 80 MB; numpy 42 MB).
SIZE_BUDGET_MB = 400


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="PyInstaller ist nicht installiert "
                        "(pip install -e '.[installer]'); ohne es kann das Bundle nicht gebaut werden")
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent          # shared by all workers of this run: build only once
    shared = base / "assetkit-bundle"
    shared.mkdir(exist_ok=True)
    folder = shared / "dist" / "assetkit"
    with (shared / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / "built").exists():
            result = subprocess.run(
                [sys.executable, str(ROOT / "packaging" / "build.py"), "--no-archive",
                 "--dist", str(shared / "dist"), "--work", str(shared / "work")],
                capture_output=True, text=True, timeout=900, cwd=ROOT, check=False)
            assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
            (shared / "built").write_text(result.stdout, "utf-8")
    return folder


@pytest.fixture
def clean_home(tmp_path: Path) -> Path:
    (tmp_path / "fonts.conf").write_text('<?xml version="1.0"?>\n<fontconfig></fontconfig>\n')
    return tmp_path


def run_clean(bundle: Path, home: Path, *args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
    """Run the frozen ``assetkit`` like a fresh office PC: nothing from this test process leaks in."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "FONTCONFIG_FILE": str(home / "fonts.conf"),
           **extra_env}
    return subprocess.run([str(bundle / "assetkit"), *args], cwd=home, env=env, capture_output=True,
                          text=True, timeout=180, check=False)


def test_prints_its_version_from_a_clean_environment(bundle: Path, clean_home: Path) -> None:
    result = run_clean(bundle, clean_home, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"assetkit {__version__}\n"


def test_renders_a_post_headless_with_bundled_fonts(bundle: Path, clean_home: Path) -> None:
    result = run_clean(bundle, clean_home, "render", "post-4x5-veranstaltung", "--out", "x.png")
    assert result.returncode == 0, result.stderr
    image = Image.open(clean_home / "x.png").convert("RGB")
    assert image.size == (1080, 1350)
    assert image.getpixel((20, 1340)) == (0x00, 0x5A, 0x6E)       # petrol band at the bottom
    headline = image.crop((60, 900, 1020, 1020))
    assert headline.getcolors(2**16) is not None
    assert any(c == (255, 255, 255) for _, c in headline.getcolors(2**16))   # white headline text


def test_the_frozen_app_crops_around_faces(bundle: Path, clean_home: Path) -> None:
    """OpenCV and its face cascade are in the bundle: a portrait in a wide strip keeps the head,
    as in this checkout, not the template's own focal point."""
    from fixtures_images import portrait_jpeg

    portrait_jpeg(clean_home / "Porträt.jpg")
    image = f"photo_portrait={clean_home / 'Porträt.jpg'}"
    args = ("render", "post-1x1-erfolgsgeschichte", "--image", image)
    result = run_clean(bundle, clean_home, *args, "--out", "frozen.png")
    assert result.returncode == 0, result.stderr
    subprocess.run([sys.executable, "-m", "assetkit", *args, "--out", "here.png"], cwd=clean_home,
                   check=True, capture_output=True, timeout=120)
    subprocess.run([sys.executable, "-m", "assetkit", *args, "--focal", "photo_portrait=0.5,0.3",
                    "--out", "plain.png"], cwd=clean_home, check=True, capture_output=True,
                   timeout=120)
    frozen, here, plain = (Image.open(clean_home / n).convert("RGB")
                           for n in ("frozen.png", "here.png", "plain.png"))
    assert ImageChops.difference(frozen, here).getbbox() is None
    assert ImageChops.difference(here, plain).getbbox() is not None


def test_renders_a_print_pdf_whose_text_is_searchable(bundle: Path, clean_home: Path) -> None:
    result = run_clean(bundle, clean_home, "render", "flyer-a4-veranstaltung", "--out", "f.pdf")
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(clean_home / "f.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Tag der offenen Tür" in text


def test_uses_the_cairo_inside_the_bundle(bundle: Path, clean_home: Path) -> None:
    result = run_clean(bundle, clean_home, "--version", LD_DEBUG="libs")
    loaded = re.findall(r"calling init: (\S*libcairo\.so\S*)", result.stderr)
    assert loaded, "cairo was not loaded at all"
    assert all(Path(p).is_relative_to(bundle) for p in loaded), loaded


def test_frozen_app_caches_cairo_bindings_and_hyphenation(bundle: Path, clean_home: Path) -> None:
    """The start-up caches (docs/startup.md) work frozen: written by the first run, reused."""
    def caches() -> list[tuple[str, int, int]]:
        folder = clean_home / ".cache" / "assetkit"
        files = [*(folder / "cffi").glob("cairocffi-*.py"),
                 *(folder / "hyphenation").glob("hyph_de_DE-*.bin")]
        return sorted((p.name, p.stat().st_mtime_ns, p.stat().st_ino) for p in files)

    result = run_clean(bundle, clean_home, "render", "flyer-a4-veranstaltung", "--out", "f.pdf")
    assert result.returncode == 0, result.stderr
    written = caches()
    assert sum(name.endswith("-pixbuf.py") for name, _, _ in written) == 1
    assert len(written) == 3          # cairocffi bindings, their pixbuf part, German hyphenation
    result = run_clean(bundle, clean_home, "render", "flyer-a4-veranstaltung", "--out", "f.pdf")
    assert result.returncode == 0, result.stderr
    assert caches() == written


def test_brand_kit_export_and_import_work_frozen(bundle: Path, clean_home: Path) -> None:
    result = run_clean(bundle, clean_home, "brandkit", "export", "kit.akkit")
    assert result.returncode == 0, result.stderr
    result = run_clean(bundle, clean_home, "brandkit", "import", "--force", "kit.akkit")
    assert result.returncode == 0, result.stderr
    result = run_clean(bundle, clean_home, "brandkit", "info")
    assert "(eingespielt)" in result.stdout
    assert str(clean_home / ".local" / "share" / "assetkit") in result.stdout
    result = run_clean(bundle, clean_home, "render", "story-veranstaltung", "--out", "s.png")
    assert result.returncode == 0, result.stderr
    assert Image.open(clean_home / "s.png").size == (1080, 1920)


def test_print_pdf_stamp_and_word_template_work_frozen(bundle: Path, clean_home: Path) -> None:
    """The commands whose libraries read data files of their own (ICC profiles, docx templates)."""
    import docx
    import pikepdf

    from assetkit.office import sample_office
    from assetkit.office.profile import dumps_office

    result = run_clean(bundle, clean_home, "render", "flyer-a4-veranstaltung", "--preset",
                       "digitaldruck", "--out", "druck.pdf")
    assert result.returncode == 0, result.stderr
    with pikepdf.open(clean_home / "druck.pdf") as pdf:
        intent = pdf.Root.OutputIntents[0]
        assert str(intent.S) == "/GTS_PDFX"
        assert "FOGRA39" in str(intent.OutputConditionIdentifier)
    result = run_clean(bundle, clean_home, "stamp", "druck.pdf", "--out", "gestempelt.pdf")
    assert result.returncode == 0, result.stderr
    with pikepdf.open(clean_home / "gestempelt.pdf") as pdf:
        assert len(pdf.pages) == 1
    (clean_home / "dienststelle.toml").write_text(dumps_office(sample_office()), "utf-8")
    result = run_clean(bundle, clean_home, "word-template", "--office", "dienststelle.toml",
                       "--out", "brief.docx")
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(clean_home / "brief.docx"))
    assert round(document.sections[0].page_width.mm) == 210


def test_command_line_runs_do_not_load_qt(bundle: Path, clean_home: Path) -> None:
    # PyInstaller's PySide6 run-time hook would import QtCore at every start (~50 ms of every
    # render); the spec leaves it out and assetkit.gui.frozen does its work for the app.
    result = run_clean(bundle, clean_home, "presets", LD_DEBUG="files")   # the loader's trace
    assert result.returncode == 0, result.stderr
    assert "Druckerei" in result.stdout
    loaded = re.findall(r"file=(\S+)", result.stderr)
    assert any("libpython" in name for name in loaded)      # the trace does list libraries
    assert not [name for name in loaded if "Qt6" in name or "pyside6" in name.lower()]


def test_desktop_app_starts_with_the_bundled_qt_plugins(bundle: Path, clean_home: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(clean_home), "QT_QPA_PLATFORM": "offscreen",
           "QT_DEBUG_PLUGINS": "1", "FONTCONFIG_FILE": str(clean_home / "fonts.conf")}
    app = subprocess.Popen([str(bundle / "assetkit")], cwd=clean_home, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seen: list[str] = []
    try:
        assert app.stdout is not None
        for line in app.stdout:        # Qt reports each plugin it loads (QT_DEBUG_PLUGINS)
            seen.append(line)
            if "libqoffscreen.so" in line and "loaded library" in line:
                break
        else:
            pytest.fail("the app ended without loading its platform plugin:\n" + "".join(seen))
        platform_plugin = next(line for line in seen if "loaded library" in line
                               and "libqoffscreen.so" in line)
        assert str(bundle / "_internal") in platform_plugin
        assert app.poll() is None                       # still running: the window is up
    finally:
        app.kill()
        app.wait(30)
    assert not any("Traceback" in line for line in seen)


def test_bundled_assetkit_code_imports_no_network_client(bundle: Path) -> None:
    modules = _bundled_modules(bundle)
    ours = {name: code for name, code in modules.items() if name.split(".")[0] == "assetkit"}
    assert "assetkit.cli.main" in ours
    assert "assetkit.brandkit.archive" in ours
    offenders = {name: sorted(hits) for name, code in ours.items()
                 if (hits := {n for n in _imported_names(code)
                              if any(n == m or n.startswith(m + ".") for m in NETWORK_MODULES)})}
    assert offenders == {}
    # TLS is not even in the bundle: nothing in it could reach an https address.
    assert "ssl" not in modules
    assert not list((bundle / "_internal").rglob("_ssl*"))


def test_bundle_is_trimmed_and_within_budget(bundle: Path) -> None:
    modules = _bundled_modules(bundle)
    for unwanted in ("tkinter", "unittest", "pytest", "hypothesis", "tests"):
        assert unwanted not in modules
    internal = bundle / "_internal"
    assert (internal / "resources" / "templates" / "post-4x5-veranstaltung" / "template.toml").is_file()
    assert (internal / "resources" / "color" / "FOGRA39L_coated.icc").is_file()
    hyphenation = sorted(p.name for p in (internal / "pyphen" / "dictionaries").glob("*.dic"))
    assert hyphenation
    assert all(re.match(r"hyph_(de|en)_", n) for n in hyphenation)
    qt = internal / "PySide6" / "Qt"
    if qt.is_dir():                 # the desktop app is in the bundle once assetkit.gui exists
        libs = {re.sub(r"\.so.*", "", p.name) for p in (qt / "lib").glob("libQt6*")}
        assert {"libQt6Core", "libQt6Gui", "libQt6Widgets"} <= libs
        assert not libs & {"libQt6Network", "libQt6Qml", "libQt6Quick", "libQt6WebEngineCore",
                           "libQt6Pdf", "libQt6Multimedia", "libQt63DCore"}
        translations = {p.name for p in (qt / "translations").glob("*.qm")}
        assert translations <= {"qt_de.qm", "qt_en.qm", "qtbase_de.qm", "qtbase_en.qm"}
    size_mb = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size_mb / 2**20 < SIZE_BUDGET_MB


def _bundled_modules(bundle: Path) -> dict[str, CodeType | None]:
    """Every Python module of the bundle, by name (code objects for .pyc entries): the .pyc
    files in ``_internal`` (the spec builds with ``noarchive``: plain files import faster than
    the compressed PYZ archive) and any PYZ archive in the executable."""
    from PyInstaller.archive.readers import CArchiveReader

    result: dict[str, CodeType | None] = {}
    internal = bundle / "_internal"
    for pyc in internal.rglob("*.pyc"):
        parts = list(pyc.relative_to(internal).with_suffix("").parts)
        if "__pycache__" in parts:
            continue
        if parts[-1] == "__init__":
            parts.pop()
        try:
            code = marshal.loads(pyc.read_bytes()[16:])
        except (ValueError, EOFError, TypeError):
            code = None
        result[".".join(parts)] = code if isinstance(code, CodeType) else None
    archive = CArchiveReader(str(bundle / "assetkit"))
    if "PYZ.pyz" in archive.toc:
        pyz = archive.open_embedded_archive("PYZ.pyz")
        for name in pyz.toc:
            code = pyz.extract(name)
            result[name] = code if isinstance(code, CodeType) else None
    return result


def _imported_names(code: CodeType | None) -> set[str]:
    """Module names a code object imports (``import a.b`` and ``from a import b`` both give a.b)."""
    if code is None:
        return set()
    names: set[str] = set()
    last_module = ""
    for ins in dis.get_instructions(code):
        if ins.opname == "IMPORT_NAME":
            last_module = str(ins.argval)
            names.add(last_module)
        elif ins.opname == "IMPORT_FROM" and last_module:
            names.add(f"{last_module}.{ins.argval}")
    for const in code.co_consts:
        if isinstance(const, CodeType):
            names |= _imported_names(const)
    return names
