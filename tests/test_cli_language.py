"""The language of the command line and the exports: --lang, VERSUS_LANG and the locale; the
Russian words of the text summary, the HTML page and the unified diff; the terminal's colours."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from importlib.resources import files

import pytest

from reader.cli import main
from reader.cli.main import _language_to_environment, build_parser
from reader.core import Options, compare
from reader.core.model import Document
from reader.export import render
from reader.present.format import plural, russian_form
from reader.present.unified import unified_lines
from tests.test_cli import versus

LEFT = "Мы обсудили методы работы.\nДругое предложение тут есть.\nЭто предложение останется.\n"
RIGHT = "Мы обсудили меры работы.\nСовсем новое предложение здесь.\nЭто предложение останется.\n"

SUMMARY_RU = """\
versus: a.txt → b.txt
  слева:  a.txt (utf-8), 3 предложения: Мы обсудили методы работы.
  справа: b.txt (utf-8), 3 предложения: Мы обсудили меры работы.
сходство 56,6 % | без изменений 56,9 %, изменено 8,3 %, удалено 34,7 %, перемещено 0,0 % левого текста; добавлено 38,4 % правого текста
пары предложений: без изменений 1, изменено 1, перемещено 0; удалено 1, добавлено 1

~ изменено (совпадение 0,66, формулировка совпадает на 77 %), предложение 1 → 1
  - Мы обсудили [-методы-] работы.
  + Мы обсудили {+меры+} работы.

- удалено: предложение 2 слева
  - Другое предложение тут есть.

+ добавлено: предложение 2 справа
  + Совсем новое предложение здесь.
