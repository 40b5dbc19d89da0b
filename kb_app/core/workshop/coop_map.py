"""The cooperation map of a scenario: who works with whom, and in which order (no Qt).

Nodes are the institutions of the scenario's ``roles``; a role's ``contact`` ties it to the
solution steps that name that contact. A step that names no contact is done by the institution
that holds the case: the first role without a contact (usually the municipal social service).
A contact a step names but no role has becomes a node of its own, drawn dashed, so that the map
never hides whom the model solution calls (112, the doctor on 113…).

The layout is layered from top to bottom: an institution sits in the row of the first step that
involves it, and an arrow goes from every institution of one step to every institution of the
next step that involves someone. Roles no step involves sit in a last row without arrows. Label
widths are estimated from character counts (no font metrics in core), with a wide margin, so the
same layout serves the window (through Qt's SVG renderer), the trainer sheet and the SVG export.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any

from kb_app.core.content.labels import Labels

NODE_WIDTH = 230
LINE_HEIGHT = 18
FONT_PX = 13
SMALL_PX = 11
CHARS_PER_LINE = 24  # DejaVu Sans averages about 0.6 em a letter: 24 × 7.8 px leaves 15 px to spare
MAX_LINES = 4
PAD = 10
GAP_X = 36
GAP_Y = 54
MARGIN = 16
MAX_PER_ROW = 4
BACK_LANE = 40  # room beside the boxes (and above the first row) for arrows that skip rows


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    def intersects(self, other: Rect) -> bool:
        return (
            self.x < other.x + other.w
            and other.x < self.x + self.w
            and self.y < other.y + other.h
            and other.y < self.y + self.h
        )


@dataclass
class MapNode:
    key: str  # the contact id, or "role:N" for a role without a contact
    label: str
    contact: str | None
    in_roles: bool
    steps: list[int] = field(default_factory=list)  # 1-based numbers of the steps that involve it
    lines: tuple[str, ...] = ()
    rect: Rect = Rect(0, 0, 0, 0)
    row: int = 0
    row_top: float = 0.0  # the row's band, which back arrows run just outside of
    row_bottom: float = 0.0


@dataclass(frozen=True)
class MapEdge:
    source: str
    target: str
    steps: tuple[int, ...]  # the step numbers whose hand-over this arrow is (into ``target``)


@dataclass(frozen=True)
class CoopMap:
    nodes: tuple[MapNode, ...]
    edges: tuple[MapEdge, ...]
    rows: tuple[tuple[str, ...], ...]
    width: float
    height: float
    words: tuple[str, str] = ("step", "steps")  # the pack's words for one step and several (labels 'map')

    def node(self, key: str) -> MapNode:
        return next(n for n in self.nodes if n.key == key)


def wrap_label(text: str, width: int = CHARS_PER_LINE, max_lines: int = MAX_LINES) -> tuple[str, ...]:
    """``text`` in lines of at most ``width`` characters, broken between words; a word longer than
    a line is cut, and what does not fit in ``max_lines`` ends with an ellipsis."""
    lines: list[str] = []
    current = ""
    for word in " ".join(text.split()).split(" "):
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[: width - 1] + "-")
            word = word[width - 1 :]
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current = f"{current} {word}"
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        lines = [*lines[: max_lines - 1], (last[: width - 1] if len(last) >= width else last) + "…"]
    return tuple(lines) or ("",)


def _involved(meta: Mapping[str, Any], titles: Mapping[str, str]) -> tuple[list[MapNode], list[list[str]]]:
    """The nodes, and for each solution step the keys of the nodes it involves (in order)."""
    nodes: dict[str, MapNode] = {}
    holder: str | None = None
    for index, role in enumerate(r for r in meta.get("roles") or [] if isinstance(r, dict)):
        contact = str(role["contact"]) if role.get("contact") else None
        key = contact if contact is not None else f"role:{index}"
        if key in nodes:  # two roles on one contact: the first names the node
            continue
        nodes[key] = MapNode(key, " ".join(str(role.get("institution", "")).split()), contact, True)
        if contact is None and holder is None:
            holder = key
    per_step: list[list[str]] = []
    for step in (s for s in meta.get("solution") or [] if isinstance(s, dict)):
        keys: list[str] = []
        for contact in (str(c) for c in step.get("contacts") or []):
            if contact not in nodes:
                nodes[contact] = MapNode(contact, " ".join(titles.get(contact, contact).split()), contact, False)
            keys.append(contact)
        if not keys and holder is not None:
            keys.append(holder)
        per_step.append(list(dict.fromkeys(keys)))
    for number, keys in enumerate(per_step, start=1):
        for key in keys:
            nodes[key].steps.append(number)
    return list(nodes.values()), per_step


def build_map(meta: Mapping[str, Any], titles: Mapping[str, str], labels: Labels | None = None) -> CoopMap:
    """The map of one scenario's front matter (``roles`` and ``solution``), its words in the
    scenario's language as the pack declares them (``labels``; English without)."""
    nodes, per_step = _involved(meta, titles)
    by_key = {n.key: n for n in nodes}
    # Rows: the order in which the solution first involves each institution.
    rows: list[list[str]] = []
    placed: set[str] = set()
    for keys in per_step:
        new = [k for k in keys if k not in placed]
        if new:
            rows.append(new)
            placed.update(new)
    idle = [n.key for n in nodes if n.key not in placed]
    if idle:
        rows.append(idle)
    # A step that involves many institutions at once takes several rows: the map stays narrower
    # than a 1280-pixel window (and the A4 trainer sheet keeps a readable scale).
    rows = [row[i : i + MAX_PER_ROW] for row in rows for i in range(0, len(row), MAX_PER_ROW)]
    # Arrows: each step that involves someone hands over to the next such step.
    edge_steps: dict[tuple[str, str], list[int]] = {}
    previous: list[str] = []
    for number, keys in enumerate(per_step, start=1):
        if not keys:
            continue
        for source in previous:
            for target in keys:
                if source != target:
                    edge_steps.setdefault((source, target), []).append(number)
        previous = keys
    edges = tuple(MapEdge(s, t, tuple(n)) for (s, t), n in edge_steps.items())
    _order_rows(rows, edges)
    rank = {key: number for number, row in enumerate(rows) for key in row}
    width, height = _place(
        rows,
        by_key,
        any(rank[e.target] < rank[e.source] for e in edges),
        any(rank[e.target] > rank[e.source] + 1 for e in edges),
    )
    words = (labels or Labels("")).group("map")
    return CoopMap(tuple(nodes), edges, tuple(tuple(r) for r in rows), width, height, (words["step"], words["steps"]))


