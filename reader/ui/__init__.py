"""The desktop reader (PySide6). Everything Qt lives here, never in reader.core."""
