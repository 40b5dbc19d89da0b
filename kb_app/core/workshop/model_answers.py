"""The model solution as a list of institutions, and a group's answer set beside it.

The model is the scenario's cooperation map (:mod:`kb_app.core.workshop.coop_map`): its
institutions in the order the solution first involves them. A group's answer matches a model
institution by its name in the roles or the title of its contact, whatever the case and spacing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kb_app.core.workshop.coop_map import build_map


@dataclass(frozen=True)
class ModelInstitution:
    label: str
    names: frozenset[str]  # the folded names it answers to


@dataclass(frozen=True)
class GroupComparison:
    both: tuple[str, ...]  # model institutions the group named, in the model's order
    missed: tuple[str, ...]  # in the model, not named by the group
    added: tuple[str, ...]  # named by the group, not in the model (as the group wrote them)


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def model_institutions(meta: Mapping[str, Any], titles: Mapping[str, str]) -> list[ModelInstitution]:
    """The institutions of the model solution in the order it involves them (the map's rows)."""
    coop = build_map(meta, titles)
    out = []
    for key in (k for row in coop.rows for k in row):
        node = coop.node(key)
        names = {_fold(node.label)}
        if node.contact:
            names.add(_fold(titles.get(node.contact, node.contact)))
        out.append(ModelInstitution(node.label, frozenset(n for n in names if n)))
    return out


def compare(model: list[ModelInstitution], answer: tuple[str, ...] | list[str]) -> GroupComparison:
    named = {_fold(a) for a in answer}
    both = tuple(m.label for m in model if m.names & named)
    missed = tuple(m.label for m in model if not m.names & named)
    known = set().union(*(m.names for m in model)) if model else set()
    added = tuple(dict.fromkeys(a for a in answer if _fold(a) not in known))
    return GroupComparison(both, missed, added)
