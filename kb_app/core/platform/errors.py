"""Typed errors of the core. Each carries a message a trainer or social worker can read."""

from __future__ import annotations


class KbError(Exception):
    """Base of every error the core raises on purpose; the CLI prints it as one line."""


class ContentError(KbError):
    """The knowledge folder cannot be read at all (missing folder, unreadable config)."""


class LibraryError(KbError):
    """The installed library is missing or unreadable."""


class PackError(KbError):
    """A content pack was refused; the message says why in plain words."""


class NotesError(KbError):
    """A notes file or note operation was refused."""


class UserDataError(KbError):
    """The user's database cannot be opened, backed up or restored.

    ``code`` names the reason for the UI to say in the user's language (``str()`` stays English
    for the command line); ``file`` is the file concerned, when there is one.
    """

    def __init__(self, message: str, *, code: str = "", file: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.file = file


class NotFoundError(KbError):
    """A document, note or municipality does not exist."""
