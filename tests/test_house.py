"""The tree tells the architecture: packages by domain, each module's name its own, the README's map whole."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
APP = REPO / "kb_app"
# What may stand beside the domain packages: a layer's face and the few types every domain shares.
LOOSE = {"core": {"__init__.py", "op_changes.py", "operations.py"}, "ui": {"__init__.py"}}


def _modules() -> list[Path]:
    found = [p for p in APP.rglob("*.py") if "__pycache__" not in p.parts]
    assert len(found) > 100, len(found)
    return found


def test_no_two_modules_share_a_name() -> None:
    names = Counter(p.stem for p in _modules() if p.stem not in {"__init__", "__main__"})
    assert [name for name, count in names.items() if count > 1] == []


def test_core_and_window_are_folders_by_domain() -> None:
    assert set(LOOSE) == {"core", "ui"}
    for layer, loose in LOOSE.items():
        files = {p.name for p in (APP / layer).glob("*.py")}
        assert files == loose, f"kb_app/{layer}/ holds modules outside its domain packages: {files - loose}"


def test_every_package_says_what_it_holds_and_the_readme_names_it() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    packages = sorted(p.parent for p in APP.rglob("__init__.py") if "__pycache__" not in p.parts)
    assert len(packages) > 15
    for package in packages:
        doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text("utf-8")))
        assert doc, f"{package.relative_to(REPO)} has no docstring"
        name = package.relative_to(REPO).as_posix() + "/"
        assert name in readme, f"README's architecture section does not name {name}"


# The core's folders from the top down, as the README's layout table lists them: a module may
# import from its own folder and from folders below it, never from one above.
CORE_ORDER = (
    "operations",
    "userdata",
    "workshop",
    "desk",
    "library",
    "packs",
    "search",
    "content",
    "library_files",
    "text",
    "platform",
    "op_changes",
)


def _core_folder(module: str) -> str | None:
    parts = module.split(".")
    if parts[:2] != ["kb_app", "core"] or len(parts) < 3:
        return None
    return parts[2]


def test_the_cores_folders_depend_one_way_in_the_readmes_order() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    listed = [row.split("`")[1] for row in readme.splitlines() if row.startswith("| `kb_app/core/")]
    named = [entry.removeprefix("kb_app/core/").rstrip("/").removesuffix(".py") for entry in listed]
    assert named == [name for name in CORE_ORDER if name != "op_changes"], "README's table and CORE_ORDER differ"
    upward = []
    for path in sorted((APP / "core").rglob("*.py")):
        here = _core_folder(".".join(path.relative_to(REPO).with_suffix("").parts))
        assert here in CORE_ORDER or here == "__init__", path
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                targets = [node.module]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                continue
            for target in targets:
                there = _core_folder(target)
                if there and here != "__init__" and there != here and CORE_ORDER.index(there) < CORE_ORDER.index(here):
                    upward.append(f"{path.relative_to(REPO)} imports {target}")
    assert upward == []
