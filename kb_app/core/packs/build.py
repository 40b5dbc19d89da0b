"""A knowledge folder into a content pack (data only, docs/interface-contract.md §3) or into a library folder.

Deterministic: members are written in name order with fixed timestamps, so the same folder gives
the same member hashes; only ``built_at`` in the manifest changes (``SOURCE_DATE_EPOCH`` fixes it).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from kb_app import __version__
from kb_app.core.content.documents import Knowledge
from kb_app.core.content.problems import Problem
from kb_app.core.content.validate import validate_knowledge
from kb_app.core.library_files.libformat import CONTENT_DIR
from kb_app.core.packs.pack_file import CONFIG_MEMBERS, Manifest, write_pack
from kb_app.core.platform.errors import KbError
from kb_app.core.search.indexer import Cancel, build_index

Progress = Callable[[int, int], None]
_DEFAULT_MUNICIPALITY_LINE = re.compile(r"^default_municipality\s*:.*(?:\n|\Z)", re.MULTILINE)


class BuildError(KbError):
    """The content is invalid; ``problems`` lists every problem."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the content; run 'kb-app check' for the list")
        self.problems = problems


def content_files(knowledge: Knowledge) -> list[tuple[str, Path]]:
    """(path inside the knowledge folder, file) of everything the validator read: what a pack carries."""
    files = [(doc.path.relative_to(knowledge.root).as_posix(), doc.path) for doc in knowledge.documents]
    files += [(name, knowledge.root / name) for name in CONFIG_MEMBERS if (knowledge.root / name).is_file()]
    return sorted(files)


def document_counts(knowledge: Knowledge) -> dict[str, int]:
    counts: dict[str, int] = {}
    for doc in knowledge.documents:
        counts[doc.type] = counts.get(doc.type, 0) + 1
    counts["total"] = len(knowledge.documents)
    return dict(sorted(counts.items()))


def build_library_dir(
    knowledge: Knowledge, dest: Path, progress: Progress | None = None, cancel: Cancel | None = None
) -> None:
    """``dest/content/`` (a copy of the validated files) and its locally built ``library.db``."""
    if knowledge.problems:
        raise BuildError(knowledge.problems)
    content = dest / CONTENT_DIR
    if content.resolve() != knowledge.root.resolve():
        for name, source in content_files(knowledge):
            target = content / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    build_index(knowledge, dest, progress, cancel)


def built_at() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch and epoch.isdigit() else datetime.now(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def build_pack(
    knowledge_dir: Path,
    out: Path,
    *,
    default_municipality: str | None = None,
    sign: Callable[[bytes], bytes] | None = None,
) -> Manifest:
    """Validate and write a ``.kbpack``; return its manifest. Raises BuildError if invalid.

    ``default_municipality`` overrides ``pack.yaml`` (a regional trainer's installer starts there):
    the pack then carries a ``pack.yaml`` that says so, like any other content.
    """
    knowledge = validate_knowledge(Path(knowledge_dir))
    if default_municipality is not None:
        if default_municipality not in {m.code for m in knowledge.municipalities}:
            knowledge.problems.append(
                Problem(
                    knowledge.root / "municipalities.yaml",
                    1,
                    f"default municipality '{default_municipality}' is not in the list",
                )
            )
        knowledge.pack.default_municipality = default_municipality
    if knowledge.problems:
        raise BuildError(knowledge.problems)
    members: list[tuple[str, Path | bytes]] = []
    for name, source in content_files(knowledge):
        data: Path | bytes = source
        if name == "pack.yaml" and default_municipality is not None:
            text = _DEFAULT_MUNICIPALITY_LINE.sub("", source.read_text("utf-8")).rstrip("\n")
            data = f"{text}\ndefault_municipality: {default_municipality}\n".encode()
        members.append((f"{CONTENT_DIR}/{name}", data))
    pack = knowledge.pack
    info = {
        "id": pack.id,
        "title": pack.title,
        "version": pack.version,
        "description": pack.description,
        "built_at": built_at(),
        "app_version": __version__,
        "default_municipality": pack.default_municipality,
        "counts": document_counts(knowledge),
    }
    return write_pack(members, Path(out), info, sign)
