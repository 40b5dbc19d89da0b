"""Where things live: the profile (user data) and the bundled content.

The profile is resolved once: ``--profile`` wins, then ``KB_APP_PROFILE``, then a ``profile``
folder beside a frozen executable (portable mode for USB sticks), then the platform's user
data directory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

PROFILE_ENV = "KB_APP_PROFILE"
PORTABLE_DIR_NAME = "profile"
PORTABLE_MARKER = "kb-app-portable"


class AppPaths(NamedTuple):
    """All writable locations of one profile."""

    profile: Path

    @property
    def library_root(self) -> Path:
        return self.profile / "library"

    @property
    def user_db(self) -> Path:
        return self.profile / "userdata.db"

    @property
    def backups(self) -> Path:
        return self.profile / "backups"

    @property
    def cache(self) -> Path:
        return self.profile / "cache"

    def ensure(self) -> None:
        self.profile.mkdir(parents=True, exist_ok=True, mode=0o700)


def executable_dir() -> Path | None:
    """Folder of the frozen executable, or None when running from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def portable_profile() -> Path | None:
    exe_dir = executable_dir()
    if exe_dir is None:
        return None
    if (exe_dir / PORTABLE_DIR_NAME).is_dir() or (exe_dir / PORTABLE_MARKER).exists():
        return exe_dir / PORTABLE_DIR_NAME
    return None


def resolve_profile(explicit: str | os.PathLike[str] | None = None) -> AppPaths:
    if explicit:
        return AppPaths(Path(explicit).expanduser().resolve())
    env = os.environ.get(PROFILE_ENV)
    if env:
        return AppPaths(Path(env).expanduser().resolve())
    portable = portable_profile()
    if portable is not None:
        return AppPaths(portable)
    from platformdirs import user_data_dir

    return AppPaths(Path(user_data_dir("kb-app", appauthor=False)))


def bundled_pack() -> Path | None:
    """The content pack shipped with a frozen build or an installed wheel, if there is one."""
    candidates = []
    exe_dir = executable_dir()
    if exe_dir is not None:
        meipass = getattr(sys, "_MEIPASS", None)
        if meipass:
            candidates.append(Path(meipass) / "kb_app" / "data" / "default.kbpack")
        candidates.append(exe_dir / "default.kbpack")
    candidates.append(Path(__file__).resolve().parents[2] / "data" / "default.kbpack")
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    return None


def source_knowledge_dir() -> Path | None:
    """The repository's ``knowledge/`` folder when running from a source checkout."""
    candidate = Path(__file__).resolve().parents[3] / "knowledge"
    return candidate if (candidate / "pack.yaml").is_file() else None
