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

import sys
from functools import partial
from pathlib import Path

import shots


def main() -> int:
    parser = shots.options()
    parser.add_argument("--out", default=str(shots.OUT))
    args = shots.parse(parser)
    shots.application()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from kb_app.core.op_changes import OpChanges
    from kb_app.core.userdata.preferences import THEMES

    save = partial(shots.save, suffix=args.suffix, out=Path(args.out))
    with shots.profile(args.lang) as (ctx, _scratch):
        library = ctx.library
        assert library is not None
        window = shots.main_window(ctx)
        window.activateWindow()
        shots.wait(800)

        window.open_view("contacts")
        contacts = window.view("contacts")
        contacts.table.selectRow(2)  # type: ignore[attr-defined]
        save(window, "contacts")

        contact = next((d.id for d in library.documents(doc_type="contact")), None)
        assert ctx.notes is not None and contact is not None
        ctx.notes.add(
            "marupes-novads",
            "Mārupes sociālais dienests: pirms zvana policijai sazinieties ar "
            "dežurējošo sociālo darbinieku (darba laiks 8:00–17:00).",
            contact,
        )
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
