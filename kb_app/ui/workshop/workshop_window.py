"""Workshop mode for trainers: one scenario, large and without distractions.

The group first reads the situation, then gets the questions; the institutions' roles and the
model solution are revealed one step at a time (Space or Right: next; Left: back), so the
trainer controls the pace. F11 toggles full screen; Esc leaves full screen, then the mode.

The cooperation map, the groups' answers beside the model, the stage timer and the projector
step live in :mod:`kb_app.ui.workshop.workshop_lab`; this window calls it where it loads and reveals.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QAccessible, QCloseEvent, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kb_app.ui.a11y.accessible import give_role
from kb_app.ui.look.safe_resources import SafeTextBrowser
from kb_app.ui.look.screen_fit import fit_window
from kb_app.ui.look.theme import reader_css
from kb_app.ui.look.widgets import compact_combo, labelled
from kb_app.ui.shared.context import AppContext
from kb_app.ui.workshop.workshop_surface import ScenarioSurface, Stage


def scenario_stages(library: Any, scenario_id: str) -> tuple[str, list[Stage]]:
    """The scenario's title and its parts in the order they are revealed."""
    from kb_app.core.content.markdown import render_html
    from kb_app.core.content.render import labels, roles_table_html, solution_step_html
    from kb_app.core.desk.handout import library_labels

    doc = library.document(scenario_id)
    page = library_labels(library, doc.lang)
    lab = labels(page)
    titles = library.titles()
    meta = doc.meta
    stages = [Stage("situation", f"<h2>{escape(lab['situation'])}</h2>{render_html(doc.body_md)}")]
    questions = "".join(f"<li>{render_html(str(q))}</li>" for q in meta.get("questions") or [])
    if questions:
        stages.append(Stage("questions", f"<h2>{escape(lab['questions'])}</h2><ol>{questions}</ol>"))
    roles = meta.get("roles") or []
    if roles:
        stages.append(Stage("roles", roles_table_html(roles, page, titles)))
    steps = [s for s in meta.get("solution") or [] if isinstance(s, dict)]
    for number, step in enumerate(steps, start=1):
        heading = f"<h2>{escape(lab['solution'])}</h2>" if number == 1 else ""
        stages.append(Stage("step", f'{heading}<ol start="{number}">{solution_step_html(step, titles)}</ol>'))
    return doc.title, stages


