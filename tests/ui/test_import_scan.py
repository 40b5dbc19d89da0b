"""The start path tells PySide6 which modules use it, so that PySide does not read their source."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from kb_app.ui import import_scan

feature = sys.modules["shibokensupport.feature"]
original = feature._mod_uses_pyside
scanned = []
feature._mod_uses_pyside = lambda module: scanned.append(module.__name__) or original(module)
assert import_scan.skip_feature_scan()
import kb_app.ui.startup

known = feature.pyside_feature_dict
ours = [name for name in sys.modules if name.startswith("kb_app")]
print("SCANNED", sorted(name for name in scanned if name.startswith("kb_app") or name in sys.stdlib_module_names))
# The answer given up front is PySide's own wherever the module mentions PySide6.
print("WRONG", sorted(name for name in ours if original(sys.modules[name]) and known.get(name) != 0))
print("KNOWN", len(ours), sum(1 for name in ours if name in known))
"""


def test_the_window_modules_are_not_scanned_and_get_pysides_answer() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    assert lines["SCANNED"] == "[]"
    assert lines["WRONG"] == "[]"
    loaded, known = map(int, lines["KNOWN"].split())
    assert loaded > 30 and known == loaded
