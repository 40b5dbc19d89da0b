"""Start-up of the frozen app against running from source, side by side.

    python benchmarks/frozen_bench.py [--rounds 9] [--dist DIR] [--against DIR]

``kb-app gui --quit-after-ready`` is started in turn from source (``python -m kb_app``, this
environment) and as the PyInstaller build (``DIR/kb-app``; default ``$KB_APP_FROZEN_DIST`` or
``dist/kb-app``, built with ``python -m kb_app.freeze`` when missing), alternating which goes first in
each round, on the same Qt platform (offscreen unless a display is set). Each variant has its own
profile with the library already installed (the first-run install is done once before timing and
reported apart), and source bytecode is compiled first: an installed app never compiles at start-up.
``--against DIR`` times another build (say, of the commit before a change) in the same alternating
rounds, with its own profile, and adds its figures and the ratio of the two builds' medians.

For each run we record the wall time the parent saw from spawning the process to reading its
``ready in N ms`` line, and the N the app reported itself (from process start; 10 ms clock ticks
on Linux). Prints one JSON object: the medians and 95th percentiles (nearest rank), the ratio
frozen/source (the issue's bar is <= 1.5) and the size of the build on disk. Exit code 1 if the
ratio misses the bar.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from ready_timing import bench_env, p95, time_ready, time_rounds

REPO = Path(__file__).resolve().parent.parent
EXE_NAME = "kb-app.exe" if sys.platform == "win32" else "kb-app"
BAR = 1.5


def _app_dir(given: str | None) -> Path:
    path = Path(given or os.environ.get("KB_APP_FROZEN_DIST") or REPO / "dist" / "kb-app").resolve()
    if path.name != "kb-app" or (path / "kb-app" / EXE_NAME).is_file():
        path = path / "kb-app"  # a dist folder was named: the app is the folder inside it
    if not (path / EXE_NAME).is_file():
        print(f"no build at {path}; building it with python -m kb_app.freeze", file=sys.stderr)
        subprocess.run(
            [sys.executable, "-m", "kb_app.freeze", "--dist", str(path.parent)], check=True, stdout=sys.stderr, cwd=REPO
        )
    return path


def _existing_app_dir(given: str) -> Path:
    path = Path(given).resolve()
    if (path / "kb-app" / EXE_NAME).is_file():
        path = path / "kb-app"
    if not (path / EXE_NAME).is_file():
        raise SystemExit(f"--against {given}: no {EXE_NAME} in it")
    return path


def _disk_bytes(folder: Path) -> int:
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            st = path.lstat()
            total += getattr(st, "st_blocks", 0) * 512 or st.st_size
    return total


def _summary(walls: list[float], reported: list[int]) -> dict[str, object]:
    return {
        "wall_ms_median": round(statistics.median(walls), 1),
        "wall_ms_p95": p95(walls),
        "reported_ms_median": statistics.median(reported),
        "reported_ms_p95": p95(reported),
        "wall_ms": [round(w, 1) for w in walls],
        "reported_ms": reported,
    }


def run(rounds: int, app_dir: Path, against: Path | None = None) -> dict[str, object]:
    compileall.compile_dir(REPO / "kb_app", quiet=1)
    env = bench_env()
    with tempfile.TemporaryDirectory(prefix="kb-frozen-bench-") as tmp:
        commands = {
            "source": [sys.executable, "-m", "kb_app", "gui", "--quit-after-ready", "--profile", f"{tmp}/source"],
            "frozen": [str(app_dir / EXE_NAME), "gui", "--quit-after-ready", "--profile", f"{tmp}/frozen"],
        }
        if against is not None:
            commands["against"] = [str(against / EXE_NAME), "gui", "--quit-after-ready", "--profile", f"{tmp}/against"]
        first_run = {name: time_ready(cmd, env)[1] for name, cmd in commands.items()}  # installs the library
        walls, reported = time_rounds(commands, rounds, env, alternate=True)
    source = _summary(walls["source"], reported["source"])
    frozen = _summary(walls["frozen"], reported["frozen"])
    ratio = float(frozen["wall_ms_median"]) / float(source["wall_ms_median"])  # type: ignore[arg-type]
    ratio_reported = (
        float(frozen["reported_ms_median"]) / float(source["reported_ms_median"])  # type: ignore[arg-type]
        if source["reported_ms_median"]
        else None
    )
    size = _disk_bytes(app_dir)
    result: dict[str, object] = {
        "benchmark": "kb-app gui --quit-after-ready: frozen vs source",
        "platform": f"{platform.system()} {platform.machine()}, Python {platform.python_version()}, "
        f"QT_QPA_PLATFORM={env.get('QT_QPA_PLATFORM', 'native')}",
        "rounds": rounds,
        "app": str(app_dir),
        "dist_mb": round(size / 1e6, 1),
        "dist_mib": round(size / 2**20, 1),
        "first_run_ready_ms": first_run,
        "source": source,
        "frozen": frozen,
        "ratio_wall": round(ratio, 2),
        "ratio_reported": round(ratio_reported, 2) if ratio_reported is not None else None,
        "bar": BAR,
        "pass": ratio <= BAR,
    }
    if against is not None:
        other = _summary(walls["against"], reported["against"])
        result["against"] = {"app": str(against), **other}
        result["ratio_frozen_vs_against_wall"] = round(
            float(frozen["wall_ms_median"]) / float(other["wall_ms_median"]),  # type: ignore[arg-type]
            3,
        )
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--dist", metavar="DIR", help="the one-folder app (or the dist folder above it)")
    parser.add_argument("--against", metavar="DIR", help="another build to time in the same rounds")
    args = parser.parse_args()
    against = _existing_app_dir(args.against) if args.against else None
    result = run(args.rounds, _app_dir(args.dist), against)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0 if result["pass"] else 1


if __name__ == "__main__":
    sys.exit(main())
