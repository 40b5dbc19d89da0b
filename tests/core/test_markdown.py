"""Safe rendering: hostile Markdown never produces active HTML, foreign schemes or remote images."""

from __future__ import annotations

import re
from html import unescape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb_app.core.content.markdown import kb_link_target, plain_text, render_html
from kb_app.core.text.analysis import WORD_RE

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


SAFE_TAGS = {
    "p",
    "a",
    "span",
    "code",
    "pre",
    "em",
    "strong",
    "h1",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "s",
    "blockquote",
    "hr",
}
# "[text]()" keeps an empty href: it opens nothing (the reader says the link cannot be opened).
SAFE_LINK = re.compile(r"(kb:|https?://|mailto:|tel:|#|$)", re.IGNORECASE)
# Each attribute the renderer may write, and the values it may have: nothing runs, loads or hides.
SAFE_ATTRIBUTES = {
    "href": SAFE_LINK,
    "id": re.compile(r"[\w-]*"),
    "class": re.compile(r"[^<>]*"),
    "title": re.compile(r"[^<>]*"),
    "start": re.compile(r"\d+"),
    "style": re.compile(r"text-align:(left|right|center)"),
}


def unsafe_parts(html: str) -> list[str]:
    """Every tag, attribute or link of ``html`` outside the allow-lists (empty for safe HTML)."""
    unsafe = []
    for tag, attributes in re.findall(r"<([a-zA-Z0-9]+)([^>]*)>", html):
        if tag.lower() not in SAFE_TAGS:
            unsafe.append(f"<{tag}>")
        for name, value in re.findall(r'\s([a-zA-Z-]+)="([^"]*)"', attributes):
            allowed = SAFE_ATTRIBUTES.get(name.lower())
            if not allowed or not (allowed.match(value) if name.lower() == "href" else allowed.fullmatch(value)):
                unsafe.append(f'<{tag} {name}="{value}">')
        if re.sub(r'\s[a-zA-Z-]+="[^"]*"', "", attributes).strip(" /"):
            unsafe.append(f"<{tag}{attributes}>")  # an unquoted or bare attribute
    return unsafe


def letters(text: str) -> str:
    """The letters and digits of ``text`` in order: what stays when markup comes and goes."""
    return "".join(WORD_RE.findall(text))


@pytest.mark.parametrize("source", HOSTILE)
def test_hostile_markdown_renders_inert(source: str) -> None:
    html = render_html(source)
    assert re.sub(r"<[^>]+>", "", html).strip(), html  # still shown, as text
    assert unsafe_parts(html) == [], html


def test_allowed_links_survive() -> None:
    html = render_html(
        "[doc](kb:art-definicija#tris-elementi) [web](https://likumi.lv) [tel](tel:+37167898343) "
        "[mail](mailto:centrs@marta.lv)"
    )
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


# Pieces of Markdown, HTML and link syntax, so that generated text builds links, tables, lists and
# raw tags often, not once in a million strings.
MARKUP = [
    "<",
    ">",
    "</",
    "=",
    '"',
    "'",
    "[",
    "]",
    "(",
    ")",
    "![",
    "](",
    "[a](smb:s)",
    "[b](",
    "javascript:",
    "http://",
    "data:",
    "file:",
    "kb:",
    "mailto:",
    "script",
    "img",
    "onerror",
    "style",
    "a href",
    "&",
    "&#",
    ";",
    "\n",
    "\n\n",
    "# ",
    "* ",
    "- ",
    "1. ",
    "0. ",
    "7) ",
    "`",
    "```",
    "|",
    "---",
    "|a|b|\n|:-|-:|\n",
    "> ",
    "*",
    "_",
    "~~",
    "\\",
    " ",
    ":",
    "@",
    "    ",
]
MARKDOWN_AND_HTML = st.lists(st.sampled_from(MARKUP) | st.text(max_size=6), max_size=40).map("".join)
# Words among Markdown's marks, but no mark that spells a link, an entity or a list number (their
# words move into an attribute or vanish by design).
WORDS = ["pase", "bāriņtiesa", "Rīga", "ONAP", "110", "darba", "ž", "x"]
MARKS = [
    "\n",
    "\n\n",
    "# ",
    "## ",
    "* ",
    "- ",
    "`",
    "```",
    "|",
    "---",
    "> ",
    "*",
    "**",
    "_",
    "~~",
    "\\",
    " ",
    "<",
    ">",
    "[",
    "]",
    "!",
    ",",
    "\t",
    "    ",
    "=",
]
# A code fence's language name ("```python") is a class of the code, not a word of the text: a
# line break after every fence mark leaves the fences here without one.
WORDS_AND_MARKS = (
    st.lists(st.sampled_from(WORDS) | st.sampled_from(MARKS), max_size=40)
    .map("".join)
    .map(lambda text: re.sub(r"(`{3,}|~{3,})", "\\1\n", text))
)


def test_a_leading_h1_is_left_to_the_reader_title() -> None:
    from kb_app.core.content.markdown import strip_leading_h1

    assert strip_leading_h1("\n# Virsraksts\n\nTeksts") == "\nTeksts"
    assert strip_leading_h1("## Apakšvirsraksts\n\nTeksts").startswith("## Apakšvirsraksts")
    assert strip_leading_h1("Teksts\n# Vēlāk") == "Teksts\n# Vēlāk"


@settings(max_examples=300)
@given(st.text(max_size=300) | MARKDOWN_AND_HTML)
def test_any_text_renders_only_allowed_tags_attributes_and_links(text: str) -> None:
    assert unsafe_parts(render_html(text)) == []


@settings(max_examples=300)
@given(WORDS_AND_MARKS)
def test_rendering_and_the_plain_text_keep_every_word_in_order(text: str) -> None:
    words = letters(text)
    assert letters(unescape(re.sub(r"<[^>]+>", "", render_html(text)))) == words  # what the reader shows
    assert letters(plain_text(text)) == words  # what search indexes and snippets quote
