"""Kill tests (issue 5): a process importing notes, and one swapping a pack, are SIGKILLed at random
moments; every time, the profile must open, pass its integrity check, and hold all or none of
each operation. The number of runs is printed and recorded as a test property."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from kb_app.core.packs.install import current_library, install_pack, verify_installed
from kb_app.core.platform.lock import ProfileLock
from kb_app.core.platform.paths import AppPaths
from kb_app.core.userdata.notes import NotesStore
from kb_app.core.userdata.user_db import format_time, open_userdata, utc_now
from tests.core.conftest_data import ALIASES, CODES, build_pack, tree_hash

RUNS = 30
REPO = Path(__file__).resolve().parents[2]

NOTES_CHILD = """
import json, sys
from pathlib import Path
from kb_app.core.platform.lock import ProfileLock
from kb_app.core.userdata.notes import NotesStore, import_notes
from kb_app.core.platform.paths import AppPaths
from kb_app.core.userdata.user_db import open_userdata

profile, notes_file, codes, aliases = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
lock = ProfileLock(profile)
assert lock.acquire()
with open_userdata(AppPaths(profile)) as userdata:
    store = NotesStore(userdata)
    print("go", flush=True)
    import_notes(store, notes_file, set(json.loads(codes)), json.loads(aliases))
"""

PACK_CHILD = """
import sys
from pathlib import Path
from kb_app.core.packs.install import install_pack
from kb_app.core.platform.lock import ProfileLock
from kb_app.core.platform.paths import AppPaths

