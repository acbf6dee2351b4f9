"""Smoke test of the Windows installer under Wine: install it silently as an office PC would,
use it with output redirected, start the desktop app, uninstall it.

``make test`` builds ``dist/assetkit-<ver>-setup.exe`` first (``make installer-windows``, the
only step that downloads). The run happens once per test session in a fresh Wine prefix (the
first test to need it does it; the others read its record): silent per-user install for a
user whose name has umlauts and a space (C:/users/Jürgen Müller/…), ``--version``, a PNG and
a print PDF compared with this checkout's Linux render, ``stamp``, ``word-template``,
``brandkit export/import``, the desktop app with Qt's offscreen platform plugin, silent
uninstall. Every command's output goes to a
pipe, never a console: that is where Windows encodes in cp1252 (the „→“ bug).

The prefix gets the stand-in icuuc.dll that Windows 10/11 have in System32 and Wine 8 lacks
(packaging/windows/icuuc-standin.c); nothing else is added to it. Without Wine or the
installer the tests skip here, and fail in CI (``CI`` set): CI must build and run them.
"""

from __future__ import annotations

import fcntl
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops

from assetkit import __version__

ROOT = Path(__file__).resolve().parents[2]
SETUP = ROOT / "dist" / f"assetkit-{__version__}-setup.exe"
ICUUC = ROOT / "build" / "windows" / "icuuc" / "icuuc.dll"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="runs Wine on Linux"),
]
# The Windows user (Wine takes it from USER): umlauts and spaces in every per-user path, the
# default install folder %LOCALAPPDATA%\Programs\assetkit among them. So is the work folder.
USER = "Jürgen Müller"
INSTALL_DIR = rf"C:\users\{USER}\AppData\Local\Programs\assetkit"
WORK_DIR = "Kampagne März/Jobcenter Süd"          # below drive_c
# C.UTF-8 exists on every Debian: Wine reads Unix names as UTF-8 and gives Windows programs the
# ANSI code page 1252, that of German Windows, in which „→“ does not exist.
WINE_ENV = {"WINEDEBUG": "-all", "WINEARCH": "win64", "WINEDLLOVERRIDES": "mscoree,mshtml=",
            "LANG": "C.UTF-8", "USER": USER, "LOGNAME": USER}


# The face-aware crop (OpenCV in the bundle): scikit-image's public-domain astronaut portrait.
PORTRAIT = "Fotos Jürgen/Porträt Ärztin.jpg"
FACES_TEMPLATE = "post-1x1-erfolgsgeschichte"


def _portrait(path: Path) -> None:
    from fixtures_images import portrait_jpeg

    portrait_jpeg(path)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"Windows installer smoke test cannot run in CI: {reason}")
    pytest.skip(reason)


def _fingerprint() -> str:
    spec = importlib.util.spec_from_file_location("_inputs", ROOT / "packaging" / "windows" / "inputs.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.fingerprint())


class WinePC:
    """A fresh Wine prefix standing in for an office PC; runs Windows programs with pipes."""

    def __init__(self, folder: Path) -> None:
        self.prefix = folder / "prefix"
        self.home = folder / "home"
        self.home.mkdir(parents=True, exist_ok=True)
        self.env = {"PATH": "/usr/bin:/bin", "HOME": str(self.home), "WINEPREFIX": str(self.prefix),
                    **WINE_ENV}

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    def unix(self, windows_path: str) -> Path:
        assert windows_path[:3].upper() == "C:\\", windows_path
        return self.drive_c / windows_path[3:].replace("\\", "/")

    def boot(self) -> None:
        subprocess.run(["wineboot", "-i"], env=self.env, capture_output=True, timeout=300, check=False)
        self.wait()
        assert (self.drive_c / "windows" / "system32").is_dir(), "wineboot made no prefix"
        # Windows 10/11 have icuuc.dll in System32 (Qt6Core imports it); Wine 8 has none.
        shutil.copy(ICUUC, self.drive_c / "windows" / "system32" / "icuuc.dll")

    def wait(self) -> None:
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=300, check=False)

    def run(self, exe: str | Path, *args: str, cwd: Path | None = None, timeout: float = 300,
            **extra_env: str) -> dict[str, Any]:
        """Run a program with stdin, stdout and stderr as pipes (never a console)."""
        started = time.monotonic()
        result = subprocess.run(["wine", str(exe), *args], cwd=cwd or self.home,
                                env={**self.env, **extra_env}, stdin=subprocess.DEVNULL,
                                capture_output=True, timeout=timeout, check=False)
        return {"args": [str(exe), *args], "rc": result.returncode,
                "seconds": round(time.monotonic() - started, 1),
                # Windows programs write the ANSI code page: cp1252 for de_DE.
                "out": result.stdout.decode("cp1252", "replace"),
                "err": result.stderr.decode("cp1252", "replace")}

    def snapshot(self) -> dict[str, list[str]]:
        """Every file of drive C: and every registry key, to see what an uninstall leaves."""
        files = sorted(str(p.relative_to(self.drive_c)) for p in self.drive_c.rglob("*")
                       if p.is_file() or p.is_symlink())
        keys: list[str] = []
        for hive in ("system.reg", "user.reg"):
            text = (self.prefix / hive).read_text("utf-8", "replace")
            keys += [f"{hive}:{k}" for k in re.findall(r"^\[([^\]]+)\]", text, re.MULTILINE)]
        return {"files": files, "keys": sorted(keys)}


