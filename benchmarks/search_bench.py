"""Search benchmark: the app's search against two plain SQLite FTS5 baselines on one synthetic corpus.

    python benchmarks/search_bench.py --docs 20000 --json

Generates a deterministic Latvian corpus as a knowledge folder, builds a real pack with ``kb-app
build``'s code and imports it as a user would (verify, validate, build the local index: ``import_s``,
its peak memory measured in a child process), then runs mixed queries through ``Library.search``
(engine reused, top 10 with snippets, as the GUI does) and a keystroke-by-keystroke replay of typed
queries. The same queries also search 2,000 notes
in the user's database (``notes_query_*``, as the window's search worker does). In the same run,
the same queries go to two baselines, each doing the same work (a total
count, the top 10 by bm25 with the same column weights, and a snippet for each of the 10):

- ``fts5``: FTS5 as configured by default (``unicode61 remove_diacritics 2``: case and diacritics
  folded, no stemming, content stored), no prefix index;
- ``fts5_prefix``: the same with ``prefix='2 3'``, the index FTS5 offers for prefix queries.

The baselines fold but do not stem (FTS5 has no Latvian stemmer), expand a prefix to every term
(FTS5 cannot cap it) and have no misspelling fallback: they answer a simpler question, faster or not.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import Corpus, SyntheticDoc  # noqa: E402

from kb_app.core.text.stemmer_lv import fold  # noqa: E402


def write_knowledge(corpus: Corpus, root: Path) -> None:
    (root / "docs").mkdir(parents=True)
    (root / "pack.yaml").write_text("id: bench\ntitle: Benchmark\nversion: '1'\n", "utf-8")
    (root / "municipalities.yaml").write_text(
        "municipalities:\n  - {code: riga, name: Rīga, kind: state-city}\n", "utf-8"
    )
    (root / "synonyms.txt").write_text("cilvēktirdzniecība, cilvēku tirdzniecība\n", "utf-8")
    shutil.copyfile(Path(__file__).resolve().parent.parent / "knowledge" / "country.yaml", root / "country.yaml")
    for doc in corpus.docs:
        (root / "docs" / f"{doc.id}.md").write_text(_markdown(doc), "utf-8")


def _markdown(doc: SyntheticDoc) -> str:
    head = [
        f"id: {doc.id}",
        f"type: {doc.type}",
        f'title: "{doc.title}"',
        "lang: lv",
        "tags: [" + ", ".join(doc.tags) + "]",
        f'summary: "{doc.summary}"',
    ]
    if doc.type == "contact":
        head += ["category: other", "if_no_phone: Rakstiet iestādei."]
    elif doc.type == "indicators":
        head += ["area: general", "groups:", "  - id: g1", "    title: Pazīmes", "    indicators:"]
        head += [f'      - {{id: {doc.id}-i{n}, text: "{doc.title} {n}"}}' for n in range(3)]
    elif doc.type == "scenario":
        head += [
            f'questions: ["{doc.summary}"]',
            "roles: [{institution: Policija, role: Izmeklē}]",
            "solution: [{title: Solis, text: Rīkoties}]",
        ]
    return "---\n" + "\n".join(head) + "\n---\n\n" + doc.body + "\n"


def make_queries(corpus: Corpus, count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, query) pairs: words, several words, no diacritics, prefixes, phrases, misspellings."""
    kinds = ("word", "words", "folded", "prefix", "phrase", "misspelt")
    out: list[tuple[str, str]] = []
    for n in range(count):
        kind = kinds[n % len(kinds)]
        doc = rng.choice(corpus.docs)
        words = [w.strip(".").lower() for w in doc.body.split() if len(w.strip(".")) > 3]
        if not words:
            continue
        i = rng.randrange(len(words))
        word = words[i]
        if kind == "word":
            q = word
        elif kind == "words":
            q = " ".join(rng.sample(words, min(len(words), rng.randint(2, 3))))
        elif kind == "folded":
            q = fold(word)
        elif kind == "prefix":
            q = word[: rng.randint(3, max(3, len(word) - 1))]
        elif kind == "phrase":
            q = f'"{" ".join(words[i : i + 2])}"' if i + 1 < len(words) else word
        else:
            long = [w for w in words if len(w) >= 6] or [word]
            w = rng.choice(long)
            pos = rng.randrange(1, len(w) - 1)
            q = w[:pos] + rng.choice("aeiklmnrst") + w[pos + 1 :]
        out.append((kind, q))
    return out


