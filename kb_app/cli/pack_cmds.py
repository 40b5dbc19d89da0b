"""The ``pack`` command: every sub-command on content packs, in one place.

pack info FILE [--json] · pack verify FILE · pack import FILE [--trust] [--allow-downgrade] ·
pack status [--json] · pack rollback · pack changes [--json] · pack keygen -o KEYFILE
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kb_app.cli.options import add_profile_option
from kb_app.core.platform.textsafe import clean_for_output, json_for_terminal

if TYPE_CHECKING:
    from kb_app.core.packs.pack_file import Manifest
    from kb_app.core.platform.paths import AppPaths

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
    p.add_argument(
        "--trust",
        action="store_true",
        help="accept an unsigned pack, or a key this app does not know yet (and remember it)",
    )
    p.add_argument(
        "--allow-downgrade", action="store_true", help="accept an older version, or the same version with other content"
    )
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

    p = pack_commands.add_parser("keygen", help="make a signing key pair for content packs")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="KEYFILE",
        help="the secret key file to write (mode 0600); the public key goes to KEYFILE.pub",
    )
    p.set_defaults(handler=cmd_pack_keygen)


def _paths(args: argparse.Namespace) -> AppPaths:
    from kb_app.core.platform.paths import resolve_profile

    return resolve_profile(args.profile)


def _describe(manifest: Manifest) -> str:
    counts = ", ".join(f"{kind} {n}" for kind, n in manifest.counts.items() if kind != "total")
    size = manifest.total_size / (1024 * 1024)
    rows = [
        ("Pack", manifest.id),
        ("Title", manifest.title),
        ("Version", manifest.version),
        ("Built", manifest.built_at),
        ("App version", manifest.app_version),
        ("Format", str(manifest.format_version)),
        ("Default municipality", manifest.default_municipality or "-"),
        ("Documents", f"{manifest.document_count}" + (f" ({counts})" if counts else "")),
        ("Files", f"{len(manifest.files)} ({size:.1f} MB unpacked)"),
        ("Description", manifest.description or "-"),
    ]
    return "\n".join(f"{label + ':':<22}{clean_for_output(value)}" for label, value in rows)


def cmd_pack_info(args: argparse.Namespace) -> int:
    from kb_app.core.packs.pack_file import verify_pack

    manifest = verify_pack(Path(args.file))
    print(json_for_terminal(manifest.raw, indent=2) if args.json else _describe(manifest))
    return 0


def cmd_pack_import(args: argparse.Namespace) -> int:
    from kb_app.core.operations import import_pack

    paths = _paths(args)
    result = import_pack(Path(args.file), paths, trust=args.trust, allow_downgrade=args.allow_downgrade).value
    manifest = result.manifest
    print(
        f"Installed {clean_for_output(manifest.title)} {clean_for_output(manifest.version)} "
        f"({manifest.document_count} documents)."
    )
    if not result.changes.first_install:
        print(result.changes.to_text(limit=CHANGES_SHOWN))
    return 0


def cmd_pack_verify(args: argparse.Namespace) -> int:
    from kb_app.core.library_files.libroot import current_library
    from kb_app.core.packs.pack_trust import TrustCheck, signature_status
    from kb_app.core.packs.trust import load_keystore

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
        print(
            f"kb-app: warning: your library {clean_for_output(manifest.id)} is signed by key {had.fingerprint}; "
            f"this pack is signed by another key ({who.fingerprint})",
            file=sys.stderr,
        )
    # The real fingerprint first; the name is the signer's own words, cleaned and bounded.
    print(
        f"{clean_for_output(manifest.id)} {clean_for_output(manifest.version)}: good signature by key "
        f"{who.fingerprint} (named {clean_for_output(publisher, limit=80)!r}); "
        f"{'trusted by this app' if known is not None else 'NOT trusted by this app yet (import with --trust)'}"
    )
    return 0


def cmd_pack_status(args: argparse.Namespace) -> int:
    from kb_app.core.packs.pack_status import library_status

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
    from kb_app.core.operations import rollback_library

    manifest = rollback_library(_paths(args)).value
    print(f"Back to {clean_for_output(manifest.title)} {clean_for_output(manifest.version)}.")
    return 0


def cmd_pack_changes(args: argparse.Namespace) -> int:
    from kb_app.core.packs.install import last_changes

    changes = last_changes(_paths(args).library_root)
    if args.json:
        print(json_for_terminal(changes.to_dict() if changes else None, indent=2))
    elif changes is None:
        print("No content pack has been imported into this profile yet.")
    else:
        print(changes.to_text())
    return 0


def cmd_pack_keygen(args: argparse.Namespace) -> int:
    from kb_app.core.packs.signing import generate_key, write_key_pair

    key = generate_key()
    secret = Path(args.output)
    public = write_key_pair(secret, key)
    print(f"Secret key: {secret} (keep it private; anyone who has it can sign packs as you)")
    print(f"Public key: {public}")
    print(f"Fingerprint: {key.public_key.fingerprint}")
    return 0
