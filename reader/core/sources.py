"""Reading files: the one way "Open texts" and the library find, read and understand them. No Qt.

* Finding: files as named, folders searched recursively (sorted), and zip archives, whose
  members are listed. Inside folders and archives only the kinds below are taken; a file named
  explicitly must be one of them or have no suffix at all.
* Reading: the bytes of a file or archive member, refusing folders, missing and unreadable
  files, and anything over the size limit (``Options.max_file_size``) with the same one-line
  reason everywhere (reader.core.loading.too_large). Only regular files are read (a named
  pipe or a device is refused: reader.core.loading.read_file). Archives are never extracted to
  disk: members are read into memory, so a member named ``../../x.txt`` is only a label.
  reader.core.archives opens each archive once however many members are read, limits what one
  archive unpacks to (``max_archive_size``) and tells same-name members apart: ``a.zip::x.txt``,
  ``a.zip::x.txt (2)``, …
* Web pages have a budget: a page with more tags, or an element with more attributes, than a
  news page ever has is refused before it is parsed (``check_html``).
* Extracting: plain text and Markdown are decoded by reader.core.loading (encodings, BOMs, line
  ends, binary and empty files refused); a web page's main text, title, date, site and URL
  come from trafilatura (imported when the first page is read).
* The duplicate key: one text saved twice is one text, whatever the file's name, encoding,
  byte-order mark or line ends, and whether its letters are composed or not (see
  ``duplicate_key``).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.core.archives import close_archives, count_named, member_names, read_member, reason
from reader.core.boilerplate import guess_title
from reader.core.lazyre import lazy
from reader.core.loading import (
    DEFAULT_MAX_ARCHIVE_SIZE,
    DEFAULT_MAX_SIZE,
    LoadError,
    decode,
    load_bytes,
    read_file,
    too_large,
)
from reader.core.normalize import normalise
from reader.core.options import Options
from reader.core.textinfo import find_date, guess_language, markdown_title

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
ZIP_SUFFIXES = frozenset({".zip"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES
KINDS = ".txt, .md, .html or .zip"  # for messages
# for open dialogs: every suffix that is read
FILE_PATTERNS = " ".join(f"*{s}" for s in sorted(ARTICLE_SUFFIXES | ZIP_SUFFIXES))
MEMBER_SEP = "::"  # "archive.zip::folder/member.txt"
_NTH = lazy(r"(.*) \((\d+)\)", re.DOTALL)  # "x.txt (2)": the second member named x.txt


@dataclass(frozen=True)
class Source:
    """One thing to read: a file, or a member of a zip archive (``member`` set). An archive
    may hold several members of one name: ``nth`` says which (1, the first, for most)."""

    path: str
    member: str | None = None
    nth: int = 1

    @property
    def member_label(self) -> str:
        """The member's name, ``name (2)`` for the second member of that name; "" for a file."""
        if self.member is None:
            return ""
        return self.member if self.nth == 1 else f"{self.member} ({self.nth})"

    @property
    def label(self) -> str:
        """The path as given, ``archive.zip::member`` for a member (what the library stores)."""
        return self.path if self.member is None else f"{self.path}{MEMBER_SEP}{self.member_label}"

    @property
    def name(self) -> str:
        """The short name people see: the file name, ``archive.zip::member`` for a member."""
        base = Path(self.path).name or self.path
        return base if self.member is None else f"{base}{MEMBER_SEP}{self.member_label}"

    @property
    def suffix(self) -> str:
        return Path(self.member if self.member is not None else self.path).suffix.lower()

    def resolved(self) -> str:
        """The label with the file's absolute path (for remembering it across sessions)."""
        path = str(Path(self.path).resolve())
        return path if self.member is None else f"{path}{MEMBER_SEP}{self.member_label}"


def format_of(suffix: str) -> str:
    """"html", "md" or "txt" (anything else is read as plain text)."""
    if suffix in HTML_SUFFIXES:
        return "html"
    return "md" if suffix in MARKDOWN_SUFFIXES else "txt"


# --- finding ---------------------------------------------------------------------------------

def find_sources(paths: Iterable[str | os.PathLike]) -> tuple[list[Source], list[LoadError]]:
    """Expand files, folders (recursively, sorted) and zip archives into Sources.

    Files of other kinds inside folders and archives are passed over. A named path that cannot
    be used, and a folder with nothing to read, come back as errors named by the path as given.
    A ``archive.zip::member`` label (as ``Source.label`` makes it) names that member.

    Each call starts afresh: archives are opened again, their size budgets are full again.
    """
    close_archives()
    found: list[Source] = []
    errors: list[LoadError] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            before = len(found), len(errors)
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    suffix = Path(name).suffix.lower()
                    if suffix in ARTICLE_SUFFIXES or suffix in ZIP_SUFFIXES:
                        _add(Path(root) / name, found, errors)
            if (len(found), len(errors)) == before:
                errors.append(LoadError(str(p), "the folder holds no {kinds} files", kinds=KINDS))
        elif p.exists() or p.is_symlink():
            _add(p, found, errors, named=True)
        elif (member := _member(str(raw))) is not None:
            found.append(member)
        else:
            errors.append(LoadError(str(p), "no such file or folder"))
    return found, errors


