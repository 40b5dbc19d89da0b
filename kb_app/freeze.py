"""Build the self-contained app (PyInstaller one-folder) that trainers hand out.

    python -m kb_app.freeze [--pack FILE | --knowledge DIR] [--default-municipality CODE] [--dist DIR]

1. stages the data the app carries into ``build/kb-app-staging/``: the content pack (built from
   ``knowledge/``, or from ``--knowledge DIR``, or a ready ``--pack FILE`` after verifying it) as
   ``kb_app/data/default.kbpack``, and the app's translations compiled from ``resources/translations/*.ts``;
2. runs PyInstaller with ``build.spec`` (``-- --staging DIR``);
3. prints the size of ``DIST/kb-app`` and its largest parts.

Needs a source checkout (``build.spec`` sits beside ``kb_app/``) and the ``build`` extra. This
module is excluded from the frozen app. The platform wrappers (installer, ``.dmg``, tarball) in
``packaging/`` start from its output.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from kb_app import APP_NAME

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "build.spec"
DEFAULT_KNOWLEDGE = REPO / "knowledge"
DEFAULT_DIST = REPO / "dist"
DEFAULT_WORK = REPO / "build"
PACK_IN_BUNDLE = Path("kb_app") / "data" / "default.kbpack"  # where core.paths.bundled_pack() looks
MIB = 1024 * 1024


class FreezeError(Exception):
    """A build step failed; the message says which and why."""


def stage(
    staging: Path,
    *,
    pack: Path | None = None,
    knowledge: Path | None = None,
    default_municipality: str | None = None,
    trusted_keys: Sequence[Path] = (),
) -> Path:
    """Fill ``staging`` with the data files the spec bundles; returns the staged pack.

    ``pack`` is embedded as it is after full verification; otherwise ``knowledge`` (default: the
    repository's ``knowledge/``) is validated and built, with ``default_municipality`` if given.
    """
    if pack is not None and default_municipality is not None:
        raise FreezeError(
            "--default-municipality needs the knowledge folder: a built pack carries its own "
            "default (rebuild it with 'kb-app build DIR -o FILE --default-municipality CODE' "
            "or pass --knowledge DIR)"
        )
    if staging.exists():
        shutil.rmtree(staging)
    target = staging / PACK_IN_BUNDLE
    target.parent.mkdir(parents=True)
    if pack is not None:
        from kb_app.core.packs.pack_file import verify_pack

        manifest = verify_pack(pack)  # raises PackError with the reason
        shutil.copyfile(pack, target)
        print(f"embedding pack {pack} ({manifest.title}, version {manifest.version})")
    else:
        from kb_app.core.packs.build import BuildError, build_pack

        source = knowledge or DEFAULT_KNOWLEDGE
        try:
            manifest = build_pack(source, target, default_municipality=default_municipality)
        except BuildError as exc:
            lines = [problem.format() for problem in exc.problems]
            raise FreezeError("\n".join([*lines, f"{source}: {exc}"])) from exc
        municipality = getattr(manifest, "default_municipality", None) or "none"
        print(
            f"built pack from {source}: {manifest.counts.get('total', '?')} documents, "
            f"version {manifest.version}, default municipality {municipality}"
        )
    _compile_translations(REPO / "resources" / "translations", staging / "resources" / "translations")
    _stage_trusted_keys(staging / "kb_app" / "data" / "trusted_keys", trusted_keys)
    return target


def _stage_trusted_keys(folder: Path, extra: Sequence[Path]) -> None:
    """The keys the built app trusts for every pack: the repository's, and a trainer's (--trusted-key)."""
    from kb_app.core.packs.signing import SigningError, read_public_key

    folder.mkdir(parents=True, exist_ok=True)
    shipped = REPO / "kb_app" / "data" / "trusted_keys"
    for key in [*sorted(shipped.glob("*.pub")), *extra]:
        try:
            public = read_public_key(key)  # a broken key file fails the build, not the user's import
        except (OSError, SigningError) as exc:
            raise FreezeError(f"{key}: not a public key ({exc})") from exc
        shutil.copyfile(key, folder / key.name)
        print(f"trusting key {public.fingerprint} ({key.stem}) for every pack")


def _compile_translations(source: Path, dest: Path) -> None:
    """``resources/translations/*.ts`` → ``.qm`` (compiled afresh for each build, so no stale ``.qm`` ships)."""
    sources = sorted(source.glob("*.ts"))
    if not sources:
        return
    lrelease = _lrelease()
    dest.mkdir(parents=True, exist_ok=True)
    for ts in sources:
        qm = dest / f"{ts.stem}.qm"
        subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"compiled {ts.relative_to(REPO)} -> {qm.name}")


def _lrelease() -> list[str]:
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
            candidate = Path(spec.origin).parent / name
            if candidate.is_file():
                return [str(candidate)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise FreezeError("pyside6-lrelease not found: install PySide6-Essentials in this environment")
    return [found]


def run_pyinstaller(staging: Path, dist: Path, work: Path) -> Path:
    """Run PyInstaller on ``build.spec``; returns the one-folder app."""
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
        "--",
        "--staging",
        str(staging),
    ]
    print("running", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=REPO)
    app_dir = dist / APP_NAME
    if not (app_dir / executable_name()).is_file():
        raise FreezeError(f"PyInstaller finished but {app_dir / executable_name()} is missing")
    return app_dir


def executable_name() -> str:
    return f"{APP_NAME}.exe" if sys.platform == "win32" else APP_NAME


def disk_usage(path: Path) -> int:
    """Bytes the folder takes on disk (allocated blocks where the OS reports them, as ``du``)."""
    total = 0
    for file in _files(path):
        st = file.lstat()
        blocks = getattr(st, "st_blocks", None)
        total += blocks * 512 if blocks is not None else st.st_size
    return total


def _files(path: Path) -> list[Path]:
    return [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]


def size_report(app_dir: Path, top: int = 12) -> dict[str, object]:
    """Total size, the largest files and the size of each part (second-level folder) of the app."""
    files = _files(app_dir)
    parts: dict[str, int] = defaultdict(int)
    for file in files:
        rel = file.relative_to(app_dir).parts
        key = "/".join(rel[:4] if rel[:3] == ("_internal", "PySide6", "Qt") else rel[:2])
        parts[key] += file.stat().st_size
    largest = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:top]
    return {
        "disk_mib": round(disk_usage(app_dir) / MIB, 1),
        "files": len(files),
        "parts_mib": {k: round(v / MIB, 1) for k, v in sorted(parts.items(), key=lambda kv: -kv[1])[:top]},
        "largest_files_mib": {str(p.relative_to(app_dir)): round(p.stat().st_size / MIB, 1) for p in largest},
    }


def print_report(app_dir: Path, report: dict[str, object]) -> None:
    print(f"\n{app_dir}: {report['disk_mib']} MiB on disk, {report['files']} files")
    print("largest parts:")
    for name, mib in report["parts_mib"].items():  # type: ignore[union-attr]
        print(f"  {mib:7.1f} MiB  {name}")
    print("largest files:")
    for name, mib in report["largest_files_mib"].items():  # type: ignore[union-attr]
        print(f"  {mib:7.1f} MiB  {name}")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m kb_app.freeze", description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--pack", type=Path, metavar="FILE", help="embed this content pack (verified first)")
    source.add_argument(
        "--knowledge",
        type=Path,
        metavar="DIR",
        help=f"build the embedded pack from this knowledge folder (default: {DEFAULT_KNOWLEDGE})",
    )
    parser.add_argument(
        "--default-municipality",
        metavar="CODE",
        help="municipality the app starts on (a code from 'kb-app municipalities')",
    )
    parser.add_argument(
        "--trusted-key",
        type=Path,
        action="append",
        default=[],
        metavar="KEY.pub",
        help="a publisher key the built app trusts for every pack (repeatable; the file name "
        "without .pub is the publisher's name the app shows)",
    )
    parser.add_argument(
        "--dist",
        type=Path,
        default=DEFAULT_DIST,
        metavar="DIR",
        help="output folder; the app lands in DIR/kb-app (default: %(default)s)",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=DEFAULT_WORK,
        metavar="DIR",
        help="PyInstaller's work folder and the staging folder (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    if args.pack is not None and args.default_municipality is not None:
        parser.error(
            "--default-municipality needs the knowledge folder (--knowledge DIR): a built pack carries "
            "its own default; rebuild it with 'kb-app build DIR -o FILE --default-municipality CODE'"
        )
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not SPEC.is_file():
        print(f"kb-app freeze: {SPEC} not found; build from a source checkout", file=sys.stderr)
        return 2
    started = time.perf_counter()
    work = args.work.resolve()
    try:
        staging = work / f"{APP_NAME}-staging"
        stage(
            staging,
            pack=args.pack,
            knowledge=args.knowledge,
            default_municipality=args.default_municipality,
            trusted_keys=args.trusted_key,
        )
        app_dir = run_pyinstaller(staging, args.dist.resolve(), work)
    except FreezeError as exc:
        print(f"kb-app freeze: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"kb-app freeze: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # PackError, ContentError…: one readable line
        print(f"kb-app freeze: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print_report(app_dir, size_report(app_dir))
    print(f"\nbuilt {app_dir / executable_name()} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    # Pack titles are Latvian: never let a legacy Windows console code page fail the build's output,
    # ours or PyInstaller's (a child process, which reads PYTHONUTF8).
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    os.environ.setdefault("PYTHONUTF8", "1")
    sys.exit(main())
