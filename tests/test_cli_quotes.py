"""`versus quotes A B`: the quotes report in the terminal and as JSON, with the flags, loading and
exit statuses of `versus compare`.

Until compare() finds quotes itself, the in-process tests hand the command a comparison with the
quotes of tests/present/test_quotes.py (``with_quotes``) by replacing its compare().
"""

from __future__ import annotations

import json
import re

import pytest

from reader.cli import build_parser, main
from reader.cli import compare as compare_cli
from reader.core import compare, load_path
from reader.export.json_export import quotes_to_json
from tests.present.test_quotes import LEFT, RIGHT, with_quotes
from tests.test_cli import ANSI, versus

REPORT = """\
versus quotes: left.txt → right.txt
  right: right.txt, 3 quotes (1 verbatim, 1 altered, 1 no source)
  left:  left.txt, 4 quotes (1 kept, 1 altered, 1 reported, 1 dropped)

altered: Министр заявил (right sentence 1)
  quote:  «Мы окончательно изменим систему налогов»
  source: «Мы решительно изменим систему налогов уже в этом году» (left sentence 1)
  words:  Мы [-решительно-]{+окончательно+} изменим систему налогов [-уже в этом году-]
  5 words cut; 1 word added; attribution changed

verbatim: губернатор заверил (right sentence 4)
  quote:  «Денег … хватит»
  source: «Денег хватит» (left sentence 5)

no source: Глава района сказал (right sentence 5)
  quote:  «Дорогу построят к лету»
  source: none (its words are not in the left version)

Quotes of the left version no longer quoted:

reported: Мэр добавил (left sentence 3)
  quote:  «Мост откроют весной»
  now:    unquoted: мост откроют весной (right sentence 3)

dropped: Директор завода сказал (left sentence 4)
  quote:  «Мы запустим линию в мае»
  now:    none (neither quoted nor reported in the right version)
"""


REPORT_RU = """\
versus, цитаты: left.txt → right.txt
  справа: right.txt, 3 цитаты (1 дословно, 1 изменена, 1 без источника)
  слева:  left.txt, 4 цитаты (1 сохранена, 1 изменена, 1 пересказана, 1 убрана)

изменена: Министр заявил (правая версия, предложение 1)
  цитата:   «Мы окончательно изменим систему налогов»
  источник: «Мы решительно изменим систему налогов уже в этом году» (левая версия, предложение 1)
  слова:    Мы [-решительно-]{+окончательно+} изменим систему налогов [-уже в этом году-]
  убрано 5 слов; добавлено 1 слово; изменено, кому приписаны слова

дословно: губернатор заверил (правая версия, предложение 4)
  цитата:   «Денег … хватит»
  источник: «Денег хватит» (левая версия, предложение 5)

без источника: Глава района сказал (правая версия, предложение 5)
  цитата:   «Дорогу построят к лету»
  источник: нет (этих слов нет в левой версии)

Цитаты левой версии, которых больше нет в кавычках:

пересказана: Мэр добавил (левая версия, предложение 3)
  цитата:   «Мост откроют весной»
  теперь:   без кавычек: мост откроют весной (правая версия, предложение 3)

убрана: Директор завода сказал (левая версия, предложение 4)
  цитата:   «Мы запустим линию в мае»
  теперь:   нет (в правой версии нет ни цитаты, ни пересказа)
"""


@pytest.fixture(autouse=True)
def english(monkeypatch):
    """The reports in English whatever the locale of the machine running the tests."""
    monkeypatch.setenv("VERSUS_LANG", "en")


@pytest.fixture()
def files(tmp_path):
    a, b = tmp_path / "left.txt", tmp_path / "right.txt"
    a.write_text(LEFT, encoding="utf-8")
    b.write_text(RIGHT, encoding="utf-8")
    return a, b


@pytest.fixture()
def quoting(monkeypatch):
    """`versus quotes` compares (through the compare command's loading) with the hand-made quotes added."""
    monkeypatch.setattr(compare_cli, "compare", lambda a, b, options: with_quotes(compare(a, b, options)))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["quotes", *argv])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_the_report_lists_each_quote_with_its_verdict_source_and_changed_words(files, quoting, capsys):
    status, out, err = run(capsys, str(files[0]), str(files[1]))
    assert (status, err) == (0, "")
    assert out == REPORT


@pytest.mark.parametrize("where", ["after", "before"])
def test_the_report_in_russian(files, quoting, capsys, where):
    status = main(["quotes", str(files[0]), str(files[1]), "--lang", "ru"] if where == "after"
                  else ["--lang", "ru", "quotes", str(files[0]), str(files[1])])
    out = capsys.readouterr()
    assert (status, out.err) == (0, "")
    assert out.out == REPORT_RU


def test_json_stays_english_in_russian(files, quoting, capsys):
    main(["quotes", str(files[0]), str(files[1]), "--format", "json"])
    english = capsys.readouterr().out
    main(["quotes", str(files[0]), str(files[1]), "--format", "json", "--lang", "ru"])
    assert capsys.readouterr().out == english
    assert '"status": "no source"' in english


