"""Safe rendering: hostile Markdown never produces active HTML, foreign schemes or remote images."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kb_app.core.content.markdown import kb_link_target, plain_text, render_html

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src='https://evil.example'></iframe>",
    "[klikšķini](javascript:alert(1))",
    "[klikšķini](JaVaScRiPt:alert(1))",
    "[fails](file:///etc/passwd)",
    "[dati](data:text/html;base64,PHNjcmlwdD4=)",
    "[smb](smb://server/share)",
    "[vb](vbscript:msgbox)",
    "![bilde](https://tracker.example/pixel.png)",
    "![bilde](file:///C:/secret.png)",
    "<a href='javascript:alert(1)'>x</a>",
    "<style>body{display:none}</style>",
    '[x](https://ok.example "title\\" onmouseover=\\"alert(1)")',
    "<div onclick=alert(1)>teksts</div>",
    "[ref]: javascript:alert(1)\n\n[ref]",
]


SAFE_TAGS = {"p", "a", "span", "code", "pre", "em", "strong", "h1", "h2", "h3", "h4", "ul", "ol", "li", "br",
             "table", "thead", "tbody", "tr", "th", "td", "s", "blockquote", "hr"}


@pytest.mark.parametrize("source", HOSTILE)
def test_hostile_markdown_renders_inert(source: str) -> None:
    html = render_html(source)
    for tag, attributes in re.findall(r"<([a-zA-Z0-9]+)([^>]*)>", html):
        assert tag.lower() in SAFE_TAGS, html
        for name in re.findall(r"([a-zA-Z-]+)=", re.sub(r'"[^"]*"', '""', attributes)):
            assert name.lower() in ("href", "id", "class", "title"), html
    for href in re.findall(r'href="([^"]*)"', html):
        assert href.lower().startswith(("kb:", "http://", "https://", "mailto:", "tel:", "#"))


def test_allowed_links_survive() -> None:
    html = render_html("[doc](kb:art-definicija#tris-elementi) [web](https://likumi.lv) [tel](tel:+37167898343) "
                       "[mail](mailto:centrs@marta.lv)")
    for href in ("kb:art-definicija#tris-elementi", "https://likumi.lv", "tel:+37167898343", "mailto:centrs@marta.lv"):
        assert f'href="{href}"' in html


def test_images_become_their_alt_text() -> None:
    assert "[Shēma]" in render_html("![Shēma](https://x.example/a.png)")


def test_headings_get_ascii_anchors_and_tables_render() -> None:
    html = render_html("## Trīs elementi\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert 'id="tris-elementi"' in html
    assert "<table>" in html


def test_kb_link_target() -> None:
    assert kb_link_target("kb:art-x#sadala") == ("art-x", "sadala")
    assert kb_link_target("kb:art-x") == ("art-x", None)
    assert kb_link_target("https://x") is None


@given(st.text(max_size=300))
def test_any_text_renders_without_raw_tags(text: str) -> None:
    html = render_html(text)
    assert "<script" not in html.lower()
    plain_text(text)


def test_a_leading_h1_is_left_to_the_reader_title() -> None:
    from kb_app.core.content.markdown import strip_leading_h1

    assert strip_leading_h1("\n# Virsraksts\n\nTeksts") == "\nTeksts"
    assert strip_leading_h1("## Apakšvirsraksts\n\nTeksts").startswith("## Apakšvirsraksts")
    assert strip_leading_h1("Teksts\n# Vēlāk") == "Teksts\n# Vēlāk"
