"""shiboken6's support modules (``shibokensupport``: the signature loader, parser, layout, mapping…)
unpacked for the frozen app, with bytecode that is never recompiled.

PySide6 keeps these modules as a zip embedded in shiboken6 and, at every start, decodes it and
compiles them from source (~20 ms), unless a folder ``files.dir`` sits beside ``shiboken6/__init__``:
then ``find_incarnated_files()`` in shiboken6's ``signature_bootstrap.py`` imports them from there
as ordinary modules. PySide's documented switch ``SBK_EMBED=0`` creates that folder in an
environment; ``build.spec`` ships a copy of it at ``<bundle>/shiboken6/files.dir``, which is where
that function looks in the frozen app (``shiboken6.__file__`` is ``<_MEIPASS>/shiboken6/__init__.pyc``).

The copy carries PEP 552 *unchecked-hash* ``.pyc`` files in its ``__pycache__`` folders: Python
loads them without looking at the source's time stamp or contents, so an installer that changes
file times, or a read-only install, never makes the app compile them (nor try to write bytecode).
"""

from __future__ import annotations

import os
import py_compile
import shutil
import subprocess
import sys
from pathlib import Path

# Where find_incarnated_files() looks, relative to the bundle (PyInstaller's _MEIPASS).
BUNDLE_DIR = "shiboken6/files.dir"


class SupportFilesError(Exception):
    """The support modules could not be found, unpacked or compiled; the message says why."""


def environment_files_dir(python: str = sys.executable) -> Path:
    """The ``files.dir`` of the environment that is frozen, created with ``SBK_EMBED=0`` if missing."""
    probe = "import pathlib, shiboken6; print(pathlib.Path(shiboken6.__file__).resolve().parent)"

    def run(env: dict[str, str]) -> Path:
        proc = subprocess.run([python, "-c", probe], capture_output=True, text=True, env=env, check=False)
        if proc.returncode != 0:
            raise SupportFilesError(f"cannot import shiboken6 with {python}: {proc.stderr.strip()[-500:]}")
        return Path(proc.stdout.strip().splitlines()[-1]) / "files.dir"

    env = {k: v for k, v in os.environ.items() if k != "SBK_EMBED"}
    files_dir = run(env)
    if not files_dir.is_dir():
        run({**env, "SBK_EMBED": "0"})  # PySide's switch: unpack the embedded modules beside shiboken6
    if not (files_dir / "shibokensupport" / "signature" / "loader.py").is_file():
        raise SupportFilesError(
            f"{files_dir}: shiboken6's support modules are not there and SBK_EMBED=0 could not unpack them "
            "(is site-packages read-only?); run once, with write access: SBK_EMBED=0 python -c 'import shiboken6'"
        )
    return files_dir


def compiled_copy(source: Path, dest: Path) -> list[Path]:
    """Copy the ``.py`` files of ``source`` (a ``files.dir``) to ``dest``, each compiled to an unchecked-hash
    ``.pyc`` in its ``__pycache__``; returns every file written, sources and bytecode."""
    if dest.exists():
        shutil.rmtree(dest)
    written: list[Path] = []
    for py in sorted(source.rglob("*.py")):
        if "__pycache__" in py.parts:
            continue
        target = dest / py.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(py, target)
        try:
            pyc = py_compile.compile(
                str(target),
                doraise=True,
                optimize=0,  # the spec's Analysis(optimize=0): the frozen interpreter looks for plain .pyc
                invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
            )
        except py_compile.PyCompileError as exc:
            raise SupportFilesError(f"{py}: {exc.msg}") from exc
        written += [target, Path(pyc)]
    if not written:
        raise SupportFilesError(f"{source}: no support modules in it")
    return written


def bundle_datas(work: Path, python: str = sys.executable) -> list[tuple[str, str]]:
    """``(source, folder in the bundle)`` for ``Analysis(datas=…)``: the compiled copy made under ``work``."""
    copy = work / "shiboken6-files.dir"
    return [
        (str(path), str(Path(BUNDLE_DIR) / path.parent.relative_to(copy)))
        for path in compiled_copy(environment_files_dir(python), copy)
    ]
