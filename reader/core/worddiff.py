"""Word-level diff inside an aligned pair of sentence runs.

Tokens (words, punctuation, and white space when it matters) are compared on their
normalised keys with a minimal diff (Myers), and past its work cap with a bounded one that
stays linear on any input (`_Differ`: unique-token anchors, then short Myers legs); the
result is turned back into ranges of the original text, so each side's ops tile its span
exactly. Clean-up, so that the ops are the ones a human editor would mark: adjacent changes
are one replace; a one-word equal island is folded only between two changes that both put
words in place of words ("A x B" -> "C x D"); matching punctuation always stays equal.
The diff always sees the two sequences in a canonical order: swapping the sides swaps the
result exactly.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate
from typing import Any, TypeAlias

from reader.core.lazyre import lazy
from reader.core.model import WordOp
from reader.core.normalize import is_punctuation, key_function
from reader.core.options import Options
from reader.core.segment import TOKEN_PLAIN_RE, TOKEN_RE

_WORD_START = lazy(r"\w")


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
# times the length, so it runs exactly only up to this many steps (about 200 edits in a
# sentence, or a few in a very long run); every sentence of a real text stays well under it.
_MYERS_WORK = 50_000
# Past that the diff is bounded (`_Differ`): at most this many steps per token in all, plus
# one more exact attempt; what is left when they are spent is one replace.
_LINEAR_WORK = 8
# One leg of the walk through a stretch with no token unique on both sides.
_LEG_WORK = 2_048

Block: TypeAlias = tuple[int, int, int]  # (i, j, size): a[i:i + size] == b[j:j + size]
Opcode: TypeAlias = Sequence[Any]  # (tag, i1, i2, j1, j2), as a tuple or a list


def _opcodes(a: list[str], b: list[str]) -> Sequence[Opcode]:
    if a == b:
        return [("equal", 0, len(a), 0, len(b))] if a else []
    if b < a:  # canonical order, then swap back: the result does not depend on which side is which
        flip = {"insert": "delete", "delete": "insert"}
        return [(flip.get(t, t), j1, j2, i1, i2) for t, i1, i2, j1, j2 in _canonical_opcodes(b, a)]
    return _canonical_opcodes(a, b)


def _canonical_opcodes(a: list[str], b: list[str]) -> Sequence[Opcode]:
    differ = _Differ(a, b)
    return _slide(_blocks_to_opcodes(differ.run(), len(a), len(b)), a, b)


class _Differ:
    """Matching blocks of ``a`` and ``b`` in a number of steps linear in their length.

    Each stretch left to compare loses its common head and tail, then gets an exact Myers diff
    if one is found within ``myers_work`` steps (every sentence of a real text). A longer one
    is cut at the tokens found once on each side, in the order they keep on both (patience
    diff), and the pieces are compared the same way. A stretch with no such token (a word
    repeated thousands of times) is walked through in legs of exact Myers diffs of at most
    ``_LEG_WORK`` steps, each ending at the point that got furthest. Every step is charged to
    one budget, ``myers_work + linear_work * (len(a) + len(b))``; once it is spent, what is
    left of each stretch is one replace. Whatever path it takes, the blocks are true matches in
    order, so the ops made from them turn ``a`` into ``b``.
    """

    def __init__(self, a: list[str], b: list[str], myers_work: int | None = None,
                 linear_work: int | None = None, leg_work: int | None = None):
        self.a, self.b = a, b
        self.myers_work = _MYERS_WORK if myers_work is None else myers_work
        self.leg_work = max(_LEG_WORK if leg_work is None else leg_work, 3)
        self.left = self.myers_work + (_LINEAR_WORK if linear_work is None else linear_work) * (len(a) + len(b))
        self.steps = 0
        self.paths: set[str] = set()  # what ran: "myers", "anchors", "walk", "replace"
        self.blocks: list[Block] = []

    def spend(self, steps: int) -> None:
        self.steps += steps
        self.left -= steps

    def run(self) -> list[Block]:
        todo: list[tuple[int, int, int, int, int]] = [(0, 0, len(self.a), 0, len(self.b))]
        while todo:  # a stack, not recursion: a stretch may be cut many times over
            kind, i, i2, j, j2 = todo.pop()
            if kind:
                self.blocks.append((i, j, i2))  # a block waiting for the stretches before it
            else:
                self._stretch(i, i2, j, j2, todo)
        return self.blocks

    def _stretch(self, alo: int, ahi: int, blo: int, bhi: int,
                 todo: list[tuple[int, int, int, int, int]]) -> None:
        a, b = self.a, self.b
        head = 0
        while alo + head < ahi and blo + head < bhi and a[alo + head] == b[blo + head]:
            head += 1
        alo, blo = alo + head, blo + head
        tail = 0
        while alo < ahi - tail and blo < bhi - tail and a[ahi - 1 - tail] == b[bhi - 1 - tail]:
            tail += 1
        ahi, bhi = ahi - tail, bhi - tail
        self.spend(head + tail + 1)
        if head:
            self.blocks.append((alo - head, blo - head, head))
        if tail:
            todo.append((1, ahi, tail, bhi, 0))
        if alo == ahi or blo == bhi:
            return
        if self.left <= 0:
            self.paths.add("replace")
            return
        found, _, work = _myers(a, alo, ahi, b, blo, bhi, min(self.myers_work, self.left), partial=False)
        self.spend(work)
        if found is not None:
            self.paths.add("myers")
            self.blocks.extend(found)
            return
        if not self._anchor(alo, ahi, blo, bhi, todo):
            self._walk(alo, ahi, blo, bhi)

    def _anchor(self, alo: int, ahi: int, blo: int, bhi: int,
                todo: list[tuple[int, int, int, int, int]]) -> bool:
        """Cut the stretch at the longest chain of tokens found once on each side (patience)."""
        a, b = self.a, self.b
        self.spend(2 * (ahi - alo + bhi - blo))
        counts: dict[str, int] = {}
        for key in a[alo:ahi]:
            counts[key] = counts.get(key, 0) + 1
        once = {key for key, n in counts.items() if n == 1}
        where: dict[str, int] = {}
        for j in range(blo, bhi):
            key = b[j]
            if key in once:
                where[key] = -1 if key in where else j
        pairs = [(i, where[a[i]]) for i in range(alo, ahi) if where.get(a[i], -1) >= 0]
        chain = _increasing_chain(pairs)
        self.spend(len(pairs))
        if not chain:
            if not counts.keys() & set(b[blo:bhi]):
                self.paths.add("replace")  # nothing in common: one replace is the diff
                return True
            return False
        self.paths.add("anchors")
        # pushed last to first, so that they are taken in order
        todo.append((0, chain[-1][0] + 1, ahi, chain[-1][1] + 1, bhi))
        for k in range(len(chain) - 1, -1, -1):
            i, j = chain[k]
            todo.append((1, i, 1, j, 0))
            pi, pj = chain[k - 1] if k else (alo - 1, blo - 1)
            todo.append((0, pi + 1, i, pj + 1, j))
        return True

    def _walk(self, alo: int, ahi: int, blo: int, bhi: int) -> None:
        """Legs of bounded Myers diffs, each from where the last got furthest."""
        self.paths.add("walk")
        x, y = alo, blo
        while x < ahi and y < bhi:
            if self.left <= 0:
                self.paths.add("replace")
                return
            found, (x, y), work = _myers(self.a, x, ahi, self.b, y, bhi, min(self.leg_work, self.left), partial=True)
            self.spend(work)
            self.blocks.extend(found or ())


def _increasing_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of ``pairs`` (given by increasing first item) whose second items
    increase too, in O(k log k); the first such chain found when several are as long."""
    tops: list[int] = []  # tops[n]: smallest second item ending a chain of n + 1
    top_index: list[int] = []
    back: list[int] = []
    for k, (_, j) in enumerate(pairs):
        n = bisect_left(tops, j)
        if n == len(tops):
            tops.append(j)
            top_index.append(k)
        else:
            tops[n] = j
            top_index[n] = k
        back.append(top_index[n - 1] if n else -1)
    chain = []
    k = top_index[-1] if top_index else -1
    while k >= 0:
        chain.append(pairs[k])
        k = back[k]
    chain.reverse()
    return chain


