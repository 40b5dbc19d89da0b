"""Build a knowledge folder into a library folder (``library.db`` + ``index/``) and into a pack.

Deterministic: documents are written in id order, whoosh's random segment names come from a
seeded generator, and the pack's members carry fixed timestamps, so the same folder gives the same
member hashes. Only ``built_at`` in the manifest changes (``SOURCE_DATE_EPOCH`` fixes it too).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
from array import array
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kb_app import __version__
from kb_app.core import ranking
from kb_app.core.analysis import terms_text
from kb_app.core.content import Document, Knowledge, load_knowledge
from kb_app.core.errors import KbError, Problem
from kb_app.core.library import SCHEMA_VERSION, pack_text
from kb_app.core.markdown import kb_link_target
from kb_app.core.ranking import ChampionBuilder
from kb_app.core.render import document_html

Progress = Callable[[int, int], None]


class BuildError(KbError):
    """The content is invalid; ``problems`` lists every problem."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the content; run 'kb-app check' for the list")
        self.problems = problems


@dataclass(frozen=True)
class IndexedDoc:
    """What the index and database need of one document, as plain values (also for benchmarks)."""

    id: str
    type: str
    title: str
    lang: str
    tags: tuple[str, ...]
    summary: str
    text: str  # plain searchable text of the body and structured keys
    municipality: str | None = None


# Field weights (CONTRACT §1: title > tags > summary > body) are per-token boosts inside one
# field: a word then costs one posting list instead of four, which is what makes whoosh fast enough.
SECTION_WEIGHTS: tuple[tuple[str, int], ...] = (("title", 4), ("tags", 3), ("summary", 2), ("body", 1))


def index_schema() -> Any:
    from whoosh import fields
    from whoosh.analysis import DelimitedAttributeFilter, RegexTokenizer

    # Only whoosh's own classes are pickled into the index: "term^boost" tokens.
    analyzer = RegexTokenizer(r"[^ \t\r\n]+") | DelimitedAttributeFilter(delimiter="^", attribute="boost")
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        type=fields.ID(),
        lang=fields.ID(),
        municipality=fields.ID(),
        text=fields.TEXT(analyzer=analyzer, phrase=False),
        # Title and tags once more, scored on their own: inside ``text`` BM25's saturation would
        # let a long body outweigh a title that names exactly what the user typed.
        head=fields.TEXT(analyzer=analyzer, phrase=False),
        # Adjacent term pairs ("a_b"): a phrase is a lookup of its pairs, not a walk over positions.
        pairs=fields.TEXT(analyzer=analyzer, phrase=False),
    )


def pair_term(first: str, second: str) -> str:
    return f"{first}_{second}"


@dataclass
class IndexFields:
    """A document's terms with their weights, per index field."""

    text: dict[str, int]
    head: dict[str, int]
    pairs: dict[tuple[str, str], int]


def index_fields(doc: IndexedDoc) -> IndexFields:
    """The weighted terms of the ``text``, ``head`` and ``pairs`` fields of a document.

    Each distinct term is written once as ``term^weight`` (its occurrences times its section's
    weight): whoosh sums the boosts into the posting's weight, and tokenizes a third as much.
    """
    lang = "en" if doc.lang == "en" else "lv"
    sections = {"title": doc.title, "tags": " ; ".join(doc.tags), "summary": doc.summary, "body": doc.text}
    fields = IndexFields({}, {}, {})
    for name, weight in SECTION_WEIGHTS:
        terms = terms_text(sections[name], lang).split()
        for term in terms:
            fields.text[term] = fields.text.get(term, 0) + weight
        if name in ("title", "tags"):
            for term in terms:
                fields.head[term] = fields.head.get(term, 0) + (2 if name == "title" else 1)
        for pair in zip(terms, terms[1:], strict=False):
            fields.pairs[pair] = fields.pairs.get(pair, 0) + weight
    return fields


def _weighted(counts: dict[str, int]) -> str:
    return " ".join(f"{term}^{n}" for term, n in sorted(counts.items()))


@dataclass
class IndexStats:
    """What the search engine needs beside whoosh's files: vocabulary, champions, field lengths."""

    df: dict[str, int]
    champions: list[tuple[str, bytes, bytes]]
    text_lengths: bytes
    head_lengths: bytes
    pair_min_df: int


