"""Take the screenshots in this folder from the real window (run under Xvfb, see docs/ui.md).

    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/take_screenshots.py [--scale 2]

Without a display (no Xvfb), ``--screen 1024x600`` renders on Qt's offscreen platform with a
screen of that size instead; ``QWidget.grab()`` gives the same pixels.

Uses a throw-away profile with the bundled library, picks a municipality, adds a note, then
shows each screen and saves ``QWidget.grab()`` of the window.
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
    parser.add_argument("--suffix", default="", help="added to file names, e.g. -200")
    parser.add_argument("--lang", default="lv")
    parser.add_argument("--screen", default="", help="WxH: an offscreen screen of this size (no Xvfb)")
    args = parser.parse_args()
    if args.screen:
        import json

        width, height = (int(v) for v in args.screen.lower().split("x"))
        config = Path(tempfile.gettempdir()) / f"kb-app-screen-{width}x{height}.json"
        config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from kb_app.core.bootstrap import ensure_library
    from kb_app.core.changes_op import OpChanges
    from kb_app.core.paths import AppPaths
    from kb_app.ui import i18n, pyside_fix
    from kb_app.ui.library_switch import installed_library
    from kb_app.ui.mainwindow import MainWindow, app_icon
    from kb_app.ui.profile import open_context

    pyside_fix.apply()
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save(widget: object, name: str) -> None:
        wait(300)
        screen_size = app.primaryScreen().availableGeometry()
        if widget.width() > screen_size.width() or widget.height() > screen_size.height():  # type: ignore[attr-defined]
            print(f"WARNING: {name} is {widget.width()}x{widget.height()}, larger than the screen "  # type: ignore[attr-defined]
                  f"{screen_size.width()}x{screen_size.height()}: something is clipped")
        path = OUT / f"{name}{args.suffix}.png"
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
        window = ctx.main_window = MainWindow(ctx)  # fits itself to the screen
        window.start()
        window.show()
        window.search_service.start()
        wait(800)
        save(window, "main")

        window.search.field.setText("darba ekspluatācija")
        wait(800)
        save(window, "search")
        window.search.clear()

        contact = next((d.id for d in library.documents(doc_type="contact")
                        if library.document(d.id).meta.get("phones") and d.id.endswith("policija")), None)
        contact = contact or next((d.id for d in library.documents(doc_type="contact")), None)
        if contact:
            window.open_location(contact)
            assert ctx.notes is not None
            ctx.notes.add("marupes-novads", "**Mārupes sociālais dienests**: pirms zvana policijai "
                          "sazinieties ar dežurējošo sociālo darbinieku.\n\n- darba laiks 8:00–17:00\n"
                          "- e-pasts: dienests@example.lv", contact)
            ctx.announce(OpChanges(notes=True))
            window.notes.reload()
            save(window, "note")

        window.open_view("checklist")
        view = window.view("checklist")
        for item in view.items()[:4]:  # type: ignore[attr-defined]
            from PySide6.QtCore import Qt

            item.setCheckState(Qt.CheckState.Checked)
        wait(200)
        save(window, "checklist")

        window.open_view("contacts")
        save(window, "contacts")
        contacts = window.view("contacts")
        contacts.filter.setText("Drošā")  # type: ignore[attr-defined]
        save(window, "contacts-drosa-maja")
        contacts.filter.clear()  # type: ignore[attr-defined]

        article = next((d.id for d in library.documents(doc_type="article") if d.lang == args.lang), None)
        if article:
            window.open_location(article)
            window.reader.find_bar.open_bar()
            window.reader.find_bar.field.setText("upur")
            window.reader.find_bar.find_next()
            save(window, "find-in-page")
            window.reader.find_bar.close_bar()

        from kb_app.ui.screen_fit import fit_window

        window.open_workshop()
        workshop = window._workshop
        fit_window(workshop)
        workshop.show_stages(4)
        save(workshop, "workshop")
        workshop.close()

        ctx.update_prefs(theme="dark")
        window.show_reader()
        wait(300)
        save(window, "dark")
        window.close()
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
