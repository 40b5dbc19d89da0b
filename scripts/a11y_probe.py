#!/usr/bin/env python3
"""Walk the app as a screen reader sees it, through the real Linux accessibility bus (AT-SPI).

    scripts/a11y_probe.py [--tabs 30] [--full]

Starts the window (the project's .venv) on a fresh profile under Xvfb, with a private D-Bus
session and its own AT-SPI bus (QT_ACCESSIBILITY=1), then inspects it from outside with pyatspi,
as Orca would: the accessible tree of each view and dialog (role, name, description, states,
interfaces; headings with their level), the unnamed interactive objects on screen, and a Tab
walk from the search field (F6 to the next panel every fifth stop) that records, for every stop,
the focus event AT-SPI sent and how many objects carry FOCUSED. Exit status 0 when every view has
no unnamed interactive object and every stop lands on one named, focused object that is the only
one FOCUSED; 1 otherwise.

Needs (Debian/Ubuntu): xvfb dbus-x11 at-spi2-core python3-pyatspi xdotool. pyatspi belongs to the system
Python, so this script runs under /usr/bin/python3 and starts the app with the venv's Python.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
INNER = "KB_A11Y_PROBE_INNER"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"

# What a user operates; each must have a name (AT-SPI role names as pyatspi spells them).
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "entry",
    "password text",
    "spin button",
    "list",
    "table",
    "tree",
    "tree table",
    "page tab",
    "link",
    "slider",
    "menu item",
    "check menu item",
    "list item",
    "table cell",
    "tree item",
}
LONG_LISTS = {"list", "table", "tree", "tree table"}  # show a few rows, not hundreds


def _reexec_in_sandbox(argv: list[str], screen: str) -> int:
    """Run this script again inside Xvfb and a private D-Bus session, under the system Python."""
    for tool in ("xvfb-run", "dbus-run-session", "xdotool"):
        if shutil.which(tool) is None:
            print(
                f"a11y_probe: {tool} is missing (apt-get install xvfb dbus-x11 at-spi2-core python3-pyatspi xdotool)",
                file=sys.stderr,
            )
            return 2
    env = dict(os.environ, **{INNER: "1"})
    command = [
        "xvfb-run",
        "-a",
        "-s",
        f"-screen 0 {screen}x24",
        "dbus-run-session",
        "--",
        SYSTEM_PYTHON,
        str(Path(__file__).resolve()),
        *argv,
    ]
    return subprocess.call(command, env=env)


# -- the inner run: bus, app, pyatspi ---------------------------------------------------------------
class Probe:
    def __init__(self, pyatspi: Any, glib: Any) -> None:
        self.at = pyatspi
        self.glib = glib
        self.app: Any = None
        self.pid = 0
        self.focus_events: list[Any] = []
        self.announcements: list[str] = []

    def listen(self) -> None:
        # After the app is on the bus: a listener registered earlier is sometimes never called.
        self.at.Registry.registerEventListener(self._on_focus, "object:state-changed:focused")
        self.at.Registry.registerEventListener(self._on_announcement, "object:announcement")
        self.pump(0.5)

    def _on_announcement(self, event: Any) -> None:
        self.announcements.append(str(event.any_data))

    def _on_focus(self, event: Any) -> None:
        if event.detail1:
            self.focus_events.append(event.source)

    def pump(self, seconds: float) -> None:
        """Let D-Bus deliver (events, the app's answers) for ``seconds``."""
        context = self.glib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while context.iteration(False):
                pass
            time.sleep(0.01)

    def find_app(self, pid: int, timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            desktop = self.at.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                try:
                    if app is not None and app.get_process_id() == pid and app.childCount:
                        self.app = app
                        self.pid = pid
                        return
                except Exception:  # noqa: BLE001 - an application that left the bus meanwhile
                    continue
            self.pump(0.3)
        raise SystemExit("a11y_probe: the app did not appear on the AT-SPI bus")

    # -- keys ---------------------------------------------------------------------------------
    def key(self, combo: str) -> None:
        """Press ``combo`` ("ctrl+k", "Tab", "Escape") through the X server (XTest), as a keyboard
        would, into the app's newest window: Xvfb has no window manager to give it the focus."""
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(self.pid)], capture_output=True, text=True, check=False
        ).stdout.split()
        if found:
            subprocess.run(["xdotool", "windowfocus", "--sync", found[-1]], check=False)
        subprocess.run(["xdotool", "key", "--clearmodifiers", combo], check=True)
        self.pump(0.35)

    def type(self, text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "40", text], check=True)
        self.pump(1.0)

    # -- reading the tree ---------------------------------------------------------------------
    def windows(self) -> list[Any]:
        return [self.app.getChildAtIndex(i) for i in range(self.app.childCount)]

    def states(self, obj: Any) -> set[str]:
        return {self.at.stateToString(s) for s in obj.getState().getStates()}

    def walk(self, obj: Any, depth: int = 0) -> Iterator[tuple[int, Any]]:
        """Objects on screen (SHOWING), depth first; long lists give their first rows only."""
        if obj is None or depth > 40:
            return
        try:
            states = self.states(obj)
        except Exception:  # noqa: BLE001 - gone meanwhile
            return
        if depth and "showing" not in states:
            return
        yield depth, obj
        count = obj.childCount
        role = obj.getRoleName()
        limit = 6 if role in LONG_LISTS else count
        for i in range(min(count, limit)):
            yield from self.walk(obj.getChildAtIndex(i), depth + 1)
        if count > limit:
            yield depth + 1, f"… {count - limit} more rows"

    def describe(self, obj: Any) -> str:
        role = obj.getRoleName()
        parts = [role, repr(obj.name)]
        if obj.description:
            parts.append(f"description={obj.description!r}")
        attrs = dict(a.split(":", 1) for a in obj.getAttributes() if ":" in a)
        if role == "heading" and "level" in attrs:
            parts.append(f"level={attrs['level']}")
        interesting = self.states(obj) & {"focused", "focusable", "checked", "editable", "selected"}
        if interesting:
            parts.append("[" + ",".join(sorted(interesting)) + "]")
        interfaces = [i for i in obj.get_interfaces() if i in ("Text", "Hypertext", "Action", "Value")]
        if interfaces:
            parts.append("{" + ",".join(interfaces) + "}")
        if "Value" in interfaces:
            parts.append(f"value={obj.queryValue().currentValue:g}")
        labels = [
            r.getTarget(0).name
            for r in obj.getRelationSet()
            if r.getRelationType() == self.at.RELATION_LABELLED_BY and r.getNTargets()
        ]
        if labels:
            parts.append(f"labelled-by={labels[0]!r}")
        return " ".join(parts)

    def unnamed(self, root: Any) -> list[str]:
        missing = []
        for _depth, obj in self.walk(root):
            if isinstance(obj, str):
                continue
            role = obj.getRoleName()
            if role in INTERACTIVE and not obj.name.strip() and not self._labelled(obj):
                missing.append(role)
        return missing

    def _labelled(self, obj: Any) -> bool:
        return any(r.getRelationType() == self.at.RELATION_LABELLED_BY for r in obj.getRelationSet())

    def print_tree(self, title: str, root: Any) -> int:
        print(f"\n### {title}\n")
        for depth, obj in self.walk(root):
            print("  " * depth + (obj if isinstance(obj, str) else self.describe(obj)))
        missing = self.unnamed(root)
        print(f"\nunnamed interactive objects on screen: {len(missing)} {missing if missing else ''}")
        return len(missing)

    def focused_leaves(self) -> list[Any]:
        """Objects with FOCUSED and no FOCUSED object inside them (a list and its current row, or
        the reader and its link, are one place), in every window of the app."""
        leaves: list[Any] = []
        path: list[tuple[int, bool]] = []  # (depth, focused) of the objects above the current one
        for window in self.windows():
            for depth, obj in self.walk(window):
                if isinstance(obj, str):
                    continue
                del path[depth:]
                focused = "focused" in self.states(obj)
                if focused:
                    for level, (_d, above) in enumerate(path):
                        if above and leaves and leaves[-1][0] == level:
                            leaves.pop()  # a focused object inside it: the ancestor is not a leaf
                    leaves.append((depth, obj))
                path.append((depth, focused))
        return [obj for _depth, obj in leaves]

    def inside(self, obj: Any, ancestor: Any) -> bool:
        """``obj`` is ``ancestor`` or lies within it."""
        for _ in range(60):
            if obj is None:
                return False
            if obj == ancestor:
                return True
            obj = obj.parent
        return False

    def main_window(self) -> Any:
        return next(w for w in self.windows() if w.getRoleName() in ("frame", "window") and "showing" in self.states(w))

    def active_dialogs(self) -> list[Any]:
        return [w for w in self.windows() if w.getRoleName() == "dialog"]