def _member(label: str) -> Source | None:
    """The archive member a ``archive.zip::member`` label names, if the archive exists.

    ``name (2)`` names the second member called ``name``, unless a member is called that."""
    start = 0
    while (at := label.find(MEMBER_SEP, start)) >= 0:
        archive, member = label[:at], label[at + len(MEMBER_SEP):]
        if Path(archive).suffix.lower() in ZIP_SUFFIXES and Path(archive).is_file() and member:
            return _nth_member(archive, member)
        start = at + 1
    return None


def _nth_member(archive: str, member: str) -> Source:
    """``Source(archive, member)``, or the nth member of a name when ``member`` is ``name (n)``
    and no member has that name itself. An archive that cannot be read is reported when read."""
    m = _NTH.fullmatch(member)
    if m is None:
        return Source(archive, member)
    base, nth = m.group(1), int(m.group(2))
    try:
        if count_named(archive, member) == 0 and 1 < nth <= count_named(archive, base):
            return Source(archive, base, nth)
    except (LoadError, OSError, zipfile.BadZipFile, EOFError):
        pass  # an archive that cannot be read is reported when the member is read
    return Source(archive, member)


def _add(path: Path, found: list[Source], errors: list[LoadError], named: bool = False) -> None:
    suffix = path.suffix.lower()
    if suffix in ZIP_SUFFIXES:
        try:
            seen: dict[str, int] = {}
            for member in member_names(str(path)):
                nth = seen[member] = seen.get(member, 0) + 1
                if Path(member).suffix.lower() in ARTICLE_SUFFIXES:
                    found.append(Source(str(path), member, nth))
        except LoadError as exc:
            errors.append(exc)
        except (OSError, zipfile.BadZipFile, EOFError) as exc:
            errors.append(LoadError(str(path), "not a readable zip archive ({detail})", detail=reason(exc)))
    elif suffix in ARTICLE_SUFFIXES or (named and suffix == ""):
        found.append(Source(str(path)))
    elif named:
        errors.append(LoadError(str(path), "unsupported file type {suffix!r} (use {kinds})", suffix=suffix,
                                kinds=KINDS))


# --- reading ---------------------------------------------------------------------------------

def read_source(source: Source, max_size: int = DEFAULT_MAX_SIZE,
                max_archive_size: int = DEFAULT_MAX_ARCHIVE_SIZE) -> bytes:
    """The bytes of a file or zip member. Raises LoadError (named by the label), one line.

    A member is refused once the members read from its archive (since ``find_sources``, or
    since it was opened) would hold more than ``max_archive_size`` bytes, and so is every
    member after it (reader.core.archives).
    """
    if source.member is None:
        return read_file(source.path, source.label, max_size)
    return read_member(source.path, source.member, source.nth, source.label, max_size, max_archive_size)


# --- extracting ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Extracted:
    """A file's text and what was found about it. Empty strings mean "not found"."""

    text: str       # line ends "\n", no byte-order mark
    encoding: str
    format: str     # "txt", "md" or "html"
    key: str        # duplicate_key(text)
    newline: str = "\n"  # the line end the file used
    size: int = 0   # bytes read
    title: str = ""
    source: str = ""  # a web page's site name
    date: str = ""  # YYYY-MM-DD: a page's publication date, else the first date in the text
    url: str = ""
    language: str = ""


def read(source: Source, max_size: int = DEFAULT_MAX_SIZE,
         max_archive_size: int = DEFAULT_MAX_ARCHIVE_SIZE) -> Extracted:
    """Read and extract one source. Raises LoadError (named by the label) with a one-line reason."""
    return extract(read_source(source, max_size, max_archive_size), source.label, source.suffix, max_size)


def extract(data: bytes, name: str, suffix: str, max_size: int = DEFAULT_MAX_SIZE) -> Extracted:
    """Text and metadata from a file's bytes; ``suffix`` says what kind it is."""
    if len(data) > max_size:
        raise too_large(name, len(data), max_size)
    fmt = format_of(suffix)
    if fmt == "html":
        return extract_html(data, name)
    doc = load_bytes(data, name=name, max_size=max_size)
    return from_text(doc.text, encoding=doc.encoding, format=fmt, newline=doc.newline, size=len(data))


