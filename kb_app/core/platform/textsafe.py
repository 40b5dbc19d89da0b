"""The one cleaner for text that came from a file before a terminal or the window shows it.

Packs, signatures, notes, feedback files and backups arrive from anyone. A title, a signer's name
or a pack version is theirs to write, and a terminal obeys what it prints: ESC sequences move the
cursor over an earlier line (a fake "good signature" line), OSC 52 writes the clipboard, and a
bidi override (U+202E) makes the window show a fingerprint backwards. So every such text goes
through :func:`clean_for_output` (or :func:`clean_block` for text that keeps its lines) on its way
out; the app's own sentences around it need nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, TextIO

REPLACEMENT = "\ufffd"  # visible: the reader sees that something was there
ELLIPSIS = "…"

# Bidi embeddings, overrides and isolates, and the marks that steer them (LRM, RLM, ALM): they
# reorder what follows them on the screen, which is exactly what must not happen to a fingerprint.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# C0 and C1 controls and DEL; line and paragraph separators, which some terminals and Qt treat as
# new lines. Tab and newline are handled per function.
CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))) + "\u2028\u2029"
_UNSAFE = re.compile(f"[{re.escape(CONTROLS + BIDI_CONTROLS)}]")
_UNSAFE_IN_BLOCK = re.compile(f"[{re.escape(CONTROLS.replace(chr(9), '').replace(chr(10), '') + BIDI_CONTROLS)}]")


def unsafe_characters(text: str) -> list[str]:
    """The control and bidi-override characters in ``text`` (tab and newline not counted), in
    order; empty (and quick: one search) for clean text."""
    if not _UNSAFE_IN_BLOCK.search(text):
        return []
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


def strip_unsafe(text: str) -> str:
    """``text`` without its control and bidi characters (tab and newline kept): for the window, where a
    label or a file name reads better without the U+FFFD marks :func:`clean_block` leaves."""
    return _UNSAFE_IN_BLOCK.sub("", text)


def escape_html(text: str) -> str:
    """Exactly ``html.escape(text)`` (a test compares them): the window's first page is built
    before the first paint, and ``import html`` loads its entity table there (~1 ms)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;")


def preview(text: str, limit: int) -> str:
    """At most ``limit`` characters of ``text``: an error message quoting a value an attacker made
    100 MB long must stay one short line."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)] + ELLIPSIS


def json_for_terminal(value: object, **dumps_args: Any) -> str:
    """``json.dumps`` with Latvian letters readable and every unsafe character written as its
    ``\\uXXXX`` escape: the JSON still means exactly the same text, and a terminal shows it inert."""
    text = json.dumps(value, ensure_ascii=False, **dumps_args)  # newlines and tabs in strings: escaped
    return _UNSAFE_IN_BLOCK.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


class CleaningStream:
    """A text stream that passes every write through :func:`clean_block`: the command line's last
    line of defence, so that a file-derived text some print forgot to clean still reaches the
    terminal inert (tab and newline pass; ESC, CR, C1 and bidi controls become U+FFFD)."""

    def __init__(self, stream: TextIO) -> None:
        self.wrapped = stream

    def write(self, text: str) -> int:
        self.wrapped.write(_UNSAFE_IN_BLOCK.sub(REPLACEMENT, text))
        return len(text)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, isatty, encoding, buffer…
        return getattr(self.wrapped, name)


def unsafe_values(
    data: object, path: tuple[str | int, ...] = (), *, single_line: frozenset[str] = frozenset()
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(path, first unsafe character) for every key or string value of parsed YAML ``data`` that
    holds a control or bidi character; under a key in ``single_line`` a tab or newline counts too
    (a title is shown on one line: a newline in it could print a line of its own).
    YAML's escapes ("\\e", "\\u202e") make such characters from plain ASCII, so the parsed values
    are checked, not only the file's bytes."""
    if isinstance(data, dict):
        for key, value in data.items():
            here = (*path, str(key))
            if isinstance(key, str) and (found := _first_unsafe(key, single_line=True)):
                yield here, found
            yield from unsafe_values(value, here, single_line=single_line)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from unsafe_values(item, (*path, index), single_line=single_line)
    elif isinstance(data, str):
        one_line = bool(path) and isinstance(path[-1], str) and path[-1] in single_line
        if found := _first_unsafe(data, single_line=one_line):
            yield path, found


def _first_unsafe(text: str, *, single_line: bool) -> str:
    match = (_UNSAFE if single_line else _UNSAFE_IN_BLOCK).search(text)
    return match.group() if match else ""
