"""Independent work of a large job in worker processes, results handed back in the jobs' order.

An import of a large library reads, parses and analyzes every document on its own: worker
processes use the machine's other cores for it. The workers are *spawned* (a fresh interpreter),
never forked: the GUI imports in a QThread, and a fork copies a multithreaded process together
with whatever locks its other threads held at that moment.

Only our own code's values travel: a job (file paths, the country's declarations) goes out, and
what the worker built from the files it parsed comes back. The pickles are written by our worker
and read by its parent; nothing read from a pack is ever unpickled.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

MAX_WORKERS = 4  # each worker holds its own interpreter and caches: more would cost memory, not time
POLL_SECONDS = 0.1  # how often a cancel is looked at while a chunk runs

Job = TypeVar("Job")
Result = TypeVar("Result")
Cancel = Callable[[], bool]


class Cancelled(Exception):
    """The caller's cancel callback asked to stop; the workers are gone and nothing was kept."""


class WorkerFailed(Exception):
    """A worker process failed (a bug, out of memory, killed); the message says how."""


def worker_count() -> int:
    """Workers for this machine: one per core, at most MAX_WORKERS (1: do the work in-process)."""
    return min(MAX_WORKERS, os.cpu_count() or 1)


def run_in_workers(
    work: Callable[[Job], Result],
    jobs: Sequence[Job],
    workers: int,
    cancel: Cancel | None = None,
    jobs_per_worker: int | None = None,
) -> Generator[Result, None, None]:
    """``work(job)`` for each job in spawned worker processes, yielded in the order of ``jobs``.

    ``work`` must be a module-level function (a worker imports it by name). At most two jobs per
    worker are queued at a time. On a cancel or an error the workers are terminated before this
    raises; a caller that may leave the loop early closes the generator (``contextlib.closing``),
    which terminates them too. ``jobs_per_worker``: a worker is replaced by a fresh one after that
    many jobs (what a long-lived worker's caches and heap hold is given back).
    """
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        max_tasks_per_child=jobs_per_worker,
        initializer=_exit_with_parent,
    )
    finished = False
    try:
        pending: deque[Future[Result]] = deque()
        submitted = 0
        while submitted < len(jobs) or pending:
            while submitted < len(jobs) and len(pending) < 2 * workers:
                pending.append(pool.submit(work, jobs[submitted]))
                submitted += 1
            yield _result(pending.popleft(), cancel)
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            _terminate(pool)


def _exit_with_parent() -> None:
    """Runs first in each worker: when the parent dies without stopping it (killed, crashed), the
    worker ends too. Otherwise it would wait for its next job forever: it holds both ends of its
    job queue, so the parent's death closes nothing it reads."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()  # waits on the parent's sentinel, which closes when the parent is gone
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _result(future: Future[Result], cancel: Cancel | None) -> Result:
    while True:
        if cancel is not None and cancel():
            raise Cancelled
        try:
            return future.result(timeout=POLL_SECONDS)
        except FutureTimeout:
            continue
        except Exception as exc:  # the worker's own exception, or BrokenProcessPool when one died
            raise WorkerFailed(
                f"a worker process failed: {type(exc).__name__}" + (f": {exc}" if str(exc) else "")
            ) from exc


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now: a running chunk is not waited for."""
    terminate_workers = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate_workers is not None:
        terminate_workers()
        return
    # Before 3.14 the executor has no public way to stop a running worker; its process table and
    # manager thread are the only handles on them (taken first: shutdown() drops both).
    table = getattr(pool, "_processes", None) or {}
    manager = getattr(pool, "_executor_manager_thread", None)
    processes = list(table.values())
    pool.shutdown(wait=False, cancel_futures=True)
    _stop(processes)
    # The manager thread may have started a replacement worker meanwhile (one that finished its
    # share of jobs is replaced): once it has seen the pool break and exited, none is started any
    # more, and any it started is stopped too.
    if manager is not None:
        manager.join(timeout=10)
    _stop([p for p in list(table.values()) if p not in processes])


def _stop(processes: list[Any]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join()