def reader_caret(probe: Probe) -> int:
    """The arrow keys move the reader's caret, as AT-SPI reports it."""
    probe.key("ctrl+1")
    reader = probe.focus_events[-1] if probe.focus_events else None
    if reader is None or "Text" not in reader.get_interfaces():
        print("\n### Reader caret: the reader did not take focus ✗")
        return 1
    text = reader.queryText()
    before = text.caretOffset
    for key in ("Down", "Down", "ctrl+Right"):
        probe.key(key)
    after = text.caretOffset
    line = text.getTextAtOffset(after, probe.at.TEXT_BOUNDARY_LINE_START)[0].strip()
    ok = after > before
    print(
        f"\n### Reader caret (Ctrl+1, Down, Down, Ctrl+Right)\n\ncaret offset {before} -> {after}"
        f"{'' if ok else ' ✗'}; the line there: {line[:80]!r}"
    )
    return 0 if ok else 1


def strong_sign_announced(probe: Probe) -> int:
    """Ticking a strong sign in the checklist is announced (AT-SPI Announcement)."""
    probe.key("ctrl+shift+i")
    probe.key("Tab")  # from the set box into the indicators
    for _ in range(8):
        probe.focus_events.clear()
        probe.key("Down")
        current = probe.focus_events[-1].name if probe.focus_events else ""
        if "būtiska pazīme" in current:
            break
    else:
        print("\n### Strong sign: no strong sign reached with Down ✗")
        return 1
    probe.announcements.clear()
    probe.key("space")
    probe.pump(0.5)
    said = probe.announcements[-1] if probe.announcements else ""
    row = probe.focus_events[-1] if probe.focus_events else None
    ticked = row is not None and "checked" in probe.states(row)
    print(
        f"\n### Strong sign ticked (Space on {current[:50]!r}…)\n\nannounced: {said!r}"
        f"{'' if 'rīkojieties' in said else ' ✗'}\nthe row now: {'checked' if ticked else 'not checked ✗'}"
    )
    problems = checklist_headings(probe)
    probe.key("space")  # untick: leave the checklist as it was
    return problems + (0 if "rīkojieties" in said and ticked else 1)


