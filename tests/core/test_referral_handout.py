"""The referral sheet and the client handout: what goes on paper, what never gets stored, and the
two commands that write them (CONTRACT §1)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kb_app.cli import main

REPO_KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
# Every command here runs on a temporary profile (KB_APP_PROFILE), never the developer's own.
pytestmark = pytest.mark.usefixtures("profile")
TYPICAL = ["gen-runa-cits", "gen-dokumenti-atnemti", "gen-nav-naudas", "gen-traumas"]


@pytest.fixture(scope="module")
def repo_library(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from kb_app.core.build import build_library_dir
    from kb_app.core.content import load_knowledge
    from kb_app.core.library import Library

    dest = tmp_path_factory.mktemp("repo-library") / "lib"
    build_library_dir(load_knowledge(REPO_KNOWLEDGE), dest)
    library = Library(dest)
    yield library
    library.close()


def _sheet(library, **kwargs):  # type: ignore[no-untyped-def]
    from kb_app.core.referral import build_sheet, sheet_html

    return sheet_html(build_sheet(library, TYPICAL, **kwargs))


def test_sheet_names_municipality_service_date_set_and_version(repo_library) -> None:  # type: ignore[no-untyped-def]
    html = _sheet(repo_library, municipality="riga", service="Rīgas Sociālais dienests", today=date(2026, 12, 1))
    assert "Rīga" in html and "Rīgas Sociālais dienests" in html and "2026-12-01" in html
    assert "Vispārējās cilvēku tirdzniecības pazīmes" in html
    assert f"versija {repo_library.version}" in html
    assert html.count("(būtiska pazīme)") == 2  # gen-runa-cits and gen-dokumenti-atnemti are strong
    assert "Būtiskas pazīmes: 2" in html


def test_without_a_service_name_a_line_is_left_to_fill_in(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.referral import BLANK

    html = _sheet(repo_library)
    assert f"<b>Dienests:</b> {BLANK}" in html and f"<b>Pašvaldība:</b> {BLANK}" in html


def test_a_contact_without_a_phone_shows_its_route_and_110_112(repo_library) -> None:  # type: ignore[no-untyped-def]
    html = _sheet(repo_library)
    onap = html.split("(ONAP)")[1].split("</tr>")[0]
    assert "Kā sazināties: Vienībai publiska tālruņa nav." in onap and "pasts@vp.gov.lv" in onap
    assert "112 (ārkārtas situācija) vai 110 (policija)" in onap


def test_numbers_are_labelled_and_carry_their_source_date(repo_library) -> None:  # type: ignore[no-untyped-def]
    html = _sheet(repo_library, today=date(2026, 12, 1))
    assert ("Tālr. <b>+371 25723222</b> — Latgales reģions" in html)
    assert "(avots: 2022-12-12 ⚠)" in html  # over a year old on that day: marked
    assert "⚠ — fakts vecāks par 12 mēnešiem" in html


def test_a_fresh_fact_is_not_marked_stale(repo_library) -> None:  # type: ignore[no-untyped-def]
    html = _sheet(repo_library, today=date(2023, 1, 15))
    assert "(avots: 2022-12-12)" in html and "(avots: 2022-12-12 ⚠)" not in html


def test_links_are_printed_as_text_never_kb_addresses(repo_library) -> None:  # type: ignore[no-untyped-def]
    html = _sheet(repo_library)
    assert "kb:" not in html and "<a " not in html
    assert "zvaniet 112" in html and "Sīkāk: atpazīšana soli pa solim." in html


def test_the_note_is_escaped_onto_the_sheet(repo_library) -> None:  # type: ignore[no-untyped-def]
    html = _sheet(repo_library, note="Pavadonis <b>gaidīja</b>\nārā")
    assert "Pavadonis &lt;b&gt;gaidīja&lt;/b&gt;<br>ārā" in html


def test_unknown_indicator_is_refused(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.referral import UnknownIndicatorError, build_sheet

    with pytest.raises(UnknownIndicatorError, match="nav-tada"):
        build_sheet(repo_library, ["gen-runa-cits", "nav-tada"])


def test_indicators_of_two_sets_list_both(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.referral import build_sheet

    labour = next(r.id for r in repo_library.indicators() if r.doc_id == "ind-darba-ekspluatacija")
    sheet = build_sheet(repo_library, ["gen-runa-cits", labour])
    assert [s.id for s in sheet.sets] == ["ind-visparejas-pazimes", "ind-darba-ekspluatacija"]


def test_handout_has_help_lines_and_the_office(repo_library) -> None:  # type: ignore[no-untyped-def]
    from kb_app.core.handout import find_handout, handout_html

    doc = find_handout(repo_library, "ru")
    assert doc is not None and doc.lang == "ru"
    html = handout_html(doc, municipality="Rīga", service="Sociālais dienests",
                        office_contact="тел. 67000000, Rīga, Brīvības 1")
    assert "116006" in html and "ежедневно 12:00–22:00" in html and "бесплатно" in html
    assert "тел. 67000000" in html and "Ваша социальная служба" in html
    assert "kb:" not in html
    assert find_handout(repo_library, "de") is None


# -- the commands ------------------------------------------------------------------------------
def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_headless(*args: str) -> tuple[int, str, str]:
    """A PDF command in its own process, as a script runs it: no display and no QT_QPA_PLATFORM
    (and no QGuiApplication left behind in the test process for the window tests)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "kb_app", *args], capture_output=True, text=True, env=env,
                          timeout=120)
    return done.returncode, done.stdout, done.stderr


