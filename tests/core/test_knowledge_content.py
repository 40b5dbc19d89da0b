"""The shipped library (`knowledge/`) keeps the minimums issue 3 asks for.

The files are parsed here with PyYAML on purpose, independently of `kb_app`, so that a bug in the
loader cannot hide a shrinking library (and the checker has its own tests).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
KNOWLEDGE = REPO / "knowledge"
# The fact sheets sit in `shared/` beside the repository, or beside the folder of its worktrees.
DOMAIN = next(
    (p / "shared" / "domain" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()),
    REPO.parent / "shared" / "domain",
)
FACTS = DOMAIN / "FACTS.md"
ADDENDUM = DOMAIN / "FACTS-ADDENDUM.md"
ADDENDUM_2 = DOMAIN / "FACTS-ADDENDUM-2.md"
SOURCE_DATE = re.compile(r"^(\d{4}-\d{2}(-\d{2})?|undated)$")
# Words of an audit log, not of advice: they belong in `trainer_notes`, never in what a worker reads.
AUDIT_PHRASES = (
    "neapstiprina",
    "pārbaudīts pret avot",
    "pārbaudīti pret avot",
    "pārbaudīta pret avot",
    "verified against",
    "sources do not confirm",
    "not confirmed by the sources",
)

# The key articles that must also exist in English (issue 3, item 4).
KEY_ARTICLES = (
    "art-kas-ir-cilvektirdznieciba",  # definition
    "art-atpazisana-soli-pa-solim",  # identification steps
    "art-nosutisana-palidzibai",  # referral
    "art-cietuso-tiesibas",  # rights
    "art-socialas-rehabilitacijas-pakalpojums",  # rehabilitation service
)


def _load_documents() -> dict[str, tuple[Path, dict, str]]:
    docs: dict[str, tuple[Path, dict, str]] = {}
    for path in sorted(KNOWLEDGE.rglob("*.md")):
        if path == KNOWLEDGE / "README.md":
            continue
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        assert lines[0] == "---", f"{path}: no front matter"
        end = lines.index("---", 1)
        meta = yaml.safe_load("\n".join(lines[1:end]))
        body = "\n".join(lines[end + 1 :])
        assert isinstance(meta, dict), f"{path}: front matter is not a mapping"
        assert meta["id"] not in docs, f"{path}: duplicate id {meta['id']}"
        docs[meta["id"]] = (path, meta, body)
    return docs


DOCS = _load_documents()


def _of_type(doc_type: str, lang: str | None = None) -> list[dict]:
    return [m for _, m, _ in DOCS.values() if m["type"] == doc_type and (lang is None or m["lang"] == lang)]


def _indicator_ids() -> list[str]:
    return [
        indicator["id"]
        for meta in _of_type("indicators")
        for group in meta["groups"]
        for indicator in group["indicators"]
    ]


def test_every_document_has_the_common_keys_and_a_body():
    assert DOCS
    for doc_id, (path, meta, body) in DOCS.items():
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]{1,79}", doc_id), path
        assert meta["type"] in {"article", "contact", "indicators", "scenario", "handout"}, path
        assert isinstance(meta["title"], str) and meta["title"].strip(), path
        assert meta["lang"] in ({"lv", "en", "ru", "uk"} if meta["type"] == "handout" else {"lv", "en"}), path
        assert body.strip(), f"{path}: empty body"


def test_indicator_minimums_and_unique_ids():
    assert len(_of_type("indicators")) >= 8
    ids = _indicator_ids()
    assert len(ids) >= 100
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates
    assert not set(ids) & set(DOCS), "an indicator id equals a document id"
    areas = {m["area"] for m in _of_type("indicators")}
    assert areas >= {
        "general",
        "labour",
        "sexual",
        "sham-marriage",
        "criminality-begging",
        "domestic-servitude",
        "children",
        "online",
    }


def test_ilo_forced_labour_indicators_are_all_there():
    labour = [m for m in _of_type("indicators") if m["area"] == "labour"]
    ilo = [i for m in labour for g in m["groups"] for i in g["indicators"] if i["text"].startswith("SDO ")]
    assert len(ilo) == 11


def test_contact_minimums():
    contacts = _of_type("contact")
    assert len(contacts) >= 20
    for meta in contacts:
        assert meta.get("category"), meta["id"]
        assert "verified_on" not in meta and "source" not in meta, meta["id"]
        phones = [f for f in meta.get("facts") or [] if f["kind"] == "phone"]
        assert phones or meta.get("if_no_phone"), f"{meta['id']}: no phone and no 'what to do instead'"


def test_every_contact_fact_has_a_source_and_a_source_date():
    facts = [(meta["id"], fact) for meta in _of_type("contact") for fact in meta.get("facts") or []]
    assert len(facts) >= 80
    for doc_id, fact in facts:
        assert fact["kind"] in {"phone", "email", "website", "address", "hours"}, doc_id
        assert str(fact.get("value", "")).strip(), doc_id
        assert str(fact.get("source", "")).strip(), (doc_id, fact["value"])
        assert SOURCE_DATE.match(str(fact.get("source_date", ""))), (doc_id, fact["value"])


def test_no_check_is_claimed_without_who_and_when():
    facts = [(meta["id"], fact) for meta in _of_type("contact") for fact in meta.get("facts") or []]
    assert len(facts) >= 80
    for doc_id, fact in facts:
        assert bool(fact.get("checked_on")) == bool(fact.get("checked_by")), (doc_id, fact["value"])
        if fact.get("checked_on"):
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(fact["checked_on"])), (doc_id, fact["value"])


def _worker_facing_text(meta: dict, body: str) -> str:
    """Everything the app shows a worker: the body and every key but the trainers' notes."""
    shown = {k: v for k, v in meta.items() if k != "trainer_notes"}
    return body + "\n" + yaml.safe_dump(shown, allow_unicode=True)


