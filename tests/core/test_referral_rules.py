"""The referral sheet's rules, each on the smallest input that shows it: what build_sheet refuses
and with which words, which channel of a contact goes on paper and in which order, how contacts
are split into columns and tables, and the sheet's fixed parts. Fast (one small library build), so
that scripts/mutation.sh can run them once per mutant of kb_app/core/desk/referral.py."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kb_app.core.content.contact_facts import ContactFact
from kb_app.core.content.labels import EmergencyNumber
from kb_app.core.desk.referral import (
    BLANK,
    ObservedSet,
    ReferralSheet,
    SheetContact,
    UnknownIndicatorError,
    build_sheet,
    contact_channels_html,
    links_as_text,
    sheet_html,
    shown_facts,
)
from kb_app.core.library.library_db import IndicatorRow, Library
from kb_app.core.platform.errors import KbError

REPO_KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from kb_app.core.content.knowledge import load_knowledge
    from kb_app.core.packs.build import build_library_dir

    dest = tmp_path_factory.mktemp("referral-rules") / "lib"
    build_library_dir(load_knowledge(REPO_KNOWLEDGE), dest)
    opened = Library(dest)
    yield opened
    opened.close()


def _fact(kind: str, value: str, label: str = "", source_date: str = "2026-11", **extra: Any) -> ContactFact:
    return ContactFact(kind, value, label, "https://example.lv", source_date, **extra)


def _row(row_id: str, text: str, *, strong: bool = False, doc_id: str = "ind-a") -> IndicatorRow:
    return IndicatorRow(row_id, doc_id, "g", "Grupa", text, "", strong)


def _sheet(library: Library, **fields: Any) -> ReferralSheet:
    """A sheet with the Latvian pack's words and numbers, nothing ticked, no contacts."""
    base = build_sheet(library, [], set_ids=["ind-berni"], today=TODAY)
    return replace(base, **{"sets": (), "contacts": (), **fields})


# -- what build_sheet refuses, in words the worker can act on ------------------------------------
def test_a_language_the_library_lacks_is_refused_naming_the_ones_it_has(library: Library) -> None:
    with pytest.raises(KbError) as refused:
        build_sheet(library, ["gen-runa-cits"], lang="de")
    assert str(refused.value) == "the library has no language 'de' (it declares lv, en, ru, uk)"


def test_the_sheet_is_in_the_library_s_first_language_unless_asked(library: Library) -> None:
    assert build_sheet(library, ["gen-runa-cits"]).lang == "lv"
    english = build_sheet(library, ["gen-runa-cits"], lang="en")
    assert english.lang == "en" and english.labels.lang == "en"


def test_every_unknown_indicator_is_named_in_one_refusal(library: Library) -> None:
    with pytest.raises(UnknownIndicatorError) as refused:
        build_sheet(library, ["nav-a", "gen-runa-cits", "nav-b"])
    assert str(refused.value) == "unknown indicator id: nav-a, nav-b"


def test_an_unknown_set_is_refused_as_a_set(library: Library) -> None:
    with pytest.raises(UnknownIndicatorError) as refused:
        build_sheet(library, [], set_ids=["nav-saraksts"])
    assert str(refused.value) == "unknown indicator set: nav-saraksts"


def test_an_unknown_municipality_is_refused_with_where_to_look(library: Library) -> None:
    with pytest.raises(KbError) as refused:
        build_sheet(library, ["gen-runa-cits"], municipality="nav-tadas")
    assert str(refused.value) == "unknown municipality 'nav-tadas' (see kb-app municipalities)"


def test_ids_and_settings_are_taken_without_surrounding_blanks(library: Library) -> None:
    sheet = build_sheet(
        library,
        [" gen-runa-cits ", "", "  "],
        service="  Dienests  ",
        note=" Piezīme \n",
        office_contact=" tālr. 1 ",
        social_service=" 2 ",
        orphans_court=" 3 ",
        today=TODAY,
    )
    assert [row.id for s in sheet.sets for row in s.observed] == ["gen-runa-cits"]
    assert (sheet.service, sheet.note, sheet.office_contact) == ("Dienests", "Piezīme", "tālr. 1")
    assert (sheet.social_service, sheet.orphans_court) == ("2", "3")


def test_without_a_date_the_sheet_is_dated_today(library: Library) -> None:
    assert build_sheet(library, ["gen-runa-cits"]).day == date.today()


