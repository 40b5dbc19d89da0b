"""The Latvian stemmer against its specification, and the analyzer's diacritic-insensitivity."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kb_app.core.text.analysis import analyze_word, lv_stopwords, terms_text, tokenize
from kb_app.core.text.stemmer_lv import fold, stem, stem_folded

SPEC_EXAMPLES = {
    # §3 quirks and limits
    "strie": "str",
    "brie": "bri",
    "usa": "usa",
    "60ms": "60ms",
    "": "",
    # §4 un-palatalization
    "rīkšu": "rīkst",
    "piņņu": "pinn",
    "kurmji": "kurm",
    "govju": "gov",
    "krāšņu": "krāsn",
    "zvaigžņu": "zvaigzn",
    "kāpšļu": "kāpsl",
    "zižļu": "zizl",
    "viļņu": "viln",
    "leļļu": "lell",
    "lāči": "lāc",
    "bēgļi": "bēgl",
    "akmeņi": "akmen",
    "piņņi": "piņn",
    "rīkši": "rīkš",
    # §4 consequences: what the algorithm deliberately leaves split
    "sieviešu": "sievieš",
    "sieviete": "sieviet",
    "iestāžu": "iestāž",
    "vīrieši": "vīrieš",
    "vīrietis": "vīriet",
    # §7 domain words
    "cilvēks": "cilvēk",
    "cilvēku": "cilvēk",
    "cilvēkiem": "cilvēk",
    "tirdzniecība": "tirdzniecīb",
    "tirdzniecības": "tirdzniecīb",
    "tirdzniecību": "tirdzniecīb",
    "ekspluatācija": "ekspluatācij",
    "bāriņtiesa": "bāriņties",
    "pašvaldība": "pašvaldīb",
    "sociālais": "sociāl",
    "sociālā": "sociāl",
    "sociālie": "sociāl",
    "cietušais": "cietuš",
    "cietušā": "cietuš",
    "cietušo": "cietuš",
    "cietušie": "cietuš",
    "bēglis": "bēgl",
    "tālrunis": "tālrun",
    "tālruņa": "tālrun",
}


@pytest.mark.parametrize(("word", "expected"), sorted(SPEC_EXAMPLES.items()))
def test_stemmer_matches_specification(word: str, expected: str) -> None:
    assert stem(word) == expected


# The index stems folded text (stem_folded): each example folded gives its stem folded, except
# where un-palatalization needs a letter folding removed (kš → kst: "riksu" reads as riks + u).
FOLDED_SPEC_DIFFERS = {"rīkšu": "riks"}


@pytest.mark.parametrize(("word", "expected"), sorted(SPEC_EXAMPLES.items()))
def test_folded_stemmer_matches_the_specification_folded(word: str, expected: str) -> None:
    assert stem_folded(fold(word)) == FOLDED_SPEC_DIFFERS.get(word, fold(expected))


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("sievietēm", "sievietem"),
        ("labajās", "labajas"),
        ("darbā", "darba"),
        ("bērniem", "berniem"),
        ("tirdzniecība", "tirdznieciba"),
        ("bāriņtiesās", "barintiesas"),
        ("ekspluatācijā", "ekspluatacija"),
        ("cietušajiem", "cietusajiem"),
        ("pašvaldībām", "pasvaldibam"),
        ("vīriešiem", "viriesiem"),
    ],
)
def test_written_and_diacritic_free_spelling_give_one_term(written: str, typed: str) -> None:
    assert analyze_word(written, "latvian") == analyze_word(typed, "latvian") != ""


@pytest.mark.parametrize(
    "forms",
    [
        ("tirdzniecība", "tirdzniecības", "tirdzniecību", "TIRDZNIECĪBA", "tirdznieciba"),
        ("sieviete", "sievietes", "sieviešu", "sievietēm", "sieviesu"),
        ("vīrietis", "vīrieši", "vīriešu", "vīrietim"),
        ("iestāde", "iestādes", "iestāžu"),
        ("cietušais", "cietušā", "cietusī", "cietušie", "cietušajiem"),
        ("bāriņtiesa", "bāriņtiesas", "bāriņtiesu", "bāriņtiesā"),
    ],
)
def test_inflected_forms_meet_in_one_term(forms: tuple[str, ...]) -> None:
    assert len({analyze_word(f, "latvian") for f in forms}) == 1


def test_stopwords_have_no_term_with_or_without_diacritics() -> None:
    assert len(lv_stopwords()) >= 150
    for word in ("un", "arī", "ari", "bet", "par", "būt", "but"):
        assert analyze_word(word, "latvian") == ""


def test_english_words_get_english_stemming() -> None:
    assert analyze_word("trafficking", "en") == analyze_word("trafficked", "en") == "traffick"
    assert analyze_word("the", "en") == ""


def test_nfd_input_is_one_word() -> None:
    nfd = "tirdzniec\u0131\u0304ba".replace("\u0131", "i")  # i + combining macron
    assert analyze_word(nfd, "latvian") == analyze_word("tirdzniecība", "latvian")


def test_tokens_carry_offsets_into_the_text() -> None:
    text = "Cilvēku tirdzniecība ir noziegums."
    tokens = list(tokenize(text, "latvian"))
    assert [text[t.start : t.end] for t in tokens] == ["Cilvēku", "tirdzniecība", "noziegums"]
    assert [t.pos for t in tokens] == [0, 1, 2]


@given(st.text())
def test_analysis_never_raises_and_terms_are_lowercase_and_folded(text: str) -> None:
    # A known word after the text: whatever comes before it, it still gets its own term.
    terms = terms_text(f"{text} Tirdzniecības", "latvian").split()
    assert terms[-1] == "tirdzniecib"
    assert [fold(term.lower()) for term in terms] == terms
    assert all(stem_folded(term) for term in terms)


@given(st.text(alphabet="aābcčdeēfgģhiījkķlļmnņoprsštuūvzž", min_size=1, max_size=20))
def test_folded_stemming_agrees_with_folding_the_written_stem_for_plain_suffixes(word: str) -> None:
    # Whatever the spelling, the term of a word and of its diacritic-free form are equal.
    assert analyze_word(word, "latvian") == analyze_word(fold(word), "latvian")


def test_stemmer_rows_by_last_letter_keep_the_table_order() -> None:
    """The stemmer looks only at the rows ending in the token's last letter; in each group the
    rows keep the specification's order, so the first row that matches is the one it would be."""
    from kb_app.core.text import stemmer_lv

    for table, grouped in (
        (stemmer_lv._AFFIXES, stemmer_lv._AFFIXES_BY_LAST),
        (stemmer_lv._FOLDED_AFFIXES, stemmer_lv._FOLDED_AFFIXES_BY_LAST),
    ):
        assert sorted(row for rows in grouped.values() for row in rows) == sorted(table)
        for letter, rows in grouped.items():
            assert list(rows) == [row for row in table if row[0].endswith(letter)]


