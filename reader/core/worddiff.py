"""Word-level diff inside an aligned pair of sentence runs.

Tokens (words, punctuation, and white space when it matters) are compared on their
normalised keys with difflib's SequenceMatcher; the result is turned back into ranges of the
original text, so each side's ops tile its span exactly. Clean-up: an equal island of at
most one word between two changes is folded into them, which reads better than a patchwork.
SequenceMatcher is not symmetric on ties, so it always sees the two sequences in a canonical
order: swapping the sides swaps the result exactly.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from itertools import accumulate

from reader.core.model import WordOp
from reader.core.normalize import is_punctuation, key_function
from reader.core.options import Options
from reader.core.segment import TOKEN_PLAIN_RE, TOKEN_RE


def comparable_tokens(text: str, start: int, end: int, options: Options) -> tuple[list[str], list[int]]:
    """The keys of the tokens that take part in comparison, and their start offsets.

    White space is left out when ``ignore_whitespace`` is set, punctuation when
    ``ignore_punctuation`` is; a left-out token belongs to the range of the token before it.
    """
    key_of = key_function(options)
    if not options.ignore_punctuation:
        # the common case, without a match object per token: offsets from the tokens' lengths
        pieces = TOKEN_PLAIN_RE.findall(text, start, end)
        starts = list(accumulate(map(len, pieces), initial=start))
        starts.pop()
        keys = list(map(key_of, pieces))
        if not options.ignore_whitespace:
            return keys, starts
        # white space, soft hyphens and zero-width characters all have blank keys
        kept = [k for k, key in enumerate(keys) if key.strip()]
        return [keys[k] for k in kept], [starts[k] for k in kept]
    keys = []
    starts = []
    for m in TOKEN_RE.finditer(text, start, end):
        kind = m.lastgroup
        piece = m.group()
        if kind == "space":
            if options.ignore_whitespace:
                continue
        elif kind == "punct" or is_punctuation(piece):
            continue
        key = key_of(piece)
        if options.ignore_whitespace and not key.strip():
            continue  # soft hyphens, zero-width characters
        keys.append(key)
        starts.append(m.start())
    return keys, starts


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    if a == b:
        return [("equal", 0, len(a), 0, len(b))] if a else []
    if b < a:  # canonical order, then swap back
        ops = SequenceMatcher(None, b, a, autojunk=False).get_opcodes()
        flip = {"insert": "delete", "delete": "insert"}
        return [(flip.get(t, t), j1, j2, i1, i2) for t, i1, i2, j1, j2 in ops]
    return SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def _is_word(key: str) -> bool:
    return bool(key.strip()) and not is_punctuation(key)


def _has_word(op: list, a: list[str], b: list[str]) -> bool:
    return any(_is_word(k) for k in a[op[1]:op[2]]) or any(_is_word(k) for k in b[op[3]:op[4]])


def _fold_islands(ops: list[list], a: list[str], b: list[str]) -> list[list]:
    """Merge change + equal island of one word + change into one replace.

    Only where a neighbouring change touches words: a word between two changed quote marks
    stays equal, so the view shows just the quotes.
    """
    out: list[list] = []
    for op in ops:
        out.append(list(op))
        while len(out) >= 3 and out[-1][0] != "equal" and out[-3][0] != "equal" and out[-2][0] == "equal":
            island = a[out[-2][1]:out[-2][2]]
            if sum(1 for k in island if _is_word(k)) > 1:
                break
            if not (_has_word(out[-1], a, b) or _has_word(out[-3], a, b)):
                break
            third = out.pop()
            out.pop()
            first = out.pop()
            out.append(["replace", first[1], third[2], first[3], third[4]])
    # adjacent changes (e.g. delete then insert) read as one replace
    merged: list[list] = []
    for op in out:
        if merged and op[0] != "equal" and merged[-1][0] != "equal":
            merged[-1] = ["replace", merged[-1][1], op[2], merged[-1][3], op[4]]
        else:
            merged.append(op)
    for op in merged:
        if op[0] == "replace" and op[1] == op[2]:
            op[0] = "insert"
        elif op[0] == "replace" and op[3] == op[4]:
            op[0] = "delete"
    return merged


def word_ops(left_text: str, left_span: tuple[int, int], right_text: str,
             right_span: tuple[int, int], options: Options) -> tuple[WordOp, ...]:
    """Ops tiling ``left_text[left_span]`` and ``right_text[right_span]``."""
    a, astarts = comparable_tokens(left_text, *left_span, options)
    b, bstarts = comparable_tokens(right_text, *right_span, options)
    ops = _fold_islands(_opcodes(a, b), a, b)

    def bound(starts: list[int], span: tuple[int, int], k: int) -> int:
        if k >= len(starts):
            return span[1]
        return span[0] if k == 0 else starts[k]

    if not ops:
        return (WordOp("equal", *left_span, *right_span),)
    result = []
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        ls = left_span[0] if n == 0 else bound(astarts, left_span, i1)
        rs = right_span[0] if n == 0 else bound(bstarts, right_span, j1)
        le, re_ = bound(astarts, left_span, i2), bound(bstarts, right_span, j2)
        if tag == "insert" and le > ls or tag == "delete" and re_ > rs:
            tag = "replace"  # left-out tokens (white space, punctuation) gave it a body
        result.append([tag, ls, le, rs, re_])
    if options.ignore_whitespace:
        _trim_trailing_space(result, left_text, right_text)
    return tuple(WordOp(*op) for op in result)


def _trim_trailing_space(ops: list[list], left_text: str, right_text: str) -> None:
    """Hand the white space that ends a change to the equal op after it (highlight words only)."""
    for k in range(len(ops) - 1):
        op, nxt = ops[k], ops[k + 1]
        if op[0] == "equal" or nxt[0] != "equal":
            continue
        for s, e, text in ((1, 2, left_text), (3, 4, right_text)):
            end = op[e]
            while end > op[s] and text[end - 1].isspace():
                end -= 1
            op[e] = nxt[s] = end
        if op[1] == op[2] and op[3] == op[4]:
            op[0] = "equal"  # only white space was left, and the options ignore it
