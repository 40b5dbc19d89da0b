"""The user's preferences as a plain, typed value (no Qt), so they can be tested without a GUI.

``kb_app.ui.settings`` maps this to a QSettings INI file in the profile.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from kb_app.ui.languages import UI_LANGUAGES, language_codes

THEMES: tuple[str, ...] = ("system", "light", "dark", "contrast")  # kb_app.ui.theme applies them
ZOOM_MIN, ZOOM_MAX = -4, 12  # reader zoom steps (one step = 1 pt); +12 is about 200% of 10 pt


@dataclass(frozen=True)
class Preferences:
    language: str = UI_LANGUAGES[0].code  # Latvian UI by default (kb_app.ui.languages)
    municipality: str = ""  # code from the library's municipality list; "" = not chosen yet
    zoom: int = 0  # reader font size steps
    workshop_zoom: int = 8  # the workshop is read from across a room
    notes_folder: str = ""  # an office folder notes are synced with on start and quit; "" = none
    theme: str = "system"  # follows the system's light/dark scheme until the user picks one
    service_name: str = ""  # "our service" as the referral sheet names it; "" leaves a line to fill in
    office_contact: str = ""  # our office's phone, address, hours: printed on client handouts
    # "My office": the municipality's own social service and orphans' court, as the referral sheet
    # prints them (a line to fill in by hand when empty)
    social_service_contact: str = ""
    orphans_court_contact: str = ""

    def normalized(self) -> Preferences:
        """Values read from a hand-edited INI file brought into range."""
        return replace(
            self,
            language=self.language if self.language in language_codes() else UI_LANGUAGES[0].code,
            theme=self.theme if self.theme in THEMES else "system",
            zoom=min(max(self.zoom, ZOOM_MIN), ZOOM_MAX),
            workshop_zoom=min(max(self.workshop_zoom, 0), ZOOM_MAX + 8),
        )

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> Preferences:
        """Build from loosely typed values; anything unusable falls back to the default."""
        kwargs: dict[str, Any] = {}
        defaults = cls()
        for f in fields(cls):
            if f.name not in values:
                continue
            raw, default = values[f.name], getattr(defaults, f.name)
            try:
                kwargs[f.name] = type(default)(raw)
            except (TypeError, ValueError):
                continue
        return cls(**kwargs).normalized()

    def to_mapping(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}
