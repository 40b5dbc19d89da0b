"""The window names document types and their fields from the registry's generated table
(kb_app/ui/doc_type_names.py): the search filter offers every type the registry offers, and a type
added once to the registry appears in the filter, the badges and "what changed"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kb_app.core import doctypes
from kb_app.ui import doc_type_names
from kb_app.ui.dialogs.changes import field_names
from kb_app.ui.labels import type_names
from tests.core.test_doctypes import PROCEDURE


def _filter(window: Any) -> list[tuple[str, str]]:
    combo = window.search.type_filter
    return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]


def test_the_search_filter_offers_every_document_type_handouts_too(window: Any) -> None:
    assert _filter(window) == [("", "Everything"), ("article", "Articles"), ("indicators", "Indicator sets"),
                               ("contact", "Contacts"), ("scenario", "Scenarios"), ("handout", "Client handouts"),
                               ("note", "My note (only)")]


def test_a_type_added_once_to_the_registry_reaches_the_window(
        make_window: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(doctypes.DOC_TYPES, PROCEDURE.name, PROCEDURE)
    table: dict[str, Any] = {}
    exec(compile(doctypes.ui_names_source(), doctypes.UI_NAMES_MODULE, "exec"), table)  # the script's output
    monkeypatch.setattr(doc_type_names, "TYPE_NAMES", table["TYPE_NAMES"])
    monkeypatch.setattr(doc_type_names, "FIELD_NAMES", table["FIELD_NAMES"])

    window = make_window()
    assert ("procedure", "Procedures") in _filter(window)
    assert type_names()["procedure"] == "Procedure"
    assert field_names()["lead"] == "Lead institution"
