"""The reader: a QTextBrowser showing pages by location, with back/forward, zoom and link handling.

What a location looks like is decided by the caller's ``render`` function (the main window), so the
reader knows nothing about documents, notes or municipalities.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QTextEdit, QVBoxLayout, QWidget

from kb_app.core.userdata.preferences import ZOOM_MAX, ZOOM_MIN
from kb_app.ui.look.safe_resources import SafeTextBrowser
from kb_app.ui.look.theme import reader_css
from kb_app.ui.reader.links import LinkHandler
from kb_app.ui.reader.nav_history import History

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from kb_app.ui.reader.find_bar import FindBar
    from kb_app.ui.reader.highlight import QueryMarks
    from kb_app.ui.reader.page_objects import PageObjects

Render = Callable[[str], tuple[str, str] | None]  # location -> (window title, html) or None


# Offline and content is text-only: never read a file, share or URL an <img> might name.
_Browser = SafeTextBrowser


class Reader(QWidget):
    location_changed = Signal(str)
    history_changed = Signal()
    zoom_changed = Signal(int)
    link_hovered = Signal(str)
    page_shown = Signal(bool)  # a page was laid out: True for a new location, False for a reload

    def __init__(self, render: Render, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._render = render
        self.history = History()
        self.title = ""
        self.html = ""  # the source of the page shown (printing lays it out again)
        self.browser = _Browser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Document"))
        # A caret the arrow keys move, so a screen reader reads by line, word and character; Tab
        # still goes from link to link.
        self.browser.setTextInteractionFlags(
            self.browser.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.browser.document().setDefaultStyleSheet(reader_css())
        self.browser.anchorClicked.connect(self._on_anchor)
        self.browser.highlighted.connect(lambda url: self.link_hovered.emit(url.toString()))
        self.links = LinkHandler(self)
        self.links.open_document.connect(self._open_link)
        self._page_objects: PageObjects | None = None
        self._objects_held = False
        self._base_pt: float | None = None  # read at the first zoom: see set_zoom
        self._zoom = 0
        self._marks: dict[str, list[QTextEdit.ExtraSelection]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._build_reading_aids(layout)
        self.setFocusProxy(self.browser)

    def _build_reading_aids(self, layout: QVBoxLayout) -> None:
        """Contents above the page; find in page (below it) and the marks of the query a page came
        from are built the first time they are used: the first screen needs neither, and the
        text analysis they load costs start-up time."""
        from kb_app.ui.reader.toc import ContentsButton

        self.contents = ContentsButton(self)
        self.contents.go_to.connect(self.scroll_to_position)
        self.page_shown.connect(self._update_contents)
        self._find_bar: FindBar | None = None
        self._query_marks: QueryMarks | None = None
        layout.addWidget(self.contents, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.browser, 1)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._escape)

    def _update_contents(self, _new_location: bool = True) -> None:
        from kb_app.ui.reader.toc import heading_count, headings

        if self._objects_held:  # before the first paint: the button's place now, its entries right after
            self.contents.reserve(heading_count(self.html))
        else:
            self.contents.set_headings(headings(self.document()))

    # -- what the first frame does not show: the page's link and heading objects (screen
    # readers) and the contents menu -----------------------------------------------------------
    @property
    def page_objects(self) -> PageObjects:
        """Made (and its module imported) the first time it is needed, after the first paint."""
        if self._page_objects is None:
            from kb_app.ui.reader.page_objects import PageObjects

            self._page_objects = PageObjects(self.browser, self._on_anchor)
        return self._page_objects

    @property
    def page_objects_held(self) -> bool:
        return self._objects_held

    def hold_page_objects(self) -> None:
        """Until :meth:`release_page_objects`, build no link and heading objects (nor import their
        module) and no contents menu: the window's first page is shown before its first paint,
        and none of them is seen in it (~8 ms of start-up)."""
        self._objects_held = True

    def release_page_objects(self) -> None:
        self._objects_held = False
        if self.html:  # for the page already shown
            self._update_contents()
            self.page_objects.rebuild()

    @property
    def find_bar(self) -> FindBar:
        if self._find_bar is None:
            from kb_app.ui.reader.find_bar import FindBar

            bar = self._find_bar = FindBar(self, self)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.addWidget(bar)
            # Built last, it would also come last in the window's Tab order: put it where it sits,
            # after the page and its contents button.
            previous: QWidget = self.contents
            for widget in bar.findChildren(QWidget):
                if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    QWidget.setTabOrder(previous, widget)
                    previous = widget
        return self._find_bar

    @property
    def query_marks(self) -> QueryMarks:
        if self._query_marks is None:
            from kb_app.ui.reader.highlight import QueryMarks

            self._query_marks = QueryMarks(self)
        return self._query_marks

    def find_next(self) -> None:
        self.find_bar.find_next()

    def find_previous(self) -> None:
        self.find_bar.find_previous()

    def _escape(self) -> None:
        if self._find_bar is not None and self._find_bar.isVisible():
            self._find_bar.close_bar()

    # -- navigation ------------------------------------------------------------------------
    @property
    def location(self) -> str:
        entry = self.history.current
        return entry.location if entry else ""

    def open(self, location: str) -> bool:
        """Show ``location`` (``doc-id``, ``doc-id#anchor`` or a special ``@page``)."""
        target, _, anchor = location.partition("#")
        if not target:
            self.browser.scrollToAnchor(anchor)
            return True
        page = self._render(target)
        if page is None:
            return False
        self._remember_scroll()
        self.history.push(target)
        self._show(page, anchor)
        return True

    def reload(self) -> None:
        """Render the current page again (its notes or the library changed), keeping the scroll."""
        if not self.location:
            return
        page = self._render(self.location)
        if page is None:
            return
        bar = self.browser.verticalScrollBar()
        pos = bar.value()
        self._show(page, "", emit=False)
        bar.setValue(pos)

    def back(self) -> None:
        self._remember_scroll()
        entry = self.history.back()
        if entry is not None:
            self._go_to_entry(entry.location, entry.scroll)

    def forward(self) -> None:
        self._remember_scroll()
        entry = self.history.forward()
        if entry is not None:
            self._go_to_entry(entry.location, entry.scroll)

    def _go_to_entry(self, location: str, scroll: int) -> None:
        page = self._render(location)
        if page is None:
            return
        self._show(page, "")
        self.browser.verticalScrollBar().setValue(scroll)

    def _remember_scroll(self) -> None:
        if self.history.current is not None:
            self.history.current.scroll = self.browser.verticalScrollBar().value()

    def _show(self, page: tuple[str, str], anchor: str, emit: bool = True) -> None:
        self.title, html = page
        self.html = html
        self.browser.setHtml(html)
        if not self._objects_held:
            self.page_objects.rebuild()
        self._marks.clear()
        self.browser.setExtraSelections([])
        if anchor:
            self.browser.scrollToAnchor(anchor)
        self.page_shown.emit(emit)
        if emit:
            self.location_changed.emit(self.location)
            self.history_changed.emit()

    def _on_anchor(self, url: QUrl) -> None:
        self.links.activate(url)

    def _open_link(self, target: str) -> None:
        self.open(target)

    # -- appearance ------------------------------------------------------------------------
    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        steps = min(max(steps, ZOOM_MIN), ZOOM_MAX)
        if steps == self._zoom:
            # Nothing to change: at start-up with no zoom the page keeps the app's font, and no
            # QFont is made (PySide builds its type and enums then, ~1 ms before the first paint).
            return
        from PySide6.QtGui import QFont

        if self._base_pt is None:
            self._base_pt = self.browser.font().pointSizeF() or 10.0
        font = QFont(self.browser.font())
        font.setPointSizeF(self._base_pt + steps)
        self.browser.setFont(font)
        self._zoom = steps
        self.zoom_changed.emit(steps)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom - 1)

    def refresh_style(self) -> None:
        """The system switched between light and dark: rebuild the CSS and re-render."""
        self.browser.document().setDefaultStyleSheet(reader_css())  # the app palette: already updated
        self.reload()

    def document(self) -> QTextDocument:
        return self.browser.document()

    # -- marks and positions ---------------------------------------------------------------
    def set_marks(self, kind: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Replace one kind of marks (query words, find matches); the others stay."""
        self._marks[kind] = selections
        self.browser.setExtraSelections([s for marks in self._marks.values() for s in marks])

    def scroll_to_position(self, position: int) -> None:
        """Bring the block holding ``position`` to the top of the view (headings, first match)."""
        from PySide6.QtGui import QTextCursor  # not needed before the first paint

        doc = self.document()
        block = doc.findBlock(position)
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        self.browser.setTextCursor(cursor)  # screen readers and keyboard selection start here
        top = doc.documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))