def test_no_worker_facing_text_reads_like_an_audit_log():
    assert DOCS
    for path, meta, body in DOCS.values():
        text = _worker_facing_text(meta, body).lower()
        for phrase in AUDIT_PHRASES:
            assert phrase not in text, f"{path}: '{phrase}' belongs in trainer_notes"


def test_services_the_addendum_found_numbers_for_can_be_reached():
    numbers = {
        meta["id"]: {re.sub(r"\D", "", f["value"]) for f in meta.get("facts") or [] if f["kind"] == "phone"}
        for meta in _of_type("contact")
    }
    expected = {
        "contact-vdi": {"37167021704", "37167312176"},
        "contact-pmlp": {"37167209400"},
        "contact-siva": {"37167771037"},
        "contact-tiesibsargs": {"37167686768"},
        "contact-nva": {"80200206"},
        "contact-valsts-robezsardze": {"37167075616"},
        "contact-arlietu-ministrija": {"37126337711"},
        "contact-116123": {"116123"},
        "contact-116006": {"116006"},
        "contact-116111": {"116111"},
    }
    for doc_id, wanted in expected.items():
        assert wanted <= numbers[doc_id], doc_id
    assert "contact-rigas-patversmes" in numbers


def test_onap_is_never_named_without_a_way_to_reach_it():
    """'Inform ONAP' is no next step unless the text says how: the police route or the NGO."""
    routes = (
        "110",
        "pasts@vp.gov.lv",
        "iecirkn",
        "latvija.lv",
        "kb:contact-onap",
        "contact-onap",
        "police station",
        "NVO",
        "NGO",
    )
    # Whole sentences, not lines: the front matter's long strings wrap, and the route may be on the
    # next line. The texts say "ask to pass the case to ONAP" far more often than "inform ONAP".
    next_steps = [
        (path, sentence)
        for path, meta, body in DOCS.values()
        for sentence in _sentences(_worker_facing_text(meta, body))
        if "ONAP" in sentence
        and re.search(r"informē|nodo[dt]|ziņo|\b(inform|report|refer|pass)", sentence, re.IGNORECASE)
    ]
    assert len(next_steps) >= 10
    for path, sentence in next_steps:
        assert any(r in sentence for r in routes), f"{path}: {sentence}"


def test_scenario_minimums_and_references():
    scenarios = _of_type("scenario")
    assert len(scenarios) >= 10
    indicator_ids = set(_indicator_ids())
    for meta in scenarios:
        assert meta.get("questions"), meta["id"]
        assert meta.get("roles"), meta["id"]
        assert meta.get("solution"), meta["id"]
        assert set(meta.get("indicators") or []) <= indicator_ids, meta["id"]
        named = [c for step in meta["solution"] for c in step.get("contacts") or []]
        named += [r["contact"] for r in meta["roles"] if r.get("contact")]
        assert named, f"{meta['id']}: the solution names no contact"
        for contact_id in named:
            assert DOCS[contact_id][1]["type"] == "contact", (meta["id"], contact_id)


