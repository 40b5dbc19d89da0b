"""Back/forward navigation as a plain list with a cursor (browser semantics, no Qt)."""

from __future__ import annotations

MAX_ENTRIES = 200


class Entry:
    """A page visited, and how far down it the user had scrolled when leaving it. Plain classes
    here, not dataclasses: the reader's history is made before the first paint, where a dataclass
    costs ~0.3 ms to define (Python 3.11 compiles its methods)."""

    __slots__ = ("location", "scroll")

    def __init__(self, location: str, scroll: int = 0) -> None:
        self.location = location
        self.scroll = scroll  # vertical scroll position when the user left the page

    def __repr__(self) -> str:
        return f"Entry({self.location!r}, scroll={self.scroll})"


class History:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.index = -1

    @property
    def current(self) -> Entry | None:
        return self.entries[self.index] if 0 <= self.index < len(self.entries) else None

    def push(self, location: str) -> None:
        if self.current is not None and self.current.location == location:
            return
        del self.entries[self.index + 1 :]  # visiting a new page drops the forward list
        self.entries.append(Entry(location))
        if len(self.entries) > MAX_ENTRIES:
            del self.entries[0]
        self.index = len(self.entries) - 1

    @property
    def can_back(self) -> bool:
        return self.index > 0

    @property
    def can_forward(self) -> bool:
        return self.index < len(self.entries) - 1

    def back(self) -> Entry | None:
        if not self.can_back:
            return None
        self.index -= 1
        return self.current

    def forward(self) -> Entry | None:
        if not self.can_forward:
            return None
        self.index += 1
        return self.current

    def replace_missing(self, valid: set[str]) -> None:
        """After a library update: forget pages that no longer exist."""
        kept = [e for e in self.entries if e.location in valid or e.location.startswith("@")]
        current = self.current
        self.entries = kept
        self.index = kept.index(current) if current in kept else len(kept) - 1
