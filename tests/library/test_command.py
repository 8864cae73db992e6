"""`versus import|list|search|groups` through the real command-line parser."""

from __future__ import annotations

import os

import pytest

from reader.cli import main
from reader.library import Library


@pytest.fixture
def corpus(tmp_path, sample_texts):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "clean.txt").write_text(sample_texts[0], encoding="utf-8")
    (folder / "scraped.txt").write_text(sample_texts[1], encoding="utf-8")
    (folder / "english.md").write_text("# Bridge vote\n\nThe council voted to build the bridge.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(autouse=True)
def english(monkeypatch):
    """The commands' lines in English whatever the locale of the machine running the tests."""
    monkeypatch.setenv("VERSUS_LANG", "en")


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_import_list_search_groups(tmp_path, corpus, capsys):
    db = str(tmp_path / "lib.sqlite3")
    status, out, err = run(capsys, "import", str(corpus), "--library", db)
    assert status == 0
    assert out.startswith("4 of 4 files: 3 added, 0 duplicates skipped, 1 errors in ")
    assert err == f"{corpus / 'empty.txt'}: the file is empty\n"

    status, out, _ = run(capsys, "list", "--library", db, "--sort", "title")
    lines = out.splitlines()
    assert status == 0 and lines[-1] == "3 of 3 articles"
    assert [line.split("  ")[-1].strip() for line in lines[:-1]] == [
        "Bridge vote",
        "Партии нужна новая культура взаимоотношений, основанная на доверии и сотрудничестве - Токаев",
        'Энтузиасты с "горящими" глазами вынуждены уступить место апатичным функционерам, констатировал президент.',
    ]

    status, out, _ = run(capsys, "search", "bridge", "--library", db)
    assert (status, out.splitlines()) == (0, [
        "     2  Bridge vote", "        # [Bridge] vote The council voted to build the [bridge].", "1 of 1 matches"])

    status, out, _ = run(capsys, "groups", "--library", db, "--members")
    lines = out.splitlines()
    assert status == 0
    assert lines[0].startswith("group 1: 2 articles, 0 outlets  Энтузиасты")
    assert len(lines) == 4 and lines[-1] == "1 of 1 groups (threshold 0.3)"

    status, out, _ = run(capsys, "groups", "--library", db, "--threshold", "0.9")
    assert (status, out) == (0, "0 of 0 groups (threshold 0.9)\n")


def test_summaries_and_errors_in_russian(tmp_path, corpus, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "import", str(corpus), "--library", db, "--quiet")[0] == 0
    assert run(capsys, "list", "--library", db, "--lang", "ru")[1].splitlines()[-1] == "показано статей: 3 из 3"
    assert run(capsys, "--lang", "ru", "search", "bridge", "--library", db)[1].splitlines()[-1] == (
        "показано совпадений: 1 из 1")
    status, out, _ = run(capsys, "groups", "--library", db, "--lang", "ru")
    assert (status, out.splitlines()[-1]) == (0, "показано групп: 1 из 1 (порог 0.3)")
    assert out.startswith("группа 1: статей — 2, изданий — 0  Энтузиасты")
    assert run(capsys, "import", str(tmp_path / "nowhere.txt"), "--library", db, "--lang", "ru")[::2] == (
        2, f"versus: {tmp_path / 'nowhere.txt'}: нет такого файла или папки\n")
    assert run(capsys, "groups", "--threshold", "2", "--library", db, "--lang", "ru")[::2] == (
        2, "versus: порог должен быть больше 0 и не больше 1, а не 2.0\n")


def test_bad_input_exits_2_with_one_line(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "import", str(tmp_path / "nope"), "--library", db)[::2] == (
        2, f"versus: {tmp_path / 'nope'}: no such file or folder\n")
    assert run(capsys, "search", "!!!", "--library", db)[::2] == (2, "versus: nothing to search for\n")
    assert not os.path.exists(db)
    Library(db).close()
    assert run(capsys, "groups", "--threshold", "1.5", "--library", db)[::2] == (
        2, "versus: the threshold must be above 0 and at most 1, not 1.5\n")
    assert run(capsys, "list", "--collection", "nothing", "--library", db)[::2] == (
        2, "versus: no collection called 'nothing'\n")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    status, _, err = run(capsys, "list", "--library", str(junk))
    assert status == 2 and err.startswith(f"versus: {junk}: not a Versus library") and err.count("\n") == 1


def test_default_library_is_in_the_user_data_folder(tmp_path, corpus, capsys):
    assert run(capsys, "import", str(corpus / "english.md"))[0] == 0
    assert os.path.exists(tmp_path / "xdg-data" / "Versus" / "library.sqlite3")
    status, out, _ = run(capsys, "list")
    assert status == 0 and out.splitlines()[-1] == "1 of 1 articles"


def test_import_refuses_files_over_the_size_limit(tmp_path, capsys):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "small.txt").write_text("Короткая заметка о погоде в Москве.\n", encoding="utf-8")
    (corpus / "big.txt").write_text("Длинная заметка. " * 200, encoding="utf-8")
    db = str(tmp_path / "lib.sqlite3")
    status, out, err = run(capsys, "import", str(corpus), "--library", db, "--max-size", "1K")
    assert status == 0
    assert out.startswith("2 of 2 files: 1 added, 0 duplicates skipped, 1 errors in ")
    assert err.startswith(f"{corpus / 'big.txt'}: too large (")


