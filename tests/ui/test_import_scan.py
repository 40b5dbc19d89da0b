"""The start path tells PySide6 which modules use it, so that PySide does not read their source."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from kb_app.ui.window import import_scan

feature = sys.modules["shibokensupport.feature"]
original = feature._mod_uses_pyside
read = []
feature._mod_uses_pyside = lambda module: read.append(module.__name__) or original(module)
before = set(sys.modules)
assert import_scan.skip_feature_scan()
assert not import_scan.skip_feature_scan()  # once
import kb_app.ui.window.startup
import html.entities

known = feature.pyside_feature_dict
new = [name for name in sys.modules if name not in before and name.startswith("kb_app")]
standard = sys.stdlib_module_names
print("READ", sorted(name for name in read if name.startswith("kb_app") or name.partition(".")[0] in standard))
# The answer given without reading is PySide's own, except that every kb_app.ui module counts as
# using PySide (which selects nothing for it: the app uses no __feature__).
print("WRONG", sorted(name for name in new if name in known and original(sys.modules[name]) != (known[name] == 0)
                      and not name.startswith("kb_app.ui")))
print("ANSWERED", len(new), sum(1 for name in new if name in known))
"""


def test_the_window_modules_are_not_read_and_get_pysides_answer() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    assert lines["READ"] == "[]"
    assert lines["WRONG"] == "[]"
    loaded, answered = map(int, lines["ANSWERED"].split())
    assert loaded > 30 and answered > 30  # (a module imported as ``from package import module`` is not asked about)


GENERATOR_PROBE = """
import sys
from kb_app.ui.window import import_scan

unpacked = import_scan.defer_stub_generator()
assert not import_scan.defer_stub_generator()  # once
from PySide6.QtWidgets import QApplication
assert not import_scan.defer_stub_generator()  # never after PySide6
loader = sys.modules["shibokensupport.signature.loader"]
print("UNPACKED", "files.dir" in (getattr(loader, "__file__", "") or ""))
print("STARTED", "logging" in sys.modules, "argparse" in sys.modules, type(sys.modules[import_scan.GENERATOR]).__name__)
# PySide6 publishes the generator under its own name too; reading from it loads the real one.
from PySide6.support.signature.lib import pyi_generator
generate = pyi_generator.generate_pyi
import PySide6.support.signature.lib as lib
print("USED", callable(generate), "logging" in sys.modules, type(sys.modules[import_scan.GENERATOR]).__name__,
      type(sys.modules["PySide6.support.signature.lib.pyi_generator"]).__name__, type(lib.pyi_generator).__name__)
"""


def test_pysides_stub_generator_loads_when_used_not_at_start() -> None:
    out = subprocess.run(
        [sys.executable, "-c", GENERATOR_PROBE], capture_output=True, text=True, timeout=60, check=False
    )
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    # scripts/bootstrap.sh unpacks PySide6's support modules; only there can the start skip it
    assert lines["UNPACKED"] == "True", "run scripts/bootstrap.sh: PySide6's support modules are not unpacked"
    assert lines["STARTED"] == "False False _DeferredModule"
    assert lines["USED"] == "True True module module module"
