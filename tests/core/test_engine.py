"""The FTS5 engine: bm25 exactly as defined, snippets that find what analysis finds, the index
belonging to the app (re-indexed when the analyzer changes, format 1 libraries migrated), and
first use under the profile lock."""

from __future__ import annotations

import json
import math
import random
import sqlite3
import subprocess
import sys
import zlib
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb_app.core.content.knowledge import index_columns, load_knowledge
from kb_app.core.library.bootstrap import ensure_library
from kb_app.core.library.library_db import Library
from kb_app.core.library_files.libformat import FTS_COLUMNS, index_is_current
from kb_app.core.library_files.libroot import current_library
from kb_app.core.packs.build import build_library_dir, build_pack
from kb_app.core.packs.install import install_pack
from kb_app.core.platform.errors import LibraryError
from kb_app.core.platform.paths import AppPaths
from kb_app.core.search import postings
from kb_app.core.search.engine import Filters, Fts5SearchEngine, _filter_sql, _quote
from kb_app.core.search.query import parse_query
from kb_app.core.search.snippets import matches
from kb_app.core.text import analysis, analysis_version
from tests.core.conftest_data import doc, write_knowledge

REPO = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import Corpus  # noqa: E402
from search_bench import write_knowledge as write_corpus  # noqa: E402

K1, B = 1.2, 0.75


@pytest.fixture(scope="module")
def corpus_lib(tmp_path_factory: pytest.TempPathFactory) -> tuple[Library, dict[int, tuple[list[str], ...]]]:
    """3,000 synthetic documents, and each row's analyzed columns as the index got them."""
    root = tmp_path_factory.mktemp("corpus")
    write_corpus(Corpus(3000, seed=9), root / "knowledge")
    knowledge = load_knowledge(root / "knowledge")
    build_library_dir(knowledge, root / "lib")
    words: dict[str, str] = {}
    rows = {
        rowid: tuple(col.split() for col in index_columns(d, words))
        for rowid, d in enumerate(sorted(knowledge.documents, key=lambda d: d.id), start=1)
    }
    return Library(root / "lib"), rows


def reference_bm25(
    rows: dict[int, tuple[list[str], ...]], phrases: list[str], required: list[set[str]]
) -> dict[int, float]:
    """FTS5's bm25() written out (fts5_aux.c): per-phrase idf clamped at 1e-6, column-weighted
    frequencies, document length over all columns. ``required``: each set needs one of its terms."""
    weights = [w for _, w in FTS_COLUMNS]
    n_rows = len(rows)
    avgdl = sum(sum(len(c) for c in cols) for cols in rows.values()) / n_rows
    idf = {}
    for p in phrases:
        hits = sum(1 for cols in rows.values() if any(p in c for c in cols))
        value = math.log((n_rows - hits + 0.5) / (hits + 0.5))
        idf[p] = value if value > 0 else 1e-6
    scores = {}
    for rowid, cols in rows.items():
        present = {t for c in cols for t in c}
        if not all(present & need for need in required):
            continue
        length = sum(len(c) for c in cols)
        score = 0.0
        for p in phrases:
            freq = sum(w * c.count(p) for w, c in zip(weights, cols, strict=True))
            score += idf[p] * (freq * (K1 + 1)) / (freq + K1 * (1 - B + B * length / avgdl))
        scores[rowid] = score
    return scores


def test_top_10_is_exact_bm25(corpus_lib: tuple[Library, dict[int, tuple[list[str], ...]]]) -> None:
    library, rows = corpus_lib
    engine = library.search_engine()
    assert isinstance(engine, Fts5SearchEngine)
    vocab = engine.vocab
    rng = random.Random(3)
    frequent = sorted(vocab.terms, key=lambda t: -vocab.df[t])[:400]
    queries: list[list[set[str]]] = []
    for _ in range(25):
        queries.append([{rng.choice(frequent)}])  # one word
        queries.append([{rng.choice(frequent)}, {rng.choice(frequent)}])  # every word
        queries.append([{rng.choice(frequent), rng.choice(vocab.terms)}])  # a word and its completion
    compared = 0
    for query in queries:
        expr = " AND ".join("(" + " OR ".join(_quote((t,)) for t in sorted(part)) + ")" for part in query)
        got = engine.ranked_expression(expr, 10)
        phrases = sorted({t for part in query for t in part})
        expected = sorted(reference_bm25(rows, phrases, query).items(), key=lambda kv: (-kv[1], kv[0]))[:10]
        assert len(got) == len(expected), expr
        for (_, got_score), (_, want_score) in zip(got, expected, strict=True):
            assert math.isclose(got_score, want_score, rel_tol=1e-9, abs_tol=1e-12), expr
        # The same documents, up to ties in score.
        assert {r for r, s in got if s > expected[-1][1] + 1e-9} <= {r for r, _ in expected}, expr
        compared += 1
    assert compared == 75


