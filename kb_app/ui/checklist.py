"""The indicator checklist: pick a set, tick what was observed, read the summary beside it.

The summary updates on every tick. Nothing is written anywhere unless the user prints or
exports it; switching sets or pressing Clear forgets the ticks.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QResizeEvent
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

from kb_app.core.changes_op import OpChanges
from kb_app.ui.a11y import announce, clean_text
from kb_app.ui.a11y_rows import current_row_only_while_focused
from kb_app.ui.checklist_summary import Summary, summarize, summary_html
from kb_app.ui.context import AppContext
from kb_app.ui.page_objects import PageObjects
from kb_app.ui.safe_resources import SafeTextBrowser
from kb_app.ui.theme import reader_css
from kb_app.ui.widgets import compact_combo, describe, labelled

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NARROW_WIDTH = 620


class ChecklistView(QWidget):
    open_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.summary: Summary | None = None
        self.html = ""
        title = QLabel(self.tr("Indicator checklist"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(self.tr("Tick what you observed. Nothing is saved unless you print or export the "
                              "summary, and the summary has no place for a name."), self)
        hint.setWordWrap(True)
        self.sets = compact_combo(QComboBox(self), 16)
        # A flat list (group headings as bold rows), not a tree: QListView wraps long indicator
        # texts properly, where a tree's indentation makes rows clip their second line.
        self.indicators = QListWidget(self)
        self.indicators.setAccessibleName(self.tr("Indicators"))
        self.indicators.setWordWrap(True)
        self.indicators.setResizeMode(QListView.ResizeMode.Adjust)
        self.indicators.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.indicators.setSpacing(1)
        # The current indicator's "how to ask" prompt, in view while the row has focus: a tooltip
        # needs a mouse, and a screen reader gets it as the item's description as well.
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.hide()
        self._strong_count = 0
        self.observations = QPlainTextEdit(self)
        self.observations.setAccessibleName(self.tr("Other observations"))
        self.observations.setPlaceholderText(self.tr("Other observations (optional; no names or other "
                                                     "personal data)"))
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
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.sets)
        self.setTabOrder(self.sets, self.indicators)
        self.setTabOrder(self.indicators, self.observations)

        self.sets.currentIndexChanged.connect(lambda _i: self._load_set())
        self.indicators.itemChanged.connect(lambda *_: self.update_summary())
        self.indicators.currentItemChanged.connect(lambda item, _old: self._show_prompt(item))
        current_row_only_while_focused(self.indicators)  # no stale FOCUSED row beside the focused control
        self.observations.textChanged.connect(self.update_summary)
        ctx.operation_did_execute.connect(self._on_operation)
        self.reload()

    def _on_operation(self, changes: OpChanges, _handler: object | None) -> None:
        if changes.library:
            self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Side by side when there is room; the summary below the ticks in a narrow window.
        narrow = event.size().width() < NARROW_WIDTH
        self.splitter.setOrientation(Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal)
        super().resizeEvent(event)

    def reload(self) -> None:
        library = self._ctx.library
        self.sets.blockSignals(True)
        self.sets.clear()
        for doc in library.documents(doc_type="indicators") if library is not None else []:
            self.sets.addItem(doc.title, doc.id)
        self.sets.blockSignals(False)
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
                # A list row cannot take the heading role; its description says what it is.
                heading.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("group heading"))
                self.indicators.addItem(heading)
            text = f"{row.text} ({strong_label})" if row.strong else row.text
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, row.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if row.ask:
                prompt = self.tr("How to ask: {0}").format(clean_text(row.ask))
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

    def ticked(self) -> list[str]:
        return [it.data(ID_ROLE) for it in self.items() if it.checkState() == Qt.CheckState.Checked]

    def clear(self) -> None:
        self.indicators.blockSignals(True)
        for item in self.items():
            item.setCheckState(Qt.CheckState.Unchecked)
        self.indicators.blockSignals(False)
        self.observations.clear()
        self.update_summary()

    def update_summary(self) -> None:
        library = self._ctx.library
        if library is None or not self.set_id:
            self.view.clear()
            self.html = ""
            self._strong_count = 0
            return
        self.summary = summarize(library, self.set_id, self.ticked(), self.observations.toPlainText())
        s = self.summary
        labels = {
            "title": self.tr("Summary of observed indicators"),
            "date": date.today().isoformat(),
            "privacy": self.tr("This summary deliberately has no name or other personal data of the client."),
            "none": self.tr("No indicators ticked yet."),
            "overview": self.tr("%n indicator(s) observed", "", s.ticked_count) + " · "
            + self.tr("%n group(s) present", "", len(s.groups)) + " " + self.tr("of {0}").format(s.group_count),
            "strong_warning": self.tr("%n strong sign(s) observed: act on the next steps now.", "",
                                      s.strong_count),
            "groups": self.tr("Groups of indicators present"), "strong": self.tr("strong sign"),
            "observations": self.tr("Other observations"), "next_steps": self.tr("Next steps"),
            "contacts": self.tr("Contacts to call"),
        }
        self.html = summary_html(s, labels)
        self.view.setHtml(self.html)
        self.summary_objects.rebuild()
        if s.strong_count > self._strong_count:
            # The warning appears in the summary beside the list, away from focus: say it.
            announce(self.indicators, labels["strong_warning"], urgent=True)
        self._strong_count = s.strong_count

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "kb":
            self.open_requested.emit(url.path())

    # What is printed is the referral sheet (kb_app/core/referral.py, the same as `kb-app referral`):
    # the ticks and the observations go on paper only, never into a file or the database.
    is_sheet = True

    def printable(self) -> tuple[str, str]:
        from kb_app.ui.desk import referral_printable

        return referral_printable(self._ctx, self.set_id, self.ticked(), self.observations.toPlainText())

    def _print(self) -> None:
        from kb_app.ui import printing

        title, html = self.printable()
        printing.print_document(self, html, title)

    def save_pdf(self, path: str | None = None) -> Any:
        """The referral sheet as PDF; ``path`` None asks the user where."""
        from kb_app.ui.desk import save_sheet_pdf

        title, html = self.printable()
        return save_sheet_pdf(self, self._ctx, title, html, path)
