"""Issue 13: every input is read through one bounded reader.

Regular files only (cases 1 and 5: a named pipe blocked forever, /dev/zero read 4 GiB), the
size limit on the bytes read, each archive opened once (case 3), members of one name kept
apart (case 11), a budget per archive (case 12) and per web page (case 4), UTF-16 without a
byte-order mark (case 16).
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import loading
from reader.core.archives import archive_opens
from reader.core.loading import LoadError, decode, load_path, read_capped, read_file
from reader.core.sources import (
    MAX_HTML_ATTRIBUTES,
    MAX_HTML_TAGS,
    Source,
    check_html,
    extract,
    extract_html,
    find_sources,
    read,
    read_source,
)

posix = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes and devices are POSIX")


def finishes(call, seconds: float = 20.0):
    """``call()``'s result or exception, failing (not hanging) when it blocks."""
    out: dict = {}

    def run():
        try:
            out["value"] = call()
        except BaseException as exc:  # handed back to the test
            out["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "the read blocked"
    if "error" in out:
        raise out["error"]
    return out["value"]


# --- cases 1 and 5: regular files only, the limit on the bytes read --------------------------

@posix
def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "f"
    os.mkfifo(fifo)
    (tmp_path / "link.txt").symlink_to(fifo)
    for call in (lambda: load_path(fifo), lambda: read_file(tmp_path / "link.txt"),
                 lambda: read(find_sources([fifo])[0][0])):
        with pytest.raises(LoadError) as info:
            finishes(call)
        assert info.value.reason == "not a regular file (a named pipe)"
    with pytest.raises(LoadError) as info:
        finishes(lambda: load_path(fifo))
    assert str(info.value) == "f: not a regular file (a named pipe)"


@posix
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_refused(device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    with pytest.raises(LoadError) as info:
        finishes(lambda: load_path(device))
    assert str(info.value) == f"{os.path.basename(device)}: not a regular file (a character device)"
    with pytest.raises(LoadError, match=r": not a regular file \(a character device\)$"):
        finishes(lambda: read(Source(device)))


@posix
def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s"
    if len(str(path)) > 100:
        pytest.skip("the path is too long for a socket")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        with pytest.raises(LoadError) as info:
            finishes(lambda: read_file(path))
    assert info.value.reason == "not a regular file (a socket)"


@posix
def test_a_pipe_swapped_in_after_the_check_does_not_block(tmp_path, monkeypatch):
    """The race: stat() saw a regular file, then a pipe is opened. O_NONBLOCK makes the open
    return at once, and the check on what was opened refuses it."""
    fifo, plain = tmp_path / "f", tmp_path / "plain.txt"
    os.mkfifo(fifo)
    plain.write_text("text")
    real_stat = os.stat
    monkeypatch.setattr(loading.os, "stat", lambda p, *a, **k: real_stat(plain) if str(p) == str(fifo)
                        else real_stat(p, *a, **k))
    assert loading.OPEN_FLAGS & os.O_NONBLOCK
    with pytest.raises(LoadError) as info:
        finishes(lambda: read_file(fifo))
    assert info.value.reason == "not a regular file (a named pipe)"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux")
def test_a_file_that_says_it_is_empty_is_still_held_to_the_limit():
    status = "/proc/self/status"
    assert os.stat(status).st_size == 0  # what made the old check pass
    assert len(read_file(status)) > 100
    with pytest.raises(LoadError) as info:
        read_file(status, max_size=100)
    assert str(info.value) == "status: too large (more than 100 bytes; the limit is 100 bytes)"


def test_the_reader_stops_one_byte_past_the_limit():
    asked = []

    def endless(n: int) -> bytes:
        asked.append(n)
        return b"x" * n

    with pytest.raises(LoadError) as info:
        read_capped(endless, 3 * 1024 * 1024, "zero")
    assert sum(asked) == 3 * 1024 * 1024 + 1
    assert str(info.value) == "zero: too large (more than 3.0 MB; the limit is 3.0 MB)"
    chunks = iter([b"ab", b"cd", b""])
    assert read_capped(lambda n: next(chunks), 4, "x") == b"abcd"


def test_a_regular_file_reads_as_before(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"x" * 1024)
    assert read_file(f, max_size=1024) == b"x" * 1024
    with pytest.raises(LoadError, match=r"^a.txt: too large \(1.0 KB; the limit is 1023 bytes\)$"):
        read_file(f, max_size=1023)


# --- case 16: UTF-16 without a byte-order mark ------------------------------------------------

RUSSIAN = "Съезд партии «Нур Отан» прошёл в Астане — 1 марта.\nПрезидент выступил с речью.\n"
ENGLISH = "The council met on Monday.\nThe mayor said the budget vote would wait.\n"


@pytest.mark.parametrize("text", [RUSSIAN, ENGLISH, "Привет", "Hi"])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read(text, codec):
    assert decode(text.encode(codec)) == (text, codec)
    assert extract(text.encode(codec), "x.txt", ".txt").text == text


@pytest.mark.parametrize("data, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary data, not text"),
    (bytes(range(256)) * 4, "binary data, not text"),
    (bytes([1, 0, 2, 0, 3, 0]) * 100, "binary data, not text"),  # the shape of UTF-16, control characters
    (b"\x00\x01binary" * 40, "binary data, not text"),
    ("Привет".encode("utf-16-le") + b"\x3d\xd8", "unknown text encoding"),  # a lone surrogate
])
def test_what_is_not_utf16_text(data, reason):
    with pytest.raises(LoadError) as info:
        decode(data, "x")
    assert info.value.reason == reason


