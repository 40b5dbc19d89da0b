"""shiboken6's support modules as build.spec ships them (packaging/pyinstaller/shiboken_support.py).

The frozen app's own checks are in tests/frozen (the bundle's bytecode, and a start that loads it).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging" / "pyinstaller"))

import shiboken_support  # noqa: E402


def test_the_environment_has_the_support_modules() -> None:
    files_dir = shiboken_support.environment_files_dir()
    for name in ("loader", "parser", "layout", "mapping"):
        assert (files_dir / "shibokensupport" / "signature" / f"{name}.py").is_file(), name


def test_the_copy_imports_from_bytecode_even_when_the_source_changes(tmp_path: Path) -> None:
    """Unchecked-hash .pyc: Python neither compares time stamps nor reads the source, so a copy whose
    files got new times (an installer) or whose source differs still runs the shipped bytecode."""
    source = tmp_path / "files.dir"
    (source / "pkg" / "__pycache__").mkdir(parents=True)
    (source / "pkg" / "__init__.py").write_text("", "utf-8")
    (source / "pkg" / "mod.py").write_text("VALUE = 'compiled'\n", "utf-8")
    (source / "pkg" / "__pycache__" / "stale.cpython-311.pyc").write_bytes(b"not copied")
    copy = tmp_path / "copy"
    written = shiboken_support.compiled_copy(source, copy)
    assert {p.relative_to(copy).as_posix() for p in written} == {
        "pkg/__init__.py",
        "pkg/mod.py",
        f"pkg/__pycache__/__init__.{sys.implementation.cache_tag}.pyc",
        f"pkg/__pycache__/mod.{sys.implementation.cache_tag}.pyc",
    }
    (copy / "pkg" / "mod.py").write_text("VALUE = 'source'\n", "utf-8")
    os.utime(copy / "pkg" / "mod.py", (2_000_000_000, 2_000_000_000))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    proc = subprocess.run(
        [sys.executable, "-c", "import pkg.mod; print(pkg.mod.VALUE)"],
        capture_output=True,
        text=True,
        cwd=copy,
        env=env,
        check=True,
    )
    assert proc.stdout.strip() == "compiled"


def test_bundle_datas_place_the_copy_where_shiboken_looks(tmp_path: Path) -> None:
    datas = shiboken_support.bundle_datas(tmp_path)
    folders = {Path(dest).as_posix() for _src, dest in datas}
    assert "shiboken6/files.dir" in folders  # signature_bootstrap.py, which the loader imports
    assert "shiboken6/files.dir/shibokensupport/signature/__pycache__" in folders
    assert all(Path(src).is_relative_to(tmp_path) for src, _dest in datas)
