"""Hostile content (issue 19 rows 7, 11, 13, 14): what `kb-app check`, and so every import, refuses,
and the one output cleaner that everything a file wrote passes through on its way to a screen."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb_app.cli import main
from kb_app.core.content.frontmatter import MAX_DEPTH, FrontMatterError, split
from kb_app.core.content.validate import MAX_LINE_CHARS, MAX_WORD_CHARS, validate_knowledge
from kb_app.core.library_files.libformat import MAX_SYNONYM_ENTRIES
from kb_app.core.platform.textsafe import clean_block, clean_for_output, json_for_terminal, unsafe_values
from kb_app.core.userdata.feedback import collect
from tests.core.conftest_data import doc, write_knowledge

ESC = "\x1b"
RLO = "\u202e"
# Every character a terminal or a bidi renderer acts on, as a hostile file would use them.
UNSAFE = [ESC, "\x07", "\x08", "\r", "\x9b", "\x7f", RLO, "\u202d", "\u2066", "\u200f", "\u2028"]


# --- the cleaner ---------------------------------------------------------------------------------


@given(st.text())
def test_cleaned_text_never_holds_a_control_or_bidi_character(text: str) -> None:
    for cleaned in (clean_for_output(text), clean_block(text)):
        assert not any(char in cleaned for char in UNSAFE)
    assert "\n" not in clean_for_output(text) and "\t" not in clean_for_output(text)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cf", "Zl", "Zp", "Cs"))))
def test_ordinary_text_passes_unchanged(text: str) -> None:
    assert clean_for_output(text) == text
    assert clean_block(text + "\n\tnext") == text + "\n\tnext"


@given(st.text(), st.integers(min_value=1, max_value=50))
def test_a_preview_is_bounded(text: str, limit: int) -> None:
    shown = clean_for_output(text, limit=limit)
    assert len(shown) <= limit
    assert shown == clean_for_output(text) or shown.endswith("…")


@given(
    st.recursive(
        st.text() | st.integers() | st.none(),
        lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
        max_leaves=20,
    )
)
def test_json_for_terminal_is_the_same_json_and_inert(value: object) -> None:
    text = json_for_terminal(value)
    assert json.loads(text) == value
    assert not any(char in text for char in UNSAFE)


def test_latvian_stays_readable() -> None:
    assert clean_for_output("Ģimenes atbalsts — ķēde, ūdens") == "Ģimenes atbalsts — ķēde, ūdens"
    assert json_for_terminal({"t": "Rīga"}) == '{"t": "Rīga"}'


def test_unsafe_values_finds_escapes_yaml_made_from_ascii() -> None:
    data = split('---\ntitle: "Fake\\e[2Kline"\nsummary: "a\\nb"\ntags: ["x\\u202ey"]\n---\nbody').data
    found = {where: char for where, char in unsafe_values(data, single_line=frozenset({"title"}))}
    assert found == {("title",): ESC, ("tags", 0): RLO}  # a newline in a summary is allowed


# --- `check` refuses control characters (row 11) ---------------------------------------------------


@pytest.mark.parametrize(
    ("front", "body", "line", "words"),
    [
        (f"title: Fake{ESC}[1A{ESC}[2Kgood signature", "Text.", 4, "the control character U+001B"),
        ('title: "Fake\\e]52;c;ZXZpbA==\\a"', "Text.", 4, "U+001B"),  # OSC 52 by a YAML escape: clipboard write
        (f"title: Tālrunis {RLO}1234", "Text.", 4, "U+202E"),
        ('title: "two\\nlines"', "Text.", 4, "U+000A"),
        ('title: Ok\nsummary: "x\\u009by"', "Text.", 5, "'summary' holds the control character U+009B"),
        ("title: Ok", f"Para{ESC}[31mred", 8, "the control character U+001B"),
        ("title: Ok", f"Phone {RLO}3210", 8, "U+202E"),
    ],
)
def test_check_refuses_control_and_bidi_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], front: str, body: str, line: int, words: str
) -> None:
    root = write_knowledge(tmp_path / "k")
    path = root / "articles" / "hostile.md"
    path.write_text(f"---\nid: hostile\ntype: article\n{front}\nlang: lv\n---\n\n{body}\n", encoding="utf-8")
    assert main(["check", str(root)]) == 1
    out = capsys.readouterr().out
    assert f"hostile.md:{line}: " in out and words in out, out
    assert ESC not in out and RLO not in out


def test_a_clean_library_with_tabs_and_windows_line_ends_passes(tmp_path: Path) -> None:
    root = write_knowledge(tmp_path / "k")
    path = root / "articles" / "windows.md"
    path.write_bytes(b"---\r\nid: windows\r\ntype: article\r\ntitle: Logs\r\nlang: lv\r\n---\r\n\r\nA\tB\r\n")
    assert validate_knowledge(root).problems == []


def test_check_refuses_control_characters_in_pack_yaml_and_municipalities(tmp_path: Path) -> None:
    root = write_knowledge(tmp_path / "k")
    (root / "pack.yaml").write_text('id: lv-test\ntitle: "Lib\\e[8m"\nversion: 2026.1.1\n', encoding="utf-8")
    text = (root / "municipalities.yaml").read_text(encoding="utf-8")
    (root / "municipalities.yaml").write_text(text.replace("name: Rīga", f"name: Rī{RLO}ga"), encoding="utf-8")
    problems = {(p.path.name, p.line, p.message.split(":")[0]) for p in validate_knowledge(root).problems}
    assert ("pack.yaml", 2, "'title' holds the control character U+001B") in problems
    assert any(
        name == "municipalities.yaml" and "U+202E" in message
        for name, _, message in {(p.path.name, p.line, p.message) for p in validate_knowledge(root).problems}
    )


# --- the alias bomb (row 7) --------------------------------------------------------------------------


def _bomb(depth: int) -> str:
    """The issue's shape: an alias bomb nested ``depth`` lists deep, in a value whose refusal quotes it."""
    parts = ["&a0 [" + ",".join(["lol"] * 9) + "]"]
    parts += [f"&a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    value = "[" * depth + ", ".join(parts) + "]" * depth
    return f"---\nid: {value}\ntype: article\ntitle: Bomb\nlang: lv\n---\n\nText.\n"


def test_alias_bomb_below_the_old_depth_limit_is_refused_fast_and_small(tmp_path: Path) -> None:
    if not Path("/proc/self/status").exists():
        pytest.skip("the child's peak memory is read from /proc (Linux)")
    root = write_knowledge(tmp_path / "k")
    (root / "articles" / "bomb.md").write_text(_bomb(13), encoding="utf-8")
    assert len(_bomb(13).encode()) < 500
    # The child's own peak from VmHWM: ru_maxrss survives exec on Linux and would count the pages
    # of the pytest process that forked it (380 MB late in the suite).
    script = (
        "import sys, time; from kb_app.cli import main; t = time.perf_counter(); "
        "code = main(['check', sys.argv[1]]); "
        "hwm = next(int(line.split()[1]) for line in open('/proc/self/status') if line.startswith('VmHWM')); "
        "print(code, time.perf_counter() - t, hwm, file=sys.stderr)"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(root)], capture_output=True, text=True, timeout=60, check=False
    )
    code, seconds, peak_kb = run.stderr.strip().splitlines()[-1].split()
    # The old code took 11 s and 1 GB; the bound on time is loose (a shared CI machine), the one on memory is not.
    assert code == "1" and float(seconds) < 10.0 and int(peak_kb) < 300 * 1024, run.stderr
    assert "bomb.md:2: front matter nests deeper than 12 levels" in run.stdout
    assert len(run.stdout) < 2000


