"""A Lithuanian pack reads as Lithuanian from top to bottom (issue 24): every page, the referral
sheet and the handout carry the pack's own words and Lithuania's numbers, and search finds its
documents with and without diacritics, all with no code change."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from kb_app.core.content.labels import DEFAULTS
from kb_app.core.content.validate import validate_knowledge
from kb_app.core.desk.handout import find_handout, handout_html, library_labels
from kb_app.core.desk.referral import build_sheet, sheet_html
from kb_app.core.library.library_db import Library
from kb_app.core.packs.build import build_pack
from kb_app.core.packs.install import install_pack

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LITHUANIAN = FIXTURES / "knowledge-lt"
REPO = Path(__file__).resolve().parents[2]
LATVIAN_ONLY_LETTERS = re.compile("[āēīģķļņĀĒĪĢĶĻŅ]")


def _latvian_words() -> set[str]:
    """Every text the Latvian library declares for its pages, and the old built-in ones."""
    declared = yaml.safe_load((REPO / "knowledge" / "country.yaml").read_text("utf-8"))["labels"]["lv"]
    words = {text for group in declared.values() for text in group.values()}
    lithuanian = yaml.safe_load((LITHUANIAN / "country.yaml").read_text("utf-8"))["labels"]["lt"]
    same = {text for group in lithuanian.values() for text in group.values()}  # "versija", "Kategorija"
    return {w for w in words - same if len(w) >= 4} | {"Skatīt arī", "Situācija", "Tālrunis", "Jautājumi grupai"}


def _english_words() -> set[str]:
    return {text for group in DEFAULTS.values() for text in group.values() if len(text) >= 6}


@pytest.fixture(scope="module")
def lt_library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    root = tmp_path_factory.mktemp("lt-pages")
    pack = root / "lt.kbpack"
    build_pack(LITHUANIAN, pack)
    return Library(install_pack(pack, root / "library").library_dir)


def _visible_text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def _page(library: Library, doc_id: str) -> str:
    """The page as the reader and `kb-app show --format html` show it."""
    return str(library.document(doc_id).html)


def test_the_fixture_has_every_document_type_and_checks_clean() -> None:
    from kb_app.core.content.doctypes import DOC_TYPES

    knowledge = validate_knowledge(LITHUANIAN)
    assert knowledge.problems == []
    assert {d.type for d in knowledge.documents} == set(DOC_TYPES)


def test_every_lithuanian_page_has_no_latvian_and_no_english_default(lt_library: Library) -> None:
    latvian, english = _latvian_words(), _english_words()
    pages = {row.id: _visible_text(_page(lt_library, row.id)) for row in lt_library.documents()}
    assert len(pages) == 8
    for doc_id, text in pages.items():
        assert not LATVIAN_ONLY_LETTERS.search(text), (doc_id, LATVIAN_ONLY_LETTERS.findall(text))
        assert [w for w in latvian if w in text] == [], doc_id
        assert [w for w in english if w in text] == [], doc_id
    contact = pages["kon-socialine-tarnyba"]
    for heading in ("El. paštas", "Svetainė", "Adresas", "Darbo laikas", "Ką daro nukentėjusiajam"):
        assert heading in contact
    assert "šaltinis be datos" in contact and "patikrinta 2026-11-20 (mokytojas)" in contact
    assert "Situacija" in pages["sc-statybos"] and "Taip pat žiūrėkite" in pages["sc-statybos"]
    assert "Kaip paklausti" in pages["poz-darbas"] and "Kur skambinti" in pages["dal-teises"]


def test_the_referral_sheet_has_lithuanian_headings_and_lithuanias_number(lt_library: Library) -> None:
    sheet = build_sheet(
        lt_library,
        ["poz-nemoka-atlyginimo", "poz-paimti-dokumentai"],
        municipality="vilniaus-miesto",
        today=date(2026, 12, 7),
    )
    assert sheet.lang == "lt"  # the library's first language, with no option given
    text = _visible_text(sheet_html(sheet))
    assert "Siuntimas: galima prekyba žmonėmis" in text and "Pastebėti požymiai" in text
    assert "Skubiai: 112 (bendrasis pagalbos centras)" in text
    assert "110" not in text  # Latvia's police number is no default
    assert not LATVIAN_ONLY_LETTERS.search(text)
    assert [w for w in _latvian_words() | _english_words() if w in text] == []


def test_the_handout_has_lithuanian_headings(lt_library: Library) -> None:
    doc = find_handout(lt_library, "lt")
    assert doc is not None
    html = handout_html(doc, labels=library_labels(lt_library, "lt"), municipality="Vilniaus miesto savivaldybė")
    text = _visible_text(html)
    assert "Kur skambinti" in text and "112" in text and "nemokamai" in text and "Išduota" in text
    assert "Pasilikite šį lapą tik tada" in text and "Kalbos: lietuvių, anglų, rusų" in text
    assert not LATVIAN_ONLY_LETTERS.search(text)
    assert [w for w in _latvian_words() | _english_words() if w in text] == []


def test_the_workshop_kit_and_record_are_lithuanian(lt_library: Library) -> None:
    from kb_app.core.userdata.workshop_sessions import WorkshopSession, session_record_html
    from kb_app.core.workshop.kit import build_kit, kit_documents, kit_maps

    kit = build_kit(lt_library, ["sc-statybos"], groups=2, today=date(2026, 12, 7))
    texts = [_visible_text(html) for _name, _title, html in kit_documents(kit)] + list(kit_maps(kit).values())
    session = WorkshopSession(
        "s1",
        "sc-statybos",
        "2026-12-07T09:00:00Z",
        "2026-12-07T09:00:00Z",
        (("Policija",), ("Savivaldybės socialinė tarnyba",)),
    )
    texts.append(_visible_text(session_record_html(session, "Statybininkas be paso", kit.labels)))
    for text in texts:
        assert not LATVIAN_ONLY_LETTERS.search(text)
        assert [w for w in _latvian_words() | _english_words() if w in text] == []
    assert "Grupė 1 iš 2" in texts[0] and "Vaidmenų kortelės" in texts[2] and "žingsni" in texts[3]


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("vertėjas", "vertejas"),
        ("žmonėmis", "zmonemis"),
        ("nukentėjusiesiems", "nukentejusiesiems"),
        ("savivaldybės", "savivaldybes"),
        ("išnaudojimas", "isnaudojimas"),
    ],
)
def test_search_without_diacritics_finds_what_search_with_them_finds(
    lt_library: Library, written: str, typed: str
) -> None:
    with_marks = [h.id for h in lt_library.search(written, limit=50).hits]
    assert with_marks and [h.id for h in lt_library.search(typed, limit=50).hits] == with_marks


def test_snippets_and_the_cli_analyze_use_the_declared_language(
    lt_library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    from kb_app.cli import main

    hit = next(h for h in lt_library.search("vertejas").hits if h.id == "dal-teises")
    assert "<b>vertėjas</b>" in hit.snippet.lower()
    assert main(["analyze", "--lang", "lt", "--pack", str(_built_pack()), "prekyba", "prekybos", "vertėjų"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["prekyba\tprekyb", "prekybos\tprekyb", "vertėjų\tvertej"]
    assert main(["analyze", "--pack", str(_built_pack()), "vertėjas"]) == 0  # its first language
    assert capsys.readouterr().out == "vertėjas\tvertej\n"
    assert main(["analyze", "--lang", "lv", "--pack", str(_built_pack()), "prekyba"]) == 1
    assert "does not declare the language 'lv'" in capsys.readouterr().err


_PACKS: dict[str, Path] = {}


def _built_pack() -> Path:
    if "lt" not in _PACKS:
        import tempfile

        path = Path(tempfile.mkdtemp(prefix="lt-pack-")) / "lt.kbpack"
        build_pack(LITHUANIAN, path)
        _PACKS["lt"] = path
    return _PACKS["lt"]


# -- the declaration is checked, each problem with its line ------------------------------------


def _problems(tmp_path: Path, old: str, new: str) -> list[str]:
    root = tmp_path / "k"
    shutil.copytree(LITHUANIAN, root)
    text = (root / "country.yaml").read_text("utf-8")
    assert old in text
    (root / "country.yaml").write_text(text.replace(old, new), "utf-8")
    return [f"{Path(p.path).name}:{p.line}: {p.message}" for p in validate_knowledge(root).problems]


def test_an_unknown_label_is_reported_with_its_line(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "      phones: Telefonas", "      phone: Telefonas")
    assert any(re.match(r"country.yaml:\d+: unknown label 'phone' in 'page'", p) for p in problems), problems


def test_a_label_without_its_placeholder_is_reported(tmp_path: Path) -> None:
    problems = _problems(tmp_path, 'source: "šaltinis: {0}"', "source: šaltinis")
    assert any(re.match(r"country.yaml:\d+: the label 'fact.source' must have \{0\}", p) for p in problems), problems
    problems = _problems(tmp_path / "2", 'source: "šaltinis: {0}"', 'source: "šaltinis: {0"')
    assert any("fact.source" in p for p in problems), problems


def test_labels_for_an_undeclared_language_are_reported(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "labels:\n  lt:", "labels:\n  lv: {page: {phones: Tālrunis}}\n  lt:")
    assert any("labels for 'lv', a language 'languages' does not declare" in p for p in problems), problems


def test_a_label_in_english_only_is_enough_for_any_ui_language(tmp_path: Path) -> None:
    # A new UI language must not make every existing country.yaml fail: only 'en' is required.
    problems = _problems(tmp_path, "{code: nvo, label: {lv: NVO, en: NGO, lt: NVO}}", "{code: nvo, label: {en: NGO}}")
    assert problems == []
    from kb_app.core.content.country import Term

    assert Term("nvo", {"en": "NGO"}).label("de") == "NGO"


def test_a_language_may_declare_its_own_folds(tmp_path: Path) -> None:
    root = tmp_path / "k"
    shutil.copytree(LITHUANIAN, root)
    text = (root / "country.yaml").read_text("utf-8")
    (root / "country.yaml").write_text(
        text.replace('analyzer: "snowball:lithuanian",', 'analyzer: "snowball:lithuanian", folds: {ž: zh},'), "utf-8"
    )
    assert validate_knowledge(root).problems == []
    pack = tmp_path / "folds.kbpack"
    build_pack(root, pack)
    library = Library(install_pack(pack, tmp_path / "library").library_dir)
    assert library.analysis_of("lt").startswith("snowball:lithuanian folds")
    assert "str-prekyba-zmonemis" in [h.id for h in library.search("zhmonemis").hits]


# -- the trainers' README documents it all --------------------------------------------------------


def test_the_readme_documents_every_label_and_shows_the_example_pack_as_it_is() -> None:
    readme = (REPO / "knowledge" / "README.md").read_text("utf-8")
    for group, keys in DEFAULTS.items():
        section = readme.split(f"**`{group}`**", 1)[1].split("\n\n", 2)[1]
        assert [f"| `{key}` | {text} |" for key, text in keys.items() if f"| `{key}` | {text} |" not in section] == []
    country = (LITHUANIAN / "country.yaml").read_text("utf-8").rstrip()
    assert f"```yaml\n{country}\n```" in readme  # the complete example is the one the tests run


# -- the labels parser takes any YAML without raising -----------------------------------------------

_YAML_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=12)
    | st.sampled_from(["{0}", "{1}", "a {0} b", "{", "}", "{0.__class__}", "{x}"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from([*DEFAULTS, *DEFAULTS["sheet"], *DEFAULTS["fact"], "lt", "lv", "xx", "1"])
            | st.text(max_size=4),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@given(value=_YAML_VALUES)
@example(value={"\n": None})  # a key from the file shown in a problem must not break its line
@example(value={"lt": {"x\u202e": {}, "page": {"phones\n": "a", "hours": "{0}"}}})
def test_any_labels_value_is_reported_or_accepted_and_accepted_texts_format(value: object) -> None:
    from kb_app.core.content.labels import Labels, parse_labels

    problems: list[str] = []
    parsed = parse_labels(value, lambda _path, message: problems.append(message))
    assert all(isinstance(p, str) and "\n" not in p for p in problems)
    for lang, groups in parsed.items():
        labels = Labels(lang, groups)
        for group in groups:
            for key, text in labels.group(group).items():
                assert text.format("2026-01", "x") if group != "languages" else text  # never raises
                assert key


def test_the_emergency_line_lists_what_the_country_declares_and_nothing_else() -> None:
    from kb_app.core.content.labels import EmergencyNumber, emergency_line

    sheet = {"urgent": "Skubiai", "or": "arba"}
    one = (EmergencyNumber("112", {"lt": "bendrasis pagalbos centras", "en": "emergency"}),)
    three = (*one, EmergencyNumber("110", {"en": "police"}), EmergencyNumber("116 006"))
    assert emergency_line((), "lt", sheet) == ""  # no number of any country by default
    assert emergency_line(one, "lt", sheet) == "Skubiai: 112 (bendrasis pagalbos centras)"
    assert emergency_line(three, "lt", sheet) == "Skubiai: 112 (bendrasis pagalbos centras), 110 (police) arba 116 006"


def test_a_bad_emergency_number_is_reported_with_its_line(tmp_path: Path) -> None:
    problems = _problems(tmp_path, '- {number: "112", label:', "- {number: 112a, label:")
    assert any(re.match(r"country.yaml:\d+: each emergency number is", p) for p in problems), problems
