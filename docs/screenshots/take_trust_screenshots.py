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


def _forge(library: Path) -> None:
    """Change a copy of the library as the forged pack did: the hotline's number and three words of
    one article (schema 4: the bodies are files under content/, the database has their hashes)."""
    from kb_app.core.library_files.libformat import CONTENT_DIR

    with closing(sqlite3.connect(library / "library.db")) as conn:
        (meta_raw,) = conn.execute("SELECT meta FROM documents WHERE id = 'contact-116006'").fetchone()
        meta = json.loads(meta_raw)
        phone = next(fact for fact in meta["facts"] if fact["kind"] == "phone")
        phone["value"] = "+371 2000 0000"
        conn.execute(
            "UPDATE documents SET meta = ?, content_hash = 'forged' WHERE id = 'contact-116006'", (json.dumps(meta),)
        )
        doc_id, path = conn.execute(
            "SELECT id, path FROM documents WHERE type = 'article' AND lang = 'lv' ORDER BY id LIMIT 1"
        ).fetchone()
        file = library / CONTENT_DIR / path
        paragraphs = file.read_text(encoding="utf-8").split("\n\n")
        index = next(i for i, p in enumerate(paragraphs) if len(p.split()) > 12 and not p.startswith(("#", "---")))
        words = paragraphs[index].split()
        words[6:8] = ["vienmēr", "vispirms", "zvaniet"]
        paragraphs[index] = " ".join(words)
        file.write_text("\n\n".join(paragraphs), encoding="utf-8")
        conn.execute("UPDATE documents SET content_hash = 'forged' WHERE id = ?", (doc_id,))
        conn.commit()


def main() -> int:
    args = shots.parse(shots.options(sizes=False))
    shots.application()
    from kb_app.core.library.bootstrap import ensure_library
    from kb_app.core.packs.library_changes import diff_libraries
    from kb_app.core.packs.signing import generate_key
    from kb_app.core.packs.trust import Keystore, PackIdentity, TrustRefused, decide
    from kb_app.core.platform.paths import AppPaths
    from kb_app.ui.dialogs.changes_dialog import ChangesDialog
    from kb_app.ui.dialogs.feedback_dialog import ReportProblemDialog
    from kb_app.ui.dialogs.trust_question import trust_message_box
    from kb_app.ui.shared import i18n
    from kb_app.ui.shared.library_switch import installed_library
    from kb_app.ui.window.profile import open_context

    i18n.install(args.lang)

    def save(widget: QWidget, name: str) -> None:
        widget.show()
        shots.save(widget, name, settle=300)
        widget.close()

    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "profile")
        library_dir = ensure_library(paths)
        forged = Path(tmp) / "forged"
        shutil.copytree(library_dir, forged)
        _forge(forged)
        summary = diff_libraries(library_dir / "library.db", forged / "library.db").labelled(
            "Cilvēktirdzniecība 2026.11.1", "Cilvēktirdzniecība 2026.12.1"
        )
        dialog = ChangesDialog(summary)
        dialog.resize(640, 560)
        save(dialog, "changes")

        installed = PackIdentity(
            "lv-cilvektirdznieciba",
            "Cilvēktirdzniecība",
            "2026.11.1",
            "Biedrība Patvērums",
            public_key=generate_key().public_key,
        )
        incoming = PackIdentity(
            "lv-cilvektirdznieciba",
            "Cilvēktirdzniecība",
            "2026.12.1",
            "Apmācību centrs",
            public_key=generate_key().public_key,
        )
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