class WorkshopWindow(ScenarioSurface):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Workshop mode"))
        self.setObjectName("WorkshopWindow")
        self.stages: list[Stage] = []
        self.shown_count = 0
        self.title = ""
        self.scenarios = compact_combo(QComboBox(self), 16)
        self.scenarios.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.progress = QLabel(self)
        self.progress.setAccessibleDescription(self.tr("Progress"))
        self.prev_button = QPushButton(self.tr("◀ Back"), self)
        self.prev_button.setAccessibleDescription(self.tr("Hide the last step"))
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.setAccessibleDescription(self.tr("Reveal the next step"))
        self.full_button = QPushButton(self.tr("Full screen"), self)
        self.full_button.setCheckable(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.prev_button, self.next_button, self.full_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must reveal, not press a button
        self.view = SafeTextBrowser(self)  # loads no file or URL a scenario may name
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._on_link)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setAccessibleName(self.tr("Scenario"))
        self.view.document().setDefaultStyleSheet(reader_css())
        self.view.document().setDocumentMargin(24)
        bar = QHBoxLayout()
        bar.addWidget(labelled(self.scenarios, self.tr("Scenario:"), above=True), 1)  # above: no room at 200 %
        bar.addWidget(self.progress)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.full_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        from kb_app.ui.workshop.workshop_lab import WorkshopLab

        self.lab = WorkshopLab(self, layout)  # its tool row, then the view beside the groups' answers

        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.full_button.toggled.connect(self.set_full_screen)
        self.close_button.clicked.connect(self.close)
        self.scenarios.currentIndexChanged.connect(lambda _i: self._load())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the window itself takes the keys
        self.zoom = ctx.prefs.workshop_zoom
        self._base_pt = self.view.font().pointSizeF() or 10.0
        self.set_zoom(self.zoom)
        fit_window(self, QSize(1100, 760))  # a laptop at 1024×600 gets all of it, buttons included

    def start(self, scenario_id: str | None = None) -> None:
        library = self._ctx.library
        self.scenarios.blockSignals(True)
        self.scenarios.clear()
        for doc in library.documents(doc_type="scenario") if library is not None else []:
            self.scenarios.addItem(doc.title, doc.id)
        self.scenarios.blockSignals(False)
        if scenario_id is not None and self.scenarios.findData(scenario_id) >= 0:
            self.scenarios.setCurrentIndex(self.scenarios.findData(scenario_id))
        self._load()
        self.show()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _load(self) -> None:
        scenario_id = self.scenarios.currentData()
        library = self._ctx.library
        if not scenario_id or library is None:
            self.title, self.stages = "", []
            self.view.setHtml(f"<h1>{escape(self.tr('The library has no workshop scenarios.'))}</h1>")
            self.progress.clear()
            self.lab.load(None)
            return
        self.title, self.stages = scenario_stages(library, scenario_id)
        self.lab.load(scenario_id)
        self.show_stages(1)

    # -- revealing -------------------------------------------------------------------------
    def next(self) -> None:
        self.show_stages(self.shown_count + 1)

    def previous(self) -> None:
        self.show_stages(self.shown_count - 1)

    def show_stages(self, count: int) -> None:
        if not self.stages:
            return
        count = min(max(count, 1), len(self.stages))
        grew = count > self.shown_count
        self.shown_count = count
        shown = self.stages[:count]
        parts = [f"<h1>{escape(self.title)}</h1>"]
        for i, stage in enumerate(shown):
            if i == count - 1:
                parts.append('<a name="current"></a>')
            parts.append(stage.html)
        remaining = len(self.stages) - count
        if remaining:
            hint = self.tr("Press Space for the next part (%n more).", "", remaining)
            parts.append(f'<p class="muted">{escape(hint)}</p>')
        else:
            parts.append(self.lab.revealed_html())  # the map, and the groups beside the model
        self.view.setHtml("\n".join(parts))
        self.lab.follow_stage(shown[-1].kind)
        if grew and count > 1:
            self.view.scrollToAnchor("current")
        self.progress.setText(self.tr("Part {0} of {1}").format(count, len(self.stages)))
        self.prev_button.setEnabled(count > 1)
        self.next_button.setEnabled(remaining > 0)

    def _key_action(self, event: QKeyEvent) -> Any:
        """What a key does here, or None. A presenter's clicker sends these keys; they must work
        whichever control was last clicked, and win over the main window's shortcuts."""
        if self.lab.owns_keys():  # a group's answer is being typed
            return None
        key = event.key()
        lab_action = self.lab.key_action(event)
        if lab_action is not None:
            return lab_action
        if key in (
            Qt.Key.Key_Space,
            Qt.Key.Key_Right,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Down,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            return self.next
        if key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            return self.previous
        if key == Qt.Key.Key_Home:
            return lambda: self.show_stages(1)
        if key == Qt.Key.Key_End:
            return lambda: self.show_stages(len(self.stages))
        if key == Qt.Key.Key_F11:
            return self.full_button.toggle
        if key == Qt.Key.Key_Escape:
            return self._escape
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
            key == Qt.Key.Key_Equal and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            return lambda: self.set_zoom(self.zoom + 1)
        if event.matches(QKeySequence.StandardKey.ZoomOut):
            return lambda: self.set_zoom(self.zoom - 1)
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._key_action(event):
            event.accept()  # deliver as a key press here instead of triggering a shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._key_action(event)
        if action is None:
            super().keyPressEvent(event)
        else:
            action()

    @property
    def revealed_kinds(self) -> list[str]:
        return [s.kind for s in self.stages[: self.shown_count]]

    def _on_link(self, url: QUrl) -> None:
        """A contact named in the scenario opens in the main window (the workshop stays)."""
        opener = getattr(self.parentWidget(), "open_location", None)
        if url.scheme() == "kb" and callable(opener):
            opener(url.path())

    # -- presentation ----------------------------------------------------------------------
    def set_zoom(self, steps: int) -> None:
        self.zoom = min(max(steps, 0), 24)
        font = QFont(self.view.font())
        font.setPointSizeF(self._base_pt + self.zoom)
        self.view.setFont(font)
        self.lab.redraw()  # the map grows with the text

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def _escape(self) -> None:
        if self.isFullScreen():
            self.full_button.setChecked(False)
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lab.close()
        if self.zoom != self._ctx.prefs.workshop_zoom:
            self._ctx.update_prefs(workshop_zoom=self.zoom)
        self.full_button.setChecked(False)
        super().closeEvent(event)


give_role(WorkshopWindow, QAccessible.Role.Window)  # a window a screen reader lists and names, not a "filler"