def from_text(text: str, *, encoding: str = "utf-8", format: str = "txt", newline: str = "\n",
              size: int = 0) -> Extracted:
    """What is found about a decoded plain or Markdown text (line ends already ``\n``)."""
    title = markdown_title(text) if format == "md" else ""
    return Extracted(text=text, encoding=encoding, format=format, key=duplicate_key(text), newline=newline,
                     size=size, title=title or guess_title(text), date=find_date(text),
                     language=guess_language(text))


_META_CHARSET = lazy(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_HTML_LANG = lazy(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)


def decode_html(data: bytes, name: str) -> tuple[str, str]:
    """Decode HTML: a byte-order mark, then the page's declared charset, then detection."""
    if not data.strip():
        raise LoadError(name, "the file is empty")
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _META_CHARSET.search(data[:4096])
        if m:
            label = m.group(1).decode("ascii", "replace").lower()
            try:
                return data.decode(label), label
            except (LookupError, UnicodeDecodeError):
                pass
    return decode(data, name)


# A web page's budget. Parsing and extraction (lxml, trafilatura) take time and memory per
# element, and lxml takes time per attribute squared within one element: 1M elements take some
# 40 s and 1.3 GB, one element with 200k attributes over 200 s. News pages hold a few thousand
# elements with a dozen attributes at most, so pages far past that are refused before parsing.
MAX_HTML_TAGS = 100_000
MAX_HTML_ATTRIBUTES = 1_000  # in one element
# a tag to its end, where quoted values may hold "<" and ">"; possessive: linear, no stack
_TAG = lazy(rb"""<[A-Za-z](?:[^<>"']++|"[^"]*+"|'[^']*+')*+""")
_QUOTED = lazy(rb"\"[^\"]*\"|'[^']*'")
_LONG_TAG = 4096  # only a long tag can hold many attributes


def check_html(data: bytes, name: str) -> None:
    """Refuse a page too complex to extract in reasonable time and memory (LoadError, one line).

    A scan of the bytes, linear and without parsing: the tags (every ``<`` that does not close
    an element, so an upper bound) and the attributes of each long tag (the words outside quoted
    values)."""
    tags = data.count(b"<") - data.count(b"</")
    if tags > MAX_HTML_TAGS:
        raise LoadError(name, "the page is too complex to extract ({tags:,} tags; the limit is {limit:,})",
                        tags=tags, limit=MAX_HTML_TAGS)
    for m in _TAG.finditer(data):
        if m.end() - m.start() < _LONG_TAG:
            continue
        attributes = len(_QUOTED.sub(b" ", m.group()).split()) - 1
        if attributes > MAX_HTML_ATTRIBUTES:
            raise LoadError(name, "the page is too complex to extract (an element with {attributes:,} "
                                  "attributes; the limit is {limit:,})",
                            attributes=attributes, limit=MAX_HTML_ATTRIBUTES)


def extract_html(data: bytes, name: str) -> Extracted:
    """Main text of a web page with trafilatura, keeping its title, date, site name and URL.

    A page past the budget (``check_html``) is refused before it is parsed."""
    check_html(data, name)
    import trafilatura

    for noisy in ("trafilatura", "htmldate"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    html, encoding = decode_html(data, name)
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=True, fast=True)
    except Exception as exc:
        raise LoadError(name, "cannot parse the HTML ({kind})", kind=type(exc).__name__) from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise LoadError(name, "no article text found in the HTML")
    text = text.replace("\r\n", "\n").replace("\r", "\n")

    def meta(field: str) -> str:
        return " ".join(str(getattr(doc, field, None) or "").split())

    m = _HTML_LANG.search(html[:4096])
    return Extracted(
        text=text, encoding=encoding, format="html", key=duplicate_key(text), size=len(data),
        title=meta("title") or guess_title(text),
        source=meta("sitename") or meta("hostname"),
        date=meta("date") or find_date(text), url=meta("url"),
        language=m.group(1).lower() if m else guess_language(text),
    )


# --- duplicates ------------------------------------------------------------------------------

_ODD_SPACE = lazy(r"\s{2,}|[^\S ]+")  # a run of white space or any but one plain space
_KEY_OPTIONS = Options()  # fixed: the key must not change with what the user compares by


def duplicate_key(text: str) -> str:
    """The sha256 of the text normalised as a person reads it: composed letters (NFC), case,
    quotes, dashes, ё, and white space (line ends, BOMs, runs of spaces) folded.

    Two files with the same key are the same text: "Open texts" lists it once, the library
    stores it once (its ``articles.hash``).
    """
    folded = normalise(unicodedata.normalize("NFC", text), _KEY_OPTIONS)
    # " ".join(folded.split()) without a list of every word (a 48 MB text made 900 MB of them):
    # \s matches exactly what str.split() splits on (tests/core/test_sources.py checks it), and
    # single spaces, the most of them, are left alone rather than each replaced
    return hashlib.sha256(_ODD_SPACE.sub(" ", folded).strip().encode("utf-8")).hexdigest()