def test_a_set_asked_for_comes_first_and_a_ticked_one_is_not_repeated(library: Library) -> None:
    child = next(r for r in library.indicators() if r.doc_id == "ind-berni")
    sheet = build_sheet(library, ["gen-runa-cits", child.id], set_ids=["ind-berni"])
    assert [s.id for s in sheet.sets] == ["ind-berni", "ind-visparejas-pazimes"]
    assert [r.id for r in sheet.sets[0].observed] == [child.id]
    assert sheet.observed_count == 2
    assert sheet.strong_count == sum(1 for s in sheet.sets for r in s.observed if r.strong)


def test_the_sheet_carries_the_pack_s_title_version_and_the_country_s_numbers(library: Library) -> None:
    sheet = build_sheet(library, ["gen-runa-cits"])
    assert (sheet.pack_title, sheet.pack_version) == (library.title, library.version)
    assert [n.number for n in sheet.emergency_numbers] == ["112", "110"]
    assert sheet.sets[0].next_steps and all(isinstance(s, str) for s in sheet.sets[0].next_steps)
    assert [c.id for c in sheet.contacts][:2] == ["contact-112", "contact-drosa-maja"]
    assert all(c.title for c in sheet.contacts)


# -- links on paper --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "html, paper",
    [
        ('<a href="https://a.lv/?x=1&amp;y=2">Iestāde</a>', "Iestāde (https://a.lv/?x=1&amp;y=2)"),
        ('<a href="http://a.lv">Iestāde</a>', "Iestāde (http://a.lv)"),
        ('<a href="https://a.lv"><b>https://a.lv</b></a>', "<b>https://a.lv</b>"),
        ('<a href="ftp://a.lv">faili</a>', "faili"),
        ('<a href="kb:contact-112">112</a> un <a href="kb:x">X</a>', "112 un X"),
        ('<a\nhref="https://a.lv" title="t">A\nB</a>', "A\nB (https://a.lv)"),
    ],
)
def test_a_web_link_keeps_its_address_and_any_other_only_its_words(html: str, paper: str) -> None:
    assert links_as_text(html) == paper


# -- whom to call: which channels, in which order, with which date ---------------------------------
def test_a_contact_with_a_number_prints_numbers_then_hours_never_mail_or_web() -> None:
    contact = SheetContact(
        "a",
        "A",
        (_fact("email", "a@b.lv"), _fact("hours", "8–17"), _fact("website", "https://a.lv"), _fact("phone", "+371 1")),
        "Rakstiet.",
    )
    assert [f.kind for f in shown_facts(contact)] == ["phone", "hours"]


def test_without_a_number_mail_and_web_follow_in_that_order() -> None:
    contact = SheetContact(
        "a", "A", (_fact("website", "https://a.lv"), _fact("hours", "8–17"), _fact("email", "a@b.lv")), ""
    )
    assert [f.kind for f in shown_facts(contact)] == ["hours", "email", "website"]


def test_channels_say_their_kind_their_label_and_their_source_date(library: Library) -> None:
    sheet = _sheet(library)
    contact = SheetContact(
        "a", "A", (_fact("phone", "+371 1"), _fact("phone", "+371 2", "Rīga"), _fact("hours", "8–17")), ""
    )
    lines = contact_channels_html(contact, sheet.labels, TODAY).split("<br>")
    assert lines == [
        'Tālr. <b>+371 1</b>; <b>+371 2</b> — Rīga <span class="muted"><small>(avots: 2026-11)</small></span>',
        'Darba laiks <b>8–17</b> <span class="muted"><small>(avots: 2026-11)</small></span>',
    ]


def test_a_checked_fact_gives_the_date_of_its_check(library: Library) -> None:
    labels = _sheet(library).labels
    fact = _fact("phone", "+371 1", source_date="2022-01", checked_on="2026-10-02", checked_by="Ilze")
    html = contact_channels_html(SheetContact("a", "A", (fact,), ""), labels, TODAY)
    assert html.endswith("(pārbaudīts 2026-10-02 (Ilze))</small></span>") and "⚠" not in html


def test_values_from_content_are_escaped_on_paper(library: Library) -> None:
    contact = SheetContact("a", "A", (_fact("phone", "<1&2>", "<b>x</b>"),), "")
    html = contact_channels_html(contact, _sheet(library).labels, TODAY)
    assert "<b>&lt;1&amp;2&gt;</b> — &lt;b&gt;x&lt;/b&gt;" in html


