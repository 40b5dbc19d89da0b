"""The checklist's case while the window lives: ticks per indicator set and the observations.

One case may need several indicator sets (a child in labour exploitation: the children's set and
the labour set), so ticks are kept per set and switching sets forgets nothing. The case is also
kept as a recovery draft beside the notes' drafts (:mod:`kb_app.core.userdata.drafts`), so that a language
switch (which rebuilds the window) or a crash does not lose it. The draft is removed when the
worker clears the case or quits: nothing of a case outlives the session the worker had it in.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb_app.core.platform.atomic import atomic_write_bytes

CASE_FILE = "checklist-case.json"  # not draft-*.json: the notes' drafts dialog never offers it
MAX_CASE_FILE = 256 * 1024  # ticks and a few paragraphs; anything larger is not ours
MAX_OBSERVATIONS = 64 * 1024


@dataclass(frozen=True)
class ChecklistCase:
    ticks: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # set id → ticked ids, in order
    observations: str = ""
    current_set: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(self.ticks.values()) and not self.observations.strip()

    @property
    def ticked_count(self) -> int:
        return sum(len(ids) for ids in self.ticks.values())

    def all_ticked(self, set_order: Sequence[str] = ()) -> list[str]:
        """Every ticked id, set by set: the sets in ``set_order`` first, then any other."""
        order = [*(s for s in set_order if s in self.ticks), *(s for s in self.ticks if s not in set_order)]
        return [i for set_id in order for i in self.ticks[set_id]]

    def to_json(self) -> bytes:
        data = {
            "ticks": {k: list(v) for k, v in self.ticks.items() if v},
            "observations": self.observations,
            "current_set": self.current_set,
        }
        return json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")

    @staticmethod
    def from_json(raw: bytes) -> ChecklistCase | None:
        """The case in ``raw``, or None when it is not one (damaged, foreign, too large)."""
        if len(raw) > MAX_CASE_FILE:
            return None
        try:
            data = json.loads(raw.decode("utf-8", "surrogatepass"))
        except (ValueError, RecursionError):
            return None
        return _case_from(data)


def _case_from(data: Any) -> ChecklistCase | None:
    if not isinstance(data, dict):
        return None
    ticks, observations, current = data.get("ticks", {}), data.get("observations", ""), data.get("current_set", "")
    if not isinstance(ticks, dict) or not isinstance(observations, str) or not isinstance(current, str):
        return None
    clean: dict[str, tuple[str, ...]] = {}
    for set_id, ids in ticks.items():
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            return None
        if ids:
            clean[set_id] = tuple(dict.fromkeys(ids))
    return ChecklistCase(clean, observations[:MAX_OBSERVATIONS], current)


def save_case(folders: Sequence[Path], case: ChecklistCase) -> Path | None:
    """Write the case to the first folder that takes it (an empty case removes the draft); None
    when no folder did: the case then lives in the window only."""
    if case.is_empty:
        discard_case(folders)
        return None
    data = case.to_json()
    for index, folder in enumerate(folders):
        target = folder / CASE_FILE
        try:
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, data)
        except OSError:
            continue
        for other in folders[index + 1 :]:  # one case, never two copies offered back
            with contextlib.suppress(OSError):
                (other / CASE_FILE).unlink(missing_ok=True)
        return target
    return None


def load_case(folders: Sequence[Path]) -> ChecklistCase | None:
    for folder in folders:
        path = folder / CASE_FILE
        try:
            if path.stat().st_size > MAX_CASE_FILE:
                continue
            with path.open("rb") as fh:
                case = ChecklistCase.from_json(fh.read(MAX_CASE_FILE + 1))
        except OSError:
            continue
        if case is not None and not case.is_empty:
            return case
    return None


def discard_case(folders: Sequence[Path]) -> None:
    for folder in folders:
        with contextlib.suppress(OSError):
            (folder / CASE_FILE).unlink(missing_ok=True)
