"""Comparison options: what counts as "the same" when building comparison keys.

Views always show the original text; these only shape the keys that are compared.

``OPTION_SPECS`` names, labels and explains each user-facing field once: the `versus compare`
flags (reader/cli/compare.py) and the reader's Options menu and toolbar take their text from it.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace

MAX_FILE_SIZE_LIMIT = 1 << 40  # no size limit above 1 TiB is taken from a settings file


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
    def from_dict(cls, data: object, problems: list[str] | None = None) -> Options:
        """Options from a saved dict, field by field: an unknown name is passed over, a value of
        the wrong type or out of range is ignored (the default stays) and named in ``problems``.
        Never raises, whatever ``data`` is (settings files are edited by hand)."""
        if not isinstance(data, dict):
            if problems is not None and data not in (None, {}):
                problems.append("options")
            return cls()
        kept = {}
        for f in fields(cls):
            if f.name in data:
                if _valid_value(f.name, data[f.name]):
                    kept[f.name] = data[f.name]
                elif problems is not None:
                    problems.append(f"options.{f.name}")
        return cls(**kept)

    def with_(self, **changes) -> Options:
        return replace(self, **changes)

    @classmethod
    def exact(cls) -> Options:
        """Every normalisation off: compare the text as written."""
        return cls(ignore_case=False, unify_quotes=False, unify_dashes=False, yo_as_ye=False,
                   ignore_whitespace=False, ignore_punctuation=False)



def _valid_value(name: str, value: object) -> bool:
    """Whether ``value`` can stand for the Options field ``name``."""
    default = getattr(Options(), name)
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    if name == "match_threshold":
        return 0.0 <= value <= 1.0  # NaN fails both
    if name == "max_file_size":
        return isinstance(value, int) and 0 < value <= MAX_FILE_SIZE_LIMIT
    return isinstance(value, type(default))


@dataclass(frozen=True)
class OptionSpec:
    """How one Options field is offered to people.

    ``flag`` is the `versus compare` flag: for a bool field a switch that sets the field to the
    opposite of its default, otherwise a flag taking a value (``metavar``). ``label`` is the
    menu text, with ``&`` before the access key (Qt's convention; ``text`` drops it); ``short``
    the toolbar's text, if the option has a toolbar button: words of the label, so the menu and
    the toolbar name an option alike (the toolbar's "Ignore:" and "Clutter:" stand for the rest of the label);
    ``help`` says what the option does when it is on (a tool tip, and the explanation behind the flag's help).
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
    OptionSpec("unify_quotes", "--keep-quotes", "Ignore kind of &quotes",
               "« » “ ” „ \" ' all count as the same quote", short="quotes"),
    OptionSpec("unify_dashes", "--keep-dashes", "Ignore kind of &dashes",
               "— – − - all count as the same dash", short="dashes"),
    OptionSpec("yo_as_ye", "--keep-yo", "Ignore ё/&е", "ё counts as е", short="ё/е"),
    OptionSpec("ignore_whitespace", "--keep-whitespace", "Ignore &spacing",
               "No-break spaces, runs of spaces and soft hyphens are ignored", short="spacing"),
    OptionSpec("ignore_punctuation", "--ignore-punctuation", "Ignore &punctuation",
               "Punctuation is left out of the comparison", short="punctuation"),
    OptionSpec("detect_boilerplate", "--no-boilerplate", "Detect &clutter",
               "Recognise page clutter (menus, tickers, credits) and keep it out of the comparison",
               short="detect"),  # after the toolbar's "Clutter:"
    OptionSpec("match_threshold", "--threshold", "Match &threshold",
               "The least match score (0..1) for two sentences to be paired", metavar="T"),
    OptionSpec("max_file_size", "--max-size", "Largest &file",
               "Larger files are refused", metavar="SIZE"),
)
OPTION_SPEC = {spec.name: spec for spec in OPTION_SPECS}