def _order_rows(rows: list[list[str]], edges: Sequence[MapEdge]) -> None:
    """Order each row under the institutions that hand over to it (the barycentre heuristic),
    so that arrows cross less; one pass from the top is enough for a few nodes a row."""
    position: dict[str, float] = {}
    for row in rows:
        first = {key: i - (len(row) - 1) / 2 for i, key in enumerate(row)}

        def centre(key: str, first: dict[str, float] = first) -> float:
            parents = [position[e.source] for e in edges if e.target == key and e.source in position]
            return sum(parents) / len(parents) if parents else first[key]

        row.sort(key=centre)
        width = len(row)
        for i, key in enumerate(row):
            position[key] = i - (width - 1) / 2


def _steps_text(node: MapNode, words: tuple[str, str]) -> str:
    if not node.steps:
        return ""
    word = words[0] if len(node.steps) == 1 else words[1]
    return f"{word} {', '.join(str(n) for n in node.steps)}"


def _place(rows: list[list[str]], by_key: dict[str, MapNode], back: bool, skip: bool) -> tuple[float, float]:
    for node in by_key.values():
        node.lines = wrap_label(node.label)
    widest = max((len(r) for r in rows), default=0)
    inner = widest * NODE_WIDTH + max(widest - 1, 0) * GAP_X
    left = MARGIN + (BACK_LANE if skip else 0)
    width = left + MARGIN + inner + (BACK_LANE if back else 0)
    y: float = MARGIN + (BACK_LANE / 2 if back else 0)
    for number, row in enumerate(rows):
        heights = {
            k: 2 * PAD + len(by_key[k].lines) * LINE_HEIGHT + (LINE_HEIGHT if by_key[k].steps else 0) for k in row
        }
        row_height = max(heights.values())
        row_width = len(row) * NODE_WIDTH + (len(row) - 1) * GAP_X
        x = left + (inner - row_width) / 2
        for key in row:
            node = by_key[key]
            node.rect = Rect(x, y + (row_height - heights[key]) / 2, NODE_WIDTH, heights[key])
            node.row, node.row_top, node.row_bottom = number, y, y + row_height
            x += NODE_WIDTH + GAP_X
        y += row_height + GAP_Y
    height = y - GAP_Y + MARGIN + (BACK_LANE / 2 if back else 0) if rows else 2 * MARGIN
    return float(width), float(height)


# -- SVG -------------------------------------------------------------------------------------
_FILL = {True: "#eef4fb", False: "#ffffff"}
_STROKE = "#2b4a6f"
_ARROW = "#4a4a4a"


def _arrow_head(path: str) -> str:
    """The head at the path's end: every path ends vertically, down into a top edge or (within a
    row) up into a bottom edge. Drawn as a polygon, since SVG markers are not rendered everywhere."""
    points = [
        tuple(float(v) for v in p.split(","))
        for p in path.replace("M", " ").replace("C", " ").replace("L", " ").split()
    ]
    (_, ya), (xb, yb) = points[-2], points[-1]
    d = 1.0 if yb >= ya else -1.0
    return (
        f'<path d="M{xb:.1f},{yb:.1f} L{xb - 5:.1f},{yb - 9 * d:.1f} L{xb + 5:.1f},{yb - 9 * d:.1f} z" '
        f'fill="{_ARROW}"/>'
    )


