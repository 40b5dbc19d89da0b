"""Split a Markdown file into YAML front matter and body, keeping line numbers for every value.

PyYAML's composed node tree carries marks; we keep the line of every key and list item so that a
problem deep inside ``groups[2].indicators[5].id`` is reported at its own line. Timestamps are not
resolved (dates stay text and are validated by us: ``2026-13-45`` is a clear problem, not a crash),
and duplicate keys, which PyYAML would silently overwrite, are reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

Path_ = tuple[str | int, ...]


# libyaml's loader when PyYAML has it (10x faster on a large library), the pure one otherwise.
_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """SafeLoader without implicit timestamps: dates arrive as strings."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class FrontMatter:
    data: dict[str, Any]
    lines: dict[Path_, int]
    body: str
    body_line: int  # 1-based line of the first body line
    problems: list[tuple[int, str]] = field(default_factory=list)

    def line_of(self, path: Path_) -> int:
        """Line of the value at ``path``, or of its nearest parent that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


class FrontMatterError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _closing_line(lines: list[str]) -> int | None:
    """Index of the line that ends the front matter (``---`` or ``...``), None if none does."""
    return next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)


def body_of(text: str) -> str:
    """The Markdown after the front matter of a document :func:`split` accepted ('' if none)."""
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    closing = _closing_line(lines)
    return "" if closing is None or lines[0].strip() != "---" else "\n".join(lines[closing + 1 :])


def split(text: str) -> FrontMatter:
    """Parse ``text`` (already decoded, newlines normalized). Raises FrontMatterError."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise FrontMatterError(1, "missing front matter: the file must start with a line '---'")
    closing = _closing_line(lines)
    if closing is None:
        raise FrontMatterError(1, "front matter is not closed: no second '---' line")
    yaml_text = "\n".join(lines[1:closing])
    offset = 2  # YAML line 0 is file line 2
    loader = _Loader(yaml_text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise FrontMatterError(1, "front matter is empty")
        if not isinstance(node, yaml.MappingNode):
            raise FrontMatterError(node.start_mark.line + offset, "front matter must be 'key: value' lines")
        line_map: dict[Path_, int] = {(): 1}
        problems: list[tuple[int, str]] = []
        budget = [_MAX_NODES, _MAX_CHARS]
        _record_lines(node, (), line_map, problems, offset, budget)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + offset if mark is not None else 1
        reason = exc.problem or exc.context or "invalid YAML"
        raise FrontMatterError(line, f"invalid YAML: {reason}") from None
    except yaml.YAMLError as exc:
        raise FrontMatterError(1, f"invalid YAML: {exc}") from None
    except (ValueError, TypeError, RecursionError) as exc:  # constructor surprises
        raise FrontMatterError(1, f"invalid YAML value: {exc}") from None
    finally:
        loader.dispose()
    body = "\n".join(lines[closing + 1 :])
    return FrontMatter(data=data, lines=line_map, body=body, body_line=closing + 2, problems=problems)


_MAX_NODES = 20_000
_MAX_CHARS = 4 * 1024 * 1024  # twice the largest file read at all: aliases may repeat, not multiply
MAX_DEPTH = 12


def _record_lines(
    node: yaml.Node,
    path: Path_,
    out: dict[Path_, int],
    problems: list[tuple[int, str]],
    offset: int,
    budget: list[int],
) -> None:
    # Aliases make a small text expand into a huge tree ("billion laughs"); the budget refuses
    # that before construct_document would try to build it. It counts at every depth (a bomb
    # nested below a depth it skipped once cost 351 MB of output), and the characters of every
    # scalar an alias repeats: one long value named 20,000 times is as large as 20,000 copies.
    budget[0] -= 1
    if budget[0] < 0:
        raise FrontMatterError(1, "front matter is too large or nests aliases too deeply")
    if len(path) > MAX_DEPTH:  # nothing legitimate nests this deep; stop before recursion limits
        raise FrontMatterError(node.start_mark.line + offset, f"front matter nests deeper than {MAX_DEPTH} levels")
    if isinstance(node, yaml.ScalarNode):
        budget[1] -= len(node.value)
        if budget[1] < 0:
            raise FrontMatterError(
                node.start_mark.line + offset, "front matter is too large (its aliases repeat too much text)"
            )
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):  # a list or alias as a key: built whole, then refused
                raise FrontMatterError(key_node.start_mark.line + offset, "a key must be plain text")
            key = key_node.value
            line = key_node.start_mark.line + offset
            if key in seen:
                problems.append((line, f"duplicate key '{key}'"))
            seen.add(key)
            out[(*path, key)] = line
            _record_lines(value_node, (*path, key), out, problems, offset, budget)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            out[(*path, index)] = item.start_mark.line + offset
            _record_lines(item, (*path, index), out, problems, offset, budget)
