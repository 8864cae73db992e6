"""Reading files: the one way "Open texts" and the library find, read and understand them. No Qt.

* Finding: files as named, folders searched recursively (sorted), and zip archives, whose
  members are listed. Inside folders and archives only the kinds below are taken; a file named
  explicitly must be one of them or have no suffix at all.
* Reading: the bytes of a file or archive member, refusing folders, missing and unreadable
  files, and anything over the size limit (``Options.max_file_size``) with the same one-line
  reason everywhere (reader.core.loading.too_large). Archives are never extracted to disk:
  members are read into memory, so a member named ``../../x.txt`` is only a label.
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

from reader.core.boilerplate import guess_title
from reader.core.loading import DEFAULT_MAX_SIZE, LoadError, decode, load_bytes, read_file, too_large
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


@dataclass(frozen=True)
class Source:
    """One thing to read: a file, or a member of a zip archive (``member`` set)."""

    path: str
    member: str | None = None

    @property
    def label(self) -> str:
        """The path as given, ``archive.zip::member`` for a member (what the library stores)."""
        return self.path if self.member is None else f"{self.path}{MEMBER_SEP}{self.member}"

    @property
    def name(self) -> str:
        """The short name people see: the file name, ``archive.zip::member`` for a member."""
        base = Path(self.path).name or self.path
        return base if self.member is None else f"{base}{MEMBER_SEP}{self.member}"

    @property
    def suffix(self) -> str:
        return Path(self.member if self.member is not None else self.path).suffix.lower()

    def resolved(self) -> str:
        """The label with the file's absolute path (for remembering it across sessions)."""
        path = str(Path(self.path).resolve())
        return path if self.member is None else f"{path}{MEMBER_SEP}{self.member}"


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
    """
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
                errors.append(LoadError(str(p), f"the folder holds no {KINDS} files"))
        elif p.exists() or p.is_symlink():
            _add(p, found, errors, named=True)
        elif (member := _member(str(raw))) is not None:
            found.append(member)
        else:
            errors.append(LoadError(str(p), "no such file or folder"))
    return found, errors


def _member(label: str) -> Source | None:
    """The archive member a ``archive.zip::member`` label names, if the archive exists."""
    start = 0
    while (at := label.find(MEMBER_SEP, start)) >= 0:
        archive, member = label[:at], label[at + len(MEMBER_SEP):]
        if Path(archive).suffix.lower() in ZIP_SUFFIXES and Path(archive).is_file() and member:
            return Source(archive, member)
        start = at + 1
    return None


def _add(path: Path, found: list[Source], errors: list[LoadError], named: bool = False) -> None:
    suffix = path.suffix.lower()
    if suffix in ZIP_SUFFIXES:
        try:
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    if not info.is_dir() and Path(info.filename).suffix.lower() in ARTICLE_SUFFIXES:
                        found.append(Source(str(path), info.filename))
        except (OSError, zipfile.BadZipFile, EOFError) as exc:
            errors.append(LoadError(str(path), f"not a readable zip archive ({_reason(exc)})"))
    elif suffix in ARTICLE_SUFFIXES or (named and suffix == ""):
        found.append(Source(str(path)))
    elif named:
        errors.append(LoadError(str(path), f"unsupported file type {suffix!r} (use {KINDS})"))


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


# --- reading ---------------------------------------------------------------------------------

def read_source(source: Source, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """The bytes of a file or zip member. Raises LoadError (named by the label), one line."""
    name = source.label
    if source.member is None:
        return read_file(source.path, name, max_size)
    try:
        with zipfile.ZipFile(source.path) as zf:
            info = zf.getinfo(source.member)
            if info.flag_bits & 0x1:
                raise LoadError(name, "encrypted archive member")
            if info.file_size > max_size:
                raise too_large(name, info.file_size, max_size)
            with zf.open(info) as fh:
                data = fh.read(max_size + 1)  # the header's size may lie
    except LoadError:
        raise
    except FileNotFoundError as exc:
        raise LoadError(name, "no such file (or a broken link)") from exc
    except PermissionError as exc:
        raise LoadError(name, "permission denied") from exc
    except KeyError as exc:
        raise LoadError(name, "no such member in the archive") from exc
    except (OSError, zipfile.BadZipFile, EOFError, NotImplementedError, RuntimeError) as exc:
        raise LoadError(name, _reason(exc)) from exc
    if len(data) > max_size:
        raise too_large(name, len(data), max_size)
    return data


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


def read(source: Source, max_size: int = DEFAULT_MAX_SIZE) -> Extracted:
    """Read and extract one source. Raises LoadError (named by the label) with a one-line reason."""
    return extract(read_source(source, max_size), source.label, source.suffix, max_size)


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


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)


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


def extract_html(data: bytes, name: str) -> Extracted:
    """Main text of a web page with trafilatura, keeping its title, date, site name and URL."""
    import trafilatura

    for noisy in ("trafilatura", "htmldate"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    html, encoding = decode_html(data, name)
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=True, fast=True)
    except Exception as exc:
        raise LoadError(name, f"cannot parse the HTML ({type(exc).__name__})") from exc
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

_KEY_OPTIONS = Options()  # fixed: the key must not change with what the user compares by


def duplicate_key(text: str) -> str:
    """The sha256 of the text normalised as a person reads it: composed letters (NFC), case,
    quotes, dashes, ё, and white space (line ends, BOMs, runs of spaces) folded.

    Two files with the same key are the same text: "Open texts" lists it once, the library
    stores it once (its ``articles.hash``).
    """
    folded = normalise(unicodedata.normalize("NFC", text), _KEY_OPTIONS)
    return hashlib.sha256(" ".join(folded.split()).encode("utf-8")).hexdigest()
