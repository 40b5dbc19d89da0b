"""A deterministic synthetic Latvian corpus for benchmarks: inflected words with diacritics.

Real domain lemmas are inflected through their paradigms; a long tail of generated pseudo-words
(with Latvian letters) gives the vocabulary the size a real 20,000-document library would have.
Word frequencies follow a Zipf law, as in real text.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

# (stem, paradigm) — endings as a real text would inflect them.
PARADIGMS: dict[str, tuple[str, ...]] = {
    "m1": ("s", "a", "am", "u", "ā", "i", "u", "iem", "us", "os"),
    "m2": ("is", "a", "im", "i", "ī", "ī", "iem", "us", "os"),
    "f4": ("a", "as", "ai", "u", "ā", "ām", "ās"),
    "f5": ("e", "es", "ei", "i", "ē", "ēm", "ēs"),
    "adj": ("ais", "ā", "o", "ie", "ajiem", "ajām", "ajās", "ajai", "ajam", "s", "a", "u"),
    "verb": ("t", "ju", "jam", "jat", "ja", "s", "dams", "ti"),
}
LEMMAS: tuple[tuple[str, str], ...] = (
    ("cilvēk", "m1"),
    ("tirdzniecīb", "f4"),
    ("ekspluatācij", "f4"),
    ("bāriņties", "f4"),
    ("pašvaldīb", "f4"),
    ("sociāl", "adj"),
    ("cietuš", "adj"),
    ("darbiniek", "m1"),
    ("policij", "f4"),
    ("rehabilitācij", "f4"),
    ("pakalpojum", "m1"),
    ("sieviet", "f5"),
    ("vīriet", "m2"),
    ("bērn", "m1"),
    ("iestād", "f5"),
    ("darb", "m1"),
    ("alg", "f4"),
    ("pas", "f5"),
    ("laulīb", "f4"),
    ("vervēšan", "f4"),
    ("inspekcij", "f4"),
    ("robežsardz", "f5"),
    ("patversm", "f5"),
    ("tālrun", "m2"),
    ("palīdzīb", "f4"),
    ("konsultācij", "f4"),
    ("tulk", "m1"),
    ("drošīb", "f4"),
    ("uzticīb", "f4"),
    ("piespiedu", "m1"),
    ("ubagošan", "f4"),
    ("noziegum", "m1"),
    ("kriminālproces", "m1"),
    ("liecinie", "m1"),
    ("ģimen", "f5"),
    ("dzīvesviet", "f4"),
    ("valst", "f5"),
    ("ārzem", "f5"),
    ("dokument", "m1"),
    ("parād", "m1"),
    ("dzīv", "verb"),
    ("strādā", "verb"),
    ("palīdzē", "verb"),
    ("ziņo", "verb"),
    ("atpazī", "verb"),
    ("nosūtī", "verb"),
    ("sazinā", "verb"),
    ("pārbaudī", "verb"),
    ("nepilngadīg", "adj"),
    ("juridisk", "adj"),
)
SYLLABLES = (
    "ka",
    "ta",
    "ra",
    "li",
    "me",
    "no",
    "su",
    "vē",
    "dā",
    "ņa",
    "šu",
    "ža",
    "ķi",
    "ļa",
    "ģe",
    "či",
    "pa",
    "ro",
    "mi",
    "de",
    "bū",
    "gi",
    "zi",
    "la",
    "te",
    "ne",
    "sa",
    "ve",
    "ri",
    "ko",
    "pī",
    "dē",
)
FILLER = ("un", "ar", "par", "kas", "ir", "bet", "no", "uz", "pie", "vai", "arī", "jo", "kā", "ka", "lai")


@dataclass(frozen=True)
class SyntheticDoc:
    id: str
    type: str
    title: str
    tags: tuple[str, ...]
    summary: str
    body: str


def _pseudo_stems(rng: random.Random, count: int) -> list[tuple[str, str]]:
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    kinds = tuple(PARADIGMS)
    while len(out) < count:
        stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) + rng.choice("ktmnlrsv")
        if stem not in seen:
            seen.add(stem)
            out.append((stem, rng.choice(kinds)))
    return out


class Corpus:
    def __init__(self, docs: int, seed: int = 1544, vocabulary: int = 12_000) -> None:
        self.rng = random.Random(seed)
        self.lemmas: list[tuple[str, str]] = list(LEMMAS) + _pseudo_stems(self.rng, vocabulary)
        # Zipf weights: the domain lemmas are the most frequent words, as they would be here.
        weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(self.lemmas))]
        self.cum_weights = list(itertools.accumulate(weights))
        self.indices = range(len(self.lemmas))
        self.docs = [self._doc(i) for i in range(docs)]

    def word(self, lemma_index: int | None = None) -> str:
        if lemma_index is None:
            lemma_index = self.rng.choices(self.indices, cum_weights=self.cum_weights)[0]
        stem, paradigm = self.lemmas[lemma_index]
        return stem + self.rng.choice(PARADIGMS[paradigm])

    def _sentence(self, words: int) -> str:
        idx = self.rng.choices(self.indices, cum_weights=self.cum_weights, k=words)
        parts = []
        for n, i in enumerate(idx):
            parts.append(self.word(i))
            if n % 3 == 2:
                parts.append(self.rng.choice(FILLER))
        text = " ".join(parts)
        return text[0].upper() + text[1:] + "."

    def _doc(self, n: int) -> SyntheticDoc:
        rng = self.rng
        doc_type = rng.choices(("article", "contact", "indicators", "scenario"), weights=(6, 2, 1, 1))[0]
        title = self._sentence(rng.randint(3, 7)).rstrip(".")
        tags = tuple(self.word(rng.randrange(len(LEMMAS))) for _ in range(rng.randint(1, 3)))
        summary = self._sentence(rng.randint(8, 16))
        paragraphs = [
            " ".join(self._sentence(rng.randint(6, 14)) for _ in range(rng.randint(2, 5)))
            for _ in range(rng.randint(2, 6))
        ]
        return SyntheticDoc(f"doc-{n:06d}", doc_type, title, tags, summary, "\n\n".join(paragraphs))
