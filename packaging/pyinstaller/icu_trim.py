"""A smaller ``libicudata`` for the Linux build: only the ICU data items Qt can reach from this app.

PySide6's Linux wheel links QtCore against ICU, whose ``libicudata.so.NN`` is nothing but one
symbol, ``icudtNN_dat``: an ICU "common data" package (format ``CmnD``) of about 3,000 items,
31 MB, mostly locale, collation, conversion and dictionary data of languages the app never shows.
Qt has no ICU-free build in the wheel, so the library must stay; its *content* can shrink. This
module reads the package out of the wheel's library, keeps the items ``KEEP`` matches and links a
new library exporting the same symbol (``cc`` with ``.incbin``; the machine that builds has gcc).

What stays was measured (docs/installer.md): with ``ICU_DATA`` pointing at an empty folder ICU
tries that folder first for every item it opens, so ``strace -e openat`` of the frozen app's
journeys (window, search, PDF export, printing) lists them. The app's own journeys opened none;
``KEEP`` still holds what Qt asks for once a collator, a case mapping or a time zone name is
involved in the two interface languages, so a future use of them works rather than failing silently.
"""

from __future__ import annotations

import fnmatch
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

# Item names inside the package, without the "icudtNNl/" prefix.
KEEP = (
    "res_index.res",
    "pool.res",
    "root.res",
    "lv.res",
    "lv_LV.res",
    "en.res",
    "en_US*.res",
    "en_001.res",
    "coll/res_index.res",
    "coll/root.res",
    "coll/lv.res",
    "coll/en*.res",
    "coll/ucadata.icu",
    "brkitr/res_index.res",
    "brkitr/root.res",
    "brkitr/lv.res",
    "brkitr/en*.res",
    "brkitr/*.brk",
    "cnvalias.icu",
    "uts46.nrm",
    "nfkc.nrm",
    "nfkc_cf.nrm",
    "zoneinfo64.res",
    "metaZones.res",
    "timezoneTypes.res",
    "windowsZones.res",
    "zone/res_index.res",
    "zone/root.res",
    "zone/lv.res",
    "zone/en.res",
    "zone/pool.res",
    "curr/res_index.res",
    "curr/root.res",
    "curr/lv.res",
    "curr/en.res",
    "curr/pool.res",
    "likelySubtags.res",
    "supplementalData.res",
    "plurals.res",
    "numberingSystems.res",
    "icustd.res",
    "icuver.res",
    "keyTypeData.res",
    "metadata.res",
    "pnames.icu",
    "unames.icu",
)


class IcuTrimError(Exception):
    """The library could not be read or rebuilt; the message says why."""


def _elf_symbol_bytes(data: bytes, symbol: str) -> bytes:
    """The bytes of an exported object ``symbol`` of a little-endian ELF64 shared library."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise IcuTrimError("not a little-endian 64-bit ELF library")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link]
        for at in range(offset, offset + size, entsize):
            name_at, _info, _other, shndx, value, sym_size = struct.unpack_from("<IBBHQQ", data, at)
            start = strtab[4] + name_at
            if data[start : data.index(b"\0", start)].decode() == symbol:
                home = sections[shndx]
                file_at = home[4] + value - home[3]
                return data[file_at : file_at + sym_size]
    raise IcuTrimError(f"no symbol {symbol}")


def _items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its (name, data) items, in the package's (sorted) order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", package, 0)
    if (magic1, magic2) != (0xDA, 0x27) or package[12:16] != b"CmnD":
        raise IcuTrimError("not an ICU common data package")
    toc = package[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append((toc[name_at : toc.index(b"\0", name_at)].decode("ascii"), toc[data_at:end]))
    return package[:header_size], items


def _package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A common data package of ``items`` (names sorted: ICU finds an item by binary search)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    names_at = 4 + 8 * len(items)
    data_at = _aligned(names_at + len(names))
    toc = bytearray(struct.pack("<I", len(items)))
    body = bytearray()
    name_at = names_at
    for name, item in items:
        toc += struct.pack("<II", name_at, data_at + len(body))
        name_at += len(name) + 1
        body += item + b"\0" * (_aligned(len(item)) - len(item))
    toc += names
    toc += b"\xaa" * (data_at - len(toc))  # the padding byte ICU's own tools write
    return header + bytes(toc) + bytes(body)


def _aligned(size: int) -> int:
    return (size + 15) & ~15


def kept(name: str) -> bool:
    """Whether the item ``name`` (with its ``icudtNNl/`` prefix) is kept."""
    short = name.split("/", 1)[1] if "/" in name else name
    return any(fnmatch.fnmatchcase(short, pattern) for pattern in KEEP)


def trimmed_package(library: Path) -> tuple[str, bytes, int]:
    """The data symbol's name, the trimmed package and the number of items dropped."""
    soname = library.name  # libicudata.so.73
    major = soname.rsplit(".", 1)[-1]
    symbol = f"icudt{major}_dat"
    header, items = _items(_elf_symbol_bytes(library.read_bytes(), symbol))
    keep = [(name, data) for name, data in items if kept(name)]
    if not any(name.endswith("/root.res") for name, _ in keep):
        raise IcuTrimError(f"{library}: no root locale among the kept items; is this ICU data?")
    return symbol, _package(header, keep), len(items) - len(keep)


def build_trimmed_library(library: Path, out_dir: Path) -> Path:
    """``out_dir/<same name>``: the library with the trimmed package, linked by the C compiler."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise IcuTrimError("no C compiler (cc) to link the trimmed ICU data; install gcc")
    symbol, package, _dropped = trimmed_package(library)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / library.name
    with tempfile.TemporaryDirectory() as tmp:
        blob = Path(tmp) / "icudata.dat"
        blob.write_bytes(package)
        source = Path(tmp) / "icudata.S"
        source.write_text(
            "\t.section .rodata\n\t.balign 16\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n{symbol}:\n"
            f'\t.incbin "{blob}"\n\t.size {symbol}, .-{symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        done = subprocess.run(
            [compiler, "-shared", "-nostdlib", "-Wl,-soname," + library.name, "-o", str(target), str(source)],
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        raise IcuTrimError(f"linking {target.name} failed: {done.stderr.strip()[-400:]}")
    return target