def typing_replay(queries: list[str]) -> list[str]:
    """Every keystroke state of typing each query (search as you type)."""
    out: list[str] = []
    for q in queries:
        out.extend(q[:n] for n in range(1, len(q) + 1))
    return out


def fts5_query(kind: str, q: str) -> str:
    words = [fold(w.lower()) for w in q.replace('"', " ").split()]
    words = [w for w in words if w.isalnum()]
    if not words:
        return '""'
    if kind == "phrase" and len(words) > 1:
        return '"' + " ".join(words) + '"'
    if kind in ("prefix", "typing"):
        return " ".join(words[:-1] + [words[-1] + "*"])
    return " ".join(words)


BASELINE_WEIGHTS = "8.0, 5.0, 2.0, 1.0"  # as libformat.FTS_COLUMNS


def build_fts5(corpus: Corpus, path: Path, prefix: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    options = ", prefix='2 3'" if prefix else ""
    conn.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(title, tags, summary, body, "
        f"tokenize='unicode61 remove_diacritics 2'{options})"
    )
    conn.executemany(
        "INSERT INTO docs(title, tags, summary, body) VALUES (?,?,?,?)",
        [(d.title, " ".join(d.tags), d.summary, d.body) for d in corpus.docs],
    )
    conn.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    conn.commit()
    return conn


def run_fts5(conn: sqlite3.Connection, match: str) -> None:
    """The same work as the app: total, top 10 by bm25 with column weights, a snippet for each."""
    try:
        some = " OR ".join(match.split(" ")) if not match.startswith('"') else match
        conn.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (some,)).fetchone()
        conn.execute(
            "SELECT rowid, snippet(docs, -1, '<b>', '</b>', '…', 24) FROM docs WHERE docs MATCH ? "
            f"ORDER BY bm25(docs, {BASELINE_WEIGHTS}) LIMIT 10",
            (match,),
        ).fetchall()
    except sqlite3.OperationalError:
        pass  # a query FTS5 cannot parse costs nothing; it would have found nothing


NOTE_MUNICIPALITIES = ("riga", "marupes-novads", "ogres-novads", "liepaja", "cesu-novads")


def notes_search_times(corpus: Corpus, profile: Path, count: int, queries: list[tuple[str, str]]) -> list[float]:
    """Milliseconds of each query against ``count`` notes (a few sentences of the corpus each, in
    five municipalities) as the window's search worker runs it: its own connection to the user's
    database, the first municipality's notes (the worker's own), the best 20."""
    from kb_app.core.platform.paths import AppPaths
    from kb_app.core.search.notes_search import search_notes
    from kb_app.core.userdata.notes import NotesStore
    from kb_app.core.userdata.user_db import open_userdata

    if count <= 0:
        return []
    shutil.rmtree(profile, ignore_errors=True)
    paths = AppPaths(profile)
    rng = random.Random(2000)
    with open_userdata(paths) as userdata:
        store = NotesStore(userdata)
        for n in range(count):
            sentences = rng.choice(corpus.docs).body.split(". ")
            start = rng.randrange(len(sentences))
            store.add(
                NOTE_MUNICIPALITIES[n % len(NOTE_MUNICIPALITIES)],
                ". ".join(sentences[start : start + rng.randint(2, 4)])[:1500],
            )
    conn = sqlite3.connect(paths.user_db)
    try:
        search_notes(conn, "cilvēku", municipality=NOTE_MUNICIPALITIES[0])  # the first read of the table
        return timed(lambda q: search_notes(conn, q[1], municipality=NOTE_MUNICIPALITIES[0], limit=20), queries)
    finally:
        conn.close()