WORD = st.text(st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЯ"), min_size=1) | st.text(
    st.sampled_from("abcdefghijklmnopqrstuvwxyzABCXYZ0129"), min_size=1)
PUNCTUATION = st.sampled_from(["", ".", ",", "!", "?", "«", "»", " —", "“", "”", "№", "\n"])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(WORD, PUNCTUATION), min_size=2).map(lambda ws: " ".join(w + p for w, p in ws)),
       st.sampled_from(["utf-16-le", "utf-16-be"]))
def test_any_russian_or_english_text_in_utf16_is_read(text, codec):
    """Words in Cyrillic or Latin letters, spaces and punctuation, however short."""
    assert decode(text.encode(codec), "x") == (text, codec)


# --- case 3: an archive is opened once ---------------------------------------------------------

def test_an_archive_is_opened_once_for_all_its_members(tmp_path):
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as zf:
        for i in range(300):
            zf.writestr(f"m{i:03d}.txt", f"Member {i}.")
    before = archive_opens()
    found, errors = find_sources([tmp_path / "a.zip"])
    texts = [read(s).text for s in found]
    assert (errors, len(texts), texts[7]) == ([], 300, "Member 7.")
    assert archive_opens() - before == 1
    # a changed archive is opened again, and read as it is now
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as zf:
        zf.writestr("m007.txt", "Changed, and longer than before.")
    assert read(found[0] if found[0].member == "m007.txt" else found[7]).text == "Changed, and longer than before."
    assert archive_opens() - before == 2


@posix
def test_an_archive_that_is_a_pipe_is_refused(tmp_path):
    os.mkfifo(tmp_path / "p.zip")
    found, errors = finishes(lambda: find_sources([tmp_path / "p.zip"]))
    assert (found, [e.reason for e in errors]) == ([], ["not a regular file (a named pipe)"])
    with pytest.raises(LoadError, match=r"not a regular file \(a named pipe\)$"):
        finishes(lambda: read_source(Source(str(tmp_path / "p.zip"), "a.txt")))


# --- case 11: members of one name ---------------------------------------------------------------

def same_names(path) -> None:
    with zipfile.ZipFile(path, "w") as zf, pytest.warns(UserWarning, match="Duplicate name"):
        zf.writestr("x.txt", "First text.")
        zf.writestr("y.txt", "Other text.")
        zf.writestr("x.txt", "Second text.")
        zf.writestr("x.txt", "Third text.")


def test_members_of_one_name_are_separate_sources(tmp_path):
    archive = tmp_path / "a.zip"
    same_names(archive)
    found, _ = find_sources([archive])
    assert [(s.member, s.nth) for s in found] == [("x.txt", 1), ("y.txt", 1), ("x.txt", 2), ("x.txt", 3)]
    assert [s.name for s in found] == ["a.zip::x.txt", "a.zip::y.txt", "a.zip::x.txt (2)", "a.zip::x.txt (3)"]
    assert len({s.label for s in found}) == 4
    assert [read(s).text for s in found] == ["First text.", "Other text.", "Second text.", "Third text."]
    # labels come back as the same sources (a restored session, the library's paths)
    assert find_sources([s.label for s in found]) == (found, [])
    assert find_sources([s.resolved() for s in found])[0] == [
        Source(str(archive.resolve()), s.member, s.nth) for s in found]
    again, _ = find_sources([f"{archive}::x.txt (4)"])
    with pytest.raises(LoadError, match=r"::x.txt \(4\): no such member in the archive$"):
        read(again[0])


