"""Marks over the page in the reader: the words of the query a page was opened from, and matches
of find in page.

Both are QTextEdit extra selections over the laid-out document, never edits of its HTML, so a
mark cannot break the page or leak into printing. Query words are matched through the search
analyzer (``kb_app.core.text.analysis``): the page shows the inflected forms the search matched
(``krāpšanas`` for the query ``krāpšana``), not only the literal string. With the parts the
search made of the query (SearchResult.marks) the page is marked as its snippet is: a synonym of
several words ("Valsts policija" for "VP") as one mark, never one of its words alone.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from kb_app.core.search.snippets import SnippetPart, marked_spans
from kb_app.core.text.analysis import fold, tokenize
from kb_app.ui.look.theme import mark_colors
from kb_app.ui.reader.marked_page import MarkedPage

Span = tuple[int, int]


def query_terms(query: str, analyzer: str) -> frozenset[str]:
    """``analyzer``: the page language's, as the library declares it (Library.analysis_of)."""
    return frozenset(token.term for token in tokenize(query, analyzer))


def term_spans(text: str, terms: frozenset[str], analyzer: str) -> list[Span]:
    """Where words of ``text`` analyze to one of ``terms`` (offsets into ``text``)."""
    if not terms:
        return []
    return [(t.start, t.end) for t in tokenize(text, analyzer) if t.term in terms]


def _fold_char(ch: str) -> str:
    folded = fold(ch.lower())  # the search's folding, for any script (ł → l, ė → e)
    if len(folded) == 1:
        return folded
    decomposed = unicodedata.normalize("NFD", ch)  # ß, æ: the first letter keeps offsets valid
    return decomposed[0].lower()[:1] if decomposed else ch


def fold_same_length(text: str) -> str:
    """Lower case without diacritics, one character for one: offsets stay valid."""
    return "".join(_fold_char(ch) for ch in text)


def find_spans(text: str, needle: str) -> list[Span]:
    """Every occurrence of ``needle`` ignoring case and diacritics ("krapsana" finds "Krāpšana")."""
    folded_needle = fold_same_length(needle.strip())
    if not folded_needle:
        return []
    hay = fold_same_length(text)
    spans, start = [], hay.find(folded_needle)
    while start >= 0:
        spans.append((start, start + len(folded_needle)))
        start = hay.find(folded_needle, start + len(folded_needle))
    return spans


def page_text(doc: QTextDocument) -> str:
    """The document as text whose offsets are QTextDocument positions (one character each)."""
    return doc.toPlainText()


def selections(
    doc: QTextDocument, spans: list[Span], background: QColor, foreground: QColor
) -> list[QTextEdit.ExtraSelection]:
    fmt = QTextCharFormat()
    fmt.setBackground(background)
    fmt.setForeground(foreground)
    out = []
    for start, end in spans:
        cursor = QTextCursor(doc)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        out.append(selection)
    return out


class QueryMarks(QObject):
    """Marks the query's words on the page opened from a search result, until the user moves on."""

    KIND = "query"

    def __init__(self, reader: MarkedPage) -> None:
        super().__init__(reader)  # type: ignore[arg-type]  # the reader is a QWidget
        self._reader = reader
        self._query = ""
        self._analyzer = "plain"
        self._parts: tuple[SnippetPart, ...] = ()
        self.spans: list[Span] = []
        reader.page_shown.connect(self._on_page_shown)

    def mark(self, query: str, analyzer: str, parts: Sequence[SnippetPart] = (), scroll: bool = True) -> int:
        """Mark ``query`` on the current page, analyzed as the page's language is
        (Library.analysis_of): the matches of ``parts``, what the search made of it, when given,
        else its words one by one. The number of marks."""
        self._query, self._analyzer, self._parts = query, analyzer, tuple(parts)
        doc = self._reader.document()
        text = page_text(doc)
        self.spans = (
            marked_spans(text, parts, analyzer) if parts else term_spans(text, query_terms(query, analyzer), analyzer)
        )
        background, foreground = mark_colors()
        self._reader.set_marks(self.KIND, selections(doc, self.spans, background, foreground))
        if scroll and self.spans:
            self._open_at_title(self.spans[0][0])
        return len(self.spans)

    def _open_at_title(self, first: int) -> None:
        """The page stays at its title (the worker sees which page this is), with the text cursor
        at the first match below it: find-next, the keyboard and screen readers start there."""
        browser = self._reader.browser
        cursor = QTextCursor(self._reader.document())
        cursor.setPosition(first)
        browser.setTextCursor(cursor)
        browser.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        self._query, self._parts, self.spans = "", (), []
        self._reader.set_marks(self.KIND, [])

    def _on_page_shown(self, navigated: bool) -> None:
        if navigated or not self._query:
            self.clear()
        else:  # the same page laid out again (notes or theme changed): keep the marks
            self.mark(self._query, self._analyzer, self._parts, scroll=False)
