"""Safe Markdown rendering for content and notes.

- Raw HTML is never passed through (``html: False``): it is shown as text.
- Links are kept only for the schemes the app understands: ``kb:`` (a document by id),
  ``http(s):``, ``mailto:``, ``tel:`` and ``#anchors``; any other link becomes plain text.
- Images are replaced by their alt text: the app shows nothing it would have to fetch.
- Headings get anchors with ASCII slugs (diacritics folded) so ``kb:doc#anchor`` is stable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from mdit_py_plugins.anchors import anchors_plugin

from kb_app.core.text.analysis import fold

ALLOWED_SCHEMES = ("kb:", "http://", "https://", "mailto:", "tel:")
KB_LINK_RE = re.compile(r"^kb:([a-z0-9][a-z0-9-]{0,79})(?:#([\w-]+))?$")


def heading_slug(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(title.lower())).strip("-")
    return slug or "section"


def is_allowed_link(url: str) -> bool:
    lowered = url.strip().lower()
    return lowered.startswith("#") or lowered.startswith(ALLOWED_SCHEMES)


class _SafeRenderer(RendererHTML):
    def image(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        alt = self.renderInlineAsText(tokens[idx].children or [], options, env)
        return f'<span class="image-alt">[{escape(alt)}]</span>' if alt else ""


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}, renderer_cls=_SafeRenderer)
    md.enable(["table", "strikethrough"])
    anchors_plugin(md, min_level=1, max_level=4, slug_func=heading_slug)
    # markdown-it's default validator allows any scheme but javascript:/vbscript:/file:/data:;
    # we allow only what the app can open, so a link to e.g. smb:// or ms-settings: is dropped.
    md.validateLink = is_allowed_link  # type: ignore[method-assign]
    return md


def strip_leading_h1(markdown_text: str) -> str:
    """The body without a first ``# heading``: the reader shows the document's title instead."""
    lines = markdown_text.split("\n")
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if re.match(r"^ {0,3}# ", line):
            return "\n".join(lines[index + 1 :])
        break
    return markdown_text


def render_html(markdown_text: str) -> str:
    html: str = _parser().render(markdown_text)
    return html


@dataclass(frozen=True)
class Link:
    url: str
    line: int  # 0-based line within the Markdown text


def analyze(markdown_text: str) -> tuple[list[Link], str]:
    """Links and plain text of the Markdown from a single parse (a large library parses once)."""
    return _walk(_parser().parse(markdown_text))


def analyze_and_render(markdown_text: str) -> tuple[list[Link], str, str]:
    """Links, plain text and the HTML of :func:`render_html`, all from one parse."""
    md = _parser()
    env: dict[str, object] = {}
    tokens = md.parse(markdown_text, env)
    links, plain = _walk(tokens)
    html: str = md.renderer.render(tokens, md.options, env)
    return links, plain, html


def _walk(tokens: list[Token]) -> tuple[list[Link], str]:
    links: list[Link] = []
    parts: list[str] = []
    for token in tokens:
        if token.type == "inline" and token.children:
            line = token.map[0] if token.map else 0
            for child in token.children:
                if child.type == "link_open":
                    links.append(Link(str(child.attrGet("href") or ""), line))
            parts.append("".join(_inline_text(token.children)))
        elif token.type in ("fence", "code_block"):
            parts.append(token.content.strip())
    return links, "\n".join(p for p in parts if p.strip())


def kb_link_target(url: str) -> tuple[str, str | None] | None:
    """``kb:doc-id#anchor`` → (doc-id, anchor); None for any other link."""
    match = KB_LINK_RE.match(url.strip())
    return (match.group(1), match.group(2)) if match else None


def plain_text(markdown_text: str) -> str:
    """The readable text of Markdown, one block a line (for search snippets and the index)."""
    return analyze(markdown_text)[1]


def _inline_text(children: list[Token]) -> Iterator[str]:
    for child in children:
        if child.type in ("text", "code_inline"):
            yield child.content
        elif child.type in ("softbreak", "hardbreak"):
            yield " "
        elif child.type == "image" and child.children:
            yield from _inline_text(child.children)


_INLINE_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_INLINE_MARKS = re.compile(r"(\*\*|__|`|~~|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")


def inline_plain(text: str) -> str:
    """One-line Markdown of a front-matter value as plain words: links become their text."""
    return _INLINE_MARKS.sub("", _INLINE_LINK.sub(r"\1", text))
