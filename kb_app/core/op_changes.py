"""What a write changed, so that views decide for themselves whether to refresh (Anki's
``OpChanges``): a write returns one of these, the window announces it once, and each view looks
at the flags it cares about instead of being told by hand which of them to reload."""

from __future__ import annotations

from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T")


# NamedTuples, not frozen dataclasses: defined on the window's start path, where a dataclass costs
# ~0.4 ms to define (Python 3.11 compiles its methods) and a NamedTuple a sixth of that.
class OpChanges(NamedTuple):
    notes: bool = False  # notes added, edited, moved, deleted or merged
    bookmarks: bool = False
    history: bool = False  # the recently viewed pages
    library: bool = False  # another content pack (or none) is installed
    prefs: bool = False  # the user's preferences (language, municipality, zoom, theme, ...)

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges(*(mine or theirs for mine, theirs in zip(self, other, strict=True)))

    def __bool__(self) -> bool:
        return any(self)


NOTHING = OpChanges()
NOTES = OpChanges(notes=True)
BOOKMARKS = OpChanges(bookmarks=True)
HISTORY = OpChanges(history=True)
# A restored backup or a newly opened user database: everything the profile's database holds.
USER_DATA = OpChanges(notes=True, bookmarks=True, history=True)
LIBRARY = OpChanges(library=True)
PREFS = OpChanges(prefs=True)


class OpResult(NamedTuple, Generic[T]):
    """What an operation changed, and what it has to tell (Anki's ``OpChangesWith…``): the
    operations of kb_app.core.operations return one."""

    changes: OpChanges
    value: T
