#!/usr/bin/env bash
# Set up a fresh machine and run the app or the tests: the README's two commands.
#   scripts/bootstrap.sh run     # venv + app, then opens the window on the bundled library
#   scripts/bootstrap.sh test    # venv + test extras, then the whole test suite (no frozen build)
#   scripts/bootstrap.sh frozen  # venv + build extras, then builds the installer app and smoke-tests it
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-test}"
shift || true

# Qt needs a few system libraries even offscreen (EGL/GL, fontconfig with at least one font,
# xkbcommon); Debian-based machines get them from apt when they are missing.
system_packages=(libegl1 libgl1 libfontconfig1 fonts-dejavu-core libxkbcommon0 libdbus-1-3 libglib2.0-0)
# A real window needs the X11/xcb libraries; the frozen build needs them too, so the Linux
# tarball carries them instead of asking users' PCs for them.
if [ "$mode" = "run" ] || [ "$mode" = "frozen" ]; then
  system_packages+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
                    libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-sync1 libxcb-xfixes0 libx11-xcb1)
fi
# The build links a smaller ICU data library (packaging/pyinstaller/icu_trim.py) with the C compiler.
if [ "$mode" = "frozen" ]; then system_packages+=(gcc); fi
if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${system_packages[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

python="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$python" -m venv .venv
extras=""
case "$mode" in
  run) extras="" ;;
  test) extras="[test]" ;;
  frozen) extras="[test,build]" ;;
  *) echo "usage: scripts/bootstrap.sh run|test|frozen" >&2; exit 2 ;;
esac
# Install only when something is missing: the stamp beside .venv holds a hash of pyproject.toml
# and the extras installed with it, so a second `run` starts offline without calling pip.
stamp=.venv/.kb-app-installed
want="$(.venv/bin/python -c 'import hashlib; print(hashlib.sha256(open("pyproject.toml", "rb").read()).hexdigest())')"
have_hash="" have_extras=""
[ -f "$stamp" ] && read -r have_hash have_extras < "$stamp" || true
covered=1
[ "$have_hash" = "$want" ] || covered=0
case "$mode" in
  test) [[ "$have_extras" == *test* ]] || covered=0 ;;
  frozen) [[ "$have_extras" == *test* && "$have_extras" == *build* ]] || covered=0 ;;
esac
[ -x .venv/bin/kb-app ] || covered=0
if [ "$covered" -eq 0 ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
  # A wider install (test, build) also covers the narrower modes; never narrow the record.
  [ "$have_hash" = "$want" ] && [ ${#have_extras} -gt ${#extras} ] && extras="$have_extras"
  echo "$want ${extras:-[]}" > "$stamp"
fi
# PySide6 compiles its support modules (signatures, the __feature__ import) from a zip embedded
# in shiboken6 at every start, unless they are unpacked beside it once (its documented SBK_EMBED=0
# switch): then they load from cached bytecode like any module, ~20 ms off every start of the
# window (benchmarks/startup_bench.py). build.spec ships them the same way.
if ! compgen -G ".venv/lib/python3*/site-packages/shiboken6/files.dir" >/dev/null; then
  SBK_EMBED=0 .venv/bin/python -c "import compileall, pathlib, shiboken6
compileall.compile_dir(pathlib.Path(shiboken6.__file__).parent / 'files.dir', quiet=1)"
fi

case "$mode" in
  run) exec .venv/bin/kb-app "$@" ;;
  test)
    # Lint and format (ruff, pinned in pyproject.toml), then types (the core and the command line
    # strictly, the window with mypy's defaults: [tool.mypy]), then the tests.
    .venv/bin/python -m ruff check .
    .venv/bin/python -m ruff format --check .
    .venv/bin/python -m mypy
    exec .venv/bin/python -m pytest -m "not frozen" -q "$@" ;;
  frozen) exec .venv/bin/python -m pytest -m frozen tests/frozen -q "$@" ;;
esac
