"""``kb-app gui``: the desktop window (also what ``kb-app`` alone runs)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # not imported on the window's start path (kb_app.cli reads gui's options by hand)
    import argparse


def register(subparsers: Any) -> None:
    from kb_app.cli.options import add_pack_option, add_profile_option

    p = subparsers.add_parser("gui", help="open the desktop app (default)")
    p.add_argument(
        "--quit-after-ready", action="store_true", help="quit as soon as the window is usable and print 'ready in N ms'"
    )
    add_profile_option(p)
    add_pack_option(p)
    p.set_defaults(handler=cmd_gui)


def cmd_gui(args: argparse.Namespace | SimpleNamespace) -> int:
    from kb_app.ui.window.app import run

    return run(profile=args.profile, pack=args.pack, quit_after_ready=args.quit_after_ready)
