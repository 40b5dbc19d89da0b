"""A problem found while checking content, reported as ``PATH:LINE: message``.

Its own module, not beside the errors in kb_app.core.platform.errors: the window's start path
imports the errors and never checks content, and a dataclass costs ~0.4 ms to define.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kb_app.core.platform.textsafe import clean_for_output

MAX_PROBLEM_CHARS = 400  # one readable line, whatever value a message quotes


@dataclass(frozen=True, order=True)
class Problem:
    """One validation problem, reported as ``PATH:LINE: message``."""

    path: Path
    line: int
    message: str

    def __post_init__(self) -> None:
        # Messages quote values from the file: bounded and inert, however long or hostile the value.
        object.__setattr__(self, "message", clean_for_output(self.message, limit=MAX_PROBLEM_CHARS))

    def format(self, root: Path | None = None) -> str:
        shown = self.path
        if root is not None:
            try:
                shown = self.path.relative_to(root.parent if root.is_dir() else root)
            except ValueError:
                shown = self.path
        return f"{shown}:{self.line}: {self.message}"
