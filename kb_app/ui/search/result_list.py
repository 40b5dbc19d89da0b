"""The rows of the search hit list (drawn by :mod:`kb_app.ui.search.snippet_delegate`)."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

_TAGS = re.compile(r"<[^>]+>")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class ResultRow(NamedTuple):
    kind: str  # "doc" or "note"
    location: str  # what the reader opens: a doc id, or "@home" for a municipality-page note
    title: str
    type_label: str
    snippet: str  # HTML, <b> marks matches
    note_id: str = ""

    @property
    def plain(self) -> str:
        from html import unescape  # html.entities is a big table; not needed before a search

        return unescape(_TAGS.sub("", self.snippet))


class ResultModel(QStandardItemModel):
    """Rows live in C++ items: no Python ``data()`` override.

    PySide6 6.12 on Python 3.11 drops one reference to ``None`` each time a Python override that
    returns a QVariant (``data``, ``headerData``, ``loadResource``) returns ``None``; after a few
    thousand calls the interpreter aborts. Item models filled up front never return to Python.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ResultRow] = []

    def set_rows(self, rows: list[ResultRow]) -> None:
        self.rows = rows
        items = []
        for row in rows:
            item = QStandardItem(row.title)
            item.setEditable(False)
            accessible = f"{row.title} ({row.type_label}): {row.plain}"
            item.setData(accessible, Qt.ItemDataRole.AccessibleTextRole)
            item.setData(accessible, Qt.ItemDataRole.ToolTipRole)
            item.setData(row, ROW_ROLE)
            items.append(item)
        self.clear()
        for item in items:
            self.appendRow(item)