def test_a_member_named_like_a_second_one_is_itself(tmp_path):
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("x.txt (2)", "Its own name.")
        zf.writestr("x.txt", "First.")
    found, _ = find_sources([f"{archive}::x.txt (2)", f"{archive}::x.txt"])
    assert found == [Source(str(archive), "x.txt (2)"), Source(str(archive), "x.txt")]
    assert [read(s).text for s in found] == ["Its own name.", "First."]


# --- case 12: a budget per archive --------------------------------------------------------------

def test_members_past_the_archive_budget_are_refused(tmp_path):
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for i, size in enumerate([1000, 1000, 1000, 10, 2000]):
            zf.writestr(f"{i}.txt", str(i) * size)
    found, _ = find_sources([archive])
    outcome = []
    for s in found:
        try:
            outcome.append(len(read_source(s, max_size=1500, max_archive_size=2500)))
        except LoadError as exc:
            outcome.append(exc.reason)
    limit = "the archive's texts pass the limit of 2.4 KB read from one archive"
    assert outcome == [1000, 1000, limit, limit, limit]
    # a new reading starts with the whole budget; the member over max_size is the size refusal
    found, _ = find_sources([archive])
    with pytest.raises(LoadError, match=r"too large \(2.0 KB; the limit is 1.5 KB\)$"):
        read_source(found[4], max_size=1500, max_archive_size=2500)
    assert read_source(found[3], max_size=1500, max_archive_size=2500) == b"3" * 10


# --- case 4: a budget per web page --------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council vote - The Post</title>
<meta property="og:site_name" content="The Post"><script>if (a < b && c > d) {{ x = "<div>"; }}</script>
</head><body><nav>{nav}</nav><article><h1>Council vote</h1>
<img src="data:image/png;base64,{image}" alt="a picture" class="wide" width="600" height="400">
{paragraphs}</article><footer>{nav}</footer></body></html>"""


def news_page(paragraphs: int = 40) -> bytes:
    nav = "".join(f'<a href="/s/{i}" class="nav-link" data-id="{i}">Section {i}</a> ' for i in range(300))
    body = "".join(f'<p class="text" data-n="{i}">The council met for the {i}th time and the mayor spoke '
                   f'about the budget, the bridge and the school on <b>Monday</b>.</p>\n' for i in range(paragraphs))
    return PAGE.format(nav=nav, image="iVBORw0KGgo" * 20000, paragraphs=body).encode()


def test_a_news_page_is_within_the_budget_and_extracts_as_before():
    import trafilatura

    data = news_page()
    check_html(data, "page.html")
    ex = extract_html(data, "page.html")
    plain = trafilatura.bare_extraction(data.decode(), with_metadata=True, include_comments=False,
                                        include_tables=True, fast=True)
    assert ex.text == plain.text.strip()
    assert (ex.title, ex.source) == ("Council vote", "The Post")


@pytest.mark.parametrize("data, detail", [
    (b"<html><body>" + b"<span>x</span>" * (MAX_HTML_TAGS + 1) + b"</body></html>",
     f"{MAX_HTML_TAGS + 3:,} tags; the limit is {MAX_HTML_TAGS:,}"),
    (b"<div " + b" ".join(b'a%d="1"' % i for i in range(MAX_HTML_ATTRIBUTES + 1)) + b">x</div>",
     f"an element with {MAX_HTML_ATTRIBUTES + 1:,} attributes; the limit is {MAX_HTML_ATTRIBUTES:,}"),
    (b"<div " + b" ".join(b"a%d" % i for i in range(2000)) + b">x</div>",
     "an element with 2,000 attributes; the limit is 1,000"),
    (b"<div " + b" ".join(b'a%d=">"' % i for i in range(2000)) + b">x</div>",  # ">" in a value
     "an element with 2,000 attributes; the limit is 1,000"),
])
def test_a_page_past_the_budget_is_refused_before_parsing(data, detail):
    with pytest.raises(LoadError) as info:
        extract(data, "p.html", ".html")
    assert str(info.value) == f"p.html: the page is too complex to extract ({detail})"


def test_the_budget_is_the_limit_itself():
    check_html(b"<div " + b" ".join(b'a%d="1"' % i for i in range(MAX_HTML_ATTRIBUTES)) + b">x</div>", "p")
    check_html(b"<i>" * MAX_HTML_TAGS, "p")
