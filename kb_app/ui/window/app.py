"""``kb-app gui``: create the application, open the profile, show the window, run.

Kept thin on purpose, so that no app object grows to hold everything: each step is a call into a
module that owns it, in the order start-up needs them.
"""

from __future__ import annotations

import sys

from kb_app import APP_NAME, __version__


def run(*, profile: str | None = None, pack: str | None = None, quit_after_ready: bool = False) -> int:
    """Run the desktop app; returns the exit code.

    The ``ready in N ms`` line counts from the real process start (``kb_app.core.platform.proctime``),
    interpreter start-up included.
    """
    from kb_app.core.platform import start_gc

    start_gc.hold()  # until the first paint (Boot._on_painted)
    try:
        return _run(profile=profile, pack=pack, quit_after_ready=quit_after_ready)
    finally:
        start_gc.release()  # if the window never painted
        from kb_app.ui.shared import first_paint

        first_paint.drop()  # ditto: no window is left to attach anything to


def _run(*, profile: str | None, pack: str | None, quit_after_ready: bool) -> int:
    _import_core_first()
    from kb_app.ui.window import import_scan

    import_scan.defer_stub_generator()  # before PySide6 is imported
    from PySide6.QtWidgets import QApplication

    from kb_app.ui.window import pyside_fix

    import_scan.skip_feature_scan()  # before the window's modules are imported

    pyside_fix.apply()  # before any widget: PySide6 6.12.0 on Python 3.11 aborts otherwise

    from kb_app.core.platform.paths import resolve_profile
    from kb_app.ui.shared import first_paint, i18n
    from kb_app.ui.window.profile import open_context
    from kb_app.ui.window.startup import Boot

    paths = resolve_profile(profile)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)  # no display name: Qt would append it, untranslated, to every title
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("kb-app")
    # The notes database opens right after the first paint (Boot._after_ready).
    ctx = open_context(paths, pinned_pack=pack is not None, with_user_data=False)
    i18n.install(ctx.prefs.language)
    from kb_app.ui.window.mainwindow import MainWindow, app_icon

    app.setWindowIcon(app_icon())
    first_paint.hold()  # the event filters the first frame does not need wait for it
    window = ctx.main_window = MainWindow(ctx)
    boot = Boot(ctx, window, pack=pack, quit_after_ready=quit_after_ready)
    boot.begin()
    code = app.exec()
    ctx.close()
    return code or boot.exit_code


def _import_core_first() -> None:
    """Import the core modules the first screen uses before PySide6.

    PySide6 installs an import hook that reads the source of every module imported after it
    (looking for ``from __feature__ import``); core modules never use Qt, so loading them first
    keeps them out of that scan. Measured: about 10 ms of start-up.
    """
    import kb_app.core.library.library_db  # noqa: F401
    import kb_app.core.library_files.libroot  # noqa: F401 - current_library, library_generation
    import kb_app.core.platform.lock  # noqa: F401
    import kb_app.ui.window.import_scan  # noqa: F401 - Qt-free: it tells PySide which modules it need not read
