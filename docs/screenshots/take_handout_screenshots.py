"""The library tree's client handouts (every language in one group) with a handout open, from the
real window (run under Xvfb like take_screenshots.py, whose options it shares).

    xvfb-run -s "-screen 0 1280x800x24" python docs/screenshots/take_handout_screenshots.py [--scale 2 --suffix -200]
    python docs/screenshots/take_handout_screenshots.py --screen 1024x600 --suffix -1024
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
    from kb_app.core.paths import AppPaths
    from kb_app.ui import i18n, pyside_fix
    from kb_app.ui.library_panel import LOCATION_ROLE
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

    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "profile")
        ensure_library(paths)
        ctx = open_context(paths)
        ctx.update_prefs(language="lv", municipality="marupes-novads")
        i18n.install("lv")
        opened = installed_library(ctx)
        assert opened is not None
        ctx.set_library(*opened)
        window = ctx.main_window = MainWindow(ctx)  # fits itself to the screen
        window.start()
        window.show()
        wait(800)
        tree = window.library_panel.tree
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            is_handouts = top.childCount() and str(top.child(0).data(0, LOCATION_ROLE) or "").startswith("handout-")
            top.setExpanded(bool(is_handouts))
            if is_handouts:
                tree.scrollToItem(top.child(top.childCount() - 1))
        window.open_location("handout-tiesibas-ru")
        wait(500)
        path = OUT / f"handouts-library{args.suffix}.png"
        window.grab().save(str(path))
        print(path)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
