"""Draws a search hit as a bold title line and a snippet whose matched words are bold (the
snippet is HTML with <b> from the core). Imported with the first query: QStyle and friends
are not needed for the first screen."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kb_app.ui.look.safe_resources import SafeTextDocument
from kb_app.ui.search.result_list import ROW_ROLE, ResultRow

Index = QModelIndex | QPersistentModelIndex


class SnippetDelegate(QStyledItemDelegate):
    """Draws each hit as rich text; the document is laid out at the view's width."""

    PAD = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # Laid-out documents by (row, width, selected): sizeHint and paint ask for the same one,
        # and a repaint must not lay out every snippet again. Cleared when the rows change.
        self._cache: dict[tuple[int, int, bool], QTextDocument] = {}

    def clear_cache(self) -> None:
        self._cache.clear()

    def _document(self, row: ResultRow, option: QStyleOptionViewItem, selected: bool) -> QTextDocument:
        width = max(option.rect.width() - 2 * self.PAD, 120)
        key = (id(row), width, selected)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if len(self._cache) > 400:
            self._cache.clear()
        doc = SafeTextDocument()
        doc.setDefaultFont(option.font)
        palette: QPalette = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = palette.color(role).name()
        muted = color if selected else palette.color(QPalette.ColorRole.PlaceholderText).name()
        doc.setHtml(
            f'<div style="color:{color}"><b>{escape(row.title)}</b> '
            f'<span style="color:{muted}">· {escape(row.type_label)}</span><br>'
            f"<span>{row.snippet}</span></div>"
        )
        doc.setTextWidth(width)
        self._cache[key] = doc
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ROW_ROLE)
        if row is None:
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = self._document(row, opt, selected)
        painter.save()
        rect = opt.rect
        painter.translate(rect.left() + self.PAD, rect.top() + self.PAD)
        clip = QRectF(0, 0, rect.width() - 2 * self.PAD, rect.height() - 2 * self.PAD)
        painter.setClipRect(clip)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = clip
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        row = index.data(ROW_ROLE)
        if row is None:
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        widget: QWidget | None = opt.widget
        if widget is not None:
            # The width paint() will get: the viewport's, not the view's (frame and scroll bar).
            viewport = getattr(widget, "viewport", None)
            opt.rect.setWidth((viewport() if callable(viewport) else widget).width())
        doc = self._document(row, opt, False)
        return QSize(int(doc.idealWidth()) + 2 * self.PAD, int(doc.size().height()) + 2 * self.PAD)
