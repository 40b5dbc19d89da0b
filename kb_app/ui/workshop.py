"""Workshop mode for trainers: one scenario, large and without distractions.

The group first reads the situation, then gets the questions; the institutions' roles and the
model solution are revealed one step at a time (Space or Right: next; Left: back), so the
trainer controls the pace. F11 toggles full screen; Esc leaves full screen, then the mode.

Under the revealed solution come the cooperation map and, when the trainer recorded the groups'
answers (G), each group's institutions beside the model's. A stage timer (T, +) runs the
scenario's minutes; P switches to the projector's text size; Ctrl+E exports the map, Ctrl+R
writes the session's one-page record.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kb_app.ui.context import AppContext
from kb_app.ui.safe_resources import SafeTextBrowser
from kb_app.ui.screen_fit import fit_window
from kb_app.ui.theme import reader_css
from kb_app.ui.widgets import compact_combo, describe
from kb_app.ui.workshop_answers import GroupAnswersPanel
from kb_app.ui.workshop_timer import STAGE_OF_KIND, StageTimer

# The projector step: text for the back of a room on a 1920×1080 projector at 150 % (P toggles).
PROJECTOR_ZOOM = 18
MAP_URL = "coopmap:current"


@dataclass(frozen=True)
class Stage:
    kind: str  # "situation", "questions", "roles", "step"
    html: str


def scenario_stages(library: Any, scenario_id: str) -> tuple[str, list[Stage]]:
    """The scenario's title and its parts in the order they are revealed."""
    from kb_app.core.markdown import render_html
    from kb_app.core.render import labels, roles_table_html, solution_step_html

    doc = library.document(scenario_id)
    lab = labels(doc.lang)
    titles = library.titles()
    meta = doc.meta
    stages = [Stage("situation", f"<h2>{escape(lab['situation'])}</h2>{render_html(doc.body_md)}")]
    questions = "".join(f"<li>{render_html(str(q))}</li>" for q in meta.get("questions") or [])
    if questions:
        stages.append(Stage("questions", f"<h2>{escape(lab['questions'])}</h2><ol>{questions}</ol>"))
    roles = meta.get("roles") or []
    if roles:
        stages.append(Stage("roles", roles_table_html(roles, doc.lang, titles)))
    steps = [s for s in meta.get("solution") or [] if isinstance(s, dict)]
    for number, step in enumerate(steps, start=1):
        heading = f"<h2>{escape(lab['solution'])}</h2>" if number == 1 else ""
        stages.append(Stage("step", f'{heading}<ol start="{number}">{solution_step_html(step, titles)}</ol>'))
    return doc.title, stages