@contextmanager
def _repeatable_whoosh(seed: int) -> Any:
    """Make whoosh write the same bytes for the same documents.

    Whoosh names segments with ``random.choice`` and records each file's mtime inside the
    compound segment file; a fixed seed and a fixed mtime remove both differences.
    """
    from whoosh.filedb.filestore import FileStorage

    state = random.getstate()
    original_modified = FileStorage.file_modified
    random.seed(seed)
    FileStorage.file_modified = lambda _self, _name: 0.0  # type: ignore[method-assign]
    try:
        yield
    finally:
        FileStorage.file_modified = original_modified  # type: ignore[method-assign]
        random.setstate(state)


def write_index(index_dir: Path, docs: list[IndexedDoc], progress: Progress | None = None) -> IndexStats:
    """Write the whoosh index (documents in id order: docnum = position) and return its stats."""
    from whoosh import index as whoosh_index

    index_dir.mkdir(parents=True, exist_ok=True)
    ordered = sorted(docs, key=lambda d: d.id)
    analyzed = [index_fields(doc) for doc in ordered]
    df: dict[str, int] = {}
    for fields in analyzed:
        for term in fields.text:
            df[term] = df.get(term, 0) + 1
    # Only pairs of two frequent words are indexed: they are the phrases whose words alone match
    # too many documents. A phrase with a rarer word is checked in the few documents that have it
    # (search.py), and leaving those pairs out drops nine in ten distinct terms from the index.
    min_df = ranking.PAIR_MIN_DF
    frequent = {term for term, n in df.items() if n > min_df}
    champions = ChampionBuilder()
    with _repeatable_whoosh(154):
        ix = whoosh_index.create_in(str(index_dir), index_schema())
        writer = ix.writer(limitmb=1024)
        total = len(ordered)
        for docnum, (doc, fields) in enumerate(zip(ordered, analyzed, strict=True)):
            champions.add(docnum, fields.text, fields.head)
            pairs = {pair_term(a, b): n for (a, b), n in fields.pairs.items() if a in frequent and b in frequent}
            writer.add_document(id=doc.id, type=doc.type, lang=doc.lang, municipality=doc.municipality or "",
                                text=_weighted(fields.text), head=_weighted(fields.head), pairs=_weighted(pairs))
            if progress and ((docnum + 1) % 200 == 0 or docnum + 1 == total):
                progress(docnum + 1, total)
        writer.commit(optimize=True)
        ix.close()
    # The lock file is whoosh's, for writers; an installed library is only ever read.
    (index_dir / "MAIN_WRITELOCK").unlink(missing_ok=True)
    return IndexStats(df, list(champions.champions()), array("i", champions.text_lengths).tobytes(),
                      array("i", champions.head_lengths).tobytes(), min_df)


def _indexed(doc: Document) -> IndexedDoc:
    return IndexedDoc(doc.id, doc.type, doc.title, doc.lang, tuple(doc.tags), doc.summary, doc.search_text,
                      doc.municipality)


def write_database(db_path: Path, knowledge: Knowledge, stats: IndexStats) -> None:
    import sqlite_utils

    db = sqlite_utils.Database(db_path, recreate=True)
    docs = sorted(knowledge.documents, key=lambda d: d.id)
    titles = {d.id: d.title for d in docs}
    indicator_texts = {str(item.get("id")): str(item.get("text", "")) for d in docs
                       for _gi, _g, _ii, item in d.indicator_items()}
    db["documents"].insert_all(
        ({
            "id": d.id, "type": d.type, "title": d.title, "lang": d.lang, "summary": d.summary,
            "tags": json.dumps(d.tags, ensure_ascii=False), "updated": d.updated, "municipality": d.municipality,
            "translation": d.translation, "related": json.dumps(d.related, ensure_ascii=False),
            "sources": json.dumps(d.sources, ensure_ascii=False),
            "meta": json.dumps(d.meta, ensure_ascii=False, sort_keys=True, default=str),
            "body_md": pack_text(d.body), "html": pack_text(document_html(d, titles, indicator_texts)),
            "text": pack_text(d.search_text),
            "path": d.path.relative_to(knowledge.root).as_posix(), "content_hash": d.content_hash,
        } for d in docs),
        pk="id",
        columns={"id": str, "type": str, "title": str, "lang": str, "summary": str, "tags": str, "updated": str,
                 "municipality": str, "translation": str, "related": str, "sources": str, "meta": str,
                 "body_md": bytes, "html": bytes, "text": bytes, "path": str, "content_hash": str},
    )
    db["documents"].create_index(["type"])
    db["indicators"].insert_all(
        ({"id": str(item["id"]), "doc_id": d.id, "group_id": str(group.get("id", "")),
          "group_title": str(group.get("title", "")), "position": gi * 1000 + ii, "text": str(item.get("text", "")),
          "ask": str(item.get("ask", "") or ""), "strong": 1 if item.get("strong") else 0}
         for d in docs for gi, group, ii, item in d.indicator_items()),
        pk="id",
        columns={"id": str, "doc_id": str, "group_id": str, "group_title": str, "position": int, "text": str,
                 "ask": str, "strong": int},
    )
    links = sorted({(d.id, target[0]) for d in docs for link in d.links
                    if (target := kb_link_target(link.url))}
                   | {(d.id, r) for d in docs for r in d.related})
    db["links"].insert_all(({"src": s, "dst": t} for s, t in links),
                           columns={"src": str, "dst": str})
    db["municipalities"].insert_all(
        ({"code": m.code, "name": m.name, "kind": m.kind, "position": i}
         for i, m in enumerate(knowledge.municipalities)),
        pk="code", columns={"code": str, "name": str, "kind": str, "position": int},
    )
    db["municipality_aliases"].insert_all(
        ({"alias": a, "code": c} for a, c in sorted(knowledge.aliases.items())),
        pk="alias", columns={"alias": str, "code": str},
    )
    db["synonyms"].insert_all(
        ({"grp": g, "phrase": phrase} for g, group in enumerate(knowledge.synonyms) for phrase in group),
        columns={"grp": int, "phrase": str},
    )
    write_search_tables(db, stats)
    pack = knowledge.pack
    db["info"].insert_all(
        ({"key": k, "value": v} for k, v in (
            ("id", pack.id), ("title", pack.title), ("version", pack.version), ("description", pack.description),
            ("default_municipality", pack.default_municipality or ""), ("app_version", __version__),
        )),
        pk="key", columns={"key": str, "value": str},
    )
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.conn.commit()
    db.execute("VACUUM")
    db.close()


