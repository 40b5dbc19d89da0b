"""No country in the core (issue 24): no Latvian literal and no Latvian default in kb_app/core
outside the Latvian analyzer and its data. A pack declares its country; the core only reads it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "kb_app" / "core"

# Letters Latvian has and its neighbours' languages do not (Lithuanian shares č š ž ū).
LATVIAN_LETTERS = re.compile("[āēīģķļņĀĒĪĢĶĻŅ]")
LATVIAN_CODES = {"lv", "lv_lv", "lv-lv", "lav", "latvian", "latvia", "latvija", "latviešu"}

# The Latvian analyzer and its data: a whole module, or in the analyzer's modules the top-level
# names that say they are Latvian (lv, latvian) or are listed here.
LATVIAN_MODULES = {"stemmer_lv.py"}
LATVIAN_NAMES = {"analysis.py": {"STEM_OVERRIDES"}, "analysis_version.py": {"ANALYZER_VERSIONS"}}
LATVIAN_NAME = re.compile(r"(^|_)(lv|latvian)(_|$)", re.IGNORECASE)


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string constants that are docstrings (they may quote Latvian examples)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def _defined_names(node: ast.stmt) -> set[str]:
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return {node.name}
    targets = (
        node.targets
        if isinstance(node, ast.Assign)
        else [node.target]
        if isinstance(node, ast.AnnAssign | ast.AugAssign)
        else []
    )
    return {t.id for t in targets if isinstance(t, ast.Name)}


def _is_latvian(value: str) -> bool:
    return bool(LATVIAN_LETTERS.search(value)) or value.strip().lower() in LATVIAN_CODES


def latvian_literals(path: Path) -> list[str]:
    if path.name in LATVIAN_MODULES:
        return []
    tree = ast.parse(path.read_text("utf-8"), str(path))
    docstrings = _docstrings(tree)
    found = []
    for statement in tree.body:
        names = _defined_names(statement)
        analyzer_module = path.name in LATVIAN_NAMES
        if names and all(
            (analyzer_module and LATVIAN_NAME.search(n)) or n in LATVIAN_NAMES.get(path.name, ()) for n in names
        ):
            continue  # the Latvian analyzer's own definition
        for node in ast.walk(statement):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and _is_latvian(node.value)
            ):
                found.append(f"{path.name}:{node.lineno}: {node.value!r}")
    return found


def test_the_core_has_no_latvian_literal_or_default() -> None:
    found = [line for path in sorted(CORE.rglob("*.py")) for line in latvian_literals(path)]
    assert found == [], "\n".join(found)


def test_the_check_finds_a_latvian_default_and_a_latvian_label(tmp_path: Path) -> None:
    # The check itself must be able to fail: the very defaults this issue removed.
    bad = tmp_path / "render.py"
    bad.write_text(
        '"""Ko darīt: docstrings may quote Latvian."""\n'
        'def labels(lang: str = "lv") -> str:\n'
        '    return {"lv": "Tālrunis"}.get(lang) or _LABELS["lv"]\n'
        'def term_for(word: str, analyzer: str = "latvian") -> str:\n'
        "    return word\n",
        "utf-8",
    )
    found = latvian_literals(bad)
    assert len(found) == 5 and all(":2:" in f or ":3:" in f or ":4:" in f for f in found), found


def test_the_latvian_analyzer_is_still_where_it_was() -> None:
    # The exemption covers the Latvian analyzer, not a place for anything else Latvian to hide.
    from kb_app.core.text.analysis import ANALYZERS, LATVIAN_ANALYZER

    assert ANALYZERS["latvian"] is LATVIAN_ANALYZER and LATVIAN_ANALYZER.lang == "lv"
