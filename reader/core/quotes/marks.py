"""Quote marks in one paragraph: which open, which close, and which pairs they make.

Guillemets say which way they face; straight marks (" and ') and the English/German curly ones
do not always, so the characters around a mark decide: after a space or an opening bracket it
opens, before a space or punctuation it closes. That is what lets the same straight mark nest,
as in ``"… на второй план "живую" работу …"``: the inner pair opens after a space and closes
before one, the outer quote goes on. An apostrophe (between letters: it's, O'Brien, Кот-д'Ивуар)
is no mark at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.lazyre import lazy

MARKS = "«»„“”\"‘’'"
MARK_RE = lazy(f"[{MARKS}]")

# families: guillemets, low-9 („…“), English double (“…”), straight double, English single, straight single
DOUBLE = frozenset("GLCS")
OPENERS = {"G": "«", "L": "„", "C": "“”", "S": '"'}  # what re-opens a quote continued in a new paragraph

_OPEN_BEFORE = frozenset(" \t\n\u00a0([{«„“‘—–−-/")
_CLOSE_AFTER = frozenset(" \t\n\u00a0.,;:!?…)]}»”’—–−-\"'")


@dataclass(frozen=True)
class Local:
    """What one paragraph's marks make on their own.

    ``pairs``: every pair (opening offset, closing offset, family), at any depth.
    ``orphans``: closing marks with nothing open before them in the paragraph (the end of a quote
    opened in an earlier paragraph). ``tail``: the outermost double quote left open at the end.
    """

    pairs: tuple[tuple[int, int, str], ...]
    orphans: tuple[tuple[int, str], ...]
    tail: tuple[int, str] | None


def _role(ch: str, after_space: bool, before_space: bool, inside_word: bool,
          open_count: dict[str, int]) -> tuple[str, str] | None:
    """("open"|"close", family) for the mark ``ch`` (not a guillemet, those say which way they face),
    or None when it is no mark here."""
    if ch == '"':
        if after_space != before_space:
            return ("open", "S") if after_space else ("close", "S")
        return ("close", "S") if open_count["S"] else ("open", "S")
    if inside_word:
        return None  # an apostrophe, or a mark glued between two words
    if ch == "“":
        if open_count["L"] and not (after_space and not before_space):
            return "close", "L"
        return ("close", "C") if before_space and not after_space and open_count["C"] else ("open", "C")
    if ch == "”":
        if after_space and not before_space and not open_count["C"] and not open_count["L"]:
            return "open", "C"  # ”…” written with one character
        return "close", "C"
    if ch == "‘":
        return "open", "c"
    single = "c" if ch == "’" else "s"  # ’ and ': close a single quote that is open, open one before a word
    if before_space and not after_space:
        return ("close", single) if open_count[single] else None
    if after_space and not before_space and ch == "'":
        return "open", "s"
    return None


_CLOSES = {"G": "G", "L": "L", "C": "CL", "S": "S", "c": "c", "s": "s"}


def analyse(text: str, start: int, end: int, at: list[int] | None = None) -> Local:
    """Pair the quote marks of ``text[start:end]`` (one paragraph), in time linear in its marks.

    ``at``: where the characters of ``MARKS`` stand in the paragraph, if the caller knows.
    """
    stack: list[tuple[int, str]] = []
    open_count = dict.fromkeys("GLCScs", 0)  # how many of each family the stack holds
    pairs: list[tuple[int, int, str]] = []
    orphans: list[tuple[int, str]] = []
    for i in [m.start() for m in MARK_RE.finditer(text, start, end)] if at is None else at:
        ch = text[i]
        if ch in "«»„":
            kind, fam = ("close" if ch == "»" else "open"), ("L" if ch == "„" else "G")
        else:
            prev = text[i - 1] if i > start else " "
            nxt = text[i + 1] if i + 1 < end else " "
            role = _role(ch, prev in _OPEN_BEFORE, nxt in _CLOSE_AFTER, prev.isalnum() and nxt.isalnum(), open_count)
            if role is None:
                continue
            kind, fam = role
        if kind == "open":
            stack.append((i, fam))
            open_count[fam] += 1
        elif open_count[fam] or (fam == "C" and open_count["L"]):  # a family in _CLOSES[fam] is open
            closing = _CLOSES[fam]
            k = len(stack) - 1
            while stack[k][1] not in closing:
                k -= 1
            pairs.append((stack[k][0], i, stack[k][1]))
            for _, f in stack[k:]:  # what is left open inside ends here too (amortised: popped once)
                open_count[f] -= 1
            del stack[k:]
        elif fam in DOUBLE and not (open_count["G"] or open_count["L"] or open_count["C"] or open_count["S"]):
            orphans.append((i, fam))
    tail = next(((i, f) for i, f in stack if f in DOUBLE), None)
    return Local(tuple(pairs), tuple(orphans), tail)


def outermost(pairs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The pairs no other pair contains, in text order."""
    out: list[tuple[int, int, str]] = []
    for p in sorted(pairs):
        if out and p[1] < out[-1][1]:
            continue
        out.append(p)
    return out


def closes(fam: str, carried: str) -> bool:
    """Whether a closing mark of family ``fam`` can end a quote opened with family ``carried``."""
    return carried in _CLOSES[fam] or (fam == "C" and carried == "L")
