"""Where file dialogs start: the user's Documents folder, never the folder the app was started
from (on Windows possibly the install folder, which users cannot write to or find again), and
after the first save or open of a kind of file, the folder the user chose for that kind."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QStandardPaths

# The kinds of file a dialog saves or opens; each remembers its own folder (a worker keeps PDFs
# for the case file elsewhere than the notes exchanged with colleagues).
KINDS = ("pdf", "vcard", "notes", "feedback", "backup", "pack")


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
