"""Start-up: `kb-app gui --quit-after-ready`, the lean start path, first-run install in the
background, the single-writer lock, and remembered window layout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kb_app.core.platform.paths import AppPaths

REPO = Path(__file__).resolve().parents[2]


def _env(profile: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KB_APP_PROFILE=str(profile))
    return env


def test_quit_after_ready_prints_one_line(installed_profile: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "kb_app", "gui", "--quit-after-ready"],
        env=_env(installed_profile),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("ready in ") and lines[0].endswith(" ms")
    assert int(lines[0].split()[2]) > 0


def test_the_start_up_baselines_report_their_first_paint() -> None:
    # benchmarks/startup_bench.py divides by these: each must print one "ready in N ms" and quit.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for script in ("bare_window.py", "qt_desk_window.py", "qt_desk_window.py --tuned"):
        out = subprocess.run(
            [
                sys.executable,
                *(str(REPO / "benchmarks" / part) if part.endswith(".py") else part for part in script.split()),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert out.returncode == 0, out.stderr
        lines = out.stdout.splitlines()
        assert len(lines) == 1 and lines[0].startswith("ready in ") and int(lines[0].split()[2]) > 0, lines


START_PATH_PROBE = """
import gc
import sys
from kb_app.ui.window import startup
original_begin = startup.Boot.begin
def probe_begin(self):
    print("COLLECTOR BEFORE PAINT", gc.isenabled(), file=sys.stderr)
    original_begin(self)
startup.Boot.begin = probe_begin
original = startup.Boot._maybe_ready
def probe(self):
    if self._painted and self.ctx.library is not None and self.ready_ms is None:
        print("COLLECTOR AFTER PAINT", gc.isenabled(), gc.get_freeze_count() > 10000, file=sys.stderr)
        # A Python changeEvent or eventFilter handed any event makes PySide build all ~50 event
        # classes (~3 ms): they wait for the first paint (kb_app.ui.shared.first_paint)
        import PySide6.QtGui
        print("ALL EVENT CLASSES", "QMouseEvent" in vars(PySide6.QtGui), file=sys.stderr)
        heavy = ("snowballstemmer", "sqlite_utils", "markdown_it", "kb_app.core.packs.build",
                 "kb_app.core.search.engine",
                 "kb_app.core.text.analysis", "kb_app.core.search.indexer", "kb_app.core.search.snippets",
                 "kb_app.core.content.knowledge", "yaml", "PySide6.QtPrintSupport",
                 # the type registry's schema and the country declaration: the tree needs names only
                 "kb_app.core.content.doctypes", "kb_app.core.content.schema", "kb_app.core.content.country",
                 # built or opened after the first paint, or on first use:
                 "kb_app.ui.reader.find_bar", "kb_app.ui.reader.highlight", "kb_app.core.userdata.notes",
                 "kb_app.core.userdata.drafts",
                 "kb_app.core.userdata.user_db", "kb_app.core.userdata.notes_sync", "kb_app.ui.notes.notes_backup",
                 "uuid",
                 # a document's source check only (kb_app.core.library.library_db)
                 "hashlib",
                 # the command line's options, the page's link objects, stdlib modules with a table
                 # to build (the window's own escape and data-file reading do without them)
                 "kb_app.cli.options", "kb_app.ui.reader.page_objects", "kb_app.ui.search.result_list", "html",
                 "importlib.resources",
                 # a frozen dataclass compiles its methods when defined; the worker threads load
                 # with the first task
                 "dataclasses", "kb_app.ui.shared.tasks")
        print("LOADED", sorted(m for m in heavy if m in sys.modules), file=sys.stderr)
        # the page's invisible link and heading objects are built right after the first paint
        reader = self.window.reader
        print("SPOTS", 0 if reader._page_objects is None else len(reader._page_objects.widgets), file=sys.stderr)
    original(self)
