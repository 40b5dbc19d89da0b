"""The window runs the core's operations through AppContext.run_op, which announces what each
returned; the import dialog calls the same core operation as `kb-app pack import`, which checks
the pack's hashes once; dialogs that read or replace all notes first save what is being typed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from kb_app.core import operations
from kb_app.core.op_changes import NOTES, OpChanges, OpResult
from kb_app.core.packs import pack_file as pack_module


def _record(window: Any) -> list[tuple[OpChanges, object]]:
    seen: list[tuple[OpChanges, object]] = []
    window.ctx.operation_did_execute.connect(lambda changes, handler: seen.append((changes, handler)))
    return seen


def test_run_op_applies_then_announces_what_the_operation_returned_then_reports(window: Any) -> None:
    seen = _record(window)
    steps: list[str] = []
    result = window.ctx.run_op(
        lambda task: steps.append(f"op {task}") or OpResult(NOTES, 7),
        apply=lambda r: steps.append(f"apply {r.value} {len(seen)}"),
        on_done=lambda r: steps.append(f"done {r.value} {len(seen)}"),
        handler=window,
    )
    assert result == OpResult(NOTES, 7)
    assert steps == ["op None", "apply 7 0", "done 7 1"]  # applied before the views hear of it
    assert seen == [(NOTES, window)]


def test_run_op_announces_nothing_when_nothing_changed(window: Any) -> None:
    from kb_app.core.op_changes import NOTHING

    seen = _record(window)
    assert window.ctx.run_op(lambda _task: OpResult(NOTHING, 0)).value == 0
    assert seen == []


def test_a_slow_operation_runs_off_the_gui_thread_and_is_announced_when_done(qtbot: Any, window: Any) -> None:
    import threading

    seen = _record(window)
    threads: list[bool] = []

    def op(task: Any) -> OpResult[str]:
        threads.append(threading.current_thread() is threading.main_thread())
        assert task is not None
        task.progress(1, 1)
        return OpResult(NOTES, "ok")

    done: list[str] = []
    task = window.ctx.run_op(op, slow=True, on_done=lambda r: done.append(r.value))
    assert task is not None
    qtbot.waitUntil(lambda: done == ["ok"], timeout=5000)
    assert threads == [False] and seen == [(NOTES, None)]


def test_the_import_dialog_calls_the_core_operation_and_checks_each_hash_once(
    qtbot: Any, window: Any, fixture_pack: Path, monkeypatch: Any
) -> None:
    from kb_app.ui.dialogs import changes_dialog as changes
    from kb_app.ui.dialogs import import_pack, trust_question

    monkeypatch.setattr(changes.ChangesDialog, "exec", lambda _self: 0)
    monkeypatch.setattr(trust_question, "ask_trust", lambda _parent, _refusal: True)
    calls: list[dict[str, Any]] = []
    real_op = operations.import_pack

    def spy(pack: Path, paths: Any, **options: Any) -> Any:
        calls.append(options)
        return real_op(pack, paths, **options)

    monkeypatch.setattr(operations, "import_pack", spy)
    checked: Counter[str] = Counter()
    real_stream = pack_module._stream

    def counting(zf: Any, info: Any, entry: Any, ticker: Any, write: Any = None, hashed: bool = True) -> None:
        if hashed:
            checked[info.filename] += 1
        real_stream(zf, info, entry, ticker, write, hashed)

    monkeypatch.setattr(pack_module, "_stream", counting)
    seen = _record(window)
    old_dir = window.ctx.library.directory
    dialog = import_pack.ImportPackDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.import_file(fixture_pack)
    qtbot.waitUntil(lambda: dialog.result_dir is not None, timeout=20_000)
    assert window.ctx.library.directory == dialog.result_dir != old_dir
    # Refused as unsigned first, asked, then imported with trust: two runs of the one operation.
    assert [(c["trust"], c["profile_locked"]) for c in calls] == [(False, True), (True, True)]
    library_announced = [changes for changes, _handler in seen if changes.library]
    assert len(library_announced) == 1  # once, after the new library was opened
    members = pack_module.read_manifest_only(fixture_pack).files
    assert set(checked) == set(members) and set(checked.values()) == {2}  # once per run, not 2 or 3


def test_a_deleted_note_is_announced_by_the_operation_and_undo_brings_it_back(
    qtbot: Any, user: Any, window: Any
) -> None:
    note = window.ctx.notes.add(user.municipality, "Dzēšamā", "con-policija")
    window.open_location("con-policija")
    seen = _record(window)
    window.notes.list.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.ctx.notes.get(note.id).deleted and seen == [(NOTES, None)]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.ctx.notes.get(note.id).deleted and seen == [(NOTES, None), (NOTES, None)]


def test_exporting_notes_first_saves_the_text_being_typed(qtbot: Any, user: Any, window: Any, tmp_path: Path) -> None:
    from kb_app.ui.notes.notes_io import export_notes_dialog

    window.open_location("con-policija")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    user.type(window.notes.editor, "Vēl nesaglabāts")
    assert window.ctx.notes.notes_for(doc_id="con-policija") == []  # the autosave timer has not fired
    target = tmp_path / "notes.json"
    window.ctx.main_window = None  # the dialog asks through the context's signal, not through the window object
    assert export_notes_dialog(window.ctx, window, str(target)) == 1
    assert "Vēl nesaglabāts" in target.read_text(encoding="utf-8")
