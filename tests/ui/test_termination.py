"""Ending the reader from outside (kill, log-out) keeps the session, like closing its window
(issue 12, point 4): the real program in a subprocess, offscreen, sent SIGTERM or SIGHUP."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


def wait_for(check, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out")


def read_settings(config: Path) -> dict:
    try:
        return json.loads((config / "settings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@posix_only
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_closes_the_window_and_saves_the_session(tmp_path, signum):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Мэр открыл новый мост через реку. Движение пустят в мае.", encoding="utf-8")
    b.write_text("Мэр открыл мост через реку. Движение по мосту пустят в июне.", encoding="utf-8")
    config = tmp_path / "config"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data")}
    log = (tmp_path / "stderr.txt").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "reader.app", "--config-dir", str(config), str(a), str(b)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)
    try:
        # the pair is written as soon as it is shown, before any signal
        session = wait_for(lambda: read_settings(config).get("session", {}).get("pair"))
        assert len(session) == 2
        assert "geometry" not in read_settings(config)  # the window's state is written at the end
        proc.send_signal(signum)
        assert proc.wait(timeout=60) == 0, (tmp_path / "stderr.txt").read_text(errors="replace")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        log.close()
    saved = read_settings(config)
    assert saved["session"]["pair"] == session
    assert {"geometry", "window_state", "options"} <= saved.keys()
    assert str(a.resolve()) in saved["session"]["files"]
