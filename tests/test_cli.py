"""`versus compare`: the real command in a subprocess, plus its argument handling in-process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from reader.cli import build_parser
from reader.cli.compare import options_from_args, use_color
from reader.core import Options, compare, load_path
from reader.core.options import OPTION_SPEC, OPTION_SPECS
from reader.export import write_export
from reader.export.json_export import to_json

ROOT = Path(__file__).resolve().parent.parent
ANSI = "\x1b["


def versus(*args: str, env: dict | None = None, stdin: bytes | None = None, cwd: Path | None = None):
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    full_env["VERSUS_LANG"] = "en"  # English whatever the locale of the machine ("" lets the locale choose)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "reader.cli", *args], capture_output=True, env=full_env,
                          input=stdin, cwd=cwd or ROOT, timeout=120)


@pytest.fixture()
def pair(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Мы обсудили методы работы.\nДругое предложение тут есть.\n", encoding="utf-8")
    b.write_text("Мы обсудили меры работы.\nСовсем новое предложение здесь.\n", encoding="utf-8")
    return a, b


def test_html_file_is_byte_identical_to_write_export(sample_paths, tmp_path):
    out = tmp_path / "out.html"
    r = versus("compare", str(sample_paths[0]), str(sample_paths[1]), "-o", str(out), "--unified")
    assert r.returncode == 0, r.stderr
    assert r.stdout == b"" and r.stderr == b""
    data = out.read_bytes()
    assert data.startswith(b"<!DOCTYPE html>")
    assert "методы".encode() in data
    expected = tmp_path / "expected.html"
    write_export(compare(load_path(sample_paths[0]), load_path(sample_paths[1])), expected, "html", unified=True)
    assert data == expected.read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_json_to_stdout_is_what_to_json_gives(sample_paths):
    r = versus("compare", str(sample_paths[0]), str(sample_paths[1]), "--format", "json", "--case-sensitive")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout.decode("utf-8"))
    assert data["schema"] == "versus-comparison/1"
    assert data["options"]["ignore_case"] is False
    c = compare(load_path(sample_paths[0]), load_path(sample_paths[1]), Options(ignore_case=False))
    assert r.stdout == to_json(c).encode("utf-8")


def test_format_follows_the_output_suffix(pair, tmp_path):
    out = tmp_path / "diff.json"
    assert versus("compare", str(pair[0]), str(pair[1]), "-o", str(out)).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "versus-comparison/1"
    out = tmp_path / "diff.txt"
    assert versus("compare", str(pair[0]), str(pair[1]), "-o", str(out), "--color", "always").returncode == 0
    text = out.read_text(encoding="utf-8")
    assert "  - Мы обсудили [-методы-] работы." in text and ANSI not in text  # files are never coloured


def test_text_summary_piped_is_plain(pair):
    r = versus("compare", str(pair[0]), str(pair[1]))
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode("utf-8")
    assert ANSI not in out
    assert out.startswith("versus: a.txt → b.txt\n")
    assert "~ changed (match 0.66, wording 77% same), sentence 1 → 1\n  - Мы обсудили [-методы-] работы.\n" \
           "  + Мы обсудили {+меры+} работы.\n" in out
    assert "- deleted: left sentence 2\n  - Другое предложение тут есть.\n" in out
    assert "+ inserted: right sentence 2\n  + Совсем новое предложение здесь.\n" in out


def test_color_always_colours_even_with_no_color(pair):
    r = versus("compare", str(pair[0]), str(pair[1]), "--color", "always", env={"NO_COLOR": "1"})
    assert r.returncode == 0
    assert "\x1b[1;31m[-методы-]\x1b[0m".encode() in r.stdout


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
@pytest.mark.parametrize(("env", "coloured"), [({}, True), ({"NO_COLOR": "1"}, False), ({"TERM": "dumb"}, False)])
def test_terminal_gets_colour_unless_no_color(pair, env, coloured):
    master, slave = os.openpty()
    try:
        full_env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
        full_env.setdefault("TERM", "xterm")
        full_env.update(env)
        proc = subprocess.run([sys.executable, "-m", "reader.cli", "compare", str(pair[0]), str(pair[1])],
                              stdout=slave, stderr=subprocess.PIPE, env=full_env, cwd=ROOT, timeout=120)
        os.close(slave)
        slave = -1
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the other end is closed and drained
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        if slave != -1:
            os.close(slave)
        os.close(master)
    out = b"".join(chunks)
    assert proc.returncode == 0, proc.stderr
    assert "методы".encode() in out
    assert (ANSI.encode() in out) is coloured


@pytest.mark.parametrize("fmt", ["html", "json"])
def test_html_and_json_go_to_stdout_without_o(pair, fmt):
    r = versus("compare", str(pair[0]), str(pair[1]), "-f", fmt)
    assert r.returncode == 0
    head = r.stdout[:20]
    assert head.startswith(b"<!DOCTYPE html>" if fmt == "html" else b'{\n  "schema"')


def test_stdin_as_one_side(pair):
    r = versus("compare", "-", str(pair[1]), stdin=pair[0].read_bytes())
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode().startswith("versus: <stdin> → b.txt\n")


def _error(r) -> str:
    assert r.returncode == 2
    assert r.stdout == b""
    message = r.stderr.decode("utf-8")
    assert message.endswith("\n") and message.count("\n") == 1, message
    return message


def test_missing_file(pair, tmp_path):
    assert _error(versus("compare", str(pair[0]), str(tmp_path / "nope.txt"))) == "versus: nope.txt: no such file\n"


def test_binary_file(pair, tmp_path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    assert _error(versus("compare", str(binary), str(pair[1]))) == "versus: photo.jpg: binary data, not text\n"


def test_empty_file(pair, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert _error(versus("compare", str(pair[0]), str(empty))) == "versus: empty.txt: the file is empty\n"


def test_too_large_file(pair):
    message = _error(versus("compare", str(pair[0]), str(pair[1]), "--max-size", "10"))
    assert message.startswith("versus: a.txt: too large (")


def test_no_output_file_is_left_on_bad_input(pair, tmp_path):
    out = tmp_path / "out.html"
    _error(versus("compare", str(pair[0]), str(tmp_path / "nope.txt"), "-o", str(out)))
    assert not out.exists()


def test_unwritable_output_exits_1(pair):
    out = pair[0] / "out.html"  # a "folder" that is a file
    r = versus("compare", str(pair[0]), str(pair[1]), "-o", str(out))
    assert r.returncode == 1
    assert r.stderr.decode() == f"versus: cannot write {out}: a part of its folder path is a file\n"


def test_bad_threshold_is_a_usage_error(pair):
    r = versus("compare", str(pair[0]), str(pair[1]), "--threshold", "1.5")
    assert r.returncode == 2
    assert b"must be between 0 and 1" in r.stderr


def test_help_explains_formats_schema_and_examples():
    r = versus("compare", "--help")
    assert r.returncode == 0
    out = r.stdout.decode("utf-8")
    assert "docs/json-schema.md" in out and "versus-comparison/1" in out
    assert "examples:" in out and "versus compare old.txt new.txt -o diff.html" in out
    for flag in ("--case-sensitive", "--keep-quotes", "--keep-dashes", "--keep-yo", "--keep-whitespace",
                 "--ignore-punctuation", "--no-boilerplate", "--threshold", "--max-size", "--color", "--unified"):
        assert flag in out
    top = versus("--help").stdout.decode("utf-8")
    assert "compare" in top and "docs/json-schema.md" in top and "examples:" in top


def _parse(*argv: str):
    return build_parser().parse_args(["compare", "a", "b", *argv])


def test_every_option_has_a_flag():
    every = _parse("--case-sensitive", "--keep-quotes", "--keep-dashes", "--keep-yo", "--keep-whitespace",
                   "--ignore-punctuation", "--no-boilerplate", "--threshold", "0.7", "--max-size", "2M")
    options = options_from_args(every)
    default = Options()
    unchanged = [f.name for f in fields(Options) if getattr(options, f.name) == getattr(default, f.name)]
    assert unchanged == []
    assert options.match_threshold == 0.7 and options.max_file_size == 2 * 1024 * 1024
    assert options_from_args(_parse()) == default


def _compare_flags() -> dict[str, str]:
    """The compare command's flags: option string -> dest."""
    sub = next(a for a in build_parser()._actions if a.choices and "compare" in a.choices)
    return {flag: action.dest for action in sub.choices["compare"]._actions for flag in action.option_strings}


