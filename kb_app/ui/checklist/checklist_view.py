"""The indicator checklist: pick a set, tick what was observed, read the summary beside it.

One case may need several sets (a child in labour exploitation): ticks are kept per set while the
window lives, and the summary and the referral sheet list every ticked indicator of every set,
set by set. The case is kept in a recovery draft (kb_app.core.desk.case_draft) so a language switch or
a crash does not lose it; Clear empties the whole case, says so, and can be undone (Ctrl+Z).
Nothing else is written anywhere unless the user prints or exports the sheet.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.desk.case_draft import ChecklistCase, discard_case, load_case, save_case
from kb_app.core.desk.checklist_summary import SetSummary, Summary, summarize, summary_html
from kb_app.core.op_changes import OpChanges
from kb_app.core.platform.textsafe import strip_unsafe
from kb_app.core.userdata.drafts import draft_folders
from kb_app.ui.a11y.accessible import announce
from kb_app.ui.a11y.focused_rows import current_row_only_while_focused
from kb_app.ui.a11y.list_headings import headings_in_list
from kb_app.ui.look.safe_resources import SafeTextBrowser
from kb_app.ui.look.theme import reader_css
from kb_app.ui.look.widgets import compact_combo, describe, labelled
from kb_app.ui.reader.page_objects import PageObjects
from kb_app.ui.shared.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NARROW_WIDTH = 620
OBSERVATIONS_SAVE_DELAY_MS = 800  # typing is saved to the recovery draft once it pauses
INDICATOR_LINES_AT_LEAST = 8  # about four indicators of two lines


class ChecklistView(QWidget):
    open_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.summary: Summary | None = None
        self.html = ""
        # The case: ticks per set, kept while the window lives (and in the recovery draft).
        self._ticks: dict[str, list[str]] = {}
        self._cleared: ChecklistCase | None = None  # what Clear removed, until Undo or a new tick
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(OBSERVATIONS_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush_case)
        title = QLabel(self.tr("Indicator checklist"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(
            self.tr(
                "Tick what you observed, in as many sets as the case needs. The ticks stay until "
                "you clear them or quit (a recovery copy in your profile keeps them through a "
                "crash); the summary has no place for a name."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.sets = compact_combo(QComboBox(self), 16)
        # A flat list (group headings as bold rows), not a tree: QListView wraps long indicator
        # texts properly, where a tree's indentation makes rows clip their second line.
        self.indicators = QListWidget(self)
        # Group headings are headings of level 2 to a screen reader (the view's title is the first).
        headings_in_list(self.indicators, lambda item: 0 if item.data(ID_ROLE) else 2)
        self.indicators.setAccessibleName(self.tr("Indicators"))
        self.indicators.setWordWrap(True)
        self.indicators.setResizeMode(QListView.ResizeMode.Adjust)
        self.indicators.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.indicators.setSpacing(1)
        # Never squeezed to two rows (200 % on a 1024×600 screen): the page around it scrolls instead.
        self.indicators.setMinimumHeight(self.fontMetrics().lineSpacing() * INDICATOR_LINES_AT_LEAST)
        # The current indicator's "how to ask" prompt, in view while the row has focus: a tooltip
        # needs a mouse, and a screen reader gets it as the item's description as well.
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.hide()
        self._strong_count = 0
        self.observations = QPlainTextEdit(self)
        self.observations.setAccessibleName(self.tr("Other observations"))
        self.observations.setPlaceholderText(self.tr("Other observations (optional; no names or other personal data)"))
        self.observations.setTabChangesFocus(True)
        self.observations.setMaximumHeight(110)
        self.view = SafeTextBrowser(self)
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("Summary"))
        self.view.document().setDefaultStyleSheet(reader_css())
        self.view.anchorClicked.connect(self._on_link)
        self.summary_objects = PageObjects(self.view, self._on_link)  # its links, for screen readers
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.clear_button.setAccessibleDescription(self.tr("Clear all ticks"))
        self.clear_button.clicked.connect(self.clear)
        self.undo_button = describe(
            QPushButton(self.tr("Undo clear"), self),
            self.tr("Bring back the ticks and observations Clear removed (Ctrl+Z)"),
        )
        self.undo_button.clicked.connect(self.undo_clear)
        self.undo_button.hide()
        undo = QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_clear)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.case_status = QLabel(self)  # what Clear did, or that a case was brought back
        self.case_status.setWordWrap(True)
        self.case_status.hide()  # until it has something to say: an empty line costs a row at 200 %
        self.print_button = describe(QPushButton(self.tr("&Print…"), self), self.tr("Print the referral sheet"))
        self.print_button.clicked.connect(self._print)
        self.pdf_button = describe(QPushButton(self.tr("P&DF…"), self), self.tr("Save the referral sheet as PDF"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(labelled(self.sets, self.tr("Indicator set:")))
        left_layout.addWidget(self.indicators, 1)
        left_layout.addWidget(self.prompt)
        left_layout.addWidget(self.observations)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        right_layout.addLayout(buttons)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([420, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.case_status)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.sets)
        self.setTabOrder(self.sets, self.indicators)
        self.setTabOrder(self.indicators, self.observations)

        self.sets.currentIndexChanged.connect(lambda _i: self._load_set())
        self.indicators.itemChanged.connect(lambda *_: self._on_ticks_changed())
        self.indicators.currentItemChanged.connect(lambda item, _old: self._show_prompt(item))
        current_row_only_while_focused(self.indicators)  # no stale FOCUSED row beside the focused control
        self.observations.textChanged.connect(self._on_observations_changed)
        ctx.operation_did_execute.connect(self._on_operation)
        self._restore_case()
        self.reload()

    def _on_operation(self, changes: OpChanges, _handler: object | None) -> None:
        if changes.library:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        # Another theme: the summary's colours are computed from the palette (links, warnings).
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.view.document().setDefaultStyleSheet(reader_css())
            if self.html:
                self.view.setHtml(self.html)
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Side by side when there is room; the summary below the ticks in a narrow window.
        narrow = event.size().width() < NARROW_WIDTH
        self.splitter.setOrientation(Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal)
        super().resizeEvent(event)

    def reload(self) -> None:
        library = self._ctx.library
        current = self.set_id or self._restored_set
        self.sets.blockSignals(True)
        self.sets.clear()
        for doc in library.documents(doc_type="indicators") if library is not None else []:
            self.sets.addItem(doc.title, doc.id)
        self.sets.setCurrentIndex(max(0, self.sets.findData(current)))
        self.sets.blockSignals(False)
        # A new library may have dropped a set or an indicator: keep the ticks it still has.
        known = {row.id for row in library.indicators()} if library is not None else set()
        self._ticks = {s: kept for s, ids in self._ticks.items() if (kept := [i for i in ids if i in known])}
        self._load_set()

    def select_set(self, set_id: str) -> None:
        index = self.sets.findData(set_id)
        if index >= 0:
            self.sets.setCurrentIndex(index)

    @property
    def set_id(self) -> str:
        return self.sets.currentData() or ""

    def _load_set(self) -> None:
        library = self._ctx.library
        self.indicators.blockSignals(True)
        self.indicators.clear()
        group_id = None
        strong_label = self.tr("strong sign")
        for row in library.indicators(self.set_id) if library is not None and self.set_id else []:
            if row.group_id != group_id:
                group_id = row.group_id
                heading = QListWidgetItem(row.group_title)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not ticked, not selected
                self.indicators.addItem(heading)
            text = f"{row.text} ({strong_label})" if row.strong else row.text
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, row.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = row.id in self._ticks.get(self.set_id, ())
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            if row.ask:
                prompt = self.tr("How to ask: {0}").format(strip_unsafe(row.ask))
                item.setToolTip(prompt)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, prompt)
            self.indicators.addItem(item)
        self.indicators.blockSignals(False)
        self._show_prompt(self.indicators.currentItem())
        self.update_summary()

    def _show_prompt(self, item: QListWidgetItem | None) -> None:
        prompt = item.data(Qt.ItemDataRole.AccessibleDescriptionRole) if item is not None and item.data(ID_ROLE) else ""
        self.prompt.setText(prompt or "")
        self.prompt.setVisible(bool(prompt))

    def items(self) -> list[QListWidgetItem]:
        """The indicator rows (not the group headings)."""
        rows = (self.indicators.item(i) for i in range(self.indicators.count()))
        return [it for it in rows if it.data(ID_ROLE)]

    def ticked_here(self) -> list[str]:
        """The ticked indicators of the set on screen."""
        return [it.data(ID_ROLE) for it in self.items() if it.checkState() == Qt.CheckState.Checked]

    def ticked(self) -> list[str]:
        """Every ticked indicator of the case, set by set in the order of the set list."""
        return self.case().all_ticked([self.sets.itemData(i) for i in range(self.sets.count())])

    def case(self) -> ChecklistCase:
        return ChecklistCase(
            {s: tuple(ids) for s, ids in self._ticks.items() if ids}, self.observations.toPlainText(), self.set_id
        )

    # -- the case: kept across sets, in a recovery draft, cleared explicitly --------------------
    _restored_set = ""

    def _restore_case(self) -> None:
        case = load_case(draft_folders(self._ctx.paths))
        if case is None:
            return
        self._ticks = {s: list(ids) for s, ids in case.ticks.items()}
        self._restored_set = case.current_set
        self.observations.blockSignals(True)
        self.observations.setPlainText(case.observations)
        self.observations.blockSignals(False)
        self.case_status.setText(
            self.tr("An unfinished case was brought back: %n indicator(s) ticked.", "", case.ticked_count)
        )
        self.case_status.show()

    def _on_ticks_changed(self) -> None:
        if self.set_id:
            self._ticks[self.set_id] = self.ticked_here()
        self._cleared = None  # a new tick after Clear: the case goes on from here
        self.undo_button.hide()
        self.flush_case()
        self.update_summary()

    def _on_observations_changed(self) -> None:
        if self._cleared is not None:  # typing after Clear starts a new case: Undo would overwrite it
            self._cleared = None
            self.undo_button.hide()
        self._save_timer.start()
        self.update_summary()

    def flush_case(self) -> None:
        """Write the case to its recovery draft now (an empty case removes it)."""
        self._save_timer.stop()
        save_case(draft_folders(self._ctx.paths), self.case())

    def discard_case(self) -> None:
        """The worker quits: the case ends with the session."""
        self._save_timer.stop()
        discard_case(draft_folders(self._ctx.paths))

    def clear(self) -> None:
        """Empty the whole case, every set and the observations; Undo brings it back."""
        case = self.case()
        if case.is_empty:
            return
        self._cleared = case
        self._ticks = {}
        self.indicators.blockSignals(True)
        for item in self.items():
            item.setCheckState(Qt.CheckState.Unchecked)
        self.indicators.blockSignals(False)
        self.observations.blockSignals(True)
        self.observations.clear()
        self.observations.blockSignals(False)
        self.flush_case()
        self.undo_button.show()
        self.case_status.setText(
            self.tr("Cleared %n tick(s) in every set and the observations. Undo: Ctrl+Z.", "", case.ticked_count)
        )
        self.case_status.show()
        self.update_summary()

    def undo_clear(self) -> None:
        case = self._cleared
        if case is None:
            return
        self._cleared = None
        self._ticks = {s: list(ids) for s, ids in case.ticks.items()}
        self.observations.blockSignals(True)
        self.observations.setPlainText(case.observations)
        self.observations.blockSignals(False)
        self._load_set()
        self.flush_case()
        self.undo_button.hide()
        self.case_status.setText(self.tr("The case is back: %n indicator(s) ticked.", "", case.ticked_count))
        self.case_status.show()

    def update_summary(self) -> None:
        library = self._ctx.library
        count = sum(len(ids) for ids in self._ticks.values())
        self.clear_button.setText(self.tr("C&lear all (%n)", "", count))
        if library is None or not self.set_id:
            self.view.clear()
            self.html = ""
            self._strong_count = 0
            return
        order = [self.sets.itemData(i) for i in range(self.sets.count())]
        self.summary = summarize(
            library, {s: self._ticks.get(s, []) for s in order}, self.set_id, self.observations.toPlainText()
        )
        s = self.summary
        labels = {
            "title": self.tr("Summary of observed indicators"),
            "date": date.today().isoformat(),
            "privacy": self.tr("This summary deliberately has no name or other personal data of the client."),
            "none": self.tr("No indicators ticked yet."),
            "overview": self.tr("%n indicator(s) observed", "", s.ticked_count)
            + " · "
            + self.tr("%n set(s)", "", len(s.ticked_sets)),
            "strong_warning": self.tr("%n strong sign(s) observed: act on the next steps now.", "", s.strong_count),
            "groups": self.tr("Groups of indicators present"),
            "strong": self.tr("strong sign"),
            "observations": self.tr("Other observations"),
            "next_steps": self.tr("Next steps"),
            "contacts": self.tr("Contacts to call"),
        }
        self.html = summary_html(s, labels, self._set_overview)
        self.view.setHtml(self.html)
        self.summary_objects.rebuild()
        if s.strong_count > self._strong_count:
            # The warning appears in the summary beside the list, away from focus: say it.
            announce(self.indicators, labels["strong_warning"], urgent=True)
        self._strong_count = s.strong_count

    def _set_overview(self, result: SetSummary) -> str:
        return (
            self.tr("%n indicator(s) observed", "", result.ticked_count)
            + " · "
            + self.tr("%n group(s) present", "", len(result.groups))
            + " "
            + self.tr("of {0}").format(result.group_count)
        )

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "kb":
            self.open_requested.emit(url.path())

    # What is printed is the referral sheet (kb_app/core/desk/referral.py, the same as `kb-app referral`):
    # the ticks and the observations go on paper only, never into a file or the database.
    is_sheet = True

    def printable(self) -> tuple[str, str]:
        from kb_app.ui.paper.desk_sheets import referral_printable

        # Every set of the case with a tick, and the one on screen even with none.
        sets = [
            s
            for s in [self.sets.itemData(i) for i in range(self.sets.count())]
            if self._ticks.get(s) or s == self.set_id
        ]
        return referral_printable(self._ctx, sets, self.ticked(), self.observations.toPlainText())

    def _print(self) -> None:
        from kb_app.ui.paper import printing
        from kb_app.ui.paper.sheet_pdf import SHEET_MARGIN_MM, sheet_font

        title, html = self.printable()
        # Laid out as the PDF is (one page, no contact cut by a page break): paper and PDF match.
        printing.print_document(self, html, title, font=sheet_font(), margin_mm=SHEET_MARGIN_MM)  # type: ignore[arg-type]

    def save_pdf(self, path: str | None = None) -> Any:
        """The referral sheet as PDF; ``path`` None asks the user where."""
        from kb_app.ui.paper.desk_sheets import save_sheet_pdf

        title, html = self.printable()
        return save_sheet_pdf(self, self._ctx, title, html, path)
