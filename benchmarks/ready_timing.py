"""Timing ``--quit-after-ready`` start-ups, shared by startup_bench.py and frozen_bench.py.

Each command is started in a fresh subprocess and must print ``ready in N ms`` as its first line.
For each run we keep the wall time the parent saw from spawning the process to reading that line
(millisecond resolution) and the N the child reported itself (from process start; 10 ms clock
ticks on Linux).
"""

from __future__ import annotations

import math
import os
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path


def p95(values: Sequence[float]) -> float:
    """The 95th percentile by nearest rank (of 11 rounds that is the slowest)."""
    ordered = sorted(values)
    return round(ordered[max(0, math.ceil(len(ordered) * 0.95) - 1)], 1)


# Offscreen Qt's screen is 800 pixels wide unless configured: the app then opens in its narrow
# layout (below 1000 px the notes panel becomes a tab, ~4 ms more work) while the imitation
# keeps its 1200×760. Both are measured on the laptop screen the visible-window timing uses.
OFFSCREEN_SCREEN = Path(__file__).with_name("offscreen_screen.json")


def bench_env() -> dict[str, str]:
    """The caller's environment, minus what would skew a start-up: a profile override and a ban on
    writing bytecode; offscreen Qt on a 1280×800 screen unless a display is set."""
    env = dict(os.environ)
    env.pop("KB_APP_PROFILE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={OFFSCREEN_SCREEN}"
    return env


def time_ready(cmd: Sequence[str], env: Mapping[str, str], timeout: float = 120) -> tuple[float, int]:
    """One start-up: (wall ms until the ``ready`` line, the ms the child reported)."""
    start = time.perf_counter()
    proc = subprocess.Popen(list(cmd), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=dict(env), text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    wall = (time.perf_counter() - start) * 1000
    proc.wait(timeout=timeout)
    if not line.startswith("ready in ") or proc.returncode != 0:
        raise RuntimeError(f"{list(cmd)} did not report ready (exit {proc.returncode}): {line!r}")
    return wall, int(line.split()[2])


def time_rounds(
    commands: Mapping[str, Sequence[str]], rounds: int, env: Mapping[str, str], *, alternate: bool = False
) -> tuple[dict[str, list[float]], dict[str, list[int]]]:
    """Warm the OS file cache with one uncounted run of each command, then ``rounds`` rounds that
    run each command once, in the given order (reversed every other round with ``alternate``).
    Returns the wall times and the reported times per command name."""
    for cmd in commands.values():
        time_ready(cmd, env)
    walls: dict[str, list[float]] = {name: [] for name in commands}
    reported: dict[str, list[int]] = {name: [] for name in commands}
    names = list(commands)
    for i in range(rounds):
        for name in reversed(names) if alternate and i % 2 else names:
            wall, n = time_ready(commands[name], env)
            walls[name].append(wall)
            reported[name].append(n)
    return walls, reported
