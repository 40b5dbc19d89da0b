"""The workshop kit on paper (docs/interface-contract.md §1):

workshop kit ID[,ID...] [--groups N] [--lang CODE] -o DIR

Writes DIR/group-cards.pdf, DIR/trainer-sheet.pdf and DIR/role-cards.pdf with the same core
builders and PDF writer as *Seminārs → Sagatavot darbnīcu…* in the window.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kb_app.cli.options import UsageError, add_pack_option, add_profile_option


def register(subparsers: Any) -> None:
    workshop = subparsers.add_parser("workshop", help="material for a workshop on the library's scenarios")
    commands = workshop.add_subparsers(dest="workshop_command", required=True)
    p = commands.add_parser("kit", help="write the printable kit (group cards, trainer sheet, role cards)")
    p.add_argument("scenarios", metavar="ID[,ID...]", help="ids of the scenarios (see kb-app list --type scenario)")
    p.add_argument("--groups", type=int, default=3, metavar="N", help="number of groups (default 3)")
    p.add_argument(
        "--lang",
        default=None,
        metavar="CODE",
        help="language of the scenarios and headings: one the library declares (default: the first scenario's)",
    )
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="folder to write the three PDFs to")
    add_profile_option(p)
    add_pack_option(p)
    p.set_defaults(handler=cmd_kit)


def cmd_kit(args: argparse.Namespace) -> int:
    from kb_app.core.library.bootstrap import open_library
    from kb_app.core.platform.paths import resolve_profile
    from kb_app.core.workshop.kit import MAX_GROUPS, UnknownScenarioError, build_kit

    ids = [i for i in args.scenarios.split(",") if i.strip()]
    if not ids:
        raise UsageError("kb-app workshop kit: give at least one scenario id")
    if not 1 <= args.groups <= MAX_GROUPS:
        raise UsageError(f"kb-app workshop kit: --groups must be between 1 and {MAX_GROUPS}")
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"kb-app workshop kit: -o must name a folder, {folder} is a file")
    if not folder.parent.is_dir():
        raise UsageError(f"kb-app workshop kit: no such folder: {folder.parent}")
    library = open_library(resolve_profile(args.profile), args.pack)
    try:
        kit = build_kit(library, ids, groups=args.groups, lang=args.lang)
    except UnknownScenarioError as exc:
        print(f"kb-app: {exc}", file=sys.stderr)
        return 1
    from kb_app.ui.paper.kit_pdf import write_kit

    folder.mkdir(exist_ok=True)
    for path, pages in write_kit(kit, folder):
        print(f"wrote {path} ({pages} page{'s' if pages != 1 else ''})")
    return 0
