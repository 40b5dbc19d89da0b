"""The workshop as a cooperation laboratory: what workshop mode adds around the revealed scenario.

Under the revealed solution come the scenario's cooperation map and, when the trainer recorded
the groups' answers (G), each group beside the model: institutions both named, those the model
has and the group missed, those the group added. A stage timer (T start/pause, + five minutes)
counts down the scenario's minutes; P switches to the projector's text size; Ctrl+E exports the
map as PNG or SVG, Ctrl+R writes the session's one-page record as PDF.

The window (:mod:`kb_app.ui.workshop.workshop_window`) reveals; this object owns the tools, the session and the
keys above, and the window calls it at a few points (load, reveal, key, zoom, close).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
)

from kb_app.ui.look.flow_layout import FlowLayout
from kb_app.ui.look.widgets import describe
from kb_app.ui.workshop.workshop_answers import GroupAnswersPanel
from kb_app.ui.workshop.workshop_surface import ScenarioSurface
from kb_app.ui.workshop.workshop_timer import STAGE_OF_KIND, StageTimer

# The projector step: text for the back of a room on a 1920×1080 projector at 150 % (P toggles).
PROJECTOR_ZOOM = 18
MAP_URL = "coopmap:current"


class WorkshopLab(QObject):
    def __init__(self, window: ScenarioSurface, layout: QBoxLayout) -> None:
        super().__init__(window)
        self.window = window
        self.timer = StageTimer(window)
        self.answers = GroupAnswersPanel(window)
        self.answers.hide()
        self.answers.changed.connect(self._store_answers)
        self.answers.leave.connect(self._leave_answers)
        self.answers_button = describe(
            QPushButton(self.tr("Groups…"), window), self.tr("Record the groups' answers (G)")
        )
        self.answers_button.setCheckable(True)
        self.map_button = describe(
            QPushButton(self.tr("Export map…"), window), self.tr("Export the cooperation map as PNG or SVG (Ctrl+E)")
        )
        self.record_button = describe(
            QPushButton(self.tr("Record PDF…"), window), self.tr("Write the session's one-page record as PDF (Ctrl+R)")
        )
        self.projector_button = describe(QPushButton(self.tr("Projector"), window), self.tr("Projector text size (P)"))
        self.projector_button.setCheckable(True)
        tools = FlowLayout()  # wraps on a narrow screen instead of setting the window's minimum width
        tools.addWidget(self.timer)
        for button in (self.answers_button, self.map_button, self.record_button, self.projector_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must reveal, not press a button
            tools.addWidget(button)
        self.answers_button.toggled.connect(self.show_answers)
        self.map_button.clicked.connect(lambda: self.export_map())
        self.record_button.clicked.connect(lambda: self.export_record())
        self.projector_button.toggled.connect(self.set_projector)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, window)
        self.splitter.addWidget(window.view)
        self.splitter.addWidget(self.answers)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout.addLayout(tools)
        layout.addWidget(self.splitter, 1)
        self.session_id: str | None = None
        self.scenario_id = ""
        self.meta: dict[str, Any] = {}
        self.titles: dict[str, str] = {}
        self.lang = ""  # the scenario's language: its map and record use the pack's words for it
        self._normal_zoom = window.zoom if hasattr(window, "zoom") else 0
        self._drawn: tuple[Any, Any] = (None, None)  # (scenario and scale, the map drawn for them)
        # The map is drawn for the view's width: after a resize (full screen, the answers panel)
        # it is drawn again, once the size has settled.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(120)
        self._refit.timeout.connect(self.redraw)
        window.installEventFilter(self)

    # -- the window's calls ------------------------------------------------------------------
    def load(self, scenario_id: str | None) -> None:
        """A scenario was chosen (None: the library has none): its completions, and its session
        of the day, if any, so that moving to another scenario and back loses nothing."""
        library = self.window._ctx.library
        self.timer.stop()
        self.timer.stage = ""
        self.session_id = None
        if not scenario_id or library is None:
            self.scenario_id, self.meta = "", {}
            self.answers.set_groups([])
            return
        doc = library.document(scenario_id)
        self.scenario_id, self.meta, self.lang = scenario_id, dict(doc.meta), doc.lang
        self.titles = library.titles()
        names = [str(r.get("institution", "")) for r in self.meta.get("roles") or [] if isinstance(r, dict)]
        names += [d.title for d in library.documents(doc_type="contact")]
        self.answers.set_completions([n for n in names if n.strip()])
        sessions = self._sessions()
        resumed = sessions.recent(scenario_id) if sessions is not None else None
        self.session_id = resumed.id if resumed is not None else None
        self.answers.set_groups([list(g) for g in resumed.groups] if resumed is not None else [])

    def _labels(self) -> Any:
        """The pack's labels for the scenario's language (kb_app.core.content.labels)."""
        from kb_app.core.desk.handout import library_labels

        library = self.window._ctx.library
        return library_labels(library, self.lang) if library is not None else None

    def revealed_html(self) -> str:
        """Under the revealed solution: the cooperation map, then the groups beside the model."""
        if not self.meta:
            return ""
        from kb_app.core.workshop.coop_map import build_map
        from kb_app.core.workshop.kit import kit_labels
        from kb_app.ui.look.coop_map_view import svg_image

        view = self.window.view
        coop = build_map(self.meta, self.titles, self._labels())
        # As large as the text (the map's 13 px labels grow with the workshop's text size), but
        # never wider than the view: a map to scroll sideways is not seen from the back of a room.
        room = view.viewport().width() - 2 * view.document().documentMargin() - 16
        scale = min(max(1.0, view.font().pointSizeF() / 13.0), max(room, 200) / coop.width)
        ratio = self.window.devicePixelRatioF() or 1.0
        key = (self.scenario_id, round(scale * ratio, 3))
        if self._drawn[0] != key:  # a group's new answer or a resize to the same width draws nothing
            self._drawn = (key, svg_image(self.map_svg(), scale * ratio))
        view.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(MAP_URL), self._drawn[1])
        parts = [
            f"<h2>{escape(kit_labels(self._labels())['map'])}</h2>",
            f'<p><img src="{MAP_URL}" width="{coop.width * scale:.0f}" height="{coop.height * scale:.0f}"></p>',
        ]
        session = self.session()
        if session is not None and any(session.groups):
            parts.append(self.side_by_side_html(session))
        return "\n".join(parts)

    def follow_stage(self, kind: str) -> None:
        """The timer runs the minutes of the stage the revealed part belongs to."""
        from kb_app.core.workshop.kit import stage_minutes

        stage = STAGE_OF_KIND.get(kind, "discussion")
        minutes = dict(stage_minutes(self.meta.get("duration_minutes")))
        self.timer.set_stage(stage, minutes[stage])

    def owns_keys(self) -> bool:
        """While the trainer types a group's answer, the keys are the panel's."""
        focus = QApplication.focusWidget()
        return focus is not None and self.answers.isAncestorOf(focus)

    def key_action(self, event: QKeyEvent) -> Callable[[], Any] | None:
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
        return None

    def redraw(self) -> None:
        """Draw the revealed map again (a new text size or view width), where the reader was."""
        window = self.window
        if window.isVisible() and window.stages and window.shown_count == len(window.stages):
            bar = window.view.verticalScrollBar()
            position = bar.value()
            window.show_stages(window.shown_count)
            bar.setValue(position)

    def close(self) -> None:
        if self.projector_button.isChecked():
            self.projector_button.setChecked(False)  # the projector step is for this room only
        self.timer.stop()
        self._refit.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self._refit.start()
        return False

    # -- the groups' answers -----------------------------------------------------------------
    def side_by_side_html(self, session: Any) -> str:
        from kb_app.core.workshop.model_answers import compare

        head = "".join(
            f'<th align="left">{escape(t)}</th>'
            for t in (
                self.tr("Group"),
                self.tr("Named by both"),
                self.tr("In the model, missed"),
                self.tr("Added by the group"),
            )
        )
        rows = []
        for number, answer in enumerate(session.groups, start=1):
            if not answer:
                continue
            result = compare(list(session.model), answer)
            cells = [
                "<br>".join(escape(n) for n in names) or "—" for names in (result.both, result.missed, result.added)
            ]
            group = self.tr("Group {0}").format(number)
            rows.append(
                f'<tr><td valign="top"><b>{escape(group)}</b></td>'
                + "".join(f'<td valign="top">{c}</td>' for c in cells)
                + "</tr>"
            )
        heading = self.tr("The groups beside the model")
        return (
            f'<a name="groups"></a><h2>{escape(heading)}</h2>'
            # One size smaller than the text: four columns of names must fit beside each other.
            f'<table class="roles" border="1" cellspacing="0" cellpadding="6" style="font-size: small">'
            f"<tr>{head}</tr>" + "".join(rows) + "</table>"
        )

    def _sessions(self) -> Any:
        from kb_app.core.userdata.workshop_sessions import WorkshopSessions

        userdata = self.window._ctx.userdata
        return WorkshopSessions(userdata) if userdata is not None else None

    def session(self) -> Any:
        sessions = self._sessions()
        return sessions.get(self.session_id) if sessions is not None and self.session_id else None

    def _store_answers(self) -> None:
        """Every change is stored at once: a closed window or a crash loses no group's answer."""
        from kb_app.core.platform.errors import KbError
        from kb_app.core.workshop.model_answers import model_institutions

        sessions = self._sessions()
        if sessions is None or not self.scenario_id:
            return
        try:
            if self.session_id is None:
                self.session_id = sessions.start(self.scenario_id, model_institutions(self.meta, self.titles)).id
            sessions.set_groups(self.session_id, self.answers.groups)
        except KbError as exc:
            QMessageBox.warning(self.window, self.tr("Answers not saved"), str(exc))
            return
        self.redraw()

    def show_answers(self, on: bool) -> None:
        self.answers.setVisible(on)
        self._refit.start()  # the view is narrower or wider now
        if self.answers_button.isChecked() != on:
            self.answers_button.setChecked(on)
        if on:
            self.answers.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.window.setFocus(Qt.FocusReason.OtherFocusReason)

    def _leave_answers(self) -> None:
        self.window.setFocus(Qt.FocusReason.OtherFocusReason)  # the panel stays open, Space reveals again

    # -- files -------------------------------------------------------------------------------
    def map_svg(self) -> str:
        from kb_app.core.workshop.coop_map import build_map, map_svg

        return map_svg(build_map(self.meta, self.titles, self._labels()), self.window.title)

    def export_map(self, path: str | None = None) -> Any:
        """Ask where, then write the map in a task (a PNG takes longer than a frame to encode)."""
        from kb_app.ui.look.coop_map_view import export_map
        from kb_app.ui.paper.printing import pdf_failure_text

        if not self.meta:
            return None
        if not path:
            safe = "".join(ch if ch.isalnum() else "-" for ch in self.scenario_id)
            from kb_app.ui.look.folders import ask_save

            chosen = ask_save(
                self.window,
                self.window._ctx.settings,
                "image",
                self.tr("Export the cooperation map"),
                f"{safe}-map.png",
                self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
            )
            if chosen is None:
                return None
            path = chosen
        target = Path(path if path.lower().endswith((".png", ".svg")) else path + ".png")
        svg = self.map_svg()

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.window, self.tr("Map not exported"), pdf_failure_text(exc))

        def done(written: Path) -> None:
            show = getattr(self.window.parentWidget(), "show_message", None)
            if callable(show):
                show(QCoreApplication.translate("Printing", "Saved {0}").format(written))

        return self.window._ctx.tasks.start(lambda _task: export_map(svg, target), on_done=done, on_error=failed)

    def export_record(self, path: str | None = None) -> Any:
        from kb_app.core.userdata.workshop_sessions import session_record_html
        from kb_app.ui.paper.printing import export_pdf
        from kb_app.ui.paper.sheet_pdf import SHEET_MARGIN_MM, sheet_font

        session = self.session()
        if session is None or not any(session.groups):
            QMessageBox.information(
                self.window, self.tr("Workshop record"), self.tr("Record the groups' answers first (G).")
            )
            return None
        from kb_app.core.desk.handout import library_labels
        from kb_app.ui.paper.desk_sheets import sheet_lang

        # Like the referral sheet: in the interface's language when the library's content has it.
        ctx = self.window._ctx
        labels = library_labels(ctx.library, sheet_lang(ctx)) if ctx.library is not None else None
        html = session_record_html(session, self.window.title, labels)
        return export_pdf(
            self.window,
            self.window._ctx,
            html,
            self.tr("Workshop record"),
            path,
            font=sheet_font(),
            margin_mm=SHEET_MARGIN_MM,
        )

    # -- presentation ------------------------------------------------------------------------
    def set_projector(self, on: bool) -> None:
        """The projector step and back to the trainer's own size."""
        if on:
            self._normal_zoom = self.window.zoom
            self.window.set_zoom(max(self.window.zoom, PROJECTOR_ZOOM))
        else:
            self.window.set_zoom(self._normal_zoom)
