"""``kb-app gui``: the desktop window (also what ``kb-app`` alone runs)."""

from __future__ import annotations

import argparse
from typing import Any

from kb_app.cli.options import add_pack_option, add_profile_option


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("gui", help="open the desktop app (default)")
    p.add_argument(
        "--quit-after-ready", action="store_true", help="quit as soon as the window is usable and print 'ready in N ms'"
    )
    add_profile_option(p)
    add_pack_option(p)
    p.set_defaults(handler=cmd_gui)


def cmd_gui(args: argparse.Namespace) -> int:
    from kb_app.ui.window.app import run

    return run(profile=args.profile, pack=args.pack, quit_after_ready=args.quit_after_ready)