def write_search_tables(db: Any, stats: IndexStats) -> None:
    db["vocab"].insert_all(({"term": t, "df": n} for t, n in sorted(stats.df.items())), pk="term",
                           columns={"term": str, "df": int})
    db["champions"].insert_all(({"term": t, "docs": d, "scores": s} for t, d, s in stats.champions), pk="term",
                               columns={"term": str, "docs": bytes, "scores": bytes})
    db["index_stats"].insert_all(
        [{"key": "text_lengths", "value": stats.text_lengths}, {"key": "head_lengths", "value": stats.head_lengths},
         {"key": "pair_min_df", "value": str(stats.pair_min_df).encode()}],
        pk="key", columns={"key": str, "value": bytes})


def build_library_dir(knowledge: Knowledge, dest: Path, progress: Progress | None = None) -> None:
    """Write ``dest/library.db`` and ``dest/index/`` for a valid knowledge folder."""
    if knowledge.problems:
        raise BuildError(knowledge.problems)
    dest.mkdir(parents=True, exist_ok=True)
    stats = write_index(dest / "index", [_indexed(d) for d in knowledge.documents], progress)
    write_database(dest / "library.db", knowledge, stats)


def built_at() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch and epoch.isdigit() else datetime.now(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def build_pack(knowledge_dir: Path, out: Path, progress: Progress | None = None, *,
               default_municipality: str | None = None) -> Any:
    """Validate, build and write a ``.kbpack``; return its manifest. Raises BuildError if invalid.

    ``default_municipality`` overrides ``pack.yaml`` (a regional trainer's installer starts there).
    """
    from kb_app.core.pack import write_pack

    knowledge = load_knowledge(knowledge_dir)
    if default_municipality is not None:
        if default_municipality not in {m.code for m in knowledge.municipalities}:
            knowledge.problems.append(Problem(knowledge.root / "municipalities.yaml", 1,
                                              f"default municipality '{default_municipality}' is not in the list"))
        knowledge.pack.default_municipality = default_municipality
    if knowledge.problems:
        raise BuildError(knowledge.problems)
    counts: dict[str, int] = {t: 0 for t in ("article", "contact", "indicators", "scenario")}
    for doc in knowledge.documents:
        counts[doc.type] = counts.get(doc.type, 0) + 1
    counts["total"] = len(knowledge.documents)
    staging = Path(tempfile.mkdtemp(prefix="kbbuild-", dir=Path(out).resolve().parent))
    try:
        build_library_dir(knowledge, staging, progress)
        info = {
            "id": knowledge.pack.id, "title": knowledge.pack.title, "version": knowledge.pack.version,
            "description": knowledge.pack.description, "built_at": built_at(), "app_version": __version__,
            "default_municipality": knowledge.pack.default_municipality, "counts": counts,
        }
        return write_pack(staging, Path(out), info)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
