"""Screenshots of issue 10's dialogs: the trust question, "what changed" and "report a problem".

    QT_QPA_PLATFORM=offscreen python docs/screenshots/take_trust_screenshots.py [--lang lv]

"What changed" is computed by the real code from the bundled library and a copy of it in which the
116 006 hotline's number and one paragraph were changed, as the forged pack of issue 10 did.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

import shots

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def _forge(db: Path) -> None:
    from kb_app.core.library import pack_text, unpack_text

    with closing(sqlite3.connect(db)) as conn:
        meta_raw, = conn.execute("SELECT meta FROM documents WHERE id = 'contact-116006'").fetchone()
        meta = json.loads(meta_raw)
        meta["phones"][0]["number"] = "+371 2000 0000"
        conn.execute("UPDATE documents SET meta = ? WHERE id = 'contact-116006'", (json.dumps(meta),))
        doc_id, body = conn.execute("SELECT id, body_md FROM documents WHERE type = 'article' AND lang = 'lv' "
                                    "ORDER BY id LIMIT 1").fetchone()
        text = unpack_text(body)
        paragraphs = text.split("\n\n")
        index = next(i for i, p in enumerate(paragraphs) if len(p.split()) > 12 and not p.startswith("#"))
        words = paragraphs[index].split()
        words[6:8] = ["vienmēr", "vispirms", "zvaniet"]
        paragraphs[index] = " ".join(words)
        conn.execute("UPDATE documents SET body_md = ? WHERE id = ?", (pack_text("\n\n".join(paragraphs)), doc_id))
        conn.commit()


def main() -> int:
    args = shots.parse(shots.options(sizes=False))
    shots.application()
    from kb_app.core.bootstrap import ensure_library
    from kb_app.core.changes import diff_libraries
    from kb_app.core.paths import AppPaths
    from kb_app.core.signing import generate_key
    from kb_app.core.trust import Keystore, PackIdentity, TrustRefused, decide
    from kb_app.ui import i18n
    from kb_app.ui.dialogs.changes import ChangesDialog
    from kb_app.ui.dialogs.feedback import ReportProblemDialog
    from kb_app.ui.dialogs.trust_question import trust_message_box
    from kb_app.ui.library_switch import installed_library
    from kb_app.ui.profile import open_context

    i18n.install(args.lang)

    def save(widget: QWidget, name: str) -> None:
        widget.show()
        shots.save(widget, name, settle=300)
        widget.close()

    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "profile")
        library_dir = ensure_library(paths)
        old_db = library_dir / "library.db"
        new_db = Path(tmp) / "forged.db"
        shutil.copy(old_db, new_db)
        _forge(new_db)
        summary = diff_libraries(old_db, new_db).labelled("Cilvēktirdzniecība 2026.11.1",
                                                          "Cilvēktirdzniecība 2026.12.1")
        dialog = ChangesDialog(summary)
        dialog.resize(640, 560)
        save(dialog, "changes")

        installed = PackIdentity("lv-cilvektirdznieciba", "Cilvēktirdzniecība", "2026.11.1", "Biedrība Patvērums",
                                 public_key=generate_key().public_key)
        incoming = PackIdentity("lv-cilvektirdznieciba", "Cilvēktirdzniecība", "2026.12.1", "Apmācību centrs",
                                public_key=generate_key().public_key)
        try:
            decide(incoming, installed, Keystore())
        except TrustRefused as refusal:
            save(trust_message_box(None, refusal), "trust-question")

        ctx = open_context(paths)
        ctx.set_library(*installed_library(ctx))  # type: ignore[misc]
        report = ReportProblemDialog(ctx, "contact-116006", "Bezmaksas informatīvais tālrunis 116 006")
        report.text.setPlainText("Pa šo numuru vakarā neviens neatbild.")
        save(report, "report-problem")
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
