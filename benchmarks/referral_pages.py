"""How many pages the referral sheet takes for eight indicators, over every combination of sets.

For each combination of two, three and four indicator sets of a library, the sheet gets the longest
indicators of each set (eight in all), a note and every office line, and is written as PDF the way
the window and ``kb-app referral`` write it; then, for every four sets, a dozen indicators of
middling length (three a set: a typical case seen through four sets). Prints how many
combinations run over one page, and how long a sheet takes to write. Run from the repository
(a library is built from ``knowledge/``):

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/referral_pages.py [--pack FILE.kbpack]
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPLITS = {2: (4, 4), 3: (3, 3, 2), 4: (2, 2, 2, 2)}
RUNS = [(size, split, "longest") for size, split in SPLITS.items()] + [(4, (3, 3, 3, 3), "middling")]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pack", type=Path, help="a .kbpack (default: built from knowledge/)")
    args = parser.parse_args()
    from kb_app.core.desk.referral import build_sheet, sheet_html
    from kb_app.core.library.bootstrap import open_library
    from kb_app.core.packs.build import build_pack
    from kb_app.core.platform.paths import AppPaths
    from kb_app.ui.paper.sheet_pdf import ensure_gui_application, write_sheet_pdf

    ensure_gui_application()
    with tempfile.TemporaryDirectory() as tmp:
        pack = args.pack or Path(tmp) / "lib.kbpack"
        if args.pack is None:
            build_pack(REPO / "knowledge", pack)
        library = open_library(AppPaths(Path(tmp) / "profile"), pack)
        rows = library.indicators()
        sets = sorted({r.doc_id for r in rows})

        def pick(set_id: str, count: int, kind: str) -> list[str]:
            ranked = sorted((r for r in rows if r.doc_id == set_id), key=lambda r: -len(r.text))
            first = len(ranked) // 2 - count // 2 if kind == "middling" else 0
            return [r.id for r in ranked[first : first + count]]

        for size, split, kind in RUNS:
            over, total, times = [], 0, []
            for combo in itertools.combinations(sets, size):
                ids = [i for set_id, count in zip(combo, split, strict=True) for i in pick(set_id, count, kind)]
                sheet = build_sheet(
                    library,
                    ids,
                    municipality=library.municipalities()[0].code,
                    service="Sociālais dienests",
                    note="Ieradās ar pavadoni, kurš gaidīja ārā.",
                    today=date(2026, 12, 7),
                    office_contact="tālr. 64207100, darbdienās 8–17",
                    social_service="64207101",
                    orphans_court="64207120",
                )
                start = time.perf_counter()
                pages = write_sheet_pdf(sheet_html(sheet), "sheet", Path(tmp) / "sheet.pdf")
                times.append((time.perf_counter() - start) * 1000)
                total += 1
                if pages > 1:
                    over.append(combo)
            print(
                f"{sum(split)} {kind} indicators from {size} sets: {total - len(over)} of {total} combinations "
                "on one page; "
                f"writing a sheet: median {statistics.median(times):.0f} ms, max {max(times):.0f} ms"
            )
            for combo in over:
                print("   over one page:", ", ".join(combo))
    return 0


if __name__ == "__main__":
    sys.exit(main())
