"""A bare PySide6 window, measured the way ``kb-app gui --quit-after-ready`` measures itself:
process start to the main window's first paint, then quit. The baseline of startup_bench.py."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from kb_app.core.platform.proctime import ms_since_start


class Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self._painted = False

    def paintEvent(self, event: object) -> None:  # same ready signal as the app's MainWindow
        super().paintEvent(event)  # type: ignore[arg-type]
        if not self._painted:
            self._painted = True
            print(f"ready in {ms_since_start()} ms", flush=True)
            if "--stay" not in sys.argv:  # startup_bench's visible-window timing finds it, then ends it
                QTimer.singleShot(0, self.close)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = Window()
    window.resize(1200, 760)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
