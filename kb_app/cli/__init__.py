"""The ``kb-app`` command (docs/interface-contract.md §1). Each module that
:func:`command_modules` names registers its own commands."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Protocol

from kb_app import __version__
from kb_app.core.platform.errors import KbError
from kb_app.core.platform.textsafe import CleaningStream

if TYPE_CHECKING:  # argparse and the shared options are imported only off the window's start path
    import argparse


class CommandModule(Protocol):
    """A module that declares commands: ``register`` adds them (and their sub-commands) with
    argparse's public API and sets ``handler`` on each (CONTRIBUTING.md, "Add a CLI command")."""

    def register(self, subparsers: Any) -> None: ...


def command_modules() -> tuple[CommandModule, ...]:
    """Every module that declares commands besides ``gui``, in the order ``kb-app --help`` lists
    them; imported here, not at the top, so that the window's start path does not load them."""
    from kb_app.cli import data_cmds, desk_cmds, exchange_cmds, library_cmds, pack_cmds, workshop_cmds

    return library_cmds, pack_cmds, data_cmds, exchange_cmds, desk_cmds, workshop_cmds


def build_parser(gui_only: bool = False) -> argparse.ArgumentParser:
    """The whole command line; ``gui_only`` skips the other commands."""
    from kb_app.cli import gui_cmd
    from kb_app.cli.options import CommandParser

    parser = CommandParser(prog="kb-app", description="Offline knowledge base on human trafficking.")
    parser.add_argument("--version", action="version", version=f"kb-app {__version__}")
    subparsers = parser.add_subparsers(dest="command", parser_class=CommandParser)
    gui_cmd.register(subparsers)
    if not gui_only:
        for module in command_modules():
            module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    if debug:
        args_list.remove("--debug")
    if not args_list or args_list[0].startswith("--") and args_list[0] not in ("--help", "--version"):
        # `kb-app` alone, or `kb-app --profile X`, opens the window.
        args_list.insert(0, "gui")
    _force_utf8_output()
    with _cleaned_output():
        return _run(args_list, debug)


@contextmanager
def _cleaned_output() -> Iterator[None]:
    """Everything printed goes through the one output cleaner (``kb_app.core.platform.textsafe``): titles,
    signer names, note texts and pack fields come from files anyone can write."""
    saved = sys.stdout, sys.stderr
    # None in a windowed frozen app (no console): print() then writes nothing, and must stay so.
    if saved[0] is not None:
        sys.stdout = CleaningStream(saved[0])
    if saved[1] is not None:
        sys.stderr = CleaningStream(saved[1])
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def _run(args_list: list[str], debug: bool) -> int:
    try:
        gui = _plain_gui_options(args_list)
        if gui is not None:  # the window's start path: argparse and its parser cost ~5 ms
            from kb_app.cli import gui_cmd

            return gui_cmd.cmd_gui(gui)
        return _run_parsed(args_list)
    except KbError as exc:
        if debug:
            raise
        print(f"kb-app: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: still one readable line unless --debug
        if debug:
            raise
        print(f"kb-app: unexpected error: {type(exc).__name__}: {exc} (run with --debug for details)", file=sys.stderr)
        return 1


def _run_parsed(args_list: list[str]) -> int:
    from kb_app.cli.options import UsageError

    try:
        parser = build_parser(gui_only=args_list[0] == "gui")
        args = parser.parse_args(args_list)
        return int(args.handler(args) or 0)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return 2


def _plain_gui_options(args_list: list[str]) -> SimpleNamespace | None:
    """``gui`` with only its own options, each well formed: what argparse would make of them.
    Anything else (``--help``, a typo, a missing value) is left to argparse and its messages."""
    if args_list[0] != "gui":
        return None
    options = SimpleNamespace(command="gui", quit_after_ready=False, profile=None, pack=None)
    rest = args_list[1:]
    while rest:
        name, equals, value = rest.pop(0).partition("=")
        if name == "--quit-after-ready" and not equals:
            options.quit_after_ready = True
        elif name in ("--profile", "--pack"):
            if not equals:
                if not rest or rest[0].startswith("-"):
                    return None
                value = rest.pop(0)
            setattr(options, name[2:], value)
        else:
            return None
    return options


def _force_utf8_output() -> None:
    # Windows consoles default to a legacy code page; Latvian letters must not crash printing.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass
