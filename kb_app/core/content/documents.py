"""The data a knowledge folder loads into: its documents, municipalities and pack information.

Types only: the loader (:mod:`kb_app.core.content.knowledge`), the document-type registry, the renderer and
the indexer all read them, and none of those needs another to do so.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from kb_app.core.content.country import Country
from kb_app.core.content.frontmatter import FrontMatter
from kb_app.core.content.labels import Labels
from kb_app.core.content.markdown import Link, inline_plain
from kb_app.core.content.problems import Problem


@dataclass(frozen=True)
class PreparedIndex:
    """A document's analyzed columns (title, tags, summary, body; "\n" between them) and its stored
    search text, both zlib-compressed: as the indexer would compute them (index_columns, pack_text)."""

    terms: bytes
    text: bytes


@dataclass
class Document:
    id: str
    type: str
    title: str
    lang: str
    body: str
    path: Path
    content_hash: str
    tags: list[str] = field(default_factory=list)
    summary: str = ""
    updated: str | None = None
    municipality: str | None = None
    translation: str | None = None
    related: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # the type-specific keys
    links: list[Link] = field(default_factory=list)
    plain: str = ""  # the body as plain text
    # The body's HTML from the same parse as ``plain`` (zlib: the indexer renders the page from it
    # rather than parsing every document twice); None when it was not kept.
    body_html: bytes | None = field(default=None, repr=False, compare=False)
    body_line: int = 1
    front_matter: FrontMatter | None = field(default=None, repr=False, compare=False)  # for line numbers
    # What the indexer stores for this document, when a worker process already prepared it
    # (load_knowledge(index_terms=True) on a large library).
    prepared: PreparedIndex | None = field(default=None, repr=False, compare=False)
    # The words the pack gives a page in this document's language (kb_app.core.content.labels): the page
    # and its searchable text name a contact's facts with them. English without a declaration.
    labels: Labels | None = field(default=None, repr=False, compare=False)
    # The searchable text its structured keys hold (indicators, questions, steps, services), as its
    # document type reads them (DocType.extra_text): set by the loader, which knows the types.
    extra: str = ""

    def indicator_items(self) -> Iterator[tuple[int, dict[str, Any], int, dict[str, Any]]]:
        """(group index, group, indicator index, indicator) for an indicators document."""
        for gi, group in enumerate(self.meta.get("groups") or []):
            if not isinstance(group, dict):
                continue
            for ii, item in enumerate(group.get("indicators") or []):
                if isinstance(item, dict):
                    yield gi, group, ii, item

    @cached_property
    def search_text(self) -> str:
        """Body and structured keys as plain text: what the index and the snippets read.

        Structured keys may hold inline Markdown (links to other documents, emphasis); their
        marks and link targets are dropped so that no ``kb:`` address shows in a result.
        """
        return self.plain + "\n" + inline_plain(self.extra)


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    kind: str


@dataclass
class PackInfo:
    id: str = "library"
    title: str = "Library"
    version: str = "0"
    description: str = ""
    default_municipality: str | None = None


@dataclass
class Knowledge:
    root: Path
    documents: list[Document]
    municipalities: list[Municipality]
    aliases: dict[str, str]
    synonyms: list[list[str]]
    pack: PackInfo
    problems: list[Problem]
    country: Country | None = None  # None when country.yaml is missing or unreadable (a problem says so)
    # term → first word, as the indexer would record it, when the workers prepared every
    # document (Document.prepared); None otherwise (the indexer analyzes the documents itself).
    index_words: dict[str, str] | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    def by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}