def test_referral_html_and_the_note_is_not_stored(capsys, profile: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  repo_pack: Path) -> None:
    from kb_app.core.install import install_pack
    from kb_app.core.paths import AppPaths

    install_pack(repo_pack, AppPaths(profile).library_root)
    assert run(capsys, "list")[0] == 0  # whatever a first command sets up in the profile, before the snapshot
    before = _snapshot(profile)
    out = tmp_path / "sheet.html"
    code, stdout, _ = run(capsys, "referral", "--indicators", ",".join(TYPICAL), "--municipality", "riga",
                          "--note", "SLEPENA-PIEZIME-42", "-o", str(out))
    assert code == 0 and "sheet.html" in stdout
    text = out.read_text("utf-8")
    assert text.startswith("<!DOCTYPE html>") and "SLEPENA-PIEZIME-42" in text and "Rīga" in text
    assert _snapshot(profile) == before  # no user database, settings or cache written
    assert not any(b"SLEPENA-PIEZIME-42" in p.read_bytes() for p in profile.rglob("*") if p.is_file())


def test_referral_unknown_indicator_exits_1(tmp_path: Path,  # type: ignore[no-untyped-def]
                                           repo_pack: Path) -> None:
    out = tmp_path / "sheet.pdf"
    code, _, err = run_headless("referral", "--pack", str(repo_pack), "--indicators", "gen-runa-cits,nav-tada",
                                "-o", str(out))
    assert code == 1 and "nav-tada" in err and not out.exists()


def test_referral_pdf_is_one_a4_page(tmp_path: Path, repo_pack: Path) -> None:  # type: ignore[no-untyped-def]
    from kb_app.ui.sheet_pdf import pdf_page_count

    out = tmp_path / "sheet.pdf"
    code, stdout, _ = run_headless("referral", "--pack", str(repo_pack), "--indicators", ",".join(TYPICAL),
                                   "--municipality", "riga", "--note", "Ieradās ar pavadoni.", "-o", str(out))
    assert code == 0 and "(1 page)" in stdout
    assert out.read_bytes().startswith(b"%PDF") and pdf_page_count(out) == 1
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "Rīga" in text and "28612120" in text and "kb:" not in text


@pytest.mark.parametrize("lang, words", [("ru", "Ваши права и где найти помощь"),
                                         ("uk", "Ваші права і де шукати допомоги")])
def test_handout_pdf_in_cyrillic(tmp_path: Path, repo_pack: Path,  # type: ignore[no-untyped-def]
                                 lang: str, words: str) -> None:
    from kb_app.ui.sheet_pdf import pdf_page_count

    out = tmp_path / f"handout-{lang}.pdf"
    code, _, _ = run_headless("handout", "--pack", str(repo_pack), "--lang", lang, "-o", str(out))
    assert code == 0 and pdf_page_count(out) == 1
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert words in " ".join(text.split())  # the glyphs are in the PDF, not boxes