def test_article_minimums_and_english_key_articles():
    assert len(_of_type("article", "lv")) >= 20
    for doc_id in KEY_ARTICLES:
        meta = DOCS[doc_id][1]
        assert meta["lang"] == "lv"
        english = DOCS[meta["translation"]][1]
        assert english["lang"] == "en"
        assert english["translation"] == doc_id


def test_translations_point_both_ways():
    translated = [(doc_id, path, meta) for doc_id, (path, meta, _) in DOCS.items() if "translation" in meta]
    assert len(translated) >= 2 * len(KEY_ARTICLES)
    for doc_id, path, meta in translated:
        other = DOCS[meta["translation"]][1]
        assert other.get("translation") == doc_id, path
        assert other["lang"] != meta["lang"], path


def test_document_links_resolve():
    links = [
        (path, target)
        for path, meta, body in DOCS.values()
        for target in re.findall(r"\]\(kb:([a-z0-9-]+)", body)
        + list(meta.get("related") or [])
        + list(meta.get("contacts") or [])
    ]
    assert len(links) >= 500
    for path, target in links:
        assert target in DOCS, f"{path}: link to unknown document {target}"


def test_municipalities():
    data = yaml.safe_load((KNOWLEDGE / "municipalities.yaml").read_text(encoding="utf-8"))
    items = data["municipalities"]
    codes = [m["code"] for m in items]
    assert len(codes) == len(set(codes)) == 42
    kinds = Counter(m["kind"] for m in items)
    assert kinds == {"state-city": 7, "novads": 35}
    assert "varaklanu-novads" not in codes
    assert data["aliases"]["varaklanu-novads"] == "madonas-novads"
    assert set(data["aliases"].values()) <= set(codes)
    for m in items:
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", m["code"]), m


def test_pack_identity():
    pack = yaml.safe_load((KNOWLEDGE / "pack.yaml").read_text(encoding="utf-8"))
    assert pack["id"] == "lv-cilvektirdznieciba"
    # Bumped with this round's content and the page labels that moved into country.yaml: a profile
    # holding 2026.11.1 (no labels, so English headings on re-index) gets the bundled one on update.
    assert str(pack["version"]) == "2026.12.1"
    assert pack["title"].strip()


def test_synonyms_have_enough_groups():
    lines = (KNOWLEDGE / "synonyms.txt").read_text(encoding="utf-8").splitlines()
    groups = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    assert len(groups) >= 20
    for line in groups:
        assert len([e for e in line.split(",") if e.strip()]) >= 2, line


def test_no_personal_address_found_in_the_sources_is_published():
    # FACTS.md flags this IOM address as looking personal; the library must not carry it.
    assert DOCS
    for path, _, _ in DOCS.values():
        assert "imezs@" not in path.read_text(encoding="utf-8"), path


@pytest.mark.skipif(not FACTS.is_file(), reason="shared/domain/FACTS.md is not beside the repository")
def test_contact_phones_and_emails_come_from_the_fact_sheets():
    facts = FACTS.read_text(encoding="utf-8")
    for addendum in (ADDENDUM, ADDENDUM_2):
        if addendum.is_file():
            facts += "\n" + addendum.read_text(encoding="utf-8")
    compact = re.sub(r"\s+", "", facts)
    contacts = _of_type("contact")
    assert sum(f["kind"] in ("phone", "email") for meta in contacts for f in meta.get("facts") or []) >= 30
    for meta in contacts:
        for fact in meta.get("facts") or []:
            if fact["kind"] == "phone":
                digits = re.sub(r"\D", "", fact["value"])
                national = digits[3:] if digits.startswith("371") and len(digits) == 11 else digits
                assert national and national in compact, f"{meta['id']}: {fact['value']} is not in the fact sheets"
            elif fact["kind"] == "email":
                assert fact["value"] in facts, f"{meta['id']}: {fact['value']} is not in the fact sheets"
            if str(fact["source"]).startswith("http"):
                assert _url_key(fact["source"]) in facts, f"{meta['id']}: source {fact['source']} is not cited"


def _url_key(url: str) -> str:
    """A URL as the fact sheets cite it, without scheme and query noise."""
    return re.sub(r"^https?://(www\.)?", "", url).split("?")[0].rstrip("/")


def _checklist_items(doc_id: str) -> list[dict]:
    return [item for group in DOCS[doc_id][1]["groups"] for item in group["indicators"]]


