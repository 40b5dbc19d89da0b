"""The window names document types and their fields from the registry's generated table
(kb_app/ui/look/doc_type_names.py): the search filter offers every type the registry offers, and a type
added once to the registry appears in the filter, the badges and "what changed"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from kb_app.core.content import doctypes
from kb_app.ui.dialogs.changes_dialog import field_names
from kb_app.ui.look import doc_type_names, doc_type_table
from kb_app.ui.look.code_names import type_names
from tests.core.test_doctypes import PROCEDURE


def _filter(window: Any) -> list[tuple[str, str]]:
    combo = window.search.type_filter
    return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]


def test_the_windows_table_of_names_is_the_registrys() -> None:
    assert doc_type_table.UI_NAMES_MODULE.read_text("utf-8") == doc_type_table.ui_names_source(), (
        "kb_app/ui/look/doc_type_names.py is stale: run `.venv/bin/python -m kb_app.ui.look.doc_type_table`"
    )


def test_the_search_filter_offers_every_document_type_handouts_too(window: Any) -> None:
    assert _filter(window) == [
        ("", "Everything"),
        ("article", "Articles"),
        ("indicators", "Indicator sets"),
        ("contact", "Contacts"),
        ("scenario", "Scenarios"),
        ("handout", "Client handouts"),
        ("note", "My note (only)"),
    ]


def test_a_type_added_once_to_the_registry_reaches_the_window(
    make_window: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(doctypes.DOC_TYPES, PROCEDURE.name, PROCEDURE)
    source = doc_type_table.ui_names_source()  # what `python -m kb_app.ui.look.doc_type_table` writes
    assert (
        '"procedure": TypeName(\n        QT_TRANSLATE_NOOP("Labels", "Procedure"),\n'
        '        QT_TRANSLATE_NOOP("Labels", "Procedures"),\n'
        '        QT_TRANSLATE_NOOP("Labels", "Procedures"),\n    ),'
    ) in source
    table: dict[str, Any] = {}
    exec(compile(source, str(doc_type_table.UI_NAMES_MODULE), "exec"), table)
    monkeypatch.setattr(doc_type_names, "TYPE_NAMES", table["TYPE_NAMES"])
    monkeypatch.setattr(doc_type_names, "FIELD_NAMES", table["FIELD_NAMES"])

    window = make_window()
    assert ("procedure", "Procedures") in _filter(window)
    assert type_names()["procedure"] == "Procedure"
    assert field_names()["lead"] == "Lead institution"


def test_a_type_kept_out_of_the_search_filter_is_named_but_not_offered(
    make_window: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(doctypes.DOC_TYPES, PROCEDURE.name, replace(PROCEDURE, in_search_filter=False))
    table: dict[str, Any] = {}
    exec(compile(doc_type_table.ui_names_source(), str(doc_type_table.UI_NAMES_MODULE), "exec"), table)
    monkeypatch.setattr(doc_type_names, "TYPE_NAMES", table["TYPE_NAMES"])

    window = make_window()
    assert "procedure" not in [code for code, _text in _filter(window)]
    assert type_names()["procedure"] == "Procedure"
