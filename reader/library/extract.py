"""Finding importable files (folders, zip archives) and turning their bytes into article text.

Archives are never extracted to disk: members are read into memory, so a member named
``../../x.txt`` is only a label and cannot write anywhere.
"""

from __future__ import annotations

import logging
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from reader.core.boilerplate import guess_title
from reader.core.loading import DEFAULT_MAX_SIZE, LoadError, decode, load_bytes

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
ZIP_SUFFIXES = frozenset({".zip"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
MEMBER_SEP = "::"  # "archive.zip::folder/member.txt"

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class Source:
    """One thing to import: a file, or a member of a zip archive (``member`` set)."""

    path: str
    member: str | None = None

    @property
    def label(self) -> str:
        return self.path if self.member is None else f"{self.path}{MEMBER_SEP}{self.member}"

    @property
    def suffix(self) -> str:
        return Path(self.member if self.member is not None else self.path).suffix.lower()


@dataclass(frozen=True)
class Extracted:
    """An article's text and what was found about it. Empty strings mean "not found"."""

    text: str
    encoding: str
    format: str  # "txt", "md" or "html"
    title: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    language: str = ""


def find_sources(paths, errors: list | None = None) -> list[Source]:
    """Expand files, folders (recursively, sorted) and zip archives into Sources.

    Files of other types inside folders are ignored; a named path that cannot be used is
    reported in ``errors`` as ``(label, reason)``.
    """
    errors = [] if errors is None else errors
    found: list[Source] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    suffix = Path(name).suffix.lower()
                    if suffix in ARTICLE_SUFFIXES or suffix in ZIP_SUFFIXES:
                        _add(Path(root) / name, found, errors)
        elif not p.exists() and not p.is_symlink():
            errors.append((str(p), "no such file or folder"))
        else:
            _add(p, found, errors, named=True)
    return found


def _add(path: Path, found: list[Source], errors: list, named: bool = False) -> None:
    suffix = path.suffix.lower()
    if suffix in ZIP_SUFFIXES:
        try:
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    if info.is_dir():
                        continue
                    if Path(info.filename).suffix.lower() in ARTICLE_SUFFIXES:
                        found.append(Source(str(path), info.filename))
        except (OSError, zipfile.BadZipFile, EOFError) as exc:
            errors.append((str(path), f"not a readable zip archive ({_reason(exc)})"))
    elif suffix in ARTICLE_SUFFIXES or (named and suffix == ""):
        found.append(Source(str(path)))
    elif named:
        errors.append((str(path), f"unsupported file type {suffix!r} (use .txt, .md, .html or .zip)"))


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def read_source(source: Source, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """The bytes of a file or zip member. Raises LoadError with a one-line reason."""
    name = source.label
    try:
        if source.member is None:
            p = Path(source.path)
            if p.is_dir():
                raise LoadError(name, "is a folder, not a file")
            if p.stat().st_size > max_size:
                raise LoadError(name, f"too large (the limit is {max_size} bytes)")
            return p.read_bytes()
        with zipfile.ZipFile(source.path) as zf:
            info = zf.getinfo(source.member)
            if info.flag_bits & 0x1:
                raise LoadError(name, "encrypted archive member")
            if info.file_size > max_size:
                raise LoadError(name, f"too large (the limit is {max_size} bytes)")
            with zf.open(info) as fh:
                data = fh.read(max_size + 1)  # the header's size may lie
            if len(data) > max_size:
                raise LoadError(name, f"too large (the limit is {max_size} bytes)")
            return data
    except LoadError:
        raise
    except FileNotFoundError as exc:
        raise LoadError(name, "no such file (or a broken link)") from exc
    except PermissionError as exc:
        raise LoadError(name, "permission denied") from exc
    except (OSError, KeyError, zipfile.BadZipFile, EOFError, NotImplementedError, RuntimeError) as exc:
        raise LoadError(name, _reason(exc)) from exc


def extract(data: bytes, name: str, suffix: str, max_size: int = DEFAULT_MAX_SIZE) -> Extracted:
    """Article text and metadata from a file's bytes. Raises LoadError for anything unusable."""
    if suffix in HTML_SUFFIXES:
        return extract_html(data, name)
    doc = load_bytes(data, name=name, max_size=max_size)
    fmt = "md" if suffix in (".md", ".markdown") else "txt"
    title = _markdown_title(doc.text) if fmt == "md" else ""
    return Extracted(text=doc.text, encoding=doc.encoding, format=fmt,
                     title=title or guess_title(doc.text), language=guess_language(doc.text))


def _markdown_title(text: str) -> str:
    m = re.search(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", text, re.MULTILINE)
    return " ".join(m.group(1).split()) if m else ""


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


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

    html, encoding = decode_html(data, name)
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=True, fast=True)
    except Exception as exc:  # noqa: BLE001 - lxml and trafilatura raise many kinds on bad pages
        raise LoadError(name, f"cannot parse the HTML ({type(exc).__name__})") from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise LoadError(name, "no article text found in the HTML")
    text = text.replace("\r\n", "\n").replace("\r", "\n")

    def meta(field: str) -> str:
        return " ".join(str(getattr(doc, field, None) or "").split())

    return Extracted(
        text=text, encoding=encoding, format="html",
        title=meta("title") or guess_title(text),
        source=meta("sitename") or meta("hostname"),
        date=meta("date"), url=meta("url"),
        language=_html_language(html) or guess_language(text),
    )


_HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)


def _html_language(html: str) -> str:
    m = _HTML_LANG.search(html[:4096])
    return m.group(1).lower() if m else ""


_EN_WORDS = frozenset("the and of to in is that for on with was as by it at from are be has".split())
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_WORD = re.compile(r"[a-z]+")
_UK = re.compile(r"[іїєґ]")
_KK = re.compile(r"[әғқңөұүһ]")


def guess_language(text: str) -> str:
    """"ru", "uk", "kk", "en" or "" from the script and a few frequent words (first 3,000 chars)."""
    sample = text[:3000].lower()
    cyr = len(_CYRILLIC.findall(sample))
    words = _LATIN_WORD.findall(sample)
    latin = sum(map(len, words))
    if cyr > latin:
        if len(_KK.findall(sample)) > cyr / 200:
            return "kk"
        if len(_UK.findall(sample)) > cyr / 200:
            return "uk"
        return "ru"
    if words and sum(w in _EN_WORDS for w in words) >= len(words) / 20:
        return "en"
    return ""
