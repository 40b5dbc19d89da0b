"""*Seminārs → Sagatavot darbnīcu…*: the printable kit for chosen scenarios, written off the GUI
thread (the same builders and PDF writer as ``kb-app workshop kit``).

Space ticks the scenario under the cursor; the scenario open in the reader is ticked at start.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kb_app.ui.look.screen_fit import fit_window
from kb_app.ui.shared.context import AppContext
from kb_app.ui.shared.tasks import Cancelled, ProgressDialog, Task, TaskContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "darbnica"


class WorkshopKitDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, current: str | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Prepare a workshop"))
        intro = QLabel(
            self.tr(
                "Group cards (situation and questions, without the solution), the trainer's sheet "
                "and role cards, as three PDF files."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Scenarios for the workshop"))
        library = ctx.library
        for doc in library.documents(doc_type="scenario") if library is not None else []:
            item = QListWidgetItem(doc.title, self.list)
            item.setData(ID_ROLE, doc.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if doc.id == current else Qt.CheckState.Unchecked)
            if doc.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self.groups = QSpinBox(self)
        self.groups.setRange(1, 12)
        self.groups.setValue(3)
        self.language = QComboBox(self)
        # The languages the library's content is written in (handouts aside: client languages),
        # named as its country.yaml names them; a scenario is used in its translation if it has one.
        from kb_app.ui.look.code_names import declared_names

        library = self._ctx.library
        written = {d.lang for d in library.documents() if d.type != "handout"} if library is not None else set()
        for code, name in declared_names(library, "languages").items():
            if code in written:  # a list item starts with a capital ("angļu" → "Angļu")
                self.language.addItem(name[:1].upper() + name[1:], code)
        self.folder = QLineEdit(str(default_folder()), self)
        self.folder.setAccessibleName(self.tr("Folder for the kit"))
        choose = QPushButton(self.tr("&Choose…"), self)
        choose.clicked.connect(self._choose_folder)
        folder_row = QWidget(self)  # a widget, so that the row's label gets it as its buddy (Alt+M)
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.folder, 1)
        folder_layout.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("&Groups:"), self.groups)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Folder:"), folder_row)
        label = form.labelForField(folder_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.folder)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b03000")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Write the kit"))
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        scenarios_label = QLabel(self.tr("&Scenarios (Space ticks):"), self)
        scenarios_label.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scenarios_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.list.setMinimumHeight(60)  # at 200 % on a laptop (640×400 logical) the list gives way first
        fit_window(self, QSize(560, 520))

    def chosen(self) -> list[str]:
        return [
            self.list.item(i).data(ID_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the kit"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def write(self) -> Task | None:
        """Check the choices, then write the kit in a worker thread; the dialog closes when done."""
        from kb_app.core.workshop.kit import build_kit

        ids = self.chosen()
        folder = Path(self.folder.text().strip()).expanduser()
        if not ids:
            self.error.setText(self.tr("Tick at least one scenario."))
            return None
        if not folder.parent.is_dir() or (folder.exists() and not folder.is_dir()):
            self.error.setText(self.tr("Choose a folder that exists (or a new one inside it)."))
            return None
        library, groups, lang = self._ctx.library, self.groups.value(), self.language.currentData()
        if library is None:
            return None

        def work(task: TaskContext) -> list[tuple[Path, int]]:
            from kb_app.ui.paper.kit_pdf import write_kit

            kit = build_kit(library, ids, groups=groups, lang=lang)
            folder.mkdir(exist_ok=True)
            return write_kit(kit, folder, task.progress)

        progress = ProgressDialog(self, self.tr("Prepare a workshop"), self.tr("Writing the kit…"))
        self.buttons.setEnabled(False)
        self.task = self._ctx.tasks.start(work, on_done=self._done, on_error=self._failed, progress=progress)
        return self.task

    def _done(self, written: list[tuple[Path, int]]) -> None:
        self.buttons.setEnabled(True)
        show = getattr(self.parentWidget(), "show_message", None)
        if callable(show) and written:
            show(
                self.tr("Workshop kit written to {0}: {1}").format(
                    written[0][0].parent, ", ".join(path.name for path, _ in written)
                )
            )
        self.written = written
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from kb_app.ui.paper.printing import pdf_failure_text

        self.buttons.setEnabled(True)
        if not isinstance(exc, Cancelled):
            self.error.setText(pdf_failure_text(exc))


def prepare_workshop_kit(ctx: AppContext, parent: QWidget, current: str | None = None) -> Any:
    if ctx.library is None:
        return None
    dialog = WorkshopKitDialog(ctx, parent, current)
    dialog.open()
    return dialog
