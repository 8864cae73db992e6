"""Versus: a reader for comparing versions of a news report."""

__version__ = "0.1.0"
APP_NAME = "Versus"
