"""Content packs (docs/interface-contract.md §3), format 2: data only, written deterministically, hostile ones refused.

A pack is a ZIP holding ``manifest.json`` (with a SHA-256 and size for every other member), an
optional detached signature ``manifest.json.minisig``, and the validated content under ``content/``: the
Markdown documents and ``pack.yaml``, ``municipalities.yaml``, ``synonyms.txt``. Nothing else: no
index, no database, nothing a parser turns into code or objects. The importing app validates the
content again and builds its own database and search index (kb_app.core.packs.install).

Packs come on USB sticks and by e-mail, so every size a ZIP declares is treated as a claim: limits
are checked on the declared sizes before a byte is decompressed, and again while streaming in
bounded chunks, because a hand-made archive can declare one size and expand to another.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from kb_app.core.library_files.libformat import CONTENT_DIR, MANIFEST_NAME
from kb_app.core.platform.atomic import atomic_write, fsync_dir
from kb_app.core.platform.errors import PackError

__all__ = [
    "FORMAT_VERSION",
    "Manifest",
    "PackRefused",
    "VerifiedPack",
    "extract_verified",
    "fsync_dir",
    "load_manifest",
    "open_verified",
    "verify_pack",
    "write_pack",
]

FORMAT_VERSION = 2
SIGNATURE_NAME = "manifest.json.minisig"  # minisign's name for a signature of manifest.json
CONFIG_MEMBERS = ("pack.yaml", "country.yaml", "municipalities.yaml", "synonyms.txt")

MiB = 1024 * 1024
MAX_MEMBERS = 60_000
MAX_MEMBER_SIZE = 2 * MiB  # the validator's own limit on a document file (content.MAX_FILE_BYTES)
MAX_TOTAL_SIZE = 256 * MiB
MAX_PACK_FILE_SIZE = MAX_TOTAL_SIZE
MAX_MANIFEST_SIZE = 16 * MiB
MAX_SIGNATURE_SIZE = 4096
MAX_DEPTH = 4  # content/<folder>/<folder>/<file>
# Markdown compresses 3-5x; deflate tops out near 1000x on repeated bytes, which is what zip
# bombs use. Small members are exempt because tiny files compress oddly.
MAX_RATIO = 50
RATIO_MIN_SIZE = 256 * 1024
# 60 000 central-directory entries with long names stay well below this; a bigger directory is
# refused before zipfile parses it into memory.
MAX_CENTRAL_DIR_SIZE = 16 * MiB
CHUNK_SIZE = 256 * 1024
MAX_TEXT_FIELD = 2000  # a manifest's title, description...

_INFO_KEYS = ("id", "title", "version", "description", "built_at", "app_version", "default_municipality", "counts")
_NAME_PART = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]{0,127}\Z")
# Names Windows cannot create (or maps to devices), with or without an extension.
_WINDOWS_RESERVED = re.compile(r"(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(?:\..*)?\Z", re.IGNORECASE)
_SHA256 = re.compile(r"[0-9a-f]{64}\Z")
_DRIVE = re.compile(r"[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_LOCAL_HEADER = b"PK\x03\x04"
_END_RECORD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_END_RECORD = b"PK\x06\x06"
_FIXED_DATE = (1980, 1, 1, 0, 0, 0)
_FILE_MODE = 0o100644

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class PackRefused(PackError):
    """A pack was refused; ``code`` names the reason for tests and for the GUI's translations."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class FileEntry:
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    format_version: int
    id: str
    title: str
    version: str
    description: str
    built_at: str
    app_version: str
    default_municipality: str | None
    counts: dict[str, int]
    files: dict[str, FileEntry]
    raw: dict[str, Any]
    raw_bytes: bytes = field(default=b"", compare=False, repr=False)  # as read: what a signature covers

    @property
    def total_size(self) -> int:
        return sum(entry.size for entry in self.files.values())

    @property
    def document_count(self) -> int:
        return self.counts.get("total", sum(n for key, n in self.counts.items() if key != "total"))

    def to_json(self) -> str:
        return json.dumps(self.raw, indent=2, ensure_ascii=False) + "\n"


