"""Load and validate a knowledge folder (docs/interface-contract.md §2, knowledge/README.md).

``load_knowledge`` never raises on bad content: it returns the documents it could read together
with every problem found, each with file and line. Only a folder that does not exist at all is a
:class:`ContentError`.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kb_app.core.content import schema
from kb_app.core.content.contact_facts import contact_facts, parse_source_date, todo_action
from kb_app.core.content.country import COUNTRY_FILE, MUNICIPALITY_KIND, Country, parse_country
from kb_app.core.content.doctypes import DOC_TYPES, fields_for
from kb_app.core.content.documents import Document, Knowledge, Municipality, PackInfo, PreparedIndex
from kb_app.core.content.frontmatter import FrontMatter, FrontMatterError, Path_, split
from kb_app.core.content.markdown import Link, analyze, analyze_and_render, kb_link_target, strip_leading_h1
from kb_app.core.content.problems import Problem
from kb_app.core.library_files.libformat import MAX_SYNONYM_ENTRIES
from kb_app.core.library_files.packed_text import pack_text
from kb_app.core.platform.errors import ContentError
from kb_app.core.platform.parallel import Cancel, Cancelled, run_in_workers, worker_count
from kb_app.core.platform.textsafe import clean_for_output, describe_character, unsafe_characters, unsafe_values

if TYPE_CHECKING:
    from kb_app.core.content.doctypes import Reference

MAX_FILE_BYTES = 2 * 1024 * 1024
# From this many documents a library is read in worker processes (the bundled one, about a hundred,
# and the tests' folders stay in-process: starting a worker costs a few hundred milliseconds).
PARALLEL_FROM = 2_000
CHUNK_DOCUMENTS = 250  # per job: a few hundred kilobytes each way, and a cancel waits for at most one
# A worker's heap grows with the words it has stemmed (about 2 MB per 1,000 documents, not given
# back to the system): after this many chunks it is replaced, which costs a fresh start (~0.5 s).
CHUNKS_PER_WORKER = 8
Progress = Callable[[int, int], None]


class _Reporter:
    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        self.fm: FrontMatter | None = None

    def at(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def __call__(self, path: Path_, message: str) -> None:
        self.at(self.fm.line_of(path) if self.fm else 1, message)


def load_knowledge(
    root: Path,
    *,
    keep_bodies: bool = True,
    index_terms: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    parallel_from: int | None = None,
) -> Knowledge:
    """``keep_bodies`` False: documents keep their rendered HTML, plain text and links but not the
    Markdown source (an import of a large library holds less; the source stays in its files).

    A library of ``parallel_from`` (default PARALLEL_FROM) documents or more is read in worker
    processes (kb_app.core.platform.parallel); with ``index_terms`` they also prepare what the index stores
    (Document.prepared, Knowledge.index_words) so that the indexer does not analyze it again, and
    with ``keep_bodies`` False that replaces the plain text (``search_text`` is then empty).
    ``progress`` sees (documents read, total); ``cancel`` is asked between chunks and stops with
    :class:`Cancelled`."""
    root = Path(root)
    if not root.is_dir():
        raise ContentError(f"knowledge folder not found: {root}")
    problems: list[Problem] = []
    pack = _load_pack_info(root / "pack.yaml", problems)
    country = _load_country(root / COUNTRY_FILE, problems)
    municipalities, aliases = _load_municipalities(root / "municipalities.yaml", problems, country)
    synonyms = _load_synonyms(root / "synonyms.txt", problems)
    paths = [
        path
        for path in sorted(root.rglob("*.md"))
        if path.name.lower() != "readme.md" and not any(part.startswith(".") for part in path.relative_to(root).parts)
    ]
    workers = worker_count()
    index_words: dict[str, str] | None = None
    if len(paths) >= (PARALLEL_FROM if parallel_from is None else parallel_from) and workers > 1:
        analyzers = (country.analyzers() if country else {}) if index_terms else None
        documents, words = _load_in_workers(paths, problems, country, keep_bodies, analyzers, workers, progress, cancel)
        index_words = words if index_terms else None
    else:
        documents = []
        for n, path in enumerate(paths, start=1):
            doc = _load_document(path, problems, country)
            if doc is not None:
                if not keep_bodies:
                    doc.body = ""
                documents.append(doc)
            if n % CHUNK_DOCUMENTS == 0 or n == len(paths):
                _step(n, len(paths), progress, cancel)
    _check_references(
        documents, {m.code for m in municipalities} | set(aliases), problems, country.calling_code if country else ""
    )
    if (
        pack.default_municipality
        and municipalities
        and pack.default_municipality not in {m.code for m in municipalities}
    ):
        problems.append(
            Problem(
                root / "pack.yaml",
                1,
                f"default_municipality '{pack.default_municipality}' is not in municipalities.yaml",
            )
        )
    problems.sort()
    return Knowledge(root, documents, municipalities, aliases, synonyms, pack, problems, country, index_words)


def _step(done: int, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled
    if progress is not None:
        progress(done, total)


@dataclass(frozen=True)
class _Chunk:
    """What a worker gets: file paths (and where the first stands in the library's order) and the
    country the documents are checked against; ``analyzers`` set: analyze them for the index too."""

    paths: list[Path]
    first: int
    country: Country | None
    keep_bodies: bool
    analyzers: dict[str, str] | None


@dataclass
class _LoadedChunk:
    documents: list[Document]
    problems: list[Problem]
    # term → ((document id, position in the library), first word in that document): the indexer
    # records the first word of each term in id order, so the smallest key wins on merging.
    words: dict[str, tuple[tuple[str, int], str]]


def index_columns(
    doc: Document, words: dict[str, str], analyzers: dict[str, str] | None = None
) -> tuple[str, str, str, str]:
    """The analyzed terms of a document's title, tags, summary and body (plain text and structured keys),
    with the analyzer the country declares for the document's language (``analyzers``: code → name)."""
    from kb_app.core.text.analysis import analysis_lang, terms_and_words  # see _load_chunk

    lang = (analyzers or {}).get(doc.lang) or analysis_lang(doc.lang)
    return (
        terms_and_words(doc.title, lang, words),
        terms_and_words(" ; ".join(doc.tags), lang, words),
        terms_and_words(doc.summary, lang, words),
        terms_and_words(doc.search_text, lang, words),
    )


def _load_chunk(chunk: _Chunk) -> _LoadedChunk:
    """Runs in a worker process."""
    problems: list[Problem] = []
    documents: list[Document] = []
    words: dict[str, tuple[tuple[str, int], str]] = {}
    for position, path in enumerate(chunk.paths, start=chunk.first):
        doc = _load_document(path, problems, chunk.country)
        if doc is None:
            continue
        if not chunk.keep_bodies:
            doc.body = ""
        if chunk.analyzers is not None:
            own: dict[str, str] = {}
            terms = "\n".join(index_columns(doc, own, chunk.analyzers)).encode("utf-8")
            doc.prepared = PreparedIndex(zlib.compress(terms, 1), pack_text(doc.search_text))
            if not chunk.keep_bodies:
                doc.plain = ""  # the stored text above holds it: a large library's import holds less
            key = (doc.id, position)
            for term, word in own.items():
                seen = words.get(term)
                if seen is None or key < seen[0]:
                    words[term] = (key, word)
        doc.__dict__.pop("search_text", None)  # cached by the analysis; the parent recomputes it if asked
        documents.append(doc)
    return _LoadedChunk(documents, problems, words)


def _load_in_workers(
    paths: list[Path],
    problems: list[Problem],
    country: Country | None,
    keep_bodies: bool,
    analyzers: dict[str, str] | None,
    workers: int,
    progress: Progress | None,
    cancel: Cancel | None,
) -> tuple[list[Document], dict[str, str]]:
    """The documents at ``paths`` read by worker processes, merged in the order of ``paths``: the
    same documents, problems and first words as :func:`_load_document` one by one would give."""
    chunks = [
        _Chunk(paths[i : i + CHUNK_DOCUMENTS], i, country, keep_bodies, analyzers)
        for i in range(0, len(paths), CHUNK_DOCUMENTS)
    ]
    documents: list[Document] = []
    first_words: dict[str, tuple[tuple[str, int], str]] = {}
    done = 0
    with closing(run_in_workers(_load_chunk, chunks, workers, cancel, CHUNKS_PER_WORKER)) as results:
        for chunk, loaded in zip(chunks, results, strict=True):
            documents.extend(loaded.documents)
            problems.extend(loaded.problems)
            for term, (key, word) in loaded.words.items():
                seen = first_words.get(term)
                if seen is None or key < seen[0]:
                    first_words[term] = (key, word)
            done += len(chunk.paths)
            _step(done, len(paths), progress, cancel)
    return documents, {term: word for term, (_key, word) in first_words.items()}


def _read_text(path: Path, problems: list[Problem]) -> str | None:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(path, 1, f"cannot read file: {exc.strerror or exc}"))
        return None
    if len(raw) > MAX_FILE_BYTES:
        problems.append(Problem(path, 1, f"file is larger than {MAX_FILE_BYTES // 1024} KiB"))
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(Problem(path, line, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8"))
        return None
    if "\x00" in text:
        problems.append(Problem(path, text[: text.index("\x00")].count("\n") + 1, "file contains a NUL character"))
        return None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _load_document(path: Path, problems: list[Problem], country: Country | None = None) -> Document | None:
    text = _read_text(path, problems)
    if text is None:
        return None
    report = _Reporter(path, problems)
    try:
        fm = split(text)
    except FrontMatterError as exc:
        report.at(exc.line, exc.message)
        return None
    report.fm = fm
    for line, message in fm.problems:
        report.at(line, message)
    data = fm.data
    schema.validate_fields(data, fields_for(data.get("type"), country), (), report, "front matter")
    doc_type = DOC_TYPES.get(data["type"]) if isinstance(data.get("type"), str) else None
    for check in doc_type.checks if doc_type is not None else ():
        for where, message in check(data):
            report(where, message)
    _check_unsafe_text(data, report)
    if not fm.body.strip():
        report.at(fm.body_line, "the document body (Markdown after the front matter) is empty")
    # A first "# heading" repeats the title, which the reader and the snippets show anyway: the
    # rest is parsed once for its text and links, the heading on its own only if it has a link.
    rest = strip_leading_h1(fm.body)
    heading = fm.body[: len(fm.body) - len(rest)]
    links, plain, html = analyze_and_render(rest)
    if heading:
        skipped = heading.count("\n")
        links = [
            *(analyze(heading)[0] if "[" in heading or "<" in heading else []),
            *(Link(link.url, link.line + skipped) for link in links),
        ]
    for link in links:
        if link.url.strip().lower().startswith("kb:") and kb_link_target(link.url) is None:
            report.at(fm.body_line + link.line, f"malformed document link '{link.url}' (use kb:doc-id)")

    def _text(key: str) -> str:
        value = data.get(key)
        return value if isinstance(value, str) else ""

    def _list(key: str) -> list[str]:
        value = data.get(key)
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    doc_id = _text("id")
    if not doc_id:
        return None
    common = set(schema.COMMON_FIELDS)
    doc = Document(
        id=doc_id,
        type=_text("type"),
        title=_text("title"),
        lang=_text("lang"),
        body=fm.body,
        path=path,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        tags=_list("tags"),
        summary=_text("summary"),
        updated=_text("updated") or None,
        municipality=_text("municipality") or None,
        translation=_text("translation") or None,
        related=_list("related"),
        sources=_list("sources"),
        meta={k: v for k, v in data.items() if k not in common and isinstance(k, str)},
        links=links,
        plain=plain,
        body_line=fm.body_line,
        body_html=zlib.compress(html.encode("utf-8"), 1),
        labels=country.page_labels(_text("lang")) if country is not None else None,
    )
    doc_type = DOC_TYPES.get(doc.type)
    if doc_type is not None:
        doc.extra = "\n".join(part for part in doc_type.extra_text(doc) if part.strip())
    return doc


_ONE_LINE_KEYS = frozenset({"id", "type", "title", "lang", "version", "name", "code", "label", "value"})


def _check_unsafe_text(data: Any, report: Callable[[Path_, str], None]) -> None:
    """Front matter is shown in terminals and the window: no control or bidi characters in it,
    whether written raw or made by a YAML escape (in double quotes, \\e is ESC)."""
    for where, char in unsafe_values(data, single_line=_ONE_LINE_KEYS):
        name = ".".join(str(part) for part in where) or "front matter"
        report(
            where,
            f"'{clean_for_output(name, limit=60)}' holds the control character "
            f"{describe_character(char)}: text shown to workers must not carry terminal or "
            "direction codes",
        )


def _line(doc: Document, path: Path_) -> int:
    fm = _front_matter(doc)
    return fm.line_of(path) if fm else 1


def _front_matter(doc: Document) -> FrontMatter | None:
    """The document's parsed front matter with line numbers. Not kept with each document (on a large
    library the line maps would take more memory than the text): read again when a problem needs it."""
    if doc.front_matter is None:
        text = _read_text(doc.path, [])
        try:
            return split(text) if text is not None else None
        except FrontMatterError:
            return None
    return doc.front_matter


def _check_references(
    documents: list[Document], municipality_codes: set[str], problems: list[Problem], calling_code: str = ""
) -> None:
    """Ids unique; every key a document type declares a reference (kb_app.core.content.doctypes) names a
    document of the right type or an indicator; municipalities and ``kb:`` links exist."""
    from kb_app.core.content.doctypes import COMMON_REFERENCES, DOC_TYPES, reference_values

    first_seen = _first_of_each(documents, lambda doc: [(("id",), doc.id)], "id", problems)
    indicator_seen = _first_of_each(documents, _indicator_ids, "indicator id", problems)
    for doc in documents:
        doc_type = DOC_TYPES.get(doc.type)
        common = {"translation": doc.translation, "related": doc.related}
        for data, reference in [
            *((common, r) for r in COMMON_REFERENCES),
            *((doc.meta, r) for r in (doc_type.references if doc_type else ())),
        ]:
            for path, target, entry in reference_values(data, reference.key):
                found = _reference_problem(reference, target, entry, first_seen, indicator_seen, calling_code)
                if found is not None:
                    where, message = found
                    problems.append(Problem(doc.path, _line(doc, (*path[:-1], where) if where else path), message))
        if doc.translation in first_seen and first_seen[doc.translation].lang == doc.lang:
            problems.append(
                Problem(
                    doc.path,
                    _line(doc, ("translation",)),
                    f"translation '{doc.translation}' has the same language ({doc.lang})",
                )
            )
        if doc.municipality and municipality_codes and doc.municipality not in municipality_codes:
            problems.append(
                Problem(
                    doc.path,
                    _line(doc, ("municipality",)),
                    f"unknown municipality '{doc.municipality}' (see municipalities.yaml)",
                )
            )
        for link in doc.links:
            linked = kb_link_target(link.url)
            if linked and linked[0] not in first_seen:
                problems.append(Problem(doc.path, doc.body_line + link.line, f"link to unknown document '{linked[0]}'"))


def _reference_problem(
    reference: Reference,
    target: Any,
    entry: Any,
    documents: dict[str, Document],
    indicators: dict[str, Document],
    calling_code: str,
) -> tuple[str, str] | None:
    """What is wrong with one reference: (a key beside it in the same entry, or "" for the reference
    itself; message), or None."""
    from kb_app.core.content.doctypes import INDICATOR

    if not isinstance(target, str):
        return None  # validation reports the value's shape
    if reference.to == INDICATOR:
        return None if target in indicators else ("", f"reference to unknown indicator '{target}'")
    named = documents.get(target)
    if named is None:
        return "", f"reference to unknown document '{target}'"
    if reference.to and named.type != reference.to:
        return "", f"'{target}' is a {named.type}, expected a {reference.to}"
    return reference.check(entry, named, calling_code) if reference.check is not None else None


def _indicator_ids(doc: Document) -> list[tuple[Path_, str]]:
    return [
        (("groups", gi, "indicators", ii, "id"), item["id"])
        for gi, _group, ii, item in doc.indicator_items()
        if isinstance(item.get("id"), str)
    ]


def _first_of_each(
    documents: list[Document], ids: Callable[[Document], list[tuple[Path_, str]]], what: str, problems: list[Problem]
) -> dict[str, Document]:
    """The document that first has each id; a later one with the same id is a problem."""
    first: dict[str, Document] = {}
    for doc in documents:
        for path, value in ids(doc):
            if value in first:
                problems.append(
                    Problem(
                        doc.path, _line(doc, path), f"duplicate {what} '{value}' (also in {first[value].path.name})"
                    )
                )
            else:
                first[value] = doc
    return first


def _load_yaml_file(path: Path, problems: list[Problem]) -> tuple[Any, FrontMatter | None]:
    text = _read_text(path, problems)
    if text is None:
        return None, None
    try:
        fm = split("---\n" + text + "\n---\n")
    except FrontMatterError as exc:
        problems.append(Problem(path, max(1, exc.line - 1), exc.message.replace("front matter", "file")))
        return None, None
    for line, message in fm.problems:
        problems.append(Problem(path, line - 1, message))
    _check_unsafe_text(
        fm.data, lambda where, message: problems.append(Problem(path, max(1, fm.line_of(where) - 1), message))
    )
    return fm.data, fm


def _load_pack_info(path: Path, problems: list[Problem]) -> PackInfo:
    if not path.is_file():
        problems.append(Problem(path, 1, "pack.yaml is missing (id, title and version of the library)"))
        return PackInfo()
    data, fm = _load_yaml_file(path, problems)
    if not isinstance(data, dict) or fm is None:
        return PackInfo()
    report = _Reporter(path, problems)
    report.fm = _shift(fm)
    schema.validate_fields(
        data,
        {
            "id": schema.Field(schema.slug, required=True),
            "title": schema.Field(schema.text, required=True),
            "version": schema.Field(_version, required=True),
            "description": schema.Field(schema.text),
            "default_municipality": schema.Field(schema.slug),
        },
        (),
        report,
        "pack.yaml",
    )
    return PackInfo(
        id=str(data.get("id") or "library"),
        title=str(data.get("title") or "Library"),
        version=str(data.get("version") or "0"),
        description=str(data.get("description") or ""),
        default_municipality=data.get("default_municipality")
        if isinstance(data.get("default_municipality"), str)
        else None,
    )


def _version(value: Any, path: Path_, report: schema.Report) -> None:
    if not isinstance(value, str | int | float) or isinstance(value, bool) or not str(value).strip():
        report(path, "'version' must be text such as 2026.11.1")


def _shift(fm: FrontMatter) -> FrontMatter:
    """Line numbers of a plain YAML file parsed through the front matter splitter."""
    return FrontMatter(fm.data, {k: max(1, v - 1) for k, v in fm.lines.items()}, fm.body, fm.body_line)


def _load_country(path: Path, problems: list[Problem]) -> Country | None:
    if not path.is_file():
        problems.append(
            Problem(
                path,
                1,
                f"{COUNTRY_FILE} is missing: the country's languages (each with its "
                "analyzer), contact categories, indicator areas and municipality kinds "
                "(knowledge/README.md)",
            )
        )
        return None
    data, fm = _load_yaml_file(path, problems)
    if fm is None:
        return None
    report = _Reporter(path, problems)
    report.fm = _shift(fm)
    from kb_app.core.text.analysis import is_analyzer

    return parse_country(data, report, is_analyzer, tuple(DOC_TYPES))


def _load_municipalities(
    path: Path, problems: list[Problem], country: Country | None = None
) -> tuple[list[Municipality], dict[str, str]]:
    if not path.is_file():
        problems.append(Problem(path, 1, "municipalities.yaml is missing (the list notes belong to)"))
        return [], {}
    data, fm = _load_yaml_file(path, problems)
    if not isinstance(data, dict) or fm is None:
        if data is not None:
            problems.append(Problem(path, 1, "municipalities.yaml must have 'municipalities:' and 'aliases:'"))
        return [], {}
    report = _Reporter(path, problems)
    report.fm = _shift(fm)
    item = schema.mapping(
        {
            "code": schema.Field(schema.slug, required=True),
            "name": schema.Field(schema.text, required=True),
            "kind": schema.Field(
                schema.declared(country.codes(MUNICIPALITY_KIND) if country else None, "municipality kinds"),
                required=True,
            ),
        },
        "municipality",
    )
    schema.validate_fields(
        data,
        {
            "municipalities": schema.Field(schema.list_of(item, min_items=1), required=True),
            "aliases": schema.Field(_aliases_check),
        },
        (),
        report,
        "municipalities.yaml",
    )
    result: list[Municipality] = []
    seen: set[str] = set()
    for i, entry in enumerate(data.get("municipalities") or []):
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) for k in ("code", "name", "kind")):
            continue
        if entry["code"] in seen:
            report(("municipalities", i, "code"), f"duplicate municipality code '{entry['code']}'")
            continue
        seen.add(entry["code"])
        result.append(Municipality(entry["code"], entry["name"], entry["kind"]))
    aliases: dict[str, str] = {}
    raw_aliases = data.get("aliases")
    if isinstance(raw_aliases, dict):
        for alias, target in raw_aliases.items():
            if isinstance(alias, str) and isinstance(target, str):
                if target not in seen:
                    report(("aliases", alias), f"alias '{alias}' points to unknown municipality '{target}'")
                elif alias in seen:
                    report(("aliases", alias), f"alias '{alias}' is also a current municipality code")
                else:
                    aliases[alias] = target
    return result, aliases


