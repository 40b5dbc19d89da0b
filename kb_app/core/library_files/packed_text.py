"""How the library database stores its large text columns (rendered HTML, search text, Markdown):
zlib-compressed UTF-8, written by the indexer and read by the library, the search engine and the
change report. Its own module so that none of them imports another just for these two functions."""

from __future__ import annotations

import zlib

from kb_app.core.platform.errors import LibraryError

# Text columns are compressed by the indexer (on this machine); this bound holds anyway, so even a
# library.db swapped by hand cannot make one read allocate gigabytes.
MAX_TEXT_BYTES = 8 * 1024 * 1024


def pack_text(text: str) -> bytes:
    """Large text columns are stored zlib-compressed: the local database stays under the content's size."""
    return zlib.compress(text.encode("utf-8"), 6)


def unpack_text(value: bytes | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(value, MAX_TEXT_BYTES)
    except zlib.error as exc:
        raise LibraryError(f"the library database is damaged ({exc})") from None
    if inflater.unconsumed_tail:
        raise LibraryError("the library database holds a text larger than any valid document")
    return data.decode("utf-8", errors="replace")