def checklist_headings(probe: Probe) -> int:
    """Every row of the indicator list, one line each: the group headings must be headings."""
    indicators = next(
        (
            obj
            for _d, obj in probe.walk(probe.main_window())
            if not isinstance(obj, str) and obj.getRoleName() == "list" and obj.name == "Pazīmes"
        ),
        None,
    )
    if indicators is None:
        print("\n### Checklist rows: the list 'Pazīmes' is not on screen ✗")
        return 1
    rows = [indicators.getChildAtIndex(i) for i in range(indicators.childCount)]
    headings = [r for r in rows if r.getRoleName() == "heading"]
    print(f"\n### Checklist rows: {len(rows)} in list 'Pazīmes', {len(headings)} of them headings\n")
    for row in headings:
        print(f"  {probe.describe(row)}")
    return 0 if headings else 1


def tab_walk(probe: Probe, stops: int) -> int:
    print(f"\n### Tab walk: {stops} stops from the search field (Ctrl+K, then Tab; F6 every fifth)\n")
    print("| # | key | focus event on (role, name) | FOCUSED there | also FOCUSED elsewhere |")
    print("|---|---|---|---|---|")
    probe.key("ctrl+k")
    unnamed = stale = 0
    for number in range(1, stops + 1):
        probe.focus_events.clear()
        # Tab stays inside a panel and F6 goes on to the next one: a few Tabs in each panel, as a
        # keyboard user moves (and as tests/ui/test_screen_reader.py walks).
        key = "F6" if number % 5 == 0 else "Tab"
        probe.key(key)
        event = probe.focus_events[-1] if probe.focus_events else None
        leaves = probe.focused_leaves()
        named = event is not None and bool(event.name.strip() or probe._labelled(event))
        # a list or tab bar gets the event, its current row or tab carries FOCUSED
        mine = [leaf for leaf in leaves if event is not None and probe.inside(leaf, event)]
        here = bool(mine)
        others = [f"{o.getRoleName()} {o.name[:30]!r}" for o in leaves if not any(o == m for m in mine)]
        unnamed += not (named and here)
        stale += bool(others)
        got = f"{event.getRoleName()} {event.name[:60]!r}" if event is not None else "(no event) ✗"
        print(
            f"| {number} | {key} | {got}{'' if named else ' ✗ unnamed'} | {'yes' if here else 'no ✗'} | "
            f"{', '.join(others) + ' ✗' if others else ''} |"
        )
    print(f"\nTab stops without a focus event on a named object that carries FOCUSED: {unnamed}")
    print(
        f"Tab stops where another object also carries FOCUSED (Qt marks the current tab and the "
        f"current row of an unfocused list FOCUSED): {stale}"
    )
    return unnamed + stale