def _myers(a: list[str], alo: int, ahi: int, b: list[str], blo: int, bhi: int, cap: int,
           partial: bool) -> tuple[list[Block] | None, tuple[int, int], int]:
    """Myers' diff of ``a[alo:ahi]`` and ``b[blo:bhi]``: its matching blocks (as indices into
    ``a`` and ``b``), where it ended and the steps taken.

    Past ``cap`` steps it stops (the first two rounds always finish: they cost at most three
    runs along the text, and they move forward). Then it gives None, or with ``partial`` the
    blocks of the path to the point that got furthest, and that point: a correct start of a
    diff, not always the shortest.
    """
    n, m = ahi - alo, bhi - blo
    v = {1: 0}  # diagonal k = x - y -> furthest x reached on it
    trace = []
    work = 0
    for d in range(n + m + 1):
        trace.append(v.copy())
        work += d + 1  # one step per diagonal, and one per token of each snake
        if work > cap and d > 1:
            break
        for k in range(-d, d + 1, 2):
            if k == -d or (k != d and v[k - 1] < v[k + 1]):
                x = v[k + 1]  # down: a token of b inserted
            else:
                x = v[k - 1] + 1  # right: a token of a deleted
            y = start = x - k
            while x < n and y < m and a[alo + x] == b[blo + y]:
                x += 1
                y += 1
                if d > 1 and x - start > cap:
                    break
            v[k] = x
            work += x - start
            if x >= n and y >= m:
                return _shift(_backtrack(trace, n, m), alo, blo), (ahi, bhi), work
            if work > cap and d > 1:
                break
        else:
            continue
        break
    if not partial:
        return None, (alo, blo), work
    # the frontier before the round that went over: (x, y) reached in d - 1 edits
    done, d = trace.pop(), len(trace) - 1
    best = max(((x, x - k) for k, x in ((k, done[k]) for k in range(-d, d + 1, 2)) if x <= n and x - k <= m),
               key=lambda p: (p[0] + p[1], -abs(p[0] - p[1]), p[0]))
    return _shift(_backtrack(trace, *best), alo, blo), (alo + best[0], blo + best[1]), work


