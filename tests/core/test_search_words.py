"""Question and type words per language (issue 24): the analyzer's own lists and the words a pack
declares in country.yaml (``search_words``), never Latvian for a library that has no Latvian."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from kb_app.core.content.country import Country, parse_country
from kb_app.core.content.doctypes import DOC_TYPES
from kb_app.core.library.library_db import Library
from kb_app.core.packs.build import build_pack
from kb_app.core.packs.install import install_pack
from kb_app.core.text.analysis import is_analyzer
from kb_app.core.text.search_words import search_words

REPO = Path(__file__).resolve().parents[2]
LITHUANIAN = REPO / "tests" / "fixtures" / "knowledge-lt"


def _country(data: dict[str, Any]) -> tuple[Country | None, list[str]]:
    problems: list[str] = []
    country = parse_country(
        data, lambda path, message: problems.append(f"{path}: {message}"), is_analyzer, tuple(DOC_TYPES)
    )
    return country, problems


def _declaration(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((folder / "country.yaml").read_text("utf-8"))
    return data


def test_the_bundled_librarys_words_are_its_analyzers_lists() -> None:
    country, problems = _country(_declaration(REPO / "knowledge"))
    words = search_words(country)
    assert problems == []
    for word in ("kā", "ka", "KO", "darīt", "kur", "what", "how", "the"):
        assert words.is_question(word), word
    assert not words.is_question("policija") and not words.is_question("tālrunis")
    assert words.named_types(["tālrunis", "kur"]) == {"contact"}
    assert words.named_types(["gadījums"]) == {"scenario"}


def test_a_lithuanian_pack_declares_its_own_words_and_gets_no_latvian_ones() -> None:
    data = _declaration(LITHUANIAN)
    country, problems = _country(data)
    words = search_words(country)
    assert problems == []
    assert words.is_question("kaip") and words.is_question("KĄ") and words.is_question("ka")
    assert words.named_types(["telefono"]) == {"contact"} and words.named_types(["pozymiai"]) == {"indicators"}
    assert not words.is_question("darīt") and words.named_types(["tālrunis"]) == frozenset()
    del data["search_words"]  # a pack that declares none: its analyzer (Snowball) has no lists either
    bare = search_words(_country(data)[0])
    assert not bare.is_question("kaip") and not bare.is_question("kā") and bare.named_types(["telefonas"]) == set()


@pytest.mark.parametrize(
    ("declared", "problem"),
    [
        ({"lv": {"question": "kā"}}, "a language 'languages' does not declare"),
        ({"lt": {"question": 5}}, "'question' is the words"),
        ({"lt": {"types": {"kontaktas": "telefonas"}}}, "unknown document type 'kontaktas'"),
        ({"lt": {"types": ["telefonas"]}}, "'types' maps a document type"),
        ({"lt": {"questions": "kaip"}}, "unknown key 'questions'"),
        (["kaip"], "'search_words' maps each content language"),
    ],
)
def test_a_bad_declaration_is_one_clear_problem(declared: Any, problem: str) -> None:
    data = _declaration(LITHUANIAN)
    data["search_words"] = declared
    problems = _country(data)[1]
    assert len(problems) == 1 and problem in problems[0], problems


def _library(folder: Path, tmp: Path) -> Library:
    build_pack(folder, tmp / "pack.kbpack")
    return Library(install_pack(tmp / "pack.kbpack", tmp / "library").library_dir)


def test_a_lithuanian_question_finds_the_page_its_type_word_names(tmp_path: Path) -> None:
    # "kur" and the rest weigh almost nothing and "telefonas" asks for a contact: the police's
    # contact page, not the article that mentions the police most.
    library = _library(LITHUANIAN, tmp_path)
    assert library.search("kur policijos telefonas", limit=3).hits[0].id == "kon-policija"
    hits = library.search("kas yra prekyba", limit=3).hits
    assert hits[0].id == "str-prekyba-zmonemis"


def test_the_declaration_travels_in_the_pack(tmp_path: Path) -> None:
    folder = tmp_path / "lt"
    shutil.copytree(LITHUANIAN, folder)
    library = _library(folder, tmp_path)
    country = library.country()
    assert country is not None and "kaip" in country.search_words["lt"].question
    assert country.search_words["lt"].types["contact"][0] == "telefonas"
