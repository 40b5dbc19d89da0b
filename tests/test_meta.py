"""Tests that cannot pass by accident.

A test whose every assert sits inside a loop passes when the loop finds nothing: a search that
returns no hits, a folder glob that matches no file. Each test must check something that does not
depend on the loop having had something to check (for example that the collection is not empty).
A loop over a written-out, non-empty list counts as run: it is a parametrization spelled inline.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

TESTS = Path(__file__).resolve().parent

_FUNCTIONS = ast.FunctionDef | ast.AsyncFunctionDef


def _surely_runs(loop: ast.AST) -> bool:
    """True for a loop whose body runs at least once whatever the code under test does."""
    if isinstance(loop, ast.While):
        return isinstance(loop.test, ast.Constant) and loop.test.value is True
    if not isinstance(loop, ast.For | ast.AsyncFor):
        return False
    it = loop.iter
    if isinstance(it, ast.List | ast.Tuple | ast.Set):
        return bool(it.elts) and not any(isinstance(e, ast.Starred) for e in it.elts)
    if isinstance(it, ast.Dict):
        return bool(it.keys) and None not in it.keys  # a None key is a ** unpacking
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range":
        bounds = [a.value for a in it.args if isinstance(a, ast.Constant) and isinstance(a.value, int)]
        if len(bounds) != len(it.args) or len(bounds) not in (1, 2):
            return False
        start, stop = (0, bounds[0]) if len(bounds) == 1 else (bounds[0], bounds[1])
        return stop > start
    return False


def _assert_reach(nodes: Iterable[ast.AST], certain: bool = True) -> Iterator[bool]:
    """For each assert among nodes, whether it runs however many items its loops get.

    Asserts in nested functions belong to those functions (they may never be called)."""
    for node in nodes:
        if isinstance(node, _FUNCTIONS | ast.Lambda | ast.ClassDef):
            continue
        if isinstance(node, ast.Assert):
            yield certain
        elif isinstance(node, ast.For | ast.AsyncFor | ast.While):
            yield from _assert_reach(node.body, certain and _surely_runs(node))
            yield from _assert_reach(node.orelse, certain)  # runs when the loop had nothing, too
        else:
            yield from _assert_reach(ast.iter_child_nodes(node), certain)


def vacuous_tests(source: str) -> list[str]:
    """The names of test functions whose every assert is inside a loop that may not run."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, _FUNCTIONS) and node.name.startswith("test"):
            reach = list(_assert_reach(node.body))
            if reach and not any(reach):
                found.append(node.name)
    return found


def test_every_test_asserts_something_even_when_its_loops_find_nothing() -> None:
    files = sorted(TESTS.rglob("test_*.py"))
    assert len(files) > 50, files  # the walk found the suite, not an empty folder
    accidental = [
        f"{path.relative_to(TESTS)}: {name}" for path in files for name in vacuous_tests(path.read_text("utf-8"))
    ]
    assert accidental == [], "assert that the loop ran (e.g. that what it walks is not empty):\n" + "\n".join(
        accidental
    )


def test_the_check_tells_a_loop_that_may_be_empty_from_one_that_runs() -> None:
    source = """
def test_only_in_a_loop(lib):
    for hit in lib.search("x").hits:
        assert hit.snippet

def test_loop_checked_first(lib):
    hits = lib.search("x").hits
    assert hits
    for hit in hits:
        assert hit.snippet

def test_written_out_cases(lib):
    for query in ("a", "b"):
        assert lib.search(query).total == 0

def test_written_out_cases_then_results(lib):
    for query in ("a", "b"):
        for hit in lib.search(query).hits:
            assert hit.snippet

def test_while_loop(view):
    while view.more():
        assert view.step()

def test_in_the_loop_header(items):
    for item in items:
        pass
    else:
        assert items

def test_helper_asserts_only(lib):
    def check(hit):
        assert hit
    for hit in lib.search("x").hits:
        check(hit)

def test_empty_range(n):
    for i in range(0):
        assert i

class TestInAClass:
    def test_method(self, items):
        for item in items:
            assert item
"""
    assert vacuous_tests(source) == [
        "test_only_in_a_loop",
        "test_written_out_cases_then_results",
        "test_while_loop",
        "test_empty_range",
        "test_method",
    ]
