"""Screenshots of issue 20's search: a question typed without diacritics, its hit list (the answer in
the snippets, a translation folded in, a note of the worker's own), and the opened results (one
found by a synonym of several words, marked whole on the page).

    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/take_search_screenshots.py [--scale 2 --suffix -200]
    python docs/screenshots/take_search_screenshots.py --screen 1024x600 --suffix -1024   # offscreen

Uses a throw-away profile with the bundled library and saves ``QWidget.grab()`` of the window.
"""

from __future__ import annotations

import shots


def main() -> int:
    args = shots.parse(shots.options(screen=True))
    shots.application()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from kb_app.core.op_changes import OpChanges

    wait = shots.wait
    with shots.profile(args.lang) as (ctx, _scratch):
        assert ctx.notes is not None
        ctx.notes.add("riga", "Rīgas kolēģu piezīme: policija, policija, policija.")
        ctx.notes.add(
            "marupes-novads",
            "Ja cilvēks negrib iet uz policiju: vispirms zvanām Drošajai mājai, "
            "speciālistu komisija var atzīt bez kriminālprocesa.",
        )
        ctx.announce(OpChanges(notes=True))
        window = shots.main_window(ctx)
        window.search_service.start()
        wait(800)
        window.search.field.setText("ka rikoties ja cilveks negrib policiju")
        wait(1200)
        shots.save(window, "search-question", args.suffix)
        window.search.field.setText("bērns ko darīt šodien")
        wait(1200)
        shots.save(window, "search-translation", args.suffix)
        window.search.field.setText("darba inspekcija anonīmi")
        wait(1000)
        window.search.focus_field()
        QTest.keyClick(window.search.field, Qt.Key.Key_Return)
        wait(600)
        shots.save(window, "search-opened", args.suffix)
        # A synonym of several words is marked whole on the opened page, never one word of it.
        window.search.field.setText("VP")
        wait(1000)
        window.search.focus_field()
        QTest.keyClick(window.search.field, Qt.Key.Key_Return)
        wait(600)
        shots.save(window, "search-opened-synonym", args.suffix)
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
