"""Interpreter settings while background jobs run, shared by every kind of job.

While a worker thread runs Python, the UI thread needs the GIL back for every paint and every
call into Python (PySide takes it for each overridden virtual, e.g. a model's ``data()``). At
CPython's default 5 ms switch interval a frame with ~100 such entries waits half a second; at
0.2 ms it waits ~20 ms. The cyclic garbage collector, when a full collection falls due in the
worker, holds the GIL for 60-90 ms on a large heap; jobs build acyclic data that reference
counting frees, so automatic collection pauses meanwhile.

``begin()``/``end()`` nest: the comparer and the file loader may run at the same time, and the
settings come back when the last of them ends. UI thread only.
"""

from __future__ import annotations

import gc
import sys

SWITCH_INTERVAL = 0.0002

_depth = 0
_saved_interval = 0.005
_gc_was_enabled = True


def begin() -> None:
    global _depth, _saved_interval, _gc_was_enabled
    if _depth == 0:
        _saved_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(_saved_interval, SWITCH_INTERVAL))
        _gc_was_enabled = gc.isenabled()
        gc.disable()
    _depth += 1


def end() -> None:
    global _depth
    if _depth == 0:
        return
    _depth -= 1
    if _depth == 0:
        sys.setswitchinterval(_saved_interval)
        if _gc_was_enabled:
            gc.enable()


def depth() -> int:
    return _depth
