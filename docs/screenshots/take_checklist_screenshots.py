"""The checklist with one case ticked across two sets, at the three sizes the desk is checked at
(issue 21: at 200 % on a 1024×600 screen it was squeezed to three rows):

    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/take_checklist_screenshots.py
    xvfb-run -s "-screen 0 1024x600x24" python docs/screenshots/take_checklist_screenshots.py --suffix -1024
    xvfb-run -s "-screen 0 1024x600x24" python docs/screenshots/take_checklist_screenshots.py \
        --scale 2 --suffix -1024-200
"""

from __future__ import annotations

import sys
from functools import partial

import shots


def main() -> int:
    args = shots.parse(shots.options())
    shots.application()
    from PySide6.QtCore import Qt

    save, wait = partial(shots.save, suffix=args.suffix), shots.wait
    with shots.profile(args.lang, "valmieras-novads") as (ctx, _tmp):
        window = shots.main_window(ctx)
        wait(600)
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
        view.indicators.setFocus(Qt.FocusReason.TabFocusReason)  # type: ignore[attr-defined]
        wait(200)
        save(window, "checklist-case")
        view.clear()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    sys.exit(main())