def test_checklists_that_draw_on_unodc_name_each_indicators_own_source():
    """Issue 11, 3.5: a checklist crediting UNODC says which signs are UNODC's and which are the compilers'."""
    crediting = [
        doc_id
        for doc_id, (_, meta, _) in DOCS.items()
        if meta["type"] == "indicators" and any("unodc" in str(s).lower() for s in meta.get("sources") or [])
    ]
    assert len(crediting) >= 6
    for doc_id in crediting:
        for item in _checklist_items(doc_id):
            assert str(item.get("source", "")).strip(), (doc_id, item["id"])
    not_unodc = {"sex-kvota", "sex-kameras", "sex-darbs-arzemes-cits", "sex-parads-par-celu", "chi-vecaks-draugs"}
    sources = {item["id"]: item["source"] for doc_id in crediting for item in _checklist_items(doc_id)}
    for item_id in not_unodc:
        assert "UNODC" not in sources[item_id] and "sastādītāju" in sources[item_id], item_id


def test_general_signs_cite_neither_mk_344_nor_a_document_sharing_copy():
    general = DOCS["ind-visparejas-pazimes"][1]
    cited = " ".join(map(str, general["sources"]))
    assert "308253" not in cited  # MK 344: not a source until its criteria annex is used
    assert "ilo.org" in cited
    for path, meta, _ in DOCS.values():
        assert not any("coursehero" in str(s) for s in meta.get("sources") or []), path


def test_definition_names_every_means_of_the_law():
    for doc_id, words in (
        ("art-kas-ir-cilvektirdznieciba", ("aizvešana ar viltu", "bezpalīdzības")),
        ("art-what-is-human-trafficking", ("taking the person away by deceit", "helplessness")),
    ):
        body = DOCS[doc_id][2]
        assert [word for word in words if word not in body] == [], doc_id


def test_worker_text_keeps_the_reviewed_wording():
    """Issue 11, 3.8-3.9: 'kontrolētājs' is an inspector; the UK was an EU state only then; Riga's police named."""
    for path, meta, body in DOCS.values():
        assert "kontrolētāj" not in _worker_facing_text(meta, body), path
    for doc_id in ("art-fiktivas-laulibas", "art-formas-latvija", "ind-fiktivas-laulibas"):
        assert "tolaik" in DOCS[doc_id][2], doc_id
    assert "Rīgas pašvaldības policija" in DOCS["art-politika-un-koordinacija"][2]
    assert "nacionālais ziņotājs" not in DOCS["art-politika-un-koordinacija"][2]


def test_section_4_documents_answer_what_a_worker_asks():
    data = DOCS["art-datu-aizsardziba-un-piekrisana"]
    assert "73. pants" in data[2] and "juristam" in data[2] and "Ko nekad nerakstīt" in data[2]
    assert any("315" in note for note in data[1]["trainer_notes"])  # the open legal question is on the trainers' list
    interpreters = DOCS["art-darbs-ar-tulku"][2]
    for heading in ("## Kā atrast tulku", "## Kas apmaksā tulku", "## Tulks pa tālruni vai video"):
        assert heading in interpreters, heading
    embassies = DOCS["art-es-pilsoni-un-vestniecibas"]
    assert embassies[1]["lang"] == "lv"
    for fact in ("+371 2248 5174", "Kalpaka bulvārī 3", "Minskā", "Zviedrijā", "nav piemērojams ES pilsoņiem"):
        assert fact in embassies[2], fact


def _sentences(text: str) -> list[str]:
    """Sentences of worker-facing text, one line each (numbered list markers do not end a sentence)."""
    flat = re.sub(r"\s+", " ", re.sub(r"(?m)^\s*\d+\.\s", " ", text))
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ*„\"\[])", flat) if s.strip()]


LV_DUTY = re.compile(r"(?<!nav )\bjā(paziņo|ziņo|informē|vēršas|piesakās|iesniedz|ierodas)\b", re.IGNORECASE)
EN_DUTY_TO_BORDER_GUARD = re.compile(
    r"\b(you|the person|the victim|they|he|she)\b[^.]*\b(must|has to|have to|should|needs? to)\s+"
    r"(notify|inform|tell|report to|contact|go to|apply to)\s+the\s+(state\s+)?border guard",
    re.IGNORECASE,
)


