"""Exporting and importing notes: the same core functions as ``kb-app notes export|import``
(docs/interface-contract.md §4), so a file from one tool always works in the other. The core refuses a
file with a ``NotesRefused.code``; :func:`notes_refusal_text` says why in the user's language."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from kb_app.core.platform.errors import KbError
from kb_app.ui.look.folders import ask_open, ask_save
from kb_app.ui.look.saved_notice import announce_saved
from kb_app.ui.shared.context import AppContext
from kb_app.ui.shared.i18n import QT_TRANSLATE_NOOP


class NotesIO(QObject):
    """Plural strings of this module: lupdate recognises a plural only as ``self.tr(text, "", n)``.

    The class name is the translation context the module's other strings use.
    """

    def exported(self, count: int) -> str:
        return self.tr("%n note(s) exported to {0}", "", count)


# Why a whole file was refused. Placeholders: {file}, and per code {size_mb} {max_mb}, {line} {column},
# {version} {supported}.
FILE_REASONS: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("NotesIO", "The file {file} does not exist."),
    "not_a_file": QT_TRANSLATE_NOOP("NotesIO", "{file} is a folder, not a notes file."),
    "too_large": QT_TRANSLATE_NOOP(
        "NotesIO", "The file {file} is {size_mb} MB, more than the {max_mb} MB a notes file may have."
    ),
    "unreadable": QT_TRANSLATE_NOOP("NotesIO", "The file {file} cannot be read (check that you may open it)."),
    "not_utf8": QT_TRANSLATE_NOOP("NotesIO", "The file {file} is not UTF-8 text, so it is not a notes file."),
    "not_json": QT_TRANSLATE_NOOP("NotesIO", "The file {file} is not valid JSON, so it is not a notes file."),
    "not_json_at": QT_TRANSLATE_NOOP(
        "NotesIO", "The file {file} is not valid JSON (line {line}, column {column}), so it is not a notes file."
    ),
    "not_notes_file": QT_TRANSLATE_NOOP("NotesIO", "{file} is not a notes file of this app."),
    "no_version": QT_TRANSLATE_NOOP("NotesIO", "The notes file {file} has no valid version number."),
    "newer_version": QT_TRANSLATE_NOOP(
        "NotesIO",
        "The notes file {file} was made by a newer version of the app "
        "(version {version}; this app reads version {supported}). "
        "Update the app first.",
    ),
    "no_notes_list": QT_TRANSLATE_NOOP("NotesIO", "The notes file {file} has no list of notes."),
    "write_failed": QT_TRANSLATE_NOOP(
        "NotesIO", "The notes could not be written to {file} (is the disk full or the folder read-only?)."
    ),
    "too_many_notes": QT_TRANSLATE_NOOP(
        "NotesIO", "The file {file} holds more notes than the {limit} a notes file may have."
    ),
}

# Why one note of a file was refused. Placeholders: {field}, {value}.
NOTE_REASONS: dict[str, str] = {
    "not_object": QT_TRANSLATE_NOOP("NotesIO", "It is not a JSON object."),
    "field_missing": QT_TRANSLATE_NOOP("NotesIO", "The field '{field}' is missing."),
    "bad_id": QT_TRANSLATE_NOOP("NotesIO", "The field 'id' is not a UUID (like 1b4e28ba-2fa1-11d2-883f-0016d3cca427)."),
    "bad_municipality": QT_TRANSLATE_NOOP("NotesIO", "The field 'municipality' must be a municipality code."),
    "unknown_municipality": QT_TRANSLATE_NOOP("NotesIO", "The municipality '{value}' is not in the installed library."),
    "bad_doc_id": QT_TRANSLATE_NOOP("NotesIO", "The field 'doc_id' must be a document id or null."),
    "bad_body": QT_TRANSLATE_NOOP("NotesIO", "The field 'body' must be text."),
    "bad_deleted": QT_TRANSLATE_NOOP("NotesIO", "The field 'deleted' must be true or false."),
    "bad_time": QT_TRANSLATE_NOOP("NotesIO", "The field '{field}' must be a date and time like 2026-11-20T09:12:00Z."),
    "no_time_zone": QT_TRANSLATE_NOOP(
        "NotesIO", "The field '{field}' has no time zone; write it like 2026-11-20T09:12:00Z (Z means UTC)."
    ),
    "time_out_of_range": QT_TRANSLATE_NOOP("NotesIO", "The field '{field}' is out of range."),
    "duplicate_id": QT_TRANSLATE_NOOP("NotesIO", "Its id {value} appears earlier in the file too."),
    "body_too_long": QT_TRANSLATE_NOOP(
        "NotesIO", "The note {value} is {length} characters long, more than the {limit} a note may have."
    ),
    "body_not_unicode": QT_TRANSLATE_NOOP(
        "NotesIO", "The text of the note {value} holds a broken character (not valid Unicode)."
    ),
    "time_in_future": QT_TRANSLATE_NOOP(
        "NotesIO",
        "The field '{field}' ({value}) is in the future. Check the date and time of the computer that wrote the file.",
    ),
}

# A refused change to one note (not a file).
NOTE_OPERATIONS: dict[str, str] = {
    "no_municipality": QT_TRANSLATE_NOOP("NotesIO", "Choose your municipality first: every note belongs to one."),
    "note_missing": QT_TRANSLATE_NOOP("NotesIO", "This note no longer exists."),
    "note_deleted": QT_TRANSLATE_NOOP("NotesIO", "This note has been deleted."),
    "bad_doc_id": QT_TRANSLATE_NOOP("NotesIO", "That is not a document id."),
    "note_too_long": QT_TRANSLATE_NOOP(
        "NotesIO",
        "The note is {length} characters long, more than the {limit} "
        "a note may have. Shorten it or split it into several notes.",
    ),
    "bad_text": QT_TRANSLATE_NOOP("NotesIO", "The note holds a broken character (not valid Unicode); remove it."),
}


def notes_refusal_text(exc: BaseException) -> str:
    """A refused notes file or note change in the user's language; the core's English words for
    anything the tables do not know. It quotes values from someone's file: shown inert and bounded."""
    from kb_app.core.platform.textsafe import clean_for_output

    return clean_for_output(_refusal_text(exc), limit=600)


