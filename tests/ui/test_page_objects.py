"""The reader's links and headings as page_spots() finds them in any page (property-based)."""

from __future__ import annotations

from html import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb_app.ui.look.safe_resources import SafeTextDocument
from kb_app.ui.reader.page_objects import page_spots

# Latvian letters, punctuation, and what a hostile file may carry: controls and bidi overrides.
WORDS = st.text(
    alphabet=st.sampled_from(list("abcēīūšžĀČĢ .,—„”()12") + ["\u202e", "\u200f", "\x07"]), min_size=1, max_size=20
)
HREFS = st.from_regex(r"kb:[a-z][a-z0-9-]{0,12}", fullmatch=True)


def _plain(text: str) -> str:
    hidden = {"\u202e", "\u200f", "\x07"}
    return " ".join("".join(ch for ch in text if ch not in hidden).split())


@pytest.mark.usefixtures("qapp")  # text layout needs a QApplication
@settings(max_examples=150, deadline=None)
@given(links=st.lists(st.tuples(WORDS, HREFS), max_size=6), heading=WORDS, level=st.integers(1, 4))
def test_every_link_and_heading_is_found_once_with_its_text(
    links: list[tuple[str, str]], heading: str, level: int
) -> None:
    body = " text ".join(f'<a href="{href}">{escape(text)}</a>' for text, href in links)
    doc = SafeTextDocument()
    doc.setHtml(f"<h{level}>{escape(heading)}</h{level}><p>before {body} after</p>")
    spots = page_spots(doc)
    found_links = [(s.text, s.href) for s in spots if s.href]
    # a link of spaces only is not in the laid-out page at all; one of invisible characters is,
    # and is named by its target
    expected = [(_plain(text) or href, href) for text, href in links if text.strip(" ")]
    assert found_links == expected
    headings = [(s.text, s.level) for s in spots if s.level]
    assert headings == ([(_plain(heading), level)] if _plain(heading) else [])
    for spot in spots:  # each spot covers its own text in the document
        if spot.href and spot.text != spot.href:
            cursor_text = doc.toPlainText()[spot.start : spot.end]
            assert _plain(cursor_text) == spot.text
