"""Word-level diff inside an aligned pair of sentence runs.

Tokens (words, punctuation, and white space when it matters) are compared on their
normalised keys with a minimal diff (Myers; difflib's SequenceMatcher past a work cap); the
result is turned back into ranges of the original text, so each side's ops tile its span
exactly. Clean-up, so that the ops are the ones a human editor would mark: adjacent changes
are one replace; a one-word equal island is folded only between two changes that both put
words in place of words ("A x B" -> "C x D"); matching punctuation always stays equal.
The diff always sees the two sequences in a canonical order: swapping the sides swaps the
result exactly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from itertools import accumulate
from typing import Any, TypeAlias

from reader.core.model import WordOp
from reader.core.normalize import is_punctuation, key_function
from reader.core.options import Options
from reader.core.segment import TOKEN_PLAIN_RE, TOKEN_RE

_WORD_START = re.compile(r"\w")


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


# Myers' O(ND) diff finds a minimal edit script (a longest common subsequence), which difflib's
# longest-block-first matching does not always do. Its work grows with the number of edits
# times the length, so past this many steps (about 200 edits in a sentence, or a few in a
# very long run) difflib is used instead: a few milliseconds at most, then a fast fallback.
_MYERS_WORK = 50_000


Opcode: TypeAlias = Sequence[Any]  # (tag, i1, i2, j1, j2), as a tuple or a list


def _opcodes(a: list[str], b: list[str]) -> Sequence[Opcode]:
    if a == b:
        return [("equal", 0, len(a), 0, len(b))] if a else []
    if b < a:  # canonical order, then swap back: the result does not depend on which side is which
        flip = {"insert": "delete", "delete": "insert"}
        return [(flip.get(t, t), j1, j2, i1, i2) for t, i1, i2, j1, j2 in _canonical_opcodes(b, a)]
    return _canonical_opcodes(a, b)


def _canonical_opcodes(a: list[str], b: list[str]) -> Sequence[Opcode]:
    n, m = len(a), len(b)
    head = 0
    while head < n and head < m and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < n - head and tail < m - head and a[n - 1 - tail] == b[m - 1 - tail]:
        tail += 1
    mid_a, mid_b = a[head:n - tail], b[head:m - tail]
    blocks = _myers_blocks(mid_a, mid_b)
    if blocks is None:
        blocks = [(blk.a, blk.b, blk.size) for blk in SequenceMatcher(None, mid_a, mid_b, autojunk=False).get_matching_blocks()
                  if blk.size]
    blocks = [(i + head, j + head, size) for i, j, size in blocks]
    if head:
        blocks.insert(0, (0, 0, head))
    if tail:
        blocks.append((n - tail, m - tail, tail))
    return _slide(_blocks_to_opcodes(blocks, n, m), a, b)


def _myers_blocks(a: list[str], b: list[str]) -> list[tuple[int, int, int]] | None:
    """Matching blocks (i, j, size) of a minimal diff of ``a`` and ``b``, or None when finding
    it would take more than ``_MYERS_WORK`` steps."""
    n, m = len(a), len(b)
    v = {1: 0}  # diagonal k = x - y -> furthest x reached on it
    trace = []
    work = 0
    for d in range(n + m + 1):
        trace.append(v.copy())
        work += d + 1  # one step per diagonal, and one per token of each snake
        if work > _MYERS_WORK:
            return None
        for k in range(-d, d + 1, 2):
            if k == -d or (k != d and v[k - 1] < v[k + 1]):
                x = v[k + 1]  # down: a token of b inserted
            else:
                x = v[k - 1] + 1  # right: a token of a deleted
            y = start = x - k
            while x < n and y < m and a[x] == b[y]:
                x += 1
                y += 1
            v[k] = x
            work += y - start
            if x >= n and y >= m:
                return _backtrack(trace, n, m)
    return None  # not reached: d = n + m always ends


def _backtrack(trace: list[dict[int, int]], x: int, y: int) -> list[tuple[int, int, int]]:
    """Walk the furthest-reaching paths back from the end, collecting the diagonal runs."""
    blocks = []
    for d in range(len(trace) - 1, -1, -1):
        k = x - y
        if d == 0:
            mx = my = px = py = 0
        else:
            v = trace[d]
            if k == -d or (k != d and v[k - 1] < v[k + 1]):
                px = v[k + 1]
                py = px - k - 1
                mx, my = px, py + 1
            else:
                px = v[k - 1]
                py = px - k + 1
                mx, my = px + 1, py
        if x > mx:
            blocks.append((mx, my, x - mx))
        x, y = px, py
    blocks.reverse()
    return blocks


def _blocks_to_opcodes(blocks: list[tuple[int, int, int]], n: int, m: int) -> list[tuple[str, int, int, int, int]]:
    ops = []
    i = j = 0
    for bi, bj, size in blocks + [(n, m, 0)]:
        if i < bi and j < bj:
            ops.append(("replace", i, bi, j, bj))
        elif i < bi:
            ops.append(("delete", i, bi, j, j))
        elif j < bj:
            ops.append(("insert", i, i, j, bj))
        if size:
            ops.append(("equal", bi, bi + size, bj, bj + size))
        i, j = bi + size, bj + size
    return ops


def _slide(ops: list[tuple[str, int, int, int, int]], a: list[str], b: list[str]) -> list[list[Any]]:
    """Among equally short diffs, prefer fewer ops: an insert or delete whose tail repeats the
    equal run before it moves up over that run, next to the change (or the start) before it.

    "в Москве и в Казани" -> "в Казани" deletes "в Москве и" rather than "Москве и в" between
    two equal words; with white space compared, "основанная, прежде всего, на" -> "основанная на"
    deletes ", прежде всего," in one piece.
    """
    out: list[list] = []
    for step in ops:
        op: list = list(step)
        if op[0] in ("insert", "delete") and out and out[-1][0] == "equal":
            before = out[-1]
            seq, s1, s2 = (a, op[1], op[2]) if op[0] == "delete" else (b, op[3], op[4])
            size = before[2] - before[1]
            if seq[s1 - size:s1] == seq[s2 - size:s2]:
                out.pop()
                if op[0] == "delete":
                    op = ["delete", before[1], op[2] - size, before[3], before[3]]
                    after = ["equal", op[2], op[2] + size, before[3], before[4]]
                else:
                    op = ["insert", before[1], before[1], before[3], op[4] - size]
                    after = ["equal", before[1], before[2], op[4], op[4] + size]
                out.append(op)
                out.append(after)
                continue
        if op[0] == "equal" and out and out[-1][0] == "equal":
            out[-1][2], out[-1][4] = op[2], op[4]
        else:
            out.append(op)
    return out


def _is_word(key: str) -> bool:
    return _WORD_START.match(key) is not None


def _word_change(op: list, a: list[str], b: list[str]) -> bool:
    """A change that puts words in place of words (not a bare insert, delete or punctuation)."""
    return (op[0] != "equal" and any(map(_is_word, a[op[1]:op[2]]))
            and any(map(_is_word, b[op[3]:op[4]])))


def _foldable(island: list, ops: list[list], a: list[str], b: list[str]) -> bool:
    """Whether the equal ``island`` between the last two changes of ``ops`` reads better inside them.

    White space alone always does (with ``ignore_whitespace`` the two would be one change);
    one word only between two word changes ("A x B" -> "C x D" is one replace); punctuation
    never: a matching comma or dash stays equal.
    """
    words = 0
    for key in a[island[1]:island[2]]:
        if _is_word(key):
            words += 1
        elif key.strip():
            return False  # punctuation (or an invisible mark) that matches
    if words == 0:
        return True
    return words == 1 and _word_change(ops[-1], a, b) and _word_change(ops[-3], a, b)


def _fold_islands(ops: Sequence[Opcode], a: list[str], b: list[str]) -> list[list]:
    """Merge adjacent changes into one replace, then change + foldable island + change."""
    merged: list[list] = []
    for op in ops:
        if merged and op[0] != "equal" and merged[-1][0] != "equal":
            merged[-1] = ["replace", merged[-1][1], op[2], merged[-1][3], op[4]]
        else:
            merged.append(list(op))
    out: list[list] = []
    for op in merged:
        out.append(op)
        while len(out) >= 3 and out[-1][0] != "equal" and out[-2][0] == "equal" and out[-3][0] != "equal":
            if not _foldable(out[-2], out, a, b):
                break
            third = out.pop()
            out.pop()
            first = out.pop()
            out.append(["replace", first[1], third[2], first[3], third[4]])
    for op in out:
        if op[0] == "replace" and op[1] == op[2]:
            op[0] = "insert"
        elif op[0] == "replace" and op[3] == op[4]:
            op[0] = "delete"
    return out


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
        if (tag == "insert" and le > ls) or (tag == "delete" and re_ > rs):
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
