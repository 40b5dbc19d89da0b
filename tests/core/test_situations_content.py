"""The desk situations issue 22 found missing from the library, and the 2018 statistics conflict.

Like `test_knowledge_content.py`, the files are read with PyYAML, independently of `kb_app`, so that a
loader bug cannot hide a missing document.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

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