def shown(name: str, limit: int = 60) -> str:
    """A member name or text from a pack, safe to put in one line of an error message."""
    text = _CONTROL.sub("?", name)
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def load_manifest(data: bytes) -> Manifest:
    """Parse manifest.json bytes (from a pack or an installed library folder)."""
    try:
        obj = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PackRefused("manifest_not_json", "its manifest.json is not valid JSON") from None
    if not isinstance(obj, dict):
        raise PackRefused("manifest_not_json", "its manifest.json is not a JSON object")
    version = obj.get("format_version")
    if type(version) is not int or version < 1:
        raise PackRefused("manifest_invalid", "its manifest.json is not valid: 'format_version' must be a whole number")
    if version > FORMAT_VERSION:
        raise PackRefused(
            "newer_format",
            f"it was made for a newer version of the app (pack format {version}, this "
            f"app reads format {FORMAT_VERSION}); update the app first",
        )
    if version < FORMAT_VERSION:
        raise PackRefused(
            "old_format",
            f"it is in the old pack format {version}, which carried a search index; this app "
            f"reads format {FORMAT_VERSION} (content only). Ask its maker to rebuild it with "
            "'kb-app build KNOWLEDGE_DIR -o FILE.kbpack' from this version of the app",
        )
    try:
        return replace(_manifest_from_dict(obj), raw_bytes=data)
    except ValueError as exc:
        raise PackRefused("manifest_invalid", f"its manifest.json is not valid: {exc}") from None


def _manifest_from_dict(obj: dict[str, Any]) -> Manifest:
    """Check keys and types; raises ValueError with the offending key named."""

    def text(key: str, *, optional: bool = False) -> Any:
        if key not in obj:
            raise ValueError(f"'{key}' is missing")
        value = obj[key]
        if value is None and optional:
            return None
        if not isinstance(value, str) or (not optional and not value.strip()):
            raise ValueError(f"'{key}' must be {'a text or null' if optional else 'a non-empty text'}")
        if len(value) > MAX_TEXT_FIELD or _CONTROL.search(value.replace("\n", " ")):
            raise ValueError(f"'{key}' is too long or holds control characters")
        return value

    counts = obj.get("counts")
    if not isinstance(counts, dict) or not all(
        isinstance(k, str) and len(k) < 64 and type(v) is int and v >= 0 for k, v in counts.items()
    ):
        raise ValueError("'counts' must map document types to whole numbers")
    files_obj = obj.get("files")
    if not isinstance(files_obj, dict):
        raise ValueError("'files' must list the pack's files")
    files: dict[str, FileEntry] = {}
    for name, entry in files_obj.items():
        if name in (MANIFEST_NAME, SIGNATURE_NAME) or name.endswith("/") or _name_problem(name) is not None:
            raise ValueError(f"'files' has an unusable entry {shown(name)}")
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("sha256"), str)
            or not _SHA256.match(entry["sha256"])
            or type(entry.get("size")) is not int
            or entry["size"] < 0
        ):
            raise ValueError(f"'files' entry {shown(name)} needs a 'sha256' and a 'size'")
        files[name] = FileEntry(entry["sha256"], entry["size"])
    if f"{CONTENT_DIR}/pack.yaml" not in files:
        raise ValueError(f"'files' does not list {CONTENT_DIR}/pack.yaml")
    return Manifest(
        format_version=obj["format_version"],
        id=text("id"),
        title=text("title"),
        version=text("version"),
        description=text("description", optional=True) or "",
        built_at=text("built_at"),
        app_version=text("app_version"),
        default_municipality=text("default_municipality", optional=True),
        counts=dict(counts),
        files=files,
        raw=obj,
    )


