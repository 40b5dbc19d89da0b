"""Search as you type: a field, a type filter, the number of hits and the hit list.

Each change of the query goes to the :class:`SearchService` (latest wins, nothing queues up), so
typing never waits for a search. The user's notes of their own municipality are searched in the
same request, by the service's worker, with the analysis documents get.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.ui.a11y.focused_rows import current_index, current_row_only_while_focused
from kb_app.ui.look.code_names import declared_names, search_filter_names, type_names
from kb_app.ui.look.list_text import first_line
from kb_app.ui.look.widgets import clearable, compact_combo, labelled
from kb_app.ui.reader.reader_pages import HOME
from kb_app.ui.search.recent_queries import RecentQueries
from kb_app.ui.search.search_service import NotesScope, SearchOutcome, SearchService
from kb_app.ui.shared.context import AppContext
from kb_app.ui.shared.first_paint import after_first_paint

if TYPE_CHECKING:
    from kb_app.core.search.snippets import SnippetPart
    from kb_app.ui.search.result_list import ResultModel, ResultRow

# A zero-interval timer still coalesces the key events of one event-loop turn (paste, auto-repeat).
# No longer debounce: the service keeps at most one search in flight and one pending (newest
# wins), which bounds the work as a debounce would, without adding its delay to every result;
# a 120 ms debounce alone would miss the 50 ms keystroke-to-results target.
DEBOUNCE_MS = 0
NOTES_FILTER = "note"


class SearchPanel(QWidget):
    open_requested = Signal(object)  # ResultRow
    active_changed = Signal(bool)  # a query is typed: show the results instead of the browser
    results_shown = Signal(int)  # sequence number of the shown result (benchmarks, tests)

    def __init__(self, ctx: AppContext, service: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._service = service
        service.notes_scope = self._notes_scope
        self.shown_query = ""  # the query whose results the list shows
        self.shown_marks: tuple[SnippetPart, ...] = ()  # its parts as the reader marks them (SearchResult.marks)
        self.field = QLineEdit(self)
        clearable(self.field)
        self.field.setPlaceholderText(self.tr("Search (Ctrl+K)"))
        self.field.setAccessibleName(self.tr("Search"))
        self.type_filter = compact_combo(QComboBox(self), 5)  # its label takes the rest of the usual width
        self.type_filter.addItem(self.tr("Everything"), "")
        for code, text in search_filter_names().items():  # as each document type declares it
            self.type_filter.addItem(text, code)
        self.type_filter.addItem(type_names()["note"] + " " + self.tr("(only)"), NOTES_FILTER)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleDescription(self.tr("Number of results"))
        self.recent = RecentQueries(ctx.settings, writable=not ctx.read_only)
        self.recent_button = QToolButton(self)
        self.recent_button.setText(self.tr("Recent"))
        self.recent_button.setAccessibleDescription(self.tr("Recent searches"))
        self.recent_button.setToolTip(self.tr("Recent searches (Down in the empty search field)"))
        self.recent_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.recent_menu = QMenu(self.recent_button)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.recent_button.setMenu(self.recent_menu)
        self.suggestions = QWidget(self)
        self.suggestions.setAccessibleName(self.tr("Did you mean"))
        self._suggestion_layout = QHBoxLayout(self.suggestions)
        self._suggestion_layout.setContentsMargins(0, 0, 0, 0)
        self._suggestion_layout.addWidget(QLabel(self.tr("Did you mean:"), self.suggestions))
        self._suggestion_layout.addStretch(1)
        self.suggestions.hide()
        # The hit list and its model are made when first needed (see results): hidden until a
        # query is typed, they are not built before the first paint.
        self._results: QListView | None = None
        self._model: ResultModel | None = None
        self.delegate: Any = None  # created with the first query (see _ensure_delegate)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(labelled(self.type_filter, self.tr("Search in:")), 1)
        top.addWidget(self.recent_button)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addLayout(top)
        layout.addWidget(self.suggestions)
        self._layout = layout

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run)
        self.field.textChanged.connect(self._on_text)
        self.type_filter.currentIndexChanged.connect(lambda _i: self._run())
        self._service.finished.connect(self._on_finished)
        after_first_paint(lambda: self.field.installEventFilter(self), owner=self)  # see first_paint

    @property
    def results(self) -> QListView:
        if self._results is None:
            self._build_results()
            assert self._results is not None
        return self._results

    @property
    def model(self) -> ResultModel:
        if self._model is None:
            self._build_results()
            assert self._model is not None
        return self._model

    def _build_results(self) -> None:
        """The hit list, below the suggestions, where the layout keeps its place; right after the
        first paint (prepare) or with the first query, whichever comes first."""
        from kb_app.ui.search.result_list import ROW_ROLE, ResultModel

        model = self._model = ResultModel(self)
        results = self._results = QListView(self)
        results.setModel(model)
        results.setAccessibleName(self.tr("Search results"))
        results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        results.setResizeMode(QListView.ResizeMode.Adjust)
        results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        results.setWordWrap(True)
        results.activated.connect(lambda index: self._open(index.data(ROW_ROLE)))
        results.clicked.connect(lambda index: self._open(index.data(ROW_ROLE)))
        current_row_only_while_focused(results)  # a screen reader saw row 1 FOCUSED beside the field
        results.hide()
        self._layout.insertWidget(self._layout.indexOf(self.suggestions) + 1, results, 1)
        QWidget.setTabOrder(self.recent_button, results)  # where it stood when built with the panel
        results.installEventFilter(self)

    # -- typing ----------------------------------------------------------------------------
    @property
    def query(self) -> str:
        return self.field.text().strip()

    def focus_field(self) -> None:
        dock = self.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None:  # Ctrl+K also while the panel is closed or lent to a view
            dock.show()
            dock.raise_()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def clear(self) -> None:
        self.field.clear()

    def prepare(self) -> None:
        """Load what the hit list needs to draw (QStyle and friends), after start-up."""
        self._ensure_delegate()

    def _ensure_delegate(self) -> None:
        if self.delegate is None:
            from kb_app.ui.search.snippet_delegate import SnippetDelegate

            self.delegate = SnippetDelegate(self.results)
            self.results.setItemDelegate(self.delegate)
            self.model.modelReset.connect(self.delegate.clear_cache)

    def _on_text(self, _text: str) -> None:
        active = bool(self.query)
        if active:
            self._ensure_delegate()
        self.results.setVisible(active)
        self.active_changed.emit(active)
        self._timer.start()

    def _run(self) -> None:
        query = self.query
        doc_type = self.type_filter.currentData() or ""
        if not query:
            self._service.cancel()
            self.model.set_rows([])
            self.count_label.clear()
            self._show_suggestions([])
            self.shown_query, self.shown_marks = "", ()
            return
        if not self._service.is_warm:
            self.count_label.setText(self.tr("Searching…"))
        self._service.request(query, doc_type)

    def refresh(self) -> None:
        """The notes or the library changed: run the current query again."""
        if self.query:
            self._run()

    # -- results ---------------------------------------------------------------------------
    def _on_finished(self, outcome: SearchOutcome) -> None:
        if outcome.query != self.query:
            return  # the field changed meanwhile; its own request is on the way
        names = type_names()
        if outcome.error:
            self.model.set_rows([])
            self.count_label.setText(self.tr("Search failed"))
            self.count_label.setToolTip(outcome.error)
            return
        result = outcome.result
        from kb_app.ui.search.result_list import ResultRow

        rows = [ResultRow("doc", hit.id, hit.title, self._type_label(hit, names), hit.snippet) for hit in result.hits]
        notes = self._note_rows(outcome.notes) if outcome.doc_type in ("", NOTES_FILTER) else []
        total = result.total + (outcome.notes_total if notes else 0)
        # SearchResult.suggestions: the library's own terms close to a query that found nothing.
        self._show_suggestions([] if total else list(getattr(result, "suggestions", None) or []))
        self.shown_marks = tuple(getattr(result, "marks", ()))
        self._show(notes + rows, total, outcome.seq, outcome.query)

    def _type_label(self, hit: Any, names: dict[str, str]) -> str:
        """The hit's type, and the languages its translations are in ("also in English"): a
        translation is folded into its original's hit, not listed as one of its own."""
        label: str = names.get(hit.type, hit.type)
        translations = getattr(hit, "translations", ())
        if not translations:
            return label
        languages = declared_names(self._ctx.library, "languages")
        also = ", ".join(languages.get(lang, lang) for _, lang in translations)
        return f"{label} · {self.tr('also in %1').replace('%1', also)}"

    def _notes_scope(self) -> NotesScope | None:
        userdata = self._ctx.userdata
        if self._ctx.notes is None or userdata is None:
            return None
        return NotesScope(userdata.path, self._ctx.prefs.municipality or None)

    def _note_rows(self, notes: tuple[Any, ...]) -> list[ResultRow]:
        if not notes:
            return []
        from kb_app.ui.search.result_list import ResultRow

        library = self._ctx.library
        titles = library.titles() if library is not None else {}
        label = type_names()["note"]
        rows = []
        for note in notes:  # kb_app.core.search.notes_search.NoteHit, of the user's municipality, best first
            if note.doc_id is None:
                place = self._ctx.municipality_name(note.municipality)
                location = HOME
            else:
                place = titles.get(note.doc_id, note.doc_id)
                location = note.doc_id
            title = first_line(note.body) or place
            rows.append(ResultRow("note", location, title, f"{label} · {place}", note.snippet, note.id))
        return rows

    def _show(self, rows: list[ResultRow], total: int, seq: int, query: str) -> None:
        self.shown_query = query
        self.model.set_rows(rows)
        self.count_label.setToolTip("")
        self.count_label.setText(self.tr("%n result(s)", "", total) if total else self.tr("Nothing found"))
        if rows:
            self.results.setCurrentIndex(self.model.index(0, 0))
        self.results_shown.emit(seq)

    def _open(self, row: ResultRow | None) -> None:
        if row is not None:
            self.recent.add(self.shown_query or self.query)
            self.open_requested.emit(row)

    # -- did you mean, recent searches -----------------------------------------------------
    def _show_suggestions(self, words: list[str]) -> None:
        layout = self._suggestion_layout
        while layout.count() > 2:  # the label and the stretch stay
            item = layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for position, word in enumerate(words[:5], start=1):
            button = QPushButton(word, self.suggestions)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet(
                "QPushButton { color: palette(link); text-decoration: underline; border: none; padding: 0 2px; }"
            )
            button.setAccessibleName(self.tr("Search for {0}").format(word))
            button.clicked.connect(lambda _checked=False, w=word: self.use_query(w))
            layout.insertWidget(position, button)
        self.suggestions.setVisible(bool(words))

    def suggestion_buttons(self) -> list[QPushButton]:
        return self.suggestions.findChildren(QPushButton)

    def use_query(self, query: str) -> None:
        """Search for ``query`` as if typed (a suggestion or a recent search was chosen)."""
        self.field.setText(query)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        queries = self.recent.load()
        for query in queries:
            action = self.recent_menu.addAction(query.replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, q=query: self.use_query(q))
        if queries:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear recent searches")).triggered.connect(self.recent.clear)
        else:
            self.recent_menu.addAction(self.tr("No recent searches")).setEnabled(False)

    def show_recent(self) -> None:
        """The recent searches as a menu under the field (Down in the empty field)."""
        self.recent_menu.popup(self.field.mapToGlobal(self.field.rect().bottomLeft()))
        if self.recent_menu.actions():
            self.recent_menu.setActiveAction(self.recent_menu.actions()[0])

    def open_current(self) -> None:
        from kb_app.ui.search.result_list import ROW_ROLE

        index = current_index(self.results)
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._open(index.data(ROW_ROLE))

    # -- keyboard --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.field:
            if key == Qt.Key.Key_Down and not self.field.text() and self.recent.load():
                self.show_recent()
                return True
            if key == Qt.Key.Key_Down and not self.model.rowCount() and self.suggestions.isVisible():
                buttons = self.suggestion_buttons()
                if buttons:
                    buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
                    return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                current = current_index(self.results)
                row = current.row() + 1 if current.isValid() and key == Qt.Key.Key_Down else 0
                self.results.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._timer.stop()
                if self.model.rowCount():
                    self.open_current()
                else:
                    self._run()
                return True
            if key == Qt.Key.Key_Escape and self.field.text():
                self.clear()
                return True
        elif watched is self._results:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if key == Qt.Key.Key_Up and self.results.currentIndex().row() <= 0:
                self.field.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key == Qt.Key.Key_Escape:
                self.field.setFocus(Qt.FocusReason.TabFocusReason)
                self.clear()
                return True
            if (
                event.text()
                and event.text().isprintable()
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            ):
                # Typing while the list has focus keeps refining the query.
                self.field.setFocus(Qt.FocusReason.OtherFocusReason)
                self.field.insert(event.text())
                return True
        return False
