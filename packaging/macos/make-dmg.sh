#!/usr/bin/env bash
# Wrap the macOS build (dist/kb-app.app, made by `python -m kb_app.freeze` on a Mac) into a .dmg.
#   packaging/macos/make-dmg.sh [APP_BUNDLE] [OUT_DIR]     (defaults: dist/kb-app.app, dist)
# Produces OUT_DIR/kb-app-<version>-macos-<arch>.dmg: the app plus a link to /Applications to drag
# it onto. The bundle is ad-hoc signed by PyInstaller; without an Apple Developer ID it is neither
# signed nor notarized, so the first start needs right-click > Open (docs/installer.md). With an
# identity in $CODESIGN_IDENTITY the bundle is signed here (notarize the .dmg afterwards).
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle="${1:-dist/kb-app.app}"
out_dir="${2:-dist}"
[ -x "$bundle/Contents/MacOS/kb-app" ] || { echo "no app bundle at $bundle (run: python -m kb_app.freeze)" >&2; exit 1; }

version="$(QT_QPA_PLATFORM=offscreen "$bundle/Contents/MacOS/kb-app" --version | awk '{print $2}')"
arch="$(uname -m)"
name="kb-app-$version"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

ditto "$bundle" "$staging/$(basename "$bundle")"   # ditto keeps symlinks, permissions and signatures
ln -s /Applications "$staging/Applications"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$staging/$(basename "$bundle")"
fi
codesign --verify --deep --strict "$staging/$(basename "$bundle")"

mkdir -p "$out_dir"
dmg="$out_dir/$name-macos-$arch.dmg"
rm -f "$dmg"
hdiutil create -volname "kb-app $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
hdiutil verify "$dmg"
echo "$dmg: $(du -h "$dmg" | cut -f1)"
