"""Choosing the user's municipality from the library's list (first start, and later from Tools).

Notes belong to a municipality, so this comes before the first note. Typing filters the list,
ignoring case and diacritics ("cesis" finds "Cēsis").
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.platform.textsafe import strip_unsafe
from kb_app.ui.a11y.accessible import announce
from kb_app.ui.a11y.focused_rows import current_index, current_row_only_while_focused
from kb_app.ui.look.code_names import municipality_kind_names
from kb_app.ui.look.list_text import fold
from kb_app.ui.look.screen_fit import fit_dialog
from kb_app.ui.shared.context import AppContext

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class MunicipalityDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My municipality"))
        self._ctx = ctx
        intro = QLabel(
            self.tr(
                "Choose the municipality you work for. Your notes on local procedures and "
                "contacts belong to it; you can change it later in Tools."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to filter…"))
        self.filter.setAccessibleName(self.tr("Filter municipalities"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Municipalities"))
        library = ctx.library
        kinds = municipality_kind_names(library)
        current = ctx.prefs.municipality or (library.info().get("default_municipality", "") if library else "")
        for row in library.municipalities() if library is not None else []:
            item = QListWidgetItem(f"{row.name}  ({kinds.get(row.kind, row.kind)})")
            item.setData(CODE_ROLE, row.code)
            self.list.addItem(item)
            if row.code == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        # Focus starts in the filter: the highlighted row must not also claim FOCUSED
        current_row_only_while_focused(self.list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.filter.returnPressed.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        fit_dialog(self, QSize(420, 480))
        self.filter.setFocus()

    def _apply_filter(self, text: str) -> None:
        needle = fold(text.strip())
        first_visible = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = bool(needle) and needle not in fold(item.text())
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        current = self._current_item()
        if (current is None or current.isHidden()) and first_visible is not None:
            self.list.setCurrentItem(first_visible)
            current = first_visible
        if needle and current is not None and not current.isHidden():
            announce(self.filter, strip_unsafe(current.text()))  # what Enter would choose; focus stays in the field

    def _current_item(self) -> QListWidgetItem | None:
        return self.list.itemFromIndex(current_index(self.list))

    @property
    def selected_code(self) -> str:
        item = self._current_item()
        return item.data(CODE_ROLE) if item is not None and not item.isHidden() else ""


def pick_municipality(ctx: AppContext, parent: QWidget | None) -> bool:
    if ctx.library is None:
        return False
    dialog = MunicipalityDialog(ctx, parent)
    code = dialog.selected_code if dialog.exec() == QDialog.DialogCode.Accepted else ""
    dialog.deleteLater()  # closed, it leaves the accessible tree (WA_DeleteOnClose: gone before it is read)
    if not code:
        return False
    ctx.update_prefs(municipality=code)
    return True
