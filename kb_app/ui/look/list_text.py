"""Text helpers for lists: folding for filters, a note's first line for its title, a time as the
user reads it.

(A note hit's snippet comes from the core, as a document's does: kb_app.core.search.notes_search.)
"""

from __future__ import annotations

from datetime import datetime


def fold(text: str) -> str:
    """Lower case without diacritics, as the notes store's own folding (``fold_text``)."""
    # Imported here: kb_app.core.userdata.notes is not needed for the first screen.
    from kb_app.core.userdata.notes import fold_text

    return fold_text(text)


_MARKUP = str.maketrans("", "", "*_`")


def first_line(body: str, size: int = 80) -> str:
    """The first non-empty line without its Markdown markers, for lists and hit titles."""
    for line in body.splitlines():
        line = line.strip().lstrip("#>-+ ").translate(_MARKUP).strip()
        if line:
            return line if len(line) <= size else line[: size - 1] + "…"
    return ""


def local_time(stamp: str) -> str:
    """'2026-11-20T09:12:00Z' as the user's local 'YYYY-MM-DD HH:MM'."""
    try:
        moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S%z")
        return moment.astimezone().strftime("%Y-%m-%d %H:%M")
    except (ValueError, OverflowError, OSError):  # 9999-12-31 in a zone east of UTC, say
        return stamp
