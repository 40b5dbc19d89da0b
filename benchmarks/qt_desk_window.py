"""The app's first screen imitated in plain PySide6, with none of the app's code: a second baseline
for startup_bench.py.

It builds what the first screen shows, with the same Qt classes: a 1200×760 main window with a
menu bar of 6 menus (54 actions with shortcuts), a text-only toolbar of 12 actions, a library dock
(search field, type filter, three tabs, a tree of 90 titles in 8 groups), a text browser with a
page of headings and 30 links, and a notes dock (labels, a list, buttons, an editor). It reads no
library, no settings and no translations, and it is measured the way ``kb-app gui
--quit-after-ready`` measures itself: process start to the first paint, then quit. What the app
takes beyond this window is the app's own work; what this window takes beyond the bare one is
Qt's (the ``Qt`` namespace alone builds 94 Python enums when first imported).
"""

from __future__ import annotations

import sys

if "--tuned" in sys.argv:
    # The two pieces of start-up work the app skips that any PySide6 program could skip: PySide6's
    # stub generator, loaded when first used (kb_app.ui.window.import_scan), and the garbage
    # collector's passes before the first paint (kb_app.core.platform.start_gc). With them, the
    # imitation is the like-for-like baseline for the app's own work. Without them, it is a first
    # screen as plain PySide6 writes it.
    from kb_app.core.platform import start_gc
    from kb_app.ui.window.import_scan import defer_stub_generator

    start_gc.hold()  # the imitation quits at its first paint: nothing to release
    defer_stub_generator()

from bare_window import Window as BareWindow  # noqa: E402 - after the optional tuning above

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAction, QKeySequence  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

MENUS = ("Fails", "Pāriet", "Skats", "Piezīmes", "Rīki", "Palīdzība")
GROUPS = (
    ("Raksti", 26),
    ("Pazīmju kopas", 8),
    ("Kontakti", 26),
    ("Semināru scenāriji", 12),
    ("Izdales materiāli klientiem", 1),
    ("Angliski", 9),
    ("Krieviski", 1),
    ("Ukrainiski", 1),
)
PAGE = "<h1>Mārupes novads</h1><p>Jūsu pašvaldības lapa: vietējie dokumenti un piezīmes.</p>" + "".join(
    f"<h2>Sadaļa {n}</h2><ul>"
    + "".join(f"<li><a href='kb:doc-{n}-{k}'>Cilvēku tirdzniecības pazīmes, saite {k}</a></li>" for k in range(6))
    + "</ul>"
    for n in range(5)
)


class Window(BareWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Cilvēku tirdzniecības zināšanu bāze")
        self.setCentralWidget(self._page())
        self._dock("Bibliotēka", self._library(), Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock("Manas piezīmes", self._notes(), Qt.DockWidgetArea.RightDockWidgetArea)
        toolbar = self.addToolBar("Rīkjosla")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for m, title in enumerate(MENUS):
            menu = self.menuBar().addMenu(title)
            for k in range(9):
                action = QAction(f"{title}: darbība {k}", self)
                action.setShortcut(QKeySequence(f"Ctrl+Alt+Shift+{k}" if m else f"Ctrl+{k}"))
                menu.addAction(action)
                if k < 2:
                    toolbar.addAction(action)
        self.statusBar()
        self.resize(1200, 760)

    def _page(self) -> QWidget:
        browser = QTextBrowser(self)
        browser.setOpenLinks(False)
        browser.setHtml(PAGE)
        return browser

    def _library(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        field = QLineEdit(panel)
        field.setPlaceholderText("Meklēt (Ctrl+K)")
        layout.addWidget(field)
        kinds = QComboBox(panel)
        kinds.addItems(["Visur", "Raksti", "Pazīmju kopas", "Kontakti", "Scenāriji", "Piezīmes"])
        layout.addWidget(kinds)
        recent = QToolButton(panel)
        recent.setText("Nesenie")
        layout.addWidget(recent)
        tabs = QTabWidget(panel)
        tree = QTreeWidget(tabs)
        tree.setHeaderHidden(True)
        for group, count in GROUPS:
            item = QTreeWidgetItem(tree, [f"{group} ({count})"])
            for k in range(count):
                QTreeWidgetItem(item, [f"{group}: dokuments ar garumzīmēm nr. {k}"])
        tree.topLevelItem(0).setExpanded(True)
        tabs.addTab(tree, "Bibliotēka")
        tabs.addTab(QListWidget(tabs), "Grāmatzīmes")
        tabs.addTab(QListWidget(tabs), "Nesenie")
        layout.addWidget(tabs, 1)
        return panel

    def _notes(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.addWidget(QLabel("Piezīmes lapā: Mārupes novads", panel))
        layout.addWidget(QLabel("Piezīmes ir vietējai kārtībai un kontaktiem.", panel))
        layout.addWidget(QListWidget(panel))
        layout.addWidget(QPushButton("Jauna piezīme", panel))
        layout.addWidget(QPushButton("Dzēst", panel))
        editor = QPlainTextEdit(panel)
        editor.setPlaceholderText("Rakstiet piezīmi…")
        layout.addWidget(editor)
        layout.addWidget(QPushButton("Priekšskatīt", panel))
        return panel

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = Window()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
