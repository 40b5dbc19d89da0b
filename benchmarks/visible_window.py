"""Time to the first visible window, measured from outside the process: the peer comparison of
startup_bench.py.

A program cannot be asked to report its own first paint unless it is ours, so every program here
(a bare PySide6 window, the plain-Qt imitation of our first screen, Zeal, and the app) is timed
the same way: on a private Xvfb display, from spawning the process until ``xdotool search
--onlyvisible --pid PID`` finds a mapped window of it (polled every few milliseconds), then the
process is killed. Each program runs once uncounted (file cache), then the rounds run them in
turn. Nothing is reached over the network; Zeal gets an empty home folder of its own.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

POLL_S = 0.004
TIMEOUT_S = 60.0


def missing_tools() -> list[str]:
    return [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]


@contextmanager
def private_display(size: str = "1280x800x24") -> Iterator[str]:
    """A fresh Xvfb server; yields its DISPLAY value (":N")."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _visible(display: str, pid: int) -> bool:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
        capture_output=True,
        env={**os.environ, "DISPLAY": display},
        timeout=10,
    )
    return found.returncode == 0 and bool(found.stdout.strip())


def time_visible(cmd: Sequence[str], env: Mapping[str, str], display: str) -> float:
    """Milliseconds from spawning ``cmd`` until a window of its process is mapped on ``display``."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd),
        env={**env, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        while not _visible(display, proc.pid):
            if proc.poll() is not None:
                raise RuntimeError(f"{list(cmd)} ended (exit {proc.returncode}) before showing a window")
            if time.perf_counter() - start > TIMEOUT_S:
                raise RuntimeError(f"{list(cmd)} showed no window within {TIMEOUT_S:.0f} s")
            time.sleep(POLL_S)
        return (time.perf_counter() - start) * 1000
    finally:
        try:  # the whole session: Zeal's web engine starts helper processes of its own
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=10)


def zeal_command(home: Path) -> tuple[list[str], dict[str, str]] | None:
    """Zeal with a home folder of its own (no docsets, no settings of the developer); None where
    Zeal is not installed."""
    zeal = shutil.which("zeal")
    if zeal is None:
        return None
    env = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(home / "run"),
    }
    (home / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # Chromium's sandbox refuses to run as root
    return [zeal], env


def visible_rounds(
    commands: Mapping[str, tuple[Sequence[str], Mapping[str, str]]], rounds: int, size: str = "1280x800x24"
) -> dict[str, list[float]]:
    """One uncounted run of each, then ``rounds`` rounds of all in turn, on one private display."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    with private_display(size) as display:
        for cmd, env in commands.values():
            time_visible_retrying(cmd, env, display)
        for _ in range(rounds):
            for name, (cmd, env) in commands.items():
                times[name].append(time_visible_retrying(cmd, env, display))
    return times


def time_visible_retrying(cmd: Sequence[str], env: Mapping[str, str], display: str, attempts: int = 3) -> float:
    # On this shared machine a start now and then dies before its first window (SIGABRT from the
    # X connection under load): that run says nothing about start-up time, so it is run again.
    for attempt in range(attempts):
        try:
            return time_visible(cmd, env, display)
        except RuntimeError:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


def temporary_home() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="kb-bench-peer-")
