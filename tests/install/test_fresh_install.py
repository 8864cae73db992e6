"""The package installs into a fresh virtual environment with the oldest pip we support, and
then every one of its modules imports: nothing it uses is present only because the development
environment happens to have it (issue 13, case 17: jusText's ``lxml[html_clean]`` extra, which
that pip did not resolve, broke every HTML import).

Slow (it installs the dependencies from the network or pip's cache), so it is marked
``install``: `make test-install` runs it, and `.ci/run` runs that after `make test`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OLDEST_PIP = "23.0.1"  # Debian 12's; README's prerequisites say pip 23 or newer

IMPORT_ALL = r"""
import importlib, pkgutil, sys
import reader
failed = []
for info in pkgutil.walk_packages(reader.__path__, "reader."):
    if info.name.endswith("__main__"):
        continue
    try:
        importlib.import_module(info.name)
    except Exception as exc:
        failed.append(f"{info.name}: {type(exc).__name__}: {exc}")
print("\n".join(failed))
sys.exit(1 if failed else 0)
"""

HTML_PAGE = (b"<html lang='ru'><head><title>Test</title></head><body><article><h1>Test</h1>"
             + b"<p>" + "Первый абзац статьи о выборах в парламент, достаточно длинный для извлечения. ".encode() * 4
             + b"</p><p>" + "Второй абзац, тоже с текстом, который нужен странице. ".encode() * 4
             + b"</p></article></body></html>")


@pytest.mark.install
def test_installs_with_the_oldest_pip_and_every_module_imports(tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")

    def run(*args: str, **kw) -> subprocess.CompletedProcess:
        return subprocess.run([str(python), *args], capture_output=True, text=True, timeout=1800, **kw)

    done = run("-m", "pip", "install", "--quiet", f"pip=={OLDEST_PIP}")
    assert done.returncode == 0, done.stderr
    done = run("-m", "pip", "install", "--quiet", str(ROOT))
    assert done.returncode == 0, done.stderr[-3000:]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = run("-c", IMPORT_ALL, cwd=tmp_path, env=env)  # not from the source tree
    assert done.returncode == 0, done.stdout + done.stderr
    assert "site-packages" in run("-c", "import reader; print(reader.__file__)", cwd=tmp_path).stdout

    page = tmp_path / "page.html"
    page.write_bytes(HTML_PAGE)
    versus = env_dir / ("Scripts/versus.exe" if os.name == "nt" else "bin/versus")
    done = subprocess.run([str(versus), "import", "--library", str(tmp_path / "lib.sqlite3"), str(page)],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path, env=env)
    assert done.returncode == 0 and "1 added" in done.stdout, done.stdout + done.stderr
    assert sys.version_info >= (3, 10)
