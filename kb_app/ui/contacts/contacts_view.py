"""Contacts: every contact document in a sortable, filterable table.

One click on a phone or e-mail cell copies it; the panel under the table has a copy button per
number and address, and exports the contact as a vCard. Every fact shows how old its source is
and whether anyone has really checked it since ("source dated 2022-12, not checked since"); a
fact whose newest date (source or real check) is more than twelve months before today is marked
in the table, its tooltip and the panel, so nobody relies on an old number without checking it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.content.contact_facts import ContactFact, contact_facts, parse_source_date
from kb_app.core.desk.vcard import vcards
from kb_app.core.op_changes import OpChanges
from kb_app.core.platform.textsafe import strip_unsafe
from kb_app.ui.a11y.focused_rows import current_index, current_row_only_while_focused
from kb_app.ui.look.code_names import category_names
from kb_app.ui.look.list_text import fold
from kb_app.ui.look.widgets import clearable, compact_combo, describe, labelled
from kb_app.ui.shared.context import AppContext

COLUMNS = ("name", "category", "phone", "email", "region", "checked")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
# The least share of the table's width the name column gets: other columns are hidden first.
NAME_SHARE: Final = 0.35
# Free-text column caps and minimums in average letters, so they grow with the font (200 %, A+).
FREE_TEXT_CAP: Final = {"category": 21, "email": 30, "region": 24}
FREE_TEXT_MIN: Final = {"category": 11, "email": 16, "region": 10}
MIN_TABLE_ROWS: Final = 3  # the table never shrinks below this many rows to make room for details
SHORT_HEIGHT: Final = 480  # logical px: below this the view's heading gives its line to the table
# Which column grows first from its minimum and is hidden last (its text stays in the panel below
# the table): the check status and the service before the rest of a long name, e-mail and area last.
PRIORITY: Final = {"phone": 6, "checked": 5, "category": 4, "name": 3, "email": 2, "region": 1}


@dataclass(frozen=True)
class ColumnNeed:
    """How wide one table column wants to be: ``desired`` shows all its text, ``minimum`` is the
    narrowest it is still of use at (it elides in between). Columns with higher ``priority`` grow
    from their minimum first and, if ``hideable``, are hidden last when even the minimums do not fit."""

    desired: int
    minimum: int
    priority: int
    hideable: bool = True


def share_width(needs: list[ColumnNeed], available: int, stretch: int = 0) -> list[int | None]:
    """Widths for the columns (``None``: hidden) that together fit ``available`` pixels whenever the
    minimums of the columns that cannot be hidden do (hiding the least important first, and no more
    than needed); what is left once every column has its desired width goes to column ``stretch``
    (never hidden). Too narrow even for the columns that stay, ``stretch`` gives way first."""
    shown = set(range(len(needs)))
    hideable = sorted((i for i, n in enumerate(needs) if n.hideable and i != stretch), key=lambda i: needs[i].priority)
    hidden: list[int] = []
    while sum(needs[i].minimum for i in shown) > available and hideable:
        hidden.append(hideable.pop(0))
        shown.discard(hidden[-1])
    for i in sorted(hidden, key=lambda i: -needs[i].priority):  # a narrow one may fit once a wide one went
        if sum(needs[j].minimum for j in shown) + needs[i].minimum <= available:
            shown.add(i)
    widths = {i: min(needs[i].minimum, needs[i].desired) for i in shown}
    room = available - sum(widths.values())
    for i in sorted(shown, key=lambda i: -needs[i].priority):
        extra = max(0, min(room, needs[i].desired - widths[i]))
        widths[i] += extra
        room -= extra
    widths[stretch] = max(1, widths[stretch] + room)
    return [widths.get(i) for i in range(len(needs))]


def weakest_fact(facts: list[ContactFact]) -> ContactFact | None:
    """The fact the contact's row is judged by: a stale one first (the row's ⚠ then names a fact
    that really is over a year old), then an undated one, then the oldest; a fixed national number
    last, as its age says nothing."""
    if not facts:
        return None
    return min(
        facts, key=lambda f: (not f.is_stale(), f.stable, f.newest_date() is not None, f.newest_date() or date.min)
    )


@dataclass(frozen=True)
class ContactRow:
    id: str
    title: str
    category: str
    municipality: str | None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def facts(self) -> list[ContactFact]:
        return contact_facts(self.meta)

    @property
    def phones(self) -> list[tuple[str, str]]:
        return [(f.value, f.label) for f in self.facts if f.kind == "phone"]

    @property
    def emails(self) -> list[str]:
        return [f.value for f in self.facts if f.kind == "email"]

    @property
    def weakest(self) -> ContactFact | None:
        return weakest_fact(self.facts)

    @property
    def stale(self) -> bool:
        weakest = self.weakest
        return weakest is not None and weakest.is_stale()

    @property
    def sort_date(self) -> str:
        weakest = self.weakest
        if weakest is not None and weakest.stable:  # only fixed numbers: nothing to check, sorts last
            return "9999"
        newest = weakest.newest_date() if weakest else None
        return newest.isoformat() if newest else ("0000" if weakest else "9999")


class ContactsModel(QStandardItemModel):
    """Filled up front (no Python ``data()``: see ``kb_app.ui.search.result_list.ResultModel``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ContactRow] = []
        self.category_labels: dict[str, str] = {}  # code → label, from the library's country declaration

    def set_rows(self, rows: list[ContactRow]) -> None:
        self.rows = rows
        self.clear()
        self.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Category"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Area"),
                self.tr("Source / check"),
            ]
        )
        palette = QGuiApplication.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        stale_brush = QBrush(QColor("#ffb74d") if dark else QColor("#a12a1a"))
        for row in rows:
            items = []
            for column in COLUMNS:
                item = QStandardItem(self.text(row, column))
                item.setEditable(False)
                item.setData(self.text(row, column, accessible=True), Qt.ItemDataRole.AccessibleTextRole)
                item.setData(row.sort_date if column == "checked" else fold(self.text(row, column)), SORT_ROLE)
                if column == "checked" and row.stale:
                    weakest = row.weakest.value if row.weakest else ""
                    item.setToolTip(
                        self.tr(
                            "{0}: its source or last check is more than 12 months old: confirm it before relying on it."
                        ).format(weakest)
                    )
                    item.setForeground(stale_brush)
                elif column in ("phone", "email"):
                    values = [n for n, _ in row.phones] if column == "phone" else row.emails
                    item.setToolTip(self.tr("Click to copy") + "\n" + "\n".join(values))
                elif column == "checked" and row.weakest is not None:
                    item.setToolTip(self.long_status(row.weakest))
                else:  # the whole text of a cell that may be elided
                    item.setToolTip(self.text(row, column) or row.title)
                items.append(item)
            self.appendRow(items)

    def text(self, row: ContactRow, column: str, accessible: bool = False) -> str:
        if column == "name":
            return row.title
        if column == "category":
            return self.category_labels.get(row.category, row.category)
        if column == "phone":
            return _first_and_count([n for n, _ in row.phones], accessible)
        if column == "email":
            return _first_and_count(row.emails, accessible)
        if column == "region":
            return str(row.meta.get("region", "") or "")
        weakest = row.weakest
        if weakest is None:
            return self.tr("no number") if not accessible else self.tr("no public number")
        text = self.short_status(weakest)
        if row.stale:
            return f"{text}, {self.tr('over 12 months ago')}" if accessible else f"⚠ {text}"
        return text

    def short_status(self, fact: ContactFact) -> str:
        if fact.stable:
            return self.tr("fixed national number")
        if fact.checked:
            return self.tr("checked {0}").format(fact.checked_on)
        if parse_source_date(fact.source_date) is None:
            return self.tr("source undated")
        return self.tr("source {0}").format(fact.source_date)

    def long_status(self, fact: ContactFact) -> str:
        """'source dated 2022-12, not checked since', said plainly for one fact."""
        if fact.stable:
            return self.tr("a fixed national number ({0})").format(fact.stable_source)
        if parse_source_date(fact.source_date) is None:
            text = self.tr("the source is undated")
        else:
            text = self.tr("source dated {0}").format(fact.source_date)
        if fact.checked:
            text += ", " + self.tr("checked {0} ({1})").format(fact.checked_on, fact.checked_by)
        elif parse_source_date(fact.source_date) is not None:
            text += ", " + self.tr("not checked since")
        return text