def run_inner(args: argparse.Namespace) -> int:
    import pyatspi  # type: ignore[import-not-found]  # the system Python's
    from gi.repository import GLib  # type: ignore[import-not-found]

    launcher = subprocess.Popen(
        [BUS_LAUNCHER, "--launch-immediately"],  # noqa: S603 - fixed path
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    profile = tempfile.mkdtemp(prefix="kb-a11y-")
    env = dict(
        os.environ,
        QT_ACCESSIBILITY="1",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_QPA_PLATFORM="xcb",
        KB_APP_PROFILE=profile,
        LANG="lv_LV.UTF-8",
    )
    env.pop(INNER, None)
    if args.scale != 1.0:
        env["QT_SCALE_FACTOR"] = str(args.scale)
    python = ROOT / ".venv" / "bin" / "python"
    log = open(args.app_log, "w") if args.app_log else subprocess.DEVNULL  # noqa: SIM115 - open while the app runs
    app = subprocess.Popen(
        [str(python), "-X", "faulthandler", "-m", "kb_app", "gui"],
        cwd=ROOT,
        env=env,  # noqa: S603
        stdout=log,
        stderr=log,
    )
    time.sleep(1.0)
    probe = Probe(pyatspi, GLib)
    problems = 0
    try:
        probe.find_app(app.pid)
        probe.listen()
        probe.pump(3.0)  # the window, the library, the first-run question
        for dialog in probe.active_dialogs():
            problems += probe.print_tree("First start: the municipality question", dialog)
        probe.key("Return")  # takes the first municipality
        probe.pump(1.0)
        left = probe.active_dialogs()
        print(f"\ndialogs still in the tree after closing: {len(left)}")
        problems += len(left)
        views: list[tuple[str, Callable[[], object]]] = [
            ("Reader: the start page", lambda: None),
            ("Search: 'policija'", lambda: (probe.key("ctrl+k"), probe.type("policija"))),
            ("Contacts (Ctrl+Shift+C)", lambda: (probe.key("Escape"), probe.key("ctrl+shift+c"))),
            ("Indicator checklist (Ctrl+Shift+I)", lambda: probe.key("ctrl+shift+i")),
            (
                "Reader: an article (search 'definicija', Enter)",
                lambda: (probe.key("ctrl+k"), probe.type("definicija"), probe.key("Return"), probe.pump(1.0)),
            ),
        ]
        for title, go in views:
            go()
            problems += probe.print_tree(title, probe.main_window())
        for title, keys in (
            ("Settings (Ctrl+,)", "ctrl+comma"),
            ("Keyboard shortcuts (F1)", "F1"),
            ("About (Shift+F1)", "shift+F1"),
            ("Workshop mode (Ctrl+Shift+W)", "ctrl+shift+w"),
        ):
            main = probe.main_window()
            probe.key(keys)
            probe.pump(0.5)
            others = [w for w in probe.windows() if w != main and "showing" in probe.states(w)]
            if not others:
                print(f"\n### {title}: no window opened ✗")
                problems += 1
            for window in others:
                problems += probe.print_tree(f"{title}: {window.getRoleName()} {window.name!r}", window)
            probe.key("Escape")
            probe.key("Escape")  # the workshop leaves full screen first, then closes
        left = probe.active_dialogs()
        print(f"\ndialogs still in the tree after closing them: {len(left)}")
        problems += len(left)
        problems += strong_sign_announced(probe)
        problems += reader_caret(probe)
        probe.key("ctrl+1")
        # A note on the article: the walk then leaves a notes list with a current row (Qt kept
        # that row FOCUSED after Tab moved on to the buttons).
        probe.key("ctrl+n")
        probe.type("Dežurdaļa 112")
        probe.pump(2.0)  # saved as typed
        problems += tab_walk(probe, args.tabs)
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
        launcher.terminate()
        shutil.rmtree(profile, ignore_errors=True)
    print(f"\nproblems: {problems}")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tabs", type=int, default=30, help="Tab stops to walk from the search field")
    parser.add_argument("--screen", default="1280x800", help="the Xvfb screen, WxH")
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR for the app (2 = 200 %%)")
    parser.add_argument("--app-log", help="write the app's output (warnings, a crash) to this file")
    args = parser.parse_args(argv)
    if os.environ.get(INNER) != "1":
        return _reexec_in_sandbox(sys.argv[1:] if argv is None else argv, args.screen)
    return run_inner(args)


if __name__ == "__main__":
    sys.exit(main())
