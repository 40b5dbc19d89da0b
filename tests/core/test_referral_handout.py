"""The referral sheet and the client handout: what goes on paper, what never gets stored, and the
two commands that write them (CONTRACT §1)."""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import subprocess
import sys
from datetime import date
from html import escape
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kb_app.cli import main
from kb_app.core.country import Country

REPO_KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
# Every command here runs on a temporary profile (KB_APP_PROFILE), never the developer's own.
pytestmark = pytest.mark.usefixtures("profile")
TYPICAL = ["gen-runa-cits", "gen-dokumenti-atnemti", "gen-nav-naudas", "gen-traumas"]


@pytest.fixture(scope="module")
def repo_library(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from kb_app.core.build import build_library_dir
    from kb_app.core.content import load_knowledge
    from kb_app.core.library import Library

    dest = tmp_path_factory.mktemp("repo-library") / "lib"
    build_library_dir(load_knowledge(REPO_KNOWLEDGE), dest)
    library = Library(dest)
    yield library
    library.close()


def _sheet(library, **kwargs):  # type: ignore[no-untyped-def]
    from kb_app.core.referral import build_sheet, sheet_html

    return sheet_html(build_sheet(library, TYPICAL, **kwargs))


def test_sheet_names_municipality_service_date_set_and_version(repo_library) -> None:  # type: ignore[no-untyped-def]
    html = _sheet(repo_library, municipality="riga", service="Rīgas Sociālais dienests", today=date(2026, 12, 1))
    assert "Rīga" in html and "Rīgas Sociālais dienests" in html and "2026-12-01" in html
    assert "Vispārējās cilvēku tirdzniecības pazīmes" in html
    assert f"versija {repo_library.version}" in html
    assert html.count("(būtiska pazīme)") == 2  # gen-runa-cits and gen-dokumenti-atnemti are strong
    assert "Būtiskas pazīmes: 2" in html


def test_without_a_service_name_a_line_is_left_to_fill_in(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.referral import BLANK

    html = _sheet(repo_library)
    assert f"<b>Dienests:</b> {BLANK}" in html and f"<b>Pašvaldība:</b> {BLANK}" in html


def test_a_contact_without_a_phone_shows_its_route_and_110_112(repo_library) -> None:  # type: ignore[no-untyped-def]
    html = _sheet(repo_library)
    onap = html.split("(ONAP)")[1].split("</tr>")[0]
    assert "Kā sazināties: Vienībai publiska tālruņa nav." in onap and "pasts@vp.gov.lv" in onap
    assert "112 (ārkārtas situācija) vai 110 (policija)" in onap


def test_numbers_are_labelled_and_carry_their_source_date(repo_library) -> None:  # type: ignore[no-untyped-def]
    html = _sheet(repo_library, today=date(2026, 12, 1))
    assert ("Tālr. <b>+371 25723222</b> — Latgales reģions" in html)
    assert "(avots: 2022-12-12 ⚠)" in html  # over a year old on that day: marked
    assert "⚠ — fakts vecāks par 12 mēnešiem" in html


def test_a_fresh_fact_is_not_marked_stale(repo_library) -> None:  # type: ignore[no-untyped-def]
    html = _sheet(repo_library, today=date(2023, 1, 15))
    assert "(avots: 2022-12-12)" in html and "(avots: 2022-12-12 ⚠)" not in html


def test_links_are_printed_as_text_never_kb_addresses(repo_library) -> None:  # type: ignore[no-untyped-def]
    html = _sheet(repo_library)
    assert "kb:" not in html and "<a " not in html
    assert "zvaniet 112" in html and "Sīkāk: atpazīšana soli pa solim." in html


def test_the_note_is_escaped_onto_the_sheet(repo_library) -> None:  # type: ignore[no-untyped-def]
    html = _sheet(repo_library, note="Pavadonis <b>gaidīja</b>\nārā")
    assert "Pavadonis &lt;b&gt;gaidīja&lt;/b&gt;<br>ārā" in html


def test_unknown_indicator_is_refused(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.referral import UnknownIndicatorError, build_sheet

    with pytest.raises(UnknownIndicatorError, match="nav-tada"):
        build_sheet(repo_library, ["gen-runa-cits", "nav-tada"])


def test_indicators_of_two_sets_list_both(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.referral import build_sheet

    labour = next(r.id for r in repo_library.indicators() if r.doc_id == "ind-darba-ekspluatacija")
    sheet = build_sheet(repo_library, ["gen-runa-cits", labour])
    assert [s.id for s in sheet.sets] == ["ind-visparejas-pazimes", "ind-darba-ekspluatacija"]


def test_handout_has_help_lines_and_the_office(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.handout import find_handout, handout_html, library_labels

    doc = find_handout(repo_library, "ru")
    assert doc is not None and doc.lang == "ru"
    html = handout_html(doc, labels=library_labels(repo_library, "ru"), municipality="Rīga",
                        service="Sociālais dienests", office_contact="тел. 67000000, Rīga, Brīvības 1")
    assert "116006" in html and "ежедневно 12:00–22:00" in html and "бесплатно" in html
    assert "тел. 67000000" in html and "Ваша социальная служба" in html
    assert "kb:" not in html
    assert find_handout(repo_library, "de") is None


# Words that say what the help is about: a card found by the person who controls the client must
# not give it away (issue 22).
TOPIC_WORDS = {
    "lv": ("tirdzniec", "upur", "cietuš", "ekspluat", "vardarb", "noziegum"),
    "ru": ("торгов", "жертв", "пострада", "потерпев", "преступ", "эксплуат", "насил"),
    "en": ("traffick", "victim", "crime", "exploit", "violence", "abuse"),
    "uk": ("торгів", "жертв", "постражд", "потерпіл", "злочин", "експлуат", "насил"),
}


@pytest.mark.parametrize("lang", ["lv", "ru", "en", "uk"])
def test_every_handout_opens_with_the_safety_line(repo_library, lang: str) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.handout import find_handout, handout_html, handout_labels, library_labels

    doc = find_handout(repo_library, lang)
    labels = library_labels(repo_library, lang)
    html = handout_html(doc, labels=labels)
    safety = handout_labels(labels)["safety"]
    assert "112" in safety
    assert html.index(escape(doc.title)) < html.index(escape(safety)) < html.index("<ul>")  # before the text
    assert not any(word in doc.title.lower() for word in TOPIC_WORDS[lang]), doc.title  # a neutral title


@pytest.mark.parametrize("lang, confirmed, unconfirmed", [
    ("ru", "Языки: латышский, русский, английский", "Язык: латышский; русский — не подтверждён"),
    ("uk", "Мови: латиська, російська, англійська", "Мова: латиська; українська — не підтверджена"),
    ("en", "Languages: Latvian, Russian, English", "Language: Latvian; English not confirmed"),
    ("lv", "Valodas: latviešu, krievu, angļu", "Valoda: latviešu"),
])
def test_each_help_line_says_which_languages_it_answers_in(repo_library, lang: str,  # type: ignore[no-untyped-def]
                                                           confirmed: str, unconfirmed: str) -> None:
    from kb_app.core.handout import find_handout, help_lines_html, library_labels

    doc = find_handout(repo_library, lang)
    lines = doc.meta["help_lines"]
    assert all(line.get("languages") for line in lines)
    rows = help_lines_html(doc.meta, library_labels(repo_library, lang)).split("<tr>")[1:]
    by_number = {row.split("<b>")[1].split("</b>")[0].replace("&nbsp;", " "): row for row in rows}
    assert confirmed in by_number["116123"]  # the one line the sources give languages for
    assert unconfirmed in by_number["116006"] and unconfirmed in by_number["+371 28612120"]


def test_russian_and_ukrainian_release_from_liability_names_you(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.handout import find_handout

    assert "освободить вас от" in find_handout(repo_library, "ru").body_md
    assert "звільнити вас від" in find_handout(repo_library, "uk").body_md
    assert "atbrīvot jūs no" in find_handout(repo_library, "lv").body_md


@pytest.mark.parametrize("lang", ["lv", "ru", "en", "uk"])
def test_the_pocket_card_has_two_or_three_numbers_and_no_topic_word(repo_library,  # type: ignore[no-untyped-def]
                                                                     lang: str) -> None:
    from kb_app.core.handout import card_html, card_lines, cards_page_html, find_handout, handout_labels, library_labels

    doc = find_handout(repo_library, lang)
    labels = library_labels(repo_library, lang)
    assert 2 <= len(card_lines(doc)) <= 3
    card = card_html(doc, labels=labels, office_contact="Sociālais dienests, tālr. 67000000")
    assert handout_labels(labels)["card_safety"] in card and "tālr. 67000000" in card
    for line in card_lines(doc):
        assert escape(line["number"]).replace(" ", "&nbsp;") in card
    for word in TOPIC_WORDS[lang]:
        assert word not in card.lower(), word
    page = cards_page_html(doc, labels=labels)
    assert page.count(escape(handout_labels(labels)["card_title"])) == 4


def test_a_handout_without_card_lines_has_no_card(repo_library) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from kb_app.core.handout import NoCardError, card_html, find_handout, library_labels

    doc = find_handout(repo_library, "en")
    bare = replace(doc, meta={**doc.meta, "help_lines": [{k: v for k, v in line.items() if k != "card_name"}
                                                          for line in doc.meta["help_lines"]]})
    with pytest.raises(NoCardError, match="needs 2 or 3"):
        card_html(bare, labels=library_labels(repo_library, "en"))


# -- the commands ------------------------------------------------------------------------------
def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_headless(*args: str) -> tuple[int, str, str]:
    """A PDF command in its own process, as a script runs it: no display and no QT_QPA_PLATFORM
    (and no QGuiApplication left behind in the test process for the window tests)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "kb_app", *args], capture_output=True, text=True, env=env,
                          timeout=120)
    return done.returncode, done.stdout, done.stderr


def test_referral_html_and_the_note_is_not_stored(capsys, profile: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  repo_pack: Path) -> None:
    from kb_app.core.install import install_pack
    from kb_app.core.paths import AppPaths

    install_pack(repo_pack, AppPaths(profile).library_root)
    assert run(capsys, "list")[0] == 0  # whatever a first command sets up in the profile, before the snapshot
    before = _snapshot(profile)
    out = tmp_path / "sheet.html"
    code, stdout, _ = run(capsys, "referral", "--indicators", ",".join(TYPICAL), "--municipality", "riga",
                          "--note", "SLEPENA-PIEZIME-42", "-o", str(out))
    assert code == 0 and "sheet.html" in stdout
    text = out.read_text("utf-8")
    assert text.startswith("<!DOCTYPE html>") and "SLEPENA-PIEZIME-42" in text and "Rīga" in text
    assert _snapshot(profile) == before  # no user database, settings or cache written
    assert not any(b"SLEPENA-PIEZIME-42" in p.read_bytes() for p in profile.rglob("*") if p.is_file())


def test_referral_unknown_indicator_exits_1(tmp_path: Path,  # type: ignore[no-untyped-def]
                                           repo_pack: Path) -> None:
    out = tmp_path / "sheet.pdf"
    code, _, err = run_headless("referral", "--pack", str(repo_pack), "--indicators", "gen-runa-cits,nav-tada",
                                "-o", str(out))
    assert code == 1 and "nav-tada" in err and not out.exists()


def test_referral_pdf_is_one_a4_page(tmp_path: Path, repo_pack: Path) -> None:  # type: ignore[no-untyped-def]
    from kb_app.ui.sheet_pdf import pdf_page_count

    out = tmp_path / "sheet.pdf"
    code, stdout, _ = run_headless("referral", "--pack", str(repo_pack), "--indicators", ",".join(TYPICAL),
                                   "--municipality", "riga", "--note", "Ieradās ar pavadoni.", "-o", str(out))
    assert code == 0 and "(1 page)" in stdout
    assert out.read_bytes().startswith(b"%PDF") and pdf_page_count(out) == 1
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "Rīga" in text and "28612120" in text and "kb:" not in text


@pytest.mark.parametrize("lang, words", [("ru", "Ваши права и где найти помощь"),
                                         ("uk", "Ваші права і де шукати допомоги")])
def test_handout_pdf_in_cyrillic(tmp_path: Path, repo_pack: Path,  # type: ignore[no-untyped-def]
                                 lang: str, words: str) -> None:
    from kb_app.ui.sheet_pdf import pdf_page_count

    out = tmp_path / f"handout-{lang}.pdf"
    code, _, _ = run_headless("handout", "--pack", str(repo_pack), "--lang", lang, "-o", str(out))
    assert code == 0 and pdf_page_count(out) == 1
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert words in " ".join(text.split())  # the glyphs are in the PDF, not boxes


def test_handout_uses_the_office_settings(capsys, profile: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                          repo_pack: Path) -> None:
    from kb_app.ui.prefs import Preferences
    from kb_app.ui.settings import Settings

    Settings(profile).save(Preferences(municipality="jelgava", service_name="Jelgavas sociālais dienests",
                                       office_contact="tālr. 63000000, darba dienās 8–17"))
    out = tmp_path / "handout.html"
    code, _, _ = run(capsys, "handout", "--pack", str(repo_pack), "--lang", "lv", "-o", str(out))
    text = out.read_text("utf-8")
    assert code == 0 and "Jelgava" in text and "Jelgavas sociālais dienests" in text
    assert "tālr. 63000000, darba dienās 8–17" in text


def test_handout_card_prints_four_cards_with_the_office_contact(capsys, profile: Path,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path, repo_pack: Path) -> None:
    from kb_app.ui.prefs import Preferences
    from kb_app.ui.settings import Settings

    Settings(profile).save(Preferences(office_contact="Birojs: tālr. 63000000"))
    out = tmp_path / "card.html"
    code, stdout, _ = run(capsys, "handout", "--pack", str(repo_pack), "--lang", "ru", "--card", "-o", str(out))
    text = out.read_text("utf-8")
    assert code == 0 and str(out) in stdout
    assert text.count("<b>Полезные телефоны</b>") == 4 and text.count("Birojs: tālr. 63000000") == 4
    assert "торгов" not in text and "Ваши права" not in text


_FILLS_PAGE = """
import sys
from kb_app.cli.desk_cmds import _open
from kb_app.core.handout import cards_page_html, find_handout, handout_html, library_labels
from kb_app.ui.sheet_pdf import HANDOUT_MAX_POINT_SIZE, _PAGE_RE, handout_point_size, sheet_font
from kb_app.ui.printing import pdf_bytes
import argparse
library, _ = _open(argparse.Namespace(profile=sys.argv[1], pack=sys.argv[2]))
for lang in ("lv", "ru", "en", "uk"):
    doc = find_handout(library, lang)
    labels = library_labels(library, lang)
    for html in (handout_html(doc, labels=labels), cards_page_html(doc, labels=labels)):
        size = handout_point_size(html, doc.title)
        pages = lambda s: len(_PAGE_RE.findall(pdf_bytes(html, doc.title, sheet_font(s), 0)))
        fills = size == HANDOUT_MAX_POINT_SIZE or pages(size + 0.5) > 1
        print(lang, size, pages(size), fills)
"""


def test_handout_and_cards_fill_one_page_at_11_pt_or_more(tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          repo_pack: Path) -> None:
    """Issue 21, row 10: the text is as large as one page allows, never under 11 pt."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-c", _FILLS_PAGE, str(tmp_path / "profile"), str(repo_pack)],
                          capture_output=True, text=True, env=env, timeout=120, check=True)
    rows = [line.split() for line in done.stdout.splitlines()]
    assert len(rows) == 8, done.stdout
    for lang, size, pages, fills in rows:
        assert float(size) >= 11 and pages == "1" and fills == "True", (lang, size, pages, fills)


def test_handout_language_without_handout_exits_1(tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  fixture_pack: Path) -> None:
    out = tmp_path / "h.pdf"
    code, _, err = run_headless("handout", "--pack", str(fixture_pack), "--lang", "ru", "-o", str(out))
    assert code == 1 and "no handout in 'ru'" in err and not out.exists()


def test_output_must_be_pdf_or_html(capsys, tmp_path: Path, repo_pack: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "handout", "--pack", str(repo_pack), "--lang", "lv", "-o", str(tmp_path / "h.docx"))
    assert code == 2 and ".pdf or .html" in err


# -- the handout type in the knowledge folder -------------------------------------------------
def test_a_help_line_number_must_be_a_phone_of_its_contact(tmp_path: Path) -> None:
    from kb_app.core.validate import validate_knowledge

    root = tmp_path / "k"
    shutil.copytree(REPO_KNOWLEDGE, root)
    path = root / "handouts" / "tiesibas.en.md"
    text = path.read_text("utf-8").replace('number: "116123"', 'number: "116124"')
    path.write_text(text, "utf-8")
    line = text.split("\n").index('  - number: "116124"') + 1
    problems = [p.format() for p in validate_knowledge(root).problems]
    assert problems == [f"{path}:{line}: number '116124' is not a phone of 'contact-116123'"]


def test_a_handout_needs_help_lines(tmp_path: Path) -> None:
    from kb_app.core.validate import validate_knowledge

    root = tmp_path / "k"
    shutil.copytree(REPO_KNOWLEDGE, root)
    path = root / "handouts" / "tiesibas.uk.md"
    text = path.read_text("utf-8")
    start, end = text.index("help_lines:"), text.index("---", 10)
    path.write_text(text[:start] + text[end:], "utf-8")
    problems = [p.format() for p in validate_knowledge(root).problems]
    assert any("missing required key 'help_lines'" in p and "tiesibas.uk.md" in p for p in problems)


def test_a_card_needs_two_or_three_numbers(tmp_path: Path) -> None:
    from kb_app.core.validate import validate_knowledge

    root = tmp_path / "k"
    shutil.copytree(REPO_KNOWLEDGE, root)
    path = root / "handouts" / "tiesibas.lv.md"
    text = path.read_text("utf-8")
    first = text.index("    card_name:")
    text = text[:first] + text[text.index("\n", first) + 1:]  # the card keeps 2 of its 3 lines: fine
    path.write_text(text, "utf-8")
    assert not validate_knowledge(root).problems
    second = text.index("    card_name:")
    text = text[:second] + text[text.index("\n", second) + 1:]  # 1 line left: not a card
    path.write_text(text, "utf-8")
    line = text.split("\n").index(next(ln for ln in text.split("\n") if ln.startswith("    card_name:"))) + 1
    problems = [p.format() for p in validate_knowledge(root).problems]
    assert problems == [f"{path}:{line}: a pocket card holds 2 or 3 numbers, but 1 help lines have a card_name"]


@given(codes=st.lists(st.sampled_from(["lv", "ru", "en", "uk", "de", "pl"]), unique=True),
       lang=st.sampled_from(["lv", "ru", "en", "uk"]))
def test_the_language_line_names_every_language_and_says_when_the_readers_is_missing(
        codes: list[str], lang: str) -> None:
    from kb_app.core.handout import handout_labels, languages_text

    labels = _repo_country().page_labels(lang)
    said = languages_text({"languages": codes}, labels)
    if not codes:
        assert said == ""
        return
    names = labels.group("languages")
    for code in codes:
        assert names.get(code, code) in said
    not_confirmed = handout_labels(labels)["not_confirmed"].format(names[lang])
    assert (not_confirmed in said) == (lang not in codes)


@functools.lru_cache(maxsize=1)
def _repo_country() -> Country:
    import yaml

    from kb_app.core.analysis import is_analyzer
    from kb_app.core.country import parse_country

    data = yaml.safe_load((Path(__file__).resolve().parents[2] / "knowledge" / "country.yaml").read_text("utf-8"))
    country = parse_country(data, lambda _path, message: pytest.fail(message), is_analyzer)
    assert country is not None
    return country