def _refusal_text(exc: BaseException) -> str:
    from kb_app.core.userdata.notes import NotesRefused

    if not isinstance(exc, NotesRefused):
        from kb_app.ui.notes.notes_backup import userdata_error_text

        return userdata_error_text(exc)
    values = {"file": exc.file, "field": exc.field or "", **exc.params}
    try:
        if exc.note is not None:
            if exc.code not in NOTE_REASONS:
                return str(exc)
            reason = QCoreApplication.translate("NotesIO", NOTE_REASONS[exc.code]).format(**values)
            frame = QCoreApplication.translate(
                "NotesIO", "{file}: note {note} of {total} was refused. {reason} Nothing was imported."
            )
            return frame.format(file=exc.file, note=exc.note, total=exc.total, reason=reason)
        code = "not_json_at" if exc.code == "not_json" and "line" in exc.params else exc.code
        table = FILE_REASONS if exc.file else NOTE_OPERATIONS
        if code not in table:
            return str(exc)
        return QCoreApplication.translate("NotesIO", table[code]).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
        return str(exc)


def export_notes_dialog(ctx: AppContext, parent: QWidget, path: str | None = None) -> int | None:
    from kb_app.core.userdata.notes import export_notes

    if ctx.notes is None:
        return None
    if path is None:
        path = ask_save(
            parent,
            ctx.settings,
            "notes",
            QCoreApplication.translate("NotesIO", "Export notes"),
            f"kb-app-notes-{datetime.now():%Y-%m-%d}.json",
            QCoreApplication.translate("NotesIO", "Notes files (*.json)"),
        )
        if path is None:
            return None
    ctx.flush_pending_edits()
    try:
        count = export_notes(ctx.notes, Path(path))
    except (KbError, OSError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("NotesIO", "Export failed"), notes_refusal_text(exc))
        return None
    target = Path(path).absolute()
    announce_saved(parent, target, NotesIO().exported(count).format(target))
    return count


def import_notes_dialog(ctx: AppContext, parent: QWidget, path: str | None = None) -> object | None:
    from kb_app.core.operations import merge_notes
    from kb_app.core.userdata.notes import read_notes_file

    if ctx.notes is None or ctx.library is None or ctx.read_only:
        return None
    if path is None:
        path = ask_open(
            parent,
            ctx.settings,
            "notes",
            QCoreApplication.translate("NotesIO", "Import notes"),
            QCoreApplication.translate("NotesIO", "Notes files (*.json)"),
        )
        if path is None:
            return None
    known = {m.code for m in ctx.library.municipalities()}
    store, aliases = ctx.notes, ctx.library.municipality_aliases()
    try:
        notes = read_notes_file(Path(path), known, aliases)  # the whole file, before anything is stored
        result = ctx.run_op(lambda _task: merge_notes(store, notes)).value
    except (KbError, OSError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("NotesIO", "Import refused"), notes_refusal_text(exc))
        return None
    text = QCoreApplication.translate("NotesIO", "Notes imported: {0} new, {1} updated, {2} unchanged")
    _message(parent, text.format(result.added, result.updated, result.unchanged))
    return result


def _message(parent: QWidget, text: str) -> None:
    show = getattr(parent.window(), "show_message", None)
    if callable(show):
        show(text)
