"""The desktop reader (PySide6). Everything Qt lives here, never in reader.core."""

from reader.ui import qtfix as _qtfix  # noqa: F401  (must run before any Qt call)
