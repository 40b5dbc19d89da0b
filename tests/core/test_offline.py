"""Offline guarantee: the suite-wide guard blocks every connection, and the main flows run under it."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from kb_app.core.library.bootstrap import ensure_library, open_library
from kb_app.core.packs.install import install_pack
from kb_app.core.platform.paths import AppPaths
from kb_app.core.userdata.notes import NotesStore, export_notes, import_notes
from kb_app.core.userdata.user_db import open_userdata
from tests.conftest import NetworkAccessError


def test_the_guard_blocks_connections() -> None:
    with pytest.raises(NetworkAccessError):
        socket.create_connection(("127.0.0.1", 9))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkAccessError):
            sock.connect(("10.0.0.1", 80))
    finally:
        sock.close()
    with pytest.raises(NetworkAccessError):
        socket.getaddrinfo("example.org", 443)


def test_main_flows_run_offline(profile: Path, fixture_pack: Path, tmp_path: Path) -> None:
    paths = AppPaths(profile)
    # first start: the bundled library installs without a network
    library_dir = ensure_library(paths)
    library = open_library(paths)
    assert library.directory == library_dir
    assert library.search("tirdzniecība").total > 0
    # notes, export and import
    with open_userdata(paths) as userdata:
        store = NotesStore(userdata)
        store.add("marupes-novads", "Vietējā kārtība: zvanīt sociālajam dienestam.", doc_id="contact-112")
        out = tmp_path / "notes.json"
        export_notes(store, out)
        assert json.loads(out.read_text("utf-8"))["format"] == "kb-app-notes"
        codes = {m.code for m in library.municipalities()}
        result = import_notes(store, out, codes, library.municipality_aliases())
        assert (result.added, result.updated) == (0, 0)
    # importing a content pack
    install_pack(fixture_pack, paths.library_root)
    assert open_library(paths).search("bāriņtiesa").hits[0].id == "art-barintiesa"
