from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.export.text_export import render_text


def block(out: str, head: str) -> list[str]:
    """The lines of the block starting with ``head`` (up to the next blank line)."""
    lines = out.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(head))
    end = next((i for i in range(start, len(lines)) if not lines[i]), len(lines))
    return lines[start:end]


def test_changed_pair_shows_removed_and_added_words(make_pair):
    c = make_pair("Мы обсудили методы работы.\nДругое предложение тут есть.",
                  "Мы обсудили меры работы.\nСовсем новое предложение здесь.")
    out = render_text(c)
    assert out.startswith("versus: left.txt → right.txt\n")
    assert block(out, "~ changed") == [
        "~ changed (match 0.66, wording 77% same), sentence 1 → 1",
        "  - Мы обсудили [-методы-] работы.",
        "  + Мы обсудили {+меры+} работы.",
    ]
    assert block(out, "- deleted") == ["- deleted: left sentence 2", "  - Другое предложение тут есть."]
    assert block(out, "+ inserted") == ["+ inserted: right sentence 2", "  + Совсем новое предложение здесь."]
    assert "\x1b" not in out


def test_colour_only_when_asked(make_pair):
    c = make_pair("Мы очень быстро пришли домой.", "Мы быстро пришли домой.")
    plain = render_text(c)
    coloured = render_text(c, color=True)
    assert "  - Мы [-очень-] быстро пришли домой." in plain
    assert "\x1b[1;31m[-очень-]\x1b[0m" in coloured
    assert "\x1b" not in plain
    # without the escapes the coloured text reads the same
    import re
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_moved_sentence_block(moved_comparison):
    out = render_text(moved_comparison)
    moved = [ln for ln in moved_comparison.links if ln.kind == "moved"]
    assert len(moved) == 1
    assert block(out, "⇄ moved") == [
        "⇄ moved, changed (match 0.73, wording 82% same), sentence 3 → 1",
        "  - Третье предложение про спорт и [-футбол-].",
        "  + Третье предложение про спорт и {+хоккей+}.",
    ]
    assert block(out, "+ inserted") == ["+ inserted: right sentence 5", "  + Новое."]
    assert "Первое предложение" not in out.split("\n\n", 1)[1]  # unchanged sentences are not listed


def test_identical_texts(make_pair):
    out = render_text(make_pair("Одно предложение. Второе.", "Одно  предложение. Второе."))
    assert out.rstrip().endswith("No differences in the article text under these options.")


def test_clutter_is_counted_not_listed(sample_comparison):
    out = render_text(sample_comparison)
    st = sample_comparison.stats
    assert st.boilerplate_right > 1
    assert f"sentence{'' if st.boilerplate_left == 1 else 's'} left, {st.boilerplate_right} sentences right" in out
    assert "page clutter (not listed): " in out
    assert "519.61" not in out  # a currency ticker line of the scraped page
    assert "  - [-Поэтому-] нужно полностью пересмотреть [-методы-] взаимодействия" in out


def test_unified_appendix(make_pair):
    out = render_text(make_pair("А было так. Потом иначе.", "А было так. Потом по-другому."), unified=True)
    tail = out[out.index("Unified diff"):].split("\n")
    assert tail[1:4] == ["--- left.txt", "+++ right.txt", "@@ -1,2 +1,2 @@"]
    assert tail[4:7] == [" А было так.", "-Потом иначе.", "+Потом по-другому."]


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from(" \t\n\r\x0b\xa0\u2009\u200b\ufeff\x1b\x7f\x85\u202e\u2066\u2028aЁ😀"), max_size=12))
def test_shown_text_is_one_line_and_printable(text):
    """``_shown``'s shortcut (a printable text without two spaces in a row is left as it is)
    gives what collapsing the white space and escaping the controls gives."""
    from reader.core.controls import printable
    from reader.export.text_export import _shown
    from reader.present.format import one_line

    assert _shown(text) == printable(one_line(text))
