"""Result snippets: a window of a document's stored plain text around its first matched word.

Built from the plain text the indexer stored (never from Markdown source, whose link targets would
show), and bounded: only the first ``SCAN_CHARS`` characters are searched for a match, so a huge
document costs no more than a normal one.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from kb_app.core.analysis import Token, analysis_lang, normalize, tokenize

SNIPPET_CHARS = 180
SCAN_CHARS = 60_000


def shorten(text: str, size: int = SNIPPET_CHARS) -> str:
    text = " ".join(text[: size * 4].split())
    if len(text) <= size:
        return text
    cut = text.rfind(" ", 0, size)
    return text[: cut if cut > size // 2 else size] + " …"


def _first_match(tokens: Iterable[Token], terms: set[str]) -> Token | None:
    return next((t for t in tokens if t.term in terms), None)


def make_snippet(text: str, terms: set[str], lang: str) -> str:
    """A window of ``text`` around the first matched word, matches wrapped in ``<b>``; '' if none.

    The snippet is HTML: text is escaped, only the ``<b>`` marks are markup.
    """
    if not text or not terms:
        return ""
    text = text[:SCAN_CHARS]
    normalized = normalize(text)
    if len(normalized) != len(text):  # offsets are only valid when normalization kept lengths
        text = normalized
    alang = analysis_lang(lang)
    first = _first_match(tokenize(text, alang), terms)
    if first is None:
        return ""
    start = max(0, first.start - SNIPPET_CHARS // 3)
    if start > 0:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and first.start - space < SNIPPET_CHARS // 2 else start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", first.end, end)
        end = space if space > first.end else end
    window = text[start:end]
    out: list[str] = ["… " if start > 0 else ""]
    cursor = 0
    for token in tokenize(window, alang):
        if token.term not in terms:
            continue
        out.append(escape(window[cursor:token.start]))
        out.append(f"<b>{escape(window[token.start:token.end])}</b>")
        cursor = token.end
    out.append(escape(window[cursor:]))
    if end < len(text):
        out.append(" …")
    return " ".join("".join(out).split())