def test_no_sentence_makes_the_person_notify_the_border_guard():
    """Issue 22, wrong 1: the authorities inform the foreigner; the person owes the Border Guard nothing."""
    for path, meta, body in DOCS.values():
        for sentence in _sentences(_worker_facing_text(meta, body)):
            assert not (LV_DUTY.search(sentence) and "robežsardzei" in sentence.lower()), (path, sentence)
            assert not EN_DUTY_TO_BORDER_GUARD.search(sentence), (path, sentence)
    for doc_id in ("art-cietuso-tiesibas", "art-tresas-valsts-pilsoni"):
        said = [s for s in _sentences(DOCS[doc_id][2]) if "informē" in s and "robežsardze" in s.lower()]
        assert said, f"{doc_id}: say that the authorities inform the person"
        assert any("izmeklēšanas iestādei vai procesa virzītājam" in s for s in _sentences(DOCS[doc_id][2])), doc_id


def test_the_state_service_is_not_promised_to_every_citizenship():
    """Issue 22, wrong 2: third-country nationals are sourced; for EU citizens the worker asks SIVA first."""
    for doc_id in ("art-socialas-rehabilitacijas-pakalpojums", "art-state-rehabilitation-service"):
        body = DOCS[doc_id][2]
        assert not re.search(r"neatkarīgi no pilsonības|regardless of (citizenship|nationality)", body, re.I), doc_id
        eu = [s for s in _sentences(body) if re.search(r"ES valstu pilsoņ|other EU states|EU citizens", s)]
        assert eu, doc_id
        assert any("SIVA" in s and ("solāt" in s or "promise" in s) for s in _sentences(body)), doc_id


def test_eu_citizens_are_sent_to_their_own_embassy_not_to_the_latvian_ministry():
    """Issue 22, wrong 3: the Latvian MFA helps Latvians abroad, not foreigners in Latvia."""
    for path, meta, _ in DOCS.values():
        if meta["type"] != "scenario":
            continue
        for step in meta["solution"]:
            if re.search(r"\bES pilsoņ|EU citizen", step["text"]):
                assert "contact-arlietu-ministrija" not in (step.get("contacts") or []), (path, step["title"])
    step = next(s for s in DOCS["scn-gimene-ubago"][1]["solution"] if "ES pilsoņ" in s["text"])
    assert "pašu valsts vēstniecība vai konsulāts" in step["text"]


def _institution_names(meta: dict) -> list[str]:
    return [re.sub(r"\s*\(.*?\)", "", role["institution"]).strip().lower() for role in meta["roles"]]


def test_every_scenario_solution_names_who_leads_the_case():
    """Issue 22: a model solution says who leads, naming one of the scenario's own institutions."""
    scenarios = [(path, meta) for path, meta, _ in DOCS.values() if meta["type"] == "scenario"]
    assert len(scenarios) >= 12
    for path, meta in scenarios:
        lead = [s for s in meta["solution"] if s["title"] in ("Kas vada gadījumu", "Who leads the case")]
        assert len(lead) == 1, f"{path}: no 'Kas vada gadījumu' step"
        text = lead[0]["text"].lower()
        assert any(name in text for name in _institution_names(meta)), (path, lead[0]["text"])


CONSENT_RULE = re.compile(
    r"piekrišan\w* vai uz likumīga pamata, ko apstiprina jurists"
    r"|consent, or on a legal basis a lawyer confirms"
)
SAYS_CONSENT_OR_CHILD = re.compile(
    r"piekrišan|piekrīt|consent|agrees|bērn|child|bāriņties|orphans"
    r"|tajā pašā dienā|same day",
    re.IGNORECASE,
)
TELLS_TO_REPORT = re.compile(
    r"ziņojiet (valsts )?policijai|policijai ziņojiet|informējiet (valsts )?policiju"
    r"|\b(report to|inform) the (state )?police",
    re.IGNORECASE,
)


def test_reporting_an_adult_to_the_police_is_said_the_same_way_everywhere():
    """Issue 22: 'with the person's knowledge' read as over their objection; consent or a lawyer-confirmed basis."""
    for path, meta, body in DOCS.values():
        if meta["type"] == "handout":
            continue
        text = _worker_facing_text(meta, body)
        assert not re.search(r"\bar (cilvēka|viņas|viņa|[A-ZĀČĒĢĪĶĻŅŠŪŽ]\w+) ziņu\b", text), path
        for sentence in _sentences(text):
            if TELLS_TO_REPORT.search(sentence):
                assert SAYS_CONSENT_OR_CHILD.search(sentence), (path, sentence)
    for doc_id in (
        "ind-visparejas-pazimes",
        "ind-seksuala-ekspluatacija",
        "ind-fiktivas-laulibas",
        "ind-darba-ekspluatacija",
        "scn-tresas-valsts-stradnieki",
        "art-atpazisana-soli-pa-solim",
        "art-identification-step-by-step",
        "art-tresas-valsts-pilsoni",
        "art-datu-aizsardziba-un-piekrisana",
        "scn-negrib-policiju",
    ):
        assert doc_id in DOCS, doc_id
        assert CONSENT_RULE.search(re.sub(r"\s+", " ", _worker_facing_text(DOCS[doc_id][1], DOCS[doc_id][2]))), doc_id


