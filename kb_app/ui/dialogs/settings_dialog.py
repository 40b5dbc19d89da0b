"""Settings: language, municipality, text size, theme. Saved at once to the profile's preferences.json."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.userdata.preferences import THEMES, ZOOM_MAX, ZOOM_MIN
from kb_app.ui.dialogs.municipality import pick_municipality
from kb_app.ui.look.fit_scroll import FitScrollArea
from kb_app.ui.look.screen_fit import fit_dialog
from kb_app.ui.shared import languages
from kb_app.ui.shared.context import AppContext

if TYPE_CHECKING:
    from PySide6.QtGui import QValidator

BASE_POINTS = 10.0  # the reader's text size at step 0; one step is one point


def zoom_percent(steps: int) -> int:
    return round((BASE_POINTS + steps) / BASE_POINTS * 100)


class PercentSpinBox(QSpinBox):
    """Text size as a percentage of normal ("120 %"), not as abstract steps. The value itself is
    the percentage, so a screen reader's value (AT-SPI reads value(), not the text) is what the box
    shows; the zoom steps the preferences keep are converted at the edges."""

    def __init__(self, low_steps: int, high_steps: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(zoom_percent(low_steps), zoom_percent(high_steps))
        self.setSingleStep(zoom_percent(1) - zoom_percent(0))  # one step: one point

    def steps(self) -> int:
        return round(self.value() * BASE_POINTS / 100 - BASE_POINTS)

    def set_steps(self, steps: int) -> None:
        self.setValue(zoom_percent(steps))

    def textFromValue(self, value: int) -> str:
        return f"{value} %"

    def valueFromText(self, text: str) -> int:
        digits = "".join(ch for ch in text if ch.isdigit())
        if not digits:
            return self.value()
        return int(digits)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        from PySide6.QtGui import QValidator

        digits = "".join(ch for ch in text if ch.isdigit())
        return (QValidator.State.Acceptable if digits else QValidator.State.Intermediate), text, pos


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for language in languages.UI_LANGUAGES:
            self.language.addItem(language.name, language.code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.prefs.language)))
        self.municipality = QLabel(ctx.municipality_name() or self.tr("not chosen"), self)
        self.municipality.setAccessibleDescription(self.tr("My municipality"))
        change = QPushButton(self.tr("C&hange…"), self)
        change.setAccessibleDescription(self.tr("Change my municipality"))
        change.clicked.connect(self._change_municipality)
        row = QHBoxLayout()
        row.addWidget(self.municipality, 1)
        row.addWidget(change)
        self.zoom = PercentSpinBox(ZOOM_MIN, ZOOM_MAX, self)
        self.zoom.set_steps(ctx.prefs.zoom)
        self.zoom.setAccessibleDescription(self.tr("Text size of documents"))
        self.workshop_zoom = PercentSpinBox(0, ZOOM_MAX + 8, self)
        self.workshop_zoom.set_steps(ctx.prefs.workshop_zoom)
        self.workshop_zoom.setAccessibleDescription(self.tr("Text size in workshop mode"))
        self.notes_folder = QLineEdit(ctx.prefs.notes_folder, self)
        self.notes_folder.setReadOnly(True)
        self.notes_folder.setPlaceholderText(self.tr("none"))
        self.notes_folder.setAccessibleName(self.tr("Office notes folder, synced on start and on quit"))
        choose_folder = QPushButton(self.tr("Ch&oose…"), self)
        choose_folder.clicked.connect(self._choose_notes_folder)
        clear_folder = QPushButton(self.tr("Clea&r"), self)
        clear_folder.clicked.connect(self.notes_folder.clear)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.notes_folder, 1)
        folder_row.addWidget(choose_folder)
        folder_row.addWidget(clear_folder)
        # Said on screen, not only to a screen reader: when does anything happen with the folder?
        self.folder_when = QLabel(
            self.tr(
                "Notes are synced with this folder right after you choose it (OK), "
                "then each time the app starts and closes."
            ),
            self,
        )
        self.folder_when.setWordWrap(True)
        folder_box = QVBoxLayout()
        folder_box.setContentsMargins(0, 0, 0, 0)
        folder_box.addLayout(folder_row)
        folder_box.addWidget(self.folder_when)
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Colours"))
        names = {
            "system": self.tr("As the system (light or dark)"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
            "contrast": self.tr("High contrast"),
        }
        for code in THEMES:
            self.theme.addItem(names[code], code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(ctx.prefs.theme)))
        self.service_name = QLineEdit(ctx.prefs.service_name, self)
        self.service_name.setAccessibleDescription(self.tr("Our service's name, for referral sheets"))
        self.service_name.setPlaceholderText(self.tr("e.g. the municipality's social service"))
        self.office_contact = QLineEdit(ctx.prefs.office_contact, self)
        self.office_contact.setAccessibleName(self.tr("Our office's contact, printed on client handouts"))
        self.office_contact.setPlaceholderText(self.tr("phone, address, opening hours"))
        self.social_service = QLineEdit(ctx.prefs.social_service_contact, self)
        self.social_service.setAccessibleDescription(self.tr("The municipality's social service, for referral sheets"))
        self.social_service.setPlaceholderText(self.tr("phone (and whom to ask for)"))
        self.orphans_court = QLineEdit(ctx.prefs.orphans_court_contact, self)
        self.orphans_court.setAccessibleDescription(self.tr("The municipality's orphans' court, for referral sheets"))
        self.orphans_court.setPlaceholderText(self.tr("phone (and whom to ask for)"))
        body = QWidget(self)
        form = QFormLayout(body)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("My municipality:"), row)
        form.addRow(self.tr("&Text size:"), self.zoom)
        form.addRow(self.tr("&Workshop text size:"), self.workshop_zoom)
        form.addRow(self.tr("Office notes folder:"), folder_box)
        form.addRow(self.tr("Colo&urs:"), self.theme)
        form.addRow(self.tr("Our &service:"), self.service_name)
        form.addRow(self.tr("Our office's &contact:"), self.office_contact)
        form.addRow(self.tr("Social service (&phone):"), self.social_service)
        form.addRow(self.tr("Orpha&ns' court:"), self.orphans_court)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # The fields scroll and the buttons stay in sight: at 200 % on a 1280×800 screen (640×400
        # logical pixels) the form is taller than the screen.
        fields = FitScrollArea(body, self)
        fields.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: it scrolls a focused field into view
        layout = QVBoxLayout(self)
        layout.addWidget(fields, 1)
        layout.addWidget(buttons)
        margins = layout.contentsMargins()
        natural = body.sizeHint()
        fit_dialog(
            self,
            QSize(
                natural.width() + margins.left() + margins.right(),
                natural.height() + layout.spacing() + buttons.sizeHint().height() + margins.top() + margins.bottom(),
            ),
        )

    def _change_municipality(self) -> None:
        if pick_municipality(self._ctx, self):
            self.municipality.setText(self._ctx.municipality_name())

    def _choose_notes_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Office notes folder"), self.notes_folder.text())
        if folder:
            self.notes_folder.setText(folder)

    def accept(self) -> None:
        folder_chosen = bool(self.notes_folder.text()) and self.notes_folder.text() != self._ctx.prefs.notes_folder
        self._ctx.update_prefs(
            language=self.language.currentData(),
            zoom=self.zoom.steps(),
            workshop_zoom=self.workshop_zoom.steps(),
            notes_folder=self.notes_folder.text(),
            theme=self.theme.currentData(),
            service_name=self.service_name.text().strip(),
            office_contact=self.office_contact.text().strip(),
            social_service_contact=self.social_service.text().strip(),
            orphans_court_contact=self.orphans_court.text().strip(),
        )
        super().accept()
        window = self._ctx.main_window
        if folder_chosen and window is not None:
            from kb_app.ui.notes.office_sync import sync_after_choosing

            sync_after_choosing(window)
