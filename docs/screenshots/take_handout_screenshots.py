"""The library tree's client handouts (every language in one group) with a handout open, from the
real window (run under Xvfb like take_screenshots.py, whose options it shares).

    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/take_handout_screenshots.py [--scale 2 --suffix -200]
    python docs/screenshots/take_handout_screenshots.py --screen 1024x600 --suffix -1024
"""

from __future__ import annotations

import sys

import shots


def main() -> int:
    args = shots.parse(shots.options(lang=False, screen=True))
    shots.application()
    from kb_app.ui.search.library_panel import LOCATION_ROLE

    with shots.profile("lv") as (ctx, _scratch):
        window = shots.main_window(ctx)
        shots.wait(800)
        tree = window.library_panel.tree
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            is_handouts = top.childCount() and str(top.child(0).data(0, LOCATION_ROLE) or "").startswith("handout-")
            top.setExpanded(bool(is_handouts))
            if is_handouts:
                tree.scrollToItem(top.child(top.childCount() - 1))
        window.open_location("handout-tiesibas-ru")
        shots.save(window, "handouts-library", args.suffix, settle=500)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
