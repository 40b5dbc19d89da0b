"""The checklist's case in its recovery draft (issue 21 row 1): written, read back, never trusted."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kb_app.core.desk.case_draft import CASE_FILE, MAX_CASE_FILE, ChecklistCase, discard_case, load_case, save_case

IDS = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20)
CASES = st.builds(
    ChecklistCase,
    st.dictionaries(IDS, st.lists(IDS, min_size=1, max_size=5, unique=True).map(tuple), max_size=4),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=200),
    IDS,
)


@given(CASES)
def test_a_case_reads_back_as_written(case: ChecklistCase) -> None:
    assert ChecklistCase.from_json(case.to_json()) == case


@given(st.binary(max_size=300))
def test_any_bytes_give_a_case_or_none_never_an_error(raw: bytes) -> None:
    result = ChecklistCase.from_json(raw)
    assert result is None or isinstance(result, ChecklistCase)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10,
)


@given(st.fixed_dictionaries({}, optional={"ticks": JSON, "observations": JSON, "current_set": JSON}))
def test_a_foreign_shape_is_refused_not_half_read(data: dict[str, object]) -> None:
    result = ChecklistCase.from_json(json.dumps(data).encode())
    if result is not None:  # what it read is exactly what the file said
        assert all(isinstance(i, str) for ids in result.ticks.values() for i in ids)
        assert isinstance(result.observations, str) and isinstance(result.current_set, str)


def test_the_draft_goes_to_the_first_folder_that_takes_it_and_an_empty_case_removes_it(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    second = tmp_path / "tmp"
    case = ChecklistCase({"ind-berni": ("chi-a",), "ind-darbs": ("lab-b", "lab-c")}, "Pavadonis", "ind-darbs")
    assert save_case([blocked, second], case) == second / CASE_FILE
    assert load_case([blocked, second]) == case
    assert case.all_ticked(["ind-darbs", "ind-berni"]) == ["lab-b", "lab-c", "chi-a"]
    assert save_case([blocked, second], ChecklistCase()) is None and not (second / CASE_FILE).exists()
    save_case([second], case)
    discard_case([second])
    assert load_case([second]) is None


def test_a_damaged_or_oversized_draft_is_ignored(tmp_path: Path) -> None:
    (tmp_path / CASE_FILE).write_text('{"ticks": {"a": [1, 2]}}')
    assert load_case([tmp_path]) is None
    (tmp_path / CASE_FILE).write_bytes(b" " * (MAX_CASE_FILE + 1))
    assert load_case([tmp_path]) is None