def _name_problem(name: str) -> tuple[str, str] | None:
    """Why a member name is unsafe or outside the pack layout: (code, words), or None."""
    is_dir = name.endswith("/")
    core = name[:-1] if is_dir else name
    if "\\" in name:
        return "backslash", f"the path {shown(name)} uses backslashes"
    if core.startswith("/"):
        return "absolute_path", f"the path {shown(name)} is absolute and could write outside the library"
    if _DRIVE.match(core):
        return "drive_letter", f"the path {shown(name)} names a drive and could write outside the library"
    parts = core.split("/")
    if ".." in parts:
        return "traversal", f"the path {shown(name)} climbs out with '..' and could write outside the library"
    if not all(_NAME_PART.match(part) for part in parts):
        return "bad_name", f"the file name {shown(name)} is not allowed in a content pack"
    if any(_WINDOWS_RESERVED.match(part) or part.endswith(".") for part in parts):
        return "bad_name", f"the file name {shown(name)} cannot exist on Windows"
    if is_dir:
        if parts[0] != CONTENT_DIR or len(parts) >= MAX_DEPTH:
            return "directory", f"it holds the folder {shown(name)}; only folders inside content/ are allowed"
        return None
    if len(parts) == 1:
        if core in (MANIFEST_NAME, SIGNATURE_NAME):
            return None
        return "unexpected_member", f"it holds {shown(name)}; a pack holds only its manifest and content/"
    if parts[0] != CONTENT_DIR or len(parts) > MAX_DEPTH:
        return "directory", f"{shown(name)} is outside content/ or nested too deep"
    if len(parts) == 2 and parts[1] in CONFIG_MEMBERS:
        return None
    if not parts[-1].endswith(".md") or parts[-1].lower() == "readme.md":
        return "unexpected_member", (
            f"it holds {shown(name)}; the content of a pack is Markdown documents "
            "and its pack.yaml, municipalities.yaml and synonyms.txt only"
        )
    return None


def _mib(size: int) -> str:
    return f"{size / MiB:.0f} MB" if size >= MiB else f"{size} bytes"


# --- writing -------------------------------------------------------------------------------------


def make_manifest(members: list[tuple[str, Path | bytes]], info: Mapping[str, Any]) -> Manifest:
    """The manifest of ``members`` (names under content/, sources), checked like a received one."""
    missing = [key for key in _INFO_KEYS if key not in info]
    if missing:
        raise PackError(f"cannot build the pack: {', '.join(missing)} missing from the pack info")
    for name, _source in members:
        problem = _name_problem(name)
        if problem is not None or name in (MANIFEST_NAME, SIGNATURE_NAME):
            raise PackError(f"cannot build the pack: {problem[1] if problem else name + ' is reserved'}")
    raw: dict[str, Any] = {"format_version": FORMAT_VERSION, **{key: info[key] for key in _INFO_KEYS}}
    raw["files"] = {
        name: {"sha256": _sha256(source), "size": _size(source)} for name, source in sorted(members, key=lambda m: m[0])
    }
    try:
        manifest = _manifest_from_dict(raw)
    except ValueError as exc:
        raise PackError(f"cannot build the pack: {exc}") from None
    for name, entry in manifest.files.items():
        if entry.size > MAX_MEMBER_SIZE:
            raise PackError(
                f"cannot build the pack: {name} is {_mib(entry.size)}, "
                f"above the {_mib(MAX_MEMBER_SIZE)} a pack member may have"
            )
    if manifest.total_size > MAX_TOTAL_SIZE:
        raise PackError(
            f"cannot build the pack: it would be {_mib(manifest.total_size)}, "
            f"above the {_mib(MAX_TOTAL_SIZE)} a pack may have"
        )
    return manifest


def write_pack(
    members: list[tuple[str, Path | bytes]],
    out: Path,
    info: Mapping[str, Any],
    sign: Callable[[bytes], bytes] | None = None,
) -> Manifest:
    """Write ``members`` (name under content/, source) as a pack at ``out``, byte-for-byte reproducibly.

    ``sign`` turns the manifest's bytes into a detached signature, stored as ``manifest.json.minisig``.
    The ZIP is written to a temporary file beside ``out`` and renamed over it, so an interrupted
    build never leaves a half pack where a finished one is expected.
    """
    members = sorted(members, key=lambda m: m[0])
    manifest = make_manifest(members, info)
    manifest_bytes = manifest.to_json().encode("utf-8")
    signature = sign(manifest_bytes) if sign is not None else None

    def write(fh: BinaryIO) -> None:
        with zipfile.ZipFile(fh, "w") as zf:
            _write_member(zf, MANIFEST_NAME, manifest_bytes)
            if signature is not None:
                _write_member(zf, SIGNATURE_NAME, signature)
            for name, source in members:
                _write_member(zf, name, source)

    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(out, write, shared=True)  # a pack is made to be handed on
    return manifest


def _size(source: Path | bytes) -> int:
    return len(source) if isinstance(source, bytes) else source.stat().st_size


