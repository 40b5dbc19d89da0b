"""A pack declares its country: languages with their analyzers, contact categories, indicator
areas and municipality kinds. A second country's pack works end to end with no code change."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kb_app.core.content.country import AREA, CATEGORY, MUNICIPALITY_KIND, read_country
from kb_app.core.content.validate import validate_knowledge
from kb_app.core.library.library_db import Library
from kb_app.core.library_files.libformat import index_signature
from kb_app.core.packs.build import build_pack
from kb_app.core.packs.install import install_pack
from kb_app.core.text.analysis import ANALYZER_VERSION, ANALYZERS, analyze_word, analyzer_for, is_analyzer
from kb_app.core.text.analysis_version import ANALYZER_VERSIONS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LITHUANIAN = FIXTURES / "knowledge-lt"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def lt_library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    root = tmp_path_factory.mktemp("lt")
    pack = root / "lt.kbpack"
    build_pack(LITHUANIAN, pack)
    return Library(install_pack(pack, root / "library").library_dir)


def test_the_lithuanian_pack_checks_clean() -> None:
    knowledge = validate_knowledge(LITHUANIAN)
    assert knowledge.problems == []
    assert knowledge.country is not None and knowledge.country.analyzers() == {"lt": "snowball:lithuanian"}
    assert {m.kind for m in knowledge.municipalities} == {"miesto-savivaldybe", "rajono-savivaldybe"}


@pytest.mark.parametrize("query", ["prekybos", "prekybą", "žmonių prekybai", "zmoniu"])
def test_an_inflected_lithuanian_form_finds_the_document(lt_library: Library, query: str) -> None:
    text = (LITHUANIAN / "straipsniai" / "prekyba-zmonemis.md").read_text("utf-8")
    assert query.split()[0] not in text  # the document has another form of the word
    assert "str-prekyba-zmonemis" in [h.id for h in lt_library.search(query).hits]


def test_snippets_mark_inflected_lithuanian_words(lt_library: Library) -> None:
    hit = next(h for h in lt_library.search("išnaudojimo").hits if h.id == "poz-darbas")
    assert "darbo <b>išnaudojimą</b>" in hit.snippet


def test_the_library_keeps_the_declared_labels(lt_library: Library) -> None:
    country = read_country(lt_library.connection())
    assert country is not None and country.code == "lt"
    assert country.labels_of(CATEGORY, "en")["savivaldybes-tarnyba"] == "Municipal service"
    assert country.labels_of(MUNICIPALITY_KIND, "lv")["rajono-savivaldybe"] == "rajona pašvaldība"
    assert country.labels_of(AREA, "lt")["darbo-isnaudojimas"] == "Darbo išnaudojimas"
    assert [m.kind for m in lt_library.municipalities()].count("miesto-savivaldybe") == 2


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "k"
    shutil.copytree(LITHUANIAN, root)
    return root


def _messages(root: Path) -> list[str]:
    return [p.format(root).removeprefix("k/") for p in validate_knowledge(root).problems]


def test_a_folder_without_a_declaration_is_told_where(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "country.yaml").unlink()
    problems = _messages(root)
    assert problems == [next(p for p in problems if p.startswith("country.yaml:1: country.yaml is missing"))]


def test_undeclared_codes_are_problems_at_their_line(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    path = root / "kontaktai" / "nvo.md"
    path.write_text(
        path.read_text("utf-8").replace("category: nvo", "category: orphans-court").replace("lang: lt", "lang: lv"),
        "utf-8",
    )
    problems = _messages(root)
    assert any(
        re.match(
            r"kontaktai/nvo\.md:6: 'category' must be one of the contact categories declared "
            r"in country\.yaml \(policija, nvo, savivaldybes-tarnyba\); got 'orphans-court'",
            p,
        )
        for p in problems
    ), problems
    assert any(p.startswith("kontaktai/nvo.md:5: 'lang' must be one of the languages declared") for p in problems)


def test_a_bad_declaration_is_reported_with_lines(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    text = (root / "country.yaml").read_text("utf-8")
    text = text.replace('"snowball:lithuanian"', '"snowball:klingon"').replace(
        "{code: nvo, label: {lv: NVO, en: NGO, lt: NVO}}", "{code: nvo, label: {lt: NVO}}"
    )
    (root / "country.yaml").write_text(text, "utf-8")
    problems = _messages(root)
    wrong = "country.yaml:6: 'analyzer' must be latvian, english, plain or snowball:"
    assert any(p.startswith(wrong) for p in problems)
    assert any(p.startswith("country.yaml:9: 'label' needs a text in 'en'") for p in problems)


def test_the_analyzer_registry() -> None:
    assert analyzer_for("latvian").term("tirdzniecibas") == analyze_word("tirdzniecības", "latvian")
    assert is_analyzer("snowball:lithuanian") and not is_analyzer("snowball:klingon") and not is_analyzer("lv")
    with pytest.raises(ValueError):
        analyzer_for("klingon")
    assert analyze_word("savivaldybės", "snowball:lithuanian") == analyze_word("savivaldybė", "snowball:lithuanian")
    assert analyze_word("Rīgas", "plain") == "rigas"  # folded, not stemmed
    # every registered analyzer's version is in the index signature: a change re-indexes
    assert all(analyzer_for(name).version in ANALYZER_VERSION for name in ("latvian", "english", "plain"))
    # one table of versions (kb_app.core.text.analysis_version, read at start without the stemmers)
    assert set(ANALYZER_VERSIONS) == set(ANALYZERS)
    assert all(ANALYZERS[name].version == version for name, version in ANALYZER_VERSIONS.items())
    assert index_signature()["analyzer"] == ANALYZER_VERSION


def test_no_country_lives_in_the_code() -> None:
    declared = validate_knowledge(REPO / "knowledge").country
    assert declared is not None
    # Codes that are also plain English words (police, children) may name other things in code.
    codes = {
        c for kind in (CATEGORY, AREA, MUNICIPALITY_KIND) for c in declared.codes(kind) if "-" in c or c == "novads"
    }
    for path in (REPO / "kb_app").rglob("*.py"):
        text = path.read_text("utf-8")
        found = [c for c in codes if re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", text)]
        assert not found, (path, found)