def _aliases_check(value: Any, path: Path_, report: schema.Report) -> None:
    if not isinstance(value, dict):
        report(path, "'aliases' must map old codes to current codes")
        return
    for key, target in value.items():
        schema.slug(key, (*path, str(key)), report)
        schema.slug(target, (*path, str(key)), report)


def _load_synonyms(path: Path, problems: list[Problem]) -> list[list[str]]:
    if not path.is_file():
        return []
    text = _read_text(path, problems)
    if text is None:
        return []
    groups: list[list[str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        content = line.split("#", 1)[0].strip()
        if not content:
            continue
        entries = [e.strip() for e in content.split(",") if e.strip()]
        unsafe = unsafe_characters(content)
        if unsafe:
            problems.append(Problem(path, number, f"the control character {describe_character(unsafe[0])}"))
            continue
        if len(entries) > MAX_SYNONYM_ENTRIES:
            # Every search for one of them would expand to all the others (20,000 words: 1.5 s a keystroke).
            problems.append(
                Problem(path, number, f"a synonym group of {len(entries)} entries; at most {MAX_SYNONYM_ENTRIES}")
            )
            continue
        if len(entries) < 2:
            problems.append(Problem(path, number, "a synonym group needs at least two entries separated by commas"))
            continue
        groups.append(entries)
    return groups


@dataclass(frozen=True)
class TodoItem:
    """One thing that waits for a real check: a contact fact, or a trainer's note on a document."""

    path: Path
    line: int
    what: str
    when: str  # "source 2022-12", "source undated", "checked 2025-01-02 by …", "trainer note"

    def format(self) -> str:
        return f"{self.path}:{self.line}: {self.what} ({self.when})"


def todo_items(knowledge: Knowledge, today: date | None = None) -> list[TodoItem]:
    """Every contact fact with no real check (or a check over twelve months old) except a number
    marked ``stable``, and every ``trainer_notes`` entry, in file and line order."""
    items: list[TodoItem] = []
    for doc in knowledge.documents:
        fm = _front_matter(doc)
        if doc.type == "contact":
            for fact in contact_facts(doc.meta):
                if fact.stable or (fact.checked and not fact.is_stale(today)):
                    continue  # a number fixed by law is not checked by calling it
                if fact.checked:
                    when = f"checked {fact.checked_on} by {fact.checked_by}, over 12 months ago"
                elif parse_source_date(fact.source_date) is None:
                    when = "source undated"
                else:
                    when = f"source {fact.source_date}"
                items.append(
                    TodoItem(doc.path, _line(doc, ("facts", fact.index)), f"{doc.title}: {todo_action(fact)}", when)
                )
        notes = fm.data.get("trainer_notes") if fm else None
        for i, note in enumerate(notes if isinstance(notes, list) else []):
            if isinstance(note, str) and note.strip():
                items.append(
                    TodoItem(doc.path, _line(doc, ("trainer_notes", i)), " ".join(note.split()), "trainer note")
                )
    return sorted(items, key=lambda item: (str(item.path), item.line))
