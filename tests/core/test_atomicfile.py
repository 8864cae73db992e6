from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from reader.core import atomicfile
from reader.core.atomicfile import atomic_open, atomic_write_text

posix_only = pytest.mark.skipif(os.name != "posix", reason="permission bits and umask are POSIX")


def test_writes_and_replaces(tmp_path):
    target = tmp_path / "sub" / "out.txt"
    atomic_write_text(target, "first\n")
    atomic_write_text(target, "second\r\n")
    assert target.read_bytes() == b"second\r\n"
    assert os.listdir(target.parent) == ["out.txt"]


def test_never_touches_the_umask(tmp_path, monkeypatch):
    def forbidden(mask):
        raise AssertionError("os.umask is process-wide: other threads' new files would get this mask")

    monkeypatch.setattr(os, "umask", forbidden)
    atomic_write_text(tmp_path / "new.txt", "x")
    atomic_write_text(tmp_path / "new.txt", "y")
    assert (tmp_path / "new.txt").read_text() == "y"


@posix_only
@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077, 0o002])
def test_new_file_gets_the_default_mode(tmp_path, umask):
    # the umask is set in a child process: changing it here would race with other threads
    target = tmp_path / "new.txt"
    code = ("import os, sys; os.umask(int(sys.argv[2], 8)); "
            "from reader.core.atomicfile import atomic_write_text; atomic_write_text(sys.argv[1], 'x'); "
            "open(sys.argv[1] + '.plain', 'w').close()")
    subprocess.run([sys.executable, "-c", code, str(target), oct(umask)[2:]], check=True)
    mode = stat.S_IMODE(target.stat().st_mode)
    assert mode == 0o666 & ~umask
    assert mode == stat.S_IMODE((tmp_path / "new.txt.plain").stat().st_mode)  # as open() would make it


@posix_only
@pytest.mark.parametrize("mode", [0o600, 0o644, 0o640, 0o755])
def test_existing_mode_is_kept(tmp_path, mode):
    target = tmp_path / "old.txt"
    target.write_text("old")
    target.chmod(mode)
    atomic_write_text(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == mode


@pytest.mark.parametrize("exists", [False, True])
def test_failure_leaves_target_and_no_temp_file(tmp_path, exists):
    target = tmp_path / "out.txt"
    if exists:
        target.write_text("before")
    with pytest.raises(RuntimeError), atomic_open(target) as fh:
        fh.write("half of it")
        raise RuntimeError("boom")
    assert os.listdir(tmp_path) == (["out.txt"] if exists else [])
    if exists:
        assert target.read_text() == "before"


def test_failed_replace_removes_temp_file(tmp_path, monkeypatch):
    def failing_replace(src, dst):
        raise OSError("disk gone")

    monkeypatch.setattr(atomicfile.os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk gone"):
        atomic_write_text(tmp_path / "out.txt", "x")
    assert os.listdir(tmp_path) == []


def test_fsyncs_before_replacing(tmp_path, monkeypatch):
    calls = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(atomicfile.os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(atomicfile.os, "replace", lambda a, b: (calls.append("replace"), real_replace(a, b))[1])
    atomic_write_text(tmp_path / "out.txt", "x")
    assert calls == ["fsync", "replace"]


def test_temp_name_collision_is_retried(tmp_path, monkeypatch):
    names = iter(["aaaaaaaa", "aaaaaaaa", "bbbbbbbb"])
    monkeypatch.setattr(atomicfile, "_token", lambda: next(names))
    (tmp_path / ".out.txt.aaaaaaaa.tmp").write_text("someone else's")
    atomic_write_text(tmp_path / "out.txt", "x")
    assert (tmp_path / "out.txt").read_text() == "x"
    assert (tmp_path / ".out.txt.aaaaaaaa.tmp").read_text() == "someone else's"


def test_a_missing_folder_is_an_error_when_folders_are_not_to_be_made(tmp_path):
    target = tmp_path / "gone" / "out.html"
    with pytest.raises(FileNotFoundError), atomic_open(target, "w", make_folders=False) as fh:
        fh.write("x")
    assert not (tmp_path / "gone").exists()
