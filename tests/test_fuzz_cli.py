"""Fuzzing `versus compare` and `versus import` with random bytes, random zip archives and random
HTML (issue 13): whatever the input, the command ends with a status it documents, says what went
wrong in one line per problem, never prints a traceback, and leaves a library that passes its
integrity check. Run in-process so that hypothesis can try many inputs in CI's time."""

from __future__ import annotations

import contextlib
import io
import tempfile
import warnings
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.cli import main

FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def run(*argv: str) -> tuple[int, str, str]:
    """main(argv) with standard output and error captured (bytes written to .buffer too)."""
    out, err = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", errors="replace")
    stderr = io.TextIOWrapper(err, encoding="utf-8", errors="replace")
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            status = main(list(argv))
        except SystemExit as exc:  # argparse
            status = exc.code if isinstance(exc.code, int) else 2
        stdout.flush()
        stderr.flush()
    return status, out.getvalue().decode("utf-8", "replace"), err.getvalue().decode("utf-8", "replace")


def no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr and "Error:" not in stderr.split(": ", 1)[0], stderr


words = st.sampled_from(["Путин", "сказал", "«да»", '"нет"', "т.е.", "г.", "К.-Ж.", "news", "—", "ё", "\x1b[2J",
                         "\u202e", "\x00", "\r\n", "\n\n", ".", "!", "…", "Mr.", "1.5", "2026"])
texts = st.lists(words, max_size=60).map(" ".join)
blobs = st.one_of(st.binary(max_size=600), texts.map(lambda t: t.encode("utf-8")),
                  texts.map(lambda t: t.encode("cp1251", "replace")),
                  texts.map(lambda t: t.encode("utf-16-le")))


@FUZZ
@given(a=blobs, b=blobs, fmt=st.sampled_from(["text", "json", "html"]))
def test_compare_any_bytes(a, b, fmt):
    with tempfile.TemporaryDirectory() as tmp:
        pa, pb = Path(tmp, "a.txt"), Path(tmp, "b.txt")
        pa.write_bytes(a)
        pb.write_bytes(b)
        status, out, err = run("compare", str(pa), str(pb), "--format", fmt, "--color", "never")
    no_traceback(err)
    if status == 0:
        assert out and not err
    else:
        assert status == 2 and err.startswith("versus: ") and err.count("\n") == 1, (status, err)


tags = st.sampled_from(["p", "div", "span", "article", "script", "style", "h1", "a", "li", "table", "td", "b"])
attrs = st.lists(st.tuples(st.sampled_from(["class", "id", "href", "style", "data-x", "onclick"]), texts),
                 max_size=4)


@st.composite
def html_pages(draw, depth=3):
    def node(level: int) -> str:
        tag = draw(tags)
        at = "".join(f' {k}="{v}"' for k, v in draw(attrs))
        inner = draw(texts)
        if level < depth:
            inner += "".join(node(level + 1) for _ in range(draw(st.integers(0, 3))))
        return f"<{tag}{at}>{inner}</{tag}>" if draw(st.booleans()) else f"<{tag}{at}>{inner}"

    head = draw(st.sampled_from(["", "<!doctype html>", "<html lang='ru'><head><meta charset='utf-8'><title>T</title></head>"]))
    return (head + "<body>" + node(0) + "</body>").encode("utf-8")


member_names = st.one_of(st.sampled_from(["a.txt", "a.txt", "b.md", "c.html", "dir/", "../../x.txt", "z.bin",
                                          "\x1b[31mred.txt", "\u202egpj.txt", "пример.txt"]),
                         texts.map(lambda t: t[:30] + ".txt"))


@st.composite
def zips(draw) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are wanted
        for _ in range(draw(st.integers(0, 6))):
            name = draw(member_names)
            data = draw(st.one_of(blobs, html_pages()))
            with contextlib.suppress(ValueError, IndexError):  # names zipfile itself refuses
                zf.writestr(name, b"" if name.endswith("/") else data)
    raw = buffer.getvalue()
    cut = draw(st.one_of(st.none(), st.integers(0, max(0, len(raw) - 1))))
    return raw if cut is None else raw[:cut]  # a truncated archive too


@FUZZ
@given(files=st.lists(st.tuples(st.sampled_from(["txt", "md", "html", "zip", ""]),
                                st.one_of(blobs, html_pages(), zips())), min_size=1, max_size=4))
def test_import_any_files(files):
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, (suffix, data) in enumerate(files):
            path = Path(tmp, f"f{i}.{suffix}" if suffix else f"f{i}")
            path.write_bytes(data)
            paths.append(str(path))
        library = str(Path(tmp, "lib.sqlite3"))
        status, out, err = run("import", "--library", library, "--quiet", *paths)
        no_traceback(err)
        assert status in (0, 1), (status, err)
        assert out.count("\n") == 1 and " of " in out  # the one summary line
        for line in err.splitlines():
            assert ": " in line and "\x1b" not in line
        from reader.library.library import Library

        with Library(library) as lib:
            assert lib.integrity() == "ok"
        status, out, err = run("list", "--library", library, "--limit", "0")
        no_traceback(err)
        assert status == 0 and "\x1b" not in out and "\u202e" not in out
