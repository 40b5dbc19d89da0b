"""Spare the start path two pieces of PySide6's own start-up work it does not need.

1. PySide6's source scan of every module imported after it (:func:`skip_feature_scan`).

PySide6 replaces ``__import__`` to support ``from __feature__ import snake_case``: the first time
it meets a module it reads the module's whole source (``inspect.getsource``) to learn whether the
module mentions PySide6, and remembers the answer by module name. The app selects no feature, and
the answer is known without reading: the core never imports Qt (tests/core/test_core_no_qt.py),
the rest of kb_app may, and the standard library never does. Answering for those saves reading
some seventy source files before the first paint (about 20 ms measured); any other module is
still read as PySide does.

2. PySide6's ``.pyi`` stub generator, a developer tool the app never runs, which PySide6 imports at
every start with ``logging``, ``argparse`` and a page of regular expressions to compile (~9 ms):
:func:`defer_stub_generator` leaves a stand-in that loads it the first time anything reads a name.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from importlib.abc import Loader
    from importlib.machinery import ModuleSpec


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


GENERATOR = "shibokensupport.signature.lib.pyi_generator"


def defer_stub_generator() -> bool:
    """Before PySide6 is imported: have its stub generator loaded on first use, not at start-up.

    Works where PySide6's support modules are unpacked beside shiboken6 (its ``files.dir``, which
    ``scripts/bootstrap.sh`` and ``build.spec`` provide) and are found on ``sys.path``; where they
    stay in shiboken6's embedded zip, PySide6's own importer answers first and loads the generator
    as always. False (and nothing done) once PySide6 is imported."""
    if "shiboken6" in sys.modules or any(isinstance(f, _DeferGenerator) for f in sys.meta_path):
        return False
    sys.meta_path.insert(0, _DeferGenerator())
    return True


class _DeferGenerator:
    """A meta path finder that answers for the generator only, with a module that is filled in
    when first read (see :class:`_DeferredModule`)."""

    def find_spec(self, name: str, path: Sequence[str] | None, _target: ModuleType | None = None) -> ModuleSpec | None:
        if name != GENERATOR or not path:
            return None
        from importlib.machinery import ModuleSpec, PathFinder

        real = PathFinder.find_spec(name, list(path))
        if real is None or real.loader is None:
            return None  # not where PySide6 unpacks it: let PySide6 load it as it does
        return ModuleSpec(name, cast("Loader", _DeferredLoader(real)))  # the protocol, not the ABC


class _DeferredLoader:
    def __init__(self, real: ModuleSpec) -> None:
        self.real = real

    def create_module(self, spec: ModuleSpec) -> ModuleType:
        return _DeferredModule(spec.name, self.real)

    def exec_module(self, module: ModuleType) -> None:
        pass  # filled in when first read


class _DeferredModule(ModuleType):
    """Stands for the real module until a name is read from it; the real one is then executed and
    takes this one's place wherever it was published (PySide6 also lists it under
    ``PySide6.support``)."""

    def __init__(self, name: str, real: ModuleSpec) -> None:
        super().__init__(name)
        self._deferred_spec = real
        self._deferred_module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> object:
        # The import system asks a new module for __path__ and the like: no reason to load.
        if attribute.startswith("_deferred") or (attribute.startswith("__") and attribute.endswith("__")):
            raise AttributeError(attribute)
        return getattr(self._deferred_load(), attribute)

    def _deferred_load(self) -> ModuleType:
        if self._deferred_module is None:
            from importlib.util import module_from_spec

            spec = self._deferred_spec
            real = module_from_spec(spec)
            assert spec.loader is not None
            spec.loader.exec_module(real)
            self._deferred_module = real
            for key, module in list(sys.modules.items()):
                if module is self:
                    sys.modules[key] = real
                    parent, _, child = key.rpartition(".")
                    if getattr(sys.modules.get(parent), child, None) is self:
                        setattr(sys.modules[parent], child, real)
        return self._deferred_module
