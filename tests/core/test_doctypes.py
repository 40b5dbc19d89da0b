"""The document-type registry: a type declared once in kb_app/core/content/doctypes.py is validated, checked
for its references, rendered, searched and named in "what changed" (the window's side:
tests/ui/test_doc_type_names.py)."""

from __future__ import annotations

import shutil
from html import escape
from pathlib import Path

import pytest

from kb_app.cli import main
from kb_app.core.content.doctypes import DOC_TYPES, DocType, Reference
from kb_app.core.content.knowledge import Document, load_knowledge
from kb_app.core.content.labels import Labels
from kb_app.core.content.page_html import document_html
from kb_app.core.content.schema import Field, list_of, slug, text
from kb_app.core.packs.library_changes import field_label

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "tests" / "fixtures" / "knowledge"


def _steps_html(doc: Document, _titles: dict[str, str], _indicator_texts: dict[str, str], _page: Labels) -> str:
    return '<ol class="procedure">' + "".join(f"<li>{escape(str(s))}</li>" for s in doc.meta["steps"]) + "</ol>"


# What a newcomer writes for a new type, following CONTRIBUTING.md ("Add a document type").
PROCEDURE = DocType(
    "procedure",
    "Procedure",
    "Procedures",
    {"steps": Field(list_of(text, min_items=1), required=True), "lead": Field(slug)},
    {"steps": "Steps", "lead": "Lead institution"},
    references=(Reference("lead", "contact"),),
    extra_text=lambda doc: [str(s) for s in doc.meta.get("steps") or []],
    below_body=_steps_html,
)

PROCEDURE_DOC = """---
id: proc-pieteikums
type: procedure
title: Kā pieteikt gadījumu
lang: lv
lead: {lead}
steps:
  - Pierakstiet pazīmes
  - Zvaniet koordinatoram
---

Kārtība, kā rīkoties.
"""


@pytest.fixture
def procedure_registered(monkeypatch: pytest.MonkeyPatch) -> DocType:
    monkeypatch.setitem(DOC_TYPES, PROCEDURE.name, PROCEDURE)
    return PROCEDURE


def _folder(tmp_path: Path, lead: str) -> Path:
    folder = tmp_path / "knowledge"
    shutil.copytree(FIXTURE, folder)
    (folder / "pieteikums.md").write_text(PROCEDURE_DOC.format(lead=lead), encoding="utf-8")
    return folder


def test_a_type_without_words_for_one_of_its_keys_is_refused() -> None:
    with pytest.raises(ValueError, match="no field label for \\['lead'\\]"):
        DocType("procedure", "Procedure", "Procedures", {"lead": Field(slug)})


@pytest.mark.usefixtures("procedure_registered")
def test_a_type_declared_once_is_checked_rendered_searched_and_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # kb-app check: its reference key must name a contact
    wrong = _folder(tmp_path / "wrong", "art-definicija").parent
    assert main(["check", str(wrong / "knowledge")]) == 1
    out = capsys.readouterr().out
    assert f"{wrong / 'knowledge' / 'pieteikums.md'}:6: 'art-definicija' is a article, expected a contact" in out
    good = _folder(tmp_path / "good", "con-policija")
    assert main(["check", str(good)]) == 0, capsys.readouterr().out

    knowledge = load_knowledge(good)
    doc = knowledge.by_id()["proc-pieteikums"]
    # the reader shows its steps below the body; search reads them
    html = document_html(doc, {}, {}, Labels("lv"))
    assert '<ol class="procedure"><li>Pierakstiet pazīmes</li><li>Zvaniet koordinatoram</li></ol>' in html
    assert "Zvaniet koordinatoram" in doc.search_text
    # "what changed" names its keys (the window: tests/ui/test_doc_type_names.py)
    assert field_label("lead") == "Lead institution"


@pytest.mark.usefixtures("procedure_registered")
def test_an_unknown_key_of_another_type_is_still_refused(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "con-policija")
    page = folder / "pieteikums.md"
    page.write_text(page.read_text("utf-8").replace("lead:", "category: police\nlead:"), encoding="utf-8")
    problems = [p.format() for p in load_knowledge(folder).problems]
    assert len(problems) == 1 and problems[0].startswith(f"{page}:6: unknown key 'category'"), problems


def test_every_reference_check_of_the_bundled_types_still_reports_with_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(FIXTURE, folder)
    (folder / "sc-refs.md").write_text(
        "---\nid: sc-refs\ntype: scenario\ntitle: T\nlang: lv\nquestions: [Ko darīt?]\n"
        "roles:\n  - {institution: VP, role: izmeklē, contact: art-definicija}\n"
        "solution:\n  - {title: S, text: T, contacts: [con-policija, nav-tada]}\n"
        "indicators: [nav-pazime]\nrelated: [nav-cits]\n---\nT\n",
        encoding="utf-8",
    )
    (folder / "ho-refs.md").write_text(
        "---\nid: ho-refs\ntype: handout\ntitle: T\nlang: lv\n"
        "help_lines:\n  - {name: Policija, number: '999', hours: visu diennakti, contact: con-policija}\n"
        "---\nT\n",
        encoding="utf-8",
    )
    problems = sorted(p.format() for p in load_knowledge(folder).problems)
    sc, ho = folder / "sc-refs.md", folder / "ho-refs.md"
    assert problems == sorted(
        [
            f"{sc}:8: 'art-definicija' is a article, expected a contact",
            f"{sc}:10: reference to unknown document 'nav-tada'",
            f"{sc}:11: reference to unknown indicator 'nav-pazime'",
            f"{sc}:12: reference to unknown document 'nav-cits'",
            f"{ho}:7: number '999' is not a phone of 'con-policija'",
        ]
    ), problems
