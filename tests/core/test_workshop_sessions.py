"""Workshop sessions: the groups' answers stored, compared with the model, and sent to the trainer."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kb_app.core.content.knowledge import load_knowledge
from kb_app.core.platform.paths import AppPaths
from kb_app.core.userdata.feedback import FeedbackStore, collect, export_feedback
from kb_app.core.userdata.user_db import open_userdata
from kb_app.core.userdata.workshop_sessions import (
    MAX_NAME,
    WorkshopSessions,
    clean_answer,
    session_record_html,
)
from kb_app.core.workshop.model_answers import compare, model_institutions

REPO_KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
_LOADED = load_knowledge(REPO_KNOWLEDGE)
_DOCS = {d.id: d for d in _LOADED.documents}
TITLES = {i: d.title for i, d in _DOCS.items()}
SCENARIO = _DOCS["scn-berns-aprupes-centra"]


def test_model_is_the_maps_order_and_answers_match_by_role_name_or_contact_title() -> None:
    model = model_institutions(SCENARIO.meta, TITLES)
    assert [m.label for m in model][:3] == ["Valsts policija", "Vienotais ārkārtas palīdzības numurs 112", "Bāriņtiesa"]
    contact_title = TITLES["contact-barintiesa"]  # "Bāriņtiesa — kā atrast savējo"
    result = compare(model, ["  valsts   POLICIJA", contact_title, "Skola"])
    assert result.both == ("Valsts policija", "Bāriņtiesa")
    assert "Bērnu aizsardzības centrs" in result.missed and "Valsts policija" not in result.missed
    assert result.added == ("Skola",)


def test_sessions_survive_reopening_and_go_into_the_feedback_export(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "profile")
    model = model_institutions(SCENARIO.meta, TITLES)
    clock = lambda: datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # noqa: E731
    with open_userdata(paths) as userdata:
        sessions = WorkshopSessions(userdata, clock)
        session = sessions.start(SCENARIO.id, model)
        sessions.set_groups(session.id, [["Valsts policija", "Bāriņtiesa", "Valsts policija"], ["Skola"], []])
    with open_userdata(paths) as userdata:
        stored = WorkshopSessions(userdata).all()
        assert [s.groups for s in stored] == [(("Valsts policija", "Bāriņtiesa"), ("Skola",), ())]
        assert stored[0].model == tuple(model)
        assert _LOADED.country is not None
        html = session_record_html(stored[0], SCENARIO.title, _LOADED.country.page_labels(SCENARIO.lang))
        assert "Grupa 2" in html and "Skola" in html and "personas datu" in html
        out = tmp_path / "feedback.json"
        assert export_feedback(FeedbackStore(userdata), out, "lv-pack", "2026.12.1", None) == 0
    items = json.loads(out.read_text("utf-8"))["items"]
    assert len(items) == 1 and items[0]["kind"] == "workshop" and items[0]["doc_id"] == SCENARIO.id
    groups = items[0]["workshop"]["groups"]
    assert [g["added"] for g in groups] == [[], ["Skola"]]  # a group with no answer is not sent
    assert "Bāriņtiesa (1/2)" in items[0]["text"]
    collection = collect([out], TITLES)
    assert collection.items == 1 and collection.documents[0].items[0].kind == "workshop"
    assert "workshop: 2 group(s); missed: " in collection.to_text()  # the item's text says what it is


def test_a_pasted_name_loses_control_and_bidi_characters() -> None:
    assert clean_answer(["Valsts\u202e policija\x1b[2J", "  ", "valsts policija"]) == (
        "Valsts policija[2J",
        "valsts policija",
    )


@given(st.lists(st.text(max_size=MAX_NAME), max_size=30))
def test_any_answer_is_stored_printable_and_once(names: list[str]) -> None:
    import unicodedata

    cleaned = clean_answer(names)
    assert len(cleaned) == len(set(cleaned))
    assert all(n and n == n.strip() and not any(unicodedata.category(c) in ("Cc", "Cf") for c in n) for n in cleaned)


def test_the_days_session_of_a_scenario_is_found_again(tmp_path: Path) -> None:
    from datetime import timedelta

    now = [datetime(2026, 12, 7, 9, 0, tzinfo=UTC)]
    model = model_institutions(SCENARIO.meta, TITLES)
    with open_userdata(AppPaths(tmp_path / "profile")) as userdata:
        sessions = WorkshopSessions(userdata, lambda: now[0])
        first = sessions.start(SCENARIO.id, model)
        sessions.set_groups(first.id, [["Skola"]])
        now[0] += timedelta(hours=2)
        found = sessions.recent(SCENARIO.id)
        assert found is not None and found.id == first.id and found.groups == (("Skola",),)
        assert sessions.recent("scn-gimene-ubago") is None
        now[0] += timedelta(days=1)  # another workshop: a new session
        assert sessions.recent(SCENARIO.id) is None


def test_a_feedback_item_of_an_unknown_kind_refuses_its_file(tmp_path: Path) -> None:
    item = {
        "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
        "doc_id": SCENARIO.id,
        "text": "x",
        "created_at": "2026-12-07T09:00:00Z",
    }
    files = []
    for name, kind in (("good.json", "workshop"), ("bad.json", "quiz")):
        path = tmp_path / name
        path.write_text(
            json.dumps(
                {
                    "format": "kb-app-feedback",
                    "version": 1,
                    "exported_at": "2026-12-07T10:00:00Z",
                    "pack": {"id": "p", "version": "1"},
                    "municipality": None,
                    "items": [{**item, "kind": kind}],
                }
            ),
            "utf-8",
        )
        files.append(path)
    collection = collect(files)
    assert collection.items == 1 and collection.documents[0].items[0].kind == "workshop"
    assert [r.file for r in collection.refused] == ["bad.json"] and "'kind'" in str(collection.refused[0])
