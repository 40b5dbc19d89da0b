"""Spare the start path PySide6's source scan of every module imported after it.

PySide6 replaces ``__import__`` to support ``from __feature__ import snake_case``: the first time
it meets a module it reads the module's whole source (``inspect.getsource``) to learn whether the
module mentions PySide6, and remembers the answer by module name (0: uses PySide, no feature
selected; -1: ignore). The app selects no feature, and the answers are known without reading: the
core never imports Qt (tests/core/test_core_no_qt.py), the rest of kb_app may, and the standard library
never does. Telling PySide up front saves reading some seventy source files before the first
paint (about 20 ms measured).
"""

from __future__ import annotations

import os
import sys

import kb_app

_USES_PYSIDE = 0
_IGNORE = -1


def skip_feature_scan() -> bool:
    """Record the answers for kb_app's modules and the standard library; False if this PySide6
    keeps them elsewhere (it then scans as before)."""
    feature = sys.modules.get("shibokensupport.feature")
    known = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return False
    for name in _kb_app_modules():
        known.setdefault(name, _IGNORE if name == "kb_app.core" or name.startswith("kb_app.core.") else _USES_PYSIDE)
    for name in _standard_modules():
        known.setdefault(name, _IGNORE)
    return True


def _kb_app_modules() -> list[str]:
    """The dotted names of kb_app's source modules, found on disk (none in a frozen build, where
    there is no source for PySide to read either)."""
    names = []
    for root in kb_app.__path__:
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            for file in files:
                if file.endswith(".py"):
                    relative = os.path.relpath(os.path.join(folder, file[:-3]), root).replace(os.sep, ".")
                    names.append("kb_app" if relative == "__init__" else "kb_app." + relative.removesuffix(".__init__"))
    return names


def _standard_modules() -> list[str]:
    """Top-level standard modules, and submodules of them already loaded (json.decoder, ...)."""
    standard = sys.stdlib_module_names
    return [*standard, *(name for name in list(sys.modules) if name.partition(".")[0] in standard)]
