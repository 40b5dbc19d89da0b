"""Commands that change or inspect the user's own data: notes and backups.

notes export -o FILE [--municipality M] · notes import FILE · notes delete ID · notes sync DIR ·
backup [-o FILE] · restore FILE
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kb_app.cli.options import add_profile_option

if TYPE_CHECKING:
    from kb_app.core.platform.paths import AppPaths
    from kb_app.core.userdata.user_db import UserData


def register(subparsers: Any) -> None:
    notes = subparsers.add_parser("notes", help="export or import notes")
    notes_commands = notes.add_subparsers(dest="notes_command", required=True, metavar="COMMAND")

    p = notes_commands.add_parser("export", help="write the profile's notes to a file")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--municipality", metavar="M", help="only the notes of this municipality")
    add_profile_option(p)
    p.set_defaults(handler=cmd_notes_export)

    p = notes_commands.add_parser("import", help="merge notes from a file")
    p.add_argument("file", metavar="FILE")
    add_profile_option(p)
    p.set_defaults(handler=cmd_notes_import)

    p = notes_commands.add_parser("delete", help="delete one note (the deletion travels in exports)")
    p.add_argument("id", metavar="ID", help="the note's id, as in an exported notes file")
    add_profile_option(p)
    p.set_defaults(handler=cmd_notes_delete)

    p = notes_commands.add_parser(
        "sync", help="write this installation's notes to a shared folder and merge the others' there"
    )
    p.add_argument("folder", metavar="DIR")
    add_profile_option(p)
    p.set_defaults(handler=cmd_notes_sync)

    p = subparsers.add_parser("backup", help="back up the notes database now")
    p.add_argument("-o", "--output", metavar="FILE", help="where to write it (default: the profile's backups folder)")
    add_profile_option(p)
    p.set_defaults(handler=cmd_backup)

    p = subparsers.add_parser("restore", help="replace the notes database with a backup")
    p.add_argument("file", metavar="FILE")
    add_profile_option(p)
    p.set_defaults(handler=cmd_restore)


def _paths(args: argparse.Namespace) -> AppPaths:
    from kb_app.core.platform.paths import resolve_profile

    return resolve_profile(args.profile)


def _library_db(paths: AppPaths) -> Path:
    from kb_app.core.library_files.libformat import LIBRARY_DB
    from kb_app.core.library_files.libroot import current_library

    library = current_library(paths.library_root)
    if library is None:
        from kb_app.core.library.bootstrap import ensure_library

        library = ensure_library(paths)
    return library / LIBRARY_DB


def _open_userdata(paths: AppPaths) -> UserData:
    from kb_app.core.userdata.user_db import open_userdata

    userdata = open_userdata(paths)
    recovery = userdata.recovery
    if recovery is not None:
        backup = recovery.restored_from
        source = f"the backup {backup.name}" if backup else "an empty database (no good backup was found)"
        print(
            f"kb-app: warning: the notes database was damaged ({recovery.reason}); it was kept as "
            f"{recovery.damaged_copy.name} and replaced with {source}",
            file=sys.stderr,
        )
    return userdata


def cmd_notes_export(args: argparse.Namespace) -> int:
    from kb_app.core.platform.errors import NotesError
    from kb_app.core.userdata.notes import NotesStore, export_notes, library_municipalities

    paths = _paths(args)
    municipality = args.municipality
    if municipality is not None:
        codes, aliases = library_municipalities(_library_db(paths))
        municipality = municipality if municipality in codes else aliases.get(municipality)
        if municipality not in codes:
            raise NotesError(
                f"'{args.municipality}' is not a municipality of the installed library (see 'kb-app municipalities')"
            )
    with _open_userdata(paths) as userdata:
        # Only read: the search index is left for a command that searches to bring up to date.
        count = export_notes(NotesStore(userdata, rebuild=False), Path(args.output), municipality)
    print(f"Exported {count} note{'' if count == 1 else 's'} to {args.output}.")
    return 0


def cmd_notes_import(args: argparse.Namespace) -> int:
    from kb_app.core.operations import merge_notes
    from kb_app.core.platform.lock import ProfileLock
    from kb_app.core.search.notes_search import library_notes_analysis
    from kb_app.core.userdata.notes import NotesStore, library_municipalities, read_notes_file

    paths = _paths(args)
    library_db = _library_db(paths)
    codes, aliases = library_municipalities(library_db)
    # The whole file is checked before the profile is locked, backed up or written.
    notes = read_notes_file(Path(args.file), codes, aliases)
    with ProfileLock(paths.profile), _open_userdata(paths) as userdata:
        userdata.backup_if_due()
        result = merge_notes(NotesStore(userdata, analysis=library_notes_analysis(library_db)), notes).value
    print(f"Notes imported: {result.added} added, {result.updated} updated, {result.unchanged} unchanged.")
    return 0


def cmd_notes_delete(args: argparse.Namespace) -> int:
    from kb_app.core.operations import delete_note
    from kb_app.core.platform.errors import NotFoundError
    from kb_app.core.platform.lock import ProfileLock
    from kb_app.core.userdata.notes import NotesStore

    paths = _paths(args)
    with ProfileLock(paths.profile), _open_userdata(paths) as userdata:
        # A soft delete: the note stays in the database with "deleted": true, so an export
        # carries the deletion to the colleagues who have it (docs/interface-contract.md §4). It leaves the search
        # index whatever that was built with: no library needed.
        deleted = delete_note(NotesStore(userdata, rebuild=False), args.id.strip().lower()).value
    if deleted is None:
        raise NotFoundError(f"there is no note {args.id} (it is already deleted)")
    print(f"Deleted the note {deleted}.")
    return 0


def cmd_notes_sync(args: argparse.Namespace) -> int:
    from kb_app.core.platform.lock import ProfileLock
    from kb_app.core.search.notes_search import library_notes_analysis
    from kb_app.core.userdata.notes import NotesStore, library_municipalities
    from kb_app.core.userdata.notes_sync import check_folder, installation_id, sync_folder

    paths = _paths(args)
    folder = Path(args.folder)
    library_db = _library_db(paths)
    codes, aliases = library_municipalities(library_db)
    paths.ensure()
    # Check the folder (and whether the share is there) before the profile is locked or written.
    check_folder(folder)
    with ProfileLock(paths.profile), _open_userdata(paths) as userdata:
        userdata.backup_if_due()
        store = NotesStore(userdata, analysis=library_notes_analysis(library_db))
        result = sync_folder(store, folder, installation_id(paths.profile), codes, aliases, profile=paths.profile)
    for notice in result.notices:
        print(f"kb-app: note: {notice}", file=sys.stderr)
    for refusal in result.refused:
        print(f"kb-app: not merged: {refusal.reason}", file=sys.stderr)
    print(
        f"Notes synced with {folder}: {result.files_merged} other installation file"
        f"{'' if result.files_merged == 1 else 's'} merged ({result.added} added, {result.updated} updated); "
        f"{result.written} notes written to {result.own_file.name}."
    )
    return 1 if result.refused else 0


def cmd_backup(args: argparse.Namespace) -> int:
    from kb_app.core.userdata.user_db import utc_now

    paths = _paths(args)
    with _open_userdata(paths) as userdata:
        dest = Path(args.output) if args.output else paths.backups / f"userdata-{utc_now():%Y%m%d-%H%M%S}-manual.db"
        userdata.backup_to(dest)
    print(f"Backed up the notes database to {dest}.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from kb_app.core.operations import restore_backup
    from kb_app.core.platform.lock import ProfileLock
    from kb_app.core.platform.textsafe import clean_for_output
    from kb_app.core.userdata.user_db import inspect_userdata

    paths = _paths(args)
    inspect_userdata(Path(args.file))  # a refused file leaves the profile as it was: not even a lock file
    with ProfileLock(paths.profile), _open_userdata(paths) as userdata:
        safety = restore_backup(userdata, Path(args.file)).value
    print(f"Restored the notes database from {clean_for_output(args.file)}; the previous one was kept as {safety}.")
    return 0
