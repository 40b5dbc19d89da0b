"""The notes' search index follows the installed library's country, rebuilt off the GUI thread.

Notes are analyzed with the library's main language (kb_app.core.search.notes_search.notes_analysis).
When a library of another country is switched in, or the user's database is opened under one,
the index is rebuilt in a task; until it is done, searches and writes keep using the analysis
the index records, so nothing is found or stored inconsistently in between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kb_app.core.op_changes import OpChanges
from kb_app.ui.shared.context import AppContext

if TYPE_CHECKING:
    from kb_app.ui.shared.tasks import TaskContext


def follow_library(ctx: AppContext) -> None:
    """From now on, every library or user database ``ctx`` announces gets its notes index current."""

    def on_change(changes: OpChanges, _handler: object) -> None:
        if changes.library or changes.notes:
            update_notes_index(ctx)

    ctx.operation_did_execute.connect(on_change)


def update_notes_index(ctx: AppContext) -> None:
    """Point the notes at the library's analysis; start the rebuild when the index was built with another."""
    store, userdata = ctx.notes, ctx.userdata
    # A pack opened with --pack is not the profile's library: the notes stay indexed for that one.
    if store is None or userdata is None or ctx.library is None or ctx.pinned_pack:
        return  # before the import: the first screen (the library, no notes yet) needs no analyzer
    from kb_app.core.search.notes_search import notes_analysis, rebuild_notes_index_at

    if store.follow(notes_analysis(ctx.library.country()), rebuild=False):
        return
    analysis, db = store.analysis, userdata.path

    def work(task: TaskContext) -> bool:
        return rebuild_notes_index_at(db, analysis, task.progress)

    # In the write pool: after an install that is still running, never beside another rebuild.
    # Nothing is announced when it is done: the notes did not change, and the next search reads
    # the new index. A failure leaves the index as it was, consistent with itself and searched as
    # built; the next start tries again.
    ctx.tasks.start(work, on_error=lambda _exc: None, writes=True)
