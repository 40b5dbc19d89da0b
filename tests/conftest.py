"""Suite-wide setup: offscreen Qt, no network, and shared library fixtures."""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: widgets render offscreen, and nothing reads the developer's real settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KB_APP_PROFILE", None)

REPO = Path(__file__).resolve().parent.parent
FIXTURE_KNOWLEDGE = REPO / "tests" / "fixtures" / "knowledge"
REPO_KNOWLEDGE = REPO / "knowledge"


class NetworkAccessError(AssertionError):
    """A test (or the code under test) tried to open a network connection."""


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise NetworkAccessError("network access attempted: the app must work fully offline")


def _is_local_unix(address: object) -> bool:
    return isinstance(address, str | bytes)  # AF_UNIX paths (used by e.g. multiprocessing) are local


@pytest.fixture(autouse=True, scope="session")
def no_network() -> Iterator[None]:
    """Any socket connection attempt fails the test, for the whole suite (offline guarantee)."""
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: object) -> None:
        if self.family == getattr(socket, "AF_UNIX", None) and _is_local_unix(address):
            return original_connect(self, address)
        _refuse()

    def guarded_connect_ex(self: socket.socket, address: object) -> int:
        if self.family == getattr(socket, "AF_UNIX", None) and _is_local_unix(address):
            return original_connect_ex(self, address)
        _refuse()
        return 1

    patches = {
        (socket.socket, "connect"): guarded_connect,
        (socket.socket, "connect_ex"): guarded_connect_ex,
        (socket, "create_connection"): _refuse,
        (socket, "getaddrinfo"): _refuse,
    }
    saved = {key: getattr(*key) for key in patches}
    for (owner, name), replacement in patches.items():
        setattr(owner, name, replacement)
    try:
        yield
    finally:
        for (owner, name), value in saved.items():
            setattr(owner, name, value)
        assert socket.socket.connect is original_connect
        assert socket.socket.connect_ex is original_connect_ex


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty profile folder, also set as KB_APP_PROFILE."""
    path = tmp_path / "profile"
    path.mkdir()
    monkeypatch.setenv("KB_APP_PROFILE", str(path))
    return path


@pytest.fixture(scope="session")
def fixture_library_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny test knowledge folder built once into an unpacked library folder (read-only use)."""
    from kb_app.core.content.knowledge import load_knowledge
    from kb_app.core.packs.build import build_library_dir

    dest = tmp_path_factory.mktemp("fixture-library") / "lib"
    build_library_dir(load_knowledge(FIXTURE_KNOWLEDGE), dest)
    return dest


@pytest.fixture(scope="session")
def fixture_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny test knowledge folder as a .kbpack."""
    from kb_app.core.packs.build import build_pack

    out = tmp_path_factory.mktemp("fixture-pack") / "test.kbpack"
    build_pack(FIXTURE_KNOWLEDGE, out)
    return out


@pytest.fixture(scope="session")
def repo_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own knowledge/ folder as a .kbpack (the bundled default library)."""
    from kb_app.core.packs.build import build_pack

    out = tmp_path_factory.mktemp("repo-pack") / "default.kbpack"
    build_pack(REPO_KNOWLEDGE, out)
    return out


@pytest.fixture
def installed_profile(profile: Path, fixture_pack: Path) -> Path:
    """A profile with the test library installed."""
    from kb_app.core.packs.install import install_pack
    from kb_app.core.platform.paths import AppPaths

    install_pack(fixture_pack, AppPaths(profile).library_root)
    return profile


@pytest.fixture
def library_copy(fixture_library_dir: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "library"
    shutil.copytree(fixture_library_dir, dest)
    return dest
