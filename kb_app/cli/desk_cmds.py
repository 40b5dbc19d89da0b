"""Paper for the desk: the referral sheet and the client handout, as PDF or HTML.

referral --indicators ID[,ID...] [--municipality CODE] [--note TEXT] -o FILE.pdf|.html
handout --lang lv|ru|en|uk [--municipality CODE] -o FILE.pdf|.html

The same core builders as the window. Qt is imported only to write a PDF (a QGuiApplication for
layout and fonts, offscreen without a display). Nothing is stored: the note goes on the sheet only.
"""

from __future__ import annotations

import argparse
import sys
from html import escape
from pathlib import Path
from typing import Any

from kb_app.cli import UsageError, add_pack_option, add_profile_option, warn_if_unverified


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("referral", help="write the referral sheet for the observed indicators")
    p.add_argument("--indicators", required=True, metavar="ID[,ID...]", help="ids of the observed indicators")
    p.add_argument("--municipality", metavar="CODE", help="the referring municipality (default: the profile's)")
    p.add_argument("--service", metavar="NAME", help="the referring service (default: the profile's setting)")
    p.add_argument("--note", default="", metavar="TEXT", help="free text put on the sheet (never saved)")
    p.add_argument("--lang", choices=("lv", "en"), default="lv", help="language of the sheet's headings")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.html")
    add_profile_option(p)
    add_pack_option(p)
    p.set_defaults(handler=cmd_referral)

    p = subparsers.add_parser("handout", help="write the one-page client handout in a language")
    p.add_argument("--lang", required=True, metavar="CODE", help="lv, ru, en or uk")
    p.add_argument("--municipality", metavar="CODE", help="the municipality (default: the profile's)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.html")
    add_profile_option(p)
    add_pack_option(p)
    p.set_defaults(handler=cmd_handout)


def _output(args: argparse.Namespace, command: str) -> Path:
    path = Path(args.output)
    if path.suffix.lower() not in (".pdf", ".html", ".htm"):
        raise UsageError(f"kb-app {command}: -o must name a .pdf or .html file, got {path.name}")
    if not path.parent.is_dir():
        raise UsageError(f"kb-app {command}: no such folder: {path.parent}")
    return path


def _office(profile: Path) -> dict[str, str]:
    """The worker's own settings (municipality, service, office contact), read only."""
    if not (profile / "settings.ini").is_file():
        return {}
    from kb_app.ui.settings import Settings

    prefs = Settings(profile).load()
    return {"municipality": prefs.municipality, "service": prefs.service_name, "contact": prefs.office_contact}


def _open(args: argparse.Namespace) -> tuple[Any, dict[str, str]]:
    from kb_app.core.bootstrap import open_library
    from kb_app.core.paths import resolve_profile

    paths = resolve_profile(args.profile)
    return warn_if_unverified(open_library(paths, args.pack), args.pack), _office(paths.profile)


def _write(html: str, title: str, lang: str, path: Path) -> str:
    if path.suffix.lower() == ".pdf":
        from kb_app.ui.sheet_pdf import write_sheet_pdf

        pages = write_sheet_pdf(html, title, path)
        return f"wrote {path} ({pages} page{'s' if pages != 1 else ''})"
    from kb_app.core.atomic import atomic_write_bytes

    atomic_write_bytes(path, standalone_html(html, title, lang).encode("utf-8"))
    return f"wrote {path}"


def standalone_html(body: str, title: str, lang: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title><style>body{{font-family:'DejaVu Sans',sans-serif;max-width:46em;"
            "margin:2em auto;color:#000}.muted{color:#555}.warn{color:#a04000;font-weight:bold}"
            "table{border-collapse:collapse}</style></head>\n"
            f"<body>\n{body}\n</body></html>\n")


def cmd_referral(args: argparse.Namespace) -> int:
    from kb_app.core.referral import UnknownIndicatorError, build_sheet, sheet_html, sheet_labels

    path = _output(args, "referral")
    ids = [i for i in args.indicators.split(",") if i.strip()]
    if not ids:
        raise UsageError("kb-app referral: --indicators needs at least one indicator id")
    library, office = _open(args)
    try:
        sheet = build_sheet(library, ids, municipality=args.municipality or office.get("municipality") or None,
                            service=args.service if args.service is not None else office.get("service", ""),
                            note=args.note, lang=args.lang)
    except UnknownIndicatorError as exc:
        print(f"kb-app: {exc}", file=sys.stderr)
        return 1
    print(_write(sheet_html(sheet), sheet_labels(args.lang)["title"], args.lang, path))
    return 0


def cmd_handout(args: argparse.Namespace) -> int:
    from kb_app.core.handout import find_handout, handout_html
    from kb_app.core.referral import municipality_name

    path = _output(args, "handout")
    library, office = _open(args)
    doc = find_handout(library, args.lang)
    if doc is None:
        print(f"kb-app: the library has no handout in '{args.lang}'", file=sys.stderr)
        return 1
    name = municipality_name(library, args.municipality or office.get("municipality") or None)
    html = handout_html(doc, municipality=name, service=office.get("service", ""),
                        office_contact=office.get("contact", ""))
    print(_write(html, doc.title, doc.lang, path))
    return 0