# -- folding for any Latin or Cyrillic script (issue 24) ------------------------------------------

EVERY_ANALYZER = (
    "latvian",
    "english",
    "plain",
    "snowball:lithuanian",
    "snowball:russian",
    "snowball:polish" if "polish" in __import__("snowballstemmer").algorithms() else "snowball:german",
)
# Not İ: its lower case is i and a combining dot that no letter composes with, and words split at
# combining marks (analysis.WORD_RE) whether folded or not.
LATIN_AND_CYRILLIC = st.characters(
    min_codepoint=0x41, max_codepoint=0x24F, categories=("Lu", "Ll"), exclude_characters="İ"
) | st.characters(min_codepoint=0x400, max_codepoint=0x4FF, categories=("Lu", "Ll"))


@pytest.mark.parametrize("analyzer", EVERY_ANALYZER)
@given(word=st.text(LATIN_AND_CYRILLIC, min_size=1, max_size=14))
def test_a_word_and_its_diacritic_free_spelling_give_one_term_in_every_analyzer(analyzer: str, word: str) -> None:
    from kb_app.core.text.analysis import fold as fold_any
    from kb_app.core.text.analysis import normalize

    assert analyze_word(word, analyzer) == analyze_word(fold_any(normalize(word)), analyzer)


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("vertėjas", "vertejas"),
        ("vertėjų", "verteju"),
        ("savivaldybė", "savivaldybe"),
        ("prekybą", "prekyba"),
        ("žmonių", "zmoniu"),
        ("įstaiga", "istaiga"),
    ],
)
def test_lithuanian_letters_fold(written: str, typed: str) -> None:
    assert analyze_word(written, "snowball:lithuanian") == analyze_word(typed, "snowball:lithuanian") != ""


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Łódź", "lodz"),
        ("Straße", "strasse"),
        ("Ørsted", "orsted"),
        ("Đakovo", "dakovo"),
        ("Æble", "aeble"),
        ("Ślęża", "sleza"),
        ("ёлка", "елка"),
    ],
)
def test_letters_that_do_not_decompose_fold_by_the_table(written: str, typed: str) -> None:
    assert analyze_word(written, "plain") == analyze_word(typed, "plain") == typed


def test_the_short_i_of_cyrillic_stays_a_letter() -> None:
    # Folded to и it would hide the endings -ый, -ой from the Russian stemmer.
    assert analyze_word("новый", "snowball:russian") == analyze_word("новая", "snowball:russian") == "нов"
    assert analyze_word("край", "plain") == "край"


def test_a_language_declares_its_own_folds() -> None:
    from kb_app.core.text.analysis import fold_prefix, with_folds

    german = with_folds("plain", {"ä": "ae", "ö": "oe", "ü": "ue"})
    assert analyze_word("Müller", german) == analyze_word("Mueller", german) == "mueller"
    assert analyze_word("Muller", german) == "muller"
    assert fold_prefix("Mül", german) == "muel"
    assert with_folds("plain", {}) == "plain"


def test_latvian_terms_are_what_they_were() -> None:
    # Folding is now Unicode's for every script; for Latvian letters it must give what the
    # Latvian table gave, or every installed Latvian index would answer differently.
    from kb_app.core.text.analysis import fold as fold_any

    latvian = "aābcčdeēfgģhiījkķlļmnņoprsštuūvzžōŗ"
    assert fold_any(latvian) == fold(latvian)
    assert [analyze_word(w, "latvian") for w in ("tirdzniecības", "sievietēm", "iestāžu", "Ventspilī")] == [
        "tirdzniecib",
        "sieviet",
        "iestad",
        "ventspil",
    ]
