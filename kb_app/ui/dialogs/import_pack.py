"""Importing a content pack: drop a ``.kbpack`` on the dialog (or choose one), then it is verified
and installed in a background task with progress and cancel. The profile is unchanged if
anything fails; the user's notes are never touched. Afterwards: what changed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.core import operations
from kb_app.core.library.library_db import Library
from kb_app.core.platform.errors import PackError
from kb_app.core.platform.textsafe import clean_for_output
from kb_app.ui.look.folders import ask_open
from kb_app.ui.look.screen_fit import fit_dialog
from kb_app.ui.shared.context import AppContext
from kb_app.ui.shared.i18n import QT_TRANSLATE_NOOP
from kb_app.ui.shared.tasks import Cancelled, ProgressDialog, Task, TaskContext

if TYPE_CHECKING:
    from kb_app.core.op_changes import OpResult
    from kb_app.core.packs.install import InstallResult

PACK_SUFFIX = ".kbpack"


_OUTSIDE = QT_TRANSLATE_NOOP("ImportPack", "A file path in it could write outside the library.")

# One sentence per PackRefused.code (kb_app/core/packs/pack_file.py and install.py), translated when shown.
PACK_REASONS: dict[str, str] = {
    # the file itself
    "missing": QT_TRANSLATE_NOOP("ImportPack", "The file does not exist."),
    "not_a_file": QT_TRANSLATE_NOOP("ImportPack", "This is a folder or a device, not a content pack file."),
    "empty": QT_TRANSLATE_NOOP("ImportPack", "The file is empty."),
    "too_large": QT_TRANSLATE_NOOP("ImportPack", "The file is larger than a content pack may be."),
    "unreadable": QT_TRANSLATE_NOOP("ImportPack", "The file cannot be read (check that you may open it)."),
    "not_zip": QT_TRANSLATE_NOOP("ImportPack", "This is not a content pack (it is not a ZIP archive)."),
    "truncated": QT_TRANSLATE_NOOP(
        "ImportPack",
        "The file is incomplete: it was cut off while being copied or downloaded. Copy it again from the original.",
    ),
    "damaged": QT_TRANSLATE_NOOP("ImportPack", "The file is damaged. Copy it again from the original."),
    # its description, manifest.json
    "no_manifest": QT_TRANSLATE_NOOP(
        "ImportPack", "It has no description file (manifest.json), so it is not a content pack."
    ),
    "manifest_too_large": QT_TRANSLATE_NOOP("ImportPack", "Its description file (manifest.json) is far too large."),
    "manifest_not_json": QT_TRANSLATE_NOOP("ImportPack", "Its description file (manifest.json) is not valid JSON."),
    "manifest_invalid": QT_TRANSLATE_NOOP("ImportPack", "Its description file (manifest.json) is not valid."),
    # what it holds
    "too_many_members": QT_TRANSLATE_NOOP("ImportPack", "It holds more files than a content pack may have."),
    "backslash": QT_TRANSLATE_NOOP("ImportPack", "A file path in it uses backslashes."),
    "absolute_path": _OUTSIDE,
    "drive_letter": _OUTSIDE,
    "traversal": _OUTSIDE,
    "directory": QT_TRANSLATE_NOOP("ImportPack", "It holds folders that a content pack may not have."),
    "bad_name": QT_TRANSLATE_NOOP("ImportPack", "It holds a file whose name is not allowed in a content pack."),
    "duplicate": QT_TRANSLATE_NOOP("ImportPack", "It holds the same file twice."),
    "link": QT_TRANSLATE_NOOP("ImportPack", "It holds a link; content packs may not contain links."),
    "special_file": QT_TRANSLATE_NOOP("ImportPack", "It holds a special file instead of a plain file."),
    "encrypted": QT_TRANSLATE_NOOP("ImportPack", "It holds an encrypted file."),
    "compression": QT_TRANSLATE_NOOP("ImportPack", "It uses a compression this app does not read."),
    "member_too_large": QT_TRANSLATE_NOOP(
        "ImportPack", "One of its files would unpack to more than a content pack file may have."
    ),
    "ratio": QT_TRANSLATE_NOOP(
        "ImportPack", "One of its files is packed suspiciously tightly; this looks like a zip bomb."
    ),
    "total_too_large": QT_TRANSLATE_NOOP("ImportPack", "It would unpack to more than a content pack may have."),
    "overlap": QT_TRANSLATE_NOOP("ImportPack", "Its files overlap inside the archive; this looks like a zip bomb."),
    "extra_member": QT_TRANSLATE_NOOP(
        "ImportPack",
        "It holds a file that its list of files does not name (a file was added after the pack was built).",
    ),
    "missing_member": QT_TRANSLATE_NOOP("ImportPack", "A file named in its list of files is missing."),
    "size_mismatch": QT_TRANSLATE_NOOP(
        "ImportPack", "One of its files has another size than its list of files says (the pack was altered or damaged)."
    ),
    "hash_mismatch": QT_TRANSLATE_NOOP(
        "ImportPack",
        "One of its files does not match its checksum (the pack was altered or damaged after it was built).",
    ),
    "bad_library": QT_TRANSLATE_NOOP("ImportPack", "Its library database cannot be used."),
    "old_format": QT_TRANSLATE_NOOP(
        "ImportPack",
        "It is in the old pack format, which carried a search index. "
        "Ask whoever made it to build it again with this version "
        "of the app.",
    ),
    "unexpected_member": QT_TRANSLATE_NOOP(
        "ImportPack",
        "It holds a file that is not content (only documents and the library's settings may be in a pack).",
    ),
    "directory_data": QT_TRANSLATE_NOOP("ImportPack", "A folder entry in it carries hidden data."),
    "invalid_content": QT_TRANSLATE_NOOP(
        "ImportPack", "Its content does not pass the same checks as 'kb-app check' (a document is broken or too large)."
    ),
    "manifest_mismatch": QT_TRANSLATE_NOOP("ImportPack", "Its manifest does not match its content."),
    "signature_too_large": QT_TRANSLATE_NOOP("ImportPack", "Its signature file is not a signature."),
}


def refusal_text(code: str, detail: str) -> str:
    """A pack refusal in the user's language; ``detail`` (the core's English words) only for a
    code the table does not know yet."""
    if code == "cancelled":
        return QCoreApplication.translate("ImportPack", "The import was cancelled. Nothing was changed.")
    if code == "newer_format":
        return QCoreApplication.translate(
            "ImportPack", "This pack was made for a newer version of the app. Update the app first."
        )
    if code == "library_changed":
        return QCoreApplication.translate(
            "ImportPack",
            "Your library was changed on this computer after it was imported, so it is not used. "
            "Import its content pack again, or go back to the previous library.",
        )
    if code == "changed":
        return QCoreApplication.translate("ImportPack", "The file changed while it was being imported. Try again.")
    if code == "write_failed":
        return QCoreApplication.translate(
            "ImportPack",
            "The library could not be written to the profile folder "
            "(is the disk full or read-only?). Nothing was changed.",
        )
    if code in PACK_REASONS:
        reason = QCoreApplication.translate("ImportPack", PACK_REASONS[code])
        return QCoreApplication.translate("ImportPack", "The pack was refused. {0} Nothing was changed.").format(reason)
    return QCoreApplication.translate("ImportPack", "The pack was refused: {0}. Nothing was changed.").format(detail)


class ImportPackDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.task: Task | None = None
        self.error = ""
        self.notice = ""  # a calm word after the user declined a question
        self.result_dir: Path | None = None
        self._pending: tuple[Path, bool, bool] = (Path(), False, False)
        self._replace_other = False
        self.setWindowTitle(self.tr("Import content pack"))
        self.setAcceptDrops(True)
        self.drop = QLabel(self.tr("Drop a content pack (.kbpack) here\n\nor"), self)
        self.drop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop.setTextFormat(Qt.TextFormat.PlainText)  # it names the pack's file: text, never markup
        self.drop.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop.setMinimumHeight(140)
        self.drop.setWordWrap(True)
        self.drop.setAccessibleDescription(self.tr("Drop area for a content pack"))  # its text stays its name
        self.choose = QPushButton(self.tr("&Choose a file…"), self)
        self.choose.clicked.connect(self._choose)
        note = QLabel(
            self.tr(
                "The pack is checked completely before anything is installed. Your notes are not changed by an import."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop)
        layout.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(note)
        layout.addWidget(buttons)
        if ctx.read_only:
            self.drop.setText(
                self.tr("This window is read-only (the app is open in another window), so it cannot import a pack.")
            )
            self.choose.setEnabled(False)
            self.setAcceptDrops(False)
        fit_dialog(self, QSize(460, 320))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_pack(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_pack(event)
        if path is not None:
            event.acceptProposedAction()
            self.import_file(path)

    @staticmethod
    def _dropped_pack(event: Any) -> Path | None:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(PACK_SUFFIX):
                return Path(url.toLocalFile())
        return None

    def _choose(self) -> None:
        path = ask_open(
            self, self._ctx.settings, "pack", self.tr("Choose a content pack"), self.tr("Content packs (*.kbpack)")
        )
        if path is not None:
            self.import_file(Path(path))

    def import_file(
        self, pack: Path, *, trust: bool = False, allow_downgrade: bool = False, replace_other: bool = False
    ) -> Task | None:
        """Import ``pack``; a refusal the user may override (an unknown key, an older version) is
        asked about in plain words, and the import runs again only on "yes"."""
        if self._ctx.read_only or self.task is not None:
            return None
        paths = self._ctx.paths
        self._pending = (pack, trust, allow_downgrade)
        self._replace_other = replace_other  # another pack id than the installed one: asked first

        def work(task: TaskContext | None) -> OpResult[InstallResult]:
            assert task is not None  # slow: run in the writer thread
            return operations.import_pack(
                pack,
                paths,
                trust=trust,
                allow_downgrade=allow_downgrade,
                replace_other=replace_other,
                progress=task.progress,
                cancel=lambda: task.cancelled,
                profile_locked=True,
            )

        self.choose.setEnabled(False)
        self.drop.setText(self.tr("Importing {0}…").format(pack.name))
        progress = ProgressDialog(self, self.tr("Importing"), self.tr("Checking and installing {0}…").format(pack.name))
        self.task = self._ctx.run_op(
            work, slow=True, apply=self._use_library, on_done=self._done, on_error=self._failed, progress=progress
        )
        return self.task

    def _use_library(self, result: OpResult[InstallResult]) -> None:
        from kb_app.core.library_files.libroot import library_generation

        self.task = None
        self.result_dir = Path(result.value.library_dir)
        self._ctx.pinned_pack = False
        self._ctx.set_library(
            Library(self.result_dir), library_generation(self._ctx.paths.library_root), announce=False
        )

    def _done(self, result: OpResult[InstallResult]) -> None:
        self.accept()
        from kb_app.ui.dialogs.changes_dialog import ChangesDialog

        ChangesDialog(result.value.changes, self.parentWidget()).exec()

    def _declined(self, pack: Path) -> None:
        """The user answered "no": their choice, not a failure, so no warning box."""
        self.error = ""
        from kb_app.core.platform.textsafe import strip_unsafe

        self.notice = self.tr("You chose not to import {0}. Nothing was changed.").format(strip_unsafe(pack.name))
        self.drop.setText(self.notice + "\n\n" + self.tr("Drop a content pack (.kbpack) here\n\nor"))
        show = getattr(self.parentWidget(), "show_message", None)
        if callable(show):
            show(self.notice)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.choose.setEnabled(True)
        if any(getattr(exc, need, False) for need in ("needs_trust", "needs_downgrade", "needs_replace")):
            from kb_app.ui.dialogs.trust_question import ask_trust

            pack, trust, allow_downgrade = self._pending
            if ask_trust(self, exc):
                self.import_file(
                    pack,
                    trust=trust or bool(getattr(exc, "needs_trust", False)),
                    allow_downgrade=allow_downgrade or bool(getattr(exc, "needs_downgrade", False)),
                    replace_other=self._replace_other or bool(getattr(exc, "needs_replace", False)),
                )
                return
            self._declined(pack)
            return
        self.drop.setText(self.tr("Drop a content pack (.kbpack) here\n\nor"))
        code = "cancelled" if isinstance(exc, Cancelled) else str(getattr(exc, "code", ""))
        from kb_app.ui.dialogs.trust_question import refusal_sentence

        detail = clean_for_output(str(exc), limit=300) or type(exc).__name__  # may quote the pack's own text
        if not code and not isinstance(exc, PackError):
            # This machine failed (a worker out of memory, the disk), not the pack: no refusal.
            self.error = self.tr("The import failed: {0}. Nothing was changed.").format(detail)
        else:
            self.error = refusal_sentence(code) or refusal_text(code, detail)
        QMessageBox.warning(self, self.tr("Import failed"), self.error)