class WorkshopWindow(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Workshop mode"))
        self.setObjectName("WorkshopWindow")
        self.stages: list[Stage] = []
        self.shown_count = 0
        self.title = ""
        self.scenarios = compact_combo(QComboBox(self), 16)
        self.scenarios.setAccessibleName(self.tr("Scenario"))
        self.scenarios.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.progress = QLabel(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.prev_button = QPushButton(self.tr("◀ Back"), self)
        self.prev_button.setAccessibleName(self.tr("Hide the last step"))
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.setAccessibleName(self.tr("Reveal the next step"))
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
        self.timer = StageTimer(self)
        self.answers = GroupAnswersPanel(self)
        self.answers.hide()
        self.answers.changed.connect(self._store_answers)
        self.answers.leave.connect(self._leave_answers)
        self.answers_button = describe(QPushButton(self.tr("Groups…"), self),
                                       self.tr("Record the groups' answers (G)"))
        self.answers_button.setCheckable(True)
        self.map_button = describe(QPushButton(self.tr("Export map…"), self),
                                   self.tr("Export the cooperation map as PNG or SVG (Ctrl+E)"))
        self.record_button = describe(QPushButton(self.tr("Record PDF…"), self),
                                      self.tr("Write the session's one-page record as PDF (Ctrl+R)"))
        self.projector_button = describe(QPushButton(self.tr("Projector"), self),
                                         self.tr("Projector text size (P)"))
        self.projector_button.setCheckable(True)
        for button in (self.answers_button, self.map_button, self.record_button, self.projector_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.answers_button.toggled.connect(self.show_answers)
        self.map_button.clicked.connect(lambda: self.export_map())
        self.record_button.clicked.connect(lambda: self.export_record())
        self.projector_button.toggled.connect(self.set_projector)
        self._session_id: str | None = None
        self._scenario_id = ""
        self._meta: dict[str, Any] = {}
        self._titles: dict[str, str] = {}
        self._lang = "lv"
        self._normal_zoom = ctx.prefs.workshop_zoom
        # The map is drawn for the view's width: after a resize (full screen, the answers panel)
        # it is drawn again, once the size has settled.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(120)
        self._refit.timeout.connect(self._redraw_revealed)
        bar = QHBoxLayout()
        bar.addWidget(self.scenarios, 1)
        bar.addWidget(self.progress)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.full_button)
        bar.addWidget(self.close_button)
        tools = QHBoxLayout()
        tools.addWidget(self.timer)
        tools.addStretch(1)
        for button in (self.answers_button, self.map_button, self.record_button, self.projector_button):
            tools.addWidget(button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.answers)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addLayout(tools)
        layout.addWidget(self.splitter, 1)

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
        self._session_id = None
        self.timer.stop()
        self.timer.stage = ""
        if not scenario_id or library is None:
            self.title, self.stages = "", []
            self._scenario_id, self._meta = "", {}
            self.view.setHtml(f"<h1>{escape(self.tr('The library has no workshop scenarios.'))}</h1>")
            self.progress.clear()
            self.answers.set_groups([])
            return
        self.title, self.stages = scenario_stages(library, scenario_id)
        doc = library.document(scenario_id)
        self._scenario_id, self._meta, self._lang = scenario_id, dict(doc.meta), doc.lang
        titles = library.titles()
        names = [str(r.get("institution", "")) for r in self._meta.get("roles") or [] if isinstance(r, dict)]
        names += [d.title for d in library.documents(doc_type="contact")]
        self.answers.set_completions([n for n in names if n.strip()])
        sessions = self._sessions()
        resumed = sessions.recent(scenario_id) if sessions is not None else None
        self._session_id = resumed.id if resumed is not None else None
        self.answers.set_groups([list(g) for g in resumed.groups] if resumed is not None else [])
        self._titles = titles
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
        elif self._meta:
            parts.append(self._revealed_extras())
        self.view.setHtml("\n".join(parts))
        self._follow_stage(shown[-1].kind)
        if grew and count > 1:
            self.view.scrollToAnchor("current")
        self.progress.setText(self.tr("Part {0} of {1}").format(count, len(self.stages)))
        self.prev_button.setEnabled(count > 1)
        self.next_button.setEnabled(remaining > 0)

    def _key_action(self, event: QKeyEvent) -> Any:
        """What a key does here, or None. A presenter's clicker sends these keys; they must work
        whichever control was last clicked, and win over the main window's shortcuts. While the
        trainer types a group's answer, the keys are the panel's."""
        focus = QApplication.focusWidget()
        if focus is not None and self.answers.isAncestorOf(focus):
            return None
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_T and not ctrl:
            return self.timer.toggle
        if key == Qt.Key.Key_Plus and not ctrl:
            return self.timer.add_minutes
        if key == Qt.Key.Key_P and not ctrl:
            return self.projector_button.toggle
        if key == Qt.Key.Key_G and not ctrl:
            return lambda: self.show_answers(True)
        if key == Qt.Key.Key_E and ctrl:
            return self.export_map
        if key == Qt.Key.Key_R and ctrl:
            return self.export_record
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down, Qt.Key.Key_Return,
                   Qt.Key.Key_Enter):
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
                key == Qt.Key.Key_Equal and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
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

    # -- the map and the groups' answers ----------------------------------------------------
    def _map_svg(self) -> str:
        from kb_app.core.coop_map import build_map, map_svg

        return map_svg(build_map(self._meta, self._titles, self._lang), self.title)

    def _revealed_extras(self) -> str:
        """Under the revealed solution: the cooperation map, then the groups beside the model."""
        from kb_app.core.coop_map import build_map
        from kb_app.core.workshop_kit import kit_labels
        from kb_app.ui.coop_map_view import svg_image

        coop = build_map(self._meta, self._titles, self._lang)
        # As large as the text (the map's 13 px labels grow with the workshop's text size), but
        # never wider than the view: a map to scroll sideways is not seen from the back of a room.
        room = self.view.viewport().width() - 2 * self.view.document().documentMargin() - 16
        scale = min(max(1.0, (self._base_pt + self.zoom) / 13.0), max(room, 200) / coop.width)
        ratio = self.devicePixelRatioF() or 1.0
        self.view.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(MAP_URL),
                                         svg_image(self._map_svg(), scale * ratio))
        parts = [f"<h2>{escape(kit_labels(self._lang)['map'])}</h2>",
                 f'<p><img src="{MAP_URL}" width="{coop.width * scale:.0f}" height="{coop.height * scale:.0f}"></p>']
        session = self._session()
        if session is not None and any(session.groups):
            parts.append(self.side_by_side_html(session))
        return "\n".join(parts)

    def side_by_side_html(self, session: Any) -> str:
        from kb_app.core.workshop_sessions import compare

        head = "".join(f'<th align="left">{escape(t)}</th>' for t in (
            self.tr("Group"), self.tr("Named by both"), self.tr("In the model, missed"), self.tr("Added by the group")))
        rows = []
        for number, answer in enumerate(session.groups, start=1):
            if not answer:
                continue
            result = compare(list(session.model), answer)
            cells = ["<br>".join(escape(n) for n in names) or "—" for names in (result.both, result.missed,
                                                                               result.added)]
            group = self.tr("Group {0}").format(number)
            rows.append(f'<tr><td valign="top"><b>{escape(group)}</b></td>'
                        + "".join(f'<td valign="top">{c}</td>' for c in cells) + "</tr>")
        heading = self.tr("The groups beside the model")
        return (f'<a name="groups"></a><h2>{escape(heading)}</h2>'
                # One size smaller than the text: four columns of names must fit beside each other.
                f'<table class="roles" border="1" cellspacing="0" cellpadding="6" style="font-size: small">'
                f"<tr>{head}</tr>"
                + "".join(rows) + "</table>")

    def _sessions(self) -> Any:
        from kb_app.core.workshop_sessions import WorkshopSessions

        return WorkshopSessions(self._ctx.userdata) if self._ctx.userdata is not None else None

    def _session(self) -> Any:
        sessions = self._sessions()
        return sessions.get(self._session_id) if sessions is not None and self._session_id else None

    def _store_answers(self) -> None:
        """Every change is stored at once: a closed window or a crash loses no group's answer."""
        from kb_app.core.errors import KbError
        from kb_app.core.workshop_sessions import model_institutions

        sessions = self._sessions()
        if sessions is None or not self._scenario_id:
            return
        try:
            if self._session_id is None:
                self._session_id = sessions.start(self._scenario_id,
                                                  model_institutions(self._meta, self._titles)).id
            sessions.set_groups(self._session_id, self.answers.groups)
        except KbError as exc:
            QMessageBox.warning(self, self.tr("Answers not saved"), str(exc))
            return
        if self.shown_count == len(self.stages):
            self.show_stages(self.shown_count)

    def show_answers(self, on: bool) -> None:
        self.answers.setVisible(on)
        self._refit.start()  # the view is narrower or wider now
        if self.answers_button.isChecked() != on:
            self.answers_button.setChecked(on)
        if on:
            self.answers.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _leave_answers(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)  # the panel stays open, Space reveals again

    def export_map(self, path: str | None = None) -> Path | None:
        from kb_app.ui.coop_map_view import export_map

        if not self._meta:
            return None
        if not path:
            safe = "".join(ch if ch.isalnum() else "-" for ch in self._scenario_id)
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the cooperation map"),
                                                  str(Path.home() / f"{safe}-map.png"),
                                                  self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
            if not path:
                return None
        target = Path(path if path.lower().endswith((".png", ".svg")) else path + ".png")
        try:
            return export_map(self._map_svg(), target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Map not exported"), str(exc))
            return None

    def export_record(self, path: str | None = None) -> Any:
        from kb_app.core.workshop_sessions import session_record_html
        from kb_app.ui.printing import export_pdf
        from kb_app.ui.sheet_pdf import SHEET_MARGIN_MM, sheet_font

        session = self._session()
        if session is None or not any(session.groups):
            QMessageBox.information(self, self.tr("Workshop record"),
                                    self.tr("Record the groups' answers first (G)."))
            return None
        lang = "en" if self._ctx.prefs.language == "en" else "lv"
        html = session_record_html(session, self.title, lang)
        return export_pdf(self, self._ctx, html, self.tr("Workshop record"), path,
                          font=sheet_font(), margin_mm=SHEET_MARGIN_MM)  # type: ignore[arg-type]

    # -- timing ----------------------------------------------------------------------------
    def _follow_stage(self, kind: str) -> None:
        from kb_app.core.workshop_kit import stage_minutes

        stage = STAGE_OF_KIND.get(kind, "discussion")
        minutes = dict(stage_minutes(self._meta.get("duration_minutes")))
        self.timer.set_stage(stage, minutes[stage])

    # -- presentation ----------------------------------------------------------------------
    def set_zoom(self, steps: int) -> None:
        self.zoom = min(max(steps, 0), 24)
        font = QFont(self.view.font())
        font.setPointSizeF(self._base_pt + self.zoom)
        self.view.setFont(font)
        if self.stages and self.shown_count == len(self.stages):
            self.show_stages(self.shown_count)  # the map grows with the text

    def set_projector(self, on: bool) -> None:
        """The projector step and back to the trainer's own size."""
        if on:
            self._normal_zoom = self.zoom
            self.set_zoom(max(self.zoom, PROJECTOR_ZOOM))
        else:
            self.set_zoom(self._normal_zoom)

    def _redraw_revealed(self) -> None:
        if self.isVisible() and self.stages and self.shown_count == len(self.stages):
            bar = self.view.verticalScrollBar()
            position = bar.value()
            self.show_stages(self.shown_count)
            bar.setValue(position)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._refit.start()

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
        if self.projector_button.isChecked():
            self.projector_button.setChecked(False)  # the projector step is for this room only
        self.timer.stop()
        self._refit.stop()
        if self.zoom != self._ctx.prefs.workshop_zoom:
            self._ctx.update_prefs(workshop_zoom=self.zoom)
        self.full_button.setChecked(False)
        super().closeEvent(event)
