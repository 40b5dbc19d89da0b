"""The desk situations issue 22 found missing from the library, and the 2018 statistics conflict.

Like `test_knowledge_content.py`, the files are read with PyYAML, independently of `kb_app`, so that a
loader bug cannot hide a missing document; only the desk questions at the end go through the app's
own build and search, as a worker's would.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from kb_app.core.content.knowledge import load_knowledge
from kb_app.core.library.library_db import Library
from kb_app.core.packs.build import build_library_dir

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


def _read(path: Path) -> tuple[dict, str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    end = lines.index("---", 1)
    return yaml.safe_load("\n".join(lines[1:end])), "\n".join(lines[end + 1 :])


def _table_row(body: str, first_cell: str) -> str:
    rows = [line for line in body.split("\n") if line.startswith(f"| {first_cell} |")]
    assert len(rows) == 1, f"no single table row for {first_cell}"
    return rows[0]


def test_statistics_say_which_count_the_2018_row_uses():
    """delfi.lv gives 23 identified victims for 2018, the Interior Ministry 26 'victims/injured parties':
    the table keeps one and names the other as a different count, so nobody reads a typo."""
    meta, body = _read(KNOWLEDGE / "articles" / "statistika.md")
    row = _table_row(body, "2018")
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1] == "23"
    assert "formāli identificēt" in cells[2]
    assert "26" in cells[2] and "cits skaits" in cells[2]
    assert "IeM" in cells[2]
    assert any("iem.gov.lv" in s and "2021-2023" in s for s in meta["sources"])
    # The lead says what the table counts, for every row.
    lead = body.split("## Pa gadiem")[0]
    assert re.search(r"formāli\)? identificētie upuri", lead)


# --- The eight desk situations ---------------------------------------------------------------------

DOMAIN = next(
    (p for p in (KNOWLEDGE.parents[1] / "shared" / "domain", KNOWLEDGE.parents[2] / "shared" / "domain") if p.is_dir()),
    None,
)

# Each situation of issue 22, most frequent first, and the document that answers it.
SITUATIONS = {
    "art-atgriesanas-no-arzemem": "a Latvian returning from the UK, Ireland, Germany or the Nordics",
    "art-viriesim-vieta-sonakt": "a man who needs a safe place tonight",
    "art-lauksaimnieciba-un-sezonas-darbs": "agriculture, seasonal and food-plant work",
    "art-invaliditate-un-aizgadniba": "a victim with an intellectual disability or under guardianship",
    "art-salmu-viri": "homeless people or people with addictions used as 'straw men'",
    "art-beigusies-vize-patveruma-mekletaji": "an expired visa, fear of detention, asylum seekers",
    "art-tiessaiste-pieaugusie": "adults recruited online: sextortion, webcam work, a partner who pimps",
    "art-lgbt-upuri": "LGBT victims",
}
# Who can lead a part of the case: the "who leads" section must name at least one of them.
LEADERS = ("sociālais dienests", "Valsts policija", "NVO sniedzējs", "bāriņtiesa", "VDI", "PMLP", "robežsardze")


def _documents() -> dict[str, tuple[Path, dict, str]]:
    docs = {}
    for path in sorted(KNOWLEDGE.rglob("*.md")):
        if path.name != "README.md":
            meta, body = _read(path)
            docs[meta["id"]] = (path, meta, body)
    return docs


DOCS = _documents()


def _section(body: str, heading: str) -> str:
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", body, flags=re.M | re.S)
    assert match, f"no '## {heading}' section"
    return match.group(1)


def _worker_facing(meta: dict, body: str) -> str:
    shown = {k: v for k, v in meta.items() if k != "trainer_notes"}
    return body + "\n" + yaml.safe_dump(shown, allow_unicode=True)


@pytest.mark.parametrize("doc_id", SITUATIONS)
def test_each_situation_has_a_sourced_latvian_document_with_open_questions_for_trainers(doc_id: str) -> None:
    _, meta, body = DOCS[doc_id]
    assert meta["type"] == "article" and meta["lang"] == "lv"
    assert len(meta.get("sources") or []) >= 5, "too few sources"
    assert meta.get("trainer_notes"), "what the sources do not settle belongs in trainer_notes"
    assert len(body.split()) > 300, "too thin to act on"
    for target in re.findall(r"\(kb:([a-z0-9-]+)", body) + list(meta.get("related") or []):
        assert target in DOCS, f"link to a missing document {target}"


@pytest.mark.parametrize("doc_id", SITUATIONS)
def test_each_situation_says_who_leads_the_case_and_whom_to_call(doc_id: str) -> None:
    _, _, body = DOCS[doc_id]
    leads = _section(body, "Kas vada gadījumu")
    assert "vada" in leads
    assert any(leader.lower() in leads.lower() for leader in LEADERS), leads
    calls = _section(body, "Kam zvanīt")
    contacts = re.findall(r"\(kb:(contact-[a-z0-9-]+)\)", calls)
    assert len(set(contacts)) >= 3, calls
    assert all(DOCS[c][1]["type"] == "contact" for c in contacts)
    # Every situation starts with a specialised NGO, whatever else it needs.
    assert {"contact-drosa-maja", "contact-centrs-marta"} & set(contacts)


def test_the_man_tonight_has_an_english_version_like_the_after_hours_article() -> None:
    """The after-hours article has an English version, so its companion for men has one too."""
    _, meta, latvian = DOCS["art-viriesim-vieta-sonakt"]
    _, english, body = DOCS[meta["translation"]]
    assert english["lang"] == "en" and english["translation"] == "art-viriesim-vieta-sonakt"
    assert "vada" not in _section(body, "Who leads the case")  # written in English, not copied
    assert "consent" in _section(body, "Who leads the case")
    contact = r"\(kb:(contact-[a-z0-9-]+)\)"
    calls = set(re.findall(contact, _section(body, "Whom to call")))
    assert calls == set(re.findall(contact, _section(latvian, "Kam zvanīt")))
    assert english["sources"] == meta["sources"]


@pytest.mark.skipif(DOMAIN is None, reason="shared/domain is not beside the repository")
@pytest.mark.parametrize("doc_id", [*SITUATIONS, "art-statistika"])
def test_every_source_is_one_the_research_files_cite(doc_id: str) -> None:
    """The documents are written from FACTS*.md: a source that the research never read is a made-up one."""
    assert DOMAIN is not None
    research = "".join(p.read_text(encoding="utf-8") for p in sorted(DOMAIN.glob("FACTS*.md")))
    for source in DOCS[doc_id][1]["sources"]:
        url = source.split(" ")[0]
        assert url in research, f"{doc_id}: {url}"


def _lines(doc_ids: list[str] | dict[str, str]) -> list[tuple[str, str]]:
    return [(d, line) for d in doc_ids for line in _worker_facing(*DOCS[d][1:]).split("\n")]


def test_what_the_sources_leave_open_is_never_told_to_the_worker_as_certain() -> None:
    lines = _lines(SITUATIONS)
    assert len({doc_id for doc_id, _ in lines}) == len(SITUATIONS)
    for doc_id, line in lines:
        low = line.lower()
        # The reflection period's length in the law in force is unknown (FACTS-ADDENDUM-2 6.1).
        assert not re.search(r"pārdomu period\w*\D{0,60}\d+\s*(dien|mēneš)", low), (doc_id, line)
        # The police separation order: 8 days or 8 working days, sources differ (7.1).
        assert not re.search(r"nošķir\w*\D{0,80}\d+\s*(darba\s*)?dien", low), (doc_id, line)
        # Drošā māja's hotline hours are disputed: no line may promise it at night.
        if "28612120" in line or "drošā māja" in low or "drošajai mājai" in low:
            assert "diennakt" not in low, (doc_id, line)
        # Nobody found in which languages 116006 answers (9b).
        if "116006" in line:
            assert not re.search(r"krievisk|anglisk|russian|english", low), (doc_id, line)
        # Criminal Law s. 315 (failure to report) was never read: no document may lean on it.
        assert "315" not in line, (doc_id, line)


@pytest.mark.parametrize("doc_id", SITUATIONS)
def test_reporting_an_adult_to_the_police_is_said_with_consent(doc_id: str) -> None:
    """Issue 22: 'report to the police' must not read as reporting over the person's objection; the
    documents say it the way the data-protection article does: consent, or a basis a lawyer confirms."""
    leads = " ".join(_section(DOCS[doc_id][2], "Kas vada gadījumu").split())
    assert re.search(r"policij.*piekrišan\w* vai (tad, )?ja jurists apstiprina", leads), leads


# --- Desk questions: what a worker types, and the situation document it must bring into the top 3 ----
# Three per document in each round: a question, a burst of keywords, and one typed without diacritics.
# Round 1 was written with the documents; round 2 was written before looking at the results (three
# misses led to new tags: "zemenes", "aizbildnis", "deportācija"); round 3 was held out after that
# change (two misses for the men's document led to "patvērums", "bezpajumtnieks", "drošība" in tags).
DESK_QUERIES: dict[str, list[str]] = {
    "art-atgriesanas-no-arzemem": [
        "Klients atgriezies no Anglijas bez pases, ko darīt?",
        "atgriešanās apliecība pase pazaudēta ārzemēs",
        "atgriezas no irijas bezdarbnieka pabalsts U2",
        "latvietis strādāja Lielbritānijā rūpnīcā, tagad atbraucis mājās bez naudas",
        "nav dokumentu atbraucis no Vācijas",
        "atgriezies no norvegijas paradi",
        "atbraucis no Somijas bez pases un naudas",
        "vēstniecība izsniedz pagaidu dokumentu atgriezties",
        "deklareta dzivesvieta pec atgriesanas",
    ],
    "art-viriesim-vieta-sonakt": [
        "Kur vīrietis var palikt šonakt?",
        "naktspatversme vīrietim krīzes centrs",
        "viriesu patversme sonakt",
        "vīrietim nav kur gulēt",
        "naktsmājas vīriešiem ārpus Rīgas",
        "kur izmitinat viriesi nakti",
        "bezpajumtnieks vīrietis drošība nakts",
        "patvērums vīriešiem cilvēku tirdzniecība",
        "kur naksnot viriesim Liepaja",
    ],
    "art-lauksaimnieciba-un-sezonas-darbs": [
        "Ko darīt, ja sezonas strādnieki fermā nesaņem algu?",
        "lauksaimniecība sezonas darbs viesstrādnieki vīza",
        "ogu lasisana somija",
        "strādnieki no Uzbekistānas zemnieku saimniecībā",
        "zivju cehs strādnieki ieslēgti",
        "zemenu lasitaji bez algas",
        "fermā strādnieki dzīvo pie kūts bez algas",
        "sezonas vīza konkrēts darba devējs",
        "kudras purvs kirgizi",
    ],
    "art-invaliditate-un-aizgadniba": [
        "Cietušajam ir garīga rakstura traucējumi — vai vajag aizgādņa piekrišanu?",
        "aizgādnība bāriņtiesa rīcībspēja upuris",
        "intelektualas attistibas traucejumi grupu maja vervetaji",
        "cilvēks ar invaliditāti, kuru izmanto radinieki",
        "aizbildnis ņem pensiju",
        "psihiski slims upuris piekrisana",
        "pieaugušais ar garīgiem traucējumiem aizvests uz ārzemēm",
        "atbalsta persona lēmumu pieņemšanā",
        "ricibspejas ierobezojums cietusais kriminalprocess",
    ],
    "art-salmu-viri": [
        "Uz bezpajumtnieka vārda paņemti kredīti, ko darīt?",
        "salmu vīrs uzņēmums valdes loceklis atkarības",
        "naudas mulis bezpajumtnieks konts",
        "cilvēku izmanto kā fiktīvu direktoru",
        "alkoholiķis parakstījis kredītu līgumus",
        "bomzis uznemums registrets uz vina varda",
        "uz viņa vārda atvērts bankas konts",
        "valdes loceklis nodokļu parāds bezpajumtnieks",
        "atkarigais kreditu parads krapnieki",
    ],
    "art-beigusies-vize-patveruma-mekletaji": [
        "Ārzemniekam beigusies vīza, viņš baidās, ka viņu aizturēs",
        "izbraukšanas rīkojums robežsardze aizturēšana patvēruma meklētājs",
        "beigusies viza patveruma mekletajs mucenieki",
        "nelegāls imigrants baidās no deportācijas",
        "uzturēšanās atļauja beigusies strādniekam",
        "patveruma mekletajs pameta centru",
        "trešās valsts pilsonis bez dokumentiem baidās no robežsardzes",
        "Mucenieku centrs patvēruma meklētāji",
        "izbrauksanas rikojums PMLP",
    ],
    "art-tiessaiste-pieaugusie": [
        "Sievieti šantažē ar intīmām bildēm internetā, ko darīt?",
        "partneris liek pārdot seksu loverboy vardarbība",
        "darbs pie webcam izspiesana",
        "draugs liek sniegt seksa pakalpojumus",
        "intīmas fotogrāfijas izspiež naudu",
        "virs liek stradat prostitucija",
        "sekstorcija pieaugušais",
        "vīrs ņem naudu par prostitūciju",
        "timekla kameras studija darbs",
    ],
    "art-lgbt-upuri": [
        "Kā palīdzēt gejam, kurš varētu būt cilvēku tirdzniecības upuris?",
        "LGBT transpersona patversme",
        "homoseksuals upuris diskriminacija",
        "gejs vīrietis ekspluatācija",
        "transpersona drošs izmitinājums",
        "lesbiete cilveku tirdznieciba",
        "LGBTI cilvēks patversmē nav drošs",
        "seksuālā orientācija upuris",
        "transpersona nakts patversme",
    ],
    # In English, for the English version (written with it).
    "art-safe-place-tonight-man": [
        "where can a man stay tonight",
        "night shelter for men outside Riga",
        "male victim safe accommodation",
        "homeless man no declared residence",
    ],
}


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    dest = tmp_path_factory.mktemp("situations") / "lib"
    build_library_dir(load_knowledge(KNOWLEDGE), dest)
    return Library(dest)


@pytest.mark.parametrize(("doc_id", "query"), [(d, q) for d, qs in DESK_QUERIES.items() for q in qs])
def test_a_worker_finds_the_situation_in_the_top_three(library: Library, doc_id: str, query: str) -> None:
    top3 = [hit.id for hit in library.search(query, limit=3).hits]
    assert doc_id in top3, f"{query!r}: {top3}"