def test_without_a_number_or_written_route_only_mail_and_the_emergency_line(library: Library) -> None:
    labels = _sheet(library).labels
    contact = SheetContact("a", "A", (_fact("email", "a@b.lv"),), "")
    numbers = (EmergencyNumber("112", {"lv": "ārkārtas situācija"}),)
    html = contact_channels_html(contact, labels, TODAY, numbers)
    assert "Kā sazināties" not in html
    assert html.split("<br>") == [
        'E-pasts <b>a@b.lv</b> <span class="muted"><small>(avots: 2026-11)</small></span>',
        "<b>Steidzami: 112 (ārkārtas situācija)</b>",
    ]
    # A country that declares no emergency number: no empty "Urgent:" line.
    assert contact_channels_html(contact, labels, TODAY).count("<br>") == 0


# -- the sheet's parts ------------------------------------------------------------------------------
def test_blank_lines_are_long_enough_to_write_on() -> None:
    assert BLANK == "_" * 18


def test_the_head_names_every_set_and_the_office_spans_the_row(library: Library) -> None:
    sets = (ObservedSet("a", "Pirmais", (), (), ()), ObservedSet("b", "Otrais", (), (), ()))
    html = sheet_html(_sheet(library, sets=sets, office_contact="tālr. 1"))
    assert "<b>Pazīmju saraksts:</b> Pirmais; Otrais</td>" in html
    assert '<td colspan="2"><b>Biroja kontakts:</b> tālr. 1</td>' in html
    assert "<td colspan" not in html.replace('<td colspan="2"><b>Biroja', "")


def test_the_pack_line_names_title_and_version(library: Library) -> None:
    html = sheet_html(_sheet(library, pack_title="Paka <1>", pack_version="2026.12"))
    assert "Bibliotēka: Paka &lt;1&gt;, versija 2026.12. <i>Lapā apzināti nav klienta vārda" in html


def test_the_strong_warning_counts_strong_signs_across_sets(library: Library) -> None:
    sets = (
        ObservedSet("a", "Pirmais", (_row("1", "Viens", strong=True), _row("2", "Divi")), (), ()),
        ObservedSet("b", "Otrais", (_row("3", "Trīs", strong=True, doc_id="ind-b"),), (), ()),
    )
    html = sheet_html(_sheet(library, sets=sets))
    assert "Būtiskas pazīmes: 2 — rīkojieties tūlīt." in html
    assert '<li>Grupa: Viens <b class="warn">(būtiska pazīme)</b></li>' in html
    assert "<li>Grupa: Divi</li>" in html


def test_a_set_with_nothing_ticked_is_left_out_of_what_was_observed(library: Library) -> None:
    sets = (ObservedSet("a", "Pirmais", (_row("1", "Viens"),), (), ()), ObservedSet("b", "Otrais", (), (), ()))
    observed = sheet_html(_sheet(library, sets=sets)).split("Novērotās pazīmes")[1].split("<h3")[0]
    # One set with ticks: the head names it, the list does not repeat it; the empty one is not a list.
    assert "<b>Pirmais</b>" not in observed and "Otrais" not in observed
    assert observed.count("<ul") == 1 and "Būtiskas" not in observed


def test_no_note_no_note_heading(library: Library) -> None:
    assert "Piezīmes" not in sheet_html(_sheet(library))


def test_next_steps_are_numbered_with_links_as_text(library: Library) -> None:
    sets = (ObservedSet("a", "A", (), ("Zvaniet [112](kb:contact-112).", "Otrais."), ()),)
    html = sheet_html(_sheet(library, sets=sets))
    steps = html.split("Ko darīt tālāk</h3>")[1].split("</ol>")[0]
    assert re.findall(r"<li>(.*?)</li>", steps) == ["Zvaniet 112.", "Otrais."]
    assert "Ko darīt tālāk" not in sheet_html(_sheet(library))


def test_the_local_line_names_the_municipality_only_when_set(library: Library) -> None:
    assert "<b>Pašvaldībā:</b> Sociālais dienests" in sheet_html(_sheet(library, municipality=""))
    assert "<b>Pašvaldībā (Rīga):</b>" in sheet_html(_sheet(library, municipality="Rīga"))


