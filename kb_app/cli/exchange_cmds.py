"""Problem reports, from the worker to the trainer.

feedback export -o FILE · feedback collect FILE... [--json]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kb_app.cli.options import add_profile_option
from kb_app.core.platform.textsafe import json_for_terminal


def register(subparsers: Any) -> None:
    feedback = subparsers.add_parser("feedback", help="problem reports for the trainer")
    commands = feedback.add_subparsers(dest="feedback_command", required=True, metavar="COMMAND")

    p = commands.add_parser("export", help="write this profile's problem reports to a file for the trainer")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    add_profile_option(p)
    p.set_defaults(handler=cmd_feedback_export)

    p = commands.add_parser("collect", help="merge workers' feedback files, grouped by document")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the merged list as JSON")
    add_profile_option(p)
    p.set_defaults(handler=cmd_feedback_collect)


def _installed(paths: Any) -> tuple[Path | None, str, str]:
    """(library.db, pack id, pack version) of the installed library, or (None, "", "")."""
    from kb_app.core.library_files.libformat import LIBRARY_DB
    from kb_app.core.library_files.libroot import current_library
    from kb_app.core.packs.install import read_manifest

    library = current_library(paths.library_root)
    if library is None:
        return None, "", ""
    manifest = read_manifest(library)
    return library / LIBRARY_DB, manifest.id, manifest.version


def cmd_feedback_export(args: argparse.Namespace) -> int:
    from kb_app.cli.data_cmds import _open_userdata, _paths
    from kb_app.core.userdata.feedback import FeedbackStore, export_feedback

    paths = _paths(args)
    _db, pack_id, version = _installed(paths)
    with _open_userdata(paths) as userdata:
        municipality = _municipality(paths)
        count = export_feedback(FeedbackStore(userdata), Path(args.output), pack_id, version, municipality)
    print(f"Exported {count} problem report{'' if count == 1 else 's'} to {args.output}.")
    return 0


def _municipality(paths: Any) -> str | None:
    """The worker's municipality from the preferences, if chosen."""
    from kb_app.core.userdata.preferences import PreferencesFile

    return PreferencesFile(paths.profile).load().municipality or None


def cmd_feedback_collect(args: argparse.Namespace) -> int:
    from kb_app.cli.data_cmds import _paths
    from kb_app.core.platform.errors import KbError
    from kb_app.core.userdata.feedback import collect

    titles = None
    try:
        db, _pack_id, _version = _installed(_paths(args))
        if db is not None:
            titles = _titles(db)
    except KbError:
        titles = None  # without a library the reports are still collected, just not checked
    collection = collect([Path(f) for f in args.files], titles)
    for refusal in collection.refused:
        print(f"kb-app: refused {refusal}", file=sys.stderr)
    if args.json:
        print(json_for_terminal(collection.to_json(), indent=2))
    else:
        print(collection.to_text())
    return 1 if collection.refused else 0


def _titles(db: Path) -> dict[str, str]:
    import sqlite3
    from contextlib import closing

    from kb_app.core.library_files.libformat import open_readonly

    with closing(open_readonly(db)) as conn:
        try:
            return {row[0]: row[1] or row[0] for row in conn.execute("SELECT id, title FROM documents")}
        except sqlite3.Error:
            return {}