def test_import_limits_what_one_archive_unpacks_to(tmp_path, capsys):
    import zipfile

    archive = tmp_path / "bomb.zip"
    texts = [(f"Заметка номер {i}. " + "Одно и то же. " * 40).encode("utf-8") for i in range(4)]
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for i, text in enumerate(texts):  # 949 bytes each, about 60 compressed
            zf.writestr(f"{i}.txt", text)
    assert len(texts[0]) == 949
    db = str(tmp_path / "lib.sqlite3")
    status, out, err = run(capsys, "import", str(archive), "--library", db, "--max-archive-size", "2000")
    assert status == 0
    assert out.startswith("4 of 4 files: 2 added, 0 duplicates skipped, 2 errors in ")
    refused = err.splitlines()
    assert [line.split(": ", 1)[0] for line in refused] == [f"{archive}::2.txt", f"{archive}::3.txt"]
    assert {line.split(": ", 1)[1] for line in refused} == {
        "the archive's texts pass the limit of 2.0 KB read from one archive"}


def test_read_commands_do_not_create_a_library(tmp_path, capsys):
    db = tmp_path / "typo.sqlite3"
    for argv in (["list"], ["search", "мост"], ["groups"], ["groups", "--threshold", "0.5"]):
        assert run(capsys, *argv, "--library", str(db))[::2] == (
            2, f"versus: no library at {db} (import files to create one)\n")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(("typo", ".typo"))] == []
    assert run(capsys, "list")[::2] == (
        2, f"versus: no library at {tmp_path / 'xdg-data' / 'Versus' / 'library.sqlite3'} (import files to create one)\n")
    assert not (tmp_path / "xdg-data" / "Versus").exists()


def test_import_exit_status(tmp_path, corpus, capsys):
    db = str(tmp_path / "lib.sqlite3")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "blank.md").write_text("   \n", encoding="utf-8")
    status, out, err = run(capsys, "import", str(bad), "--library", db)
    assert status == 1 and out.startswith("2 of 2 files: 0 added, 0 duplicates skipped, 2 errors in ")
    assert err.count("\n") == 2
    assert run(capsys, "import", str(corpus), "--library", db)[0] == 0           # 3 added, 1 error
    status, out, _ = run(capsys, "import", str(corpus), "--library", db)          # 3 duplicates, 1 error
    assert status == 0 and out.startswith("4 of 4 files: 0 added, 3 duplicates skipped, 1 errors in ")
    empty = tmp_path / "nothing"
    empty.mkdir()
    status, out, err = run(capsys, "import", str(empty), "--library", db)
    assert (status, err) == (1, f"{empty}: the folder holds no .txt, .md, .html or .zip files\n")
    assert out.startswith("1 of 1 files: 0 added, 0 duplicates skipped, 1 errors in ")


def test_import_prints_the_seconds_of_each_stage_when_asked(tmp_path, corpus, capsys):
    import re

    status, out, _ = run(capsys, "import", str(corpus), "--library", str(tmp_path / "a.sqlite3"), "--timings")
    summary, timings = out.splitlines()
    assert status == 0 and summary.startswith("4 of 4 files: 3 added")
    number = r"\d+\.\d"
    assert re.fullmatch(f"time per stage: reading and extracting {number} s, signatures {number} s, "
                        f"storing {number} s, full-text index {number} s, grouping {number} s, "
                        f"committing {number} s", timings), timings
    status, out, _ = run(capsys, "import", str(corpus), "--library", str(tmp_path / "b.sqlite3"), "--timings",
                         "--workers", "2", "--lang", "ru")
    number = r"\d+,\d"
    assert re.fullmatch(f"время по этапам: чтение и извлечение {number} с, сигнатуры {number} с, запись {number} с, "
                        f"полнотекстовый индекс {number} с, группировка {number} с, фиксация {number} с "
                        r"\(чтение и сигнатуры — сумма по 2 процессам\)", out.splitlines()[1]), out


def test_import_help_names_the_exit_statuses(capsys):
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = capsys.readouterr().out
    assert ("exit status:\n"
            "  0  every file imported, or some (the summary counts the errors)\n"
            "  1  nothing could be imported: every file given failed\n"
            "  2  bad usage, or the library cannot be used (missing, damaged, read-only, busy)\n") in out


ESCAPES = "\x1b]0;owned\x07\x1b[2J\u202e"


def test_terminal_escapes_in_articles_and_names_are_shown_not_obeyed(tmp_path, capsys):
    import zipfile

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil.md").write_text(f"# Мост{ESCAPES}через реку\n\nСовет решил{ESCAPES} строить мост.\n",
                                    encoding="utf-8")
    with zipfile.ZipFile(folder / "pack.zip", "w") as zf:
        zf.writestr(f"name{ESCAPES}.txt", "")
    db = str(tmp_path / "lib.sqlite3")
    status, out, err = run(capsys, "import", str(folder), "--library", db)
    assert status == 0 and "\x1b" not in err and "\u202e" not in err
    assert err == f"{folder / 'pack.zip'}::name\\x1b]0;owned\\x07\\x1b[2J\\u202e.txt: the file is empty\n"
    status, out, _ = run(capsys, "list", "--library", db)
    assert status == 0
    assert out.splitlines()[0].endswith("  Мост\\x1b]0;owned\\x07\\x1b[2J\\u202eчерез реку")
    status, out, _ = run(capsys, "search", "строить", "--library", db)
    shown = "\\x1b]0;owned\\x07\\x1b[2J\\u202e"
    assert (status, out.splitlines()) == (0, [
        f"     1  Мост{shown}через реку",
        f"        # Мост{shown}через реку Совет решил{shown} [строить]…",
        "1 of 1 matches"])
    status, out, _ = run(capsys, "groups", "--library", db)
    assert status == 0 and "\x1b" not in out
