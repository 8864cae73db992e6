"""A guard against a reference-counting bug in PySide6 6.12 on CPython 3.11.

With that combination every call to a Qt method returning ``void`` takes one reference from
``None`` and every signal ``emit()`` one from ``True``/``False`` without giving it back, so a
running GUI dies after some tens of thousands of calls with "Fatal Python error: none_dealloc"
(see tests/ui/test_qtfix.py). From CPython 3.12 these singletons are immortal and the bug is
harmless; on older versions we give them a reference count so large that no session can use
it up. Import this before making any Qt calls; it does nothing where it is not needed.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 48
_done = False


def immortalise_singletons() -> bool:
    """Raise the reference counts of None, True and False once; True if it did."""
    global _done
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython
        ctypes.c_ssize_t.from_address(id(obj)).value += _RESERVE
    _done = True
    return True


immortalise_singletons()
