"""`versus import|list|search|groups` through the real command-line parser."""

from __future__ import annotations

import os

import pytest

from reader.cli import main


@pytest.fixture
def corpus(tmp_path, sample_texts):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "clean.txt").write_text(sample_texts[0], encoding="utf-8")
    (folder / "scraped.txt").write_text(sample_texts[1], encoding="utf-8")
    (folder / "english.md").write_text("# Bridge vote\n\nThe council voted to build the bridge.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


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


def test_bad_input_exits_2_with_one_line(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "import", str(tmp_path / "nope"), "--library", db)[::2] == (
        2, f"versus: {tmp_path / 'nope'}: no such file or folder\n")
    assert run(capsys, "search", "!!!", "--library", db)[::2] == (2, "versus: nothing to search for\n")
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
