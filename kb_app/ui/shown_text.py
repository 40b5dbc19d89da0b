"""Text from a file or the file system, made safe to show: control and bidi-override characters
taken out, so a crafted pack title, contact name or file name cannot reorder or hide what the
window or a printout says (a right-to-left override can turn "fdp.exe" into "exe.pdf")."""

from __future__ import annotations

import re

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def shown(text: str) -> str:
    return _UNSAFE.sub("", text)
