"""How the window names each document type and each key a change can name.

Generated from kb_app/core/content/doctypes.py by `python -m kb_app.ui.look.doc_type_table`: do not edit by hand
(tests/ui/test_doc_type_names.py fails while this differs). The window's start path imports this table
instead of the registry, which brings the front-matter schema and the country declaration with it.
kb_app.ui.look.code_names and kb_app.ui.dialogs.changes_dialog translate the words (contexts "Labels", "Changes").
"""

from __future__ import annotations

from typing import NamedTuple

from kb_app.ui.shared.i18n import QT_TRANSLATE_NOOP


class TypeName(NamedTuple):
    label: str  # singular, for a badge next to a title
    plural: str  # a heading of the library tree
    search_filter: str  # its entry in "Search in:"; empty when the filter does not offer it


TYPE_NAMES: dict[str, TypeName] = {
    "article": TypeName(
        QT_TRANSLATE_NOOP("Labels", "Article"),
        QT_TRANSLATE_NOOP("Labels", "Articles"),
        QT_TRANSLATE_NOOP("Labels", "Articles"),
    ),
    "indicators": TypeName(
        QT_TRANSLATE_NOOP("Labels", "Indicators"),
        QT_TRANSLATE_NOOP("Labels", "Indicator sets"),
        QT_TRANSLATE_NOOP("Labels", "Indicator sets"),
    ),
    "contact": TypeName(
        QT_TRANSLATE_NOOP("Labels", "Contact"),
        QT_TRANSLATE_NOOP("Labels", "Contacts"),
        QT_TRANSLATE_NOOP("Labels", "Contacts"),
    ),
    "scenario": TypeName(
        QT_TRANSLATE_NOOP("Labels", "Scenario"),
        QT_TRANSLATE_NOOP("Labels", "Workshop scenarios"),
        QT_TRANSLATE_NOOP("Labels", "Scenarios"),
    ),
    "handout": TypeName(
        QT_TRANSLATE_NOOP("Labels", "Client handout"),
        QT_TRANSLATE_NOOP("Labels", "Client handouts"),
        QT_TRANSLATE_NOOP("Labels", "Client handouts"),
    ),
}

FIELD_NAMES: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Changes", "Title"),
    "type": QT_TRANSLATE_NOOP("Changes", "Type"),
    "lang": QT_TRANSLATE_NOOP("Changes", "Language"),
    "summary": QT_TRANSLATE_NOOP("Changes", "Summary"),
    "tags": QT_TRANSLATE_NOOP("Changes", "Tags"),
    "municipality": QT_TRANSLATE_NOOP("Changes", "Municipality"),
    "updated": QT_TRANSLATE_NOOP("Changes", "Updated"),
    "sources": QT_TRANSLATE_NOOP("Changes", "Sources"),
    "related": QT_TRANSLATE_NOOP("Changes", "Related"),
    "translation": QT_TRANSLATE_NOOP("Changes", "Translation"),
    "text": QT_TRANSLATE_NOOP("Changes", "Text"),
    "trainer_notes": QT_TRANSLATE_NOOP("Changes", "Notes for trainers"),
    "area": QT_TRANSLATE_NOOP("Changes", "Area"),
    "groups": QT_TRANSLATE_NOOP("Changes", "Indicators"),
    "next_steps": QT_TRANSLATE_NOOP("Changes", "Next steps"),
    "contacts": QT_TRANSLATE_NOOP("Changes", "Contacts"),
    "category": QT_TRANSLATE_NOOP("Changes", "Category"),
    "facts": QT_TRANSLATE_NOOP("Changes", "Contact details"),
    "if_no_phone": QT_TRANSLATE_NOOP("Changes", "When there is no phone number"),
    "services": QT_TRANSLATE_NOOP("Changes", "Services"),
    "region": QT_TRANSLATE_NOOP("Changes", "Region"),
    "phones": QT_TRANSLATE_NOOP("Changes", "Phone numbers"),
    "emails": QT_TRANSLATE_NOOP("Changes", "E-mail addresses"),
    "address": QT_TRANSLATE_NOOP("Changes", "Address"),
    "addresses": QT_TRANSLATE_NOOP("Changes", "Addresses"),
    "website": QT_TRANSLATE_NOOP("Changes", "Website"),
    "hours": QT_TRANSLATE_NOOP("Changes", "Opening hours"),
    "verified_on": QT_TRANSLATE_NOOP("Changes", "Checked on"),
    "source": QT_TRANSLATE_NOOP("Changes", "Source"),
    "questions": QT_TRANSLATE_NOOP("Changes", "Questions"),
    "roles": QT_TRANSLATE_NOOP("Changes", "Roles"),
    "solution": QT_TRANSLATE_NOOP("Changes", "Solution"),
    "duration_minutes": QT_TRANSLATE_NOOP("Changes", "Duration (minutes)"),
    "indicators": QT_TRANSLATE_NOOP("Changes", "Indicators"),
    "help_lines": QT_TRANSLATE_NOOP("Changes", "Help lines"),
}
