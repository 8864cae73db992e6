"""Dropped files: what a drag carries and whether to accept it."""

from __future__ import annotations

from PySide6.QtCore import QMimeData


def local_paths(mime: QMimeData) -> list[str]:
    """The local files and folders a drag carries (web links and text are not ours)."""
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []


def accept_file_drag(event) -> None:
    """Accept a drag-enter or drag-move event when it carries local files, else ignore it."""
    if local_paths(event.mimeData()):
        event.acceptProposedAction()
    else:
        event.ignore()