""".replace(" %", "\u00a0%")  # Russian sets a no-break space before %  # noqa: E501

LANG_VARS = ("VERSUS_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.fixture()
def pair(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(LEFT, encoding="utf-8")
    b.write_text(RIGHT, encoding="utf-8")
    return str(a), str(b)


@pytest.fixture()
def locale(monkeypatch):
    """Set the locale to the given value, every other language variable unset."""
    def set_locale(value: str | None) -> None:
        for var in LANG_VARS:
            monkeypatch.delenv(var, raising=False)
        if value:
            monkeypatch.setenv("LANG", value)
    return set_locale


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out = capsys.readouterr()
    return status, out.out, out.err


def test_the_text_summary_in_russian(pair, capsys, locale):
    locale(None)
    assert run(capsys, "compare", *pair, "--format", "text", "--lang", "ru") == (0, SUMMARY_RU, "")
    assert run(capsys, "--lang", "ru", "compare", *pair) == (0, SUMMARY_RU, "")
    assert run(capsys, "--lang=ru", "compare", *pair) == (0, SUMMARY_RU, "")


def test_the_locale_chooses_and_lang_overrides(pair, capsys, locale):
    locale("ru_RU.UTF-8")
    assert run(capsys, "compare", *pair)[1] == SUMMARY_RU
    english = run(capsys, "compare", *pair, "--lang", "en")[1]
    assert english.startswith("versus: a.txt → b.txt\n  left:  a.txt (utf-8), 3 sentences: ")
    assert "\nsentence pairs: 1 unchanged, 1 changed, 0 moved; 1 deleted, 1 inserted\n" in english
    assert run(capsys, "--lang", "en", "compare", *pair)[1] == english
    locale("de_DE.UTF-8")
    assert run(capsys, "compare", *pair)[1] == english


def test_the_locale_of_a_real_process(pair):
    r = versus("compare", *pair, env={"VERSUS_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": "",
                                      "LANG": "ru_RU.UTF-8"})
    assert (r.returncode, r.stdout.decode("utf-8"), r.stderr) == (0, SUMMARY_RU, b"")
    r = versus("compare", *pair, "--lang", "en", env={"VERSUS_LANG": "ru"})
    assert r.stdout.decode("utf-8").startswith("versus: a.txt → b.txt\n  left:  ")


def test_the_html_page_in_russian(pair, capsys, locale):
    locale(None)
    status, page, _ = run(capsys, "compare", *pair, "--format", "html", "--lang", "ru", "--unified")
    assert status == 0
    assert page.startswith('<!DOCTYPE html>\n<html lang="ru">\n')
    for label in ('<h1>Что изменилось <span class="files">',
                  '<small>сходство (слева 3 предложения, справа 3 предложения)</small>',
                  '<tr><th>перемещено</th><td class="n">0,0\u00a0%</td>',
                  '<td>левого текста</td><td>перемещено: 0 пар предложений</td>',
                  '<td>правого текста</td><td>добавлено: 1 предложение</td>',
                  '<del class="del">удалено</del> слова только в левой версии',
                  '<span class="s moved"><a class="mv">⇄</a>перемещённое предложение</span> '
                  'нажмите ⇄, чтобы перейти к другому месту',
                  '<div class="which">левая версия</div>',
                  '<h2>Приложение: унифицированный diff предложений</h2>',
                  '<footer>Создано: versus ', ', настройки по умолчанию.</footer>'):
        assert label in page, label
    english = run(capsys, "compare", *pair, "--format", "html")[1]
    assert english.startswith('<!DOCTYPE html>\n<html lang="en">\n') and "<h1>What changed " in english


def test_the_quotes_section_and_moved_marks_in_russian():
    from tests.present.test_quotes import LEFT as QLEFT
    from tests.present.test_quotes import RIGHT as QRIGHT
    from tests.present.test_quotes import with_quotes

    comparison = with_quotes(compare(Document.from_text(QLEFT, "left.txt"), Document.from_text(QRIGHT, "right.txt"),
                                     Options()))
    page = render(comparison, "html", lang="ru")
    assert ('<h2>Цитаты <small>правая версия: 3 цитаты (1 дословно, 1 изменена, 1 без источника) · '
            'левая версия: 4 цитаты (1 сохранена, 1 изменена, 1 пересказана, 1 убрана)</small></h2>') in page
    assert '<h3>Цитаты левой версии, которых больше нет в кавычках</h3>' in page
    assert 'title="этих слов нет в левой версии">без источника</span>' in page
    assert "источник, без кавычек: " not in page and "в правой версии, без кавычек: " in page


def test_json_stays_english(pair, capsys):
    english = run(capsys, "compare", *pair, "--format", "json", "--lang", "en")[1]
    assert run(capsys, "compare", *pair, "--format", "json", "--lang", "ru")[1] == english


def test_errors_the_command_writes_in_russian(pair, tmp_path, capsys):
    missing = tmp_path / "missing" / "x.html"
    assert run(capsys, "compare", *pair, "-o", str(missing), "--lang", "ru") == (
        2, "", f"versus: не удаётся записать {missing}: нет папки {tmp_path / 'missing'}\n")
    assert not (tmp_path / "missing").exists()


SUNRISE = "Министр сказал, что всё идёт по плану. Погода была хорошей весь день. Завод откроют весной.\n"
SUNSET = "Завод откроют весной. Министр сказал, что всё идёт по плану. Погода была плохой весь день.\n"


def test_unified_pairs_old_and_new_and_marks_moves():
    comparison = compare(Document.from_text(SUNRISE, "c.txt"), Document.from_text(SUNSET, "d.txt"), Options())
    assert list(unified_lines(comparison)) == [
        "--- c.txt",
        "+++ d.txt",
        "@@ -1,3 +1,3 @@",
        "+Завод откроют весной. [⇄ moved from left sentence 3]",
        " Министр сказал, что всё идёт по плану.",
        "-Погода была хорошей весь день.",
        "+Погода была плохой весь день.",
        "-Завод откроют весной. [⇄ moved to right sentence 1]",
    ]
    assert list(unified_lines(comparison, lang="ru"))[3] == "+Завод откроют весной. [⇄ перемещено из предложения 3 слева]"


def test_unified_hunks_keep_one_sentence_of_context():
    left = "".join(f"Предложение номер {n} стоит здесь.\n" for n in range(1, 9))
    right = left.replace("номер 2 стоит", "номер 2 теперь стоит").replace("номер 7 стоит", "номер 7 было")
    comparison = compare(Document.from_text(left, "a"), Document.from_text(right, "b"), Options())
    assert list(unified_lines(comparison)) == [
        "--- a", "+++ b",
        "@@ -1,3 +1,3 @@",
        " Предложение номер 1 стоит здесь.",
        "-Предложение номер 2 стоит здесь.",
        "+Предложение номер 2 теперь стоит здесь.",
        " Предложение номер 3 стоит здесь.",
        "@@ -6,3 +6,3 @@",
        " Предложение номер 6 стоит здесь.",
        "-Предложение номер 7 стоит здесь.",
        "+Предложение номер 7 было здесь.",
        " Предложение номер 8 стоит здесь.",
    ]
    assert list(unified_lines(compare(Document.from_text(left, "a"), Document.from_text(left, "b"), Options()))) == []


def test_changed_headers_are_bold_not_yellow(pair, capsys):
    status, out, _ = run(capsys, "compare", *pair, "--color", "always", "--lang", "en")
    assert status == 0
    assert "\x1b[1m~ changed (match 0.66, wording 77% same), sentence 1 → 1\x1b[0m" in out
    assert "\x1b[1;31m[-методы-]\x1b[0m" in out and "\x1b[1;32m{+меры+}\x1b[0m" in out
    assert not re.search(r"\x1b\[[0-9;]*33m", out)  # no yellow, unreadable on a light terminal


@pytest.mark.parametrize(("n", "form", "text"), [
    (1, 0, "1 предложение"), (2, 1, "2 предложения"), (4, 1, "4 предложения"), (5, 2, "5 предложений"),
    (11, 2, "11 предложений"), (12, 2, "12 предложений"), (14, 2, "14 предложений"), (21, 0, "21 предложение"),
    (22, 1, "22 предложения"), (0, 2, "0 предложений"), (111, 2, "111 предложений"), (101, 0, "101 предложение"),
])
def test_russian_plural_forms(n, form, text):
    assert russian_form(n) == form
    assert plural(n, "sentence", lang="ru") == text
    assert plural(n, "sentence") == f"{n} sentence{'' if n == 1 else 's'}"


def test_the_catalog_keeps_every_placeholder():
    """A translation names the same {placeholders} as its source (a missing one would raise)."""
    root = ET.fromstring((files("reader") / "resources" / "i18n" / "versus_ru.ts").read_bytes())
    names = re.compile(r"\{(\w*)\}")
    wrong = []
    for context in root.iter("context"):
        if context.findtext("name") not in ("cli", "export", "present", "plural"):
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source") or "", message.findtext("translation") or ""
            forms = translation.split("|") if context.findtext("name") == "plural" else [translation]
            for form in forms:
                if sorted(names.findall(source)) != sorted(names.findall(form)):
                    wrong.append(source)
    assert wrong == []


def test_help_lists_the_readers_options_and_lang():
    text = build_parser().format_help()
    section = text[text.index("options of the desktop reader (versus [OPTIONS] [FILE...]):"):]
    for option in ("--config-dir DIR", "--library PATH", "--theme {system,light,dark}"):
        assert option in section, option
    assert "--lang {en,ru}" in text
    assert "--lang {en,ru}" in build_parser()._subparsers._group_actions[0].choices["compare"].format_help()


def test_lang_before_files_goes_to_the_reader_by_the_environment(monkeypatch):
    monkeypatch.delenv("VERSUS_LANG", raising=False)
    assert _language_to_environment(["--lang", "ru", "a.txt", "b.txt"]) == ["a.txt", "b.txt"]
    import os

    assert os.environ["VERSUS_LANG"] == "ru"
    assert _language_to_environment(["--lang=en", "a.txt"]) == ["a.txt"] and os.environ["VERSUS_LANG"] == "en"


def help_text(capsys, *argv: str) -> tuple[int, str, str]:
    """``versus ARGV`` that argparse ends (help, usage errors): its exit status and output."""
    with pytest.raises(SystemExit) as ended:
        main(list(argv))
    out = capsys.readouterr()
    return ended.value.code, out.out, out.err


def test_help_in_russian_with_lang_anywhere(capsys, locale, monkeypatch):
    locale("en_US.UTF-8")
    monkeypatch.setenv("COLUMNS", "80")
    status, out, _ = help_text(capsys, "--help", "--lang", "ru")
    assert status == 0
    assert out.startswith(
        "использование: versus [-h] [--version] [--lang {en,ru}] COMMAND ...\n\n"
        "Сравнение версий новостного сообщения по предложениям и по словам. Без команды "
        "`versus [ФАЙЛ...]` открывает настольное приложение.\n\n"
        "параметры:\n"
        "  -h, --help      показать эту справку и выйти\n"
        "  --version       показать номер версии программы и выйти\n")
    assert "\nпараметры настольного приложения (versus [ПАРАМЕТРЫ] [ФАЙЛ...]):\n" in out
    assert "\nпримеры:\n" in out


def test_command_help_in_russian_by_the_locale(capsys, locale, monkeypatch):
    locale("ru_RU.UTF-8")
    monkeypatch.setenv("COLUMNS", "80")
    status, out, _ = help_text(capsys, "compare", "--help")
    assert status == 0
    assert out.startswith("использование: versus compare [-h] [-o PATH]")
    lines = out.splitlines()
    for line in ("позиционные аргументы:",
                 "  A                     первая (левая) версия; - читает стандартный ввод",
                 "  -h, --help            показать эту справку и выйти",
                 "вывод:",
                 "параметры сравнения (что считать одинаковым):",
                 "  --case-sensitive      выключить «Не учитывать регистр» (по умолчанию",  # the menu's words
                 "  --ignore-punctuation  включить «Не учитывать пунктуацию» (по умолчанию",
                 "код возврата:"):
        assert line in lines, line
    from reader.export.json_export import SCHEMA

    assert f'  json   всё сравнение с устойчивыми ключами, схема "{SCHEMA}", описана в' in lines


def test_usage_errors_in_russian_then_english_again(capsys, locale, monkeypatch):
    locale("en_US.UTF-8")
    monkeypatch.setenv("COLUMNS", "80")
    status, out, err = help_text(capsys, "compare", "a.txt", "--lang=ru")
    assert (status, out) == (2, "")
    assert err.startswith("использование: versus compare ")
    assert err.endswith("\nversus compare: ошибка: обязательные аргументы не указаны: B\n")
    status, _, err = help_text(capsys, "compare", "a.txt", "b.txt", "--color", "red", "--lang", "ru")
    assert status == 2
    assert err.endswith("\nversus compare: ошибка: аргумент --color/--colour: недопустимое значение: 'red' "
                        "(выберите из 'auto', 'always', 'never')\n")
    status, _, err = help_text(capsys, "compare", "a.txt")  # argparse's own words are English again
    assert status == 2
    assert err.startswith("usage: versus compare ")
    assert err.endswith("\nversus compare: error: the following arguments are required: B\n")


def test_every_help_text_has_a_russian_translation(monkeypatch):
    import reader.i18n

    asked: list[str] = []
    lookup = reader.i18n.translate

    def recording(context: str, text: str, lang: str | None = None) -> str:
        if context == "cli-help":
            asked.append(text)
        return lookup(context, text, lang)

    monkeypatch.setattr(reader.i18n, "translate", recording)
    build_parser("ru")
    assert len(asked) > 50
    assert [text for text in asked if (("cli-help", text) not in reader.i18n.catalog("ru"))] == []


def test_the_import_summary_in_russian(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Совет решил строить мост через реку.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    status, out, err = run(capsys, "import", "--library", str(tmp_path / "lib.db"), "--lang", "ru",
                           str(article), str(tmp_path / "empty.txt"))
    assert status == 0 and err == "empty.txt: файл пуст\n".replace("empty.txt", str(tmp_path / "empty.txt"))
    assert out.startswith("2 из 2 файлов: добавлено 1, пропущено повторов 0, ошибок 1 за ")
    assert out.rstrip().endswith(" в секунду")


def test_the_reader_s_own_help_in_russian(monkeypatch, capsys):
    """`versus FILE --help` goes to the reader's parser (reader.app): in Russian too."""
    import pytest

    from reader.app import main as app_main

    monkeypatch.setenv("VERSUS_LANG", "ru")
    with pytest.raises(SystemExit) as ended:
        app_main(["--help"])
    out = capsys.readouterr().out
    assert ended.value.code == 0
    assert out.startswith("использование: versus [-h] [--config-dir DIR]")
    assert "  FILE                  текстовые файлы или папки, которые нужно открыть\n" in out
    assert "  -h, --help            показать эту справку и выйти\n" in out
    monkeypatch.setenv("VERSUS_LANG", "en")
    with pytest.raises(SystemExit):
        app_main(["--help"])
    assert "  FILE                  text files or folders to open\n" in capsys.readouterr().out
