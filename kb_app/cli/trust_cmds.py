"""Signing keys for trainers: ``pack keygen -o KEYFILE``.

The ``pack`` command itself is registered by :mod:`kb_app.cli.data_cmds`; this module adds its
sub-commands to it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def subcommands(subparsers: Any, name: str) -> Any:
    """The sub-command registry of an already registered command (``pack``, ``notes``)."""
    parser = subparsers.choices[name]
    return next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))


def register(subparsers: Any) -> None:
    pack_commands = subcommands(subparsers, "pack")
    p = pack_commands.add_parser("keygen", help="make a signing key pair for content packs")
    p.add_argument("-o", "--output", required=True, metavar="KEYFILE",
                   help="the secret key file to write (mode 0600); the public key goes to KEYFILE.pub")
    p.set_defaults(handler=cmd_pack_keygen)


def cmd_pack_keygen(args: argparse.Namespace) -> int:
    from kb_app.core.signing import generate_key, write_key_pair

    key = generate_key()
    secret = Path(args.output)
    public = write_key_pair(secret, key)
    print(f"Secret key: {secret} (keep it private; anyone who has it can sign packs as you)")
    print(f"Public key: {public}")
    print(f"Fingerprint: {key.public_key.fingerprint}")
    return 0