def test_nesting_is_allowed_to_the_limit_and_refused_past_it() -> None:
    def nested(depth: int) -> str:
        return "---\nx: " + "[" * depth + "1" + "]" * depth + "\n---\nbody"

    split(nested(MAX_DEPTH - 1))  # x itself is one level: MAX_DEPTH in all
    with pytest.raises(FrontMatterError, match="deeper than 12"):
        split(nested(MAX_DEPTH))


def test_aliases_repeating_a_long_value_are_counted_by_their_characters() -> None:
    long_value = "x" * 100_000
    text = f"---\na: &a {long_value}\nb: [{', '.join(['*a'] * 50)}]\n---\nbody"
    with pytest.raises(FrontMatterError, match="repeat too much text"):
        split(text)
    split(f"---\na: &a {long_value}\nb: [{', '.join(['*a'] * 30)}]\n---\nbody")  # 3.1 MB: under the budget


def test_a_list_as_a_key_is_refused_before_it_is_built() -> None:
    with pytest.raises(FrontMatterError, match="key must be plain text"):
        split("---\na: &a [1, 2]\n? *a\n: value\n---\nbody")


def test_a_problem_quotes_at_most_a_bounded_preview(tmp_path: Path) -> None:
    root = write_knowledge(tmp_path / "k")
    (root / "articles" / "long.md").write_text(
        "---\nid: " + "X" * 100_000 + "\ntype: article\ntitle: Long\nlang: lv\n---\n\nText.\n", encoding="utf-8"
    )
    problems = [p for p in validate_knowledge(root).problems if p.path.name == "long.md"]
    assert problems and all(len(p.message) <= 400 for p in problems)


