"""The cooperation map: institutions of a scenario's roles, arrows in the order of its steps."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb_app.core.content.country import page_labels
from kb_app.core.content.knowledge import load_knowledge
from kb_app.core.workshop.coop_map import CHARS_PER_LINE, build_map, map_svg, wrap_label

REPO_KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
_KNOWLEDGE = load_knowledge(REPO_KNOWLEDGE)
TITLES = {d.id: d.title for d in _KNOWLEDGE.documents}
SCENARIOS = [d for d in _KNOWLEDGE.documents if d.type == "scenario"]


def _assert_no_overlap(coop: Any) -> None:
    for a, b in combinations(coop.nodes, 2):
        assert not a.rect.intersects(b.rect), (a.label, b.label)
    for node in coop.nodes:
        assert 0 <= node.rect.x and node.rect.x + node.rect.w <= coop.width
        assert 0 <= node.rect.y and node.rect.y + node.rect.h <= coop.height


@pytest.mark.parametrize("doc", SCENARIOS, ids=[d.id for d in SCENARIOS])
def test_no_two_institutions_overlap_in_any_bundled_scenario(doc: Any) -> None:
    coop = build_map(doc.meta, TITLES, page_labels(_KNOWLEDGE.country, doc.lang))
    _assert_no_overlap(coop)
    assert coop.width <= 1280 - 60  # fits the 1280×800 window beside its scroll bar
    roles = [r["institution"] for r in doc.meta["roles"]]
    assert {n.label for n in coop.nodes if n.in_roles} == {" ".join(r.split()) for r in roles}


def test_arrows_follow_the_steps_and_a_step_without_contacts_is_the_case_holders() -> None:
    meta = {
        "roles": [
            {"institution": "Sociālais dienests", "role": "x"},
            {"institution": "Policija", "role": "y", "contact": "c-pol"},
        ],
        "solution": [
            {"title": "a", "text": "t"},
            {"title": "b", "text": "t", "contacts": ["c-pol", "c-112"]},
            {"title": "c", "text": "t"},
        ],
    }
    coop = build_map(meta, {"c-112": "Numurs 112"})
    assert coop.rows == (
        ("role:0",),
        ("c-pol", "c-112"),
    )
    assert coop.node("role:0").steps == [1, 3]
    assert not coop.node("c-112").in_roles and coop.node("c-112").label == "Numurs 112"
    assert {(e.source, e.target, e.steps) for e in coop.edges} == {
        ("role:0", "c-pol", (2,)),
        ("role:0", "c-112", (2,)),
        ("c-pol", "role:0", (3,)),
        ("c-112", "role:0", (3,)),
    }
    svg = map_svg(coop, "Tests <x>")
    assert "Numurs 112" in svg and "Tests &lt;x&gt;" in svg and 'stroke-dasharray="6,4"' in svg


def test_a_step_with_many_institutions_wraps_into_rows_narrower_than_the_window() -> None:
    contacts = [f"c{i}" for i in range(9)]
    meta = {
        "roles": [
            {"institution": f"Iestāde numur {i} ar garu nosaukumu", "role": "r", "contact": c}
            for i, c in enumerate(contacts)
        ],
        "solution": [{"title": "visi", "text": "t", "contacts": contacts}],
    }
    coop = build_map(meta, {})
    assert [len(r) for r in coop.rows] == [4, 4, 1]
    assert coop.width <= 1280 - 60
    _assert_no_overlap(coop)


_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzāēīūšž ", min_size=1, max_size=80)


@settings(max_examples=150, deadline=None)
@given(
    roles=st.lists(
        st.tuples(_words, st.one_of(st.none(), st.sampled_from(["c1", "c2", "c3", "c4", "c5"]))), min_size=1, max_size=8
    ),
    steps=st.lists(st.lists(st.sampled_from(["c1", "c2", "c3", "c4", "c5", "c6", "c7"]), max_size=7), max_size=8),
)
def test_any_roles_and_steps_give_boxes_that_never_overlap(
    roles: list[tuple[str, str | None]], steps: list[list[str]]
) -> None:
    meta = {
        "roles": [{"institution": name, "role": "r", **({"contact": c} if c else {})} for name, c in roles],
        "solution": [{"title": "s", "text": "t", "contacts": c} for c in steps],
    }
    coop = build_map(meta, {})
    _assert_no_overlap(coop)
    assert coop.width <= 1280 - 60
    map_svg(coop)


@given(st.text(max_size=200))
def test_wrapped_label_lines_fit_the_box(text: str) -> None:
    lines = wrap_label(text)
    assert 1 <= len(lines) <= 4 and all(len(line) <= CHARS_PER_LINE for line in lines)
