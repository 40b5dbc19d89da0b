"""Snippets for note hits: a short excerpt with the matched text in <b>, as document hits have.

Matching ignores case and diacritics with the notes store's own folding (``fold_text``), but the
excerpt keeps the user's spelling, so the folding is done per character with a map back.
"""

from __future__ import annotations

from html import escape

EXCERPT_CHARS = 160


def fold(text: str) -> str:
    """Lower case without diacritics, exactly as ``NotesStore.search`` compares."""
    # Imported here: kb_app.core.notes is not needed for the first screen.
    from kb_app.core.notes import fold_text

    return fold_text(text)


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    from kb_app.core.notes import fold_text

    folded: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        part = fold_text(ch)
        folded.append(part)
        origin.extend([i] * len(part))
    return "".join(folded), origin


def note_snippet(body: str, query: str, size: int = EXCERPT_CHARS) -> str:
    text = " ".join(body.split())
    needle = fold(query.strip())
    folded, origin = _folded_with_map(text)
    pos = folded.find(needle) if needle else -1
    if pos < 0:
        cut = text[:size]
        return escape(cut) + ("…" if len(text) > size else "")
    start, end = origin[pos], origin[pos + len(needle) - 1] + 1
    left = max(0, start - size // 3)
    right = min(len(text), left + size)
    before = ("…" if left > 0 else "") + escape(text[left:start])
    after = escape(text[end:right]) + ("…" if right < len(text) else "")
    return f"{before}<b>{escape(text[start:end])}</b>{after}"


_MARKUP = str.maketrans("", "", "*_`")


def first_line(body: str, size: int = 80) -> str:
    """The first non-empty line without its Markdown markers, for lists and hit titles."""
    for line in body.splitlines():
        line = line.strip().lstrip("#>-+ ").translate(_MARKUP).strip()
        if line:
            return line if len(line) <= size else line[: size - 1] + "…"
    return ""