def _smoke_run(folder: Path) -> dict[str, Any]:
    """The whole office-PC session, recorded step by step for the tests below."""
    from assetkit.office import sample_office
    from assetkit.office.profile import dumps_office

    pc = WinePC(folder)
    record: dict[str, Any] = {"steps": {}}
    steps = record["steps"]
    started = time.monotonic()
    pc.boot()
    record["boot_seconds"] = round(time.monotonic() - started, 1)
    before = pc.snapshot()

    steps["install"] = pc.run(SETUP, "/S")
    pc.wait()
    app = pc.unix(INSTALL_DIR)
    cli = app / "assetkit-cli.exe"
    record["installed"] = sorted(str(p.relative_to(app)) for p in app.iterdir()) if app.is_dir() else []
    record["start_menu"] = [str(p.relative_to(pc.drive_c)) for p in pc.drive_c.rglob("assetkit.lnk")]
    record["registry_after_install"] = (pc.prefix / "user.reg").read_text("utf-8", "replace")

    work = pc.drive_c / WORK_DIR
    work.mkdir(parents=True)
    steps["version"] = pc.run(cli, "--version", cwd=work)
    steps["png"] = pc.run(cli, "render", "post-4x5-veranstaltung", "--out", "Beitrag März.png", cwd=work)
    steps["pdf"] = pc.run(cli, "render", "flyer-a4-veranstaltung", "--preset", "druckerei", "--out",
                          "Flyer Tür.pdf", cwd=work)
    steps["stamp"] = pc.run(cli, "stamp", "Flyer Tür.pdf", "--out", "Flyer gestempelt.pdf", cwd=work)
    (work / "Dienststelle Süd.toml").write_text(dumps_office(sample_office()), "utf-8")
    steps["word"] = pc.run(cli, "word-template", "--office", "Dienststelle Süd.toml", "--out",
                           "Brief Süd.docx", cwd=work)
    steps["kit_export"] = pc.run(cli, "brandkit", "export", "Marke Süd.akkit", cwd=work)
    steps["kit_import"] = pc.run(cli, "brandkit", "import", "--force", "Marke Süd.akkit", cwd=work)
    steps["kit_info"] = pc.run(cli, "brandkit", "info", cwd=work)
    steps["kit_render"] = pc.run(cli, "render", "story-veranstaltung", "--out", "Story Ä.png", cwd=work)
    # A portrait in a folder with umlauts: OpenCV finds the face and the strip keeps the head.
    _portrait(work / PORTRAIT)
    steps["faces"] = pc.run(cli, "render", FACES_TEMPLATE, "--image",
                            "photo_portrait=" + PORTRAIT.replace("/", "\\"), "--out",
                            "Porträt.png", cwd=work)
    record["gui"] = _start_gui(pc, app / "assetkit.exe", work)
    pc.wait()

    user_data = pc.drive_c / "users"
    record["user_data"] = sorted(str(p.relative_to(pc.drive_c)) for p in user_data.rglob("*")
                                 if p.is_file() and "/AppData/Local/assetkit/" in p.as_posix())
    uninstaller = app / "uninstall.exe"
    steps["uninstall"] = (pc.run(uninstaller, "/S") if uninstaller.is_file() else
                          {"args": [str(uninstaller)], "rc": "missing", "out": "", "err": ""})
    pc.wait()                        # the uninstaller runs on as a copy in %TEMP%
    after = pc.snapshot()
    record["new_files"] = sorted(set(after["files"]) - set(before["files"]))
    record["new_keys"] = sorted(set(after["keys"]) - set(before["keys"]))
    record["work"] = str(work)

    # Per machine, as IT deploys it: Program Files, HKLM, the all-users start menu.
    steps["install_all"] = pc.run(SETUP, "/S", "/ALLUSERS")
    pc.wait()
    machine_app = pc.drive_c / "Program Files" / "assetkit"
    steps["version_all"] = pc.run(machine_app / "assetkit-cli.exe", "--version", cwd=work)
    record["machine_installed"] = (sorted(p.name for p in machine_app.iterdir())
                                   if machine_app.is_dir() else [])
    record["machine_registry"] = (pc.prefix / "system.reg").read_text("utf-8", "replace")
    steps["uninstall_all"] = pc.run(machine_app / "uninstall.exe", "/S", "/ALLUSERS")
    pc.wait()
    final = pc.snapshot()
    record["machine_left_files"] = sorted(set(final["files"]) - set(after["files"]))
    record["machine_left_keys"] = sorted(set(final["keys"]) - set(after["keys"]))
    record["seconds"] = round(time.monotonic() - started, 1)
    return record


