"""Commands that validate, build and read a library: check, build, search, list, show, analyze,
municipalities."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kb_app.cli.options import UsageError, add_pack_option, add_profile_option, warn_if_unverified
from kb_app.core.platform.textsafe import clean_block, clean_for_output, json_for_terminal

if TYPE_CHECKING:
    from kb_app.core.library.library_db import Library


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("check", help="validate a knowledge folder")
    p.add_argument("dir", metavar="DIR")
    p.add_argument(
        "--todo",
        action="store_true",
        help="list every fact that waits for a real check (PATH:LINE: what to check (source date))",
    )
    p.set_defaults(handler=cmd_check)

    p = subparsers.add_parser("build", help="validate and build a content pack")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("-o", "--output", required=True, metavar="FILE.kbpack")
    p.add_argument("--sign", metavar="KEYFILE", help="sign the pack with this secret key (kb-app pack keygen)")
    p.add_argument("--signer", metavar="NAME", default="", help="the publisher's name signed with the pack")
    p.add_argument(
        "--default-municipality", metavar="CODE", help="municipality the app starts on (overrides pack.yaml)"
    )
    p.set_defaults(handler=cmd_build)

    p = subparsers.add_parser("search", help="search the library")
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--type", dest="doc_type")
    p.add_argument("--lang")
    p.add_argument("--municipality")
    p.add_argument("--notes", action="store_true", help="the profile's notes too (hits of type 'note')")
    add_profile_option(p)
    add_pack_option(p)
    p.set_defaults(handler=cmd_search)

    p = subparsers.add_parser("list", help="list documents")
    p.add_argument("--type", dest="doc_type")
    p.add_argument("--lang")
    p.add_argument("--json", action="store_true")
    add_profile_option(p)
    add_pack_option(p)
    p.set_defaults(handler=cmd_list)

    p = subparsers.add_parser("show", help="print one document")
    p.add_argument("id", metavar="ID")
    p.add_argument("--format", choices=("md", "html", "text"), default="md")
    add_profile_option(p)
    add_pack_option(p)
    p.set_defaults(handler=cmd_show)

    p = subparsers.add_parser("analyze", help="show the index term of each word")
    p.add_argument(
        "--lang",
        metavar="CODE",
        help="a language the library's country.yaml declares, analysed as it declares (default: its "
        "first); or an analyzer's name: latvian, english, plain, snowball:<language>",
    )
    p.add_argument("words", nargs="+", metavar="WORD")
    add_profile_option(p)
    add_pack_option(p)
    p.set_defaults(handler=cmd_analyze)

    p = subparsers.add_parser("municipalities", help="list the municipalities notes can belong to")
    p.add_argument("--json", action="store_true")
    add_profile_option(p)
    add_pack_option(p)
    p.set_defaults(handler=cmd_municipalities)


def _library(args: argparse.Namespace) -> Any:
    from kb_app.core.library.bootstrap import open_library
    from kb_app.core.platform.paths import resolve_profile

    return warn_if_unverified(open_library(resolve_profile(args.profile), args.pack), args.pack)


def cmd_check(args: argparse.Namespace) -> int:
    from kb_app.core.content.validate import validate_knowledge

    root = Path(args.dir)
    if not root.is_dir():
        raise UsageError(f"kb-app check: not a folder: {root}")
    knowledge = validate_knowledge(root)
    if args.todo:
        return _print_todo(knowledge)
    for problem in knowledge.problems:
        print(problem.format())
    if knowledge.problems:
        print(f"{len(knowledge.problems)} problem(s) in {len(knowledge.documents)} document(s)", file=sys.stderr)
        return 1
    print(
        f"ok: {len(knowledge.documents)} documents, {len(knowledge.municipalities)} municipalities, "
        f"{len(knowledge.synonyms)} synonym groups",
        file=sys.stderr,
    )
    return 0


def _print_todo(knowledge: Any) -> int:
    from kb_app.core.content.knowledge import todo_items

    items = todo_items(knowledge)
    for item in items:
        print(item.format())
    print(f"{len(items)} item(s) wait for a real check in {len(knowledge.documents)} document(s)", file=sys.stderr)
    if knowledge.problems:
        print(f"note: the folder also has {len(knowledge.problems)} problem(s); run kb-app check", file=sys.stderr)
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from kb_app.core.packs.build import BuildError, build_pack

    root = Path(args.dir)
    if not root.is_dir():
        raise UsageError(f"kb-app build: not a folder: {root}")
    sign = None
    if args.sign:
        from kb_app.core.packs.signing import read_secret_key
        from kb_app.core.packs.signing import sign as sign_bytes

        key = read_secret_key(Path(args.sign))  # a bad key file is refused before anything is built
        signer = args.signer

        def sign(data: bytes) -> bytes:
            return sign_bytes(data, key, signer=signer)

    try:
        manifest = build_pack(root, Path(args.output), default_municipality=args.default_municipality, sign=sign)
    except BuildError as exc:
        for problem in exc.problems:
            print(problem.format())
        print(f"kb-app: {exc}", file=sys.stderr)
        return 1
    counts = getattr(manifest, "counts", {}) or {}
    print(
        f"built {args.output}: {counts.get('total', '?')} documents, "
        f"version {clean_for_output(getattr(manifest, 'version', '?'))}"
    )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise UsageError("kb-app search: --limit must be 0 or more")
    library = _library(args)
    query = " ".join(args.query)
    result = library.search(
        query, limit=args.limit, doc_type=args.doc_type, lang=args.lang, municipality=args.municipality
    )
    if args.notes and args.doc_type in (None, "note"):
        _add_notes(result, query, args, library)
    if args.json:
        print(json_for_terminal(result.to_json()))
        return 0
    print(f"{result.total} found ({result.took_ms:.1f} ms)")
    for hit in result.hits:
        also = "".join(
            f"  (also {clean_for_output(lang)}: {clean_for_output(doc_id)})"
            for doc_id, lang in getattr(hit, "translations", ())
        )
        print(f"{hit.score:8.2f}  [{hit.type}] {clean_for_output(hit.id)}  {clean_for_output(hit.title)}{also}")
        print(f"          {clean_for_output(_plain(hit.snippet))}")
    return 0


def _add_notes(result: Any, query: str, args: argparse.Namespace, library: Library) -> None:
    """The profile's notes that match, as hits of type ``note`` after the documents (their scores
    are on their own scale), at most ``--limit`` of them; ``total`` counts them too."""
    from kb_app.core.platform.paths import resolve_profile
    from kb_app.core.search.engine import Hit
    from kb_app.core.search.notes_search import notes_analysis
    from kb_app.core.text.search_words import search_words
    from kb_app.core.userdata.notes import NotesStore
    from kb_app.core.userdata.user_db import open_userdata

    country = library.country()
    with open_userdata(resolve_profile(args.profile)) as userdata:
        # A pack read with --pack is not the profile's library: its notes index stays as it is.
        store = NotesStore(userdata, analysis=notes_analysis(country), rebuild=args.pack is None)
        notes, total = store.search_ranked(
            query, municipality=args.municipality, limit=args.limit, known_words=search_words(country)
        )
    # Notes are written in the library's main language (kb_app.core.search.notes_search).
    lang = country.main_language() if country is not None else ""
    result.hits += [
        Hit(note.id, "note", _note_title(note.body), lang, note.score, note.snippet, note.municipality)
        for note in notes
    ]
    result.total += total


def _note_title(body: str) -> str:
    line = next((line.strip() for line in body.splitlines() if line.strip()), "")
    return line if len(line) <= 80 else line[:79] + "…"


def _plain(snippet: str) -> str:
    from html import unescape

    return unescape(snippet.replace("<b>", "*").replace("</b>", "*"))


def cmd_list(args: argparse.Namespace) -> int:
    library = _library(args)
    docs = library.documents(doc_type=args.doc_type, lang=args.lang)
    if args.json:
        print(json_for_terminal([d.to_json() for d in docs]))
    else:
        for doc in docs:
            print(f"{doc.type:<11} {doc.lang}  {clean_for_output(doc.id):<40} {clean_for_output(doc.title)}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from kb_app.core.content.markdown import strip_leading_h1
    from kb_app.core.platform.errors import NotFoundError

    library = _library(args)
    try:
        doc = library.document(args.id)
    except NotFoundError as exc:
        print(f"kb-app: {exc}", file=sys.stderr)
        return 1
    if args.format == "html":
        from html import escape

        print(f"<h1>{escape(clean_for_output(doc.title))}</h1>\n{clean_block(doc.html)}")
    elif args.format == "text":
        title = clean_for_output(doc.title)
        print(title)
        print("=" * len(title))
        print(clean_block(doc.text))
    else:
        print(f"# {clean_for_output(doc.title)}\n")
        if doc.summary:
            print(f"_{clean_for_output(doc.summary)}_\n")
        print(clean_block(strip_leading_h1(doc.body_md).strip()))
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from kb_app.core.text.analysis import analyze_word, is_analyzer

    if args.lang and is_analyzer(args.lang):  # an analyzer by name needs no library
        analyzer = args.lang
    else:
        country = _library(args).country()
        declared = country.analyzers() if country is not None else {}
        code = args.lang or (country.main_language() if country is not None else "")
        if code not in declared:
            print(
                f"kb-app: the library does not declare the language {code!r} "
                f"(it declares {', '.join(declared) or 'none'})",
                file=sys.stderr,
            )
            return 1
        analyzer = declared[code]
    for word in args.words:
        print(f"{word}\t{analyze_word(word, analyzer)}")
    return 0


def cmd_municipalities(args: argparse.Namespace) -> int:
    library = _library(args)
    rows = library.municipalities()
    if args.json:
        print(json_for_terminal([{"code": m.code, "name": m.name, "kind": m.kind} for m in rows]))
    else:
        for m in rows:
            print(f"{clean_for_output(m.code):<28} {clean_for_output(m.name)}")
    return 0
