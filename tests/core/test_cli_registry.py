"""How the `kb-app` command line is declared: each command group in one module, argparse used only
through its public API, and a new command added by one module's ``register`` (CONTRIBUTING.md)."""

from __future__ import annotations

import argparse
import re
import types
from pathlib import Path
from typing import Any

import pytest

import kb_app.cli
from kb_app.cli import build_parser, main
from kb_app.cli.options import add_profile_option
from kb_app.core.platform.errors import KbError

CLI = Path(kb_app.cli.__file__).resolve().parent
PACK_COMMANDS = {
    "info": ["F"],
    "import": ["F"],
    "verify": ["F"],
    "status": [],
    "rollback": [],
    "changes": [],
    "keygen": ["-o", "K"],
}
NOTES_COMMANDS = {"export": ["-o", "F"], "import": ["F"], "delete": ["ID"], "sync": ["DIR"]}


def _listed(capsys: pytest.CaptureFixture[str], *command: str) -> set[str]:
    """The sub-commands ``kb-app COMMAND --help`` lists."""
    with pytest.raises(SystemExit):
        build_parser().parse_args([*command, "--help"])
    usage = capsys.readouterr().out.split("positional arguments:")[1].split("options:")[0]
    return set(re.findall(r"^    (\w+)", usage, flags=re.MULTILINE))


@pytest.mark.parametrize(
    ("command", "subcommands", "module"),
    [("pack", PACK_COMMANDS, "kb_app.cli.pack_cmds"), ("notes", NOTES_COMMANDS, "kb_app.cli.data_cmds")],
)
def test_each_command_group_is_declared_and_handled_in_one_module(
    capsys: pytest.CaptureFixture[str], command: str, subcommands: dict[str, list[str]], module: str
) -> None:
    assert _listed(capsys, command) == set(subcommands)
    parser = build_parser()
    for name, arguments in subcommands.items():
        handler = parser.parse_args([command, name, *arguments]).handler
        assert handler.__module__ == module, (name, handler.__module__)


def test_the_command_line_uses_argparse_only_through_its_public_api() -> None:
    private = re.compile(
        r"argparse\._|\._(actions|subparsers|choices_actions|option_string_actions|registries)\b"
        r"|_SubParsersAction|\.choices\["
    )
    modules = sorted(CLI.glob("*.py"))
    assert len(modules) >= 8
    for path in modules:
        found = private.findall(path.read_text("utf-8"))
        assert not found, (path.name, found)


def test_a_command_declared_in_one_module_is_parsed_listed_and_run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # What a newcomer writes, following CONTRIBUTING.md ("Add a CLI command").
    def register(subparsers: Any) -> None:
        p = subparsers.add_parser("greet", help="say hello to a municipality")
        p.add_argument("municipality", metavar="CODE")
        add_profile_option(p)
        p.set_defaults(handler=cmd_greet)

    def cmd_greet(args: argparse.Namespace) -> int:
        if args.municipality == "nowhere":
            raise KbError("there is no municipality 'nowhere'")
        print(f"Hello, {args.municipality} ({args.profile})")
        return 0

    greeting = types.SimpleNamespace(register=register)
    existing = kb_app.cli.command_modules
    monkeypatch.setattr(kb_app.cli, "command_modules", lambda: (*existing(), greeting))

    assert "greet" in _listed(capsys)
    assert main(["greet", "marupes-novads", "--profile", str(tmp_path)]) == 0
    assert capsys.readouterr().out == f"Hello, marupes-novads ({tmp_path})\n"
    assert main(["greet", "nowhere"]) == 1
    assert capsys.readouterr().err == "kb-app: there is no municipality 'nowhere'\n"
    assert main(["greet"]) == 2
    assert "the following arguments are required: CODE" in capsys.readouterr().err