def _start_gui(pc: WinePC, exe: Path, cwd: Path, timeout: float = 120) -> dict[str, Any]:
    """Start the desktop app with the offscreen plugin; report what it loaded, then end it.

    Wine's loader trace (+loaddll) names each DLL the app loads. The app's own window needs
    Qt's ``windows`` plugin, which aborts in Wine 8 (mscms.WcsCreateIccProfile), so only the
    offscreen start can be tested here. Wine does not pass QT_* variables from Linux to Windows
    programs; the Windows way, the user's environment in the registry, does."""
    env_key = ("reg", "HKCU\\Environment", "/v", "QT_QPA_PLATFORM")
    pc.run(env_key[0], "add", *env_key[1:], "/d", "offscreen", "/f")
    pc.wait()
    started = time.monotonic()
    proc = subprocess.Popen(["wine", str(exe)], cwd=cwd, env={**pc.env, "WINEDEBUG": "+loaddll"},
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    lines: list[str] = []

    def read() -> None:
        assert proc.stderr is not None
        for raw in proc.stderr:
            # The trace writes non-ASCII characters of paths as \XXXX.
            lines.append(re.sub(r"\\([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)),
                                raw.decode("utf-8", "replace")))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    alive_after_plugin = False
    try:
        while time.monotonic() < started + timeout and proc.poll() is None:
            if any("qoffscreen.dll" in line.lower() for line in lines):
                time.sleep(5)            # the main window is created after the plugin loads
                alive_after_plugin = proc.poll() is None
                break
            time.sleep(0.5)
    finally:
        proc.kill()
        subprocess.run(["wineserver", "-k"], env=pc.env, timeout=60, check=False)
        proc.wait(30)
        reader.join(10)
        pc.run(env_key[0], "delete", *env_key[1:], "/f")
        pc.wait()
    loaded = [line.strip() for line in lines if "Loaded" in line]
    return {"loaded": loaded, "alive_after_plugin": alive_after_plugin,
            "seconds": round(time.monotonic() - started, 1),
            "tail": [line for line in lines if "trace:loaddll" not in line][-30:]}


@pytest.fixture(scope="session")
def wine_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not shutil.which("wine") or not shutil.which("wineserver"):
        _unavailable("Wine is not installed (make installer-windows installs it)")
    if not SETUP.is_file():
        _unavailable(f"{SETUP.relative_to(ROOT)} is missing: run make installer-windows")
    if not ICUUC.is_file():
        _unavailable(f"{ICUUC.relative_to(ROOT)} is missing: run make installer-windows")
    inputs = SETUP.with_suffix(".inputs")
    if not inputs.is_file() or inputs.read_text().strip() != _fingerprint():
        _unavailable(f"{SETUP.name} was built from other sources than this checkout: "
                     "run make installer-windows")
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent          # shared by all workers of this run: one Wine session only
    shared = base / "assetkit-wine"
    shared.mkdir(exist_ok=True)
    record_file = shared / "record.json"
    with (shared / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not record_file.exists():
            try:
                record = _smoke_run(shared)
            except Exception as exc:  # noqa: BLE001 -- recorded so every test reports the cause
                record = {"error": f"{type(exc).__name__}: {exc}"}
            record_file.write_text(json.dumps(record, ensure_ascii=False, indent=1), "utf-8")
    record = json.loads(record_file.read_text("utf-8"))
    assert "error" not in record, record.get("error")
    (ROOT / "build" / "windows").mkdir(parents=True, exist_ok=True)
    (ROOT / "build" / "windows" / "smoke-record.json").write_text(
        json.dumps(record, ensure_ascii=False, indent=1), "utf-8")
    return record


def _ok(step: dict[str, Any]) -> None:
    assert step["rc"] == 0, f"{step['args']}: exit {step['rc']}\n{step['out']}\n{step['err']}"
    assert "Traceback" not in step["err"], step["err"]


def _linux_render(tmp_path: Path, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "assetkit", "render", *args], cwd=tmp_path,
                   capture_output=True, timeout=300, check=True)


def test_installs_silently_per_user_with_start_menu_and_akp_association(wine_run: dict[str, Any]) -> None:
    _ok(wine_run["steps"]["install"])
    assert {"assetkit.exe", "assetkit-cli.exe", "_internal", "licenses", "uninstall.exe"} <= set(
        wine_run["installed"])
    assert any("Start Menu" in p for p in wine_run["start_menu"]), wine_run["start_menu"]
    registry = wine_run["registry_after_install"]
    # Per user: everything under HKCU\Software\Classes (user.reg), no admin rights needed.
    assert "[Software\\\\Classes\\\\.akp]" in registry
    command = registry.split("[Software\\\\Classes\\\\assetkit.Projekt\\\\shell\\\\open\\\\command]")[1]
    assert "assetkit.exe\\\" gui \\\"%1\\\"" in command.split("\n[")[0]
    assert "[Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Uninstall\\\\assetkit]" in registry


def test_prints_its_version_into_a_pipe(wine_run: dict[str, Any]) -> None:
    step = wine_run["steps"]["version"]
    _ok(step)
    assert step["out"].strip() == f"assetkit {__version__}"


def test_png_render_has_the_linux_pixels(wine_run: dict[str, Any], tmp_path: Path) -> None:
    _ok(wine_run["steps"]["png"])
    _linux_render(tmp_path, "post-4x5-veranstaltung", "--out", "linux.png")
    windows = Image.open(Path(wine_run["work"]) / "Beitrag März.png")
    linux = Image.open(tmp_path / "linux.png")
    assert windows.size == linux.size == (1080, 1350)
    diff = ImageChops.difference(windows.convert("RGBA"), linux.convert("RGBA"))
    assert diff.getbbox() is None, f"pixels differ in {diff.getbbox()}"


def test_the_face_aware_crop_works_on_windows(wine_run: dict[str, Any], tmp_path: Path) -> None:
    _ok(wine_run["steps"]["faces"])
    _portrait(tmp_path / "portrait.jpg")
    image = f"photo_portrait={tmp_path / 'portrait.jpg'}"
    _linux_render(tmp_path, FACES_TEMPLATE, "--image", image, "--out", "linux.png")
    # The crop of the template's own focal point, which a bundle without OpenCV would give.
    _linux_render(tmp_path, FACES_TEMPLATE, "--image", image, "--focal", "photo_portrait=0.5,0.3",
                  "--out", "plain.png")
    windows = Image.open(Path(wine_run["work"]) / "Porträt.png").convert("RGB")
    linux = Image.open(tmp_path / "linux.png").convert("RGB")
    plain = Image.open(tmp_path / "plain.png").convert("RGB")

    def differing(a: Image.Image, b: Image.Image) -> float:
        diff = ImageChops.difference(a, b).convert("L").point(lambda v: 255 if v > 24 else 0)
        return diff.histogram()[255] / (a.width * a.height)

    assert differing(linux, plain) > 0.05          # the faces moved the crop
    assert differing(windows, linux) < 0.001       # … on Windows just as on Linux


def test_print_pdf_matches_the_linux_render(wine_run: dict[str, Any], tmp_path: Path) -> None:
    import pikepdf

    _ok(wine_run["steps"]["pdf"])
    _linux_render(tmp_path, "flyer-a4-veranstaltung", "--preset", "druckerei", "--out", "linux.pdf")
    windows_pdf = Path(wine_run["work"]) / "Flyer Tür.pdf"
    with pikepdf.open(windows_pdf) as win, pikepdf.open(tmp_path / "linux.pdf") as lin:
        assert len(win.pages) == len(lin.pages)
        for wp, lp in zip(win.pages, lin.pages, strict=True):
            for box in ("/MediaBox", "/TrimBox", "/BleedBox"):
                assert [float(v) for v in wp.obj[box]] == [float(v) for v in lp.obj[box]], box
        assert str(win.Root.OutputIntents[0].OutputConditionIdentifier) == str(
            lin.Root.OutputIntents[0].OutputConditionIdentifier)
    texts = [subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True, check=True).stdout
             for p in (windows_pdf, tmp_path / "linux.pdf")]
    assert texts[0] == texts[1]
    assert "Tag der offenen Tür" in texts[0]
    pages = []
    for name, pdf in (("w", windows_pdf), ("l", tmp_path / "linux.pdf")):
        subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(pdf), str(tmp_path / name)],
                       check=True, timeout=120)
        pages.append(Image.open(tmp_path / f"{name}.png").convert("RGB"))
    assert pages[0].size == pages[1].size
    diff = ImageChops.difference(pages[0], pages[1]).convert("L")
    histogram = diff.histogram()
    differing = sum(histogram[8:]) / (diff.width * diff.height)
    assert differing < 0.001, f"{differing:.2%} of the page differs visibly from the Linux render"


