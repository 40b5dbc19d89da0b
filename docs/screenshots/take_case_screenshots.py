"""Screenshots of issue 21 rows 1, 2, 4 and 8: the checklist with one case across two sets, the
"what changed" window with a changed 7th phone number, the contacts detail with its marks per fact,
and the referral sheet (PDF → PNG).

    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/take_case_screenshots.py
    xvfb-run -s "-screen 0 1024x600x24" python docs/screenshots/take_case_screenshots.py --suffix -1024
    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/take_case_screenshots.py --scale 2 --suffix -200

Uses a throw-away profile with the bundled library; the sheet is rendered with ``pdftoppm``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from functools import partial

import shots
from shots import OUT

REGIONS = [
    "Rīgas reģions",
    "Vidzemes reģions",
    "Latgales reģions",
    "Zemgales reģions",
    "Sēlijas reģions",
    "Pierīgas reģions",
    "Kurzemes reģions (Liepāja, Ventspils, Kuldīga, Saldus)",
]


def main() -> int:
    args = shots.parse(shots.options())
    shots.application()
    from PySide6.QtCore import Qt

    from kb_app.core.packs.library_changes import diff_libraries
    from kb_app.ui.dialogs.changes_dialog import ChangesDialog
    from kb_app.ui.look.screen_fit import fit_window

    save, wait = partial(shots.save, suffix=args.suffix), shots.wait
    with shots.profile(
        args.lang,
        "valmieras-novads",
        service_name="Valmieras novada Sociālais dienests",
        office_contact="tālr. 64207100, Rīgas iela 10, darbdienās 8–17",
        social_service_contact="64207101",
        orphans_court_contact="64207120",
    ) as (ctx, tmp):
        window = shots.main_window(ctx)
        wait(600)

        # Row 1: a child in labour exploitation, ticked in two sets.
        window.open_view("checklist")
        view = window.view("checklist")
        for set_id, ids in (
            ("ind-darba-ekspluatacija", ("lab-ilo-maldinasana", "lab-ilo-izolacija")),
            ("ind-berni", ("chi-garas-darba-stundas", "chi-neiet-skola")),
        ):
            view.select_set(set_id)  # type: ignore[attr-defined]
            for item in view.items():  # type: ignore[attr-defined]
                if item.data(Qt.ItemDataRole.UserRole + 1) in ids:
                    item.setCheckState(Qt.CheckState.Checked)
        view.observations.setPlainText("Ieradās kopā ar pieaugušo, kurš atbildēja viņa vietā.")  # type: ignore[attr-defined]
        wait(200)
        save(window, "checklist-two-sets")

        # Row 8: the referral sheet of that case, as the PDF the window writes.
        from kb_app.ui.paper.sheet_pdf import write_sheet_pdf

        _title, html = view.printable()  # type: ignore[attr-defined]
        pdf = tmp / "sheet.pdf"
        pages = write_sheet_pdf(html, "sheet", pdf)
        if shutil.which("pdftoppm") and not args.suffix:  # paper does not depend on the screen
            subprocess.run(
                ["pdftoppm", "-r", "110", "-png", "-singlefile", str(pdf), str(OUT / "referral-sheet")], check=True
            )
            print(OUT / "referral-sheet.png", f"({pages} page)")
        view.clear()  # type: ignore[attr-defined]

        # Row 4: a fixed national number carries no stale mark; a shelter's old regional numbers do.
        window.open_view("contacts")
        contacts = window.view("contacts")
        contacts.filter.setText("patv")  # type: ignore[attr-defined]
        save(window, "contacts-stale-per-fact")
        contacts.filter.setText("112")  # type: ignore[attr-defined]
        save(window, "contacts-fixed-number")
        contacts.filter.clear()  # type: ignore[attr-defined]

        # Row 2: the police's 7th regional number changed.
        from tests.core.conftest_data import doc, make_library_db

        facts = [
            {
                "kind": "phone",
                "value": f"+371 2{i}000000",
                "label": label,
                "source": "https://www.vp.gov.lv",
                "source_date": "2026-01",
            }
            for i, label in enumerate(REGIONS)
        ]
        changed = [dict(f) for f in facts]
        changed[6]["value"] = "+371 29999999"
        old, new = (
            make_library_db(
                tmp / f"{name}.db", [doc("contact-valsts-policija", "contact", "Valsts policija", meta={"facts": f})]
            )
            for name, f in (("old", facts), ("new", changed))
        )
        dialog = ChangesDialog(
            diff_libraries(old, new).labelled("Bibliotēka 2026.11.1", "Bibliotēka 2026.12.1"), window
        )
        fit_window(dialog)
        dialog.show()
        save(dialog, "changes-7th-phone")
        dialog.close()
        window.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parents[1]))  # tests.core.conftest_data builds the two small libraries
    sys.exit(main())