def test_every_user_facing_option_has_one_spec_and_a_flag():
    user_facing = [f.name for f in fields(Options) if not f.metadata.get("internal")]
    named = [spec.name for spec in OPTION_SPECS]
    assert sorted(named) == sorted(user_facing)  # exactly one spec each, and none for unknown fields
    assert len(OPTION_SPEC) == len(OPTION_SPECS)
    flags = _compare_flags()
    for spec in OPTION_SPECS:
        assert flags.get(spec.flag) == f"opt_{spec.name}", spec.flag
        assert spec.text and spec.help and "&" not in spec.text
        assert spec.is_switch == (not spec.metavar), spec.name
    assert len({spec.flag for spec in OPTION_SPECS}) == len(OPTION_SPECS)
    assert len({spec.text for spec in OPTION_SPECS}) == len(OPTION_SPECS)


def test_help_uses_the_spec_texts():
    out = versus("compare", "--help", env={"COLUMNS": "1000"}).stdout.decode("utf-8")
    for spec in OPTION_SPECS:
        line = next(line for line in out.splitlines() if line.strip().startswith(spec.flag + " "))
        assert f'"{spec.text}"' in line and spec.help[1:] in line, line


def test_exact_then_flags():
    assert options_from_args(_parse("--exact")) == Options.exact()
    assert options_from_args(_parse("--exact", "--ignore-punctuation")) == Options.exact().with_(ignore_punctuation=True)


