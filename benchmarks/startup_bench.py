"""Start-up and search-as-you-type benchmark of the desktop app.

    python benchmarks/startup_bench.py [--rounds 9] [--json]

1. Start-up: a bare PySide6 window (``benchmarks/bare_window.py``), the app's first screen
   imitated in plain PySide6 (``benchmarks/qt_desk_window.py``: the same kinds of widgets, menus
   and docks, none of the app's code) and ``kb-app gui --quit-after-ready`` are started in turn,
   each in a fresh subprocess, on the same Qt platform (offscreen on a 1280×800 screen unless
   $DISPLAY is set), against
   a profile that already has the bundled library installed (first-run install is a one-off,
   measured separately). For each run we record the time the parent saw from spawning the
   process to reading its ``ready in N ms`` line (millisecond resolution) and the N the child
   reported (process start to first paint, in 10 ms clock ticks on Linux). Medians and the
   ratios app/bare (the desk issue asks for <= 1.5), Qt desk/bare (what Qt alone costs for such a
   window) and app/Qt desk (what the app adds; the desk issue asks for <= 1.25) are printed. The
   imitation runs twice: as plain PySide6 writes it, and ``--tuned``, skipping the two pieces of
   start-up work the app skips and any PySide6 program could (PySide6's stub generator,
   kb_app.ui.window.import_scan; the garbage collector's passes before the first paint,
   kb_app.core.platform.start_gc), so that app/tuned desk is the app's own work alone, like for like.
   Bytecode is compiled first and the children may write it: an installed app or a frozen build
   never compiles its sources at start-up, so neither should the benchmark.
2. The peer: time to the first visible window under Xvfb, measured from outside the process the
   same way for a bare PySide6 window, the plain-Qt imitation, Zeal (an offline documentation
   browser on Qt) and the app (``benchmarks/visible_window.py``: spawn, poll ``xdotool search
   --onlyvisible --pid``, kill). Skipped, with the reason, where Xvfb or xdotool is missing; Zeal
   alone is left out where it is not installed. The target: the app visible no later than Zeal.
3. Keystroke to results: in a subprocess the real main window is opened on the bundled library,
   and queries are typed key by key (QTest, 90 ms between keys as a quick typist). For the last
   keystroke of each query we measure the time until the hit list shows the result of the full
   query, and how long the keystroke itself took to handle (it must never wait for a search).
"""

from __future__ import annotations

import argparse
import compileall
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ready_timing import bench_env, p95, time_ready, time_rounds

REPO = Path(__file__).resolve().parent.parent
BARE = REPO / "benchmarks" / "bare_window.py"
QT_DESK = REPO / "benchmarks" / "qt_desk_window.py"
QUERIES = (
    "cilvēku tirdzniecība",
    "darba ekspluatācija",
    "policija",
    "pase",
    "bāriņtiesa",
    "rehabilit",
    "tirdznieciba",
    "patvērums",
    "ubagošana",
    "fiktīvas laulības",
    "uzticības tālrunis",
    "vervēšana",
)
KEY_INTERVAL_MS = 90


def prepare_profile(profile: Path) -> dict[str, object]:
    """Install the bundled default library (what a first run does), and time that once."""
    env = bench_env()
    _wall, reported = time_ready(
        [sys.executable, "-m", "kb_app", "gui", "--quit-after-ready", "--profile", str(profile)], env
    )
    return {"first_run_ready_ms": reported}


def startup(rounds: int, profile: Path) -> dict[str, object]:
    env = bench_env()
    app_cmd = [sys.executable, "-m", "kb_app", "gui", "--quit-after-ready", "--profile", str(profile)]
    bare_cmd = [sys.executable, str(BARE)]
    desk_cmd = [sys.executable, str(QT_DESK)]
    tuned_cmd = [sys.executable, str(QT_DESK), "--tuned"]
    walls, reported = time_rounds(
        {"bare": bare_cmd, "qt_desk": desk_cmd, "qt_desk_tuned": tuned_cmd, "app": app_cmd}, rounds, env
    )
    bare, desk, tuned, app = walls["bare"], walls["qt_desk"], walls["qt_desk_tuned"], walls["app"]
    bare_n, app_n = reported["bare"], reported["app"]
    bare_med, desk_med, app_med = statistics.median(bare), statistics.median(desk), statistics.median(app)
    tuned_med = statistics.median(tuned)
    return {
        "rounds": rounds,
        "platform": (env.get("QT_QPA_PLATFORM") or ("xcb" if env.get("DISPLAY") else "wayland")).split(":")[0],
        "screen": "1280x800" if env.get("QT_QPA_PLATFORM", "").startswith("offscreen") else "the display's",
        "bare_window_median_ms": round(bare_med, 1),
        "qt_desk_median_ms": round(desk_med, 1),
        "qt_desk_tuned_median_ms": round(tuned_med, 1),
        "app_ready_median_ms": round(app_med, 1),
        "bare_window_p95_ms": p95(bare),
        "qt_desk_p95_ms": p95(desk),
        "qt_desk_tuned_p95_ms": p95(tuned),
        "app_ready_p95_ms": p95(app),
        "ratio": round(app_med / bare_med, 2),
        "ratio_qt_desk_to_bare": round(desk_med / bare_med, 2),
        "ratio_app_to_qt_desk": round(app_med / desk_med, 2),  # the target: <= 1.25
        # The same, with the imitation given the app's PySide start-up tuning: the app's own work.
        "ratio_app_to_qt_desk_tuned": round(app_med / tuned_med, 2),
        "bare_reported_median_ms": statistics.median(bare_n),
        "app_reported_median_ms": statistics.median(app_n),
        "ratio_reported": round(statistics.median(app_n) / statistics.median(bare_n), 2),
        "bare_runs_ms": [round(x) for x in bare],
        "qt_desk_runs_ms": [round(x) for x in desk],
        "qt_desk_tuned_runs_ms": [round(x) for x in tuned],
        "app_runs_ms": [round(x) for x in app],
    }