def _sha256(source: Path | bytes) -> str:
    if isinstance(source, bytes):
        return hashlib.sha256(source).hexdigest()
    digest = hashlib.sha256()
    with source.open("rb") as fh:
        while chunk := fh.read(CHUNK_SIZE):
            digest.update(chunk)
    return digest.hexdigest()


def _write_member(zf: zipfile.ZipFile, name: str, source: bytes | Path) -> None:
    info = zipfile.ZipInfo(name, date_time=_FIXED_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # "Unix", whatever OS builds it, so the bytes do not depend on it
    info.external_attr = _FILE_MODE << 16
    data = source if isinstance(source, bytes) else source.read_bytes()  # members are at most 2 MiB
    info.file_size = len(data)
    with zf.open(info, "w") as dst:
        dst.write(data)


# --- verifying -----------------------------------------------------------------------------------

# What zipfile and zlib raise on malformed archives; anything else would be a bug of ours.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    struct.error,
    NotImplementedError,
    RuntimeError,
    ValueError,
    LookupError,
    OverflowError,
    OSError,
)


class _Ticker:
    """Progress over several passes through the pack's bytes, and the cancel check between chunks."""

    def __init__(self, progress: Progress | None, cancel: Cancel | None, passes: int) -> None:
        self._progress, self._cancel, self._passes = progress, cancel, passes
        self.done = 0
        self.total = 0

    def begin(self, size: int) -> None:
        if not self.total:
            self.total = size * self._passes
            self.add(0)

    def add(self, n: int) -> None:
        self.done += n
        if self._cancel is not None and self._cancel():
            raise PackRefused("cancelled", "the import was cancelled")
        if self._progress is not None:
            self._progress(self.done, self.total)