def import_in_child(pack: Path, library_root: Path) -> tuple[float, float, float, float]:
    """(seconds, peak resident MB of the importing process, of its worker processes together, and of
    all of them at once) of importing ``pack`` in a fresh process, as the app would."""
    import subprocess

    # The child reports its own peak (VmHWM, its address space's high-water mark): getrusage's
    # ru_maxrss survives exec on Linux, so it would count this large process's pages that the
    # child shared between fork and exec. Without /proc (macOS) ru_maxrss it is, in bytes there.
    # A large pack is read by worker processes (kb_app.core.platform.parallel) beside the child, which
    # RUSAGE_CHILDREN cannot measure for the same reason (a worker that replaces another is forked
    # from the large child before its exec). A thread samples, every 50 ms, the resident memory of
    # the child and of its children (a fork not yet exec'd, still sharing the child's pages, is left
    # out) and keeps the largest sum: the total. Without /proc: the child's peak plus the largest
    # child's ru_maxrss once per worker, an upper bound.
    code = """
import glob, os, resource, sys, threading, time
from pathlib import Path
from kb_app.core.packs.install import install_pack
from kb_app.core.platform.parallel import worker_count

ME = open("/proc/self/cmdline", "rb").read() if os.path.exists("/proc/self/cmdline") else b""

def rss_kb(pid):
    return next(int(line.split()[1]) for line in open(f"/proc/{pid}/status") if line.startswith("VmRSS"))

def children_kb():
    total = 0
    for listing in glob.glob("/proc/self/task/*/children"):
        for pid in open(listing).read().split():
            try:
                if open(f"/proc/{pid}/cmdline", "rb").read() != ME:
                    total += rss_kb(pid)
            except (OSError, StopIteration):
                pass  # gone meanwhile
    return total

if __name__ == "__main__":
    peaks = {"total": 0, "children": 0, "last_children": 0}
    done = threading.Event()

    def sample():
        while not done.wait(0.05):
            children = children_kb()
            peaks["children"] = max(peaks["children"], children)
            peaks["total"] = max(peaks["total"], rss_kb("self") + children)
            peaks["last_children"] = children

    sampler = threading.Thread(target=sample, daemon=True)
    if ME:
        sampler.start()
    t = time.perf_counter()
    install_pack(Path(sys.argv[1]), Path(sys.argv[2]))
    seconds = time.perf_counter() - t
    done.set()
    if ME:
        sampler.join()
        peak = int(next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM")))
        # the child's own peak may fall between two samples: then beside the children left at the end
        total = max(peaks["total"], peak + peaks["last_children"])
        children = peaks["children"]
    else:
        scale = 1024 if sys.platform == "darwin" else 1  # ru_maxrss: bytes on macOS
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // scale
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // scale * worker_count()
        total = peak + children
    print(seconds, peak, children, total)
"""
    out = subprocess.run(
        [sys.executable, "-c", code, str(pack), str(library_root)],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    seconds, peak_kb, workers_kb, total_kb = out.stdout.split()
    return float(seconds), int(peak_kb) / 1024, int(workers_kb) / 1024, int(total_kb) / 1024


def summary(times: list[float]) -> dict[str, float]:
    return {"p50": round(statistics.median(times), 2), "p95": round(percentile(times, 95), 2)}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def timed(fn, items):  # type: ignore[no-untyped-def]
    times = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        times.append((time.perf_counter() - t) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=240)
    parser.add_argument("--typed", type=int, default=40, help="queries replayed keystroke by keystroke")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", metavar="DIR", help="keep the built pack and library here")
    parser.add_argument("--profile-slowest", type=int, default=0, help="print the N slowest queries")
    parser.add_argument("--notes", type=int, default=2000, help="notes in the user's database for the notes search")
    args = parser.parse_args()

    from kb_app.core.library.library_db import Library
    from kb_app.core.library_files.libroot import current_library
    from kb_app.core.packs.build import build_pack

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kbbench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        corpus = Corpus(args.docs)
        knowledge = work / "knowledge"
        shutil.rmtree(knowledge, ignore_errors=True)
        write_knowledge(corpus, knowledge)
        content_bytes = sum(f.stat().st_size for f in knowledge.rglob("*") if f.is_file())
        pack = work / "bench.kbpack"
        t = time.perf_counter()
        build_pack(knowledge, pack)
        build_s = time.perf_counter() - t
        shutil.rmtree(work / "profile", ignore_errors=True)
        root = work / "profile" / "library"
        import_s, import_peak_main_mb, import_peak_workers_mb, import_peak_mb = import_in_child(pack, root)
        installed = current_library(root)
        assert installed is not None
        index_bytes = (installed / "library.db").stat().st_size
        library = Library(installed)

        rng = random.Random(20261127)
        queries = make_queries(corpus, args.queries, rng)
        typed = typing_replay([q for _, q in make_queries(corpus, args.typed, random.Random(7))])

        engine = library.search_engine()
        engine.warm_up()
        query_ms = timed(lambda q: library.search(q[1], limit=10), queries)
        typing_ms = timed(lambda q: library.search(q, limit=10), typed)

        baselines: dict[str, tuple[list[float], list[float]]] = {}
        for name, prefix in (("fts5", False), ("fts5_prefix", True)):
            fts = build_fts5(corpus, work / f"{name}.db", prefix)
            fts_ms = timed(lambda q, fts=fts: run_fts5(fts, fts5_query(q[0], q[1])), queries)
            fts_typing = timed(lambda q, fts=fts: run_fts5(fts, fts5_query("typing", q)), typed)
            baselines[name] = (fts_ms, fts_typing)
            fts.close()

        notes_ms = notes_search_times(corpus, work / "notes-profile", args.notes, queries)

        def by_kind(times: list[float]) -> dict[str, dict[str, float]]:
            kinds: dict[str, list[float]] = {}
            for (kind, _), ms in zip(queries, times, strict=True):
                kinds.setdefault(kind, []).append(ms)
            return {k: summary(v) for k, v in sorted(kinds.items())}

        result = {
            "docs": args.docs,
            "build_s": round(build_s, 2),
            "import_s": round(import_s, 2),
            "import_peak_mb": round(import_peak_mb, 1),  # the importing process and its workers at once
            "import_peak_main_mb": round(import_peak_main_mb, 1),
            "import_peak_workers_mb": round(import_peak_workers_mb, 1),
            "pack_mb": round(pack.stat().st_size / 1e6, 2),
            "content_mb": round(content_bytes / 1e6, 2),
            "index_mb": round(index_bytes / 1e6, 2),
            "queries": len(queries),
            "query_p50_ms": round(statistics.median(query_ms), 2),
            "query_p95_ms": round(percentile(query_ms, 95), 2),
            "query_max_ms": round(max(query_ms), 2),
            "typing_keystrokes": len(typed),
            "typing_p50_ms": round(statistics.median(typing_ms), 2),
            "typing_p95_ms": round(percentile(typing_ms, 95), 2),
            "by_kind_ms": by_kind(query_ms),
            "notes": args.notes,
            "notes_query_p50_ms": round(statistics.median(notes_ms), 2) if notes_ms else None,
            "notes_query_p95_ms": round(percentile(notes_ms, 95), 2) if notes_ms else None,
        }
        for name, (fts_ms, fts_typing) in baselines.items():
            result[f"{name}_query_p50_ms"] = round(statistics.median(fts_ms), 2)
            result[f"{name}_query_p95_ms"] = round(percentile(fts_ms, 95), 2)
            result[f"{name}_typing_p50_ms"] = round(statistics.median(fts_typing), 2)
            result[f"{name}_typing_p95_ms"] = round(percentile(fts_typing, 95), 2)
            result[f"{name}_by_kind_ms"] = by_kind(fts_ms)
        if args.profile_slowest:
            slow = sorted(zip(query_ms, queries, strict=True), reverse=True)[: args.profile_slowest]
            slow_typed = sorted(zip(typing_ms, typed, strict=True), reverse=True)[: args.profile_slowest]
            result["slowest"] = [[round(ms, 1), kind, q] for ms, (kind, q) in slow]
            result["slowest_typing"] = [[round(ms, 1), q] for ms, q in slow_typed]
        library.close()
        print(json.dumps(result, ensure_ascii=False, indent=None if args.json else 2))
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