@pytest.mark.parametrize(("text", "size"), [("100", 100), ("500K", 500 * 1024), ("1.5m", 1536 * 1024), ("2GB", 2 * 1024 ** 3)])
def test_max_size_units(text, size):
    assert options_from_args(_parse("--max-size", text)).max_file_size == size


class _Stream:
    def __init__(self, tty: bool):
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_use_color_rules():
    assert use_color("auto", _Stream(True), {}) is True
    assert use_color("auto", _Stream(False), {}) is False
    assert use_color("auto", _Stream(True), {"NO_COLOR": "1"}) is False
    assert use_color("auto", _Stream(True), {"NO_COLOR": ""}) is True  # empty means unset
    assert use_color("auto", _Stream(True), {"TERM": "dumb"}) is False
    assert use_color("always", _Stream(False), {"NO_COLOR": "1"}) is True
    assert use_color("never", _Stream(True), {}) is False


def test_text_summary_reports_the_encodings(pair):
    pair[1].write_bytes(pair[1].read_text(encoding="utf-8").encode("cp1251"))
    r = versus("compare", str(pair[0]), str(pair[1]))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode("utf-8").splitlines()
    assert lines[1].startswith("  left:  a.txt (utf-8), 2 sentences: ")
    assert lines[2].startswith("  right: b.txt (cp1251), 2 sentences: ")


# ---------------------------------------------------------------- hostile names and text (issue 13)

@pytest.mark.parametrize("missing", ["missing/dir/x.html", "missing/x.json"])
def test_output_into_a_missing_folder_is_refused_not_created(pair, tmp_path, missing):
    out = tmp_path / missing
    r = versus("compare", str(pair[0]), str(pair[1]), "-o", str(out))
    assert r.returncode == 2 and r.stdout == b""
    assert r.stderr.decode() == f"versus: cannot write {out}: no such folder {out.parent}\n"
    assert not (tmp_path / "missing").exists()


def test_escape_sequences_in_the_text_reach_the_terminal_as_visible_escapes(pair, tmp_path):
    pair[1].write_text("Мы обсудили \x1b[2J\x1b]0;title\x07 меры работы.\nСовсем \u202eновое предложение.\n",
                       encoding="utf-8")
    r = versus("compare", str(pair[0]), str(pair[1]))
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode("utf-8")
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "  + Мы обсудили {+\\x1b[2J\\x1b]0;title\\x07 меры+} работы.\n" in out
    assert "  + {+Совсем \\u202eновое+} предложение.\n" in out
    written = tmp_path / "diff.txt"  # a text file is read with cat or less: escaped the same way
    assert versus("compare", str(pair[0]), str(pair[1]), "-o", str(written)).returncode == 0
    assert written.read_text(encoding="utf-8") == out
    coloured = versus("compare", str(pair[0]), str(pair[1]), "--color", "always").stdout.decode("utf-8")
    assert "\x1b[1;32m{+\\x1b[2J\\x1b]0;title\\x07 меры+}\x1b[0m" in coloured


def test_a_file_name_with_escapes_is_printed_escaped(pair, tmp_path):
    bad = tmp_path / "x\x1b[2J.txt"
    r = versus("compare", str(bad), str(pair[1]))
    assert r.returncode == 2
    assert r.stderr.decode("utf-8") == "versus: x\\x1b[2J.txt: no such file\n"
    bad.write_text("Мы обсудили методы работы.\n", encoding="utf-8")
    out = versus("compare", str(bad), str(pair[1]), "--color", "never").stdout.decode("utf-8")
    assert out.startswith("versus: x\\x1b[2J.txt → b.txt\n  left:  x\\x1b[2J.txt (utf-8), ")
    out_file = tmp_path / "o\x1b[2J" / "x.html"
    r = versus("compare", str(bad), str(pair[1]), "-o", str(out_file))
    assert r.returncode == 2
    assert r.stderr.decode("utf-8") == (f"versus: cannot write {tmp_path}/o\\x1b[2J/x.html: "
                                        f"no such folder {tmp_path}/o\\x1b[2J\n")