@dataclass(frozen=True)
class Opened:
    """What a pack declares about itself, read before any member is decompressed."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes | None


# Called with what the pack declares, before its members are read (the import's trust checks).
Check = Callable[[Opened], None]


class VerifiedPack:
    """A pack whose every member matched its manifest's hash and size, still open.

    Its members are hashed once per import, here: unpacking reads them again from the same open
    file instead of hashing them a second time. A file replaced since is not the one read (the
    open handle still names the checked one); one written to in place is caught by its identity
    (size, times, file id) before and after unpacking, and a misread by the ZIP's own CRC-32 of
    each member and its size. Close it (or use it in a ``with``) when done.
    """

    def __init__(
        self,
        path: Path,
        zf: zipfile.ZipFile,
        opened: Opened,
        members: dict[str, zipfile.ZipInfo],
        ticker: _Ticker,
        identity: tuple[int, ...],
        close: Callable[[], object],
    ) -> None:
        self.path = path
        self.opened = opened
        self._zf, self._members, self._ticker, self._close = zf, members, ticker, close
        self._identity = identity  # as the file was before its members were hashed

    @property
    def manifest(self) -> Manifest:
        return self.opened.manifest

    def _unchanged(self) -> bool:
        try:
            return _file_identity(self._zf) == self._identity
        except OSError:
            return False

    def unpack(self, dest: Path) -> None:
        """Unpack into ``dest`` (which must not exist): ``manifest.json``, ``manifest.json.minisig``
        when the pack is signed, and ``content/``. On any failure ``dest`` is removed again."""
        if dest.exists():
            raise FileExistsError(dest)
        with _refusals(self.path):
            if not self._unchanged():
                raise PackRefused("changed", "the file changed while it was being imported")
            with _writing(dest):
                dest.mkdir(parents=True)
            try:
                _unpack(self._zf, self.opened, self._members, dest, self._ticker)
                if not self._unchanged():
                    raise PackRefused("changed", "the file changed while it was being imported")
            except BaseException:
                _remove_tree(dest)
                if not self._unchanged():  # whatever broke, a file written to meanwhile is why
                    raise PackRefused("changed", "the file changed while it was being imported") from None
                raise

    def close(self) -> None:
        self._close()

    def __enter__(self) -> VerifiedPack:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _file_identity(zf: zipfile.ZipFile) -> tuple[int, ...]:
    info = os.fstat(zf.fp.fileno())  # type: ignore[union-attr]
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev


def open_verified(
    path: Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    check: Check | None = None,
    passes: int = 1,
) -> VerifiedPack:
    """Check the whole pack without writing anything: its structure, every member's hash and
    size, then ``check`` (the caller's trust decisions). ``passes``: 2 when the caller unpacks it
    too, so that one progress bar covers both reads. Raises PackRefused with the reason."""
    stack = ExitStack()
    try:
        with _refusals(path):
            zf, opened, members = stack.enter_context(_open_pack(path))
            identity = _file_identity(zf)
            ticker = _Ticker(progress, cancel, passes)
            ticker.begin(opened.manifest.total_size)
            for name in sorted(opened.manifest.files):
                _stream(zf, members[name], opened.manifest.files[name], ticker)
            if check is not None:  # after the structure: a damaged pack is named as damaged
                check(opened)
            return VerifiedPack(path, zf, opened, members, ticker, identity, stack.close)
    except BaseException:
        stack.close()
        raise


def verify_pack(
    path: Path, *, progress: Progress | None = None, cancel: Cancel | None = None, check: Check | None = None
) -> Manifest:
    """Check the whole pack without writing anything; returns its manifest or raises PackRefused."""
    with open_verified(path, progress=progress, cancel=cancel, check=check) as pack:
        return pack.manifest


def read_manifest_only(path: Path) -> Manifest:
    """The manifest of ``path`` after the checks that need no decompression of the content."""
    with _refusals(path), _open_pack(path) as (_zf, opened, _members):
        return opened.manifest


def extract_verified(
    path: Path, dest: Path, progress: Progress | None = None, cancel: Cancel | None = None, check: Check | None = None
) -> Opened:
    """Verify the pack, then unpack it into ``dest`` (which must not exist); see VerifiedPack."""
    if dest.exists():
        raise FileExistsError(dest)
    with open_verified(path, progress=progress, cancel=cancel, check=check, passes=2) as pack:
        pack.unpack(dest)
        return pack.opened


def _unpack(
    zf: zipfile.ZipFile, opened: Opened, members: dict[str, zipfile.ZipInfo], dest: Path, ticker: _Ticker
) -> None:
    def durable(name: str, data: bytes) -> None:
        with _writing(dest), (dest / name).open("xb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())

    durable(MANIFEST_NAME, opened.manifest_bytes)
    if opened.signature is not None:
        durable(SIGNATURE_NAME, opened.signature)
    folders = {dest}
    for name in sorted(opened.manifest.files):
        # Names passed _name_problem: relative, no '..', inside content/, no reserved names.
        target = dest / name
        with _writing(dest):
            if target.parent not in folders:
                target.parent.mkdir(parents=True, exist_ok=True)
                folders.add(target.parent)
            out = target.open("xb")
        with out:

            def write(chunk: bytes, out: BinaryIO = out) -> None:
                with _writing(dest):
                    out.write(chunk)

            _stream(zf, members[name], opened.manifest.files[name], ticker, write, hashed=False)
            if os.name == "nt":  # no whole-system flush there: each file on its own
                with _writing(dest):
                    out.flush()
                    os.fsync(out.fileno())
    with _writing(dest):
        if os.name != "nt":
            # One flush of everything instead of 20,000 fsyncs: nothing points at dest until the
            # import switches it in, after this.
            os.sync()
        for folder in sorted(folders, key=lambda f: len(f.parts), reverse=True):
            fsync_dir(folder)


@contextmanager
def _writing(dest: Path) -> Iterator[None]:
    """A full disk or a read-only profile is not the pack's fault: say so instead of 'damaged'."""
    try:
        yield
    except OSError as exc:
        raise PackRefused(
            "write_failed", f"the library could not be written to {dest.parent} ({exc.strerror or exc})"
        ) from None


def _stream(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    entry: FileEntry,
    ticker: _Ticker,
    write: Callable[[bytes], object] | None = None,
    hashed: bool = True,
) -> None:
    """Read one member through, checking its size and, when ``hashed``, its SHA-256 (zipfile
    checks its CRC-32 at the end either way)."""
    digest = hashlib.sha256() if hashed else None
    seen = 0
    with zf.open(info) as src:
        while chunk := src.read(CHUNK_SIZE):
            seen += len(chunk)
            if seen > entry.size:
                raise PackRefused(
                    "size_mismatch",
                    f"{shown(info.filename)} unpacks to more than its manifest says (the pack was altered or damaged)",
                )
            if digest is not None:
                digest.update(chunk)
            if write is not None:
                write(chunk)
            ticker.add(len(chunk))
    if seen != entry.size:
        raise PackRefused(
            "size_mismatch",
            f"{shown(info.filename)} is shorter than its manifest says (the pack was altered or damaged)",
        )
    if digest is not None and digest.hexdigest() != entry.sha256:
        raise PackRefused(
            "hash_mismatch",
            f"{shown(info.filename)} does not match its checksum (the pack was altered or damaged after it was built)",
        )


@contextmanager
def _refusals(path: Path) -> Iterator[None]:
    """Turn every way a hostile file can break zipfile into one PackRefused line naming the file."""
    try:
        yield
    except PackRefused as exc:
        raise PackRefused(exc.code, f"{_file_label(path)}: {exc}") from None
    except (PermissionError, FileNotFoundError) as exc:
        raise PackRefused(
            "unreadable", f"{_file_label(path)}: the file cannot be read ({exc.strerror or exc})"
        ) from None
    except _ZIP_ERRORS as exc:
        raise PackRefused(
            "damaged", f"{_file_label(path)}: the file is damaged ({_short(exc)}); copy it again from the original"
        ) from None


def _file_label(path: Path) -> str:
    name = _CONTROL.sub("?", path.name)
    return name if len(name) <= 60 else name[:59] + "…"


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 80 else text[:77] + "..."


@contextmanager
def _open_pack(path: Path) -> Iterator[tuple[zipfile.ZipFile, Opened, dict[str, zipfile.ZipInfo]]]:
    """Open ``path`` and run every check that needs no decompression, plus the manifest."""
    size = _check_file(path)
    with path.open("rb") as fp:
        head = fp.read(4)
        _check_end_record(fp, size, head)
        try:
            zf = zipfile.ZipFile(fp)
        except zipfile.BadZipFile:
            if head == _LOCAL_HEADER:
                raise
            raise PackRefused("not_zip", "this is not a content pack (not a ZIP archive)") from None
        with zf:
            members = _check_members(zf)
            manifest_info = members.pop(MANIFEST_NAME, None)
            if manifest_info is None:
                raise PackRefused("no_manifest", "it has no manifest.json, so it is not a content pack")
            data = _read_small(
                zf, manifest_info, MAX_MANIFEST_SIZE, "manifest_too_large", "its manifest.json is far too large"
            )
            manifest = load_manifest(data)
            signature_info = members.pop(SIGNATURE_NAME, None)
            signature = (
                None
                if signature_info is None
                else _read_small(
                    zf, signature_info, MAX_SIGNATURE_SIZE, "signature_too_large", "its signature file is too large"
                )
            )
            _check_against_manifest(members, manifest)
            yield zf, Opened(manifest, data, signature), members


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, code: str, words: str) -> bytes:
    """A whole member, in bounded chunks: a lying header cannot make zlib inflate more than ``limit``."""
    if info.file_size > limit:
        raise PackRefused(code, words)
    parts: list[bytes] = []
    seen = 0
    with zf.open(info) as src:
        while chunk := src.read(CHUNK_SIZE):
            seen += len(chunk)
            if seen > limit:
                raise PackRefused(code, words)
            parts.append(chunk)
    return b"".join(parts)


