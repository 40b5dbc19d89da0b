"""Writes the window's table of document-type and field names (kb_app/ui/look/doc_type_names.py) from the
registry in kb_app/core/content/doctypes.py: ``.venv/bin/python -m kb_app.ui.look.doc_type_table``.

The window's first screen heads its library tree with the type names; importing the registry would
bring the front-matter schema and the country declaration onto its start path. So the names are
written out once, here, and tests/ui/test_doc_type_names.py fails while the copy differs.
``QT_TRANSLATE_NOOP`` marks each word for ``pyside6-lupdate``.
"""

from __future__ import annotations

import json
from pathlib import Path

from kb_app.core.content.doctypes import DOC_TYPES, field_labels

UI_NAMES_MODULE = Path(__file__).with_name("doc_type_names.py")


def ui_names_source() -> str:
    """The source of :data:`UI_NAMES_MODULE` for the registry as it is now."""

    def noop(context: str, text: str) -> str:
        return f'QT_TRANSLATE_NOOP("{context}", {json.dumps(text, ensure_ascii=False)})'

    types = "".join(
        f'    "{t.name}": TypeName(\n'
        f"        {noop('Labels', t.label)},\n"
        f"        {noop('Labels', t.plural)},\n"
        f"        {noop('Labels', t.filter_label or t.plural) if t.in_search_filter else chr(34) * 2},\n"
        "    ),\n"
        for t in DOC_TYPES.values()
    )
    fields = "".join(f'    "{key}": {noop("Changes", label)},\n' for key, label in field_labels().items())
    return f'''"""How the window names each document type and each key a change can name.

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


TYPE_NAMES: dict[str, TypeName] = {{
{types}}}

FIELD_NAMES: dict[str, str] = {{
{fields}}}
'''


if __name__ == "__main__":
    UI_NAMES_MODULE.write_text(ui_names_source(), encoding="utf-8")
    print(f"wrote {UI_NAMES_MODULE}")
