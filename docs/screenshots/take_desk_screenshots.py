"""Screenshots of the contacts view and of each theme (issue 21), from the real window.

    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/take_desk_screenshots.py
    xvfb-run -s "-screen 0 1024x600x24" python docs/screenshots/take_desk_screenshots.py --suffix -1024
    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/take_desk_screenshots.py --scale 2 --suffix -200

Writes ``contacts{suffix}.png`` (a contact selected, its details under the table) and, for every
theme, ``theme-<name>{suffix}.png``: the checklist with ticked and unticked boxes, the keyboard
focus on a box, and the notes panel beside a document. A throw-away profile with the bundled
library is used; nothing of the developer's is read or written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR (2 = 200%%)")
    parser.add_argument("--suffix", default="", help="added to file names, e.g. -1024")
    parser.add_argument("--lang", default="lv")
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args()
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kb_app.core.bootstrap import ensure_library
    from kb_app.core.changes_op import OpChanges
    from kb_app.core.paths import AppPaths
    from kb_app.ui import i18n, pyside_fix
    from kb_app.ui.library_switch import installed_library
    from kb_app.ui.mainwindow import MainWindow, app_icon
    from kb_app.ui.prefs import THEMES
    from kb_app.ui.profile import open_context

    pyside_fix.apply()
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    out = Path(args.out)

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save(widget: object, name: str) -> None:
        wait(400)
        screen = app.primaryScreen().availableGeometry()
        if widget.width() > screen.width() or widget.height() > screen.height():  # type: ignore[attr-defined]
            print(f"WARNING: {name} is {widget.width()}x{widget.height()}, larger than the screen "  # type: ignore[attr-defined]
                  f"{screen.width()}x{screen.height()}: something is clipped")
        path = out / f"{name}{args.suffix}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)

    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "profile")
        ensure_library(paths)
        ctx = open_context(paths)
        ctx.update_prefs(language=args.lang, municipality="marupes-novads")
        i18n.install(args.lang)
        opened = installed_library(ctx)
        assert opened is not None
        ctx.set_library(*opened)
        library = ctx.library
        assert library is not None
        window = ctx.main_window = MainWindow(ctx)
        window.start()
        window.show()
        window.activateWindow()
        wait(800)

        window.open_view("contacts")
        contacts = window.view("contacts")
        contacts.table.selectRow(2)  # type: ignore[attr-defined]
        save(window, "contacts")

        contact = next((d.id for d in library.documents(doc_type="contact")), None)
        assert ctx.notes is not None and contact is not None
        ctx.notes.add("marupes-novads", "Mārupes sociālais dienests: pirms zvana policijai sazinieties ar "
                      "dežurējošo sociālo darbinieku (darba laiks 8:00–17:00).", contact)
        ctx.announce(OpChanges(notes=True))
        for theme in THEMES:
            ctx.update_prefs(theme=theme)
            window.open_view("checklist")
            checklist = window.view("checklist")
            items = checklist.items()  # type: ignore[attr-defined]
            for index, item in enumerate(items[:6]):
                item.setCheckState(Qt.CheckState.Checked if index % 2 == 0 else Qt.CheckState.Unchecked)
            checklist.indicators.setCurrentItem(items[1])  # type: ignore[attr-defined]
            checklist.indicators.setFocus(Qt.FocusReason.TabFocusReason)  # type: ignore[attr-defined]
            save(window, f"theme-{theme}-checklist")
            window.open_location(contact)
            window.set_notes_wanted(True)
            window.notes.reload()
            window.reader.browser.setFocus(Qt.FocusReason.TabFocusReason)
            QTest.keyClick(window.reader.browser, Qt.Key.Key_Tab)  # the first link has the keyboard focus
            save(window, f"theme-{theme}")
        ctx.update_prefs(theme="system")
        window.close()
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
