"""Where file dialogs start: the user's Documents folder, never the folder the app was started
from (on Windows possibly the install folder, which users cannot write to or find again), and
after the first save or open of a kind of file, the folder the user chose for that kind."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

# The kinds of file a dialog saves or opens; each remembers its own folder (a worker keeps PDFs
# for the case file elsewhere than the notes exchanged with colleagues).
KINDS = ("pdf", "vcard", "notes", "feedback", "backup", "pack", "image")


class _Settings(Protocol):
    def value(self, key: str, default: str = "") -> str: ...

    def set_value(self, key: str, value: str) -> None: ...


def documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def _key(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"no such kind of file: {kind!r}")
    return f"last_folder_{kind}"


def start_folder(settings: _Settings | None, kind: str) -> Path:
    """The folder last used for ``kind`` while it still exists, else Documents."""
    remembered = settings.value(_key(kind)) if settings is not None else ""
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return documents_dir()


def start_path(settings: _Settings | None, kind: str, file_name: str = "") -> str:
    """What a file dialog for ``kind`` starts on: the folder, with a suggested file name."""
    folder = start_folder(settings, kind)
    return str(folder / file_name) if file_name else str(folder)


def remember(settings: _Settings | None, kind: str, chosen: str | Path) -> None:
    """Keep the folder of a file the user chose in a dialog of ``kind``."""
    if settings is not None and str(chosen):
        settings.set_value(_key(kind), str(Path(chosen).absolute().parent))


def ask_save(
    parent: QWidget | None, settings: _Settings | None, kind: str, title: str, file_name: str, file_filter: str
) -> str | None:
    """The file the user chose to save a ``kind`` to (the dialog starts where the last one of that
    kind was saved, else in Documents), remembered for next time; None when they cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, start_path(settings, kind, file_name), file_filter)
    if not path:
        return None
    remember(settings, kind, path)
    return str(path)


def ask_open(parent: QWidget | None, settings: _Settings | None, kind: str, title: str, file_filter: str) -> str | None:
    """The ``kind`` of file the user chose to open, its folder remembered; None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, start_path(settings, kind), file_filter)
    if not path:
        return None
    remember(settings, kind, path)
    return str(path)