def test_snippet_words_are_the_words_analysis_finds() -> None:
    knowledge = load_knowledge(REPO / "knowledge")
    rng = random.Random(11)
    checked = 0
    for document in knowledge.documents:
        text = analysis.normalize(document.search_text)
        tokens = list(analysis.tokenize(text, analysis.analysis_lang(document.lang)))
        if len(tokens) < 5:
            continue
        terms = frozenset(t.term for t in rng.sample(tokens, 5))
        want = [(t.start, t.end) for t in tokens if t.term in terms]
        assert matches(text, terms, document.lang) == want, document.id
        checked += 1
    assert checked > 60


_WORDS = st.text(alphabet="tirdzaāsšeēkn_9", min_size=1, max_size=9)
_SEPARATORS = st.sampled_from([" ", ", ", "-", ".\n", "_", "9"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_WORDS, _SEPARATORS), min_size=1, max_size=12), st.data())
def test_snippet_matches_in_a_range_are_the_whole_words_inside_it(
    parts: list[tuple[str, str]], data: st.DataObject
) -> None:
    # Word tails, underscores and digits next to letters, and a range that cuts words at either end.
    text = analysis.normalize("".join(word + sep for word, sep in parts))
    tokens = list(analysis.tokenize(text, "latvian"))
    if not tokens:
        return
    terms = frozenset(data.draw(st.lists(st.sampled_from([t.term for t in tokens]), min_size=1, max_size=3)))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    inside = [(t.start, t.end) for t in tokens if t.term in terms and start <= t.start and t.end <= end]
    assert matches(text, terms, "latvian", start, end) == inside
    assert matches(text, terms, "latvian", start, end, first_only=True) == inside[:1]


def test_a_folder_without_synonyms_builds_and_searches(tmp_path: Path) -> None:
    root = write_knowledge(tmp_path / "k", [doc("article-intro", title="Ievads", body="Cilvēku tirdzniecība.")])
    assert not (root / "synonyms.txt").exists()
    build_library_dir(load_knowledge(root), tmp_path / "lib")
    library = Library(tmp_path / "lib")
    assert [h.id for h in library.search("tirdzniecibas").hits] == ["article-intro"]
    (root / "synonyms.txt").write_text("", encoding="utf-8")
    build_library_dir(load_knowledge(root), tmp_path / "lib2")
    assert Library(tmp_path / "lib2").search('"cilvēku tirdzniecība"').total == 1


def test_nothing_found_suggests_words_of_the_library(repo_library: Library) -> None:
    result = repo_library.search("krāpšanizms")  # no such word in the library (the online article has "krāpniecisk…")
    assert result.total == 0 and "krāpšana" in " ".join(result.suggestions)


@pytest.fixture(scope="module")
def repo_library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    dest = tmp_path_factory.mktemp("repo") / "lib"
    build_library_dir(load_knowledge(REPO / "knowledge"), dest)
    return Library(dest)


def test_snippets_are_plain_text_not_markdown(repo_library: Library) -> None:
    for query in ("bāriņtiesa", "kontakti", "policija"):
        hits = repo_library.search(query, limit=30).hits
        assert len(hits) >= 5, query  # snippets to look at: the library has many pages on each
        for hit in hits:
            assert "kb:" not in hit.snippet and "](" not in hit.snippet, (query, hit.id, hit.snippet)


