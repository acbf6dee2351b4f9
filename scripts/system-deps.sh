#!/usr/bin/env bash
# Installs the system libraries assetkit needs on Debian/Ubuntu when they are missing.
#   runtime (always): cairo for rendering and Qt's runtime libraries;
#   --test (make test, CI): poppler-utils (PDF checks), xvfb (the bundled app is started in a
#   virtual screen), LibreOffice Writer (the generated Word templates are converted to PDF).
# Does nothing when everything is there; on systems without apt-get it only names what is missing.
set -euo pipefail
pkgs=(libcairo2 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
      libxcb-render-util0 libxcb-image0)
if [ "${1:-}" = "--test" ]; then
  pkgs+=(poppler-utils xvfb xauth libreoffice-writer-nogui)
fi
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Bitte installieren Sie diese Systempakete: ${missing[*]}" >&2
  exit 0
fi
echo "Installiere Systempakete: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