profile, pack = Path(sys.argv[1]), Path(sys.argv[2])
lock = ProfileLock(profile)
assert lock.acquire()
print("go", flush=True)
install_pack(pack, AppPaths(profile).library_root)
"""


def _start(script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, env=env, cwd=REPO)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "go", "child failed before starting its work"
    return proc


def _timed_run(script: str, *args: str) -> float:
    """How long the work takes after 'go', so kills can be spread over all of it."""
    proc = _start(script, *args)
    started = time.perf_counter()
    assert proc.wait(timeout=60) == 0
    assert proc.stdout is not None
    proc.stdout.close()
    return time.perf_counter() - started


def _kill_runs(
    script: str,
    args: Callable[[Path], tuple[str, ...]],
    fresh_profile: Callable[[int], Path],
    check: Callable[[Path], str],
    duration: float,
    seed: int,
) -> Counter[str]:
    rng = random.Random(seed)
    outcomes: Counter[str] = Counter()
    for run in range(RUNS):
        profile = fresh_profile(run)
        proc = _start(script, *args(profile))
        time.sleep(rng.uniform(0, duration * 1.3))
        proc.kill()  # SIGKILL on POSIX: no cleanup handlers, no atexit, no flush
        code = proc.wait(timeout=60)
        assert proc.stdout is not None
        proc.stdout.close()
        outcomes["killed" if code != 0 else "finished"] += 1
        # The lock died with the process.
        lock = ProfileLock(profile)
        assert lock.acquire(), f"run {run}: the killed process still holds the profile"
        lock.release()
        outcomes[check(profile)] += 1
    return outcomes


# --- notes import --------------------------------------------------------------------------------

NOTES_IN_FILE = 4000
EXISTING = 20
# Later than the notes the test adds now, so the import wins; within the clock skew a notes file
# may have (issue 13: times further ahead are refused).
IMPORT_WINS_AT = format_time(utc_now() + timedelta(hours=1))


def _notes_file(path: Path, existing_ids: list[str]) -> Path:
    notes = [
        {
            "id": f"{i:08x}-0000-4000-8000-000000000000",
            "municipality": "varaklanu-novads" if i % 7 == 0 else "riga",
            "doc_id": f"doc-{i % 50}" if i % 3 else None,
            "body": f"Piezīme {i} " + "teksts " * 40,
            "created_at": "2026-11-20T09:12:00Z",
            "updated_at": "2026-11-21T15:40:00+02:00",
            "deleted": i % 11 == 0,
        }
        for i in range(NOTES_IN_FILE)
    ]
    notes += [
        {
            "id": note_id,
            "municipality": "riga",
            "doc_id": None,
            "body": "updated by import",
            "created_at": "2026-01-01T00:00:00Z",
            "updated_at": IMPORT_WINS_AT,
            "deleted": False,
        }
        for note_id in existing_ids
    ]
    path.write_text(
        json.dumps({"format": "kb-app-notes", "version": 1, "exported_at": "2026-11-27T10:00:00Z", "notes": notes}),
        encoding="utf-8",
    )
    return path


@pytest.mark.slow
def test_killed_notes_import_leaves_all_or_nothing(tmp_path: Path, record_property: Callable[..., None]) -> None:
    base = AppPaths(tmp_path / "base")
    with open_userdata(base) as userdata:
        store = NotesStore(userdata)
        existing = [store.add("riga", f"mine {i}").id for i in range(EXISTING)]
    notes_file = _notes_file(tmp_path / "notes.json", existing)

    def fresh(run: int) -> Path:
        target = tmp_path / f"run-{run}"
        shutil.copytree(base.profile, target)
        return target

    def args(profile: Path) -> tuple[str, ...]:
        return (str(profile), str(notes_file), json.dumps(sorted(CODES)), json.dumps(ALIASES))

    def check(profile: Path) -> str:
        with open_userdata(AppPaths(profile)) as userdata:
            assert not userdata.recovered and userdata.integrity_ok()
            store = NotesStore(userdata)
            total = len(store.notes_for(include_deleted=True))
            updated = sum(store.get(note_id).body == "updated by import" for note_id in existing)
            with_history = sum(bool(store.history(note_id)) for note_id in existing)
        if total == EXISTING and updated == 0 and with_history == 0:
            return "none"
        assert (total, updated, with_history) == (EXISTING + NOTES_IN_FILE, EXISTING, EXISTING), (
            f"partial import in {profile.name}: {total} notes, {updated} updated"
        )
        return "all"

    duration = _timed_run(NOTES_CHILD, *args(fresh(-1)))
    assert check(tmp_path / "run--1") == "all"
    outcomes = _kill_runs(NOTES_CHILD, args, fresh, check, duration, seed=1)
    _report(record_property, "notes import", outcomes, duration)
    assert outcomes["none"] >= 1 and outcomes["killed"] >= RUNS // 4


# --- pack swap -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_killed_pack_swap_leaves_old_or_new_library(tmp_path: Path, record_property: Callable[..., None]) -> None:
    old_pack = build_pack(tmp_path, "old.kbpack", version="1")
    new_pack = build_pack(tmp_path, "new.kbpack", version="2", filler=2000, index_size=12 * 1024 * 1024)
    base = AppPaths(tmp_path / "base")
    install_pack(old_pack, base.library_root)
    with open_userdata(base) as userdata:
        NotesStore(userdata).add("riga", "survives every swap", "article-intro")
    notes_hash = tree_hash(base.user_db)

    def fresh(run: int) -> Path:
        target = tmp_path / f"run-{run}"
        shutil.copytree(base.profile, target)
        return target

    def check(profile: Path) -> str:
        paths = AppPaths(profile)
        current = current_library(paths.library_root)
        assert current is not None, f"{profile.name}: no usable library"
        manifest = verify_installed(current)  # every file present and matching its checksum
        with closing(sqlite3.connect(f"{(current / 'library.db').as_uri()}?mode=ro", uri=True)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert tree_hash(paths.user_db) == notes_hash
        if manifest.version == "2":
            assert (current / "changes.json").is_file()
            return "new"
        assert manifest.version == "1"
        return "old"

    duration = _timed_run(PACK_CHILD, str(fresh(-1)), str(new_pack))
    assert check(tmp_path / "run--1") == "new"
    outcomes = _kill_runs(PACK_CHILD, lambda p: (str(p), str(new_pack)), fresh, check, duration, seed=2)
    # Whatever the kill left behind, the next import works and cleans up after it.
    for run in range(0, RUNS, 3):
        root = AppPaths(tmp_path / f"run-{run}").library_root
        result = install_pack(new_pack, root)
        assert not list(root.glob("*.partial"))
        assert len([p for p in root.iterdir() if p.is_dir()]) <= 2
        assert current_library(root) == result.library_dir
    _report(record_property, "pack swap", outcomes, duration)
    assert outcomes["old"] >= 1 and outcomes["killed"] >= RUNS // 4


def _report(record_property: Callable[..., None], name: str, outcomes: Counter[str], duration: float) -> None:
    summary = ", ".join(f"{key} {value}" for key, value in sorted(outcomes.items()))
    print(f"\n{name} kill test: {RUNS} runs over a {duration * 1000:.0f} ms operation: {summary}")
    record_property(f"{name} kill runs", RUNS)
    record_property(f"{name} outcomes", summary)