# --- limits a library must keep (rows 13, 14) ---------------------------------------------------------


def _synonyms(root: Path, size: int) -> Path:
    (root / "synonyms.txt").write_text(", ".join(f"vārds{i}" for i in range(size)) + "\n", encoding="utf-8")
    return root


def test_synonym_groups_are_limited_at_the_edge(tmp_path: Path) -> None:
    ok = _synonyms(write_knowledge(tmp_path / "ok"), MAX_SYNONYM_ENTRIES)
    assert validate_knowledge(ok).problems == []
    over = _synonyms(write_knowledge(tmp_path / "over"), MAX_SYNONYM_ENTRIES + 1)
    assert [(p.path.name, p.line, p.message) for p in validate_knowledge(over).problems] == [
        ("synonyms.txt", 1, f"a synonym group of {MAX_SYNONYM_ENTRIES + 1} entries; at most {MAX_SYNONYM_ENTRIES}")
    ]


@pytest.mark.parametrize(
    ("body", "refused"),
    [
        ("vārds " * ((MAX_LINE_CHARS - 1) // 6), False),
        ("vārds " * (MAX_LINE_CHARS // 6 + 1), True),
    ],
)
def test_lines_are_limited_at_the_edge(tmp_path: Path, body: str, refused: bool) -> None:
    root = write_knowledge(tmp_path / "k", [doc("article-long", body=body.strip())])
    problems = [p.message for p in validate_knowledge(root).problems]
    assert any("characters; at most 10000" in m for m in problems) == refused, problems


@pytest.mark.parametrize(("length", "refused"), [(MAX_WORD_CHARS, False), (MAX_WORD_CHARS + 1, True)])
def test_words_are_limited_at_the_edge(tmp_path: Path, length: int, refused: bool) -> None:
    root = write_knowledge(tmp_path / "k", [doc("article-word", body="Sākums " + "ā" * length + " beigas.")])
    problems = [p.message for p in validate_knowledge(root).problems]
    assert (f"a word of {length} characters; at most {MAX_WORD_CHARS}" in problems) == refused, problems


def test_check_of_a_250000_character_word_is_quick(tmp_path: Path) -> None:
    root = write_knowledge(tmp_path / "k", [doc("article-word", body="a" * 250_000)])
    start = time.perf_counter()
    problems = validate_knowledge(root).problems
    assert time.perf_counter() - start < 2.0
    assert any("a word of 250000 characters" in p.message for p in problems)


# --- output: everything a file wrote passes the cleaner (row 11) ---------------------------------------


def test_feedback_collect_prints_hostile_items_inert(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = {
        "format": "kb-app-feedback",
        "version": 1,
        "exported_at": "2026-12-01T10:00:00Z",
        "pack": {"id": "lv-test", "version": "2026.12.1"},
        "municipality": "riga",
        "items": [
            {
                "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
                "doc_id": "contact-vdi",
                "text": f"Zvaniet{ESC}[1A{ESC}[2K good signature {RLO}4321{ESC}]52;c;ZXZpbA==\x07",
                "created_at": "2026-11-30T08:15:00Z",
                "pack_version": "2026.12.1",
            }
        ],
    }
    path = tmp_path / "f.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert collect([path], None).items == 1
    for args in (["feedback", "collect", str(path)], ["feedback", "collect", str(path), "--json"]):
        main([*args, "--profile", str(tmp_path / "profile")])
        out, err = capsys.readouterr()
        assert ESC not in out + err and RLO not in out + err and "\x07" not in out + err
    assert json.loads(main_json(tmp_path, path, capsys))["documents"][0]["items"][0]["text"].startswith(
        f"Zvaniet{ESC}[1A"
    )  # the JSON still carries the text exactly, as escapes


def main_json(tmp_path: Path, path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    main(["feedback", "collect", str(path), "--json", "--profile", str(tmp_path / "profile")])
    return capsys.readouterr().out


def test_the_engine_reads_at_most_the_limit_of_a_synonym_group(tmp_path: Path) -> None:
    """A library built past `check` (an old pack, a hand-made database) still cannot make every
    search for one word expand to 20,000 others."""
    import time

    from kb_app.core.library.library_db import Library
    from kb_app.core.packs.build import build_library_dir

    root = write_knowledge(tmp_path / "k", [doc("article-a", title="Palīdzība", body="vārds0 teksts")])
    knowledge = validate_knowledge(root, index_terms=True)
    assert knowledge.problems == []
    knowledge.synonyms.append([f"vārds{i}" for i in range(20_000)])
    build_library_dir(knowledge, tmp_path / "lib")
    library = Library(tmp_path / "lib")
    started = time.perf_counter()
    for _ in range(5):
        result = library.search("vārds1")
    assert time.perf_counter() - started < 1.0
    assert [hit.id for hit in result.hits] == ["article-a"]  # vārds1 → its group → vārds0
    engine = library._local.engine  # the engine of this thread, made by the first search
    assert max(len(group) for group in engine._synonym_groups) == MAX_SYNONYM_ENTRIES


def test_titles_of_a_library_indexed_before_the_check_are_read_inert(tmp_path: Path) -> None:
    import dataclasses

    from kb_app.core.library.library_db import Library
    from kb_app.core.packs.build import build_library_dir

    root = write_knowledge(tmp_path / "k", [doc("article-a", title="Palīdzība")])
    knowledge = validate_knowledge(root, index_terms=True)
    knowledge.documents[0] = dataclasses.replace(
        knowledge.documents[0], title=f"Pal{RLO}īdzība{ESC}[2J", summary=f"Rinda\nOtrā{ESC}]52;c;eA==\x07"
    )
    build_library_dir(knowledge, tmp_path / "lib")
    library = Library(tmp_path / "lib")
    [summary] = library.documents()
    assert summary.title == "Pal\ufffdīdzība\ufffd[2J" and library.titles()["article-a"] == summary.title
    assert summary.summary == "Rinda\nOtrā\ufffd]52;c;eA==\ufffd"  # its lines kept, its codes not
    assert library.document("article-a").title == summary.title


def test_a_pack_carrying_the_alias_bomb_is_refused_quickly_with_the_profile_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.core.conftest_data import (
        build_pack,
        entry_for_manifest,
        manifest_of,
        pack_entries,
        raw_zip,
        tree_hash,
        with_manifest,
    )

    entries = pack_entries(build_pack(tmp_path, "base.kbpack"))
    bomb, listing = entry_for_manifest("content/articles/bomb.md", _bomb(13).encode())
    manifest = manifest_of(entries)
    manifest["files"]["content/articles/bomb.md"] = listing
    manifest["counts"]["article"] += 1
    manifest["counts"]["total"] += 1
    pack = tmp_path / "bomb.kbpack"
    pack.write_bytes(raw_zip([*with_manifest(entries, manifest), bomb]))
    profile = tmp_path / "profile"
    assert main(["pack", "import", str(tmp_path / "base.kbpack"), "--trust", "--profile", str(profile)]) == 0
    capsys.readouterr()
    before = tree_hash(profile)
    started = time.perf_counter()
    assert main(["pack", "import", str(pack), "--trust", "--allow-downgrade", "--profile", str(profile)]) == 1
    assert time.perf_counter() - started < 2.0
    err = capsys.readouterr().err
    assert "nests deeper than 12 levels" in err and err.count("\n") == 1
    assert tree_hash(profile) == before


def test_the_cleaned_output_keeps_a_missing_console_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A windowed frozen app has no sys.stdout: printing must stay a silent no-op, not a crash."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["analyze", "--lang", "lv", "tirdzniecība"]) == 0


@settings(max_examples=60, deadline=None)
@given(
    depth=st.integers(min_value=0, max_value=16),
    fanout=st.integers(min_value=1, max_value=12),
    levels=st.integers(min_value=1, max_value=10),
    flow=st.booleans(),
)
def test_any_alias_bomb_is_parsed_or_refused_quickly(depth: int, fanout: int, levels: int, flow: bool) -> None:
    parts = ["&a0 [" + ",".join(["lol"] * fanout) + "]"]
    parts += [f"&a{i} [" + ",".join([f"*a{i - 1}"] * fanout) + "]" for i in range(1, levels)]
    value = "[" * depth + ", ".join(parts) + "]" * depth
    text = (
        f"---\nid: x\ndeep: {value}\n---\nbody"
        if flow
        else "---\nid: x\n" + "".join(f"a{i}: {p}\n" for i, p in enumerate(parts)) + "---\nbody"
    )
    started = time.perf_counter()
    try:
        fm = split(text)
    except FrontMatterError as exc:
        assert exc.line >= 1 and len(exc.message) < 200
    else:
        # What was built stays within the node budget, so quoting it in a message stays small.
        assert len(repr(fm.data)) < 2_000_000
    assert time.perf_counter() - started < 1.0


@given(st.text())
def test_the_start_paths_html_escape_is_exactly_the_standard_librarys(text: str) -> None:
    import html

    from kb_app.core.platform.textsafe import escape_html

    assert escape_html(text) == html.escape(text)


def test_html_escape_covers_every_character_the_standard_library_escapes() -> None:
    import html

    from kb_app.core.platform.textsafe import escape_html

    special = "&<>\"'"
    assert escape_html(special) == html.escape(special) != special
