"""At start: offer back the note texts a failed save kept in recovery drafts (kb_app.core.userdata.drafts).

Restoring stores the text through the notes store like any edit (the stored text goes to the
note's history), so nothing is overwritten without a way back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kb_app.core import operations
from kb_app.core.platform.errors import KbError
from kb_app.core.userdata.drafts import Draft, discard_draft, draft_folders, load_drafts
from kb_app.ui.look.list_text import first_line, local_time
from kb_app.ui.shared.context import AppContext


def restore_draft(ctx: AppContext, draft: Draft) -> str:
    """Store the draft's text (its note if that still exists, else a new note); returns the id."""
    store = ctx.notes
    assert store is not None
    folders = draft_folders(ctx.paths)
    return ctx.run_op(lambda _task: operations.restore_draft(store, draft, folders, ctx.prefs.municipality or "")).value


def offer_drafts(ctx: AppContext, parent: QWidget) -> int:
    """Ask about each draft; returns how many were restored. Nothing is asked while nothing can be
    saved (a read-only start): the drafts wait for a start that can store them."""
    if not ctx.can_write:
        return 0
    from kb_app.ui.notes.notes_io import notes_refusal_text

    restored = 0
    for draft in load_drafts(draft_folders(ctx.paths)):
        preview = first_line(draft.body) or QCoreApplication.translate("Drafts", "(empty note)")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Drafts", "Unsaved note found"),
            QCoreApplication.translate(
                "Drafts",
                "A note you wrote on {0} could not be saved then:\n\n“{1}”\n\nSave it "
                "now as a note? Discard throws the text away.",
            ).format(local_time(draft.saved_at), preview[:200]),
            parent=parent,
        )
        save = box.addButton(QCoreApplication.translate("Drafts", "Save the note"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(QCoreApplication.translate("Drafts", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QCoreApplication.translate("Drafts", "Ask me later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is save:
            try:
                restore_draft(ctx, draft)
            except KbError as exc:
                QMessageBox.warning(
                    parent, QCoreApplication.translate("Drafts", "Unsaved note found"), notes_refusal_text(exc)
                )
                continue
            restored += 1
        elif box.clickedButton() is discard:
            discard_draft(draft_folders(ctx.paths), draft.key)
    return restored
