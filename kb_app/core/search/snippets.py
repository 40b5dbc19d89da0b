"""Result snippets: the passage of a document's stored plain text that holds the most query weight.

Built from the plain text the indexer stored (never from Markdown source, whose link targets would
show), and bounded: only the first ``SCAN_CHARS`` characters are searched, so a huge document costs
no more than a normal one. Matches are found without analyzing the whole text: a stem starts with
the first letters of the word it comes from, so a regular expression finds the few candidate words
and only those are analyzed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from kb_app.core.platform.textsafe import BIDI_CONTROLS, CONTROLS
from kb_app.core.text.analysis import declared_folds, fold, normalize, term_for

SNIPPET_CHARS = 180
SCAN_CHARS = 60_000
# A page that repeats the query's words hundreds of times has its best passage among the first
# matches as well as anywhere; looking at more only costs time (measured: most of a query's).
MOST_MATCHES = 150
_LEAD = 3  # letters of a term that the words it stands for always start with
_WORD_CHAR = re.compile(r"[^\W_]")


def shorten(text: str, size: int = SNIPPET_CHARS) -> str:
    text = " ".join(text[: size * 4].split())
    if len(text) <= size:
        return text
    cut = text.rfind(" ", 0, size)
    return text[: cut if cut > size // 2 else size] + " …"


def _folding_letters() -> dict[str, str]:
    """Each letter and the lower-case Latin and Cyrillic letters that fold to it alone (ā ą → a …):
    matching these on the unfolded text finds what matching the letter on folded text would,
    without folding the text first."""
    out: dict[str, str] = {}
    for code in (*range(0xC0, 0x250), *range(0x400, 0x530), *range(0x1E00, 0x1F00)):
        letter = chr(code)
        target = fold(letter)
        if letter == letter.lower() and len(target) == 1 and target != letter:
            out[target] = out.get(target, "") + letter
    return out


_FOLDS_TO = _folding_letters()


def _letter_class(letter: str, declared: dict[str, str]) -> str:
    variants = _FOLDS_TO.get(letter, "") + declared.get(letter, "")
    return f"[{re.escape(letter)}{re.escape(variants)}]" if variants else re.escape(letter)


@lru_cache(maxsize=256)
def _candidates(terms: frozenset[str], analyzer: str) -> re.Pattern[str]:
    """Words or word tails (as analysis.WORD_RE cuts them) that start, once folded, like one of
    ``terms``; :func:`matches` drops the tails. Without a look-behind the pattern begins with its
    first letters, which ``re`` skips to directly: measured on 1,700-character texts, 9 µs a text
    instead of 80."""
    leads = sorted({t[:_LEAD] for t in terms if t}, key=lambda s: (-len(s), s))
    declared: dict[str, str] = {}  # the language's own folds, as letters that fold to each letter
    for letter, target in declared_folds(analyzer).items():
        if len(target) == 1:
            declared[target] = declared.get(target, "") + letter
    alternatives = ["".join(_letter_class(ch, declared) for ch in lead) for lead in leads]
    return re.compile(r"(?:" + "|".join(alternatives) + r")[^\W_]*")


def matches(
    text: str,
    terms: frozenset[str],
    analyzer: str,
    start: int = 0,
    end: int | None = None,
    *,
    first_only: bool = False,
    most: int | None = None,
) -> list[tuple[int, int]]:
    """(start, end) of every word of normalized ``text`` in [start, end) whose index term is in ``terms``.

    The same words as ``[t for t in tokenize(text, analyzer) if t.term in terms]`` (a test compares
    them). ``analyzer`` is an analyzer's name (or a language code, see analysis.term_for).
    """
    end = len(text) if end is None else end
    found = []
    for match in _candidates(terms, analyzer).finditer(text, start, end):
        word_start, word_end = match.span()
        # A tail of a longer word is no word; this looks before ``start`` too, so a word cut by
        # ``start`` is not a word of the range.
        if word_start and _WORD_CHAR.match(text, word_start - 1):
            continue
        if word_end == end and end < len(text) and _WORD_CHAR.match(text, end):
            break  # cut by ``end``
        if term_for(match.group(), analyzer) in terms:
            found.append((word_start, word_end))
            if first_only or (most is not None and len(found) >= most):
                break
    return found


# -- the best passage ----------------------------------------------------------------------------

Slots = tuple[frozenset[str], ...]  # words in a row: each slot is the terms one word may have


@dataclass(frozen=True)
class SnippetPart:
    """One part of a query as snippets see it: its alternatives and how much it weighs.

    An alternative of one slot is a word (any of its terms); of several, words that must stand
    in a row (a multi-word synonym, or the words the worker typed for one): only the whole row
    is a match, and it is marked as one."""

    alternatives: tuple[Slots, ...]
    weight: float
    mark: bool = True  # False: it weighs in choosing the passage but is not set in bold


# A passage ends at a line end or after a sentence's full stop, question or exclamation mark.
_SENTENCE_END = re.compile(r"\n+|(?<=[.!?])\s+")
_BETWEEN_WORDS = re.compile(r"[\W_]*")


def _spans(
    normalized: str, parts: Sequence[SnippetPart], analyzer: str, most: int | None = MOST_MATCHES
) -> list[tuple[int, int, int]]:
    """(start, end, key) of every match of a part in ``normalized`` (of its first ``most`` words
    that match): single words, and whole rows of words for alternatives of several slots (a
    row's first word up to its last). ``key`` is the part's index plus ``len(parts)`` for each
    word a row has beyond one, or for a word that labels its line (ROW_BONUS)."""
    singles: dict[str, int] = {}
    rows: list[tuple[Slots, int]] = []
    for index, part in enumerate(parts):
        for alternative in part.alternatives:
            if len(alternative) == 1:
                for term in alternative[0]:
                    if term not in singles or parts[singles[term]].weight < part.weight:
                        singles[term] = index
            elif alternative:
                rows.append((alternative, index))
    every = frozenset(singles) | frozenset(t for slots, _ in rows for slot in slots for t in slot)
    if not every:
        return []
    words = [(s, e, term_for(normalized[s:e], analyzer)) for s, e in matches(normalized, every, analyzer, most=most)]
    found: list[tuple[int, int, int]] = []
    taken: set[int] = set()
    for slots, index in rows:
        for i in range(len(words) - len(slots) + 1):
            if words[i][2] not in slots[0] or i in taken:
                continue
            run = [i]
            for k in range(1, len(slots)):
                j = i + k
                gap = normalized[words[j - 1][1] : words[j][0]]
                if words[j][2] not in slots[k] or _BETWEEN_WORDS.fullmatch(gap) is None:
                    break
                run.append(j)
            if len(run) == len(slots):
                found.append((words[i][0], words[run[-1]][1], index + len(parts) * (len(slots) - 1)))
                taken.update(run)
    found += [
        (s, e, singles[t] + len(parts) * _is_label(normalized, s, e))
        for n, (s, e, t) in enumerate(words)
        if n not in taken and t in singles
    ]
    return sorted(found)


def marked_spans(text: str, parts: Sequence[SnippetPart], analyzer: str) -> list[tuple[int, int]]:
    """(start, end) of what a snippet would mark anywhere in ``text``: whole words, and a
    multi-word synonym ("Valsts policija") as one span, never one of its words alone. Offsets
    into ``text`` (into its normalized form when normalizing changed its length, see
    analysis.tokenize)."""
    parts = [p for p in parts if p.alternatives]
    if not parts:
        return []
    normalized = normalize(text)
    return [
        (s, e)
        for s, e, key in _spans(normalized, parts, analyzer, most=None)
        if parts[key % len(parts)].mark and not _in_address(normalized, s, e)
    ]


_JOINER = re.compile(r"[^\W_][.@][^\W_]")


def _in_address(text: str, start: int, end: int) -> bool:
    """A word that is a piece of a web or e-mail address ("vp" of "www.vp.gov.lv"): a match,
    but marked it would stand out of its context. Its weight still counts for the passage."""
    return bool(start >= 2 and _JOINER.match(text, start - 2)) or bool(_JOINER.match(text, end - 1))


def _is_label(text: str, start: int, end: int) -> bool:
    """A word that labels its line ("Tālrunis: …", a contact fact): the line is what it names."""
    return text[end : end + 1] == ":" and (start == 0 or text[start - 1] == "\n")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence, line or list item holding ``text[at]`` starts, looking back at most
    half a snippet; without a boundary there, a word a third of a snippet before ``at``."""
    floor = max(0, at - SNIPPET_CHARS // 2)
    found = None
    for match in _SENTENCE_END.finditer(text, floor, at):
        following = text[match.end() : match.end() + 1]
        if "\n" in match.group() or following.isupper() or following.isdigit() or following in '„"«(':
            found = match.end()
    if found is not None:
        return found
    if floor == 0:
        return 0
    space = text.find(" ", at - SNIPPET_CHARS // 3, at)
    return space + 1 if space >= 0 else at


# Each word beyond the first of a row ("valsts kompensācija"), or a word that labels its line,
# weighs this much more: the passage says what was asked in the words asked.
ROW_BONUS = 0.5


def _best_window(
    text: str, spans: list[tuple[int, int, int]], parts: Sequence[SnippetPart]
) -> tuple[tuple[float, int], int, int]:
    """The window that holds the most query weight, from the start of the sentence of its first
    match, SNIPPET_CHARS long; ties go to the earlier window. ((weight, 0), start, end).

    The windows starting at each match are weighed in one pass (two pointers over the matches);
    only the best one looks back for its sentence's start: a long page costs its matches."""
    inside: dict[int, int] = {}  # key → matches of it in the window
    best_score, best_first = -1.0, 0
    scores: list[float] = []
    ends: list[int] = []
    last = 0
    for first, (start, _, _) in enumerate(spans):
        while last < len(spans) and (spans[last][1] <= start + SNIPPET_CHARS or last == first):
            inside[spans[last][2]] = inside.get(spans[last][2], 0) + 1
            last += 1
        weights: dict[int, float] = {}
        for key in inside:
            part = key % len(parts)
            weights[part] = max(weights.get(part, 0.0), parts[part].weight * (1 + ROW_BONUS * (key // len(parts))))
        score = round(sum(weights.values()), 9)
        scores.append(score)
        ends.append(spans[last - 1][1])
        if score > best_score:
            best_score, best_first = score, first
        key = spans[first][2]
        inside[key] -= 1
        if not inside[key]:
            del inside[key]
    if best_score <= 0:
        return (0.0, 0), 0, 0
    # Leading matches that add nothing (a word the title shows already) do not start the window.
    while (
        best_first + 1 < len(spans)
        and scores[best_first + 1] == best_score
        and parts[spans[best_first][2] % len(parts)].weight == 0
    ):
        best_first += 1
    start = _sentence_start(text, spans[best_first][0])
    return (best_score, 0), start, min(len(text), max(start + SNIPPET_CHARS, ends[best_first]))


# Characters a snippet never shows: the output cleaner's controls and bidi characters
# (kb_app.core.platform.textsafe), which could make text from a file or a note read in another order than it
# is stored. A control (a line end too) becomes a space, so that lines do not run together; a bidi
# character goes. A translate table: snippets are made on every keystroke.
UNSHOWABLE: dict[int, str | None] = {
    **{ord(ch): " " for ch in CONTROLS},
    **{ord(ch): None for ch in BIDI_CONTROLS},
}


def showable(text: str) -> str:
    return text.translate(UNSHOWABLE)


def _render(
    text: str, start: int, end: int, spans: Sequence[tuple[int, int, int]], parts: Sequence[SnippetPart]
) -> str:
    """``text[start:end]`` ending at a word boundary, the marked parts' matches in ``<b>``."""
    inside = [
        (s, e)
        for s, e, key in spans
        if s >= start and e <= end and parts[key % len(parts)].mark and not _in_address(text, s, e)
    ]
    if end < len(text):  # end at a word boundary after the last whole mark
        space = max(text.rfind(" ", inside[-1][1] if inside else start, end), text.rfind("\n", start, end))
        if space > (inside[-1][1] if inside else start):
            end = space
        inside = [(s, e) for s, e in inside if e <= end]
    out: list[str] = ["… " if start > 0 else ""]
    cursor = start
    for s, e in inside:
        out.append(escape(text[cursor:s]))
        out.append(f"<b>{escape(text[s:e])}</b>")
        cursor = e
    out.append(escape(text[cursor:end]))
    if end < len(text):
        out.append(" …")
    return " ".join(showable("".join(out)).split())  # the marks hold no control or bidi character


TITLE_SHOWN = 0.0  # a part the title holds already is seen: the snippet should show the others


def best_snippet(text: str, summary: str, parts: Sequence[SnippetPart], analyzer: str, title: str = "") -> str:
    """The passage of ``text`` (or the summary) that holds the most query weight, marked; '' if none.

    A passage is a window of whole sentences, lines or list items (a contact fact is a line
    with its label). The summary competes as one passage and wins ties: a trainer wrote it to
    state the page's answer. HTML: text escaped, only the ``<b>`` marks are markup."""
    parts = [p for p in parts if p.alternatives]
    if not parts:
        return ""
    if title:
        in_title = {key % len(parts) for _, _, key in _spans(normalize(title), parts, analyzer)}
        if len(in_title) < len(parts):  # the title shows these: the snippet is for the rest
            parts = [
                SnippetPart(p.alternatives, p.weight * (TITLE_SHOWN if i in in_title else 1.0), p.mark)
                for i, p in enumerate(parts)
            ]
    candidates: list[tuple[tuple[float, int], int, str]] = []
    for rank, source in enumerate((summary, text[:SCAN_CHARS])):
        if not source:
            continue
        normalized = normalize(source)
        if len(normalized) != len(source):  # offsets are only valid when normalization kept lengths
            source = normalized
        spans = _spans(normalized, parts, analyzer)
        if not spans:
            continue
        score, start, end = _best_window(source, spans, parts)
        if score[0] > 0:
            candidates.append((score, -rank, _render(source, start, end, spans, parts)))
    if not candidates:
        return ""
    # Weight decides; among equal weights the summary (rank 0) wins over a body with more repeats.
    return max(candidates, key=lambda c: (round(c[0][0], 6), c[1], c[0][1]))[2]