def test_stamp_report_survives_redirected_output(wine_run: dict[str, Any]) -> None:
    import pikepdf

    step = wine_run["steps"]["stamp"]
    _ok(step)                        # exited 3 before: „→“ is not in cp1252
    assert "Flyer Tür.pdf -> Flyer gestempelt.pdf" in step["out"]
    with pikepdf.open(Path(wine_run["work"]) / "Flyer gestempelt.pdf") as pdf:
        assert len(pdf.pages) == 1


def test_word_template_is_written(wine_run: dict[str, Any]) -> None:
    import docx

    _ok(wine_run["steps"]["word"])
    document = docx.Document(str(Path(wine_run["work"]) / "Brief Süd.docx"))
    assert round(document.sections[0].page_width.mm) == 210


def test_brand_kit_export_and_import_into_localappdata(wine_run: dict[str, Any]) -> None:
    steps = wine_run["steps"]
    for name in ("kit_export", "kit_import", "kit_info", "kit_render"):
        _ok(steps[name])
    assert "(eingespielt)" in steps["kit_info"]["out"]
    assert "AppData\\Local\\assetkit" in steps["kit_info"]["out"]
    assert any("/brandkit/" in p for p in wine_run["user_data"]), wine_run["user_data"]
    assert Image.open(Path(wine_run["work"]) / "Story Ä.png").size == (1080, 1920)


