"""Interpreter settings while background jobs run, shared by every kind of job.

While a worker thread runs Python, the UI thread needs the GIL back for every paint and every
call into Python (PySide takes it for each overridden virtual, e.g. a model's ``data()``). At
CPython's default 5 ms switch interval a frame with ~100 such entries waits half a second; at
0.2 ms it waits ~20 ms. The cyclic garbage collector, when a full collection falls due in the
worker, holds the GIL for 60-90 ms on a large heap; jobs build acyclic data that reference
counting frees, so automatic collection pauses meanwhile.

A job may import large modules the first time it needs them (SciPy, for the sentence scores
of a long text): tens of thousands of functions and classes that live as long as the program,
which every full collection would then scan (44 ms instead of 10 after a 1 MB comparison).
And a long job builds a large result: ~70,000 objects for a 1 MB comparison, all of them new
to the collector, whose first collection once it is back on would scan them on the UI thread
(15 ms on an idle machine, up to 80 on a busy one), right when the result is being shown,
then again as they age. When a job has imported modules, or more than ``FREEZE_AFTER``
objects have been made meanwhile, ``end()`` moves everything alive out of the collector's
sight (``gc.freeze()``, which costs nothing) before turning it back on; data built since is
collected as before. Frozen objects are still freed by reference counting when the result is
dropped (a comparison holds no reference cycles); what the freeze keeps for good is any cycle
that became garbage while the collector paused, a few small ones per job.

``begin()``/``end()`` nest: the comparer and the file loader may run at the same time, and the
settings come back when the last of them ends. UI thread only.
"""

from __future__ import annotations

import gc
import sys

SWITCH_INTERVAL = 0.0002
FREEZE_AFTER = 10_000  # objects made while the collector paused: more, and they are frozen

_depth = 0
_saved_interval = 0.005
_gc_was_enabled = True
_modules_frozen = 0  # len(sys.modules) at the last gc.freeze()


def begin() -> None:
    global _depth, _saved_interval, _gc_was_enabled, _modules_frozen
    if _depth == 0:
        _saved_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(_saved_interval, SWITCH_INTERVAL))
        _gc_was_enabled = gc.isenabled()
        gc.disable()
        _modules_frozen = _modules_frozen or len(sys.modules)
    _depth += 1


def end() -> None:
    global _depth, _modules_frozen
    if _depth == 0:
        return
    _depth -= 1
    if _depth == 0:
        sys.setswitchinterval(_saved_interval)
        if len(sys.modules) > _modules_frozen or gc.get_count()[0] > FREEZE_AFTER:
            gc.freeze()
            _modules_frozen = len(sys.modules)
        if _gc_was_enabled:
            gc.enable()
