"""Commands that change or inspect a profile's data: content packs, notes, backups.

pack info FILE [--json] · pack import FILE · pack rollback · pack changes [--json]
notes export -o FILE [--municipality M] · notes import FILE · notes delete ID · backup [-o FILE] ·
restore FILE
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kb_app.cli import add_profile_option
from kb_app.core.textsafe import clean_for_output, json_for_terminal

if TYPE_CHECKING:
    from kb_app.core.pack import Manifest
    from kb_app.core.paths import AppPaths
    from kb_app.core.userdata import UserData

CHANGES_SHOWN = 25  # lines per section after an import; `pack changes` shows all


def register(subparsers: Any) -> None:
    pack = subparsers.add_parser("pack", help="inspect, import or roll back content packs")
    pack_commands = pack.add_subparsers(dest="pack_command", required=True, metavar="COMMAND")

    p = pack_commands.add_parser("info", help="verify a pack and print its manifest")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the manifest as JSON")
    p.set_defaults(handler=cmd_pack_info)

    p = pack_commands.add_parser("import", help="verify a pack and install it as the profile's library")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--trust", action="store_true",
                   help="accept an unsigned pack, or a key this app does not know yet (and remember it)")
    p.add_argument("--allow-downgrade", action="store_true",
                   help="accept an older version, or the same version with other content")
    add_profile_option(p)
    p.set_defaults(handler=cmd_pack_import)

    p = pack_commands.add_parser("verify", help="check a pack and its signature; print who signed it")
    p.add_argument("file", metavar="FILE")
    add_profile_option(p)
    p.set_defaults(handler=cmd_pack_verify)

    p = pack_commands.add_parser("status", help="the installed library: id, version, signature, dates")
    p.add_argument("--json", action="store_true")
    add_profile_option(p)
    p.set_defaults(handler=cmd_pack_status)

    p = pack_commands.add_parser("rollback", help="go back to the library before the last import")
    add_profile_option(p)
    p.set_defaults(handler=cmd_pack_rollback)

    p = pack_commands.add_parser("changes", help="show what the last import changed")
    p.add_argument("--json", action="store_true")
    add_profile_option(p)
    p.set_defaults(handler=cmd_pack_changes)

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

    p = subparsers.add_parser("backup", help="back up the notes database now")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="where to write it (default: the profile's backups folder)")
    add_profile_option(p)
    p.set_defaults(handler=cmd_backup)

    p = subparsers.add_parser("restore", help="replace the notes database with a backup")
    p.add_argument("file", metavar="FILE")
    add_profile_option(p)
    p.set_defaults(handler=cmd_restore)


def _paths(args: argparse.Namespace) -> AppPaths:
    from kb_app.core.paths import resolve_profile

    return resolve_profile(args.profile)


def _describe(manifest: Manifest) -> str:
    counts = ", ".join(f"{kind} {n}" for kind, n in manifest.counts.items() if kind != "total")
    size = manifest.total_size / (1024 * 1024)
    rows = [("Pack", manifest.id), ("Title", manifest.title), ("Version", manifest.version),
            ("Built", manifest.built_at), ("App version", manifest.app_version),
            ("Format", str(manifest.format_version)),
            ("Default municipality", manifest.default_municipality or "-"),
            ("Documents", f"{manifest.document_count}" + (f" ({counts})" if counts else "")),
            ("Files", f"{len(manifest.files)} ({size:.1f} MB unpacked)"),
            ("Description", manifest.description or "-")]
    return "\n".join(f"{label + ':':<22}{clean_for_output(value)}" for label, value in rows)


def cmd_pack_info(args: argparse.Namespace) -> int:
    from kb_app.core.pack import verify_pack

    manifest = verify_pack(Path(args.file))
    print(json_for_terminal(manifest.raw, indent=2) if args.json else _describe(manifest))
    return 0


def cmd_pack_import(args: argparse.Namespace) -> int:
    from kb_app.core.install import install_pack
    from kb_app.core.libroot import current_library
    from kb_app.core.lock import ProfileLock
    from kb_app.core.pack import verify_pack
    from kb_app.core.packtrust import TrustCheck

    pack = Path(args.file)
    paths = _paths(args)
    # Refuse a bad or untrusted pack before touching the profile at all, not even its lock file.
    check = TrustCheck(paths.profile, current_library(paths.library_root), trust=args.trust,
                       allow_downgrade=args.allow_downgrade)
    verify_pack(pack, check=check)
    try:
        paths.ensure()
    except OSError:
        pass  # a read-only or full disk: the lock below says so in words
    with ProfileLock(paths.profile):
        check.installed = current_library(paths.library_root)
        result = install_pack(pack, paths.library_root, check=check)
        check.remember_if_accepted()
    manifest = result.manifest
    print(f"Installed {clean_for_output(manifest.title)} {clean_for_output(manifest.version)} "
          f"({manifest.document_count} documents).")
    if not result.changes.first_install:
        print(result.changes.to_text(limit=CHANGES_SHOWN))
    return 0


def cmd_pack_verify(args: argparse.Namespace) -> int:
    from kb_app.core.libroot import current_library
    from kb_app.core.packtrust import TrustCheck, signature_status
    from kb_app.core.trust import load_keystore

    manifest, who = signature_status(Path(args.file))
    if not who.signed:
        print(f"{clean_for_output(manifest.id)} {clean_for_output(manifest.version)}: not signed", file=sys.stderr)
        return 1
    paths = _paths(args)
    keystore = load_keystore(paths.profile)
    known = keystore.trusted_for(who.fingerprint or "", manifest.id)
    publisher = (known.publisher if known is not None else "") or who.publisher or "-"
    had = TrustCheck(paths.profile, current_library(paths.library_root)).known(manifest.id)
    if had is not None and had.fingerprint is not None and had.fingerprint != who.fingerprint:
        print(f"kb-app: warning: your library {clean_for_output(manifest.id)} is signed by key {had.fingerprint}; "
              f"this pack is signed by another key ({who.fingerprint})", file=sys.stderr)
    # The real fingerprint first; the name is the signer's own words, cleaned and bounded.
    print(f"{clean_for_output(manifest.id)} {clean_for_output(manifest.version)}: good signature by key "
          f"{who.fingerprint} (named {clean_for_output(publisher, limit=80)!r}); "
          f"{'trusted by this app' if known is not None else 'NOT trusted by this app yet (import with --trust)'}")
    return 0


def cmd_pack_status(args: argparse.Namespace) -> int:
    from kb_app.core.packstatus import library_status

    status = library_status(_paths(args).library_root)
    if args.json:
        print(json_for_terminal(status))
    elif status["id"] is None:
        print("No library is installed yet (the first command that reads one installs the bundled library).")
    else:
        for key, value in status.items():
            print(f"{key + ':':<18}{'-' if value is None else clean_for_output(value)}")
    return 0


def cmd_pack_rollback(args: argparse.Namespace) -> int:
    from kb_app.core.install import read_manifest, rollback
    from kb_app.core.lock import ProfileLock

    paths = _paths(args)
    with ProfileLock(paths.profile):
        manifest = read_manifest(rollback(paths.library_root))
    print(f"Back to {clean_for_output(manifest.title)} {clean_for_output(manifest.version)}.")
    return 0


def cmd_pack_changes(args: argparse.Namespace) -> int:
    from kb_app.core.install import last_changes

    changes = last_changes(_paths(args).library_root)
    if args.json:
        print(json_for_terminal(changes.to_dict() if changes else None, indent=2))
    elif changes is None:
        print("No content pack has been imported into this profile yet.")
    else:
        print(changes.to_text())
    return 0


def _library_db(paths: AppPaths) -> Path:
    from kb_app.core.libformat import LIBRARY_DB
    from kb_app.core.libroot import current_library

    library = current_library(paths.library_root)
    if library is None:
        from kb_app.core.bootstrap import ensure_library

        library = ensure_library(paths)
    return library / LIBRARY_DB


def _open_userdata(paths: AppPaths) -> UserData:
    from kb_app.core.userdata import open_userdata

    userdata = open_userdata(paths)
    recovery = userdata.recovery
    if recovery is not None:
        backup = recovery.restored_from
        source = f"the backup {backup.name}" if backup else "an empty database (no good backup was found)"
        print(f"kb-app: warning: the notes database was damaged ({recovery.reason}); it was kept as "
              f"{recovery.damaged_copy.name} and replaced with {source}", file=sys.stderr)
    return userdata


def cmd_notes_export(args: argparse.Namespace) -> int:
    from kb_app.core.errors import NotesError
    from kb_app.core.notes import NotesStore, export_notes, library_municipalities

    paths = _paths(args)
    municipality = args.municipality
    if municipality is not None:
        codes, aliases = library_municipalities(_library_db(paths))
        municipality = municipality if municipality in codes else aliases.get(municipality)
        if municipality not in codes:
            raise NotesError(f"'{args.municipality}' is not a municipality of the installed library "
                             "(see 'kb-app municipalities')")
    with _open_userdata(paths) as userdata:
        count = export_notes(NotesStore(userdata), Path(args.output), municipality)
    print(f"Exported {count} note{'' if count == 1 else 's'} to {args.output}.")
    return 0


def cmd_notes_import(args: argparse.Namespace) -> int:
    from kb_app.core.lock import ProfileLock
    from kb_app.core.notes import NotesStore, library_municipalities, read_notes_file

    paths = _paths(args)
    codes, aliases = library_municipalities(_library_db(paths))
    # The whole file is checked before the profile is locked, backed up or written.
    notes = read_notes_file(Path(args.file), codes, aliases)
    with ProfileLock(paths.profile), _open_userdata(paths) as userdata:
        userdata.backup_if_due()
        result = NotesStore(userdata).merge(notes)
    print(f"Notes imported: {result.added} added, {result.updated} updated, "
          f"{result.unchanged} unchanged.")
    return 0


def cmd_notes_delete(args: argparse.Namespace) -> int:
    from kb_app.core.errors import NotFoundError
    from kb_app.core.lock import ProfileLock
    from kb_app.core.notes import NotesStore

    paths = _paths(args)
    note_id = args.id.strip().lower()
    with ProfileLock(paths.profile), _open_userdata(paths) as userdata:
        store = NotesStore(userdata)
        try:
            note = store.get(note_id, short=True)
        except NotFoundError:
            raise NotFoundError(f"there is no note {args.id}") from None
        if note.deleted:
            raise NotFoundError(f"there is no note {args.id} (it is already deleted)")
        # A soft delete: the note stays in the database with "deleted": true, so an export
        # carries the deletion to the colleagues who have it (docs/interface-contract.md §4).
        store.delete(note.id)
    print(f"Deleted the note {note.id}.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from kb_app.core.userdata import utc_now

    paths = _paths(args)
    with _open_userdata(paths) as userdata:
        dest = Path(args.output) if args.output else \
            paths.backups / f"userdata-{utc_now():%Y%m%d-%H%M%S}-manual.db"
        userdata.backup_to(dest)
    print(f"Backed up the notes database to {dest}.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from kb_app.core.lock import ProfileLock
    from kb_app.core.textsafe import clean_for_output
    from kb_app.core.userdata import inspect_userdata

    paths = _paths(args)
    inspect_userdata(Path(args.file))  # a refused file leaves the profile as it was: not even a lock file
    with ProfileLock(paths.profile), _open_userdata(paths) as userdata:
        safety = userdata.restore_from(Path(args.file))
    print(f"Restored the notes database from {clean_for_output(args.file)}; "
          f"the previous one was kept as {safety}.")
    return 0