def _edge_path(source: MapNode, target: MapNode, lanes: tuple[float, float], slot: int) -> str:
    """An arrow's path. Down to the next row: a curve from the bottom middle to the top middle.
    Within a row: an arc below it. Further down, or back up: along the gaps between rows and a
    lane left (down) or right (up) of every box, so it crosses no box; ``slot`` spreads such
    arrows apart."""
    s, t = source.rect, target.rect
    offset = 6 + 5 * (slot % 4)
    if target.row > source.row + 1:
        x1, below = s.x + s.w / 2 - offset, source.row_bottom + offset
        x2, above = t.x + t.w / 2 - offset, target.row_top - offset
        x = lanes[0] - 2 * offset
        return (
            f"M{x1:.1f},{s.y + s.h:.1f} L{x1:.1f},{below:.1f} L{x:.1f},{below:.1f} L{x:.1f},{above:.1f} "
            f"L{x2:.1f},{above:.1f} L{x2:.1f},{t.y:.1f}"
        )
    if target.row > source.row:
        x1, y1, x2, y2 = s.x + s.w / 2, s.y + s.h, t.x + t.w / 2, t.y
        mid = (y1 + y2) / 2
        return f"M{x1:.1f},{y1:.1f} C{x1:.1f},{mid:.1f} {x2:.1f},{mid:.1f} {x2:.1f},{y2:.1f}"
    if target.row == source.row:
        x1, y1, x2, y2 = s.x + s.w / 2 + 12, s.y + s.h, t.x + t.w / 2 - 12, t.y + t.h
        dip = max(y1, y2) + GAP_Y * 0.6
        return f"M{x1:.1f},{y1:.1f} C{x1:.1f},{dip:.1f} {x2:.1f},{dip:.1f} {x2:.1f},{y2:.1f}"
    x1, below = s.x + s.w / 2 + offset, source.row_bottom + offset
    x2, above = t.x + t.w / 2 + offset, target.row_top - offset
    x = lanes[1] + 2 * offset
    return (
        f"M{x1:.1f},{s.y + s.h:.1f} L{x1:.1f},{below:.1f} L{x:.1f},{below:.1f} L{x:.1f},{above:.1f} "
        f"L{x2:.1f},{above:.1f} L{x2:.1f},{t.y:.1f}"
    )


def map_svg(coop: CoopMap, title: str = "") -> str:
    """The map as a standalone SVG document (every text from content escaped)."""
    width = coop.width
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{coop.height:.0f}" '
        f'viewBox="0 0 {width:.0f} {coop.height:.0f}" font-family="DejaVu Sans, Noto Sans, Segoe UI, '
        f'Arial, sans-serif">'
    ]
    if title:
        parts.append(f"<title>{escape(title)}</title>")
    parts.append(f'<rect x="0" y="0" width="{width:.0f}" height="{coop.height:.0f}" fill="#ffffff"/>')
    lanes = (
        min((n.rect.x for n in coop.nodes), default=0.0),
        max((n.rect.x + n.rect.w for n in coop.nodes), default=0.0),
    )
    slot = 0
    for edge in coop.edges:
        source, target = coop.node(edge.source), coop.node(edge.target)
        back = target.row < source.row
        path = _edge_path(source, target, lanes, slot)
        slot += back or target.row > source.row + 1
        style = ' stroke-dasharray="5,3"' if back else ""
        parts.append(f'<path d="{path}" fill="none" stroke="{_ARROW}" stroke-width="1.6"{style}/>')
        parts.append(_arrow_head(path))
    for node in coop.nodes:
        r = node.rect
        dash = "" if node.in_roles else ' stroke-dasharray="6,4"'
        parts.append(
            f'<rect x="{r.x:.1f}" y="{r.y:.1f}" width="{r.w:.1f}" height="{r.h:.1f}" rx="8" ry="8" '
            f'fill="{_FILL[node.in_roles]}" stroke="{_STROKE}" stroke-width="1.6"{dash}/>'
        )
        y = r.y + PAD + FONT_PX
        for line in node.lines:
            parts.append(
                f'<text x="{r.x + r.w / 2:.1f}" y="{y:.1f}" font-size="{FONT_PX}" font-weight="bold" '
                f'text-anchor="middle" fill="#111111">{escape(line)}</text>'
            )
            y += LINE_HEIGHT
        steps = _steps_text(node, coop.words)
        if steps:
            parts.append(
                f'<text x="{r.x + r.w / 2:.1f}" y="{y:.1f}" font-size="{SMALL_PX}" text-anchor="middle" '
                f'fill="#444444">{escape(steps)}</text>'
            )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
