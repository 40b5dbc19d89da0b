"""The `kb-app` command as scripts call it (docs/interface-contract.md §1): outputs, JSON shapes and exit codes."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kb_app.cli import main

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "knowledge"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_valid_folder(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", str(FIXTURE))
    assert code == 0 and out == "" and "ok: 9 documents" in err


def test_check_todo_lists_every_fact_that_waits_for_a_real_check(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "--todo", str(FIXTURE))
    assert code == 0
    lines = out.strip().splitlines()
    policija, patverums = FIXTURE / "policija.md", FIXTURE / "patverums.md"
    assert lines == sorted(lines, key=lambda line: (line.split(":")[0], int(line.split(":")[1])))
    assert (
        f'{patverums}:8: Patvērums "Drošā māja": call +371 28612120 (uzticības tālrunis) (source 2024-01-10)'
    ) in lines
    note = "Uzticības tālruņa darba laiks avotos atšķiras; jānoskaidro, zvanot."
    assert f"{patverums}:11: {note} (trainer note)" in lines
    email = "confirm on the live site the e-mail kanceleja@vp.gov.lv"
    assert f"{policija}:10: Valsts policija: {email} (source 2026-11)" in lines
    # 112 was really checked on 2026-11-20, by a named role: it does not wait (until the check is a year old).
    assert not any(line.startswith(f"{policija}:8:") for line in lines)
    assert len(lines) == 5 and "5 item(s)" in err


def test_check_todo_lists_an_old_check_again(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = tmp_path / "k"
    shutil.copytree(FIXTURE, root)
    text = (root / "policija.md").read_text("utf-8").replace("checked_on: 2026-11-20", "checked_on: 2024-02-01")
    text = text.replace("source_date: 2026-11-20", "source_date: 2023-05")  # the newer date counts
    (root / "policija.md").write_text(text, "utf-8")
    code, out, _ = run(capsys, "check", "--todo", str(root))
    assert code == 0
    assert (
        f"{root / 'policija.md'}:8: Valsts policija: call 112 (ārkārtas situācijā) "
        f"(checked 2024-02-01 by mācību koordinators, over 12 months ago)"
    ) in out.splitlines()


def test_check_reports_path_line_message_and_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = tmp_path / "k"
    shutil.copytree(FIXTURE, root)
    (root / "bad.md").write_text(
        "---\nid: bad\ntype: article\ntitle: T\nlang: lv\nupdated: 2026-02-30\n---\n\n", "utf-8"
    )
    code, out, _ = run(capsys, "check", str(root))
    assert code == 1
    lines = out.strip().splitlines()
    assert f"{root / 'bad.md'}:6: 'updated' is not a real date: 2026-02-30" in lines
    assert f"{root / 'bad.md'}:8: the document body (Markdown after the front matter) is empty" in lines


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "check")[0] == 2
    assert run(capsys, "check", str(tmp_path / "missing"))[0] == 2
    assert run(capsys, "frobnicate")[0] == 2


def test_build_then_read_the_pack_directly(capsys: pytest.CaptureFixture[str], tmp_path: Path, profile: Path) -> None:
    pack = tmp_path / "t.kbpack"
    code, out, _ = run(capsys, "build", str(FIXTURE), "-o", str(pack))
    assert code == 0 and "9 documents" in out
    code, out, _ = run(capsys, "search", "tirdznieciba", "--json", "--pack", str(pack))
    data = json.loads(out)
    assert code == 0 and data["query"] == "tirdznieciba" and data["total"] >= 3
    assert data["hits"][0]["id"] == "art-definicija"
    assert not (profile / "library").exists()  # --pack reads the pack, it installs nothing


def test_build_with_invalid_content_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = tmp_path / "k"
    shutil.copytree(FIXTURE, root)
    (root / "x.md").write_text("no front matter", "utf-8")
    code, out, err = run(capsys, "build", str(root), "-o", str(tmp_path / "x.kbpack"))
    assert code == 1 and "x.md:1: missing front matter" in out and "Traceback" not in err


def test_first_use_installs_the_bundled_library(capsys: pytest.CaptureFixture[str], profile: Path) -> None:
    code, out, _ = run(capsys, "list", "--json")
    docs = json.loads(out)
    assert code == 0 and len(docs) >= 50
    assert {"id", "type", "title", "lang"} <= set(docs[0])
    assert (profile / "library" / "CURRENT").is_file()


@pytest.mark.usefixtures("installed_profile")
def test_search_list_show_on_installed_profile(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "bāriņtiesa", "--json", "--limit", "1")
    data = json.loads(out)
    assert code == 0 and len(data["hits"]) == 1 and data["total"] >= 1
    assert set(data["hits"][0]) >= {"id", "type", "title", "lang", "score", "snippet"}
    code, out, _ = run(capsys, "search", "nekasnav", "--json")
    assert code == 0 and json.loads(out)["hits"] == []
    code, out, _ = run(capsys, "list", "--type", "contact", "--json")
    assert {d["id"] for d in json.loads(out)} == {"con-policija", "con-patverums"}
    code, out, _ = run(capsys, "search", "tirdzniecība", "--type", "contact", "--json")
    assert {h["type"] for h in json.loads(out)["hits"]} == {"contact"}
    for fmt, needle in (("md", "# Kas ir cilvēku tirdzniecība"), ("html", "<table>"), ("text", "Trīs elementi")):
        code, out, _ = run(capsys, "show", "art-definicija", "--format", fmt)
        assert code == 0 and needle in out
    code, _, err = run(capsys, "show", "nav-tada")
    assert code == 1 and "nav-tada" in err


@pytest.mark.usefixtures("installed_profile")
def test_municipalities(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "municipalities", "--json")
    rows = json.loads(out)
    assert code == 0 and {"code": "marupes-novads", "name": "Mārupes novads"}.items() <= rows[1].items()


@pytest.mark.usefixtures("profile")  # analyze reads the languages the library declares
def test_analyze_prints_word_tab_term(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "analyze", "tirdzniecības", "tirdznieciba", "un")
    assert code == 0
    assert out.splitlines() == ["tirdzniecības\ttirdzniecib", "tirdznieciba\ttirdzniecib", "un\t"]
    code, out, _ = run(capsys, "analyze", "--lang", "en", "trafficking")
    assert out == "trafficking\ttraffick\n"


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.kbpack"
    bad.write_bytes(b"not a zip at all")
    result = subprocess.run(
        [sys.executable, "-m", "kb_app", "search", "x", "--pack", str(bad)],
        capture_output=True,
        text=True,
        check=False,
        env={"KB_APP_PROFILE": str(tmp_path / "p"), "PATH": ""},
    )
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


GUI_COMMAND_LINES = (
    ["gui"],
    ["gui", "--quit-after-ready"],
    ["gui", "--profile", "/tmp/p", "--pack", "a.kbpack"],
    ["gui", "--profile=/tmp/p", "--quit-after-ready"],
    ["gui", "--pack=x", "--pack", "y"],
)


def test_the_window_starts_without_building_the_command_line_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    # The start path (kb-app alone, or gui with its options) reads them by hand; argparse's parser
    # costs start-up time. What the window gets must be what argparse would have given it.
    import kb_app.cli as cli
    from kb_app.cli import gui_cmd

    expected = {tuple(args): cli.build_parser(gui_only=True).parse_args(args) for args in GUI_COMMAND_LINES}
    received: list[argparse.Namespace] = []
    monkeypatch.setattr(gui_cmd, "cmd_gui", lambda options: received.append(options) or 0)
    monkeypatch.setattr(cli, "build_parser", lambda **_options: pytest.fail("the parser was built"))
    assert len(expected) >= 3
    for args in GUI_COMMAND_LINES:
        assert cli.main(args) == 0
        got = received.pop()
        want = expected[tuple(args)]
        assert (got.profile, got.pack, got.quit_after_ready) == (want.profile, want.pack, want.quit_after_ready)


def test_anything_else_after_gui_is_still_argparses_to_judge(capsys: pytest.CaptureFixture[str]) -> None:
    from kb_app.cli import main

    assert main(["gui", "--profile"]) == 2
    assert "expected one argument" in capsys.readouterr().err
    assert main(["gui", "--quit-after-ready=yes"]) == 2
    assert main(["gui", "--nonsense"]) == 2