def _shift(blocks: list[Block], alo: int, blo: int) -> list[Block]:
    return [(i + alo, j + blo, size) for i, j, size in blocks]


def _backtrack(trace: list[dict[int, int]], x: int, y: int) -> list[tuple[int, int, int]]:
    """Walk the furthest-reaching paths back from (x, y), reached in ``len(trace) - 1``
    edits, collecting the diagonal runs."""
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


def _has_words(op: list, a: list[str], b: list[str]) -> tuple[bool, bool]:
    """Whether a change has words on each side (each op is read once: merged ops combine these)."""
    return any(map(_is_word, a[op[1]:op[2]])), any(map(_is_word, b[op[3]:op[4]]))


def _foldable(island: list, a: list[str], word_changes: bool) -> bool:
    """Whether the equal ``island`` between two changes reads better inside them;
    ``word_changes``: both put words in place of words (not a bare insert, delete or punctuation).

    White space alone always does (with ``ignore_whitespace`` the two would be one change);
    one word only between two word changes ("A x B" -> "C x D" is one replace); punctuation
    never: a matching comma or dash stays equal.
    """
    words = 0
    for k in range(island[1], island[2]):  # not a slice: the island may be long, the answer near
        key = a[k]
        if _is_word(key):
            words += 1
            if words > 1:
                return False
        elif key.strip():
            return False  # punctuation (or an invisible mark) that matches
    return words == 0 or word_changes


def _fold_islands(ops: Sequence[Opcode], a: list[str], b: list[str]) -> list[list]:
    """Merge adjacent changes into one replace, then change + foldable island + change."""
    merged: list[list] = []
    for op in ops:
        if merged and op[0] != "equal" and merged[-1][0] != "equal":
            merged[-1] = ["replace", merged[-1][1], op[2], merged[-1][3], op[4]]
        else:
            merged.append(list(op))
    out: list[list] = []
    words: list[tuple[bool, bool]] = []  # per op of out: has it words on each side
    for op in merged:
        out.append(op)
        words.append(_has_words(op, a, b) if op[0] != "equal" else (False, False))
        while len(out) >= 3 and out[-1][0] != "equal" and out[-2][0] == "equal" and out[-3][0] != "equal":
            if not _foldable(out[-2], a, all(words[-1]) and all(words[-3])):
                break
            third = out.pop()
            out.pop()
            first = out.pop()
            (ta, tb), _, (fa, fb) = words.pop(), words.pop(), words.pop()
            out.append(["replace", first[1], third[2], first[3], third[4]])
            words.append((fa or ta, fb or tb))  # a folded island has no word, or both sides have
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