def _first_and_count(values: list[str], everything: bool) -> str:
    """The main number (the one a click copies) and how many more the details panel lists."""
    if everything or len(values) < 2:
        return ", ".join(values)
    return f"{values[0]}  (+{len(values) - 1})"


class ContactsFilter(QSortFilterProxyModel):
    """Scope (all / national / my municipality), category, and free text over every column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.scope = "all"
        self.municipality = ""
        self.category = ""
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set(self, **values: str) -> None:
        for key, value in values.items():
            setattr(self, key, value)
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, _source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ContactsModel)
        row = model.rows[source_row]
        if self.scope == "national" and row.municipality:
            return False
        if self.scope == "mine" and row.municipality != self.municipality:
            return False
        if self.category and row.category != self.category:
            return False
        if self.text:
            needle = fold(self.text)
            hay = " ".join(model.text(row, c, accessible=True) for c in COLUMNS)
            return needle in fold(hay + " " + " ".join(label for _, label in row.phones))
        return True


Slot = tuple[QWidget | None, int]  # a widget (None: an empty stretch) and its stretch factor


class TwoLineRow(QVBoxLayout):
    """A row of controls that goes on two lines when the room is too narrow for one."""

    def __init__(self, one_line: list[Slot], two_lines: tuple[list[Slot], list[Slot]]) -> None:
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self._one_line, self._two_lines = one_line, two_lines
        self._lines = (QHBoxLayout(), QHBoxLayout())
        for line in self._lines:
            self.addLayout(line)
        self.one_line: bool | None = None
        self.set_one_line(True)

    def one_line_width(self) -> int:
        """What the widgets need side by side, at their natural sizes."""
        widgets = [w for w, _ in self._one_line if w is not None]
        spacing = self._lines[0].spacing()
        if spacing < 0:
            spacing = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        return sum(w.sizeHint().width() for w in widgets) + max(spacing, 0) * (len(self._one_line) - 1)

    def set_one_line(self, one_line: bool) -> None:
        if one_line == self.one_line:
            return
        self.one_line = one_line
        for line in self._lines:
            while line.count():
                line.takeAt(0)
        for line, slots in zip(self._lines, ([self._one_line, []] if one_line else self._two_lines), strict=True):
            for widget, stretch in slots:
                if widget is None:
                    line.addStretch(stretch)
                else:
                    line.addWidget(widget, stretch)


class ContactsView(QWidget):
    open_requested = Signal(str)
    message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = ContactsModel(self)
        self.proxy = ContactsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.title = title = QLabel(self.tr("Contacts"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.scope = compact_combo(QComboBox(self))
        self.scope.addItem(self.tr("All contacts"), "all")
        self.scope.addItem(self.tr("National services"), "national")
        self.scope.addItem(self.tr("My municipality"), "mine")
        self.category = compact_combo(QComboBox(self))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name, number, area…"))
        self.filter.setAccessibleName(self.tr("Filter contacts"))
        clearable(self.filter)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Contacts table"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it), no keyboard trap
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Widths follow the room the table has (see _fit_columns), not the longest cell.
        self._cell_widths_cache: list[int] | None = None
        self._refit = QTimer(self)  # once after a batch of rows, not once per row
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_columns)
        self.model.modelReset.connect(self._rows_changed)
        self.model.rowsInserted.connect(self._rows_changed)
        self.model.dataChanged.connect(self._rows_changed)
        self.table.viewport().installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.clicked.connect(self._on_click)
        self.table.doubleClicked.connect(self._open_current)
        self.table.activated.connect(self._open_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        # The details are of the selected contact: a row deselected (Ctrl+click) or filtered
        # away leaves none, not the last one shown.
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_details())

        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAccessibleDescription(self.tr("Selected contact"))
        # One button with a menu, not a button per number: a contact with seven numbers must not
        # widen the view past a 1200 px window (or a 1024 px one).
        self.copy_button = QToolButton(self)
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setAccessibleDescription(self.tr("Copy a number or address"))
        self.copy_button.setToolTip(self.tr("Copy a number or address of the selected contact"))
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.copy_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.copy_menu = QMenu(self.copy_button)
        self.copy_button.setMenu(self.copy_menu)
        self.open_button = describe(QPushButton(self.tr("&Open"), self), self.tr("Open the contact's page"))
        self.open_button.clicked.connect(self._open_current)
        self.vcard_button = describe(
            QPushButton(self.tr("vCar&d…"), self), self.tr("Export the selected contact as a vCard")
        )
        self.vcard_button.clicked.connect(self.export_vcard)
        self.vcard_all_button = describe(
            QPushButton(self.tr("&All shown…"), self), self.tr("Export all contacts shown as vCards")
        )
        self.vcard_all_button.clicked.connect(lambda: self.export_vcard(all_shown=True))

        # On one line when there is room; on two in a narrow window (200 %, a wide library panel),
        # so the view never needs sideways scrolling (see _arrange_rows).
        scope = labelled(self.scope, self.tr("Show:"), above=True)
        category = labelled(self.category, self.tr("Service:"), above=True)
        self.filter_rows = TwoLineRow(
            [(scope, 0), (category, 0), (self.filter, 1)], ([(scope, 1), (category, 1)], [(self.filter, 1)])
        )
        self.action_rows = TwoLineRow(
            [
                (self.copy_button, 0),
                (None, 1),
                (self.open_button, 0),
                (self.vcard_button, 0),
                (self.vcard_all_button, 0),
            ],
            (
                [(self.copy_button, 0), (None, 1), (self.open_button, 0)],
                [(None, 1), (self.vcard_button, 0), (self.vcard_all_button, 0)],
            ),
        )
        self._watched_parent: QWidget | None = None
        # The details scroll on their own and the buttons stay below them: a contact with seven
        # numbers squeezed the table to one row and pushed the buttons under the fold (1024×600, 200 %).
        self.details_area = QScrollArea(self)
        self.details_area.setWidget(self.details)
        self.details_area.setWidgetResizable(True)
        self.details_area.setFrameShape(QFrame.Shape.NoFrame)
        self.details_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed Tab stop; the details are read-only
        self.details_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_area.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 2)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        current_row_only_while_focused(self.table)  # after the line above: the table's events reach eventFilter
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.details_area, 1)
        bottom_layout.addLayout(self.action_rows)
        self.table.setMinimumHeight(self._rows_height(MIN_TABLE_ROWS))
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(self.filter_rows)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.filter)

        self.scope.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.category.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.filter.textChanged.connect(lambda _t: self._apply_filter())
        ctx.operation_did_execute.connect(self._on_operation)
        self.reload()

    def _on_operation(self, changes: OpChanges, _handler: object | None) -> None:
        if changes.library:
            self.reload()
        elif changes.prefs:
            self._apply_filter()  # another municipality: other local contacts

    def reload(self) -> None:
        library = self._ctx.library
        rows: list[ContactRow] = []
        if library is not None:
            for summary in library.documents(doc_type="contact"):
                record = library.document(summary.id)
                rows.append(
                    ContactRow(
                        record.id, record.title, str(record.meta.get("category", "")), record.municipality, record.meta
                    )
                )
        self.model.category_labels = category_names(library)
        self.model.set_rows(rows)
        names = self.model.category_labels
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("Every service"), "")
        categories: set[str] = {r.category for r in rows}
        for code in sorted(categories, key=lambda c: fold(names.get(c) or c)):
            self.category.addItem(names.get(code, code), code)
        self.category.blockSignals(False)
        self._fit_columns()
        self._apply_filter()

    def _rows_height(self, rows: int) -> int:
        """The table's height for its header and ``rows`` rows, in its current font."""
        frame = 2 * self.table.frameWidth()
        return (
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + frame
        )

    # -- rows of controls --------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        # The width that counts is the scroll area's (our parent), not ours: ours never goes
        # below our minimum, so a too-wide layout would never notice it is too wide.
        parent = self.parentWidget()
        if parent is not self._watched_parent:
            if self._watched_parent is not None:
                self._watched_parent.removeEventFilter(self)
            self._watched_parent = parent
            if parent is not None:
                parent.installEventFilter(self)
        self._arrange_rows()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._watched_parent is None:
            self._arrange_rows()

    def _arrange_rows(self) -> None:
        # A short window (200 %, 1024×600 with a tall toolbar): the toolbar's "Contacts" names the view.
        self.title.setVisible((self._watched_parent or self).height() >= SHORT_HEIGHT)
        available = (self._watched_parent or self).width()
        layout = self.layout()
        assert layout is not None  # built in __init__
        margins = layout.contentsMargins()
        available -= margins.left() + margins.right()
        for rows in (self.filter_rows, self.action_rows):
            rows.set_one_line(available >= rows.one_line_width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched_parent and event.type() == QEvent.Type.Resize:
            self._arrange_rows()
        elif (watched is self.table.viewport() and event.type() == QEvent.Type.Resize) or (
            watched is self.table and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
        ):
            if watched is self.table:
                self._cell_widths_cache = None
            self._fit_columns()
        return super().eventFilter(watched, event)

    # -- column widths ---------------------------------------------------------------------
    def _cell_widths(self) -> list[int]:
        """The widest text of each column over all contacts (not only the shown ones, so filtering
        does not make the columns jump); kept until the rows or the font change, as a window
        being dragged wider asks for it on every step."""
        if self._cell_widths_cache is None:
            metrics = self.table.fontMetrics()
            self._cell_widths_cache = [
                max(
                    (
                        metrics.horizontalAdvance(self.model.item(r, column).text())
                        for r in range(self.model.rowCount())
                    ),
                    default=0,
                )
                for column in range(len(COLUMNS))
            ]
        return self._cell_widths_cache

    def _rows_changed(self) -> None:
        self._cell_widths_cache = None
        self._refit.start()

    def column_needs(self) -> list[ColumnNeed]:
        """Every column's desired and minimum width in the table's current font and width."""
        metrics = self.table.fontMetrics()
        style = self.table.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1) + 2
        letter = max(1, metrics.averageCharWidth())
        header = self.table.horizontalHeader()
        needs: list[ColumnNeed] = []
        for column, (name, cells) in enumerate(zip(COLUMNS, self._cell_widths(), strict=True)):
            desired = max(cells + margin, header.sectionSizeFromContents(column).width())
            if name == "name":  # never below a good third of the room (or the longest name)
                minimum = min(desired, math.ceil(NAME_SHARE * self.table.viewport().width()))
                needs.append(ColumnNeed(desired, minimum, PRIORITY[name], hideable=False))
            elif name == "phone":  # a number is never cut
                needs.append(ColumnNeed(desired, desired, PRIORITY[name], hideable=False))
            elif name == "checked":  # the warning sign and a date stay readable
                minimum = metrics.horizontalAdvance("⚠ 0000-00-00") + margin
                needs.append(ColumnNeed(desired, min(desired, minimum), PRIORITY[name]))
            else:
                desired = min(desired, letter * FREE_TEXT_CAP[name] + margin)
                minimum = min(desired, letter * FREE_TEXT_MIN[name] + margin)
                needs.append(ColumnNeed(desired, minimum, PRIORITY[name]))
        return needs

    def _fit_columns(self) -> None:
        widths = share_width(self.column_needs(), self.table.viewport().width())
        header = self.table.horizontalHeader()
        for column, width in enumerate(widths):
            self.table.setColumnHidden(column, width is None)
            if width is not None and header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _apply_filter(self) -> None:
        self.proxy.set(
            scope=self.scope.currentData() or "all",
            municipality=self._ctx.prefs.municipality,
            category=self.category.currentData() or "",
            text=self.filter.text().strip(),
        )
        if self.proxy.rowCount() and not self.table.selectionModel().selectedRows():
            current = current_index(self.table)
            self.table.selectRow(current.row() if current.isValid() else 0)
        self._show_details()

    def current_row(self) -> ContactRow | None:
        """The selected contact (the highlighted row), if any."""
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        return self.model.rows[self.proxy.mapToSource(selected[0]).row()]

    def shown_rows(self) -> list[ContactRow]:
        return [
            self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()] for r in range(self.proxy.rowCount())
        ]

    # -- copying ---------------------------------------------------------------------------
    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.message.emit(self.tr("Copied: {0}").format(text))

    def _on_click(self, index: QModelIndex) -> None:
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        column = COLUMNS[index.column()]
        if column == "phone" and row.phones:
            self.copy(row.phones[0][0])
        elif column == "email" and row.emails:
            self.copy(row.emails[0])

    def _show_details(self) -> None:
        self.copy_menu.clear()
        row = self.current_row()
        self.copy_button.setEnabled(bool(row is not None and (row.phones or row.emails)))
        self.open_button.setEnabled(row is not None)
        self.vcard_button.setEnabled(row is not None)
        if row is None:
            self.details.setText(
                self.tr("No contact matches the filter.")
                if not self.proxy.rowCount()
                else self.tr("Select a contact to see all its numbers and sources.")
            )
            return
        from html import escape

        lines = [f"<b>{escape(row.title)}</b>"]
        # Category and area in full: the table may have elided or (when narrow) hidden them.
        about = [self.model.text(row, "category"), str(row.meta.get("region", "") or "")]
        if any(about):
            lines.append(escape(" · ".join(part for part in about if part)))
        order = {"phone": 0, "email": 1, "address": 2, "hours": 3, "website": 4}
        for fact in sorted(row.facts, key=lambda f: order.get(f.kind, 9)):
            status = escape(self.model.long_status(fact))
            if fact.is_stale():
                from kb_app.ui.look.theme import is_dark

                warn = "#ff8a80" if is_dark(self.details.palette()) else "#a12a1a"  # 4.5:1 on either
                status = (
                    f'<span style="color:{warn}">⚠ '
                    + status
                    + " — "
                    + escape(self.tr("over 12 months: check it before you rely on it"))
                    + "</span>"
                )
            label = f" — {escape(fact.label)}" if fact.label else ""
            lines.append(f"{escape(fact.value)}{label}<br><small>&nbsp;&nbsp;{status}</small>")
        if not row.phones and row.meta.get("if_no_phone"):
            lines.append("<i>" + escape(self.tr("No public number:")) + "</i> " + escape(str(row.meta["if_no_phone"])))
        self.details.setText("<br>".join(lines))
        for number, label in row.phones:
            self._copy_entry(f"{number} — {label}" if label else number, number)
        for email in row.emails:
            self._copy_entry(email, email)

    def _copy_entry(self, text: str, value: str) -> None:
        action = self.copy_menu.addAction(text.replace("&", "&&"))
        action.setData(value)
        action.triggered.connect(lambda _checked=False: self.copy(value))

    def copy_values(self) -> list[str]:
        """What the Copy menu offers for the selected contact, in order."""
        return [str(action.data()) for action in self.copy_menu.actions()]

    def _open_current(self, *_args: Any) -> None:
        row = self.current_row()
        if row is not None:
            self.open_requested.emit(row.id)

    # -- printing --------------------------------------------------------------------------
    def printable(self) -> tuple[str, str]:
        """The contacts shown (the filter applied, in the table's order) as a printable list: name,
        service, every phone with its label, and the date of each contact's oldest source."""
        from html import escape

        def cell(text: str) -> str:
            return escape(strip_unsafe(text))

        rows = self.shown_rows()
        title = self.tr("Contacts")
        about = [self.scope.currentText()]
        if self.category.currentData():
            about.append(self.category.currentText())
        if self.filter.text().strip():
            about.append(self.tr("filter: \u201c{0}\u201d").format(self.filter.text().strip()))
        head = "".join(
            f"<th>{escape(h)}</th>"
            for h in (self.tr("Name"), self.tr("Category"), self.tr("Phones"), self.tr("Source / check"))
        )
        body = []
        for row in rows:
            phones = "<br>".join(cell(f"{number} — {label}" if label else number) for number, label in row.phones)
            status = self.model.text(row, "checked")
            body.append(
                f"<tr><td><b>{cell(row.title)}</b></td><td>{cell(self.model.text(row, 'category'))}</td>"
                f"<td>{phones or cell(self.tr('no public number'))}</td><td>{cell(status)}</td></tr>"
            )
        html = (
            f"<h1>{escape(title)}</h1>"
            f'<p class="meta">{escape(" · ".join(about))} · '
            f"{escape(self.tr('%n contact(s)', '', len(rows)))} · {date.today().isoformat()}</p>"
            f'<table class="grid" border="1" cellspacing="0" cellpadding="4" width="100%">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        )
        return title, html

    # -- vCard -----------------------------------------------------------------------------
    def export_vcard(self, all_shown: bool = False, path: str | None = None) -> Path | None:
        rows = self.shown_rows() if all_shown else [r for r in [self.current_row()] if r is not None]
        if not rows:
            return None
        if path is None:
            name = "contacts.vcf" if all_shown else f"{rows[0].id}.vcf"
            from kb_app.ui.look.folders import ask_save

            path = ask_save(
                self, self._ctx.settings, "vcard", self.tr("Export vCard"), name, self.tr("vCard files (*.vcf)")
            )
            if path is None:
                return None
        target = Path(path).absolute()
        try:
            target.write_text(vcards((r.title, r.meta) for r in rows), encoding="utf-8", newline="")
        except OSError as exc:
            self.message.emit(self.tr("Could not save {0}: {1}").format(target.name, exc.strerror or exc))
            return None
        from kb_app.ui.look.saved_notice import announce_saved

        announce_saved(self, target, self.tr("Saved %n contact(s) to {0}", "", len(rows)).format(target))
        return target
