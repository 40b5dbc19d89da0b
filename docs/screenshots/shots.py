"""What the ``take_*.py`` scripts in this folder share, so that each of them holds only its own screens.

Seven scripts photograph the real window for the docs. They used to repeat the same setup, copied
from one another, and the copies drifted apart (some warned about a clipped window, some did not).
The setup lives here once:

- ``options()`` and ``parse()``: ``--scale``, ``--suffix``, ``--lang`` and ``--screen WxH`` (Qt's
  offscreen platform with a screen of that size, no Xvfb needed). ``parse()`` sets the environment
  Qt reads when the application is created, so call it before ``application()``.
- ``application()``, ``wait(ms)`` and ``save(widget, name, suffix)``, which grabs a PNG into this
  folder and warns when the widget is larger than the screen (something would be clipped).
- ``profile()``: a throw-away profile with the bundled library, so nothing of the developer's is
  read or written, and ``main_window()`` on it.

The scripts import this module as ``shots``: Python puts a script's own folder on ``sys.path``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from kb_app.ui.shared.context import AppContext
    from kb_app.ui.window.mainwindow import MainWindow

OUT = Path(__file__).resolve().parent
_app: QApplication | None = None  # kept referenced for the whole run


def options(*, sizes: bool = True, lang: bool = True, screen: bool = False) -> argparse.ArgumentParser:
    """A parser with the shared options; a script adds its own before ``parse()``.

    *sizes* gives ``--scale`` and ``--suffix``, *lang* ``--lang``, *screen* ``--screen WxH``.
    """
    parser = argparse.ArgumentParser()
    if sizes:
        parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR (2 = 200%%)")
        parser.add_argument("--suffix", default="", help="added to file names, e.g. -200")
    if lang:
        parser.add_argument("--lang", default="lv")
    if screen:
        parser.add_argument("--screen", default="", help="WxH: an offscreen screen of this size (no Xvfb)")
    return parser


def parse(parser: argparse.ArgumentParser, argv: list[str] | None = None) -> argparse.Namespace:
    """The command line, with ``--screen`` and ``--scale`` applied to the environment Qt reads."""
    args = parser.parse_args(_suffix_joined(sys.argv[1:] if argv is None else argv))
    if getattr(args, "screen", ""):
        width, height = (int(v) for v in args.screen.lower().split("x"))
        config = Path(tempfile.gettempdir()) / f"kb-app-screen-{width}x{height}.json"
        config.write_text(
            json.dumps(
                {
                    "screens": [
                        {
                            "name": "s",
                            "x": 0,
                            "y": 0,
                            "width": width,
                            "height": height,
                            "logicalDpi": 96,
                            "logicalBaseDpi": 96,
                            "dpr": 1,
                        }
                    ]
                }
            )
        )
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    if getattr(args, "scale", 1.0) != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    return args


def _suffix_joined(argv: list[str]) -> list[str]:
    """``--suffix -projector`` as ``--suffix=-projector``: argparse takes a value starting with "-"
    for an option unless it looks like a number (``-200`` works, ``-check`` would not)."""
    joined: list[str] = []
    i = 0
    while i < len(argv):
        if argv[i] == "--suffix" and i + 1 < len(argv):
            joined.append(f"--suffix={argv[i + 1]}")
            i += 2
        else:
            joined.append(argv[i])
            i += 1
    return joined


def application() -> QApplication:
    """The QApplication, with the PySide6 guard applied and the app's icon."""
    global _app
    from PySide6.QtWidgets import QApplication

    from kb_app.ui.window import pyside_fix
    from kb_app.ui.window.mainwindow import app_icon

    pyside_fix.apply()
    _app = QApplication(sys.argv[:1])
    _app.setWindowIcon(app_icon())
    return _app


def wait(ms: int) -> None:
    """Run the event loop for *ms* milliseconds (layouts, timers and tasks get done)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, name: str, suffix: str = "", *, out: Path = OUT, settle: int = 400) -> Path:
    """Let *widget* settle for *settle* ms, then grab it to ``out/<name><suffix>.png``."""
    from PySide6.QtGui import QGuiApplication

    wait(settle)
    width, height = widget.width(), widget.height()
    screen = QGuiApplication.primaryScreen().availableGeometry()
    if width > screen.width() or height > screen.height():
        print(
            f"WARNING: {name} is {width}x{height}, larger than the screen "
            f"{screen.width()}x{screen.height()}: something is clipped"
        )
    path = out / f"{name}{suffix}.png"
    widget.grab().save(str(path))
    print(path, f"{width}x{height}")
    return path


@contextmanager
def profile(lang: str, municipality: str = "marupes-novads", **prefs: Any) -> Iterator[tuple[AppContext, Path]]:
    """A throw-away profile with the bundled library opened, the UI in *lang*; more *prefs* if given.

    Yields the context and a scratch folder; both are gone afterwards.
    """
    from kb_app.core.library.bootstrap import ensure_library
    from kb_app.core.platform.paths import AppPaths
    from kb_app.ui.shared import i18n
    from kb_app.ui.shared.library_switch import installed_library
    from kb_app.ui.window.profile import open_context

    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "profile")
        ensure_library(paths)
        ctx = open_context(paths)
        try:
            ctx.update_prefs(language=lang, municipality=municipality, **prefs)
            i18n.install(lang)
            opened = installed_library(ctx)
            assert opened is not None
            ctx.set_library(*opened)
            yield ctx, Path(tmp)
        finally:
            ctx.close()


def main_window(ctx: AppContext) -> MainWindow:
    """The main window on *ctx*, started and shown (it fits itself to the screen)."""
    from kb_app.ui.window.mainwindow import MainWindow

    window = ctx.main_window = MainWindow(ctx)
    window.start()
    window.show()
    return window
