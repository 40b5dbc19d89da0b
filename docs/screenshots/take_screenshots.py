"""Take the screenshots in this folder from the real window (run under Xvfb, see docs/ui.md).

    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/take_screenshots.py [--scale 2]

Without a display (no Xvfb), ``--screen 1024x600`` renders on Qt's offscreen platform with a
screen of that size instead; ``QWidget.grab()`` gives the same pixels.

Uses a throw-away profile with the bundled library, picks a municipality, adds a note, then
shows each screen and saves ``QWidget.grab()`` of the window.
"""

from __future__ import annotations

import sys
from functools import partial

import shots


def main() -> int:
    args = shots.parse(shots.options(screen=True))
    shots.application()
    from kb_app.core.op_changes import OpChanges

    save, wait = partial(shots.save, suffix=args.suffix), shots.wait
    with shots.profile(args.lang) as (ctx, _scratch):
        library = ctx.library
        assert library is not None
        window = shots.main_window(ctx)
        window.search_service.start()
        wait(800)
        save(window, "main")

        window.search.field.setText("darba ekspluatācija")
        wait(800)
        save(window, "search")
        window.search.clear()

        contact = next(
            (
                d.id
                for d in library.documents(doc_type="contact")
                if library.document(d.id).meta.get("phones") and d.id.endswith("policija")
            ),
            None,
        )
        contact = contact or next((d.id for d in library.documents(doc_type="contact")), None)
        if contact:
            window.open_location(contact)
            assert ctx.notes is not None
            ctx.notes.add(
                "marupes-novads",
                "**Mārupes sociālais dienests**: pirms zvana policijai "
                "sazinieties ar dežurējošo sociālo darbinieku.\n\n- darba laiks 8:00–17:00\n"
                "- e-pasts: dienests@example.lv",
                contact,
            )
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

        from kb_app.ui.look.screen_fit import fit_window

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
    return 0


if __name__ == "__main__":
    sys.exit(main())
