"""What a write changed, so that views decide for themselves whether to refresh (Anki's
``OpChanges``): a write returns one of these, the window announces it once, and each view looks
at the flags it cares about instead of being told by hand which of them to reload."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class OpChanges:
    notes: bool = False  # notes added, edited, moved, deleted or merged
    bookmarks: bool = False
    history: bool = False  # the recently viewed pages
    library: bool = False  # another content pack (or none) is installed
    prefs: bool = False  # the user's preferences (language, municipality, zoom, theme, ...)

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


NOTHING = OpChanges()
NOTES = OpChanges(notes=True)
BOOKMARKS = OpChanges(bookmarks=True)
HISTORY = OpChanges(history=True)
# A restored backup or a newly opened user database: everything the profile's database holds.
USER_DATA = OpChanges(notes=True, bookmarks=True, history=True)
LIBRARY = OpChanges(library=True)
PREFS = OpChanges(prefs=True)


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """What an operation changed, and what it has to tell (Anki's ``OpChangesWith…``): the
    operations of kb_app.core.operations return one."""

    changes: OpChanges
    value: T
