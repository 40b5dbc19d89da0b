"""The one validator: what ``kb-app check``, ``kb-app build`` and a pack's import all run.

:func:`load_knowledge` checks each document against its type's schema; this adds the limits that
keep a valid library usable: a document that passes here opens in well under a second and is
searched in milliseconds, whoever made the pack.
"""

from __future__ import annotations

import re
from pathlib import Path

from kb_app.core.content.documents import Knowledge
from kb_app.core.content.knowledge import Progress, load_knowledge
from kb_app.core.content.problems import Problem
from kb_app.core.platform.parallel import Cancel
from kb_app.core.platform.textsafe import describe_character, unsafe_characters

KiB = 1024
# The largest document of the bundled library is 8 KiB; a long law commentary may be 100 KiB.
MAX_DOCUMENT_BYTES = 256 * KiB
MAX_DOCUMENT_LINES = 5_000
MAX_TABLE_ROWS = 300  # a table longer than this belongs in a spreadsheet, not a reader page
MAX_TITLE_CHARS = 300
MAX_SUMMARY_CHARS = 2_000
MAX_TAGS = 40
MAX_DOCUMENTS = 50_000
MAX_SYNONYM_GROUPS = 5_000
MAX_MUNICIPALITIES = 5_000
# One line of a document (a paragraph, usually): the bundled library's longest is under 500
# characters. A 250,000-character word froze the reader for seconds on every showing.
MAX_LINE_CHARS = 10_000
MAX_WORD_CHARS = 500  # the longest real one is a 203-character web address

_TABLE_ROW = re.compile(r"^\s{0,3}\|")


def validate_knowledge(
    root: Path,
    *,
    keep_bodies: bool = True,
    index_terms: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    parallel_from: int | None = None,
) -> Knowledge:
    """Load ``root`` and report every schema and size problem, each with file and line.

    Sizes are checked on the raw files first: a folder with an oversized document is reported
    without parsing anything, so a hostile pack costs milliseconds, not the minutes a Markdown
    parser can spend on a 100,000-row table. The other arguments are :func:`load_knowledge`'s.
    """
    oversized = raw_size_problems(Path(root))
    if oversized:
        from kb_app.core.content.documents import PackInfo

        return Knowledge(Path(root), [], [], {}, [], PackInfo(), sorted(oversized))
    knowledge = load_knowledge(
        root,
        keep_bodies=keep_bodies,
        index_terms=index_terms,
        progress=progress,
        cancel=cancel,
        parallel_from=parallel_from,
    )
    knowledge.problems.extend(limit_problems(knowledge))
    knowledge.problems.sort()
    return knowledge


def raw_size_problems(root: Path) -> list[Problem]:
    """Limits checked on the bytes of each document before any parsing."""
    problems: list[Problem] = []
    if not root.is_dir():
        return problems
    count = 0
    for path in root.rglob("*.md"):
        count += 1
        if count > MAX_DOCUMENTS:
            problems.append(Problem(root, 1, f"more than {MAX_DOCUMENTS} documents"))
            break
        try:
            size = path.stat().st_size
        except OSError:
            continue  # load_knowledge reports unreadable files
        if size > MAX_DOCUMENT_BYTES:
            problems.append(
                Problem(
                    path,
                    1,
                    f"the document is {size // KiB} KiB; split it into documents of "
                    f"at most {MAX_DOCUMENT_BYTES // KiB} KiB",
                )
            )
            continue
        text = path.read_bytes().decode("utf-8", errors="replace")
        problems.extend(_line_problems(path, text.split("\n"), 1))
    return problems


def _line_problems(path: Path, lines: list[str], first_line: int) -> list[Problem]:
    problems: list[Problem] = []
    if len(lines) > MAX_DOCUMENT_LINES:
        problems.append(
            Problem(path, first_line, f"the document has {len(lines)} lines; at most {MAX_DOCUMENT_LINES} are allowed")
        )
    # One search over the whole text, then line by line only where it found something: this runs
    # on every document of every import (20,000 documents: milliseconds, not seconds).
    unsafe_anywhere = bool(unsafe_characters("\n".join(lines).replace("\r", "")))
    run, start = 0, 0
    for number, line in enumerate(lines, start=first_line):
        if unsafe_anywhere or len(line) > MAX_WORD_CHARS:
            problems.extend(_text_problems(path, number, line))
        if _TABLE_ROW.match(line):
            if run == 0:
                start = number
            run += 1
            if run == MAX_TABLE_ROWS + 1:
                problems.append(
                    Problem(path, start, f"a table of more than {MAX_TABLE_ROWS} rows; split it or link to the source")
                )
        else:
            run = 0
    return problems


def _text_problems(path: Path, number: int, line: str) -> list[Problem]:
    problems: list[Problem] = []
    unsafe = unsafe_characters(line.replace("\r", ""))  # CR: a Windows line end, normalized on reading
    if unsafe:
        problems.append(
            Problem(
                path,
                number,
                f"the control character {describe_character(unsafe[0])}: text "
                "shown to workers must not carry terminal or direction codes",
            )
        )
    if len(line) > MAX_LINE_CHARS:
        problems.append(
            Problem(path, number, f"a line of {len(line)} characters; at most {MAX_LINE_CHARS} (start a new paragraph)")
        )
    if len(line) > MAX_WORD_CHARS:
        longest = max((len(word) for word in line.split()), default=0)
        if longest > MAX_WORD_CHARS:
            problems.append(Problem(path, number, f"a word of {longest} characters; at most {MAX_WORD_CHARS}"))
    return problems


def limit_problems(knowledge: Knowledge) -> list[Problem]:
    problems: list[Problem] = []
    root = knowledge.root
    if len(knowledge.documents) > MAX_DOCUMENTS:
        problems.append(
            Problem(root, 1, f"{len(knowledge.documents)} documents; a library may have at most {MAX_DOCUMENTS}")
        )
    if len(knowledge.synonyms) > MAX_SYNONYM_GROUPS:
        problems.append(Problem(root / "synonyms.txt", 1, f"more than {MAX_SYNONYM_GROUPS} synonym groups"))
    if len(knowledge.municipalities) > MAX_MUNICIPALITIES:
        problems.append(Problem(root / "municipalities.yaml", 1, f"more than {MAX_MUNICIPALITIES} municipalities"))
    for doc in knowledge.documents:

        def at(line: int, message: str, path: Path = doc.path) -> None:
            problems.append(Problem(path, line, message))

        if len(doc.title) > MAX_TITLE_CHARS:
            at(1, f"'title' is {len(doc.title)} characters long; at most {MAX_TITLE_CHARS}")
        if len(doc.summary) > MAX_SUMMARY_CHARS:
            at(1, f"'summary' is {len(doc.summary)} characters long; at most {MAX_SUMMARY_CHARS}")
        if len(doc.tags) > MAX_TAGS:
            at(1, f"{len(doc.tags)} tags; at most {MAX_TAGS}")
    return problems
