"""Text from a file or the file system, made safe to show: control and bidi-override characters
taken out, so a crafted pack title, contact name or file name cannot reorder or hide what the
window or a printout says (a right-to-left override can turn "fdp.exe" into "exe.pdf").
The characters are the core's one list (:mod:`kb_app.core.textsafe`), removed rather than marked."""

from __future__ import annotations

from kb_app.core.textsafe import strip_unsafe


def shown(text: str) -> str:
    return strip_unsafe(text)
