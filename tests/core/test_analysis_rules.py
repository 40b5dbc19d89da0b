"""The analyzers' smaller rules, one by one: folding of letters that do not decompose, the stem
overrides, stop and question words, the registry's names and a language's own folds (what
mutation testing found unchecked)."""

from __future__ import annotations

import pytest

from kb_app.core.text.analysis import (
    ANALYZERS,
    analysis_lang,
    analyze_word,
    analyzer_for,
    declared_folds,
    fold,
    fold_prefix,
    is_analyzer,
    is_english_word,
    is_latvian_word,
    lv_type_words,
    normalize,
    term_for,
    terms_and_words,
    terms_text,
    tokenize,
    with_folds,
)
from kb_app.core.text.search_words import analyzer_words


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Łódź", "lodz"),
        ("Øre", "ore"),
        ("Đakovo", "dakovo"),
        ("Straße", "strasse"),
        ("æble", "aeble"),
        ("œuvre", "oeuvre"),
        ("ŀl", "ll"),
        ("ħaġa", "haga"),
        ("ılık", "ilik"),
        ("þing", "thing"),
        ("blóð", "blod"),
        ("ŧ", "t"),
        ("ŋ", "n"),
        ("ƒ", "f"),
        ("ɨ", "i"),
        ("ʉ", "u"),
        ("ǿ", "o"),
        ("Ёлка", "елка"),
        ("Bāriņtiesa", "barintiesa"),
        ("ABC", "abc"),
    ],
)
def test_fold_writes_a_word_as_typed_without_diacritics(written: str, typed: str) -> None:
    assert fold(written) == typed


def test_fold_keeps_the_short_i_of_cyrillic() -> None:
    assert fold("Новый") == "новый" and fold("й") == "й"


@pytest.mark.parametrize(
    ("forms", "term"),
    [
        (("sieviešu", "sieviete"), "sieviet"),
        (("vīrieši", "vīrietis"), "viriet"),
        (("iestāžu", "iestāde"), "iestad"),
        (("klienšu", "kliente"), "klient"),
        (("brīžu", "brīdis"), "brid"),
    ],
)
def test_the_stem_overrides_join_what_the_stemmer_leaves_split(forms: tuple[str, ...], term: str) -> None:
    assert [analyze_word(f, "latvian") for f in forms] == [term] * len(forms)


@pytest.mark.parametrize("word", ["a", "an", "the", "and", "there", "your", "yet", "were", "been", "with"])
def test_english_stopwords_have_no_term_and_count_as_english(word: str) -> None:
    assert analyze_word(word, "english") == ""
    assert is_english_word(word) and analyzer_words("english").is_question(word)


def test_english_content_words_are_stemmed_and_question_words_kept() -> None:
    assert [term_for(w, "english") for w in ("victims", "what", "how", "help")] == ["victim", "what", "how", "help"]
    english = analyzer_words("english")
    assert english.is_question("what") and english.is_question("help") and is_english_word("how")
    assert not is_english_word("victim") and not english.is_question("victim")


def test_latvian_question_words_weigh_nothing_with_or_without_diacritics() -> None:
    latvian = analyzer_words("latvian")
    assert latvian.is_question("kā") and latvian.is_question("ka") and latvian.is_question("ko")
    assert latvian.is_question("un")  # a stopword asks nothing either
    assert not latvian.is_question("policija")


def test_a_latvian_letter_makes_a_word_latvian() -> None:
    assert [is_latvian_word(w) for w in ("māja", "čeks", "ģimene", "ķermenis", "šis", "žogs", "house")] == [
        True,
        True,
        True,
        True,
        True,
        True,
        False,
    ]


def test_type_words_name_each_kind_of_document() -> None:
    words = lv_type_words()
    assert set(words) >= {"scenario", "contact", "indicators"}
    assert analyze_word("tālrunis", "latvian") in words["contact"]
    assert analyze_word("gadījumi", "latvian") in words["scenario"]
    assert not any("#" in name or "#" in t for name, terms in words.items() for t in terms)  # comments skipped


def test_normalize_is_nfc_and_lower_case() -> None:
    assert normalize("TIRDZNIECI\u0304BA") == "tirdzniecība"
    assert normalize("Ba\u0304ri") == "bāri"


def test_a_language_s_own_folds_travel_with_the_analyzer_name() -> None:
    name = with_folds("plain", {"ø": "oe"})
    assert name != "plain" and is_analyzer(name) and declared_folds(name) == {"ø": "oe"}
    assert with_folds("plain", {}) == "plain" and declared_folds("plain") == {}
    # One declaration, one name, whatever order country.yaml lists the folds in.
    assert with_folds("plain", {"ø": "oe", "å": "aa"}) == with_folds("plain", {"å": "aa", "ø": "oe"})
    analyzer = analyzer_for(name)
    assert analyzer.term("Søren") == "soeren" and analyzer_for("plain").term("Søren") == "soren"
    assert analyzer.version == analyzer_for("plain").version + "+folds"
    assert fold_prefix("Sø", name) == "soe" and fold_prefix("Sø") == "so"


def test_the_registry_knows_its_analyzers_and_snowball_languages() -> None:
    assert set(ANALYZERS) == {"latvian", "english", "plain"}
    assert is_analyzer("snowball:lithuanian") and not is_analyzer("snowball:klingon")
    assert not is_analyzer("lithuanian") and not is_analyzer("snowball:")
    lithuanian = analyzer_for("snowball:lithuanian")
    assert lithuanian.name == "snowball:lithuanian" and lithuanian.term("vertėjų") == lithuanian.term("verteju")
    with pytest.raises(ValueError) as unknown:
        analyzer_for("klingon")
    assert str(unknown.value) == "unknown analyzer 'klingon'"
    with pytest.raises(ValueError, match="unknown analyzer"):
        analyzer_for("klingon folds {}")


def test_a_language_code_without_a_declaration_gets_its_own_analyzer_or_plain() -> None:
    assert [analysis_lang(code) for code in ("lv", "en", "lt", None)] == ["latvian", "english", "plain", "plain"]
    assert term_for("tirdzniecības", "lv") == "tirdzniecib" and term_for("Ūdens", "lt") == "udens"


def test_stopwords_take_no_position_and_tokens_keep_their_place() -> None:
    tokens = list(tokenize("Bērni un vecāki", "latvian"))
    assert [(t.term, t.pos, t.start, t.end) for t in tokens] == [("bern", 0, 0, 5), ("vecak", 1, 9, 15)]
    assert terms_text("Bērni un vecāki", "latvian") == "bern vecak"
    assert analyze_word("Bērni un vecāki", "latvian") == "bern vecak"  # what kb-app analyze prints


def test_the_first_word_seen_names_each_new_term() -> None:
    words = {"vecak": "kept"}
    assert terms_and_words("Bērniem un bērni, vecāki", "latvian", words) == "bern bern vecak"
    assert words == {"vecak": "kept", "bern": "bērniem"}
