"""Direct quotes: finding them and their attribution in one text (``find``)."""

from reader.core.quotes.find import Found, find_quotes

__all__ = ["Found", "find_quotes"]
