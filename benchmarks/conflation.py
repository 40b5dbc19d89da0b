"""How well a language's analysis joins the forms of one word, measured on a knowledge folder.

The app folds a word and then stems it, so that a word typed without its diacritics gives the
same term as the written one. A stemmer that knows endings only with their marks (Lithuanian
-ėje, -ų) then leaves some endings on. This compares, over the distinct words of the folder's
documents in one language:

- ``app``: the analysis the folder's country.yaml declares (what search uses);
- ``stem-then-fold``: the Snowball stemmer on the written word, folded afterwards.

For each: of the pairs of words the stemmer joins when it reads them as written, how many the
analysis joins too ("kept"); pairs it joins that the stemmer keeps apart ("extra"); and of the
words written with diacritics, how many give the same term typed without them ("typed bare").

    .venv/bin/python benchmarks/conflation.py tests/fixtures/knowledge-lt lt
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Callable
from pathlib import Path

import yaml

from kb_app.core.content.country import parse_country
from kb_app.core.content.frontmatter import split
from kb_app.core.text.analysis import SNOWBALL_PREFIX, WORD_RE, analyzer_for, fold, is_analyzer, normalize


def words_of(folder: Path, lang: str) -> list[str]:
    found: set[str] = set()
    for path in folder.rglob("*.md"):
        try:
            document = split(path.read_text("utf-8"))
        except Exception:  # noqa: BLE001 - a measurement skips what check would report
            continue
        if document.data.get("lang") == lang:
            for text in (document.body, *_texts(document.data)):
                found.update(WORD_RE.findall(normalize(text)))
    return sorted(w for w in found if not w.isdigit())


def _texts(value: object) -> list[str]:
    """Every text in the front matter (titles, indicators, questions…), ids and URLs too: they are few."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def measure(words: list[str], reference: Callable[[str], str], term: Callable[[str], str]) -> tuple[int, int, int, int]:
    terms = {w: term(w) for w in words}
    kept = joined = extra = 0
    for a, b in itertools.combinations(words, 2):
        if reference(a) == reference(b):
            joined += 1
            kept += terms[a] == terms[b]
        elif terms[a] == terms[b]:
            extra += 1
    marked = [w for w in words if fold(w) != w]
    bare = sum(term(w) == term(fold(w)) for w in marked)
    return kept, joined, extra, bare * 1000 // max(len(marked), 1)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("lang")
    args = parser.parse_args(argv)
    data = yaml.safe_load((args.folder / "country.yaml").read_text("utf-8"))
    country = parse_country(data, lambda *_: None, is_analyzer)
    analysis = country.analyzer_of(args.lang) if country else None
    if analysis is None or not analysis.startswith(SNOWBALL_PREFIX):
        print(f"{args.lang}: not analysed with a Snowball stemmer in {args.folder}", file=sys.stderr)
        return 1
    import snowballstemmer

    stem = snowballstemmer.stemmer(analysis[len(SNOWBALL_PREFIX) :].partition(" ")[0]).stemWord

    def stem_then_fold(word: str) -> str:
        return fold(stem(word))

    words = words_of(args.folder, args.lang)
    print(f"{len(words)} distinct words in {args.lang} ({analysis})")
    print(f"{'analysis':16} {'kept':>9} {'extra':>6} {'typed bare':>11}")
    for name, term in (("app", analyzer_for(analysis).term), ("stem-then-fold", stem_then_fold)):
        kept, joined, extra, bare = measure(words, stem_then_fold, term)
        print(f"{name:16} {kept:>4}/{joined:<4} {extra:>6} {bare / 10:>10.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
