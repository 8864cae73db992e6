"""Comparison options: what counts as "the same" when building comparison keys.

Views always show the original text; these only shape the keys that are compared.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace


@dataclass(frozen=True)
class Options:
    ignore_case: bool = True          # Unicode case folding (Cyrillic too)
    unify_quotes: bool = True         # «» “” „ ‹› ' " ` all become "
    unify_dashes: bool = True         # — – − ‒ ― ‐ - all become -
    yo_as_ye: bool = True             # ё → е
    ignore_whitespace: bool = True    # nbsp, thin spaces, runs of spaces; soft hyphens dropped
    ignore_punctuation: bool = False  # drop punctuation tokens entirely
    detect_boilerplate: bool = True   # mark page clutter (tickers, link lists, credits)
    match_threshold: float = 0.3      # least match score (0..1, align.py) to pair two sentences
    max_file_size: int = 50 * 1024 * 1024  # bytes; larger files are refused

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Options":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    def with_(self, **changes) -> "Options":
        return replace(self, **changes)

    @classmethod
    def exact(cls) -> "Options":
        """Every normalisation off: compare the text as written."""
        return cls(ignore_case=False, unify_quotes=False, unify_dashes=False, yo_as_ye=False,
                   ignore_whitespace=False, ignore_punctuation=False)
