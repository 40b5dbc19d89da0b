"""The workshop kit (docs/interface-contract.md §1 ``kb-app workshop kit``): group cards that never give away the
model solution or the roles, a trainer sheet with every step, role cards from the contacts."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import date
from html import unescape
from pathlib import Path
from typing import Any

import pytest

REPO_KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
pytestmark = pytest.mark.usefixtures("profile")
THREE = ["scn-berns-aprupes-centra", "scn-gimene-ubago", "scn-tresas-valsts-stradnieki"]


@pytest.fixture(scope="module")
def repo_library(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from kb_app.core.content.knowledge import load_knowledge
    from kb_app.core.library.library_db import Library
    from kb_app.core.packs.build import build_library_dir

    dest = tmp_path_factory.mktemp("repo-library") / "lib"
    build_library_dir(load_knowledge(REPO_KNOWLEDGE), dest)
    library = Library(dest)
    yield library
    library.close()


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def _flat(text: str) -> str:
    # NFKC: pdftotext gives the font's ligatures (U+FB01 for "fi" in "inficēta") as one character.
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _sentences(text: str) -> list[str]:
    """The sentences of a content value with four words or more (shorter ones are not telling)."""
    return [s for s in (_flat(p) for p in re.split(r"(?<=[.;:!?])\s+", text)) if len(s.split()) >= 4]


def _secrets(doc: Any) -> list[str]:
    """What a group must not read: every sentence of the model solution and of the roles, and each
    step title the situation and the questions do not already contain."""
    allowed = _flat(doc.body_md + " " + " ".join(str(q) for q in doc.meta["questions"])).casefold()
    out = [s for step in doc.meta["solution"] for s in _sentences(_text(str(step["text"])))]
    out += [s for role in doc.meta["roles"] for s in _sentences(_text(str(role["role"])))]
    out += [str(step["title"]) for step in doc.meta["solution"] if str(step["title"]).casefold() not in allowed]
    return out


def _all_scenarios(library: Any) -> list[str]:
    return [d.id for d in library.documents(doc_type="scenario")]


def test_group_cards_hold_the_situation_and_questions_but_no_solution_or_role(repo_library: Any) -> None:
    from kb_app.core.workshop.kit import build_kit, group_cards_html

    ids = _all_scenarios(repo_library)
    assert len(ids) >= 12
    for scenario_id in ids:  # one scenario at a time: a short step title may be another one's word
        kit = build_kit(repo_library, [scenario_id], groups=2)
        doc = kit.scenarios[0]
        text = _text(group_cards_html(kit)).casefold()
        assert _flat(str(doc.meta["questions"][-1])).casefold()[:40] in text
        assert _flat(doc.title).casefold() in text
        for secret in _secrets(doc):
            assert secret.casefold() not in text, (doc.id, secret)
        assert text.count("grupa 1 no 2") == 1 and text.count("grupa 2 no 2") == 1


def test_trainer_sheet_has_every_step_roles_timing_and_contacts(repo_library: Any) -> None:
    from kb_app.core.workshop.kit import build_kit, trainer_sheet_html

    kit = build_kit(repo_library, _all_scenarios(repo_library), today=date(2026, 12, 7))
    html = trainer_sheet_html(kit)
    text = _text(html)
    for doc in kit.scenarios:
        for step in doc.meta["solution"]:
            assert _flat(str(step["title"])) in text
            for sentence in _sentences(_text(str(step["text"]))):
                assert sentence in text, (doc.id, sentence)
        for role in doc.meta["roles"]:
            assert _flat(str(role["institution"])) in text
        assert f'src="coopmap:{doc.id}"' in html
    assert "Laiks: 30 min (Lasīšana 6 min, Darbs grupā 15 min, Pārrunas 9 min)" in text
    assert "Iestādes parauga secībā (ar to salīdzina grupu atbildes): Valsts policija → Vienotais" in text
    assert "28612120" in text  # the shelter's number, from the library's contact with its source date
    assert "kb:" not in html


def test_role_cards_one_per_institution_with_how_to_reach_it(repo_library: Any) -> None:
    from kb_app.core.workshop.kit import build_kit, role_cards, role_cards_html

    kit = build_kit(repo_library, THREE, today=date(2026, 12, 7))
    cards = role_cards(kit)
    titles = [c.title for c in cards]
    assert len(titles) == len(set(titles))
    police = next(c for c in cards if c.contact is not None and c.contact.id == "contact-valsts-policija")
    assert {s for s, _, _ in police.steps} >= {kit.scenarios[0].title, kit.scenarios[1].title}
    html = role_cards_html(kit)
    assert html.count('class="role-card"') == len(cards)
    assert html.count(">Kā sazināties</h3>") == len(cards) and "110" in html
    assert "⚠" in html  # a fact over 12 months old is marked, as on the referral sheet


def test_stage_minutes_add_up_to_the_scenario_time() -> None:
    from kb_app.core.workshop.kit import stage_minutes

    for total in (3, 7, 25, 30, 35, 90):
        stages = stage_minutes(total)
        assert [s for s, _ in stages] == ["reading", "group_work", "discussion"]
        assert sum(m for _, m in stages) == total and all(m >= 1 for _, m in stages)
    assert sum(m for _, m in stage_minutes(None)) == 30


def test_unknown_or_non_scenario_id_is_refused(repo_library: Any) -> None:
    from kb_app.core.workshop.kit import UnknownScenarioError, build_kit

    with pytest.raises(UnknownScenarioError, match="nav-tada"):
        build_kit(repo_library, ["scn-gimene-ubago", "nav-tada"])
    with pytest.raises(UnknownScenarioError, match="contact-112"):
        build_kit(repo_library, ["contact-112"])


def _run(*args: str) -> tuple[int, str, str]:
    """The command in its own process, as a trainer's script runs it (no display)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "kb_app", *args], capture_output=True, text=True, env=env, timeout=180)
    return done.returncode, done.stdout, done.stderr