def _step(doc_id: str, pattern: str) -> dict:
    """The scenario's solution step whose title or text matches ``pattern`` (it must exist)."""
    steps = [s for s in DOCS[doc_id][1]["solution"] if re.search(pattern, s["title"] + " " + s["text"], re.I)]
    assert steps, f"{doc_id}: no step about {pattern}"
    return steps[0]


def test_scenarios_have_the_health_safety_and_urgency_steps_the_review_found_missing():
    """Issue 22, weak: injuries get a doctor, children the same day, a planned trip abroad is urgent."""
    wound = _step("scn-gimene-ubago", r"kājas brūce")
    assert "113" in wound["text"] and "contact-nmpd-113" in wound["contacts"]
    assert "113" in _step("scn-majsaimniecibas-kalpiba", r"apdegum")["text"]
    assert "tajā pašā dienā" in _step("scn-pusaudzis-tiessaiste", r"nav jāpierāda")["text"]
    trip = _step("scn-berns-aprupes-centra", r"brauciens uz ārzemēm")
    assert "šodien" in trip["text"] and "110" in trip["text"]
    assert "māte" in _step("scn-negrib-policiju", r"^Drošība")["title"].lower()
    assert "110" in _step("scn-piespiedu-zadzibas", r"^Drošība")["text"]
    assert "pilson" in _step("scn-majsaimniecibas-kalpiba", r"^Pilsonība")["text"]
    assert "probācij" not in DOCS["scn-piespiedu-zadzibas"][2].lower()
    taken = [s for s in _sentences(DOCS["art-berni-sodien"][2]) if "aizved" in s]
    assert taken and any("110" in s for s in taken)
    assert any("110" in s for s in _sentences(DOCS["art-berni-sodien-en"][2]) if "takes the child" in s)


def test_the_border_guard_and_pmlp_do_not_grant_the_reflection_period_in_the_farhods_case():
    meta = DOCS["scn-tresas-valsts-stradnieki"][1]
    for role in meta["roles"]:
        assert not ("PMLP" in role["institution"] and "pārdomu" in role["role"]), role
    for step in meta["solution"]:
        if "pārdomu" in step["text"]:
            assert "contact-pmlp" not in (step.get("contacts") or []), step["title"]
    assert "saņem uzturēšanās tiesības" not in DOCS["art-vardnica"][2]


def test_contacts_say_what_the_sources_say_about_e_mail_return_help_and_offices():
    """Issue 22, weak: no private-service e-mail, IOM's ended project, MARTA's separate Liepāja foundation."""
    drosa = DOCS["contact-drosa-maja"][1]
    emails = [f["value"] for f in drosa["facts"] if f["kind"] == "email"]
    assert emails and not any(re.search(r"@(gmail|inbox|apollo|yahoo|outlook)\.", e) for e in emails)
    iom_path, iom, iom_body = DOCS["contact-iom-riga"]
    assert "2022" in iom["summary"] and "2022" in iom_body
    marta = DOCS["contact-centrs-marta"][1]
    assert "Liepāj" not in marta["region"]
    assert "atsevišķs nodibinājums" in marta["summary"]
    after_hours = DOCS["art-arpus-darba-laika"][2]
    assert "Ārpus Rīgas" in after_hours and "Liepājā" in after_hours
    assert "Outside Riga" in DOCS["art-arpus-darba-laika-en"][2]


def test_the_first_conversation_leads_to_when_and_how_to_give_a_handout():
    """Issue 22: no document told the worker when to hand the handout over."""
    assert "(kb:art-izdales-materiala-nodosana)" in DOCS["art-pirma-saruna-un-drosiba"][2]
    for doc_id in ("art-izdales-materiala-nodosana", "art-giving-a-handout"):
        body = DOCS[doc_id][2]
        assert "--card" in body and "116123" in body
        assert re.search(r"droši paturēt|safe for them to keep|safe for you to keep", body + DOCS[doc_id][1]["summary"])
