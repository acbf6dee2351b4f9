"""cairocffi with cached out-of-line bindings: renders, reuses its cache, falls back cleanly.

Each case runs in a fresh Python process: in this one cairocffi is long imported.
"""

from __future__ import annotations

import ctypes.util
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PETROL = (0x00, 0x5A, 0x6E, 255)
_SCRIPT = r"""
import json, subprocess, sys
spawned = []
_init = subprocess.Popen.__init__
def _counting_init(self, args, *rest, **kwargs):
    spawned.append(str(args))
    _init(self, args, *rest, **kwargs)
subprocess.Popen.__init__ = _counting_init

from assetkit.render import cairoload, render_svg_image
import cairocffi, cairosvg
svg = (b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4">'
       b'<rect width="4" height="4" fill="#005a6e"/></svg>')
pdf = cairosvg.svg2pdf(bytestring=svg)
print(json.dumps({
    "fast": cairoload.install(),
    "headers_parsed": "pycparser" in sys.modules,
    "ffi_type": type(cairocffi.ffi).__module__ + "." + type(cairocffi.ffi).__name__,
    "ffi_file": sys.modules["cairocffi.ffi"].__file__,
    "spawned": spawned,
    "pixel": render_svg_image(svg, 4, 4).getpixel((2, 2)),
    "pdf": pdf[:5].decode(),
    "find_library_restored": cairocffi.find_library.__module__ == "ctypes.util",
}))
"""


def _run(tmp_path: Path, script: str = _SCRIPT, user_dir: Path | None = None,
         pythonpath: tuple[Path, ...] = ()) -> dict[str, object]:
    env = dict(os.environ, ASSETKIT_USER_DIR=str(user_dir or tmp_path / "user"),
               PYTHONPATH=os.pathsep.join(str(p) for p in (*pythonpath, ROOT)))
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[-1])


def _bindings(tmp_path: Path) -> Path:
    found = [p for p in (tmp_path / "user" / "cache" / "cffi").glob("cairocffi-*.py")
             if not p.name.endswith("-pixbuf.py")]
    assert len(found) == 1, found
    return found[0]


def _renders_through_fast_path(result: dict[str, object]) -> None:
    assert result["fast"] is True
    assert result["ffi_type"] == "_cffi_backend.FFI"
    assert result["pixel"] == list(PETROL)
    assert result["pdf"] == "%PDF-"
    assert result["find_library_restored"] is True


def test_first_run_writes_the_bindings_and_later_runs_reuse_them(tmp_path: Path) -> None:
    first = _run(tmp_path)
    _renders_through_fast_path(first)
    assert first["headers_parsed"] is True            # generated once with cffi's parser
    bindings = _bindings(tmp_path)
    before = bindings.stat()
    content = bindings.read_bytes()

    second = _run(tmp_path)
    _renders_through_fast_path(second)
    assert second["headers_parsed"] is False           # no pycparser: nothing parsed
    assert second["ffi_file"] == str(bindings)
    if sys.platform.startswith("linux"):
        assert second["spawned"] == []                 # no ldconfig/gcc for find_library
    after = bindings.stat()
    assert (after.st_mtime_ns, after.st_ino) == (before.st_mtime_ns, before.st_ino)
    assert bindings.read_bytes() == content


