"""Screenshots of issue 20's search: a question typed without diacritics, its hit list (the answer in
the snippets, a translation folded in, a note of the worker's own), and the opened result.

    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/take_search_screenshots.py [--scale 2 --suffix -200]
    python docs/screenshots/take_search_screenshots.py --screen 1024x600 --suffix -1024   # offscreen

Uses a throw-away profile with the bundled library and saves ``QWidget.grab()`` of the window.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR (2 = 200%%)")
    parser.add_argument("--suffix", default="")
    parser.add_argument("--lang", default="lv")
    parser.add_argument("--screen", default="", help="WxH: an offscreen screen of this size (no Xvfb)")
    args = parser.parse_args()
    if args.screen:
        width, height = (int(v) for v in args.screen.lower().split("x"))
        config = Path(tempfile.gettempdir()) / f"kb-app-screen-{width}x{height}.json"
        config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
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
    from kb_app.ui.profile import open_context

    pyside_fix.apply()
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save(name: str) -> None:
        wait(400)
        path = OUT / f"{name}{args.suffix}.png"
        window.grab().save(str(path))
        print(path)

    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "profile")
        ensure_library(paths)
        ctx = open_context(paths)
        ctx.update_prefs(language=args.lang, municipality="marupes-novads")
        i18n.install(args.lang)
        opened = installed_library(ctx)
        assert opened is not None and ctx.notes is not None
        ctx.set_library(*opened)
        ctx.notes.add("riga", "Rīgas kolēģu piezīme: policija, policija, policija.")
        ctx.notes.add("marupes-novads", "Ja cilvēks negrib iet uz policiju: vispirms zvanām Drošajai mājai, "
                      "speciālistu komisija var atzīt bez kriminālprocesa.")
        ctx.announce(OpChanges(notes=True))
        window = ctx.main_window = MainWindow(ctx)
        window.start()
        window.show()
        window.search_service.start()
        wait(800)
        window.search.field.setText("ka rikoties ja cilveks negrib policiju")
        wait(1200)
        save("search-question")
        window.search.field.setText("bērns ko darīt šodien")
        wait(1200)
        save("search-translation")
        window.search.field.setText("darba inspekcija anonīmi")
        wait(1000)
        window.search.focus_field()
        QTest.keyClick(window.search.field, Qt.Key.Key_Return)
        wait(600)
        save("search-opened")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
