"""The workshop kit's three PDFs, for the command line and the window alike.

The HTML comes from :mod:`kb_app.core.workshop_kit`; it is laid out like the referral sheet
(:mod:`kb_app.ui.sheet_pdf`), with the cooperation maps drawn by Qt's SVG renderer at three
times their size, sharp on paper. No window is needed: this runs in a worker thread too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from kb_app.ui.sheet_pdf import SHEET_MARGIN_MM, ensure_gui_application, pdf_page_count, sheet_font


def write_kit_pdf(html: str, title: str, path: Path, maps: dict[str, str] | None = None) -> int:
    """Write one of the kit's documents; the number of pages."""
    ensure_gui_application()
    from kb_app.ui.coop_map_view import svg_image
    from kb_app.ui.printing import write_pdf

    images = {name: svg_image(svg, 3.0) for name, svg in (maps or {}).items()}
    write_pdf(html, title, Path(path), sheet_font(), SHEET_MARGIN_MM, images)  # type: ignore[arg-type]
    return pdf_page_count(path)


def write_kit(kit: Any, folder: Path, progress: Callable[[int, int], None] | None = None) -> list[tuple[Path, int]]:
    """Write the kit's three PDFs into ``folder``: (path, pages) of each. ``progress`` is called
    before each file (a cancelled task raises there)."""
    from kb_app.core.workshop_kit import MAP_URL, kit_documents, kit_maps

    maps = kit_maps(kit)
    documents = kit_documents(kit)
    written = []
    for done, (name, title, html) in enumerate(documents):
        if progress is not None:
            progress(done, len(documents))
        written.append((folder / name, write_kit_pdf(html, title, folder / name, maps if MAP_URL in html else None)))
    if progress is not None:
        progress(len(documents), len(documents))
    return written
