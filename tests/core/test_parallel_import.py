"""A large library is read in worker processes (kb_app.core.platform.parallel): the same library, cancellable,
and a worker's failure is an error, not a hang."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest

from kb_app.core.content import knowledge as content
from kb_app.core.content.knowledge import load_knowledge
from kb_app.core.library_files.libformat import LIBRARY_DB
from kb_app.core.packs.install import install_pack, validated_content
from kb_app.core.packs.pack_file import PackRefused
from kb_app.core.platform.parallel import Cancelled, WorkerFailed, run_in_workers
from kb_app.core.search.indexer import build_index
from kb_app.core.text.analysis import terms_and_words

REPO = Path(__file__).resolve().parents[2]
SERIAL = 10**9  # a threshold no test library reaches


def _article(doc_id: str, title: str, body: str) -> str:
    return (
        f"---\nid: {doc_id}\ntype: article\ntitle: {title}\nlang: lv\ntags: [tests]\n"
        f"summary: Pārbaudei.\nupdated: 2026-01-01\n---\n\n{body}\n"
    )


@pytest.fixture
def knowledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled library plus two documents whose file order is the reverse of their id order,
    each with another form of the same word; small chunks, and two workers even on one core."""
    root = tmp_path / "knowledge"
    shutil.copytree(REPO / "knowledge", root)
    (root / "aa-last.md").write_text(_article("zzz-last", "Kvazokrātu vēstule", "Kvazokrātiem ir plāns."), "utf-8")
    (root / "zz-first.md").write_text(_article("aaa-first", "Kvazokrāts", "Kvazokrāts raksta."), "utf-8")
    monkeypatch.setattr(content, "CHUNK_DOCUMENTS", 7)
    monkeypatch.setattr(content, "worker_count", lambda: 2)
    return root


def _tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, FTS5's own shadow tables (its index) included."""
    with closing(sqlite3.connect(db)) as conn:
        names = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}


def test_workers_build_the_same_library(knowledge: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = {}
    for mode, threshold in (("serial", SERIAL), ("parallel", 1)):
        monkeypatch.setattr(content, "PARALLEL_FROM", threshold)
        loaded = validated_content(knowledge, None)  # what an import runs
        assert (loaded.index_words is not None) == (mode == "parallel")
        folder = tmp_path / mode
        folder.mkdir()
        build_index(loaded, folder, release_text=True)
        built[mode] = _tables(folder / LIBRARY_DB)
    serial, parallel = built["serial"], built["parallel"]
    assert {"documents", "fts_data", "vocab", "postings"} <= set(serial)
    assert len(serial["documents"]) == len(list(knowledge.rglob("*.md"))) - 1  # the README is no document
    assert serial == parallel
    # The first word of a term comes from the first document in id order, not in file order.
    term = terms_and_words("Kvazokrāts", "lv", {})
    assert dict((t, w) for t, _df, w in serial["vocab"])[term] == "kvazokrāts"


def test_workers_report_the_same_problems_and_documents(knowledge: Path) -> None:
    (knowledge / "articles" / "broken.md").write_text("---\nid: [unclosed\n---\nbody\n", "utf-8")
    (knowledge / "articles" / "dangling.md").write_text(
        _article("art-dangling", "Saite", "Skatīt [šo](kb:nav-tada).").replace("tags: [tests]", "tags: 3"), "utf-8"
    )
    (knowledge / "articles" / "latin1.md").write_bytes("---\nid: x\n---\nR\xe7ga\n".encode("latin-1"))
    serial = load_knowledge(knowledge, parallel_from=SERIAL, index_terms=True)
    parallel = load_knowledge(knowledge, parallel_from=1, index_terms=True)
    assert len(serial.problems) >= 3
    assert parallel.problems == serial.problems
    assert parallel.documents == serial.documents
    assert [d.path for d in parallel.documents] == [d.path for d in serial.documents]


def test_progress_moves_while_the_workers_read(knowledge: Path) -> None:
    seen: list[tuple[int, int]] = []
    load_knowledge(knowledge, parallel_from=1, progress=lambda done, total: seen.append((done, total)))
    total = len(list(knowledge.rglob("*.md"))) - 1
    assert len(seen) == -(-total // 7)
    assert seen[-1] == (total, total) and [d for d, _ in seen] == sorted(d for d, _ in seen)


def _no_children_left() -> bool:
    # A terminated worker has been joined, but the process table may note its exit a moment later.
    deadline = time.monotonic() + 5
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    return multiprocessing.active_children() == []


def test_cancel_stops_the_workers(knowledge: Path) -> None:
    calls: list[int] = []
    with pytest.raises(Cancelled):
        load_knowledge(knowledge, parallel_from=1, cancel=lambda: calls.append(1) or len(calls) > 2)
    assert _no_children_left()


def test_cancelled_import_while_reading_leaves_nothing(
    knowledge: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kb_app.core.packs.build import build_pack

    pack = tmp_path / "big.kbpack"
    build_pack(knowledge, pack)
    monkeypatch.setattr(content, "PARALLEL_FROM", 1)
    root = tmp_path / "profile" / "library"
    progress: list[int] = []
    with pytest.raises(PackRefused) as refused:
        # cancelled once the validation phase (from 35 % of the bar) has begun
        install_pack(
            pack,
            root,
            progress=lambda done, _total: progress.append(done),
            cancel=lambda: bool(progress) and progress[-1] > 360,
        )
    assert refused.value.code == "cancelled"
    assert _no_children_left()
    assert not root.exists() or list(root.iterdir()) == []
    install_pack(pack, root)  # and the same pack imports afterwards, through the workers


def test_a_sleeping_pool_is_terminated_promptly() -> None:
    start = time.monotonic()
    with pytest.raises(Cancelled):
        list(run_in_workers(time.sleep, [60.0] * 4, 2, cancel=lambda: time.monotonic() - start > 0.5))
    assert time.monotonic() - start < 15
    assert _no_children_left()


@pytest.mark.parametrize(
    ("work", "job", "says"),
    [
        (int, "not a number", "ValueError"),
        (bytearray, 1 << 60, "MemoryError"),
        (os._exit, 3, "BrokenProcessPool"),  # the worker process dies
    ],
)
def test_a_failing_worker_is_an_error_not_a_hang(work: object, job: object, says: str) -> None:
    with pytest.raises(WorkerFailed, match=says):
        list(run_in_workers(work, [job], 1))  # type: ignore[arg-type]
    assert _no_children_left()


KILLED_PARENT = """
import os, sys, time
from kb_app.core.platform.parallel import run_in_workers

def pid_then_sleep(_job):
    os.write(1, f"{os.getpid()}\\n".encode())  # one write: two workers' print()s could interleave
    time.sleep(120)

if __name__ == "__main__":
    for _ in run_in_workers(pid_then_sleep, [0, 1], 2):
        pass
"""


def test_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = tmp_path / "parent.py"
    script.write_text(KILLED_PARENT, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=REPO)
    assert parent.stdout is not None
    try:
        workers = [int(parent.stdout.readline()) for _ in range(2)]
    finally:
        parent.kill()  # no cleanup at all, as when the app is killed in the middle of an import
        parent.wait()
        parent.stdout.close()
    deadline = time.monotonic() + 10
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.1)
        alive = [pid for pid in workers if _running(pid)]
    assert alive == []


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:  # a zombie (ended, not yet reaped by init) counts as ended
            return fh.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False
