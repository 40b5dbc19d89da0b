"""Write kb_app/ui/doc_type_names.py, the window's table of document type and field names, from the
registry in kb_app/core/doctypes.py. Run after adding or renaming a document type or a field."""

from __future__ import annotations

from pathlib import Path

from kb_app.core.doctypes import UI_NAMES_MODULE, ui_names_source

if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / UI_NAMES_MODULE
    target.write_text(ui_names_source(), encoding="utf-8")
    print(f"wrote {target}")