def test_handout_uses_the_office_settings(capsys, profile: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                          repo_pack: Path) -> None:
    from kb_app.ui.prefs import Preferences
    from kb_app.ui.settings import Settings

    Settings(profile).save(Preferences(municipality="jelgava", service_name="Jelgavas sociālais dienests",
                                       office_contact="tālr. 63000000, darba dienās 8–17"))
    out = tmp_path / "handout.html"
    code, _, _ = run(capsys, "handout", "--pack", str(repo_pack), "--lang", "lv", "-o", str(out))
    text = out.read_text("utf-8")
    assert code == 0 and "Jelgava" in text and "Jelgavas sociālais dienests" in text
    assert "tālr. 63000000, darba dienās 8–17" in text


def test_handout_language_without_handout_exits_1(tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  fixture_pack: Path) -> None:
    out = tmp_path / "h.pdf"
    code, _, err = run_headless("handout", "--pack", str(fixture_pack), "--lang", "ru", "-o", str(out))
    assert code == 1 and "no handout in 'ru'" in err and not out.exists()


def test_output_must_be_pdf_or_html(capsys, tmp_path: Path, repo_pack: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "handout", "--pack", str(repo_pack), "--lang", "lv", "-o", str(tmp_path / "h.docx"))
    assert code == 2 and ".pdf or .html" in err


# -- the handout type in the knowledge folder -------------------------------------------------
def test_a_help_line_number_must_be_a_phone_of_its_contact(tmp_path: Path) -> None:
    from kb_app.core.validate import validate_knowledge

    root = tmp_path / "k"
    shutil.copytree(REPO_KNOWLEDGE, root)
    path = root / "handouts" / "tiesibas.en.md"
    path.write_text(path.read_text("utf-8").replace('number: "116123"', 'number: "116124"'), "utf-8")
    problems = [p.format() for p in validate_knowledge(root).problems]
    assert problems == [f"{path}:26: number '116124' is not a phone of 'contact-116123'"]


def test_a_handout_needs_help_lines(tmp_path: Path) -> None:
    from kb_app.core.validate import validate_knowledge

    root = tmp_path / "k"
    shutil.copytree(REPO_KNOWLEDGE, root)
    path = root / "handouts" / "tiesibas.uk.md"
    text = path.read_text("utf-8")
    start, end = text.index("help_lines:"), text.index("---", 10)
    path.write_text(text[:start] + text[end:], "utf-8")
    problems = [p.format() for p in validate_knowledge(root).problems]
    assert any("missing required key 'help_lines'" in p and "tiesibas.uk.md" in p for p in problems)


# -- kb-app indicators: the ids referral --indicators takes (CONTRACT §1) ----------------------
def test_indicators_json_lists_every_id_referral_takes(capsys, repo_pack: Path,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    import json

    code, out, _ = run(capsys, "indicators", "--pack", str(repo_pack), "--json")
    rows = json.loads(out)
    assert code == 0 and all(set(r) == {"id", "set", "text", "strong"} for r in rows)
    by_id = {r["id"]: r for r in rows}
    assert by_id["gen-runa-cits"]["set"] == "ind-visparejas-pazimes" and by_id["gen-runa-cits"]["strong"] is True
    assert by_id["gen-nav-naudas"]["strong"] is False
    assert len({r["set"] for r in rows}) == 8  # every set of the bundled library
    # Whatever it prints, referral takes: the two commands speak of the same ids.
    child = next(r["id"] for r in rows if r["set"] == "ind-berni")
    assert run(capsys, "referral", "--pack", str(repo_pack), "--indicators", f"{child},gen-runa-cits",
               "-o", str(tmp_path / "s.html"))[0] == 0


def test_indicators_of_one_set_and_an_unknown_set(capsys, repo_pack: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "indicators", "--pack", str(repo_pack), "--set", "ind-berni")
    lines = out.splitlines()
    assert code == 0 and lines and all(line.split("\t")[1] == "ind-berni" for line in lines)
    assert all(line.split("\t")[0].startswith("chi-") for line in lines)
    code, out, err = run(capsys, "indicators", "--pack", str(repo_pack), "--set", "ind-nav-tada")
    assert code == 1 and out == "" and err.startswith("kb-app: unknown indicator set 'ind-nav-tada'")
    assert len(err.splitlines()) == 1


def test_indicator_text_is_cleaned_for_the_terminal() -> None:
    from kb_app.cli.desk_cmds import terminal_text

    assert terminal_text("Algu\u202e neizmaksā\x1b[2J\nrinda") == "Algu neizmaksā [2J rinda"