def peers(rounds: int, profile: Path) -> dict[str, object]:
    """The first visible window of each program under Xvfb (see visible_window.py)."""
    from visible_window import missing_tools, temporary_home, visible_rounds, zeal_command

    missing = missing_tools()
    if missing:
        return {"skipped": f"not installed: {', '.join(missing)}"}
    env = bench_env()
    env["QT_QPA_PLATFORM"] = "xcb"
    commands: dict[str, tuple[list[str], dict[str, str]]] = {
        "bare": ([sys.executable, str(BARE), "--stay"], env),
        "qt_desk": ([sys.executable, str(QT_DESK), "--stay"], env),
    }
    with temporary_home() as home:
        zeal = zeal_command(Path(home))
        if zeal is not None:
            commands["zeal"] = (zeal[0], {**env, **zeal[1]})
        commands["app"] = ([sys.executable, "-m", "kb_app", "gui", "--profile", str(profile)], env)
        times = visible_rounds(commands, rounds)
    result: dict[str, object] = {"rounds": rounds, "method": "Xvfb 1280x800, xdotool search --onlyvisible --pid"}
    for name, values in times.items():
        result[f"{name}_visible_median_ms"] = round(statistics.median(values), 1)
    for name, values in times.items():
        result[f"{name}_visible_p95_ms"] = p95(values)
    for name, values in times.items():
        result[f"{name}_runs_ms"] = [round(x) for x in values]
    if "zeal" in times:
        result["app_to_zeal"] = round(statistics.median(times["app"]) / statistics.median(times["zeal"]), 2)
    else:
        result["zeal"] = "skipped: zeal is not installed"
    return result


def keystrokes(profile: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, "--keystroke-child", str(profile)],
        env=bench_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _keystroke_child(profile: Path) -> None:
    """Runs inside a subprocess: the real window, typed at by QTest."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from kb_app.core.platform.paths import AppPaths
    from kb_app.ui.shared import i18n
    from kb_app.ui.shared.library_switch import installed_library
    from kb_app.ui.window import pyside_fix
    from kb_app.ui.window.mainwindow import MainWindow
    from kb_app.ui.window.profile import open_context

    pyside_fix.apply()
    app = QApplication(sys.argv[:1])
    ctx = open_context(AppPaths(profile))
    i18n.install(ctx.prefs.language)
    opened = installed_library(ctx)
    assert opened is not None
    ctx.set_library(*opened)
    window = ctx.main_window = MainWindow(ctx)
    window.start()
    window.show()
    service = window.search_service
    service.start()
    window.search.prepare()  # as Boot does after the first paint
    loop = QEventLoop()
    service.warmed.connect(loop.quit)
    QTimer.singleShot(10_000, loop.quit)
    loop.exec()
    docs = len(ctx.library.document_ids()) if ctx.library else 0
    panel = window.search
    shown: dict[str, float] = {}
    panel.results_shown.connect(lambda _seq: shown.__setitem__(panel.query, time.perf_counter()))

    def wait(ms: int) -> None:
        # A QEventLoop, not QTest.qWait: in PySide6 6.12 qWait keeps the GIL while it spins,
        # which starves the search thread and would measure the benchmark, not the app.
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    # A result that arrives during the wait after the last key still counts from that key.
    latencies, key_handling, hits = [], [], []
    for query in QUERIES:
        panel.clear()
        wait(200)
        shown.clear()
        last = 0.0
        for ch in query:
            t0 = time.perf_counter()
            _type_char(app, panel.field, ch)
            last = time.perf_counter()
            key_handling.append((last - t0) * 1000)
            wait(KEY_INTERVAL_MS)
        deadline = time.perf_counter() + 2
        while query not in shown and time.perf_counter() < deadline:
            wait(2)
        if query in shown:
            latencies.append((shown[query] - last) * 1000)
            hits.append(panel.model.rowCount())
    window.close()
    app.processEvents()
    ordered = sorted(latencies)
    print(
        json.dumps(
            {
                "library_documents": docs,
                "queries": len(QUERIES),
                "key_interval_ms": KEY_INTERVAL_MS,
                "results_after_last_key_median_ms": round(statistics.median(latencies), 1),
                "results_after_last_key_p95_ms": round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 1),
                "results_after_last_key_max_ms": round(max(latencies), 1),
                "keystroke_handling_max_ms": round(max(key_handling), 2),
                "queries_with_hits": sum(1 for h in hits if h),
            }
        )
    )


def _type_char(app: object, widget: object, ch: str) -> None:
    """One key press and release carrying ``ch`` (QTest.keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else (Qt.Key.Key_Space if ch == " " else 0)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        app.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--json", action="store_true", help="print only the JSON result")
    parser.add_argument("--no-peers", action="store_true", help="skip the visible-window timing under Xvfb")
    parser.add_argument("--keystroke-child", metavar="PROFILE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.keystroke_child:
        _keystroke_child(Path(args.keystroke_child))
        return 0
    compileall.compile_dir(str(REPO / "kb_app"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as tmp:
        profile = Path(tmp) / "profile"
        result: dict[str, object] = {"python": sys.version.split()[0]}
        result.update(prepare_profile(profile))
        result["startup"] = startup(args.rounds, profile)
        if not args.no_peers:
            result["first_visible_window"] = peers(args.rounds, profile)
        result["search_as_you_type"] = keystrokes(profile)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
