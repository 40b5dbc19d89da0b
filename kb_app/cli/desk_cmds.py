"""Paper for the desk: the referral sheet and the client handout, as PDF or HTML.

indicators [--set ID] [--json]
referral --indicators ID[,ID...] [--municipality CODE] [--note TEXT] -o FILE.pdf|.html
handout --lang CODE [--municipality CODE] [--card] -o FILE.pdf|.html

The same core builders as the window. Qt is imported only to write a PDF (a QGuiApplication for
layout and fonts, offscreen without a display). Nothing is stored: the note goes on the sheet only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from html import escape
from pathlib import Path
from typing import Any

from kb_app.cli.options import UsageError, add_pack_option, add_profile_option, warn_if_unverified


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("indicators", help="list indicator ids with their set and text (for referral)")
    p.add_argument("--set", dest="set_id", metavar="ID", help="only the indicators of this set")
    p.add_argument("--json", action="store_true", help="a JSON array of {id, set, text, strong}")
    add_profile_option(p)
    add_pack_option(p)
    p.set_defaults(handler=cmd_indicators)

    p = subparsers.add_parser("referral", help="write the referral sheet for the observed indicators")
    p.add_argument("--indicators", required=True, metavar="ID[,ID...]", help="ids of the observed indicators")
    p.add_argument("--municipality", metavar="CODE", help="the referring municipality (default: the profile's)")
    p.add_argument("--service", metavar="NAME", help="the referring service (default: the profile's setting)")
    p.add_argument("--note", default="", metavar="TEXT", help="free text put on the sheet (never saved)")
    p.add_argument(
        "--lang", metavar="CODE", help="language of the sheet's headings: one the library declares (default: its first)"
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.html")
    add_profile_option(p)
    add_pack_option(p)
    p.set_defaults(handler=cmd_referral)

    p = subparsers.add_parser("handout", help="write the one-page client handout in a language")
    p.add_argument("--lang", required=True, metavar="CODE", help="a language the library has a handout in")
    p.add_argument("--municipality", metavar="CODE", help="the municipality (default: the profile's)")
    p.add_argument(
        "--card",
        action="store_true",
        help="the pocket card instead: 2-3 numbers with neutral names, four cards to a page",
    )
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
    """The worker's own preferences (municipality, service, office contact), read only."""
    from kb_app.core.userdata.preferences import PreferencesFile

    preferences = PreferencesFile(profile)
    prefs = preferences.load()
    if preferences.problem:
        print(f"kb-app: warning: {preferences.problem}; the office details are left empty", file=sys.stderr)
    return {
        "municipality": prefs.municipality,
        "service": prefs.service_name,
        "contact": prefs.office_contact,
        "social_service": prefs.social_service_contact,
        "orphans_court": prefs.orphans_court_contact,
    }


def _open(args: argparse.Namespace) -> tuple[Any, dict[str, str]]:
    from kb_app.core.library.bootstrap import open_library
    from kb_app.core.platform.paths import resolve_profile

    paths = resolve_profile(args.profile)
    return warn_if_unverified(open_library(paths, args.pack), args.pack), _office(paths.profile)


def _write(html: str, title: str, lang: str, path: Path) -> str:
    if path.suffix.lower() == ".pdf":
        from kb_app.ui.paper.sheet_pdf import write_sheet_pdf

        pages = write_sheet_pdf(html, title, path)
        return f"wrote {path} ({pages} page{'s' if pages != 1 else ''})"
    from kb_app.core.platform.atomic import atomic_write_bytes

    atomic_write_bytes(path, standalone_html(html, title, lang).encode("utf-8"))
    return f"wrote {path}"


def standalone_html(body: str, title: str, lang: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>body{{font-family:'DejaVu Sans',sans-serif;max-width:46em;"
        "margin:2em auto;color:#000}.muted{color:#555}.warn{color:#a04000;font-weight:bold}"
        "table{border-collapse:collapse}</style></head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )


# Bidi overrides and isolates reorder what a terminal shows after them; control characters move
# the cursor. Indicator texts come from a pack, so neither may reach the terminal as written.
_UNSAFE_FOR_TERMINAL = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def terminal_text(text: str) -> str:
    """``text`` as one safe line: control and bidi-override characters become spaces."""
    return " ".join(_UNSAFE_FOR_TERMINAL.sub(" ", text).split())


def cmd_indicators(args: argparse.Namespace) -> int:
    library, _office_settings = _open(args)
    set_ids = {doc.id for doc in library.documents(doc_type="indicators")}
    if args.set_id is not None and args.set_id not in set_ids:
        print(
            f"kb-app: unknown indicator set '{terminal_text(args.set_id)}' (sets: {', '.join(sorted(set_ids))})",
            file=sys.stderr,
        )
        return 1
    rows = library.indicators(args.set_id) if args.set_id else library.indicators()
    if args.json:
        print(
            json.dumps(
                [{"id": r.id, "set": r.doc_id, "text": r.text, "strong": r.strong} for r in rows], ensure_ascii=False
            )
        )
        return 0
    for row in rows:
        mark = " (strong sign)" if row.strong else ""
        print(f"{terminal_text(row.id)}\t{terminal_text(row.doc_id)}\t{terminal_text(row.text)}{mark}")
    return 0


def cmd_referral(args: argparse.Namespace) -> int:
    from kb_app.core.desk.referral import UnknownIndicatorError, build_sheet, sheet_html, sheet_labels

    path = _output(args, "referral")
    ids = [i for i in args.indicators.split(",") if i.strip()]
    if not ids:
        raise UsageError("kb-app referral: --indicators needs at least one indicator id")
    library, office = _open(args)
    try:
        sheet = build_sheet(
            library,
            ids,
            municipality=args.municipality or office.get("municipality") or None,
            service=args.service if args.service is not None else office.get("service", ""),
            note=args.note,
            lang=args.lang,
            office_contact=office.get("contact", ""),
            social_service=office.get("social_service", ""),
            orphans_court=office.get("orphans_court", ""),
        )
    except UnknownIndicatorError as exc:
        print(f"kb-app: {exc}", file=sys.stderr)
        return 1
    print(_write(sheet_html(sheet), sheet_labels(sheet)["title"], sheet.lang, path))
    return 0


def cmd_handout(args: argparse.Namespace) -> int:
    from kb_app.core.content.render import handout_labels
    from kb_app.core.desk.handout import (
        NoCardError,
        cards_page_html,
        find_handout,
        handout_html,
        library_labels,
    )
    from kb_app.core.desk.referral import municipality_name

    path = _output(args, "handout")
    library, office = _open(args)
    doc = find_handout(library, args.lang)
    if doc is None:
        print(f"kb-app: the library has no handout in '{args.lang}'", file=sys.stderr)
        return 1
    labels = library_labels(library, doc.lang)
    if args.card:
        try:
            cards = cards_page_html(doc, labels=labels, office_contact=office.get("contact", ""))
        except NoCardError as exc:
            print(f"kb-app: {exc}", file=sys.stderr)
            return 1
        print(_write(cards, handout_labels(labels)["card_title"], doc.lang, path))
        return 0
    name = municipality_name(library, args.municipality or office.get("municipality") or None)
    html = handout_html(
        doc,
        labels=labels,
        municipality=name,
        service=office.get("service", ""),
        office_contact=office.get("contact", ""),
    )
    print(_write(html, doc.title, doc.lang, path))
    return 0
