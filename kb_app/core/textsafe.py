"""The one cleaner for text that came from a file before a terminal or the window shows it.

Packs, signatures, notes, feedback files and backups arrive from anyone. A title, a signer's name
or a pack version is theirs to write, and a terminal obeys what it prints: ESC sequences move the
cursor over an earlier line (a fake "good signature" line), OSC 52 writes the clipboard, and a
bidi override (U+202E) makes the window show a fingerprint backwards. So every such text goes
through :func:`clean_for_output` (or :func:`clean_block` for text that keeps its lines) on its way
out; the app's own sentences around it need nothing.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"  # visible: the reader sees that something was there
ELLIPSIS = "…"

# Bidi embeddings, overrides and isolates, and the marks that steer them (LRM, RLM, ALM): they
# reorder what follows them on the screen, which is exactly what must not happen to a fingerprint.
_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# C0 and C1 controls and DEL; line and paragraph separators, which some terminals and Qt treat as
# new lines. Tab and newline are handled per function.
_CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))) + "\u2028\u2029"
_UNSAFE = re.compile(f"[{re.escape(_CONTROLS + _BIDI_CONTROLS)}]")
_UNSAFE_IN_BLOCK = re.compile(f"[{re.escape(_CONTROLS.replace(chr(9), '').replace(chr(10), '') + _BIDI_CONTROLS)}]")


def unsafe_characters(text: str) -> list[str]:
    """The control and bidi-override characters in ``text`` (tab and newline not counted), in order."""
    return _UNSAFE_IN_BLOCK.findall(text)


def describe_character(char: str) -> str:
    """``U+001B`` for an error message (the character itself must not be printed)."""
    return f"U+{ord(char):04X}"


def clean_for_output(text: object, limit: int | None = None) -> str:
    """One line, safe to print or show: every control and bidi character (newlines and tabs too)
    becomes U+FFFD; with ``limit``, at most that many characters, ending in "…" when cut."""
    cleaned = _UNSAFE.sub(REPLACEMENT, str(text))
    return preview(cleaned, limit) if limit is not None else cleaned


def clean_block(text: object, limit: int | None = None) -> str:
    """As :func:`clean_for_output`, but newlines and tabs stay (a note's body, a report's text).
    A carriage return does not: it moves the cursor back over what the line already printed."""
    cleaned = _UNSAFE_IN_BLOCK.sub(REPLACEMENT, str(text).replace("\r\n", "\n"))
    return preview(cleaned, limit) if limit is not None else cleaned


def preview(text: str, limit: int) -> str:
    """At most ``limit`` characters of ``text``: an error message quoting a value an attacker made
    100 MB long must stay one short line."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)] + ELLIPSIS
