"""Workshop sessions: which institutions each group would involve, beside the model solution.

A session is one scenario worked on by some groups at one time. Per group it keeps only an
ordered list of institution names: no names of people, no notes, nothing about the trainer or the
participants (the window says so where the answers are typed). Sessions live in the user's
database (table ``workshop_sessions``, made by a migration in :mod:`kb_app.core.userdata.user_db`) and
travel in the feedback export as ``workshop`` items, so that trainers learn which scenarios groups
find hard.

The model and the comparison with it: :mod:`kb_app.core.workshop.model_answers`.
"""

from __future__ import annotations

import json
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from kb_app.core.content.labels import Labels
from kb_app.core.platform.errors import KbError
from kb_app.core.userdata.user_db import UserData, format_time, utc_now
from kb_app.core.workshop.model_answers import ModelInstitution, compare

MAX_GROUPS = 12
MAX_ANSWERS = 30
MAX_NAME = 120
RESUME_WITHIN = timedelta(hours=8)  # one workshop day


class WorkshopAnswerError(KbError):
    """An answer that cannot be stored (too long, too many)."""


@dataclass(frozen=True)
class WorkshopSession:
    id: str
    scenario_id: str
    created_at: str
    updated_at: str
    groups: tuple[tuple[str, ...], ...]
    # The model as it was when the session began (a later library may change the scenario).
    model: tuple[ModelInstitution, ...] = ()


