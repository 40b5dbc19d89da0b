"""The best passage as the snippet (kb_app.core.search.snippets.best_snippet)."""

from __future__ import annotations

import re
from html import unescape

from hypothesis import given, settings
from hypothesis import strategies as st

from kb_app.core.search.snippets import SNIPPET_CHARS, SnippetPart, best_snippet, marked_spans
from kb_app.core.text.analysis import term_for, tokenize


def word(text: str, weight: float = 1.0) -> SnippetPart:
    return SnippetPart(((frozenset({term_for(text.lower(), "latvian")}),),), weight)


def row(*words: str, weight: float = 1.0) -> SnippetPart:
    return SnippetPart((tuple(frozenset({term_for(w.lower(), "latvian")}) for w in words),), weight)


def marks(snippet: str) -> list[str]:
    return re.findall(r"<b>(.*?)</b>", snippet)


def test_the_passage_with_the_rarest_words_wins_over_the_first_with_any() -> None:
    text = (
        "Valsts darba inspekcija ir viena no pirmā kontakta iestādēm. Tā pieņem sūdzības. "
        + "Citi teikumi bez meklētā. " * 10
        + "\nTālrunis: anonīmais uzticības tālrunis — +371 67312176"
    )
    snippet = best_snippet(text, "", [word("darba", 0.2), word("inspekcija", 0.5), word("anonīmi", 3.0)], "latvian")
    assert "67312176" in snippet and marks(snippet) == ["anonīmais"]


def test_the_summary_wins_a_tie_and_the_title_words_do_not_count() -> None:
    summary = "SIVA 3 darba dienu laikā lemj par pakalpojuma piešķiršanu."
    text = "SIVA ir aģentūra. Tā pieņem lēmumu par pakalpojumu un informē sniedzēju."
    parts = [word("SIVA", 3.0), word("lēmums", 1.0), word("termiņš", 2.0)]
    assert "3 darba dienu" in best_snippet(text, summary + " Lēmums.", parts, "latvian")
    # "SIVA" is in the title: the passage with "lēmumu" wins over a second "SIVA".
    snippet = best_snippet(
        "SIVA, SIVA un vēlreiz SIVA.\nTā pieņem lēmumu.",
        "",
        parts,
        "latvian",
        title="Sociālās integrācijas valsts aģentūra (SIVA)",
    )
    assert marks(snippet) == ["lēmumu"]


def test_a_multi_word_synonym_is_one_mark_and_only_in_a_row() -> None:
    part = SnippetPart((row("valsts", "darba", "inspekcija").alternatives[0], (frozenset({"vdi"}),)), 2.0)
    text = "Valsts policija un darba devējs. Sūdzību pieņem Valsts darba inspekcija (VDI)."
    snippet = best_snippet(text, "", [part], "latvian")
    assert marks(snippet) == ["Valsts darba inspekcija", "VDI"]


def test_a_whole_page_is_marked_as_a_snippet_is() -> None:
    """The reader's marks (snippets.marked_spans): every match on the page however long, a
    multi-word synonym as one span, its words alone never, an unmarked question word neither."""
    part = SnippetPart((row("valsts", "darba", "inspekcija").alternatives[0], (frozenset({"vdi"}),)), 2.0)
    quiet = SnippetPart(word("kur").alternatives, 0.05, mark=False)
    text = "Kur? " + "Teksts bez tā. " * 20_000 + "Valsts policija un darba devējs. Valsts darba inspekcija (VDI)."
    spans = marked_spans(text, [part, quiet], "latvian")
    assert [text[a:b] for a, b in spans] == ["Valsts darba inspekcija", "VDI"]
    assert marked_spans(text, [], "latvian") == []
    # A piece of an address is no word of the text: "vp" of www.vp.gov.lv is not marked, here or
    # in a snippet; the abbreviation standing on its own is.
    vp = SnippetPart(((frozenset({"vp"}),),), 1.0)
    text = "Valsts policija (VP). Raksti: pasts@vp.gov.lv, www.vp.gov.lv vai VP.\nVP"
    assert [text[a:b] for a, b in marked_spans(text, [vp], "latvian")] == ["VP", "VP", "VP"]
    assert marks(best_snippet(text, "", [vp], "latvian")) == ["VP", "VP", "VP"]


def test_a_labelled_fact_line_is_preferred() -> None:
    text = "Uzticības tālrunis darbojas kopš 2013. gada.\nTālrunis: uzticības tālrunis — +371 28612120"
    assert "28612120" in best_snippet(text, "", [word("tālrunis", 0.4)], "latvian")


def test_a_huge_text_costs_its_first_matches_only() -> None:
    text = "Teksts. " * 20_000 + "Pase ir pie darba devēja."
    assert best_snippet(text, "", [word("pase")], "latvian") == ""  # beyond the scanned part


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=600),
    st.lists(st.sampled_from(["pase", "darba", "devējs", "tālrunis", "<b>", "ā"]), min_size=1, max_size=4),
)
def test_any_text_gives_escaped_whole_word_marks(text: str, words: list[str]) -> None:
    parts = [word(w) for w in words if term_for(w, "latvian")]
    snippet = best_snippet(text, "", parts, "latvian")
    assert len(unescape(re.sub(r"</?b>", "", snippet))) <= 3 * SNIPPET_CHARS + 10
    assert "<" not in re.sub(r"</?b>", "", snippet)  # everything but the marks is escaped
    wanted = {p.alternatives[0][0] for p in parts}
    for mark in marks(snippet):
        terms = [t.term for t in tokenize(unescape(mark), "latvian")]
        assert len(terms) == 1 and any(terms[0] in w for w in wanted), (mark, snippet)


def test_controls_and_bidi_overrides_never_reach_a_snippet() -> None:
    text = "Pase\u202e ir pie \x1b[31mdarba\u2066 devēja.\u200f\nTālrunis: +371 1"
    snippet = best_snippet(text, "", [word("pase")], "latvian")
    assert snippet == "<b>Pase</b> ir pie [31mdarba devēja. Tālrunis: +371 1"  # lines keep a space
