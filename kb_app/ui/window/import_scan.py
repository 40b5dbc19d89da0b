"""Spare the start path PySide6's source scan of every module imported after it.

PySide6 replaces ``__import__`` to support ``from __feature__ import snake_case``: the first time
it meets a module it reads the module's whole source (``inspect.getsource``) to learn whether the
module mentions PySide6, and remembers the answer by module name. The app selects no feature, and
the answer is known without reading: the core never imports Qt (tests/core/test_core_no_qt.py),
the rest of kb_app may, and the standard library never does. Answering for those saves reading
some seventy source files before the first paint (about 20 ms measured); any other module is
still read as PySide does.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType


def skip_feature_scan() -> bool:
    """Answer PySide's "does this module use PySide6?" for kb_app and the standard library; False
    if this PySide6 asks elsewhere (it then reads every source as before)."""
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(scan) or getattr(scan, "answers_known_modules", False):
        return False
    feature._mod_uses_pyside = _answering_known_modules(scan)  # type: ignore[attr-defined]
    return True


def _answering_known_modules(scan: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    standard = sys.stdlib_module_names

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name == "kb_app.core" or name.startswith("kb_app.core."):
            return False
        if name == "kb_app" or name.startswith("kb_app."):
            return True  # PySide's answer for a module that may use it: no feature selected
        if name.partition(".")[0] in standard:
            return False
        return scan(module)

    uses_pyside.answers_known_modules = True  # type: ignore[attr-defined]
    return uses_pyside