def test_changed_analyzer_reindexes_from_own_content(
    tmp_path: Path, fixture_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths(tmp_path / "profile")
    first = install_pack(fixture_pack, paths.library_root).library_dir
    assert ensure_library(paths) == first
    monkeypatch.setattr(analysis_version, "ANALYZER_VERSION", "lv-light-2;en-snowball-1")
    assert not index_is_current(first)
    seen: list[tuple[int, int]] = []
    second = ensure_library(paths, lambda done, total: seen.append((done, total)))
    assert second != first and current_library(paths.library_root) == second
    assert index_is_current(second) and seen and seen[-1][0] == seen[-1][1]
    assert json.loads((second / "index.json").read_text())["analyzer"] == "lv-light-2;en-snowball-1"
    assert Library(second).search("tirdzniecība").total > 0
    assert ensure_library(paths) == second  # once


def _format1_library(folder: Path, body: bytes) -> Path:
    """A library folder as format 1 packs installed it: manifest, library.db with zlib text, index/."""
    folder.mkdir(parents=True)
    (folder / "index").mkdir()
    (folder / "manifest.json").write_text(json.dumps({"format_version": 1, "id": "old", "built_at": "x"}))
    with closing(sqlite3.connect(folder / "library.db")) as conn:
        conn.executescript("""
            CREATE TABLE documents (id TEXT PRIMARY KEY, type TEXT, title TEXT, lang TEXT, summary TEXT,
              tags TEXT, updated TEXT, municipality TEXT, translation TEXT, related TEXT, sources TEXT,
              meta TEXT, body_md BLOB, html BLOB, text BLOB, path TEXT, content_hash TEXT);
            CREATE TABLE municipalities (code TEXT PRIMARY KEY, name TEXT, kind TEXT, position INTEGER);
            CREATE TABLE municipality_aliases (alias TEXT PRIMARY KEY, code TEXT);
            CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT);
            PRAGMA user_version = 1;""")
        conn.execute(
            "INSERT INTO documents (id, type, title, lang, tags, related, sources, meta, body_md, path) "
            "VALUES ('art-a', 'article', 'Rehabilitācija', 'lv', '[]', '[]', '[]', '{}', ?, "
            "'articles/art-a.md')",
            (body,),
        )
        conn.execute("INSERT INTO municipalities VALUES ('riga', 'Rīga', 'state-city', 0)")
        conn.executemany("INSERT INTO info VALUES (?, ?)", [("id", "old-lib"), ("title", "Vecā"), ("version", "1")])
        conn.commit()
    return folder


def test_format1_library_is_reindexed_from_its_own_content(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "profile")
    old = _format1_library(
        paths.library_root / "lib-20260101T000000Z-0123456789ab",
        zlib.compress("Sociālā rehabilitācija cietušajiem.".encode()),
    )
    (paths.library_root / "CURRENT").write_text(old.name)
    new = ensure_library(paths)
    assert new != old and (new / "content" / "articles" / "art-a.md").is_file()
    library = Library(new)
    assert library.version == "1" and [h.id for h in library.search("rehabilitacija").hits] == ["art-a"]
    assert not (new / "index").exists()


def test_format1_zlib_bomb_is_refused_not_inflated(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "profile")
    bomb = zlib.compress(b"a" * (64 * 1024 * 1024), 9)  # 64 MB from 64 KB
    old = _format1_library(paths.library_root / "lib-20260101T000000Z-0123456789ab", bomb)
    (paths.library_root / "CURRENT").write_text(old.name)
    with pytest.raises(LibraryError, match="larger than any valid"):
        ensure_library(paths)
    assert current_library(paths.library_root) == old


def test_concurrent_first_commands_all_succeed(tmp_path: Path) -> None:
    """Four commands on a fresh profile at once: one installs, the others wait for it (no network)."""
    profile = tmp_path / "profile"
    env = {"KB_APP_PROFILE": str(profile), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    code = "import sys; from kb_app.cli import main; sys.exit(main(['search', 'policija', '--json']))"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    results = [p.communicate(timeout=240) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [err for _, err in results]
    assert all(json.loads(out)["total"] > 0 for out, _ in results)
    assert len([p for p in (profile / "library").iterdir() if p.name.startswith("lib-")]) == 1


def test_gui_import_of_pack_builds_index_with_progress(tmp_path: Path, fixture_pack: Path) -> None:
    seen: list[tuple[int, int]] = []
    result = install_pack(fixture_pack, tmp_path / "library", progress=lambda d, t: seen.append((d, t)))
    assert seen and all(t == 1000 for _, t in seen) and seen[-1][0] == 1000
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert (result.library_dir / "content" / "pack.yaml").is_file()


def test_build_pack_from_a_folder_without_synonyms(tmp_path: Path) -> None:
    root = write_knowledge(tmp_path / "k", [doc("article-intro", title="Ievads")])
    manifest = build_pack(root, tmp_path / "p.kbpack")
    assert "content/synonyms.txt" not in manifest.files
    library = Library(install_pack(tmp_path / "p.kbpack", tmp_path / "lib").library_dir)
    assert library.search("ievads").total == 1


def test_a_python_without_fts5_is_refused_in_words(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from kb_app.core.library_files import libformat

    class NoFts5:
        def __init__(self, *_args: object) -> None:
            pass

        def execute(self, _sql: str) -> None:
            raise sqlite3.OperationalError("no such module: fts5")

        def close(self) -> None:
            pass

    libformat.require_fts5.cache_clear()
    monkeypatch.setattr(libformat.sqlite3, "connect", NoFts5)
    try:
        with pytest.raises(LibraryError, match="no FTS5"):
            Library(tmp_path)
    finally:
        libformat.require_fts5.cache_clear()


def test_a_newer_bundled_library_replaces_an_older_installed_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An app update brings a newer library: the first command that reads the library installs it."""
    import shutil

    from kb_app.cli import main
    from kb_app.core.library.bootstrap import bundled_identity
    from kb_app.core.userdata.notes import NotesStore
    from kb_app.core.userdata.user_db import open_userdata

    pack_id, version = bundled_identity() or ("", "")
    assert pack_id and version
    older = tmp_path / "older"
    shutil.copytree(REPO / "knowledge", older)
    text = (older / "pack.yaml").read_text("utf-8")
    (older / "pack.yaml").write_text(text.replace(f"version: {version}", "version: 2000.1.1"), "utf-8")
    build_pack(older, tmp_path / "older.kbpack")
    paths = AppPaths(tmp_path / "profile")
    install_pack(tmp_path / "older.kbpack", paths.library_root)
    with open_userdata(paths) as userdata:
        NotesStore(userdata).add("riga", "mūsu procedūra", None)
    assert main(["search", "policija", "--profile", str(paths.profile)]) == 0
    capsys.readouterr()
    assert main(["pack", "status", "--json", "--profile", str(paths.profile)]) == 0
    status = json.loads(capsys.readouterr().out)
    assert (status["id"], status["version"], status["previous_version"]) == (pack_id, version, "2000.1.1")
    assert main(["pack", "changes", "--profile", str(paths.profile)]) == 0
    assert version in capsys.readouterr().out
    with closing(sqlite3.connect(paths.user_db)) as conn:  # the notes are untouched
        assert conn.execute("SELECT body FROM notes").fetchall() == [("mūsu procedūra",)]


DIRECT_SCORING = 500  # documents that have every part, up to this many, are scored one by one


def ranked_from_postings(
    engine: Fts5SearchEngine,
    parts: list[Any],
    ranking: Any,
    filters: Filters,
    where: str,
    args: list[Any],
    limit: int,
    direct_scoring: int = DIRECT_SCORING,
) -> tuple[list[tuple[int, float]], int]:
    """The earlier ranking's tiers (title has every part, document has every part, some parts) by
    bm25, from postings: what ``engine._ranked`` returns from SQLite, to the last bit. It checks the
    postings machinery (postings.top_k) that the weighted ranking takes its candidates from."""
    phrases = [t for p in parts for t in p.phrases or ()]
    part_index, start = [], 0
    for p in parts:
        size = len(p.phrases or ())
        part_index.append(list(range(start, start + size)))
        start += size
    term_lists = [engine._term_lists(t) for t in phrases]
    if len(phrases) == 1 and not where:
        total = len(term_lists[0][0])
    else:
        total = engine._count(" OR ".join(p.expr for p in parts), where, args)
    allowed = engine._allowed(filters) if where else None
    tiers = [(1, True), (0, True)] + ([(0, False)] if len(parts) > 1 else [])
    every_expr = " AND ".join(p.expr for p in parts)
    top: list[tuple[int, float]] = []
    for kind, every in tiers:
        if len(top) >= min(limit, total):
            break
        lists = [pair[kind] for pair in term_lists]
        tier = postings.Tier(
            lists,
            [postings.idf(ranking.rows, len(lst)) for lst in lists],
            part_index,
            every,
            {rowid for rowid, _ in top},
            allowed,
        )
        if every and len(parts) > 1:
            # FTS5 finds the documents that have every part without ranking them; when they are
            # few, they are scored one by one.
            match = f"{{title}} : ({every_expr})" if kind == 1 else every_expr
            rows = (
                engine._connect()
                .execute(f"SELECT rowid FROM fts WHERE fts MATCH ?{where} LIMIT ?", [match, *args, direct_scoring + 1])
                .fetchall()
            )
            if len(rows) <= direct_scoring:
                tier.candidates = [r for (r,) in rows]
        top += postings.top_k(tier, limit - len(top), ranking.norms)
    return top, total


def test_postings_rank_exactly_as_bm25(
    corpus_lib: tuple[Library, dict[int, tuple[list[str], ...]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ranking from postings gives the tiers, documents and scores of bm25() in SQLite to the last
    bit: one word, completions, several words, misspellings, with filters; every way of ranking
    (threshold algorithm, lists added up, candidates scored, rarest part driving) is used."""
    used: dict[str, int] = {}
    for name in ("threshold_top_k", "accumulated_top_k", "driven_top_k", "_scored_candidates"):
        original = getattr(postings, name)

        def counted(*args: Any, _name: str = name, _original: Any = original, **kwargs: Any) -> Any:
            used[_name] = used.get(_name, 0) + 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(postings, name, counted)
    library, _ = corpus_lib
    engine = library.search_engine()
    assert isinstance(engine, Fts5SearchEngine)
    ranking = engine._ranking()
    assert ranking is not None
    vocab = engine.vocab
    rng = random.Random(11)
    frequent = sorted(vocab.terms, key=lambda t: -vocab.df[t])[:300]
    words = [vocab.word[t] for t in frequent] + [vocab.word[t] for t in rng.sample(vocab.terms, 100)]
    queries = words[:60] + [w[:n] for w in words[:80] for n in (2, 3, 4)]
    queries += [" ".join(rng.sample(words, rng.randint(2, 3))) for _ in range(80)]
    queries += [w[:2] + "x" + w[3:] for w in words if len(w) > 6][:40]
    langs = engine.query_analyzers(None)

    def compare(queries: list[str], direct_scoring: int = DIRECT_SCORING) -> int:
        compared = 0
        for n, query in enumerate(queries):
            filters = Filters(type="article") if n % 5 == 0 else Filters()
            parts = engine._parts(parse_query(query), langs)
            if not parts or any(p.phrases is None for p in parts):
                continue
            where, args = _filter_sql(filters)
            for limit in (10, 3):
                want = engine._ranked([p.expr for p in parts], where, args, limit)
                got = ranked_from_postings(engine, parts, ranking, filters, where, args, limit, direct_scoring)
                assert got == want, query
            compared += 1
        return compared

    assert compare(queries) > 250
    # Several words that many documents share all: on 3,000 documents FTS5 finds few and the
    # threshold algorithm settles them; as on a large library, make it score from the rarest part.
    monkeypatch.setattr(postings, "threshold_top_k", lambda *_args, **_kwargs: None)
    assert compare([q for q in queries if " " in q], direct_scoring=0) > 60
    assert set(used) == {"threshold_top_k", "accumulated_top_k", "driven_top_k", "_scored_candidates"}, used


def test_without_postings_bm25_in_sqlite_finds_the_same(tmp_path: Path) -> None:
    """When FTS5 counted other totals than the postings (no postings were written), search ranks
    with bm25() in SQLite alone (the weighted ranking needs postings), and finds the same."""
    docs = [
        doc(f"article-{n}", title=f"Ievads {n}", body="Cilvēku tirdzniecība. " * (n + 1) + "Darbs.") for n in range(12)
    ]
    root = write_knowledge(tmp_path / "k", docs)
    build_library_dir(load_knowledge(root), tmp_path / "lib")
    queries = ("tirdzniecība", "cilvēku darbs", "ievad", "darbs ievads")
    with_postings = {q: Library(tmp_path / "lib").search(q).to_json() for q in queries}
    with closing(sqlite3.connect(tmp_path / "lib" / "library.db")) as conn:
        assert conn.execute("SELECT count(*) FROM postings").fetchone()[0] > 0
        conn.execute("DELETE FROM ranking")
        conn.commit()
    library = Library(tmp_path / "lib")
    engine = library.search_engine()
    assert isinstance(engine, Fts5SearchEngine) and engine._ranking() is None
    for query in queries:
        got, want = library.search(query).to_json(), with_postings[query]
        assert {h["id"] for h in got["hits"]} == {h["id"] for h in want["hits"]}, query
        assert got["total"] == want["total"] > 0, query
