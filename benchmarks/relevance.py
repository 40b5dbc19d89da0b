"""Relevance on desk queries: the app's search against plain SQLite FTS5 baselines, in one run.

    python benchmarks/relevance.py [--json] [--set benchmarks/relevance_set.json] [--show]

The set (``relevance_set.json``) holds queries as social workers type them, each judged from the
documents of ``knowledge/``: 2 = answers it, 1 = useful; and the answer text that should be visible.
The bundled library is built as the app builds it, and every query goes to:

- ``app``: ``Library.search`` (top 5, with its snippets);
- ``fts5_prefix5``: plain FTS5 (``unicode61 remove_diacritics 2``) over title, tags, summary and
  the text the app searches, the query's words joined by OR, each cut to a 5-letter prefix;
- ``fts5_words``: the same with the words as written (no prefixes).

Both baselines rank with ``bm25()`` weighted title 8 / tags 5 / summary 2 / body 1 and take their
snippet from ``snippet()``. Measures, each averaged over the queries:

- ``hit@3``: a document that answers (grade 2) is among the first 3;
- ``mrr@5``: 1 / the rank of the first document that answers, within 5 (else 0);
- ``ndcg@5``: graded gain (2^g - 1) over log2(rank + 1), against the best order the judgments allow;
- ``answer_visible``: one of the query's answer texts stands in a top-3 title or snippet
  (compared with case and diacritics folded, markup removed).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kb_app.core.content.knowledge import load_knowledge  # noqa: E402
from kb_app.core.library.library_db import Library  # noqa: E402
from kb_app.core.packs.build import build_library_dir  # noqa: E402
from kb_app.core.text.stemmer_lv import fold  # noqa: E402

SET_FILE = Path(__file__).resolve().parent / "relevance_set.json"
DEPTH = 5
BASELINE_WEIGHTS = "8.0, 5.0, 2.0, 1.0"
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Judged:
    query: str
    kind: str
    grades: dict[str, int]
    answers: tuple[str, ...]


@dataclass(frozen=True)
class Shown:
    """One result as the worker sees it in the list: its document, title and snippet."""

    id: str
    title: str
    snippet: str


Searcher = Callable[[str], list[Shown]]


def load_set(path: Path = SET_FILE) -> list[Judged]:
    data = json.loads(path.read_text("utf-8"))
    return [
        Judged(q["q"], q["kind"], {str(k): int(v) for k, v in q["judgments"].items()}, tuple(q["answer"]))
        for q in data["queries"]
    ]


def folded(text: str) -> str:
    return " ".join(fold(_TAG.sub("", text).lower()).split())


def answer_visible(judged: Judged, shown: Sequence[Shown]) -> bool:
    seen = " | ".join(folded(s.title) + " | " + folded(s.snippet) for s in shown[:3])
    return any(folded(answer) in seen for answer in judged.answers)


def dcg(gains: Sequence[int]) -> float:
    return sum((2**g - 1) / math.log2(rank + 2) for rank, g in enumerate(gains))


def measure(judged: Judged, shown: Sequence[Shown]) -> dict[str, float]:
    ids = [s.id for s in shown[:DEPTH]]
    gains = [judged.grades.get(doc_id, 0) for doc_id in ids]
    ideal = dcg(sorted(judged.grades.values(), reverse=True)[:DEPTH])
    first = next((rank for rank, g in enumerate(gains) if g == 2), None)
    return {
        "hit@3": 1.0 if first is not None and first < 3 else 0.0,
        "mrr@5": 1.0 / (first + 1) if first is not None else 0.0,
        "ndcg@5": dcg(gains) / ideal if ideal else 0.0,
        "answer_visible": 1.0 if answer_visible(judged, shown) else 0.0,
    }


MEASURES = ("hit@3", "mrr@5", "ndcg@5", "answer_visible")


def evaluate(search: Searcher, judged: Sequence[Judged]) -> tuple[dict[str, float], list[dict[str, float]]]:
    """(mean of each measure, each query's measures)."""
    each = [measure(j, search(j.query)) for j in judged]
    means = {m: round(sum(e[m] for e in each) / len(each), 3) for m in MEASURES}
    return means, each


def app_searcher(lib: Library) -> Searcher:
    def search(query: str) -> list[Shown]:
        return [Shown(h.id, h.title, h.snippet) for h in lib.search(query, limit=DEPTH).hits]

    return search


class PlainFts5:
    """The baseline: one FTS5 table over the same documents, as twenty lines of SQL would do it."""

    def __init__(self, lib: Library) -> None:
        self.conn = sqlite3.connect(":memory:")
        self.conn.execute(
            "CREATE VIRTUAL TABLE docs USING fts5(title, tags, summary, body, id UNINDEXED, "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        rows = lib.connection().execute("SELECT id, title, tags, summary, text FROM documents").fetchall()
        from kb_app.core.library_files.packed_text import unpack_text

        self.conn.executemany(
            "INSERT INTO docs(title, tags, summary, body, id) VALUES (?,?,?,?,?)",
            [
                (title, " ; ".join(json.loads(tags or "[]")), summary or "", unpack_text(text), doc_id)
                for doc_id, title, tags, summary, text in rows
            ],
        )

    def searcher(self, prefix: int | None) -> Searcher:
        def search(query: str) -> list[Shown]:
            words = [w for w in _WORD.findall(fold(query.lower()))]
            if not words:
                return []
            terms = [f'"{w[:prefix]}"*' if prefix else f'"{w}"' for w in words]
            rows = self.conn.execute(
                "SELECT id, title, snippet(docs, -1, '<b>', '</b>', '…', 24) FROM docs WHERE docs MATCH ? "
                f"ORDER BY bm25(docs, {BASELINE_WEIGHTS}) LIMIT {DEPTH}",
                (" OR ".join(terms),),
            ).fetchall()
            return [Shown(str(i), str(t), str(s)) for i, t, s in rows]

        return search


def build_bundled_library(dest: Path) -> Library:
    build_library_dir(load_knowledge(REPO / "knowledge"), dest)
    return Library(dest)


def run(lib: Library, judged: Sequence[Judged]) -> dict[str, dict[str, float]]:
    baseline = PlainFts5(lib)
    systems: dict[str, Searcher] = {
        "app": app_searcher(lib),
        "fts5_prefix5": baseline.searcher(5),
        "fts5_words": baseline.searcher(None),
    }
    return {name: evaluate(search, judged)[0] for name, search in systems.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=SET_FILE)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", action="store_true", help="each query the app misses, with its top 3")
    args = parser.parse_args(argv)
    judged = load_set(args.set)
    with tempfile.TemporaryDirectory() as tmp:
        lib = build_bundled_library(Path(tmp) / "lib")
        results = run(lib, judged)
        if args.show:
            search = app_searcher(lib)
            for j in judged:
                shown = search(j.query)
                m = measure(j, shown)
                if m["hit@3"] < 1 or m["answer_visible"] < 1:
                    print(
                        f"\n{j.query!r} ({j.kind}) hit@3={m['hit@3']:.0f} visible={m['answer_visible']:.0f} "
                        f"want {j.grades}"
                    )
                    for s in shown[:3]:
                        print(f"   {j.grades.get(s.id, 0)} {s.id}: {s.snippet[:160]}")
        lib.close()
    by_kind = {}
    if args.json:
        print(json.dumps({"queries": len(judged), "results": results, **by_kind}, indent=2))
    else:
        print(f"{len(judged)} queries")
        print(f"{'system':<14}" + "".join(f"{m:>16}" for m in MEASURES))
        for name, means in results.items():
            print(f"{name:<14}" + "".join(f"{means[m]:>16.3f}" for m in MEASURES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