def test_desktop_app_starts_with_the_offscreen_plugin(wine_run: dict[str, Any]) -> None:
    gui = wine_run["gui"]
    plugin = [line for line in gui["loaded"] if "qoffscreen.dll" in line.lower()]
    assert plugin, "".join(gui["tail"])
    assert INSTALL_DIR.lower() + "\\_internal\\pyside6" in plugin[0].lower().replace("\\\\", "\\"), plugin[0]
    assert not [line for line in gui["loaded"] if "qwindows.dll" in line.lower()]
    assert gui["alive_after_plugin"], "".join(gui["tail"])
    # Qt6Core found the system ICU stand-in, never one of its own in the bundle.
    assert not [line for line in gui["loaded"] if "icuuc" in line.lower() and "_internal" in line.lower()]


def test_uninstall_leaves_only_the_users_own_files(wine_run: dict[str, Any]) -> None:
    _ok(wine_run["steps"]["uninstall"])
    work = Path(wine_run["work"]).relative_to(Path(wine_run["work"]).parents[1]).parts[0]

    def users_own(p: str) -> bool:
        return (p.startswith(work + "/")                                  # the test's documents
                or ("/AppData/Local/assetkit/" in p and "/Cache/" not in p)  # brand kit, profile
                or "/Temp/" in p)

    left = [p for p in wine_run["new_files"] if not users_own(p)]
    assert not left, left
    assert not [p for p in wine_run["new_files"] if "/AppData/Local/assetkit/Cache/" in p]
    # HKCU\Software\assetkit holds the desktop app's settings (QSettings: language, last
    # template): the user's, like the brand kit. Setup's keys (file type, uninstall entry) go.
    left_keys = [k for k in wine_run["new_keys"] if ("assetkit" in k.lower() or ".akp" in k.lower())
                 and not k.startswith("user.reg:Software\\\\assetkit")]
    assert not left_keys, left_keys


def test_installs_and_uninstalls_for_all_users_with_allusers(wine_run: dict[str, Any]) -> None:
    steps = wine_run["steps"]
    _ok(steps["install_all"])
    assert {"assetkit.exe", "assetkit-cli.exe", "_internal", "uninstall.exe"} <= set(
        wine_run["machine_installed"])
    _ok(steps["version_all"])
    assert steps["version_all"]["out"].strip() == f"assetkit {__version__}"
    registry = wine_run["machine_registry"]          # HKLM: system.reg
    assert "[Software\\\\Classes\\\\.akp]" in registry
    assert "[Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Uninstall\\\\assetkit]" in registry
    _ok(steps["uninstall_all"])
    assert not [p for p in wine_run["machine_left_files"] if "Temp/" not in p], wine_run["machine_left_files"]
    assert not [k for k in wine_run["machine_left_keys"] if "assetkit" in k.lower() or ".akp" in k.lower()]
