"""The user's preferences: a plain JSON file in the profile that the window and the CLI both read.

``preferences.json`` holds what the user chose (interface language, municipality, theme, office
folder, the office block of the referral sheet…); the ``kb-app`` command reads it without Qt. Every
value is checked and brought within limits when read, so a hand-edited file cannot break the app;
keys this version does not know (written by a newer one) are kept when the file is written back.
Window geometry, dock and splitter state and recent searches stay in ``settings.ini``
(``kb_app.ui.shared.qt_settings``, QSettings): they are Qt's business, and losing them loses no choice.

Before this file existed the preferences were the ``[prefs]`` group of ``settings.ini``. Until
the window first saves this file, they are read from there (:func:`read_ini_group`, Qt's INI
quoting, no Qt), and the window writes them here once (``migrated``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

from kb_app.core.platform.atomic import atomic_write_bytes
from kb_app.core.platform.textsafe import strip_unsafe
from kb_app.core.platform.ui_languages import UI_LANGUAGES, language_codes

FILE_NAME = "preferences.json"
OLD_INI_NAME = "settings.ini"  # kb_app.ui.shared.qt_settings: the [prefs] group held the preferences before
FORMAT_VERSION = 1
MAX_FILE_BYTES = 256 * 1024
MAX_TEXT_CHARS = 500  # a free-text preference is one line on a printed sheet
MAX_PATH_CHARS = 4096
THEMES: tuple[str, ...] = ("system", "light", "dark", "contrast")  # kb_app.ui.look.theme applies them
ZOOM_MIN, ZOOM_MAX = -4, 12  # reader zoom steps (one step = 1 pt); +12 is about 200% of 10 pt
WORKSHOP_ZOOM_MAX = ZOOM_MAX + 8


class Preferences(NamedTuple):
    language: str = UI_LANGUAGES[0].code  # Latvian UI by default (kb_app.core.platform.ui_languages)
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
        """Every value brought within its limits (a hand-edited file, an old or a newer app)."""
        values: dict[str, Any] = {
            name: _one_line(getattr(self, name), MAX_PATH_CHARS if name == "notes_folder" else MAX_TEXT_CHARS)
            for name in self._fields
            if isinstance(getattr(self, name), str)
        }
        values.update(
            language=self.language if self.language in language_codes() else UI_LANGUAGES[0].code,
            theme=self.theme if self.theme in THEMES else "system",
            zoom=min(max(self.zoom, ZOOM_MIN), ZOOM_MAX),
            workshop_zoom=min(max(self.workshop_zoom, 0), WORKSHOP_ZOOM_MAX),
        )
        return self._replace(**values)

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> Preferences:
        """Build from loosely typed values (JSON, or INI text); anything unusable is the default."""
        kwargs: dict[str, Any] = {}
        for name in cls._fields:
            if name in values:
                value = _typed(values[name], getattr(cls(), name))
                if value is not None:
                    kwargs[name] = value
        return cls(**kwargs).normalized()

    def to_mapping(self) -> dict[str, Any]:
        return self._asdict()


def _typed(raw: Any, default: Any) -> Any:
    if isinstance(default, bool) or not isinstance(default, int):
        return raw if isinstance(raw, str) else None
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lstrip("+-").isdigit() and len(raw) < 12:
        return int(raw)
    return None


def _one_line(text: str, limit: int) -> str:
    cleaned = strip_unsafe(text).replace("\n", " ").replace("\t", " ")
    return cleaned[:limit]


class PreferencesFile:
    """``<profile>/preferences.json``: :meth:`load` never fails, :meth:`save` writes atomically."""

    def __init__(self, profile: Path) -> None:
        self.profile = Path(profile)
        self.path = self.profile / FILE_NAME
        self.problem = ""  # why the file could not be used, one line; "" when it could
        self.migrated = False  # read from the old settings.ini: the window writes it here once
        self._unknown: dict[str, Any] = {}

    def load(self) -> Preferences:
        self.problem, self.migrated, self._unknown = "", False, {}
        try:
            with self.path.open("rb") as fh:
                data = fh.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return self._from_old_ini()
        except OSError as exc:
            self.problem = f"{self.path.name}: cannot be read ({exc.strerror or exc})"
            return Preferences()
        values = self._parse(data)
        if values is None:
            return Preferences()
        self._unknown = {key: value for key, value in values.items() if key not in _FIELD_NAMES and key != "version"}
        return Preferences.from_mapping(values)

    def save(self, prefs: Preferences) -> None:
        """Write ``prefs`` (and the keys this version does not know); a file that could not be read
        is kept beside it as ``preferences.json.unreadable`` rather than overwritten."""
        if self.problem and self.path.is_file():
            self.path.replace(self.path.with_name(FILE_NAME + ".unreadable"))
        document = {**self._unknown, "version": FORMAT_VERSION, **prefs.normalized().to_mapping()}
        text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        atomic_write_bytes(self.path, text.encode("utf-8"))
        self.problem, self.migrated = "", False

    def _parse(self, data: bytes) -> dict[str, Any] | None:
        if len(data) > MAX_FILE_BYTES:
            self.problem = f"{self.path.name}: larger than {MAX_FILE_BYTES // 1024} KB, not read"
            return None
        try:
            values = json.loads(data.decode("utf-8"))
        except UnicodeDecodeError:
            self.problem = f"{self.path.name}: not UTF-8 text"
            return None
        except json.JSONDecodeError as exc:
            self.problem = f"{self.path.name}: not valid JSON (line {exc.lineno})"
            return None
        if not isinstance(values, dict):
            self.problem = f"{self.path.name}: not a JSON object"
            return None
        return values

    def _from_old_ini(self) -> Preferences:
        try:
            values = read_ini_group(self.profile / OLD_INI_NAME, "prefs")
        except (OSError, UnicodeDecodeError):
            return Preferences()
        self.migrated = bool(values)
        return Preferences.from_mapping(values)


_FIELD_NAMES = frozenset(Preferences._fields)


def read_ini_group(path: Path, group: str) -> dict[str, str]:
    """The plain text values of ``[group]`` in an INI file QSettings wrote (missing file: ``{}``).

    QSettings quotes a value with commas, semicolons or edge spaces in ``"…"`` and escapes
    characters as in C (``\\n``, ``\\"``, ``\\xHHHH``); an unquoted comma separates the items of a list
    (joined back with ", "). Typed values (``@ByteArray(…)``, ``@Variant(…)``) are skipped.
    """
    if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
        return {}
    values: dict[str, str] = {}
    section = ""
    for line in path.read_text("utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1]
        elif section == group and "=" in stripped and not stripped.startswith((";", "#")):
            key, _, raw = stripped.partition("=")
            value = _ini_value(raw.strip())
            if value is not None:
                values[key.strip()] = value
    return values


_ESCAPES = {
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
    '"': '"',
    "'": "'",
    "\\": "\\",
    "?": "?",
    ";": ";",
    ",": ",",
    "=": "=",
}


def _ini_value(raw: str) -> str | None:
    if raw.startswith("@") and not raw.startswith("@@"):
        return None  # @ByteArray, @Variant, @Invalid: not a preference
    raw = raw[1:] if raw.startswith("@@") else raw
    items: list[str] = []
    current: list[str] = []
    quoted = False
    i = 0
    while i < len(raw):
        char = raw[i]
        if char == '"':
            quoted = not quoted
        elif char == "\\" and i + 1 < len(raw):
            i += 1
            escaped = raw[i]
            if escaped == "x":
                digits = ""
                while i + 1 < len(raw) and len(digits) < 4 and raw[i + 1] in "0123456789abcdefABCDEF":
                    i += 1
                    digits += raw[i]
                current.append(chr(int(digits, 16)) if digits else "x")
            else:
                current.append(_ESCAPES.get(escaped, escaped))
        elif char == "," and not quoted:
            items.append("".join(current).strip())
            current = []
        elif char == ";" and not quoted:
            break  # a comment
        else:
            current.append(char)
        i += 1
    items.append("".join(current).strip())  # spaces at a value's edges are dropped (none matter here)
    return ", ".join(items)
