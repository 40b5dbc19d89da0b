"""Screenshots of issue 21 rows 1, 2, 4 and 8: the checklist with one case across two sets, the
"what changed" window with a changed 7th phone number, the contacts detail with its marks per fact,
and the referral sheet (PDF → PNG).

    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/take_case_screenshots.py
    xvfb-run -s "-screen 0 1024x600x24" python docs/screenshots/take_case_screenshots.py --suffix -1024
    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/take_case_screenshots.py --scale 2 --suffix -200

Uses a throw-away profile with the bundled library; the sheet is rendered with ``pdftoppm``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
REGIONS = ["Rīgas reģions", "Vidzemes reģions", "Latgales reģions", "Zemgales reģions", "Sēlijas reģions",
           "Pierīgas reģions", "Kurzemes reģions (Liepāja, Ventspils, Kuldīga, Saldus)"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR (2 = 200%%)")
    parser.add_argument("--suffix", default="", help="added to file names, e.g. -200")
    parser.add_argument("--lang", default="lv")
    args = parser.parse_args()
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from kb_app.core.bootstrap import ensure_library
    from kb_app.core.changes import diff_libraries
    from kb_app.core.paths import AppPaths
    from kb_app.ui import i18n, pyside_fix
    from kb_app.ui.dialogs.changes import ChangesDialog
    from kb_app.ui.library_switch import installed_library
    from kb_app.ui.mainwindow import MainWindow, app_icon
    from kb_app.ui.profile import open_context
    from kb_app.ui.screen_fit import fit_window

    pyside_fix.apply()
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save(widget: object, name: str) -> None:
        wait(300)
        screen = app.primaryScreen().availableGeometry()
        if widget.width() > screen.width() or widget.height() > screen.height():  # type: ignore[attr-defined]
            print(f"WARNING: {name} is larger than the screen: something is clipped")
        path = OUT / f"{name}{args.suffix}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)

    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "profile")
        ensure_library(paths)
        ctx = open_context(paths)
        ctx.update_prefs(language=args.lang, municipality="valmieras-novads",
                         service_name="Valmieras novada Sociālais dienests",
                         office_contact="tālr. 64207100, Rīgas iela 10, darbdienās 8–17",
                         social_service_contact="64207101", orphans_court_contact="64207120")
        i18n.install(args.lang)
        opened = installed_library(ctx)
        assert opened is not None
        ctx.set_library(*opened)
        window = ctx.main_window = MainWindow(ctx)
        window.start()
        window.show()
        wait(600)

        # Row 1: a child in labour exploitation, ticked in two sets.
        window.open_view("checklist")
        view = window.view("checklist")
        for set_id, ids in (("ind-darba-ekspluatacija", ("lab-ilo-maldinasana", "lab-ilo-izolacija")),
                            ("ind-berni", ("chi-garas-darba-stundas", "chi-neiet-skola"))):
            view.select_set(set_id)  # type: ignore[attr-defined]
            for item in view.items():  # type: ignore[attr-defined]
                if item.data(Qt.ItemDataRole.UserRole + 1) in ids:
                    item.setCheckState(Qt.CheckState.Checked)
        view.observations.setPlainText("Ieradās kopā ar pieaugušo, kurš atbildēja viņa vietā.")  # type: ignore[attr-defined]
        wait(200)
        save(window, "checklist-two-sets")

        # Row 8: the referral sheet of that case, as the PDF the window writes.
        from kb_app.ui.sheet_pdf import write_sheet_pdf

        _title, html = view.printable()  # type: ignore[attr-defined]
        pdf = Path(tmp) / "sheet.pdf"
        pages = write_sheet_pdf(html, "sheet", pdf)
        if shutil.which("pdftoppm") and not args.suffix:  # paper does not depend on the screen
            subprocess.run(["pdftoppm", "-r", "110", "-png", "-singlefile", str(pdf), str(OUT / "referral-sheet")],
                           check=True)
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

        facts = [{"kind": "phone", "value": f"+371 2{i}000000", "label": label, "source": "https://www.vp.gov.lv",
                  "source_date": "2026-01"} for i, label in enumerate(REGIONS)]
        changed = [dict(f) for f in facts]
        changed[6]["value"] = "+371 29999999"
        old, new = (make_library_db(Path(tmp) / f"{name}.db", [doc("contact-valsts-policija", "contact",
                                                                   "Valsts policija", meta={"facts": f})])
                    for name, f in (("old", facts), ("new", changed)))
        dialog = ChangesDialog(diff_libraries(old, new).labelled("Bibliotēka 2026.11.1", "Bibliotēka 2026.12.1"),
                               window)
        fit_window(dialog)
        dialog.show()
        save(dialog, "changes-7th-phone")
        dialog.close()
        window.close()
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parents[1]))  # tests.core.conftest_data builds the two small libraries
    sys.exit(main())
