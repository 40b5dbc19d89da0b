"""The main window: library and search on the left, the reader in the middle, notes on the right.

The window wires parts together and decides what a location shows; the parts themselves
(search, reader, notes, contacts, checklist, workshop) live in their own modules, and the views
that the first screen does not need are built the first time they are opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.op_changes import OpChanges
from kb_app.core.platform.errors import KbError
from kb_app.ui.a11y import accessible as a11y
from kb_app.ui.a11y.focused_rows import current_index
from kb_app.ui.a11y.focused_tabs import tabs_as_objects
from kb_app.ui.look.screen_fit import fit_window
from kb_app.ui.notes.notes_panel import NotesPanel
from kb_app.ui.reader.page_source import PageSource
from kb_app.ui.reader.reader_pages import HOME
from kb_app.ui.reader.reader_view import Reader
from kb_app.ui.search.library_panel import LibraryPanel
from kb_app.ui.search.search_panel import SearchPanel
from kb_app.ui.search.search_service import SearchService
from kb_app.ui.shared import first_paint
from kb_app.ui.shared.context import AppContext
from kb_app.ui.window import actions as action_table
from kb_app.ui.window.degraded import DegradedBanner

if TYPE_CHECKING:  # the hit list's module loads with the first query or right after the first paint
    from kb_app.ui.search.result_list import ResultRow

NOTES_VISIBLE_KEY = "notes_visible"
NARROW_WIDTH = 1000  # logical pixels; see MainWindow._adapt_to_width
LIBRARY_POLL_MS = 4000  # notice a pack installed from the command line while the window is open
STATUS_MS = 6000
KEPT_CASE_DELAY_MS = 1500  # the status line mentions a checklist case a crash left behind


class MainWindow(QMainWindow):
    shown = Signal()  # the first paint happened (start-up timing)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        a11y.install_factories()  # before any widget is asked for its accessible interface
        self.ctx = ctx
        self._views: dict[str, QWidget] = {}
        self._containers: dict[str, QScrollArea] = {}
        self._workshop: Any = None
        self._painted = False
        self._language = ctx.prefs.language
        self._theme = ctx.prefs.theme
        from kb_app.ui.look.theme import apply_theme

        apply_theme(cast(QApplication, QApplication.instance()), self._theme)  # also installs the focus ring
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Human trafficking knowledge base"))
        self.search_service = SearchService(self)
        self.search_service.set_library(ctx.library)
        self.undo_stack = QUndoStack(self)

        self.pages = PageSource(ctx, self)
        self.reader = Reader(self.pages.render, self)
        self.reader.hold_page_objects()  # until the first paint (paintEvent)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.reader)
        # The banner says when nothing can be saved (read-only profile, full disk, failed save).
        self.banner = DegradedBanner(self)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.search = SearchPanel(ctx, self.search_service, self)
        self.library_panel = LibraryPanel(ctx, self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.library_panel, 1)
        self.search.active_changed.connect(lambda active: self.library_panel.setVisible(not active))
        self.library_dock = self._dock("library", self.tr("Library"), left, Qt.DockWidgetArea.LeftDockWidgetArea)

        self.notes = NotesPanel(ctx, self.undo_stack, self)
        # Scrolls rather than forcing a minimum height: at 200 % on a laptop (640×400 logical
        # pixels) the note list and editor together would push the window past the screen.
        from kb_app.ui.look.fit_scroll import FitScrollArea

        notes_area = FitScrollArea(self.notes, self)
        # Not a Tab stop of its own: an unnamed, empty stop a screen reader can only call "pane";
        # it still scrolls a focused control inside into view.
        notes_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes_dock = self._dock("notes", self.tr("My notes"), notes_area, Qt.DockWidgetArea.RightDockWidgetArea)

        from kb_app.ui.window.panels import PanelNavigator

        self.panels = PanelNavigator(self, self._shown_panels)
        self.actions_by_name = action_table.build(self)
        self._build_menus()
        self._build_toolbar()
        self.read_only_label = QLabel(self)
        if ctx.write_problem:
            self.banner.show_start_problem(ctx.write_problem)
        elif ctx.read_only:
            self.read_only_label.setText(self.tr("Read-only: another window of the app has this profile open"))
            self.read_only_label.setStyleSheet(
                "color: palette(highlighted-text); background: palette(highlight); padding: 2px 6px;"
            )
            self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().setSizeGripEnabled(True)
        self._saved_notice: Any = None  # built at the first save (its imports cost start-up time)

        self.reader.location_changed.connect(self._on_location)
        self.reader.history_changed.connect(self._update_nav)
        self.reader.link_hovered.connect(lambda url: self.statusBar().showMessage(url, 3000) if url else None)
        self.reader.links.message.connect(self.show_message)
        self.reader.links.open_app_view.connect(self.open_view)
        self.reader.zoom_changed.connect(lambda steps: ctx.update_prefs(zoom=steps))
        self.search.open_requested.connect(self._open_result)
        self.library_panel.open_requested.connect(self.open_location)
        self.notes.message.connect(self.show_message)
        self.notes.save_failed.connect(self.banner.show_save_failure)
        self.notes.saved.connect(self.banner.save_recovered)
        self.notes.choose_municipality.connect(self.choose_municipality)
        ctx.operation_did_execute.connect(self._on_operation)
        self.undo_stack.canUndoChanged.connect(self.actions_by_name["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.actions_by_name["redo"].setEnabled)
        self.actions_by_name["undo"].setEnabled(False)
        self.actions_by_name["redo"].setEnabled(False)

        self.reader.set_zoom(ctx.prefs.zoom)
        fit_window(self, QSize(1200, 760))
        self.resizeDocks([self.library_dock, self.notes_dock], [330, 300], Qt.Orientation.Horizontal)
        # The user's choice alone shows or hides the notes panel; other views than the reader,
        # a narrow window or a language switch only hide it for a while (see _apply_notes_choice).
        self._notes_wanted = ctx.settings.value(NOTES_VISIBLE_KEY, "1") != "0"
        first_paint.after_first_paint(self._watch_events, owner=self)
        self._narrow: bool | None = None
        self._library_lent = False  # hidden for a while so a view has the narrow window's width
        # The worker showing or hiding the library decides; it is no longer lent.
        self.actions_by_name["toggle_library"].triggered.connect(lambda: setattr(self, "_library_lent", False))
        self.stack.currentChanged.connect(self._on_view_changed)
        self._restore_state()
        self._apply_notes_choice()
        self._poll = QTimer(self)
        self._poll.setInterval(LIBRARY_POLL_MS)
        self._poll.timeout.connect(self.check_library_generation)
        self._update_nav()

    # -- construction helpers --------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}Dock")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        menus = {menu: self.menuBar().addMenu(title) for menu, title in action_table.menu_titles().items()}
        for command in action_table.COMMANDS:
            menu = menus[command.menu]
            if command.separator_before and menu.actions():
                menu.addSeparator()
            menu.addAction(self.actions_by_name[command.name])
        # Checked while the panel is open, even as a tab behind another: visibilityChanged(False) also
        # means "another tab was raised", and toggling would then show what is already there.
        for dock, name in ((self.library_dock, "toggle_library"), (self.notes_dock, "toggle_notes")):
            action = self.actions_by_name[name]
            dock.visibilityChanged.connect(lambda _visible, d=dock, a=action: a.setChecked(not d.isHidden()))

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("mainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setMovable(False)
        section: int | None = None
        for command in action_table.toolbar_commands():
            assert command.toolbar is not None
            if section is not None and command.toolbar[0] != section:
                bar.addSeparator()
            section = command.toolbar[0]
            action = self.actions_by_name[command.name]
            bar.addAction(action)
            # Short labels on the bar; the menus keep the long ones.
            plain = action.text().replace("&", "")
            shortcut = action.shortcut().toString()
            if command.short:
                # what a text-only tool button shows; survives state changes
                action.setIconText(QCoreApplication.translate(action_table.SHORT_CONTEXT, command.short))
            action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
            button = bar.widgetForAction(action)
            if button is not None:
                # Named by what it shows (WCAG 2.5.3: a voice user says the visible label); the
                # menu's longer text is the description.
                button.setAccessibleName(action.iconText().replace("&", ""))
                button.setAccessibleDescription(plain)
        self.addToolBar(bar)
        # The » button Qt adds when the bar overflows (200 %, a small window) has no name of its own
        overflow = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if overflow is not None:
            overflow.setAccessibleName(self.tr("More commands"))
        self.toolbar = bar

    def start(self, location: str = "") -> None:
        """Open the first page: ``location``, else the last document read, else the municipality page."""
        library = self.ctx.library
        last = self.ctx.settings.value("last_location")
        candidates = [c for c in (location, last) if c and (c == HOME or (library is not None and library.has(c)))]
        if not any(self.reader.open(c) for c in candidates):
            self.reader.open(HOME)
        self._ensure_polling()
        from kb_app.ui.notes.office_sync import sync_on_start

        sync_on_start(self)
        # After the first paint: reading the drafts folder brings the notes modules, which the
        # first screen does not need (start-up is measured to the first paint).
        QTimer.singleShot(KEPT_CASE_DELAY_MS, self._mention_kept_case)

    def _mention_kept_case(self) -> None:
        """A checklist case a crash (or a language switch) left in its recovery draft: say so,
        the checklist brings it back when opened."""
        from kb_app.core.desk.case_draft import load_case
        from kb_app.core.userdata.drafts import draft_folders

        case = load_case(draft_folders(self.ctx.paths))
        if case is not None:
            self.show_message(
                self.tr(
                    "An unfinished checklist case was kept (%n tick(s)): Ctrl+Shift+I opens it.", "", case.ticked_count
                )
            )

    def _ensure_polling(self) -> None:
        if self.ctx.library is not None and not self.ctx.pinned_pack and not self._poll.isActive():
            self._poll.start()

    def reopen(self) -> MainWindow:
        """Replace this window by a new one built in the new language (Qt widgets keep the
        strings they were created with; rebuilding is the one complete retranslation)."""
        self.notes.flush()
        checklist = self._views.get("checklist")
        if checklist is not None:  # the new window's checklist takes the case from its draft
            checklist.flush_case()  # type: ignore[attr-defined]
        on_checklist = checklist is not None and self.current_view() is checklist
        self.save_state()
        new = MainWindow(self.ctx)
        new.start(self.reader.location)
        if on_checklist:  # the worker was ticking: the new window shows the same case
            new.open_view("checklist")
        new.show()
        new.search_service.start()
        self.ctx.main_window = new
        self.close()
        self.deleteLater()
        return new

    def open_location(self, location: str) -> None:
        self.show_reader()
        if not self.reader.open(location):
            self.show_message(self.tr("This document is not in the installed library: {0}").format(location))

    def go_home(self) -> None:
        self.open_location(HOME)

    def show_library_list(self) -> None:
        self._show_library_tab(0)

    def show_bookmarks(self) -> None:
        self._show_library_tab(1)

    def show_recent(self) -> None:
        self._show_library_tab(2)

    def open_contacts(self) -> None:
        self.open_view("contacts")

    def open_checklist(self) -> None:
        self.open_view("checklist")

    def show_reader(self) -> None:
        self.stack.setCurrentWidget(self.reader)
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_result(self, row: ResultRow) -> None:
        self.open_location(row.location)
        if row.kind == "note":
            self._show_notes()
            self.notes.reload(keep=row.note_id)
            self.notes.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.reader.location == row.location:
            self.reader.query_marks.mark(
                self.search.shown_query, self._document_analysis(row.location), self.search.shown_marks
            )

    def _document_analysis(self, location: str) -> str:
        """How the page's language is analyzed, as the library declares it: the marks are the
        words the search matched."""
        library = self.ctx.library
        try:
            return library.analysis_of(library.document(location).lang) if library is not None else "plain"
        except KbError:
            return "plain"

    def find_in_page(self) -> None:
        """Ctrl+F: find in the document when the reader (or its find bar) has focus, else search."""
        focus = QApplication.focusWidget()
        on_reader = self.stack.currentWidget() is self.reader and self.reader.location not in ("", HOME)
        if on_reader and focus is not None and (focus is self.reader or self.reader.isAncestorOf(focus)):
            self.reader.find_bar.open_bar()
        else:
            self.search.focus_field()

    def _on_location(self, location: str) -> None:
        is_doc = location != HOME
        self.ctx.settings.set_value("last_location", location)
        self.notes.set_target(location if is_doc else None, self.reader.title)
        self.library_panel.select_location(location)
        reading = self.ctx.bookmarks
        self._update_bookmark_action()
        if is_doc and self.ctx.can_write and reading is not None:
            self.ctx.run_op(lambda _task: reading.record_view(location), handler=self)
        self.setWindowTitle(f"{self.reader.title} — {self.tr('Human trafficking knowledge base')}")

    def _update_nav(self) -> None:
        self.actions_by_name["back"].setEnabled(self.reader.history.can_back)
        self.actions_by_name["forward"].setEnabled(self.reader.history.can_forward)

    def _on_view_changed(self, _index: int) -> None:
        self._apply_notes_choice()

    def _apply_notes_choice(self) -> None:
        # Notes belong beside a document; the contacts table and the checklist need the width.
        on_reader = self.stack.currentWidget() is self.reader
        self.notes_dock.setVisible(self._notes_wanted and on_reader)
        # In a narrow window (200 %: 512 logical pixels on a 1024×600 screen) such a view also
        # needs the library's width, or it is cut; the library comes back with the document, and
        # Ctrl+K (search) brings it at once.
        if not on_reader and self._narrow and self.library_dock.isVisible():
            self._library_lent = True
            self.library_dock.hide()
        elif self._library_lent and (on_reader or not self._narrow):
            self._library_lent = False
            self.library_dock.show()

    def set_notes_wanted(self, wanted: bool) -> None:
        """The user shows or hides the notes panel (menu, Ctrl+Shift+N, its close button)."""
        self._notes_wanted = wanted
        self.ctx.settings.set_value(NOTES_VISIBLE_KEY, "1" if wanted else "0")
        self.notes_dock.setVisible(wanted)
        if wanted:
            self.notes_dock.raise_()

    @property
    def notes_wanted(self) -> bool:
        return self._notes_wanted

    def _show_library_tab(self, index: int) -> None:
        self.library_dock.show()
        self.library_dock.raise_()
        self.search.clear()
        self.library_panel.setCurrentIndex(index)
        self.library_panel.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    # -- panels: F6 / Ctrl+Tab between them, Tab inside one ------------------------------------
    def _shown_panels(self) -> list[QWidget]:
        panels: list[QWidget] = []
        if self.library_dock.widget().isVisible():
            panels.append(self.library_dock)
        central = self.centralWidget()
        assert central is not None  # set in __init__
        panels.append(central)
        if self.notes_dock.widget().isVisible():
            panels.append(self.notes_dock)
        return panels

    def next_panel(self) -> None:
        self.panels.move(1)

    def previous_panel(self) -> None:
        self.panels.move(-1)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt's names
        return self.panels.wrap(next) or super().focusNextPrevChild(next)

    @property
    def saved_notice(self) -> Any:
        """The status bar's notice of the last saved file (kb_app/ui/look/saved_notice.py)."""
        if self._saved_notice is None:
            from kb_app.ui.look.saved_notice import SavedNotice

            self._saved_notice = SavedNotice(self)
            self.statusBar().addWidget(self._saved_notice, 1)
        return self._saved_notice

    def show_saved(self, path: Path, text: str) -> None:
        """A file was saved: its full path stays in the status bar with a button to open its folder."""
        self.statusBar().clearMessage()
        self.saved_notice.show_saved(path, text)

    def open_saved_folder(self) -> None:
        if not self.saved_notice.open_folder():
            self.show_message(self.tr("Nothing has been saved from this window yet."))

    # -- views built on first use ----------------------------------------------------------
    def view(self, name: str) -> QWidget:
        if name not in self._views:
            if name == "contacts":
                from kb_app.ui.contacts.contacts_view import ContactsView

                contacts = ContactsView(self.ctx, self)
                contacts.open_requested.connect(self.open_location)
                contacts.message.connect(self.show_message)
                widget: QWidget = contacts
            elif name == "checklist":
                from kb_app.ui.checklist.checklist_view import ChecklistView

                checklist = ChecklistView(self.ctx, self)
                checklist.open_requested.connect(self.open_location)
                widget = checklist
            else:
                raise KeyError(name)
            self._views[name] = widget
            # In a scroll area: at 200 % scaling or in a small window the view scrolls instead of
            # forcing the window to grow past the screen.
            from kb_app.ui.look.fit_scroll import FitScrollArea

            container = FitScrollArea(widget, self, sideways=True)
            container.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own (see notes_area)
            self._containers[name] = container
            self.stack.addWidget(container)
        return self._views[name]

    def current_view(self) -> QWidget:
        """The view shown in the middle: the reader, or the contacts or checklist view."""
        current = self.stack.currentWidget()
        view = current.widget() if isinstance(current, QScrollArea) else current
        assert view is not None  # the stack always holds the reader
        return view

    def open_view(self, name: str) -> None:
        if name == "workshop":
            self.open_workshop()
            return
        if self.ctx.library is None:
            return
        widget = self.view(name)
        self.stack.setCurrentWidget(self._containers[name])
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_workshop(self, scenario_id: str | None = None) -> None:
        if self.ctx.library is None:
            return
        from kb_app.ui.workshop.workshop_window import WorkshopWindow

        if self._workshop is None:
            self._workshop = WorkshopWindow(self.ctx, self)
        current = self.reader.location
        if scenario_id is None and self.ctx.library.has(current):
            if self.ctx.library.document(current).type == "scenario":
                scenario_id = current
        self._workshop.start(scenario_id)

    def prepare_workshop_kit(self) -> None:
        from kb_app.ui.workshop.workshop_kit_dialog import prepare_workshop_kit

        prepare_workshop_kit(self.ctx, self, self.reader.location)

    # -- commands --------------------------------------------------------------------------
    def zoom_in(self) -> None:
        self.reader.zoom_in()

    def zoom_out(self) -> None:
        self.reader.zoom_out()

    def zoom_reset(self) -> None:
        self.reader.set_zoom(0)

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def toggle_bookmark(self, checked: bool) -> None:
        reading, location = self.ctx.bookmarks, self.reader.location
        if reading is None or location == HOME or not self.ctx.can_write:
            return
        try:
            if checked:
                self.ctx.run_op(lambda _task: reading.add_bookmark(location), handler=self)
                self.show_message(self.tr("Bookmarked: {0}").format(self.reader.title))
            else:
                self.ctx.run_op(lambda _task: reading.remove_bookmark(location), handler=self)
                self.show_message(self.tr("Bookmark removed"))
        except KbError as exc:  # a full disk: say so, the page stays as it was
            from kb_app.ui.notes.notes_backup import userdata_error_text

            self.banner.show_save_failure(userdata_error_text(exc))
            self._update_bookmark_action()

    def new_note(self) -> None:
        if not self.ctx.prefs.municipality:
            self.choose_municipality()
        self._show_notes()
        self.notes.new_note()

    def focus_notes(self) -> None:
        """Ctrl+2: the note list with its first note current, or, with no notes yet, the button
        that writes one (focus never lands on an empty list where nothing shows it)."""
        self._show_notes()
        notes_list = self.notes.list
        if notes_list.count() and notes_list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled:
            if not current_index(notes_list).isValid():  # an unfocused list parks its row (a11y_rows)
                notes_list.setCurrentRow(0)
            notes_list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.notes.new_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_notes(self) -> None:
        self.set_notes_wanted(True)  # raised too: in a narrow window it is a tab behind the library

    def current_sheet(self) -> tuple[str, str] | None:
        """A one-page sheet to print instead of the page: the checklist's referral sheet, or the
        client handout being read (with this office's contact), else None."""
        from kb_app.ui.paper.desk_sheets import handout_printable

        view = self.current_view()
        if getattr(view, "is_sheet", False):
            sheet: tuple[str, str] = view.printable()  # type: ignore[attr-defined]  # a sheet view has it
            return sheet
        return handout_printable(self.ctx, self.reader.location) if view is self.reader else None

    def current_printable(self) -> tuple[str, str]:
        """The title and HTML that print/PDF act on: the view's own (checklist summary) or the page."""
        sheet = self.current_sheet()
        if sheet is not None:
            return sheet
        printable = getattr(self.current_view(), "printable", None)
        if callable(printable):
            own: tuple[str, str] = printable()
            return own
        return self.reader.title, self.reader.html

    def print_current(self) -> None:
        from kb_app.ui.paper import printing

        title, html = self.current_printable()
        printing.print_document(self, html, title)

    def export_pdf(self) -> Any:
        return self.export_pdf_to(None)

    def export_pdf_to(self, path: str | None) -> Any:
        """Export what print acts on; ``path`` None asks the user where."""
        from kb_app.ui.paper import printing
        from kb_app.ui.paper.desk_sheets import save_sheet_pdf

        sheet = self.current_sheet()
        if sheet is not None:
            return save_sheet_pdf(self, self.ctx, sheet[0], sheet[1], path)
        title, html = self.current_printable()
        return printing.export_pdf(self, self.ctx, html, title, path)

    def import_pack(self) -> None:
        from kb_app.ui.dialogs.import_pack import ImportPackDialog

        ImportPackDialog(self.ctx, self).exec()

    def undo_import(self) -> None:
        from kb_app.ui.dialogs.undo_import import undo_last_import

        undo_last_import(self.ctx, self)

    def show_changes(self) -> None:
        from kb_app.ui.dialogs.changes_dialog import show_last_changes

        show_last_changes(self.ctx, self)

    def backup(self) -> None:
        from kb_app.ui.notes.notes_backup import backup_notes

        backup_notes(self.ctx, self)

    def restore(self) -> None:
        from kb_app.ui.notes.notes_backup import restore_notes

        restore_notes(self.ctx, self)

    def export_notes(self) -> None:
        from kb_app.ui.notes.notes_io import export_notes_dialog

        export_notes_dialog(self.ctx, self)

    def import_notes(self) -> None:
        from kb_app.ui.notes.notes_io import import_notes_dialog

        import_notes_dialog(self.ctx, self)

    def show_orphans(self) -> None:
        from kb_app.ui.notes.orphans import OrphansDialog

        OrphansDialog(self.ctx, self.undo_stack, self).exec()

    def report_problem(self) -> None:
        from kb_app.ui.dialogs.feedback_dialog import report_problem

        report_problem(self.ctx, self, self.reader.location)

    def choose_municipality(self) -> None:
        from kb_app.ui.dialogs.municipality import pick_municipality

        pick_municipality(self.ctx, self)

    def show_settings(self) -> None:
        from kb_app.ui.dialogs.settings_dialog import SettingsDialog

        self._run_dialog(SettingsDialog(self.ctx, self))

    @staticmethod
    def _run_dialog(dialog: QDialog) -> None:
        # Deleted when closed: a hidden dialog stays in the accessible tree, where a screen
        # reader finds it (and its stale focus) among the application's windows.
        dialog.exec()
        dialog.deleteLater()

    def show_help(self) -> None:
        from kb_app.ui.window.shortcuts_help import HelpDialog

        self._run_dialog(HelpDialog(self.actions_by_name, self))

    def show_about(self) -> None:
        from kb_app.ui.dialogs.about import AboutDialog

        self._run_dialog(AboutDialog(self.ctx, self))

    # -- reacting to changes ---------------------------------------------------------------
    def _on_operation(self, changes: OpChanges, _handler: object | None) -> None:
        if changes.library:
            self._on_library_changed()
        if changes.notes or changes.bookmarks:
            self._on_notes_changed()
        if changes.prefs:
            self._on_prefs_changed()

    def _on_library_changed(self) -> None:
        library = self.ctx.library
        self.search_service.set_library(library)
        self._ensure_polling()
        if library is not None:
            valid = library.document_ids()
            self.reader.history.replace_missing(valid)
            location = self.reader.location
            if location and location != HOME and location not in valid:
                self.reader.open(HOME)
            elif location:
                self.reader.reload()
            else:
                self.start()
        self.search.refresh()

    def _on_notes_changed(self) -> None:
        if self.reader.location == HOME:
            self.reader.reload()
        self._update_bookmark_action()
        self.search.refresh()

    def _update_bookmark_action(self) -> None:
        location, reading = self.reader.location, self.ctx.bookmarks
        is_doc = bool(location) and location != HOME
        bookmark = self.actions_by_name["bookmark"]
        bookmark.setEnabled(is_doc and self.ctx.can_write)
        bookmark.setChecked(bool(is_doc and reading is not None and reading.is_bookmarked(location)))

    def _on_prefs_changed(self) -> None:
        if self.ctx.prefs.language != self._language:
            self._language = self.ctx.prefs.language
            from kb_app.ui.shared import i18n

            i18n.install(self._language)
            QTimer.singleShot(0, self.reopen)
            return
        if self.ctx.prefs.theme != self._theme:
            from kb_app.ui.look.theme import apply_theme

            self._theme = self.ctx.prefs.theme
            apply_theme(cast(QApplication, QApplication.instance()), self._theme)
            self.reader.refresh_style()  # the page's CSS is computed from the new palette
        self.reader.set_zoom(self.ctx.prefs.zoom)
        if self.reader.location == HOME:
            self.reader.reload()  # another municipality: another page (the notes panel reloads itself)

    def check_library_generation(self) -> None:
        """A pack imported with ``kb-app pack import`` while the window is open: switch to it."""
        from kb_app.ui.shared.library_switch import reload_if_changed

        if reload_if_changed(self.ctx):
            self.show_changes()

    # -- window events ---------------------------------------------------------------------
    def _watch_events(self) -> None:
        # The window's own palette and activation changes, and the notes panel's close button (the
        # user's choice too), through an event filter rather than changeEvent: attached after the
        # first paint, the first frame's events never reach Python (kb_app.ui.shared.first_paint).
        self.installEventFilter(self)
        self.notes_dock.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self:
            if kind == QEvent.Type.PaletteChange and self.isVisible():
                self.reader.refresh_style()
            elif kind == QEvent.Type.ActivationChange and self.isActiveWindow() and self._poll.isActive():
                QTimer.singleShot(0, self.check_library_generation)
        elif watched is self.notes_dock and kind == QEvent.Type.Close and self.isVisible():
            self._notes_wanted = False  # closed with its own button
            self.ctx.settings.set_value(NOTES_VISIBLE_KEY, "0")
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._adapt_to_width()

    def _adapt_to_width(self) -> None:
        """Below NARROW_WIDTH (a small screen, or 200 % scaling) the notes panel becomes a tab
        beside the library, so the document keeps most of the width."""
        narrow = self.width() < NARROW_WIDTH
        if narrow == self._narrow:
            return
        self._narrow = narrow
        if narrow:
            self.tabifyDockWidget(self.library_dock, self.notes_dock)
            for bar in self.findChildren(QTabBar):  # the docks' tabs: FOCUSED only with the keyboard
                tabs_as_objects(bar)
            self.library_dock.raise_()
            self.resizeDocks([self.library_dock], [int(self.width() * 0.4)], Qt.Orientation.Horizontal)
            self._apply_notes_choice()
        elif (
            self.tabifiedDockWidgets(self.library_dock)
            or self.dockWidgetArea(self.notes_dock) != Qt.DockWidgetArea.RightDockWidgetArea
        ):
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)
            self.resizeDocks(
                [self.library_dock, self.notes_dock],
                [int(self.width() * 0.27), int(self.width() * 0.24)],
                Qt.Orientation.Horizontal,
            )
            self._apply_notes_choice()

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.reader.release_page_objects)
            QTimer.singleShot(0, first_paint.painted)
            self.shown.emit()
            from kb_app.ui.look.theme import finish_system_style

            QTimer.singleShot(0, lambda: finish_system_style(cast(QApplication, QApplication.instance())))

    def _restore_state(self) -> None:
        geometry = self.ctx.settings.state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            fit_window(self)  # saved on a larger screen or at another scale
        state = self.ctx.settings.state("window")
        if state is not None:
            self.restoreState(state)

    def save_state(self) -> None:
        self.ctx.settings.set_state("geometry", self.saveGeometry())
        lent = self._library_lent  # saved as the worker left it, not as lent to a view for a while
        if lent:
            self.library_dock.setVisible(True)
        self.ctx.settings.set_state("window", self.saveState())
        if lent:
            self.library_dock.setVisible(False)
        self.ctx.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.notes.confirm_close():  # text that could be saved nowhere: the user decides
            event.ignore()
            return
        if self.ctx.main_window is self:  # not the window a language switch replaces
            from kb_app.ui.notes.office_sync import sync_on_quit

            sync_on_quit(self)
            from kb_app.core.desk.case_draft import discard_case
            from kb_app.core.userdata.drafts import draft_folders

            checklist = self._views.get("checklist")
            if checklist is not None:
                checklist.discard_case()  # type: ignore[attr-defined]  # also stops a pending save
            discard_case(draft_folders(self.ctx.paths))  # a checklist case ends with the session
        self.save_state()
        if self._workshop is not None:
            self._workshop.close()
        self.search_service.stop()
        self._poll.stop()
        super().closeEvent(event)


def app_icon() -> QIcon:
    from kb_app.ui.shared.resources import icon_path

    return QIcon(str(icon_path()))
