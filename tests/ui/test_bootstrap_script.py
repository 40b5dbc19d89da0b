"""``scripts/bootstrap.sh run`` starts offline once set up: pip runs only when something changed."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32" or shutil.which("bash") is None, reason="needs bash")


def _executable(path: Path, text: str) -> None:
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of the script and pyproject.toml with a fake .venv whose python logs pip calls."""
    (tmp_path / "scripts").mkdir()
    shutil.copy(REPO / "scripts" / "bootstrap.sh", tmp_path / "scripts" / "bootstrap.sh")
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    venv_bin = tmp_path / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    log = tmp_path / "calls.log"
    _executable(
        venv_bin / "python",
        f'#!/bin/sh\necho "python $*" >> "{log}"\n[ "$1" = "-c" ] && exec "{sys.executable}" "$@"\nexit 0\n',
    )
    _executable(venv_bin / "kb-app", f'#!/bin/sh\necho "kb-app $*" >> "{log}"\n')
    fake_bin = tmp_path / "fakebin"
    fake_bin.mkdir()
    _executable(fake_bin / "dpkg", "#!/bin/sh\nexit 0\n")  # every system package present
    return tmp_path


def _run(checkout: Path, mode: str) -> list[str]:
    log = checkout / "calls.log"
    log.unlink(missing_ok=True)
    env = {**os.environ, "PATH": f"{checkout / 'fakebin'}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run(
        ["bash", str(checkout / "scripts" / "bootstrap.sh"), mode], cwd=checkout, env=env, check=True, timeout=60
    )
    return [line for line in log.read_text().splitlines() if not line.startswith("python -c")]


def _pip_calls(calls: list[str]) -> list[str]:
    return [c for c in calls if "-m pip" in c]


def test_run_installs_once_then_starts_without_pip(checkout: Path) -> None:
    first = _run(checkout, "run")
    assert _pip_calls(first), "a fresh checkout installs"
    second = _run(checkout, "run")
    assert _pip_calls(second) == []
    assert second[-1].startswith("kb-app")


def test_changed_pyproject_installs_again(checkout: Path) -> None:
    _run(checkout, "run")
    with (checkout / "pyproject.toml").open("a") as f:
        f.write("\n# a new dependency\n")
    assert _pip_calls(_run(checkout, "run"))


def test_test_extras_cover_run_but_not_the_reverse(checkout: Path) -> None:
    _run(checkout, "run")
    assert _pip_calls(_run(checkout, "test")), "run did not install the test extras"
    assert _pip_calls(_run(checkout, "test")) == []
    assert _pip_calls(_run(checkout, "run")) == []