def _check_file(path: Path) -> int:
    if not path.exists():
        raise PackRefused("missing", "the file does not exist")
    if not path.is_file():
        raise PackRefused("not_a_file", "this is a folder or device, not a content pack file")
    size = path.stat().st_size
    if size == 0:
        raise PackRefused("empty", "the file is empty")
    if size > MAX_PACK_FILE_SIZE:
        raise PackRefused(
            "too_large", f"the file is {_mib(size)}, larger than the {_mib(MAX_PACK_FILE_SIZE)} a content pack may be"
        )
    return size


def _check_end_record(fp: BinaryIO, size: int, head: bytes) -> None:
    """Read the ZIP's end record ourselves, so a huge central directory is refused before zipfile
    loads all of it into memory, and so a cut-off file is named as such."""
    tail_size = min(size, 22 + 65535)
    fp.seek(size - tail_size)
    tail = fp.read(tail_size)
    at = tail.rfind(_END_RECORD)
    if at < 0 or len(tail) - at < 22:
        if head == _LOCAL_HEADER:
            raise PackRefused(
                "truncated",
                "the file is incomplete (cut off while copying or downloading); copy it again from the original",
            )
        raise PackRefused("not_zip", "this is not a content pack (not a ZIP archive)")
    entries, dir_size = struct.unpack("<10xHI6x", tail[at : at + 22])
    locator = tail[at - 20 : at] if at >= 20 else b""
    if locator[:4] == _ZIP64_LOCATOR:
        (record_at,) = struct.unpack("<Q", locator[8:16])
        if record_at + 56 <= size:
            fp.seek(record_at)
            record = fp.read(56)
            if record[:4] == _ZIP64_END_RECORD:
                entries, dir_size = struct.unpack("<QQ", record[32:48])
    if entries > MAX_MEMBERS or dir_size > MAX_CENTRAL_DIR_SIZE:
        raise PackRefused("too_many_members", f"it holds more than the {MAX_MEMBERS} files a content pack may have")
    fp.seek(0)


