"""What the sub-command modules share: the common options, the usage error and the banner for an
unverified ``--pack``. Its own module so that a sub-command module never imports the package that
imports it (``kb_app.cli`` registers them all)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from kb_app.core.library.library_db import Library

_Library = TypeVar("_Library", bound="Library")


class UsageError(Exception):
    """Wrong arguments: exit code 2."""


class CommandParser(argparse.ArgumentParser):
    """argparse's parser, with a usage error raised (exit code 2 from ``kb_app.cli.main``) rather
    than printed with an exit of its own."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def add_profile_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", metavar="DIR", help="profile folder (default: user data dir or $KB_APP_PROFILE)")


def warn_if_unverified(library: _Library, pack: str | None) -> _Library:
    """A pack read with ``--pack`` that no trusted key vouches for: one line on stderr (where the
    banner is seen without spoiling ``--json`` on stdout). A bad signature never gets here."""
    if pack:
        from kb_app.core.packs.pack_trust import read_verification

        verification = read_verification(library.directory)
        if verification is not None and not verification.verified:
            print(f"kb-app: {verification.warning(Path(pack).name)}", file=sys.stderr)
    return library


def add_pack_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pack", metavar="FILE", help="read this content pack instead of the installed library")
