"""The banner at the top of the window when something cannot be saved: a read-only profile or a
full disk at start (the window opens read-only), or a save that failed while working. It says why
and what still works, in plain words, and stays until the cause is gone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kb_app.core.platform import write_failures


def start_problem_text(code: str) -> str:
    """Why the window opened read-only, and what still works."""
    texts = {
        write_failures.READ_ONLY: QCoreApplication.translate(
            "Degraded",
            "Read-only: this profile's folder cannot be written (a write-protected USB stick, or "
            "no permission on this computer). You can read, search, print and export to another "
            "disk; notes, bookmarks and imports are switched off.",
        ),
        write_failures.DISK_FULL: QCoreApplication.translate(
            "Degraded",
            "Read-only: the disk is full, so nothing can be saved. You can read, search, print "
            "and export to another disk; notes, bookmarks and imports are switched off. Free some "
            "space and start the app again.",
        ),
    }
    return texts.get(
        code,
        QCoreApplication.translate(
            "Degraded",
            "Read-only: the disk refuses to save anything. You can read, search, print and export "
            "to another disk; notes, bookmarks and imports are switched off.",
        ),
    )


def unverified_pack_text(status: str, fingerprint: str | None) -> str:
    """The banner over a pack opened with ``--pack`` that no trusted key vouches for."""
    if status == "unsigned":
        return QCoreApplication.translate(
            "Degraded",
            "Not verified: this content pack is not signed, so anyone may have written or changed "
            "what it says. Check phone numbers and advice against a library you trust.",
        )
    return QCoreApplication.translate(
        "Degraded",
        "Not verified: this content pack is signed with key {0}, which this app does not trust. "
        "Anyone may have written or changed what it says.",
    ).format(fingerprint or "—")


class DegradedBanner(QFrame):
    """Hidden while everything can be saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("degradedBanner")
        self.setAccessibleName(self.tr("Warning"))
        self.setStyleSheet(
            "#degradedBanner { background: #fff4ce; border: 1px solid #c19c00; border-radius: 4px; }"
            " #degradedBanner QLabel { color: #3b2f00; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        self._start_text = ""
        self.hide()

    @property
    def text(self) -> str:
        parent = self.parentWidget()
        return self.label.text() if parent is not None and self.isVisibleTo(parent) else ""

    def show_start_problem(self, code: str) -> None:
        """The window opened read-only: for good, until the next start."""
        self._start_text = start_problem_text(code)
        self._show(self._start_text)

    def show_unverified_pack(self, status: str, fingerprint: str | None) -> None:
        """For as long as the pack is open: a later successful save must not hide it."""
        self._start_text = unverified_pack_text(status, fingerprint)
        self._show(self._start_text)

    def show_save_failure(self, text: str) -> None:
        self._show(text)

    def save_recovered(self) -> None:
        """A save went through again: back to the start state (hidden, or the read-only words)."""
        if self._start_text:
            self._show(self._start_text)
        else:
            self.hide()

    def _show(self, text: str) -> None:
        self.label.setText(text)
        self.setToolTip(text)
        self.show()