def _check_members(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PackRefused(
            "too_many_members", f"it holds {len(infos)} files, more than the {MAX_MEMBERS} a content pack may have"
        )
    files: dict[str, zipfile.ZipInfo] = {}
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        problem = _name_problem(name)
        if problem is not None:
            raise PackRefused(*problem)
        # Windows and macOS folders ignore case: Index/A and index/a would land on one file.
        if name.casefold() in seen:
            raise PackRefused("duplicate", f"it holds {shown(name)} twice")
        seen.add(name.casefold())
        kind = stat.S_IFMT(info.external_attr >> 16)
        if kind == stat.S_IFLNK:
            raise PackRefused("link", f"{shown(name)} is a link; content packs may not contain links")
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise PackRefused("special_file", f"{shown(name)} is a special file, not a plain file")
        if info.flag_bits & 0x1:
            raise PackRefused("encrypted", f"{shown(name)} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackRefused("compression", f"{shown(name)} uses a compression this app does not read")
        limit = MAX_MANIFEST_SIZE if name == MANIFEST_NAME else MAX_MEMBER_SIZE
        if info.file_size > limit:
            raise PackRefused(
                "member_too_large",
                f"{shown(name)} would unpack to {_mib(info.file_size)}, more than the {_mib(limit)} allowed",
            )
        if info.file_size > RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackRefused(
                "ratio",
                f"{shown(name)} is packed suspiciously tightly "
                f"({_mib(info.compress_size)} → {_mib(info.file_size)}); "
                "this looks like a zip bomb",
            )
        total += info.file_size
        if total > MAX_TOTAL_SIZE:
            raise PackRefused(
                "total_too_large", f"it would unpack to more than the {_mib(MAX_TOTAL_SIZE)} a content pack may have"
            )
        if info.is_dir():
            if info.file_size or info.compress_size > 2:  # an empty deflate stream is 2 bytes
                raise PackRefused("directory_data", f"the folder entry {shown(name)} carries data")
        else:
            files[name] = info
    _check_overlaps(zf, infos)
    return files


def _check_overlaps(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse members that share bytes: the trick that makes small zip bombs expand many times."""
    ordered = sorted(infos, key=lambda info: info.header_offset)
    limit = getattr(zf, "start_dir", None)
    for current, following in zip(ordered, [*ordered[1:], None], strict=True):
        end = current.header_offset + 30 + current.compress_size
        next_start = following.header_offset if following is not None else limit
        if next_start is not None and end > next_start:
            raise PackRefused(
                "overlap", f"{shown(current.filename)} overlaps another member; this looks like a zip bomb"
            )


def _check_against_manifest(members: dict[str, zipfile.ZipInfo], manifest: Manifest) -> None:
    for name in sorted(members):
        if name not in manifest.files:
            raise PackRefused(
                "extra_member",
                f"it holds {shown(name)}, which its manifest does not list (a file was added after the pack was built)",
            )
    for name, entry in sorted(manifest.files.items()):
        info = members.get(name)
        if info is None:
            raise PackRefused("missing_member", f"{shown(name)}, listed in its manifest, is missing")
        if info.file_size != entry.size:
            raise PackRefused(
                "size_mismatch",
                f"{shown(name)} has a different size than its manifest says (the pack was altered or damaged)",
            )


def _remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