startup.Boot._maybe_ready = probe
from kb_app.ui.window.app import run
sys.exit(run(quit_after_ready=True))
"""


def test_start_path_imports_nothing_heavy(installed_profile: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", START_PATH_PROBE],
        env=_env(installed_profile),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert out.returncode == 0, out.stderr
    assert "LOADED []" in out.stderr, out.stderr
    assert "SPOTS 0" in out.stderr, out.stderr
    # start-up makes no garbage cycles: the collector waits for the first paint, then skips what it made
    assert "COLLECTOR BEFORE PAINT False" in out.stderr, out.stderr
    assert "COLLECTOR AFTER PAINT True True" in out.stderr, out.stderr
    assert "ALL EVENT CLASSES False" in out.stderr, out.stderr


def test_the_first_page_gets_its_link_objects_right_after_the_first_paint(make_window: Any, qtbot: Any) -> None:
    window = make_window(start_search=False)
    window.open_location("con-policija")  # a page with links, opened before the first paint ends
    qtbot.waitUntil(lambda: any(w.spot.href for w in window.reader.page_objects.widgets), timeout=5000)


def test_first_run_installs_the_library_in_a_background_task(
    qtbot: Any, profile: Path, fixture_pack: Path, monkeypatch: Any
) -> None:
    from kb_app.core.library import bootstrap
    from kb_app.ui.shared import i18n
    from kb_app.ui.window.mainwindow import MainWindow
    from kb_app.ui.window.profile import open_context
    from kb_app.ui.window.startup import Boot

    monkeypatch.setattr(bootstrap, "default_pack", lambda _paths, _progress=None: fixture_pack)
    ctx = open_context(AppPaths(profile))
    i18n.install("en")
    window = ctx.main_window = MainWindow(ctx)
    qtbot.addWidget(window)
    boot = Boot(ctx, window, quit_after_ready=False)
    monkeypatch.setattr(boot, "_after_ready", lambda: None)  # no first-run questions in a test
    boot.begin()
    assert ctx.library is None and window.isVisible()  # the window is up while installing
    assert "Preparing the library" in window.reader.browser.toPlainText()
    qtbot.waitUntil(lambda: boot.ready_ms is not None, timeout=20_000)
    assert ctx.library is not None and ctx.library.has("con-policija")
    assert window.library_panel.tree.topLevelItemCount() > 0
    window.close()
    ctx.close()


def test_second_instance_is_read_only(installed_profile: Path, make_window: Any) -> None:
    from kb_app.core.platform.lock import ProfileLock

    first = ProfileLock(installed_profile)
    assert first.acquire()
    try:
        window = make_window(start_search=False)
        assert window.ctx.read_only
        assert "Read-only" in window.read_only_label.text() and window.read_only_label.isVisible()
        window.open_location("con-policija")
        assert window.notes.editor.isReadOnly()
        assert not window.notes.new_button.isEnabled()
        assert not window.actions_by_name["bookmark"].isEnabled()
    finally:
        first.release()


def test_window_layout_is_remembered(make_window: Any) -> None:
    first = make_window(start_search=False)
    first.resize(700, 500)  # inside the test screen: restoring clamps to the screen
    first.actions_by_name["toggle_notes"].trigger()  # the user hides the notes panel (Ctrl+Shift+N)
    first.close()
    first.ctx.close()
    second = make_window(start_search=False)
    assert (second.width(), second.height()) == (700, 500)
    assert not second.notes_dock.isVisible()


FIRST_FRAME_PROBE = """
import sys
from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QWidget
from kb_app.ui.shared import first_paint
from kb_app.ui.window import startup

def layout_of(window):
    # every widget the worker sees in the window, where it sits; not the ones that paint nothing
    # (a page's link spots, a tab bar's tab objects, rebuilt after the paint) nor the focus ring,
    # which the first-paint work brings
    quiet = ("SpotWidget", "_TabSpot")
    return sorted(
        (type(w).__name__, w.objectName(), QRect(w.mapTo(window, QPoint(0, 0)), w.size()).getRect())
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.window() is window and type(w).__name__ not in quiet and w.objectName() != "focusRing"
    )

boots, frames = [], {}
original_painted = first_paint.painted
def painted():
    frames["first"] = layout_of(boots[0].window)  # nothing has changed since the paint: the queue runs next
    original_painted()
first_paint.painted = painted

original_begin = startup.Boot.begin
def begin(self):
    boots.append(self)
    original_begin(self)
    QTimer.singleShot(1500, settled)
startup.Boot.begin = begin

def settled():
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    window = boots[0].window
    first, after = frames["first"], layout_of(window)
    print("GONE OR MOVED", [w for w in first if w not in after], file=sys.stderr)
    print("APPEARED", [w for w in after if w not in first], file=sys.stderr)
    print("HOLDING", first_paint.holding(), file=sys.stderr)
    # the handlers that waited for the first paint work now
    field = window.search.field
    field.setText("pase")
    QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    print("ESCAPE CLEARS", field.text() == "", file=sys.stderr)
    refreshed = []
    window.reader.refresh_style = lambda: refreshed.append(True)
    QApplication.sendEvent(window, QEvent(QEvent.Type.PaletteChange))
    print("PALETTE FOLLOWED", bool(refreshed), file=sys.stderr)
    QApplication.quit()

from kb_app.ui.window.app import run
sys.exit(run())
"""


@pytest.mark.parametrize("scale", ["1", "2"])
def test_the_first_frame_is_the_settled_window_and_what_waited_for_it_works(
    installed_profile: Path, scale: str
) -> None:
    # Event filters are attached right after the first paint (kb_app.ui.shared.first_paint): the
    # first frame must already be the window as it stays, at 1280×800 and at 200 %.
    env = dict(_env(installed_profile), QT_SCALE_FACTOR=scale)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={REPO / 'tests' / 'ui' / 'offscreen_screen.json'}"
    out = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_PROBE], env=env, capture_output=True, text=True, timeout=60, cwd=REPO
    )
    assert out.returncode == 0, out.stderr
    for line in ("GONE OR MOVED []", "APPEARED []", "HOLDING False", "ESCAPE CLEARS True", "PALETTE FOLLOWED True"):
        assert line in out.stderr, out.stderr
