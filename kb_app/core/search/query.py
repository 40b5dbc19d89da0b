"""The user's query string as clauses: words and quoted phrases.

Deliberately tiny: social workers type words, not operators. Quotes make a phrase (an unclosed
quote still works while typing). Everything else is a word. Parsing never raises.
"""

from __future__ import annotations

from dataclasses import dataclass

from kb_app.core.text.analysis import WORD_RE, normalize

MAX_QUERY_CHARS = 500
MAX_CLAUSES = 12


@dataclass(frozen=True)
class Clause:
    words: tuple[str, ...]  # normalized (NFC, lower-case) words as typed
    phrase: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class ParsedQuery:
    clauses: tuple[Clause, ...]
    # The last word, when it is a plain word, also matches as a prefix (search as you type).
    last_is_prefix: bool

    @property
    def empty(self) -> bool:
        return not self.clauses


def parse_query(text: str) -> ParsedQuery:
    text = normalize(str(text)[:MAX_QUERY_CHARS])
    clauses: list[Clause] = []
    segments = text.split('"')
    ends_in_phrase = False
    for index, segment in enumerate(segments):
        words = tuple(WORD_RE.findall(segment))
        if not words:
            continue
        inside_quotes = index % 2 == 1
        if inside_quotes and len(words) > 1:
            clauses.append(Clause(words, phrase=True))
            ends_in_phrase = index == len(segments) - 1 or not any(WORD_RE.search(s) for s in segments[index + 1 :])
        else:
            clauses.extend(Clause((w,)) for w in words)
            ends_in_phrase = False
    clauses = clauses[:MAX_CLAUSES]
    last_is_prefix = bool(clauses) and not clauses[-1].phrase and not ends_in_phrase
    return ParsedQuery(tuple(clauses), last_is_prefix)