def _visible(name: str) -> str:
    # A pasted name may carry control or bidi-override characters; they would travel to the
    # trainer's terminal through the feedback file. Names keep only what prints.
    return " ".join("".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf")).split())


def clean_answer(answer: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """One group's answer as stored: names trimmed and printable, each once, empty ones dropped."""
    names = tuple(n for n in dict.fromkeys(_visible(a) for a in answer) if n)
    if len(names) > MAX_ANSWERS:
        raise WorkshopAnswerError(f"a group's answer holds at most {MAX_ANSWERS} institutions")
    if any(len(n) > MAX_NAME for n in names):
        raise WorkshopAnswerError(f"an institution's name is at most {MAX_NAME} characters")
    return names


class WorkshopSessions:
    def __init__(self, userdata: UserData, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = userdata
        self._clock = clock

    def start(self, scenario_id: str, model: list[ModelInstitution]) -> WorkshopSession:
        now = format_time(self._clock())
        session = WorkshopSession(str(uuid.uuid4()), scenario_id, now, now, (), tuple(model))
        stored = json.dumps([{"label": m.label, "names": sorted(m.names)} for m in model], ensure_ascii=False)
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO workshop_sessions (id, scenario_id, created_at, updated_at, model, groups) "
                "VALUES (?, ?, ?, ?, ?, '[]')",
                (session.id, scenario_id, now, now, stored),
            )
        return session

    def set_groups(self, session_id: str, groups: list[list[str]] | list[tuple[str, ...]]) -> WorkshopSession:
        if len(groups) > MAX_GROUPS:
            raise WorkshopAnswerError(f"a session has at most {MAX_GROUPS} groups")
        cleaned = [list(clean_answer(g)) for g in groups]
        now = format_time(self._clock())
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE workshop_sessions SET groups = ?, updated_at = ? WHERE id = ?",
                (json.dumps(cleaned, ensure_ascii=False), now, session_id),
            )
        session = self.get(session_id)
        if session is None:
            raise KbError(f"no workshop session {session_id}")
        return session

    def get(self, session_id: str) -> WorkshopSession | None:
        row = self._db.conn.execute(
            "SELECT id, scenario_id, created_at, updated_at, groups, model FROM workshop_sessions WHERE id = ?",
            (session_id,),
        ).fetchone()
        return _session(row) if row else None

    def recent(self, scenario_id: str, within: timedelta = RESUME_WITHIN) -> WorkshopSession | None:
        """The scenario's session changed last, if within ``within``: a workshop that moves to
        another scenario and back finds its groups' answers again."""
        since = format_time(self._clock() - within)
        row = self._db.conn.execute(
            "SELECT id, scenario_id, created_at, updated_at, groups, model "
            "FROM workshop_sessions WHERE scenario_id = ? AND updated_at >= ? "
            "ORDER BY updated_at DESC, id LIMIT 1",
            (scenario_id, since),
        ).fetchone()
        return _session(row) if row else None

    def all(self) -> list[WorkshopSession]:
        rows = self._db.conn.execute(
            "SELECT id, scenario_id, created_at, updated_at, groups, model "
            "FROM workshop_sessions ORDER BY created_at, id"
        ).fetchall()
        return [_session(r) for r in rows]


def _json_list(text: str | None) -> list[Any]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _session(row: tuple[Any, ...]) -> WorkshopSession:
    groups = tuple(tuple(str(n) for n in g) for g in _json_list(row[4]) if isinstance(g, list))
    model = tuple(
        ModelInstitution(str(m.get("label", "")), frozenset(str(n) for n in m.get("names") or []))
        for m in _json_list(row[5])
        if isinstance(m, dict)
    )
    return WorkshopSession(row[0], row[1], row[2], row[3], groups, model)


def feedback_items(sessions: list[WorkshopSession]) -> list[dict[str, Any]]:
    """Sessions with answers as ``workshop`` items of the feedback file (docs/interface-contract.md §5, added):
    ``doc_id`` the scenario, ``text`` one line of what the groups missed, and the per-group
    comparison under ``workshop``."""
    items = []
    for session in sessions:
        groups = [g for g in session.groups if g]
        if not groups:
            continue
        compared = [compare(list(session.model), g) for g in groups]
        missed: dict[str, int] = {}
        for c in compared:
            for label in c.missed:
                missed[label] = missed.get(label, 0) + 1
        summary = "; ".join(f"{label} ({n}/{len(groups)})" for label, n in sorted(missed.items(), key=lambda x: -x[1]))
        text = f"workshop: {len(groups)} group(s); missed: {summary or 'nothing'}"
        items.append(
            {
                "id": session.id,
                "kind": "workshop",
                "doc_id": session.scenario_id,
                "text": text[:4000],
                "created_at": session.created_at,
                "workshop": {
                    "groups": [
                        {"answer": list(g), "both": list(c.both), "missed": list(c.missed), "added": list(c.added)}
                        for g, c in zip(groups, compared, strict=True)
                    ]
                },
            }
        )
    return items


def session_record_html(session: WorkshopSession, scenario_title: str, labels: Labels | None = None) -> str:
    """The one-page record of a session: the model's order, and per group its answer beside it, in
    the words the pack declares for its language (``labels``, kb_app.core.content.labels; English without)."""
    from html import escape

    lab = (labels or Labels("")).group("record")

    def cell(names: tuple[str, ...]) -> str:
        return "<br>".join(escape(n) for n in names) or lab["none"]

    groups = [(i, g) for i, g in enumerate(session.groups, start=1) if g]
    parts = [
        f'<h1 style="font-size:large; margin-bottom:2px">{escape(lab["title"])}: {escape(scenario_title)}</h1>',
        f"<p>{escape(lab['date'])}: {escape(session.created_at[:10])} · {escape(lab['groups'])}: {len(groups)}</p>",
        f"<p><b>{escape(lab['model'])}:</b> {escape(' → '.join(m.label for m in session.model))}</p>",
        '<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr>'
        + "".join(f'<th align="left">{escape(lab[k])}</th>' for k in ("groups", "order", "both", "missed", "added"))
        + "</tr>",
    ]
    for number, answer in groups:
        c = compare(list(session.model), answer)
        order = "<br>".join(f"{i}. {escape(n)}" for i, n in enumerate(answer, start=1))
        parts.append(
            f'<tr><td valign="top"><b>{escape(lab["group"].format(number))}</b></td>'
            f'<td valign="top">{order}</td><td valign="top">{cell(c.both)}</td>'
            f'<td valign="top">{cell(c.missed)}</td><td valign="top">{cell(c.added)}</td></tr>'
        )
    parts.append("</table>")
    parts.append(f'<p class="muted"><small><i>{escape(lab["privacy"])}</i></small></p>')
    return "\n".join(parts)