def test_the_by_hand_fields_in_their_order(library: Library) -> None:
    html = sheet_html(_sheet(library))
    by_hand = html.split('<table class="by-hand"')[1]
    assert re.findall(r"<td>(.*?):<br>_+</td>", by_hand) == [
        "Darbinieks, tālrunis",
        "Nosūtīts uz (kam)",
        "Klienta piekrišana (jā / nē)",
        "Nākamā tikšanās",
        "Paraksts",
    ]
    assert html.index("Aizpilda darbinieks:") < html.index('<table class="by-hand"')


def _contact(name: str, *phones: str) -> SheetContact:
    return SheetContact(name, name, tuple(_fact("phone", p) for p in phones), "")


def _columns(html: str) -> list[list[list[str]]]:
    """Per contacts table, per column, the contact names in it."""
    tables = re.findall(r'<table class="contacts".*?</table>', html, re.S)
    return [
        [re.findall(r"<b>(K\d+)</b>", cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", t, re.S)] for t in tables
    ]


def test_eight_contacts_make_one_table_and_a_ninth_starts_the_next(library: Library) -> None:
    eight = [_contact(f"K{i}", "+371 1") for i in range(8)]
    assert [sum(map(len, t)) for t in _columns(sheet_html(_sheet(library, contacts=tuple(eight))))] == [8]
    nine = [*eight, _contact("K8", "+371 1")]
    assert [sum(map(len, t)) for t in _columns(sheet_html(_sheet(library, contacts=tuple(nine))))] == [8, 1]


def test_equal_contacts_split_evenly_and_an_odd_one_goes_left(library: Library) -> None:
    four = tuple(_contact(f"K{i}", "+371 1") for i in range(4))
    assert _columns(sheet_html(_sheet(library, contacts=four))) == [[["K0", "K1"], ["K2", "K3"]]]
    three = four[:3]
    assert _columns(sheet_html(_sheet(library, contacts=three))) == [[["K0", "K1"], ["K2"]]]
    one = four[:1]
    assert _columns(sheet_html(_sheet(library, contacts=one))) == [[["K0"], []]]


def test_a_long_contact_has_a_column_to_itself(library: Library) -> None:
    long = _contact("K0", "+371 " + "1" * 250)  # its number wraps to five lines of a column
    rest = [_contact(f"K{i}", "+371 1") for i in range(1, 4)]
    assert _columns(sheet_html(_sheet(library, contacts=(long, *rest)))) == [[["K0"], ["K1", "K2", "K3"]]]


def test_a_line_of_a_column_holds_60_letters() -> None:
    from kb_app.core.desk.referral import _lines

    # The name's line, the text's lines, and one line of space below.
    assert _lines("K<br>" + "x" * 60) == 3
    assert _lines("K<br>" + "x" * 61) == 4
    assert _lines("<b>K</b><br>" + "&amp;" * 60) == 3  # tags take no room, an entity is one letter


def test_columns_that_come_out_even_either_way_give_the_first_one_more() -> None:
    from kb_app.core.desk.referral import _balanced_split

    # Lines 2, 4, 2: after one contact the columns are 2 and 6, after two 6 and 2; as even either way.
    assert _balanced_split(["a", "a<br>a<br>a", "a"]) == 2
    assert _balanced_split(["a<br>a<br>a", "a", "a"]) == 1
    assert _balanced_split(["a"]) == 1


def test_the_legend_follows_the_contacts_only_with_a_stale_fact(library: Library) -> None:
    stale = SheetContact("K0", "K0", (_fact("phone", "+371 1", source_date="2024-01"),), "")
    html = sheet_html(_sheet(library, contacts=(stale,)))
    assert html.index('<table class="contacts"') < html.index("⚠ — avots") < html.index("Aizpilda darbinieks")
    assert "⚠ — avots" not in sheet_html(_sheet(library, contacts=(_contact("K1", "+371 1"),)))


def test_the_whole_text_of_a_small_sheet_reads_as_printed(library: Library) -> None:
    """Everything the paper says, in order, for a sheet built with only what a caller must give:
    the empty first set leaves no trace in what was observed, a shared step is said once, the
    stale number is marked and the mark explained, and each field left empty is a line to fill in."""
    labels = _sheet(library).labels
    strong = _row("1", "Pazīme", strong=True, doc_id="b")
    sets = (
        ObservedSet("a", "Pirmais", (), ("Solis.",), ()),
        ObservedSet("b", "Otrais", (strong,), ("Solis.", "Otrs solis."), ()),
    )
    with_phone = SheetContact("c", "Ar tālruni", (_fact("phone", "+371 1", source_date="2024-01"),), "")
    without = SheetContact("d", "Bez tālruņa", (_fact("email", "a@b.lv"),), "Rakstiet.")
    html = sheet_html(ReferralSheet(TODAY, "lv", "", "", "Paka", "1", sets, (with_phone, without), labels=labels))
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()
    blank = BLANK
    assert text == (
        f"Nosūtījums: iespējama cilvēku tirdzniecība Pašvaldība: {blank} Datums: 2026-12-01 Dienests: {blank} "
        f"Pazīmju saraksts: Pirmais; Otrais Biroja kontakts: {blank} Bibliotēka: Paka, versija 1. "
        "Lapā apzināti nav klienta vārda un citu personas datu. Novērotās pazīmes "
        "Būtiskas pazīmes: 1 — rīkojieties tūlīt. Grupa: Pazīme (būtiska pazīme) "
        "Ko darīt tālāk Solis. Otrs solis. "
        f"Kam zvanīt Pašvaldībā: Sociālais dienests: {blank} · Bāriņtiesa: {blank} "
        "Ar tālruni Tālr. +371 1 (avots: 2024-01 ⚠) "
        "Bez tālruņa Kā sazināties: Rakstiet. E-pasts a@b.lv (avots: 2026-11) "
        "⚠ — avots vai pēdējā pārbaude vecāka par 12 mēnešiem: pirms paļaujaties, pārbaudiet. "
        f"Aizpilda darbinieks: Darbinieks, tālrunis: {blank} Nosūtīts uz (kam): {blank} "
        f"Klienta piekrišana (jā / nē): {blank} Nākamā tikšanās: {blank} Paraksts: {blank}"
    )
    assert html.count("<table") == 3 and html.count("</table>") == 3  # head, contacts, by hand
    assert "<ol" in html and html.count("<li>") == 3


def test_contacts_from_the_library_bring_their_written_route(library: Library) -> None:
    sheet = build_sheet(library, [r.id for r in library.indicators()])
    routes = {c.id: c.if_no_phone for c in sheet.contacts}
    assert any(routes.values()) and all(isinstance(route, str) for route in routes.values())


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def test_a_case_across_two_sets_with_a_note_and_many_contacts_reads_as_printed(library: Library) -> None:
    labels = _sheet(library).labels
    sets = (
        ObservedSet("a", "Pirmais", (_row("1", "Pazīme 1"),), (), ()),
        ObservedSet("b", "Otrais", (_row("2", "Pazīme 2", doc_id="b"),), (), ()),
    )
    old = "2024-01"
    contacts = (
        *(SheetContact(f"c{i}", f"K{i}", (_fact("phone", f"+371 {i}", source_date=old),), "") for i in range(3)),
        SheetContact(
            "z",
            "Pārbaudīts",
            (_fact("phone", "+371 9", source_date=old, checked_on="2025-01-02", checked_by="Ilze"),),
            "",
        ),
        SheetContact("y", "Bez ceļa", (), ""),
    )
    sheet = ReferralSheet(TODAY, "lv", "", "", "Paka", "1", sets, contacts, note="Pirmā\notrā", labels=labels)
    text = _text(sheet_html(sheet))
    observed = text.split("Novērotās pazīmes ")[1].split(" Kam zvanīt")[0]
    assert observed == "Pirmais Grupa: Pazīme 1 Otrais Grupa: Pazīme 2 Piezīmes Pirmā otrā"
    called = text.split(f"Bāriņtiesa: {BLANK} ")[1].split(" ⚠ — avots")[0]
    assert called == (
        "K0 Tālr. +371 0 (avots: 2024-01 ⚠) K1 Tālr. +371 1 (avots: 2024-01 ⚠) "
        "K2 Tālr. +371 2 (avots: 2024-01 ⚠) Pārbaudīts Tālr. +371 9 (pārbaudīts 2025-01-02 (Ilze) ⚠) "
        "Bez ceļa"
    )
    assert "Pirmā<br>otrā" in sheet_html(sheet)


def test_nothing_ticked_says_so_and_nothing_else(library: Library) -> None:
    text = _text(sheet_html(_sheet(library, sets=(ObservedSet("a", "Pirmais", (), (), ()),))))
    assert text.split("Novērotās pazīmes ")[1].split(" Kam zvanīt")[0] == "Pazīmes nav atzīmētas."
