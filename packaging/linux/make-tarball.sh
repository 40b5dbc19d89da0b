#!/usr/bin/env bash
# Wrap the one-folder Linux build into a tarball with a .desktop entry and the icon.
#   packaging/linux/make-tarball.sh [APP_DIR] [OUT_DIR]     (defaults: dist/kb-app, dist)
# Produces OUT_DIR/kb-app-<version>-linux-<arch>.tar.gz holding one folder:
#   kb-app-<version>/kb-app/            the app (kb-app executable + _internal/)
#   kb-app-<version>/kb-app.desktop     menu entry template (Exec/Icon are rewritten by the script below)
#   kb-app-<version>/kb-app.png, .svg   icon
#   kb-app-<version>/install-menu-entry.sh   adds the app to the user's menu (no root needed)
# The version comes from the built app itself (`kb-app --version`), so it always matches the build.
set -euo pipefail
cd "$(dirname "$0")/../.."
app_dir="${1:-dist/kb-app}"
out_dir="${2:-dist}"
[ -x "$app_dir/kb-app" ] || { echo "no built app at $app_dir (run: python -m kb_app.freeze)" >&2; exit 1; }

version="$(QT_QPA_PLATFORM=offscreen "$app_dir/kb-app" --version | awk '{print $2}')"
arch="$(uname -m)"
name="kb-app-$version"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

mkdir -p "$staging/$name"
cp -a "$app_dir" "$staging/$name/kb-app"
cp packaging/linux/kb-app.desktop resources/icons/kb-app.png resources/icons/kb-app.svg "$staging/$name/"
cat > "$staging/$name/install-menu-entry.sh" <<'SCRIPT'
#!/bin/sh
# Adds the app to this user's application menu, pointing at this folder (run it again after moving it).
# Portable use (USB stick): skip this, create an empty folder named `profile` beside kb-app/kb-app and
# start kb-app/kb-app directly; notes then stay on the stick.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"
mkdir -p "$apps" "$icons/256x256/apps" "$icons/scalable/apps"
cp "$here/kb-app.png" "$icons/256x256/apps/kb-app.png"
cp "$here/kb-app.svg" "$icons/scalable/apps/kb-app.svg"
sed -e "s|^Exec=.*|Exec=\"$here/kb-app/kb-app\"|" "$here/kb-app.desktop" > "$apps/kb-app.desktop"
chmod 644 "$apps/kb-app.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
echo "Added to the menu: $apps/kb-app.desktop"
SCRIPT
chmod 755 "$staging/$name/install-menu-entry.sh"

mkdir -p "$out_dir"
tarball="$out_dir/$name-linux-$arch.tar.gz"
mtime="@${SOURCE_DATE_EPOCH:-$(date +%s)}"
tar -C "$staging" --sort=name --owner=0 --group=0 --numeric-owner --mtime="$mtime" -czf "$tarball" "$name"
echo "$tarball: $(du -h "$tarball" | cut -f1) (unpacked $(du -sh "$staging/$name" | cut -f1))"