@pytest.mark.parametrize("damage", ["cut off", "garbage", "other key", "bytecode"])
def test_a_damaged_cache_file_is_written_again(tmp_path: Path, damage: str) -> None:
    _run(tmp_path)
    bindings = _bindings(tmp_path)
    good = bindings.read_text()
    bytecode = Path(importlib.util.cache_from_source(str(bindings)))
    assert bytecode.is_file()            # written with the module: frozen apps write none
    if damage == "bytecode":
        header = bytecode.read_bytes()[:16]
        bytecode.write_bytes(header + b"\xff not marshal data")
    else:
        bindings.write_text({"cut off": good[: len(good) // 2],
                             "garbage": "\x00\x01 not python (",
                             "other key": good.replace("assetkit_cache_key = '",
                                                       "assetkit_cache_key = 'x")}[damage])

    result = _run(tmp_path)
    _renders_through_fast_path(result)
    assert bindings.read_text() == good
    assert b"not marshal data" not in bytecode.read_bytes()


def test_an_unusable_cache_folder_leaves_the_normal_import(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "user-file"
    not_a_folder.write_text("a file where the user folder should be")
    result = _run(tmp_path, user_dir=not_a_folder)
    assert result["fast"] is False
    assert result["ffi_type"] == "cffi.api.FFI"          # cairocffi's own in-line bindings
    assert result["ffi_file"].endswith(os.path.join("cairocffi", "ffi.py"))
    assert result["pixel"] == list(PETROL)
    assert result["headers_parsed"] is True


def test_bindings_cairocffi_cannot_use_leave_sys_modules_clean(tmp_path: Path) -> None:
    """A cache file that loads but lacks what cairocffi needs: the import is undone and redone
    the normal way."""
    _run(tmp_path)
    bindings = _bindings(tmp_path)
    key_line = bindings.read_text().splitlines()[-1]
    from cffi import FFI

    tiny = FFI()
    tiny.cdef("int cairo_version (void);")
    tiny.set_source("cairocffi.ffi", None)
    tiny.emit_python_code(str(bindings))
    with bindings.open("a") as out:
        out.write(f"\n{key_line}\n")
    script = """
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("cairoload", sys.argv[1])
cairoload = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cairoload)
fast = cairoload.install()
left = sorted(n for n in sys.modules if n.split(".")[0] == "cairocffi")
import cairocffi
print(json.dumps({"fast": fast, "left": left, "ffi_type": type(cairocffi.ffi).__module__,
                  "version": cairocffi.cairo_version()}))
"""
    result = _run(tmp_path, script.replace("sys.argv[1]", repr(str(
        ROOT / "assetkit" / "render" / "cairoload.py"))))
    assert result["fast"] is False
    assert result["left"] == []
    assert result["ffi_type"] == "cffi.api"
    assert result["version"] > 11000


def test_with_xcffib_installed_cairocffi_imports_its_own_way(tmp_path: Path) -> None:
    fake = tmp_path / "site" / "xcffib"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    result = _run(tmp_path, pythonpath=(tmp_path / "site",))
    assert result["fast"] is False
    assert result["pixel"] == list(PETROL)


@pytest.mark.skipif(ctypes.util.find_library("gdk_pixbuf-2.0") is None,
                    reason="gdk-pixbuf is not installed")
def test_pixbuf_bindings_load_on_first_use(tmp_path: Path) -> None:
    script = """
import io, json
from PIL import Image
import assetkit.render
import cairocffi.pixbuf
png = io.BytesIO()
Image.new("RGB", (3, 2), (0, 90, 110)).save(png, "PNG")
surface, kind = cairocffi.pixbuf.decode_to_image_surface(png.getvalue())
print(json.dumps({"ffi": type(cairocffi.pixbuf.ffi).__module__, "kind": kind,
                  "size": [surface.get_width(), surface.get_height()]}))
"""
    result = _run(tmp_path, script)
    assert result == {"ffi": "_cffi_backend", "kind": "png", "size": [3, 2]}


_URL_SCRIPT = r"""
import json, sys
from assetkit.render import render_svg_image
import cairosvg.url
from assetkit.errors import RenderError
loaded_with_render = sorted(m for m in ("urllib.request", "http.client", "ssl", "email")
                            if m in sys.modules)
svg = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
       b'width="4" height="4"><rect width="4" height="4" fill="#005a6e"/>'
       b'<image width="4" height="4" xlink:href="http://example.org/photo.png"/></svg>')
pixel = render_svg_image(svg, 4, 4).getpixel((2, 2))
try:
    cairosvg.url.urlopen(cairosvg.url.Request("http://example.org/"))
    refused = ""
except RenderError as exc:
    refused = exc.message
import urllib.request
print(json.dumps({"loaded": loaded_with_render, "pixel": pixel, "refused": refused,
                  "real_module_later": hasattr(urllib.request, "build_opener")}))
"""


def test_cairosvg_gets_no_url_fetching_and_the_network_modules_stay_unloaded(
        tmp_path: Path) -> None:
    result = _run(tmp_path, _URL_SCRIPT)
    assert result["loaded"] == []                       # 12 ms less on every start
    assert tuple(result["pixel"]) == PETROL             # a remote image is simply not drawn
    assert "URLs" in str(result["refused"])             # cairosvg's own fetcher cannot fetch
    assert result["real_module_later"] is True          # other code still gets urllib.request
