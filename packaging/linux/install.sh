#!/bin/sh
# Install assetkit for the current user (no root needed) from the unpacked archive:
#   tar xzf assetkit-*-linux-x86_64.tar.gz && assetkit/install.sh
# Copies the folder to ~/.local/opt/assetkit, puts "assetkit" on PATH (~/.local/bin), adds the
# menu entry, the icon and the .akp file type. "install.sh --uninstall" removes all of it;
# imported brand kits in ~/.local/share/assetkit stay.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
dest=$HOME/.local/opt/assetkit
bin=$HOME/.local/bin

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$dest" "$bin/assetkit" "$data/applications/assetkit.desktop" \
         "$data/icons/hicolor/scalable/apps/assetkit.svg" "$data/mime/packages/assetkit.xml"
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
  echo "assetkit wurde entfernt."
  exit 0
fi

if [ "$here" != "$dest" ]; then
  rm -rf "$dest.new"
  mkdir -p "$(dirname "$dest")"
  cp -a "$here" "$dest.new"
  rm -rf "$dest"
  mv "$dest.new" "$dest"
fi
mkdir -p "$bin" "$data/applications" "$data/icons/hicolor/scalable/apps" "$data/mime/packages"
ln -sf "$dest/assetkit" "$bin/assetkit"
sed "s|@BUNDLE@|$dest|g" "$dest/assetkit.desktop" > "$data/applications/assetkit.desktop"
cp "$dest/assetkit.svg" "$data/icons/hicolor/scalable/apps/assetkit.svg"
cp "$dest/assetkit-mime.xml" "$data/mime/packages/assetkit.xml"
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "assetkit ist installiert: Menü „Grafik“ oder Befehl „assetkit“ ($bin muss im PATH sein)."
