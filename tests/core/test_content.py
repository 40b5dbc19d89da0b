"""`kb-app check`: every planted problem is reported with its file and line, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb_app.core.content.frontmatter import FrontMatterError, split
from kb_app.core.content.knowledge import load_knowledge
from kb_app.core.platform.errors import ContentError

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "knowledge"

GOOD_HEAD = "---\nid: {id}\ntype: article\ntitle: Virsraksts\nlang: lv\n---\n\nTeksts.\n"

# file name → (content, [(line, words the message must contain)])
PLANTED: dict[str, tuple[bytes, list[tuple[int, str]]]] = {
    "broken-yaml.md": (
        b"---\nid: broken-yaml\ntype: article\ntitle: [nav aizverts\nlang: lv\n---\nTeksts\n",
        [(5, "invalid YAML")],
    ),
    "missing-key.md": (
        b"---\nid: missing-key\ntype: article\nlang: lv\n---\nTeksts\n",
        [(1, "missing required key 'title'")],
    ),
    "unknown-key.md": (
        b"---\nid: unknown-key\ntype: article\ntitle: T\nlang: lv\ncolour: red\n---\nTeksts\n",
        [(6, "unknown key 'colour'")],
    ),
    "wrong-type.md": (
        b"---\nid: wrong-type\ntype: article\ntitle: T\nlang: lv\ntags: vienkars teksts\n---\nT\n",
        [(6, "'tags' must be a list")],
    ),
    "bad-date.md": (
        b"---\nid: bad-date\ntype: article\ntitle: T\nlang: lv\nupdated: 2026-13-45\n---\nT\n",
        [(6, "not a real date")],
    ),
    "empty-body.md": (b"---\nid: empty-body\ntype: article\ntitle: T\nlang: lv\n---\n\n   \n", [(7, "body")]),
    "bad-utf8.md": (
        b"---\nid: bad-utf8\ntype: article\ntitle: T\nlang: lv\n---\nLabs\n\xff\xfe slikts\n",
        [(8, "UTF-8")],
    ),
    "dead-link.md": (
        b"---\nid: dead-link\ntype: article\ntitle: T\nlang: lv\n---\n\nSkatit\n\n[sho](kb:nav-tada)\n",
        [(10, "unknown document 'nav-tada'")],
    ),
    "dup-id.md": (
        b"---\nid: art-definicija\ntype: article\ntitle: T\nlang: lv\n---\nT\n",
        [(2, "duplicate id 'art-definicija'")],
    ),
    "no-front-matter.md": (b"Tikai teksts\n", [(1, "missing front matter")]),
    "bad-type.md": (b"---\nid: bad-type\ntype: recipe\ntitle: T\nlang: lv\n---\nT\n", [(3, "'type' must be one of")]),
    "bad-contact.md": (
        b"---\nid: bad-contact\ntype: contact\ntitle: T\nlang: lv\ncategory: police\n"
        b"facts:\n  - {kind: phone, value: 112, source: x, source_date: 2020-13}\n"
        b"verified_on: 2026-02-20\n---\nT\n",
        [(8, "'value' must be text"), (8, "not a real date"), (9, "'verified_on' is no longer used")],
    ),
    "no-reach.md": (
        b"---\nid: no-reach\ntype: contact\ntitle: T\nlang: lv\ncategory: other\n---\nT\n",
        [(2, "needs a phone fact, or 'if_no_phone'")],
    ),
    "unsourced-fact.md": (
        b"---\nid: unsourced-fact\ntype: contact\ntitle: T\nlang: lv\ncategory: police\n"
        b"facts:\n  - kind: phone\n    value: '110'\n"
        b"  - kind: email\n    value: nav-epasts\n    source: https://vp.gov.lv\n"
        b"    source_date: 2026-12\n"
        b"    checked_on: 2026-11-20\n"
        b"  - kind: fax\n    value: '1'\n    source: s\n    source_date: gads\n"
        b"    checked_by: koordinators\n---\nT\n",
        [
            (8, "missing required key 'source' in fact"),
            (8, "missing required key 'source_date'"),
            (11, "invalid e-mail"),
            (14, "'checked_on' needs 'checked_by'"),
            (15, "'kind' must be one of"),
            (18, "YYYY-MM, YYYY-MM-DD or 'undated'"),
            (19, "'checked_by' needs 'checked_on'"),
        ],
    ),
    "bad-indicator.md": (
        b"---\nid: bad-indicator\ntype: indicators\ntitle: T\nlang: lv\narea: labour\ngroups:\n"
        b"  - id: g1\n    title: G\n    indicators:\n      - {id: lab-divreiz, text: x}\n"
        b"      - {id: lab-divreiz, text: x}\n      - {id: Bad Id, text: y}\n"
        b"contacts: [nav-kontakta]\n---\nT\n",
        [(12, "duplicate indicator id 'lab-divreiz'"), (13, "slug"), (14, "unknown document 'nav-kontakta'")],
    ),
    "indicator-source.md": (
        b"---\nid: indicator-source\ntype: indicators\ntitle: T\nlang: lv\narea: labour\n"
        b"groups:\n  - id: g1\n    title: G\n    indicators:\n"
        b"      - {id: lab-avots-labs, text: x, source: 'SDO, 2012'}\n"
        b"      - {id: lab-avots-saraksts, text: y, source: [SDO]}\n---\nT\n",
        [(12, "'source' must be text")],
    ),
    "dup-key.md": (
        b"---\nid: dup-key\ntype: article\ntitle: T\ntitle: U\nlang: lv\n---\nT\n",
        [(5, "duplicate key 'title'")],
    ),
}


@pytest.fixture
def broken_folder(tmp_path: Path) -> Path:
    root = tmp_path / "knowledge"
    shutil.copytree(FIXTURE, root)
    for name, (content, _) in PLANTED.items():
        (root / name).write_bytes(content)
    return root


def test_fixture_library_is_valid() -> None:
    knowledge = load_knowledge(FIXTURE)
    assert knowledge.problems == []
    assert len(knowledge.documents) == 9


def test_repository_library_is_valid() -> None:
    knowledge = load_knowledge(FIXTURE.parent.parent.parent / "knowledge")
    assert [p.format() for p in knowledge.problems] == []


def test_every_planted_problem_is_reported_with_file_and_line(broken_folder: Path) -> None:
    knowledge = load_knowledge(broken_folder)
    reported = [(p.path.name, p.line, p.message) for p in knowledge.problems]
    planted = [(name, line, words) for name, (_, expected) in PLANTED.items() for line, words in expected]
    assert len(reported) >= len(planted) >= len(PLANTED) > 10
    for name, line, words in planted:
        assert any(n == name and ln == line and words in msg for n, ln, msg in reported), (
            f"{name}:{line}: expected a problem containing {words!r}; got {[r for r in reported if r[0] == name]}"
        )


def test_problem_format_is_path_line_message(broken_folder: Path) -> None:
    problem = next(p for p in load_knowledge(broken_folder).problems if p.path.name == "bad-date.md")
    assert problem.format() == f"{problem.path}:6: 'updated' is not a real date: 2026-13-45"


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="not found"):
        load_knowledge(tmp_path / "nav")


def test_municipality_aliases_and_references(tmp_path: Path) -> None:
    root = tmp_path / "k"
    shutil.copytree(FIXTURE, root)
    (root / "local.md").write_text(
        GOOD_HEAD.format(id="local").replace("lang: lv", "lang: lv\nmunicipality: nekur"), "utf-8"
    )
    (root / "municipalities.yaml").write_text(
        (root / "municipalities.yaml").read_text("utf-8") + "  vecs-kods: nav-tada\n", "utf-8"
    )
    messages = [p.message for p in load_knowledge(root).problems]
    assert any("unknown municipality 'nekur'" in m for m in messages)
    assert any("alias 'vecs-kods' points to unknown municipality" in m for m in messages)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_front_matter_parser_raises_only_its_own_error(text: str) -> None:
    try:
        split("---\n" + text + "\n---\nbody")
    except FrontMatterError as exc:
        assert exc.line >= 1 and exc.message


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600))
def test_loader_reports_problems_for_any_bytes(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    shutil.copy(FIXTURE / "pack.yaml", root)
    shutil.copy(FIXTURE / "municipalities.yaml", root)
    (root / "doc.md").write_bytes(b"---\nid: fuzz\n" + data)
    knowledge = load_knowledge(root)  # must not raise
    assert all(p.line >= 1 for p in knowledge.problems)


def test_yaml_alias_bomb_is_refused_quickly() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20)
    )
    with pytest.raises(FrontMatterError, match="too large"):
        split("---\n" + bomb + "---\nbody")


def test_an_indicator_may_name_its_own_source(broken_folder: Path) -> None:
    problems = [
        (p.line, p.message) for p in load_knowledge(broken_folder).problems if p.path.name == "indicator-source.md"
    ]
    assert problems and all(line == 12 for line, _ in problems), problems


def test_the_page_from_the_kept_html_is_the_page_parsed_again() -> None:
    """Loading keeps each body's HTML from the parse that validated it; the indexer's pages are
    the same as parsing every body again would give."""
    from dataclasses import replace

    from kb_app.core.content.country import page_labels
    from kb_app.core.content.page_html import document_html

    knowledge = load_knowledge(Path(__file__).resolve().parents[2] / "knowledge")
    titles = {d.id: d.title for d in knowledge.documents}
    texts = {
        str(i.get("id")): str(i.get("text", "")) for d in knowledge.documents for _gi, _g, _ii, i in d.indicator_items()
    }
    assert all(d.body_html is not None for d in knowledge.documents)
    for document in knowledge.documents:
        page = page_labels(knowledge.country, document.lang)
        assert document_html(document, titles, texts, page) == document_html(
            replace(document, body_html=None), titles, texts, page
        ), document.id
