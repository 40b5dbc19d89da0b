"""The referral sheet and the client handout: what goes on paper, what never gets stored, and the
two commands that write them (docs/interface-contract.md §1)."""

from __future__ import annotations

import functools
import hashlib
import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date
from html import escape
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kb_app.cli import main
from kb_app.core.content.country import Country

REPO_KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
# Every command here runs on a temporary profile (KB_APP_PROFILE), never the developer's own.
pytestmark = pytest.mark.usefixtures("profile")
TYPICAL = ["gen-runa-cits", "gen-dokumenti-atnemti", "gen-nav-naudas", "gen-traumas"]


@pytest.fixture(scope="module")
def repo_library(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from kb_app.core.content.knowledge import load_knowledge
    from kb_app.core.library.library_db import Library
    from kb_app.core.packs.build import build_library_dir

    dest = tmp_path_factory.mktemp("repo-library") / "lib"
    build_library_dir(load_knowledge(REPO_KNOWLEDGE), dest)
    library = Library(dest)
    yield library
    library.close()


def _sheet(library, **kwargs):  # type: ignore[no-untyped-def]
    from kb_app.core.desk.referral import build_sheet, sheet_html

    return sheet_html(build_sheet(library, TYPICAL, **kwargs))


def test_sheet_names_municipality_service_date_set_and_version(repo_library) -> None:  # type: ignore[no-untyped-def]
    html = _sheet(repo_library, municipality="riga", service="Rīgas Sociālais dienests", today=date(2026, 12, 1))
    assert "<b>Pašvaldība:</b> Rīga</td>" in html and "<b>Dienests:</b> Rīgas Sociālais dienests</td>" in html
    assert "<b>Datums:</b> 2026-12-01</td>" in html
    assert "<b>Pazīmju saraksts:</b> Vispārējās cilvēku tirdzniecības pazīmes</td>" in html
    assert f"versija {repo_library.version}" in html


def test_without_settings_lines_are_left_to_fill_in(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.desk.referral import BLANK

    html = _sheet(repo_library)
    assert f"<b>Dienests:</b> {BLANK}" in html and f"<b>Pašvaldība:</b> {BLANK}" in html
    assert f"<b>Biroja kontakts:</b> {BLANK}" in html
    assert f"Sociālais dienests: <b>{BLANK}</b> · Bāriņtiesa: <b>{BLANK}</b>" in html


def test_the_municipality_s_own_services_and_the_office_are_on_the_sheet(repo_library) -> None:  # type: ignore[no-untyped-def]
    """Issue 21 row 8: a Valmiera sheet had no local social service or orphans' court number, and
    the office contact from Settings was on handouts only."""
    html = _sheet(
        repo_library,
        municipality="valmieras-novads",
        office_contact="tālr. 64207100, Rīgas iela 10",
        social_service="64207101",
        orphans_court="64207120",
    )
    assert "<b>Biroja kontakts:</b> tālr. 64207100, Rīgas iela 10</td>" in html
    local = "<b>Pašvaldībā (Valmieras novads):</b> Sociālais dienests: <b>64207101</b> · Bāriņtiesa: <b>64207120</b>"
    # Under "whom to call", before the national contacts: the first calls for a place today.
    assert html.index("Kam zvanīt") < html.index(local) < html.index('<table class="contacts"')


# -- what was observed: every set, strong marks only where strong ------------------------------
def _observed(html: str) -> str:
    return html.split("Novērotās pazīmes")[1].split("<h3")[0]


def test_strong_marks_stand_exactly_on_the_strong_rows(repo_library) -> None:  # type: ignore[no-untyped-def]
    by_id = {r.id: r for r in repo_library.indicators()}
    html = _sheet(repo_library)
    items = re.findall(r"<li>(.*?)</li>", _observed(html))
    assert len(items) == len(TYPICAL)
    for indicator_id, item in zip(TYPICAL, items, strict=True):
        row = by_id[indicator_id]
        assert row.text in item and item.startswith(row.group_title + ": ")  # in the order ticked
        assert ("(būtiska pazīme)" in item) is row.strong, indicator_id
    assert '<p class="warn"' in _observed(html) and "Būtiskas pazīmes: 2 — rīkojieties tūlīt." in html


def test_no_strong_sign_no_strong_warning_and_nothing_ticked_says_so(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.desk.referral import build_sheet, sheet_html

    weak = [r.id for r in repo_library.indicators() if not r.strong][:2]
    html = sheet_html(build_sheet(repo_library, weak))
    assert "Būtiskas pazīmes" not in html and "būtiska pazīme" not in html
    empty = sheet_html(build_sheet(repo_library, [], set_ids=["ind-berni"]))
    assert "<p>Pazīmes nav atzīmētas.</p>" in empty and "<li>" not in _observed(empty)


def test_one_case_across_sets_lists_each_set_with_its_own_indicators(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.desk.referral import build_sheet, sheet_html

    rows = repo_library.indicators()
    child = [r for r in rows if r.doc_id == "ind-berni"][:2]
    labour = [r for r in rows if r.doc_id == "ind-darba-ekspluatacija"][:2]
    sheet = build_sheet(repo_library, [child[0].id, labour[0].id, child[1].id, labour[1].id])
    assert [s.id for s in sheet.sets] == ["ind-berni", "ind-darba-ekspluatacija"]
    observed = _observed(sheet_html(sheet))
    child_part, labour_part = observed.split(f"<b>{sheet.sets[1].title}</b>")
    assert f"<b>{sheet.sets[0].title}</b>" in child_part
    assert all(r.text in child_part and r.text not in labour_part for r in child)
    assert all(r.text in labour_part and r.text not in child_part for r in labour)
    one_set = _observed(sheet_html(build_sheet(repo_library, [child[0].id])))
    assert f"<b>{sheet.sets[0].title}</b>" not in one_set  # one set: the head names it already


def test_next_steps_two_sets_share_are_said_once_in_order(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.desk.referral import ObservedSet, build_sheet, sheet_html

    sheet = build_sheet(repo_library, ["gen-runa-cits"])
    first = sheet.sets[0]
    shared = first.next_steps[1]
    second = ObservedSet("x", "Otrs saraksts", first.observed, (shared, "Pavisam cits solis."), first.contact_ids)
    html = sheet_html(replace(sheet, sets=(first, second)))
    steps = html.split("Ko darīt tālāk")[1].split("</ol>")[0]
    assert steps.count("<li>") == len(first.next_steps) + 1
    assert steps.rindex("<li>") == steps.index("<li>Pavisam cits solis.")  # the new one last


def test_contacts_two_sets_share_are_listed_once(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.desk.referral import build_sheet

    labour = next(r.id for r in repo_library.indicators() if r.doc_id == "ind-darba-ekspluatacija")
    sheet = build_sheet(repo_library, ["gen-runa-cits", labour])
    ids = [c.id for c in sheet.contacts]
    assert len(ids) == len(set(ids))
    assert ids[:4] == ["contact-112", "contact-drosa-maja", "contact-centrs-marta", "contact-onap"]
    assert ids[4:] == ["contact-vdi", "contact-valsts-robezsardze"]


# -- whom to call: a channel that works, each fact with its own date --------------------------
def _fact(kind: str, value: str, label: str = "", source_date: str = "2026-11", **extra):  # type: ignore[no-untyped-def]
    from kb_app.core.content.contact_facts import ContactFact

    return ContactFact(kind, value, label, "https://example.lv", source_date, **extra)


def _contact_sheet(*contacts, today: date = date(2026, 12, 1)):  # type: ignore[no-untyped-def]
    from kb_app.core.desk.referral import ReferralSheet

    country = _repo_country()  # the Latvian pack's words and emergency numbers
    return ReferralSheet(
        today,
        "lv",
        "Rīga",
        "Dienests",
        "Bibliotēka",
        "1",
        (),
        tuple(contacts),
        labels=country.page_labels("lv"),
        emergency_numbers=country.emergency_numbers,
    )


def _cell(html: str, title: str) -> str:
    return html.split(f"<b>{title}</b><br>")[1].split("</p>")[0]


def test_the_112_route_only_for_contacts_without_a_phone() -> None:
    from kb_app.core.desk.referral import SheetContact, sheet_html

    with_phone = SheetContact("a", "Ar tālruni", (_fact("phone", "+371 1"), _fact("email", "a@b.lv")), "")
    without = SheetContact(
        "b",
        "Bez tālruņa",
        (_fact("email", "c@d.lv"), _fact("website", "https://d.lv")),
        "Rakstiet uz [pastu](mailto:c@d.lv).",
    )
    html = sheet_html(_contact_sheet(with_phone, without))
    a, b = _cell(html, "Ar tālruni"), _cell(html, "Bez tālruņa")
    assert "112" not in a and "Kā sazināties" not in a
    assert "a@b.lv" not in a  # with a number, the e-mail is not the way in
    assert b.index("Kā sazināties: Rakstiet uz pastu.") < b.index("E-pasts <b>c@d.lv</b>")
    assert (
        b.index("c@d.lv")
        < b.index("Vietne <b>https://d.lv</b>")
        < b.index("<b>Steidzami: 112 (ārkārtas situācija) vai 110 (policija)</b>")
    )
    assert b.endswith("<b>Steidzami: 112 (ārkārtas situācija) vai 110 (policija)</b>")


def test_each_fact_carries_its_own_date_and_only_a_stale_one_the_mark() -> None:
    from kb_app.core.desk.referral import SheetContact, sheet_html

    contact = SheetContact(
        "a",
        "Patverums",
        (
            _fact("phone", "+371 1", "Rīga", "2022-12"),
            _fact("phone", "+371 2", "Latgale", "2022-12"),
            _fact("phone", "+371 3", "Kurzeme", "2026-11"),
            _fact("hours", "8–17", "", "undated"),
        ),
        "",
    )
    cell = _cell(sheet_html(_contact_sheet(contact)), "Patverums")
    lines = cell.split("<br>")
    # The two numbers from one dated source say the date once; the fresh one has no mark.
    assert lines[0].startswith("Tālr. <b>+371 1</b> — Rīga; <b>+371 2</b> — Latgale ")
    assert lines[0].endswith("(avots: 2022-12 ⚠)</small></span>")
    assert lines[1].startswith("Tālr. <b>+371 3</b> — Kurzeme ")
    assert lines[1].endswith("(avots: 2026-11)</small></span>")
    assert lines[2].startswith("Darba laiks <b>8–17</b>") and "(avotam nav datuma)" in lines[2]
    assert cell.count("⚠") == 1 and len(lines) == 3


def test_the_legend_stands_exactly_when_a_mark_does() -> None:
    from kb_app.core.desk.referral import SheetContact, sheet_html

    legend = "⚠ — avots vai pēdējā pārbaude vecāka par 12 mēnešiem: pirms paļaujaties, pārbaudiet."
    old = SheetContact("a", "Vecs", (_fact("phone", "+371 1", source_date="2024-01"),), "")
    fresh = SheetContact(
        "b",
        "Svaigs",
        (_fact("phone", "+371 2", source_date="2026-06"), _fact("email", "x@y.lv", source_date="2019-01")),
        "",
    )
    undated = SheetContact("c", "Bez datuma", (_fact("phone", "+371 3", source_date="undated"),), "")
    stable = SheetContact(
        "d",
        "112",
        (_fact("phone", "112", source_date="2019-01", stable=True, stable_source="Direktīva (ES) 2018/1972"),),
        "",
    )
    html = sheet_html(_contact_sheet(old, fresh))
    assert html.count(legend) == 1 and html.index("⚠") < html.index(legend)
    # A stale e-mail the sheet does not print (the contact has a number), an undated source and a
    # fixed national number: no mark, so no legend.
    calm = sheet_html(_contact_sheet(fresh, undated, stable))
    assert "⚠" not in calm
    assert "(pastāvīgs valsts numurs)" in _cell(calm, "112") and "(avotam nav datuma)" in _cell(calm, "Bez datuma")


def test_contacts_flow_down_two_columns_in_tables_a_page_break_never_cuts() -> None:
    from kb_app.core.desk.referral import CONTACTS_PER_BLOCK, SheetContact, sheet_html

    # One contact with many numbers beside short ones: rows of two would leave holes beside it.
    numbers = tuple(_fact("phone", f"+371 {n}", f"reģions {n}", f"2026-0{n}") for n in range(1, 7))
    long = SheetContact("0", "K0", numbers, "")
    contacts = [long] + [
        SheetContact(str(i), f"K{i}", (_fact("phone", f"+371 {i}"),), "") for i in range(1, CONTACTS_PER_BLOCK + 2)
    ]
    html = sheet_html(_contact_sheet(*contacts))
    tables = re.findall(r'<table class="contacts".*?</table>', html, re.S)
    # Each run of contacts is one table of one row (the PDF moves a table whole past a page break).
    assert [t.count("<b>K") for t in tables] == [CONTACTS_PER_BLOCK, 2]
    assert all(t.count("<tr>") == 1 and t.count("<td") == 2 for t in tables)
    # Read down the first column, then the second: the order of the content.
    assert [int(i) for i in re.findall(r"<b>K(\d)</b>", html)] == list(range(CONTACTS_PER_BLOCK + 2))
    # The long contact's column holds fewer contacts than the other one.
    first, second = tables[0].split("</td>")[:2]
    assert first.count("<b>K") < second.count("<b>K")


def test_numbers_from_the_library_are_labelled_and_dated(repo_library) -> None:  # type: ignore[no-untyped-def]
    html = _sheet(repo_library, today=date(2026, 12, 1))
    cell = _cell(html, "Patvērums „Drošā māja”")
    assert "<b>+371 25723222</b> — Latgales reģions" in cell and "(avots: 2022-12-12 ⚠)" in cell
    assert "(pastāvīgs valsts numurs)" in _cell(html, "Vienotais ārkārtas palīdzības numurs 112")


def test_links_are_printed_as_text_never_kb_addresses(repo_library) -> None:  # type: ignore[no-untyped-def]
    html = _sheet(repo_library)
    assert "kb:" not in html and "<a " not in html
    assert "zvaniet 112" in html and "Sīkāk: atpazīšana soli pa solim." in html


@pytest.mark.parametrize(
    "markdown, paper",
    [
        ("Skatiet [Valsts policiju](https://www.vp.gov.lv).", "Skatiet Valsts policiju (https://www.vp.gov.lv)."),
        ("Vietne: [https://www.vp.gov.lv](https://www.vp.gov.lv).", "Vietne: https://www.vp.gov.lv."),
        ("Zvaniet [Drošajai mājai](kb:contact-drosa-maja).", "Zvaniet Drošajai mājai."),
        ("Zvaniet [67222922](tel:+37167222922).", "Zvaniet 67222922."),
        ("Rakstiet [pasts@vp.gov.lv](mailto:pasts@vp.gov.lv).", "Rakstiet pasts@vp.gov.lv."),
    ],
)
def test_web_addresses_follow_their_link_words_on_paper(markdown: str, paper: str) -> None:
    from kb_app.core.desk.referral import paper_html

    assert paper_html(markdown) == paper


def test_the_note_is_escaped_onto_the_sheet(repo_library) -> None:  # type: ignore[no-untyped-def]
    html = _sheet(repo_library, note="Pavadonis <b>gaidīja</b>\nārā")
    assert "<h3" in html.split("Piezīmes")[0][-120:]
    assert "Pavadonis &lt;b&gt;gaidīja&lt;/b&gt;<br>ārā" in html.split("Piezīmes")[1].split("Ko darīt tālāk")[0]


def test_unknown_indicator_is_refused(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.desk.referral import UnknownIndicatorError, build_sheet

    with pytest.raises(UnknownIndicatorError, match="nav-tada"):
        build_sheet(repo_library, ["gen-runa-cits", "nav-tada"])


def test_an_unknown_municipality_is_refused_and_an_old_code_resolves(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.desk.referral import municipality_name
    from kb_app.core.platform.errors import KbError

    with pytest.raises(KbError, match="nav-tadas"):
        municipality_name(repo_library, "nav-tadas")
    assert municipality_name(repo_library, "valmieras-novads") == "Valmieras novads"
    assert municipality_name(repo_library, "") == ""


def test_handout_has_help_lines_and_the_office(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.desk.handout import find_handout, handout_html, library_labels

    doc = find_handout(repo_library, "ru")
    assert doc is not None and doc.lang == "ru"
    html = handout_html(
        doc,
        labels=library_labels(repo_library, "ru"),
        municipality="Rīga",
        service="Sociālais dienests",
        office_contact="тел. 67000000, Rīga, Brīvības 1",
    )
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
    from kb_app.core.content.render import handout_labels
    from kb_app.core.desk.handout import find_handout, handout_html, library_labels

    doc = find_handout(repo_library, lang)
    labels = library_labels(repo_library, lang)
    html = handout_html(doc, labels=labels)
    safety = handout_labels(labels)["safety"]
    assert "112" in safety
    assert html.index(escape(doc.title)) < html.index(escape(safety)) < html.index("<ul>")  # before the text
    assert not any(word in doc.title.lower() for word in TOPIC_WORDS[lang]), doc.title  # a neutral title


@pytest.mark.parametrize(
    "lang, confirmed, unconfirmed",
    [
        ("ru", "Языки: латышский, русский, английский", "Язык: латышский; русский — не подтверждён"),
        ("uk", "Мови: латиська, російська, англійська", "Мова: латиська; українська — не підтверджена"),
        ("en", "Languages: Latvian, Russian, English", "Language: Latvian; English not confirmed"),
        ("lv", "Valodas: latviešu, krievu, angļu", "Valoda: latviešu"),
    ],
)
def test_each_help_line_says_which_languages_it_answers_in(
    repo_library,
    lang: str,  # type: ignore[no-untyped-def]
    confirmed: str,
    unconfirmed: str,
) -> None:
    from kb_app.core.content.render import help_lines_html
    from kb_app.core.desk.handout import find_handout, library_labels

    doc = find_handout(repo_library, lang)
    lines = doc.meta["help_lines"]
    assert all(line.get("languages") for line in lines)
    rows = help_lines_html(doc.meta, library_labels(repo_library, lang)).split("<tr>")[1:]
    by_number = {row.split("<b>")[1].split("</b>")[0].replace("&nbsp;", " "): row for row in rows}
    assert confirmed in by_number["116123"]  # the one line the sources give languages for
    assert unconfirmed in by_number["116006"] and unconfirmed in by_number["+371 28612120"]


def test_russian_and_ukrainian_release_from_liability_names_you(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.desk.handout import find_handout

    assert "освободить вас от" in find_handout(repo_library, "ru").body_md
    assert "звільнити вас від" in find_handout(repo_library, "uk").body_md
    assert "atbrīvot jūs no" in find_handout(repo_library, "lv").body_md


@pytest.mark.parametrize("lang", ["lv", "ru", "en", "uk"])
def test_the_pocket_card_has_two_or_three_numbers_and_no_topic_word(
    repo_library,  # type: ignore[no-untyped-def]
    lang: str,
) -> None:
    from kb_app.core.content.render import handout_labels
    from kb_app.core.desk.handout import (
        card_html,
        card_lines,
        cards_page_html,
        find_handout,
        library_labels,
    )

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
    from kb_app.core.desk.handout import NoCardError, card_html, find_handout, library_labels

    doc = find_handout(repo_library, "en")
    bare = doc.replace(
        meta={
            **doc.meta,
            "help_lines": [{k: v for k, v in line.items() if k != "card_name"} for line in doc.meta["help_lines"]],
        },
    )
    with pytest.raises(NoCardError, match="needs 2 or 3"):
        card_html(bare, labels=library_labels(repo_library, "en"))


# -- the commands ------------------------------------------------------------------------------
def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_headless(*args: str) -> tuple[int, str, str]:
    """A PDF command in its own process, as a script runs it: no display and no QT_QPA_PLATFORM
    (and no QGuiApplication left behind in the test process for the window tests)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "kb_app", *args], capture_output=True, text=True, env=env, timeout=120)
    return done.returncode, done.stdout, done.stderr


def test_referral_html_and_the_note_is_not_stored(
    capsys,
    profile: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    repo_pack: Path,
) -> None:
    from kb_app.core.packs.install import install_pack
    from kb_app.core.platform.paths import AppPaths

    install_pack(repo_pack, AppPaths(profile).library_root)
    assert run(capsys, "list")[0] == 0  # whatever a first command sets up in the profile, before the snapshot
    before = _snapshot(profile)
    out = tmp_path / "sheet.html"
    code, stdout, _ = run(
        capsys,
        "referral",
        "--indicators",
        ",".join(TYPICAL),
        "--municipality",
        "riga",
        "--note",
        "SLEPENA-PIEZIME-42",
        "-o",
        str(out),
    )
    assert code == 0 and "sheet.html" in stdout
    text = out.read_text("utf-8")
    assert text.startswith("<!DOCTYPE html>") and "SLEPENA-PIEZIME-42" in text and "Rīga" in text
    assert _snapshot(profile) == before  # no user database, settings or cache written
    assert not any(b"SLEPENA-PIEZIME-42" in p.read_bytes() for p in profile.rglob("*") if p.is_file())


def test_referral_unknown_indicator_exits_1(
    tmp_path: Path,  # type: ignore[no-untyped-def]
    repo_pack: Path,
) -> None:
    out = tmp_path / "sheet.pdf"
    code, _, err = run_headless(
        "referral", "--pack", str(repo_pack), "--indicators", "gen-runa-cits,nav-tada", "-o", str(out)
    )
    assert code == 1 and "nav-tada" in err and not out.exists()


def test_referral_pdf_is_one_a4_page(tmp_path: Path, repo_pack: Path) -> None:  # type: ignore[no-untyped-def]
    from kb_app.ui.paper.sheet_pdf import pdf_page_count

    out = tmp_path / "sheet.pdf"
    code, stdout, _ = run_headless(
        "referral",
        "--pack",
        str(repo_pack),
        "--indicators",
        ",".join(TYPICAL),
        "--municipality",
        "riga",
        "--note",
        "Ieradās ar pavadoni.",
        "-o",
        str(out),
    )
    assert code == 0 and "(1 page)" in stdout
    assert out.read_bytes().startswith(b"%PDF") and pdf_page_count(out) == 1
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "Rīga" in text and "28612120" in text and "kb:" not in text


def _longest(library_pack: Path, set_id: str, count: int) -> list[str]:
    from kb_app.core.library.bootstrap import open_library
    from kb_app.core.platform.paths import AppPaths

    library = open_library(AppPaths(library_pack.parent / "profile-for-ids"), library_pack)
    rows = [r for r in library.indicators(set_id)]
    return [r.id for r in sorted(rows, key=lambda r: -len(r.text))[:count]]


@pytest.mark.parametrize(
    "picks",
    [
        (("ind-berni", 4), ("ind-darba-ekspluatacija", 4)),
        (("ind-berni", 3), ("ind-darba-ekspluatacija", 3), ("ind-seksuala-ekspluatacija", 2)),
    ],
)
def test_eight_indicators_fit_one_page(
    tmp_path: Path,
    repo_pack: Path,  # type: ignore[no-untyped-def]
    picks: tuple[tuple[str, int], ...],
) -> None:
    """Issue 21 row 8: four indicators from two sets took two pages. The sets with the most text
    and contacts between them, their longest indicators, a note and every office line: one page."""
    from kb_app.ui.paper.sheet_pdf import pdf_page_count

    ids = [i for set_id, count in picks for i in _longest(repo_pack, set_id, count)]
    out = tmp_path / "sheet.pdf"
    code, stdout, err = run_headless(
        "referral",
        "--pack",
        str(repo_pack),
        "--indicators",
        ",".join(ids),
        "--municipality",
        "valmieras-novads",
        "--service",
        "Valmieras novada Sociālais dienests",
        "--note",
        "Ieradās ar pavadoni, kurš gaidīja ārā.",
        "-o",
        str(out),
    )
    assert code == 0, err
    assert "(1 page)" in stdout and pdf_page_count(out) == 1


def _typical(library_pack: Path, set_id: str, count: int) -> list[str]:
    """``count`` indicators of middling length from the set (neither its shortest nor its longest)."""
    from kb_app.core.library.bootstrap import open_library
    from kb_app.core.platform.paths import AppPaths

    library = open_library(AppPaths(library_pack.parent / "profile-for-ids"), library_pack)
    rows = sorted(library.indicators(set_id), key=lambda r: -len(r.text))
    middle = len(rows) // 2 - count // 2
    return [r.id for r in rows[middle : middle + count]]


FOUR_SETS = ("ind-berni", "ind-darba-ekspluatacija", "ind-fiktivas-laulibas", "ind-seksuala-ekspluatacija")


@pytest.mark.parametrize("ticks", [("typical", 3), ("longest", 2)])  # twelve middling ticks; eight long ones
def test_a_typical_four_set_sheet_is_one_page(
    tmp_path: Path,
    repo_pack: Path,  # type: ignore[no-untyped-def]
    ticks: tuple[str, int],
) -> None:
    """A case seen through four sets, the four with the most contacts between them (twelve): with
    rows of two contacts and a full-width list the sheet took two pages."""
    from kb_app.ui.paper.sheet_pdf import pdf_page_count

    kind, per_set = ticks
    pick = _typical if kind == "typical" else _longest
    ids = [i for set_id in FOUR_SETS for i in pick(repo_pack, set_id, per_set)]
    out = tmp_path / "sheet.pdf"
    code, stdout, err = run_headless(
        "referral",
        "--pack",
        str(repo_pack),
        "--indicators",
        ",".join(ids),
        "--municipality",
        "valmieras-novads",
        "--service",
        "Valmieras novada Sociālais dienests",
        "--note",
        "Ieradās ar pavadoni, kurš gaidīja ārā.",
        "-o",
        str(out),
    )
    assert code == 0, err
    assert "(1 page)" in stdout and pdf_page_count(out) == 1


# Lengths at which a page break fell inside a contact (27, 33 with rows of two), and others that
# move the break through the contacts' tables.
@pytest.mark.parametrize("note_lines", [27, 33, 40, 48, 56])
def test_a_long_sheet_never_cuts_a_contact_across_pages(
    tmp_path: Path,
    repo_pack: Path,  # type: ignore[no-untyped-def]
    note_lines: int,
) -> None:
    from kb_app.core.desk.referral import build_sheet, shown_facts
    from kb_app.core.library.bootstrap import open_library
    from kb_app.core.platform.paths import AppPaths

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    ids = (
        _longest(repo_pack, "ind-berni", 10)
        + _longest(repo_pack, "ind-darba-ekspluatacija", 12)
        + _longest(repo_pack, "ind-seksuala-ekspluatacija", 10)
    )
    out = tmp_path / "long.pdf"
    code, stdout, err = run_headless(
        "referral",
        "--pack",
        str(repo_pack),
        "--indicators",
        ",".join(ids),
        "--note",
        "Rinda.\n" * note_lines,
        "-o",
        str(out),
    )
    count = int(re.search(r"\((\d+) pages\)", stdout)[1])  # type: ignore[index]
    assert code == 0 and count >= 2, (stdout, err)
    pages = [
        " ".join(
            subprocess.run(
                ["pdftotext", "-f", str(n), "-l", str(n), str(out), "-"], capture_output=True, text=True, check=True
            ).stdout.split()
        )
        for n in range(1, count + 1)
    ]
    sheet = build_sheet(open_library(AppPaths(tmp_path / "p"), repo_pack), ids)
    assert len(sheet.contacts) >= 8
    for contact in [c for c in sheet.contacts if shown_facts(c)]:  # its name and its last fact on one page
        last = shown_facts(contact)[-1].value
        holding = [i for i, text in enumerate(pages) if contact.title in text]
        # word by word: the text of two columns side by side comes out interleaved line by line
        assert len(holding) == 1 and all(word in pages[holding[0]] for word in last.split()), contact.title


@pytest.mark.parametrize(
    "lang, words", [("ru", "Ваши права и где найти помощь"), ("uk", "Ваші права і де шукати допомоги")]
)
def test_handout_pdf_in_cyrillic(
    tmp_path: Path,
    repo_pack: Path,  # type: ignore[no-untyped-def]
    lang: str,
    words: str,
) -> None:
    from kb_app.ui.paper.sheet_pdf import pdf_page_count

    out = tmp_path / f"handout-{lang}.pdf"
    code, _, _ = run_headless("handout", "--pack", str(repo_pack), "--lang", lang, "-o", str(out))
    assert code == 0 and pdf_page_count(out) == 1
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert words in " ".join(text.split())  # the glyphs are in the PDF, not boxes


def test_handout_uses_the_office_settings(
    capsys,
    profile: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    repo_pack: Path,
) -> None:
    from kb_app.core.userdata.preferences import Preferences, PreferencesFile

    PreferencesFile(profile).save(
        Preferences(
            municipality="jelgava",
            service_name="Jelgavas sociālais dienests",
            office_contact="tālr. 63000000, darba dienās 8–17",
        )
    )
    out = tmp_path / "handout.html"
    code, _, _ = run(capsys, "handout", "--pack", str(repo_pack), "--lang", "lv", "-o", str(out))
    text = out.read_text("utf-8")
    assert code == 0 and "Jelgava" in text and "Jelgavas sociālais dienests" in text
    assert "tālr. 63000000, darba dienās 8–17" in text


def test_handout_card_prints_four_cards_with_the_office_contact(
    capsys,
    profile: Path,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    repo_pack: Path,
) -> None:
    from kb_app.core.userdata.preferences import Preferences, PreferencesFile

    PreferencesFile(profile).save(Preferences(office_contact="Birojs: tālr. 63000000"))
    out = tmp_path / "card.html"
    code, stdout, _ = run(capsys, "handout", "--pack", str(repo_pack), "--lang", "ru", "--card", "-o", str(out))
    text = out.read_text("utf-8")
    assert code == 0 and str(out) in stdout
    assert text.count("<b>Полезные телефоны</b>") == 4 and text.count("Birojs: tālr. 63000000") == 4
    assert "торгов" not in text and "Ваши права" not in text


_FILLS_PAGE = """
import sys
from kb_app.cli.desk_cmds import _open
from kb_app.core.desk.handout import cards_page_html, find_handout, handout_html, library_labels
from kb_app.ui.paper.sheet_pdf import (
    _PAGE_RE,
    HANDOUT_MAX_POINT_SIZE,
    SHEET_MARGIN_MM,
    handout_point_size,
    pdf_bytes,
    sheet_font,
)
import argparse
library, _ = _open(argparse.Namespace(profile=sys.argv[1], pack=sys.argv[2]))
for lang in ("lv", "ru", "en", "uk"):
    doc = find_handout(library, lang)
    labels = library_labels(library, lang)
    for html in (handout_html(doc, labels=labels), cards_page_html(doc, labels=labels)):
        size = handout_point_size(html, doc.title)
        pages = lambda s: len(_PAGE_RE.findall(pdf_bytes(html, doc.title, sheet_font(s), SHEET_MARGIN_MM, True)))
        fills = size == HANDOUT_MAX_POINT_SIZE or pages(size + 0.5) > 1
        print(lang, size, pages(size), fills)
"""


def test_handout_and_cards_fill_one_page_at_11_pt_or_more(
    tmp_path: Path,  # type: ignore[no-untyped-def]
    repo_pack: Path,
) -> None:
    """Issue 21, row 10: the text is as large as one page allows, never under 11 pt."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", _FILLS_PAGE, str(tmp_path / "profile"), str(repo_pack)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    rows = [line.split() for line in done.stdout.splitlines()]
    assert len(rows) == 8, done.stdout
    for lang, size, pages, fills in rows:
        assert float(size) >= 11 and pages == "1" and fills == "True", (lang, size, pages, fills)


def test_handout_language_without_handout_exits_1(
    tmp_path: Path,  # type: ignore[no-untyped-def]
    fixture_pack: Path,
) -> None:
    out = tmp_path / "h.pdf"
    code, _, err = run_headless("handout", "--pack", str(fixture_pack), "--lang", "ru", "-o", str(out))
    assert code == 1 and "no handout in 'ru'" in err and not out.exists()


def test_output_must_be_pdf_or_html(capsys, tmp_path: Path, repo_pack: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "handout", "--pack", str(repo_pack), "--lang", "lv", "-o", str(tmp_path / "h.docx"))
    assert code == 2 and ".pdf or .html" in err


# -- the handout type in the knowledge folder -------------------------------------------------
def test_a_help_line_number_must_be_a_phone_of_its_contact(tmp_path: Path) -> None:
    from kb_app.core.content.validate import validate_knowledge

    root = tmp_path / "k"
    shutil.copytree(REPO_KNOWLEDGE, root)
    path = root / "handouts" / "tiesibas.en.md"
    text = path.read_text("utf-8").replace('number: "116123"', 'number: "116124"')
    path.write_text(text, "utf-8")
    line = text.split("\n").index('  - number: "116124"') + 1
    problems = [p.format() for p in validate_knowledge(root).problems]
    assert problems == [f"{path}:{line}: number '116124' is not a phone of 'contact-116123'"]


def test_a_handout_needs_help_lines(tmp_path: Path) -> None:
    from kb_app.core.content.validate import validate_knowledge

    root = tmp_path / "k"
    shutil.copytree(REPO_KNOWLEDGE, root)
    path = root / "handouts" / "tiesibas.uk.md"
    text = path.read_text("utf-8")
    start, end = text.index("help_lines:"), text.index("---", 10)
    path.write_text(text[:start] + text[end:], "utf-8")
    problems = [p.format() for p in validate_knowledge(root).problems]
    assert any("missing required key 'help_lines'" in p and "tiesibas.uk.md" in p for p in problems)


# -- kb-app indicators: the ids referral --indicators takes (docs/interface-contract.md §1) -
def test_indicators_json_lists_every_id_referral_takes(
    capsys,
    repo_pack: Path,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    import json

    code, out, _ = run(capsys, "indicators", "--pack", str(repo_pack), "--json")
    rows = json.loads(out)
    assert code == 0 and all(set(r) == {"id", "set", "text", "strong"} for r in rows)
    by_id = {r["id"]: r for r in rows}
    assert by_id["gen-runa-cits"]["set"] == "ind-visparejas-pazimes" and by_id["gen-runa-cits"]["strong"] is True
    assert by_id["gen-nav-naudas"]["strong"] is False
    assert len({r["set"] for r in rows}) == 8  # every set of the bundled library
    # Whatever it prints, referral takes: the two commands speak of the same ids.
    child = next(r["id"] for r in rows if r["set"] == "ind-berni")
    assert (
        run(
            capsys,
            "referral",
            "--pack",
            str(repo_pack),
            "--indicators",
            f"{child},gen-runa-cits",
            "-o",
            str(tmp_path / "s.html"),
        )[0]
        == 0
    )


def test_indicators_of_one_set_and_an_unknown_set(capsys, repo_pack: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "indicators", "--pack", str(repo_pack), "--set", "ind-berni")
    lines = out.splitlines()
    assert code == 0 and lines and all(line.split("\t")[1] == "ind-berni" for line in lines)
    assert all(line.split("\t")[0].startswith("chi-") for line in lines)
    code, out, err = run(capsys, "indicators", "--pack", str(repo_pack), "--set", "ind-nav-tada")
    # The test pack is unsigned: its "NOT VERIFIED" line comes first (issue 19), then the one error line.
    lines = [line for line in err.splitlines() if not line.startswith("kb-app: NOT VERIFIED")]
    assert code == 1 and out == "" and len(lines) == 1
    assert lines[0].startswith("kb-app: unknown indicator set 'ind-nav-tada'")


def test_indicator_text_is_cleaned_for_the_terminal() -> None:
    from kb_app.cli.desk_cmds import terminal_text

    assert terminal_text("Algu\u202e neizmaksā\x1b[2J\nrinda") == "Algu neizmaksā [2J rinda"


# -- the 'stable' flag of a fixed national number (knowledge/README.md) -------------------------
def test_the_national_numbers_are_flagged_stable_with_their_source(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.content.contact_facts import contact_facts

    stable = {
        f.value: f.stable_source
        for doc in repo_library.documents(doc_type="contact")
        for f in contact_facts(repo_library.document(doc.id).meta)
        if f.stable
    }
    assert set(stable) == {"112", "110", "113", "116006", "116111", "116123"}
    assert all("https://" in source for source in stable.values())
    assert "2007/116" in stable["116006"] and "2018/1972" in stable["112"]


@pytest.mark.parametrize(
    "fact, message",
    [
        (
            "{kind: email, value: a@b.lv, source: x, source_date: undated, stable: true, stable_source: y}",
            "'stable' marks a phone number fixed by law, not a 'email'",
        ),
        (
            "{kind: phone, value: '112', source: x, source_date: undated, stable: true}",
            "'stable: true' needs 'stable_source'",
        ),
        (
            "{kind: phone, value: '112', source: x, source_date: undated, stable_source: y}",
            "'stable_source' belongs with 'stable: true'",
        ),
        (
            "{kind: phone, value: '112', source: x, source_date: undated, stable: 'yes', stable_source: y}",
            "'stable' must be true or false",
        ),
    ],
)
def test_a_stable_flag_needs_its_source_and_a_phone(tmp_path: Path, fact: str, message: str) -> None:
    from kb_app.core.content.validate import validate_knowledge

    root = tmp_path / "k"
    shutil.copytree(REPO_KNOWLEDGE, root)
    path = root / "contacts" / "112.md"
    text = path.read_text("utf-8")
    path.write_text(text.replace("facts:\n", f"facts:\n- {fact}\n", 1), "utf-8")
    problems = [p.format() for p in validate_knowledge(root).problems]
    assert len(problems) == 1 and problems[0].startswith(f"{path}:") and message in problems[0], problems


def test_referral_takes_the_office_block_from_the_settings(
    capsys,
    profile: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    repo_pack: Path,
) -> None:
    from kb_app.core.userdata.preferences import Preferences, PreferencesFile

    PreferencesFile(profile).save(
        Preferences(
            municipality="valmieras-novads",
            office_contact="tālr. 64207100",
            social_service_contact="64207101",
            orphans_court_contact="64207120",
        )
    )
    out = tmp_path / "sheet.html"
    assert run(capsys, "referral", "--pack", str(repo_pack), "--indicators", "gen-runa-cits", "-o", str(out))[0] == 0
    text = out.read_text("utf-8")
    assert "<b>Biroja kontakts:</b> tālr. 64207100</td>" in text
    assert (
        "<b>Pašvaldībā (Valmieras novads):</b> Sociālais dienests: <b>64207101</b> · Bāriņtiesa: <b>64207120</b>"
    ) in text


def test_check_todo_does_not_ask_to_call_a_number_fixed_by_law(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "check", "--todo", str(REPO_KNOWLEDGE))
    assert code == 0
    calls = [line for line in out.splitlines() if ": call " in line]
    assert not any(
        line.split(": call ")[1].split(" ")[0] in {"112", "110", "113", "116006", "116111", "116123"} for line in calls
    )
    assert any("contacts/116006.md" in line and "hours" in line for line in out.splitlines())  # its hours still


def test_the_contact_page_says_why_a_fixed_number_has_no_age(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.content.render import contact_html

    latvian = _repo_country().page_labels("lv")
    html = contact_html(repo_library.document("contact-112").meta, latvian, date(2030, 1, 1))
    assert "pastāvīgs valsts numurs (Eiropas Elektronisko sakaru kodekss" in html and "⚠" not in html
    old = contact_html(repo_library.document("contact-drosa-maja").meta, latvian, date(2030, 1, 1))
    assert "⚠ avots: 2022-12-12" in old


def test_a_card_needs_two_or_three_numbers(tmp_path: Path) -> None:
    from kb_app.core.content.validate import validate_knowledge

    root = tmp_path / "k"
    shutil.copytree(REPO_KNOWLEDGE, root)
    path = root / "handouts" / "tiesibas.lv.md"
    text = path.read_text("utf-8")
    first = text.index("    card_name:")
    text = text[:first] + text[text.index("\n", first) + 1 :]  # the card keeps 2 of its 3 lines: fine
    path.write_text(text, "utf-8")
    assert not validate_knowledge(root).problems
    second = text.index("    card_name:")
    text = text[:second] + text[text.index("\n", second) + 1 :]  # 1 line left: not a card
    path.write_text(text, "utf-8")
    line = text.split("\n").index(next(ln for ln in text.split("\n") if ln.startswith("    card_name:"))) + 1
    problems = [p.format() for p in validate_knowledge(root).problems]
    assert problems == [f"{path}:{line}: a pocket card holds 2 or 3 numbers, but 1 help lines have a card_name"]


@given(
    codes=st.lists(st.sampled_from(["lv", "ru", "en", "uk", "de", "pl"]), unique=True),
    lang=st.sampled_from(["lv", "ru", "en", "uk"]),
)
def test_the_language_line_names_every_language_and_says_when_the_readers_is_missing(
    codes: list[str], lang: str
) -> None:
    from kb_app.core.content.render import handout_labels, languages_text

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

    from kb_app.core.content.country import parse_country
    from kb_app.core.text.analysis import is_analyzer

    data = yaml.safe_load((Path(__file__).resolve().parents[2] / "knowledge" / "country.yaml").read_text("utf-8"))
    country = parse_country(data, lambda _path, message: pytest.fail(message), is_analyzer)
    assert country is not None
    return country
