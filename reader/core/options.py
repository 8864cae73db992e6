"""Comparison options: what counts as "the same" when building comparison keys.

Views always show the original text; these only shape the keys that are compared.

``OPTION_SPECS`` names, labels and explains each user-facing field once: the `versus compare`
flags (reader/cli/compare.py) and the reader's Options menu and toolbar take their text from it.
"""

from __future__ import annotations

import re
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
    def from_dict(cls, data: dict) -> Options:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    def with_(self, **changes) -> Options:
        return replace(self, **changes)

    @classmethod
    def exact(cls) -> Options:
        """Every normalisation off: compare the text as written."""
        return cls(ignore_case=False, unify_quotes=False, unify_dashes=False, yo_as_ye=False,
                   ignore_whitespace=False, ignore_punctuation=False)



@dataclass(frozen=True)
class OptionSpec:
    """How one Options field is offered to people.

    ``flag`` is the `versus compare` flag: for a bool field a switch that sets the field to the
    opposite of its default, otherwise a flag taking a value (``metavar``). ``label`` is the
    menu text, with ``&`` before the access key (Qt's convention; ``text`` drops it); ``short``
    the toolbar's text, if the option has a toolbar button; ``help`` says what the option does
    when it is on (a tool tip, and the explanation behind the flag's help).
    """

    name: str
    flag: str
    label: str
    help: str
    short: str = ""
    metavar: str = ""

    @property
    def text(self) -> str:
        """The label without its access-key marker."""
        return re.sub(r"&(.)", r"\1", self.label)

    @property
    def default(self):
        return getattr(Options(), self.name)

    @property
    def is_switch(self) -> bool:
        return isinstance(self.default, bool)


# One spec per Options field, in menu order (tests/test_cli.py checks). A field that is not for
# people to set would say so with field(..., metadata={"internal": True}); there is none yet.
OPTION_SPECS: tuple[OptionSpec, ...] = (
    OptionSpec("ignore_case", "--case-sensitive", "Ignore &case",
               "Upper and lower case count as the same (Cyrillic too)", short="case"),
    OptionSpec("unify_quotes", "--keep-quotes", "Same &quotes",
               "« » “ ” „ \" ' all count as the same quote", short="quotes"),
    OptionSpec("unify_dashes", "--keep-dashes", "Same &dashes",
               "— – − - all count as the same dash", short="dashes"),
    OptionSpec("yo_as_ye", "--keep-yo", "ё = &е", "ё counts as е", short="ё/е"),
    OptionSpec("ignore_whitespace", "--keep-whitespace", "Ignore &spacing",
               "No-break spaces, runs of spaces and soft hyphens are ignored", short="spacing"),
    OptionSpec("ignore_punctuation", "--ignore-punctuation", "Ignore &punctuation",
               "Punctuation is left out of the comparison", short="punctuation"),
    OptionSpec("detect_boilerplate", "--no-boilerplate", "Detect &boilerplate",
               "Recognise page clutter (menus, tickers, credits) and keep it out of the comparison",
               short="Detect clutter"),
    OptionSpec("match_threshold", "--threshold", "Match &threshold",
               "The least match score (0..1) for two sentences to be paired", metavar="T"),
    OptionSpec("max_file_size", "--max-size", "Largest &file",
               "Larger files are refused", metavar="SIZE"),
)
OPTION_SPEC = {spec.name: spec for spec in OPTION_SPECS}