def test_colour_like_the_text_export(files, quoting, capsys):
    status, out, _ = run(capsys, str(files[0]), str(files[1]), "--color", "always")
    assert status == 0
    assert "\x1b[1maltered\x1b[0m: Министр заявил" in out  # bold, not bold yellow
    assert "\x1b[1;31m[-решительно-]\x1b[0m\x1b[1;32m{+окончательно+}\x1b[0m" in out
    assert "\x1b[32mverbatim\x1b[0m" in out and "\x1b[31mdropped\x1b[0m" in out
    assert re.sub(r"\x1b\[[0-9;]*m", "", out) == REPORT
    _, plain, _ = run(capsys, str(files[0]), str(files[1]))  # captured output is no terminal
    assert ANSI not in plain


def test_json_is_the_quotes_and_the_file_names(files, quoting, capsys):
    status, out, _ = run(capsys, str(files[0]), str(files[1]), "--format", "json", "--color", "always")
    assert status == 0
    data = json.loads(out)
    assert list(data) == ["left", "right", "quotes"]
    assert (data["left"], data["right"]) == ("left.txt", "right.txt")
    assert [(q["side"], q["status"]) for q in data["quotes"]] == [
        ("left", "altered"), ("left", "reported"), ("left", "dropped"), ("left", "kept"),
        ("right", "altered"), ("right", "verbatim"), ("right", "no source")]
    assert out == quotes_to_json(with_quotes(compare(load_path(files[0]), load_path(files[1]))))


def test_output_file_format_from_its_suffix_never_coloured(files, quoting, capsys, tmp_path):
    report, data = tmp_path / "quotes.txt", tmp_path / "quotes.json"
    assert run(capsys, str(files[0]), str(files[1]), "-o", str(report), "--color", "always") == (0, "", "")
    assert report.read_text(encoding="utf-8") == REPORT
    assert run(capsys, str(files[0]), str(files[1]), "-o", str(data))[0] == 0
    assert json.loads(data.read_text(encoding="utf-8"))["right"] == "right.txt"


def test_comparison_flags_reach_the_comparison(files, monkeypatch, capsys):
    seen = []
    monkeypatch.setattr(compare_cli, "compare", lambda a, b, options: seen.append(options) or compare(a, b, options))
    run(capsys, str(files[0]), str(files[1]), "--keep-yo", "--threshold", "0.5")
    assert seen[0].yo_as_ye is False and seen[0].match_threshold == 0.5


def test_the_option_flags_are_those_of_compare():
    def flags(command: str) -> set[str]:
        sub = next(a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction")
        return {s for action in sub.choices[command]._actions for s in action.option_strings}
    assert flags("compare") - flags("quotes") == {"--unified"}
    assert flags("quotes") <= flags("compare")


def test_the_real_command_without_quotes(files):
    r = versus("quotes", str(files[0]), str(files[1]), "--case-sensitive")
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode("utf-8").startswith("versus quotes: left.txt → right.txt\n  right: right.txt, ")
    r = versus("quotes", str(files[0]), str(files[1]), "-f", "json")
    c = compare(load_path(files[0]), load_path(files[1]))
    assert r.returncode == 0 and r.stdout == quotes_to_json(c).encode("utf-8")


def test_bad_input_exits_2_with_one_line(files, tmp_path):
    r = versus("quotes", str(files[0]), str(tmp_path / "nope.txt"))
    assert (r.returncode, r.stdout, r.stderr) == (2, b"", b"versus: nope.txt: no such file\n")
    r = versus("quotes", str(files[0]), str(files[1]), "--max-size", "10")
    assert r.returncode == 2 and r.stderr.decode().startswith("versus: left.txt: too large (")


def test_unwritable_output_exits_1(files, capsys):
    out = files[0] / "quotes.txt"  # a "folder" that is a file
    assert run(capsys, str(files[0]), str(files[1]), "-o", str(out)) == \
        (1, "", f"versus: cannot write {out}: a part of its folder path is a file\n")


def test_help_and_the_command_list():
    out = versus("quotes", "--help").stdout.decode("utf-8")
    assert "verbatim" in out and "no source" in out and "reported or dropped" in out
    assert "--max-size" in out and "--keep-yo" in out and "docs/json-schema.md" in out
    top = versus("--help").stdout.decode("utf-8")
    assert "quotes" in top and "versus quotes old.txt new.txt" in top


def test_output_into_a_missing_folder_is_refused_not_created(files, quoting, capsys, tmp_path):
    out = tmp_path / "missing" / "quotes.json"
    assert run(capsys, str(files[0]), str(files[1]), "-o", str(out)) == \
        (2, "", f"versus: cannot write {out}: no such folder {out.parent}\n")
    assert not out.parent.exists()


def test_escapes_in_file_names_are_shown_escaped(files, quoting, capsys, tmp_path):
    odd = tmp_path / "ri\x1b[2Jght.txt"
    odd.write_text(files[1].read_text(encoding="utf-8"), encoding="utf-8")
    status, out, err = run(capsys, str(files[0]), str(odd), "--color", "always")
    assert (status, err) == (0, "")
    assert "\x1b[2J" not in out
    assert re.sub(r"\x1b\[[0-9;]*m", "", out) == REPORT.replace("right.txt", "ri\\x1b[2Jght.txt")
