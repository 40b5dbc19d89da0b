"""The core never imports Qt (headless, testable, usable by the CLI and scripts)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import kb_app.core

CORE = Path(kb_app.core.__file__).parent


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(
        ".".join(("kb_app", "core", *p.relative_to(CORE).with_suffix("").parts))
        for p in CORE.rglob("*.py")
        if p.stem != "__init__"
    )
    assert len(modules) > 40, modules  # every module of the core, in its sub-packages too
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        + "assert not bad, bad\nprint(len(sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_no_qt_import_statement_in_core_sources() -> None:
    sources = sorted(CORE.rglob("*.py"))  # sub-packages too
    assert len(sources) > 40, sources
    for path in sources:
        text = path.read_text("utf-8")
        assert "PySide6" not in text and "shiboken" not in text, path.relative_to(CORE)


def test_cli_reading_commands_do_not_import_qt(profile: Path) -> None:
    code = (
        "import sys\nfrom kb_app.cli import main\nmain(['analyze', 'tirdzniecība'])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]"
    )
    # analyze reads the installed library's languages: a profile of its own, not the developer's.
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "KB_APP_PROFILE": str(profile)},
    )
    assert result.returncode == 0, result.stderr
