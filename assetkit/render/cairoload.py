"""Import cairocffi without parsing cairo's C declarations on every start.

cairocffi builds its bindings in cffi's in-line ABI mode: each import parses about 1,500 lines
of C declarations with pycparser (about 60 ms with pycparser's own import) and, on Linux, asks
``ctypes.util.find_library`` for three names, which runs ldconfig and gcc in subprocesses
(about 20 ms), before it opens ``libcairo.so.2``. cffi's out-of-line ABI mode does the parsing
once: ``emit_python_code`` writes a module whose ``ffi`` is a ready ``_cffi_backend.FFI``.
:func:`install` keeps such a module in the user cache folder, keyed by the versions of
cairocffi and cffi and a hash of the declarations, and imports cairocffi with it as
``cairocffi.ffi`` (its ``ffi_pixbuf`` is loaded the same way on first use).

The declarations are read from ``cairocffi/constants.py`` without importing the cairocffi
package; before the first cache file is written, ``cairocffi/ffi.py`` is checked to build its
bindings exactly as this module reproduces them. Anything unexpected (no cache folder, a damaged
or stale file, an unknown version, xcffib installed, a library that does not open) leaves
``sys.modules`` as it was and the normal import in charge: the fast path only ever saves time.

:func:`install` must run before cairosvg or cairocffi is first imported; ``assetkit.render``
calls it first thing, and so must any other code that imports cairosvg outside it.

:func:`without_url_fetching` spares each start another 12 ms: cairosvg imports
``urllib.request`` (with http.client, ssl and email) only to fetch URLs, which assetkit never
lets it do.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.machinery
import importlib.util
import io
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import NoReturn

_CAIRO_NAMES = ("cairo-2", "cairo", "libcairo-2")   # what cairocffi asks find_library for
_LINUX_SONAME = "libcairo.so.2"                     # what it then opens on Linux
_VERSION = re.compile(r"""^VERSION = __version__ = ['"]([^'"]+)['"]""", re.MULTILINE)
# How cairocffi/ffi.py builds its bindings (the calls on its FFI objects); any other structure
# (a future cairocffi) is not reproduced and gets the normal import.
_EXPECTED_CALLS = sorted([("ffi", "cdef", "constants._CAIRO_HEADERS"),
                          ("ffi", "include", "xcb_ffi"),      # only with xcffib: then no fast path
                          ("ffi", "cdef", "constants._CAIRO_XCB_HEADERS"),
                          ("ffi_pixbuf", "include", "ffi"), ("ffi_pixbuf", "cdef", "<str>")])
_FORMAT = 1   # of the cache files written here; part of the key


def install() -> bool:
    """Import cairocffi with cached bindings; False when the normal import is left to run.

    Idempotent: once cairocffi is imported, only reports whether it came through here.
    """
    if "cairocffi" in sys.modules:
        return getattr(sys.modules.get("cairocffi.ffi"), "assetkit_cache_key", None) is not None
    try:
        module = _cached_ffi_module()
    except Exception:  # noqa: BLE001 -- any failure only means the normal, slower import
        module = None
    if module is None:
        return False
    sys.modules["cairocffi.ffi"] = module
    try:
        with _cairo_found_without_subprocess(module):
            import cairocffi  # noqa: F401 -- the import is the point
    except Exception:  # noqa: BLE001 -- leave everything to the normal import
        for name in [n for n in sys.modules if n == "cairocffi" or n.startswith("cairocffi.")]:
            del sys.modules[name]
        return False
    return True


def _cached_ffi_module() -> ModuleType | None:
    """The ``cairocffi.ffi`` replacement from the cache (written first if missing or damaged)."""
    if importlib.util.find_spec("xcffib") is not None:
        return None          # cairocffi then adds xcb declarations; not reproduced here
    import _cffi_backend  # the module the generated code needs; cffi's C part

    package = importlib.util.find_spec("cairocffi")
    if package is None or not package.submodule_search_locations:
        return None
    locations = list(package.submodule_search_locations)
    headers = _load_submodule("cairocffi.constants", locations)._CAIRO_HEADERS
    version = _VERSION.search(package.loader.get_source("cairocffi") or "")  # type: ignore[union-attr]
    if version is None:
        return None
    digest = hashlib.sha256(f"{_FORMAT}\0{headers}".encode()).hexdigest()[:16]
    key = f"cairocffi-{version[1]}-cffi-{_cffi_backend.__version__}-{digest}"
    folder = _cache_folder()
    if folder is None:
        return None
    path, pixbuf_path = folder / f"{key}.py", folder / f"{key}-pixbuf.py"
    for attempt in range(2):
        missing = attempt or not (path.is_file() and pixbuf_path.is_file())
        if missing and not _write_bindings(path, pixbuf_path, key, headers, locations):
            return None
        try:
            module = _exec_file("cairocffi.ffi", path)
            if module.assetkit_cache_key == key and isinstance(module.ffi, _cffi_backend.FFI):
                vars(module)["__getattr__"] = _lazy_pixbuf(module, pixbuf_path, key)
                return module
        except Exception:  # noqa: BLE001, S110 -- a damaged file is written again below
            pass
    return None


@contextlib.contextmanager
def without_url_fetching() -> Iterator[None]:
    """While cairosvg is imported inside this block, ``urllib.request`` is a stand-in whose
    ``urlopen`` and ``Request`` (all cairosvg takes from it, for its default URL fetcher)
    refuse. assetkit always passes its own fetcher, which reads only ``data:`` URLs, so they
    are never called; the real module (http.client, ssl, email: 12 ms) is not loaded on every
    start for nothing, and cairosvg could not reach the network even by mistake. Outside the
    block, importing ``urllib.request`` gives the real module as always."""
    if "urllib.request" in sys.modules or "cairosvg" in sys.modules:
        yield
        return
    stand_in = ModuleType("urllib.request")
    stand_in.Request = stand_in.urlopen = _refuse_url  # type: ignore[attr-defined]
    sys.modules["urllib.request"] = stand_in
    try:
        yield
    finally:
        if sys.modules.get("urllib.request") is stand_in:
            del sys.modules["urllib.request"]


def _refuse_url(*args: object, **kwargs: object) -> NoReturn:
    from assetkit.errors import RenderError

    raise RenderError("assetkit lädt nichts über Adressen (URLs) nach; Bilder müssen in die "
                      "Vorlage eingebettet sein.")


def _cache_folder() -> Path | None:
    from assetkit.userdirs import cache_dir

    try:
        folder = cache_dir() / "cffi"
        folder.mkdir(exist_ok=True)
    except OSError:
        return None
    return folder


def _load_submodule(name: str, locations: list[str]) -> ModuleType:
    """Run one module of a package without importing the package (not put in sys.modules)."""
    spec = importlib.machinery.PathFinder.find_spec(name, locations)
    if spec is None or spec.loader is None:
        raise ImportError(name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _exec_file(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lazy_pixbuf(module: ModuleType, path: Path, key: str) -> Callable[[str], object]:
    """Module ``__getattr__`` giving ``ffi_pixbuf`` (only cairocffi.pixbuf uses it) on demand."""
    def getattr_(name: str) -> object:
        if name != "ffi_pixbuf":
            raise AttributeError(f"module 'cairocffi.ffi' has no attribute {name!r}")
        try:
            pixbuf = _exec_file("cairocffi.ffi_pixbuf", path)
            if pixbuf.assetkit_cache_key != key:
                raise ValueError(path)
        except Exception as exc:  # noqa: BLE001 -- reported as the missing name it is
            raise AttributeError(f"ffi_pixbuf: {path} unusable ({exc!r})") from None
        vars(module)["ffi_pixbuf"] = pixbuf.ffi
        return pixbuf.ffi
    return getattr_


def _write_bindings(path: Path, pixbuf_path: Path, key: str, headers: str,
                    locations: list[str]) -> bool:
    """Generate both modules with cffi (the slow part, once); False when that is not possible."""
    import py_compile

    from cffi import FFI

    from assetkit.errors import AssetkitError
    from assetkit.fileio import write_atomic

    pixbuf_cdef = _pixbuf_declarations(locations)
    if pixbuf_cdef is None:
        return False
    ffi = FFI()
    ffi.cdef(headers)
    ffi.set_source("cairocffi.ffi", None)   # the pixbuf module imports it under this name
    ffi_pixbuf = FFI()
    ffi_pixbuf.include(ffi)
    ffi_pixbuf.cdef(pixbuf_cdef)
    ffi_pixbuf.set_source("cairocffi.ffi_pixbuf", None)
    try:
        for builder, target in ((ffi_pixbuf, pixbuf_path), (ffi, path)):
            code = io.StringIO()
            with contextlib.redirect_stdout(io.StringIO()):   # cffi prints "generating …"
                builder.emit_python_code(code)
            # The key line comes last: a cut-off file never passes as complete.
            source = f"{code.getvalue()}\nassetkit_cache_key = {key!r}\n"
            with contextlib.suppress(OSError):
                Path(importlib.util.cache_from_source(str(target))).unlink()
            write_atomic(target, source.encode())
            # Bytecode now: a frozen app (and PYTHONDONTWRITEBYTECODE) would compile the
            # module on every start otherwise (3 ms); the import system still checks it.
            with contextlib.suppress(py_compile.PyCompileError, OSError):
                py_compile.compile(str(target), doraise=True)
    except (OSError, AssetkitError):
        return False
    return True


def _pixbuf_declarations(locations: list[str]) -> str | None:
    """The declarations cairocffi/ffi.py gives ``ffi_pixbuf``, or None when that file builds
    its bindings in any other way than the one reproduced here."""
    import ast

    spec = importlib.machinery.PathFinder.find_spec("cairocffi.ffi", locations)
    source = spec.loader.get_source("cairocffi.ffi") if spec and spec.loader else None  # type: ignore[attr-defined]
    if source is None:
        return None
    calls, pixbuf = [], None
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("ffi", "ffi_pixbuf") and len(node.args) == 1):
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                what, pixbuf = "<str>", arg.value
            else:
                what = ast.unparse(arg)
            calls.append((node.func.value.id, node.func.attr, what))
    return pixbuf if sorted(calls) == _EXPECTED_CALLS else None


@contextlib.contextmanager
def _cairo_found_without_subprocess(module: ModuleType) -> Iterator[None]:
    """On Linux, answer cairocffi's find_library questions for cairo without subprocesses.

    cairocffi ends up opening ``libcairo.so.2`` there (ldconfig reports that soname); when it
    opens, find_library may say "not found" for cairo's names and cairocffi opens it by
    soname directly. Other names, and other threads' questions, go to the real function.
    """
    import ctypes.util

    original = ctypes.util.find_library
    if not sys.platform.startswith("linux"):
        yield
        return
    try:
        module.ffi.dlopen(_LINUX_SONAME)
    except OSError:
        yield
        return

    def find_library(name: str) -> str | None:
        return None if name in _CAIRO_NAMES else original(name)

    ctypes.util.find_library = find_library
    try:
        yield
    finally:
        ctypes.util.find_library = original
        cairocffi = sys.modules.get("cairocffi")
        if cairocffi is not None and getattr(cairocffi, "find_library", None) is find_library:
            vars(cairocffi)["find_library"] = original   # cairocffi.pixbuf asks it for gdk-pixbuf