def test_kit_command_writes_three_pdfs_for_three_scenarios_and_three_groups(tmp_path: Path, repo_library: Any) -> None:
    from kb_app.ui.paper.sheet_pdf import pdf_page_count

    out = tmp_path / "kit"
    code, stdout, stderr = _run("workshop", "kit", ",".join(THREE), "--groups", "3", "-o", str(out))
    assert code == 0, stderr
    names = ["group-cards.pdf", "trainer-sheet.pdf", "role-cards.pdf"]
    assert [line.split()[1] for line in stdout.splitlines()] == [str(out / n) for n in names]
    for name in names:
        assert (out / name).read_bytes().startswith(b"%PDF")
    assert pdf_page_count(out / "group-cards.pdf") == 9  # one A4 page per scenario and group
    images = (out / "trainer-sheet.pdf").read_bytes().count(b"/Subtype /Image")
    assert images == 3 and b"/Subtype /Image" not in (out / "group-cards.pdf").read_bytes()  # a map each
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")

    def pdf_text(name: str) -> str:
        return _flat(
            subprocess.run(["pdftotext", str(out / name), "-"], capture_output=True, text=True, check=True).stdout
        )

    cards, sheet = pdf_text("group-cards.pdf"), pdf_text("trainer-sheet.pdf")
    secrets = [s for scenario_id in THREE for s in _secrets(repo_library.document(scenario_id))]
    for scenario_id in THREE:
        doc = repo_library.document(scenario_id)
        for secret in (s for s in secrets if len(s.split()) >= 4):  # sentences of any of the three
            assert secret.casefold() not in cards.casefold(), (scenario_id, secret)
        for step in doc.meta["solution"]:
            assert _flat(str(step["title"])) in sheet
            for sentence in _sentences(str(step["text"])):  # pdftotext joins a word broken at a hyphen
                assert sentence.replace("-", "") in sheet.replace("-", ""), sentence
    assert cards.count("Grupa 3 no 3") == 3
    assert "Valsts policija" in pdf_text("role-cards.pdf")


def test_kit_command_unknown_scenario_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "kit"
    code, _, stderr = _run("workshop", "kit", "scn-gimene-ubago,nav-tada", "-o", str(out))
    assert code == 1 and stderr.strip() == "kb-app: unknown scenario id: nav-tada" and not out.exists()


def test_every_bundled_scenario_fits_one_group_card_page(tmp_path: Path, repo_library: Any) -> None:
    from kb_app.ui.paper.sheet_pdf import pdf_page_count

    ids = _all_scenarios(repo_library)
    code, _, stderr = _run("workshop", "kit", ",".join(ids), "--groups", "1", "-o", str(tmp_path))
    assert code == 0, stderr
    assert pdf_page_count(tmp_path / "group-cards.pdf") == len(ids)
