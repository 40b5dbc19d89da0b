"""Every file the repository's comments, docstrings and documents point to is in the repository.

Twenty comments once pointed to "CONTRACT §…" and "EXAMPLES §…", files only the team's shared
folder had (issue 25); the interface contract now lives in docs/interface-contract.md. A reader
who follows a reference must find the file.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
THIS_FILE = Path(__file__).resolve().relative_to(REPO).as_posix()
TEXT_SUFFIXES = (".py", ".md", ".spec", ".sh", ".toml", ".txt", ".yaml", ".cfg")
# Paths that exist only once something runs: the pack that kb_app.freeze stages for the build.
MADE_AT_BUILD = {"kb_app/data/default.kbpack"}
# Names of documents the repository does not have, the way the old comments cited them.
UNKNOWN_DOCUMENT = re.compile(r"\b(?:CONTRACT|EXAMPLES)(?:\.md)?\s*§|\b(?:CONTRACT|EXAMPLES)\.md\b")
MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+)\)")
SCHEME = re.compile(r"[a-z][\w+.-]*:")  # https:, mailto:, the reader's kb: links


def tracked_text_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=False)
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    return [
        name
        for name in listed.stdout.splitlines()
        if (name.endswith(TEXT_SUFFIXES) or name == ".ci/run")
        and (REPO / name).is_file()
        and not (name.startswith("knowledge/") and name != "knowledge/README.md")  # content, not code
        and name != THIS_FILE
    ]  # its examples of bad references are bad on purpose


def path_pattern(files: list[str]) -> re.Pattern[str]:
    """A path that starts with one of the repository's top-level folders (``docs/ui.md``)."""
    folders = sorted({name.split("/")[0] for name in files if "/" in name})
    alternatives = "|".join(map(re.escape, folders))
    return re.compile(rf"(?<![\w./-])((?:{alternatives})/[\w./-]*\w)(?![\w<{{])")


def missing_references(root: Path, files: list[str]) -> list[str]:
    paths = path_pattern(files)
    found = []
    for name in files:
        text = (root / name).read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), 1):
            where = f"{name}:{number}"
            found += [
                f"{where}: {ref}"
                for ref in paths.findall(line)
                if ref not in MADE_AT_BUILD and not (root / ref).exists()
            ]
            if name.endswith(".md"):
                for target in MARKDOWN_LINK.findall(line):
                    local = target.split("#", 1)[0]
                    if local and not SCHEME.match(local) and not (root / name).parent.joinpath(local).exists():
                        found.append(f"{where}: {target}")
            unknown = UNKNOWN_DOCUMENT.search(line)
            if unknown and name != "docs/interface-contract.md":  # the contract cites its own sections
                found.append(f"{where}: {unknown.group()}")
    return found


def test_every_referenced_file_exists() -> None:
    assert missing_references(REPO, tracked_text_files()) == []


def test_the_old_kinds_of_reference_are_found(tmp_path: Path) -> None:
    """The scan itself: each kind of dangling reference it is there for, and no false alarm."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "kb_app").mkdir()
    (tmp_path / "docs" / "ui.md").write_text("See [the contract](interface-contract.md#notes) and [ui](ui.md).\n")
    (tmp_path / "kb_app" / "notes.py").write_text(
        '"""The notes file (CONTRACT §4), as docs/ui.md and docs/exchange.md say."""\n'
        "# kept thin (EXAMPLES §a); translations in resources/translations/kb_app_<code>.ts\n"
    )
    found = missing_references(tmp_path, ["docs/ui.md", "kb_app/notes.py"])
    assert found == [
        "docs/ui.md:1: interface-contract.md#notes",
        "kb_app/notes.py:1: docs/exchange.md",
        "kb_app/notes.py:1: CONTRACT §",
        "kb_app/notes.py:2: EXAMPLES §",
    ]
