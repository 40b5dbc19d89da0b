"""Workshop laboratory timings: what runs on the GUI thread must stay under 50 ms.

    python benchmarks/workshop_bench.py

On the bundled library, offscreen: for every scenario, revealing the whole solution with its
cooperation map drawn (at the default workshop text size and at the projector step), and
exporting the map as PNG; then writing the kit of all scenarios with three groups. The export
and the kit run in tasks in the window; they are measured to know how long the trainer waits.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kb_app.ui.window import pyside_fix

    pyside_fix.apply()
    app = QApplication(sys.argv[:1])
    from kb_app.core.library.bootstrap import ensure_library
    from kb_app.core.platform.paths import AppPaths
    from kb_app.core.workshop.kit import build_kit
    from kb_app.ui.look.coop_map_view import export_map
    from kb_app.ui.paper.kit_pdf import write_kit
    from kb_app.ui.shared.library_switch import installed_library
    from kb_app.ui.window.mainwindow import MainWindow
    from kb_app.ui.window.profile import open_context
    from kb_app.ui.workshop.workshop_lab import PROJECTOR_ZOOM

    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "profile")
        ensure_library(paths)
        ctx = open_context(paths)
        opened = installed_library(ctx)
        assert opened is not None
        ctx.set_library(*opened)
        library = ctx.library
        assert library is not None
        window = ctx.main_window = MainWindow(ctx)
        window.start()
        window.show()
        ids = [d.id for d in library.documents(doc_type="scenario")]
        reveal, export = [], []
        for scenario_id in ids:
            window.open_workshop(scenario_id)
            workshop = window._workshop
            for zoom in (ctx.prefs.workshop_zoom, PROJECTOR_ZOOM):
                workshop.set_zoom(zoom)
                workshop.show_stages(1)
                app.processEvents()
                start = time.perf_counter()
                workshop.show_stages(len(workshop.stages))
                reveal.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            export_map(workshop.lab.map_svg(), Path(tmp) / "map.png")  # what the export task does
            export.append((time.perf_counter() - start) * 1000)
        workshop.close()
        start = time.perf_counter()
        written = write_kit(build_kit(library, ids, groups=3), Path(tmp))
        kit_s = time.perf_counter() - start
        window.close()
        ctx.close()
    print(
        f"reveal with the map ({len(reveal)} renders): median {statistics.median(reveal):.1f} ms, "
        f"max {max(reveal):.1f} ms"
    )
    print(
        f"map PNG export, in a task ({len(export)}): median {statistics.median(export):.1f} ms, "
        f"max {max(export):.1f} ms"
    )
    pages = ", ".join(f"{path.name} {count} pages" for path, count in written)
    print(f"kit of {len(ids)} scenarios × 3 groups: {kit_s:.2f} s ({pages})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
