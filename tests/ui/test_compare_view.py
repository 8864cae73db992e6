from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from reader.ui.common.colours import mix, tint
from reader.ui.common.theme import dark_palette, light_palette
from reader.ui.compare.highlight import formats_for, kind_of


def _text(pane):
    return pane.toPlainText()


def test_samples_show_the_expected_highlights(samples_window):
    view = samples_window.view
    left, right = _text(view.left), _text(view.right)
    # «методы» became «меры»: both marked changed, in the formats Qt paints
    assert view.left.kind_at(left.index("методы") + 2) == "changed"
    assert view.right.kind_at(right.index("меры") + 1) == "changed"
    # words common to both stay plain
    common = left.index("взаимодействия центрального")
    assert view.left.kind_at(common) is None
    # the opening sentence of the left version is gone from the right one: a pale wash
    assert view.left.kind_at(3) == "removed"
    assert view.left.char_format_at(3).background().color() == tint(view.left.palette(), "removed", "sentence")
    # words dropped inside a kept sentence, and words added to one
    assert view.left.kind_at(left.index("и не столько") + 2) == "removed"
    assert view.right.kind_at(right.index(", которая") + 3) == "added"
    assert "Similarity" in samples_window.comparison.summary.text() and "%" in samples_window.comparison.summary.text()
    stats = view.data.comparison.stats
    assert f"{stats.changed_pairs} changed" in samples_window.comparison.summary.text()
    assert f"{stats.deleted} removed" in samples_window.comparison.summary.text()


def test_boilerplate_is_folded_and_can_be_shown_dimmed(samples_window, qtbot):
    view = samples_window.view
    right = _text(view.right)
    ticker = right.index("$ 519.61")
    block = view.right.document().findBlock(ticker)
    assert not block.isVisible()
    assert "page clutter folded" in view.right_title.full_text()
    samples_window.acts.show_boilerplate.trigger()
    view.finish_applying()
    assert view.right.document().findBlock(ticker).isVisible()
    assert view.right.kind_at(ticker) == "clutter"
    fmt = view.right.char_format_at(ticker)
    assert fmt.foreground().color() != view.right.palette().color(QPalette.ColorRole.Text)
    samples_window.acts.show_boilerplate.trigger()
    view.finish_applying()
    assert not view.right.document().findBlock(ticker).isVisible()


def _painted_colours(widget) -> Counter:
    image = widget.grab().toImage()
    return Counter(image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height()))


def test_the_link_strip_and_overview_bars_are_painted(samples_window):
    view = samples_window.view
    pal = view.strip.palette()
    base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
    fills = {"equal": mix(base, text, 0.13).name()}
    fills.update((role, tint(pal, role, "strip").name()) for role in ("changed", "removed", "added"))
    painted = _painted_colours(view.strip)
    bands = {role for role, colour in fills.items() if painted[colour] >= 50}
    assert len(bands) >= 3, (bands, painted.most_common(8))  # the samples change, remove and add
    marks = view.left_bar.marks
    assert {kind for kind, _s, _e in marks} >= {"changed", "removed"}
    assert view.left_bar.view_range[1] > 0
    view.strip.set_data(None)  # nothing compared: nothing but the strip's background
    assert set(_painted_colours(view.strip)) == {pal.color(QPalette.ColorRole.Window).name()}


def test_colours_come_from_the_palette_and_read_on_light_and_dark():
    for palette in (light_palette(), dark_palette()):
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        for role in ("removed", "added", "changed", "moved"):
            bg = tint(palette, role)
            assert bg != base
            # text stays readable: keep a clear lightness gap between text and background
            assert abs(bg.lightnessF() - text.lightnessF()) > 0.35, (role, bg.name(), text.name())
        formats = formats_for(palette)
        assert kind_of(formats["changed", False]) == "changed"


def test_hovering_a_sentence_marks_its_counterpart(samples_window, qtbot):
    view = samples_window.view
    left = _text(view.left)
    at = left.index("методы")
    view.left.scroll_to_offset(at, 0.3)
    rects = view.left.line_rects(at, at + 3)
    assert rects
    point = rects[0].center().toPoint()
    qtbot.mouseMove(view.left.viewport(), point)
    qtbot.waitUntil(lambda: view.counterpart_marked("right") is not None, timeout=3000)
    start, end = view.counterpart_marked("right")
    assert "меры" in _text(view.right)[start:end]
    mine = view.left.mark("hover")
    assert mine[0] <= at < mine[1]
    # clicking brings the counterpart into view
    view.right.verticalScrollBar().setValue(view.right.verticalScrollBar().maximum())
    qtbot.mouseClick(view.left.viewport(), Qt.MouseButton.LeftButton, pos=point)
    top, _bottom = view.right.span_y(start, end)
    assert 0 <= top < view.right.viewport().height()


def test_scrolling_one_pane_brings_the_counterpart_level(make_window, qtbot):
    window = make_window((1000, 420))
    window.restore_session([])
    from tests.ui.conftest import wait_shown

    wait_shown(qtbot, window)
    view = window.view
    view.set_point_size(16)
    view.finish_applying()
    comp = view.data.comparison
    link = next(ln for ln in comp.links if ln.kind == "changed" and "меры" in comp.right.document.text[slice(*ln.right_span)])
    bar = view.left.verticalScrollBar()
    assert bar.maximum() > 0
    view.left.scroll_to_offset(link.left_span[0], 0.4)
    qtbot.wait(20)
    # the counterpart is on screen, at about the same height as the sentence
    ly = view.left.span_y(*link.left_span)
    ry = view.right.span_y(*link.right_span)
    assert ly is not None and ry is not None
    line = view.left.fontMetrics().lineSpacing()
    assert abs(ly[0] - ry[0]) <= 4 * line
    # and back: scrolling the right pane moves the left one
    before = bar.value()
    view.right.verticalScrollBar().setValue(0)
    assert bar.value() < before
    assert bar.value() == 0


def test_navigation_visits_the_changes_in_document_order(samples_window, qtbot):
    view = samples_window.view
    changes = view.changes()
    assert len(changes) > 5
    seen = []
    for _ in range(len(changes) + 2):
        qtbot.keyClick(samples_window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        seen.append(view.current_index())
    assert seen[:len(changes)] == list(range(len(changes)))
    assert seen[-1] == len(changes) - 1  # stays on the last one
    lefts = [c.left[0] for c in changes]
    assert lefts == sorted(lefts)
    current = view.current_change()
    assert view.left.mark("current") == current.left
    assert view.right.mark("current") == current.right
    assert samples_window.comparison.change_label.text() == f"change {len(changes)} of {len(changes)}"
    qtbot.keyClick(samples_window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.current_index() == len(changes) - 2
    # the current change is on screen in both panes (where it has text)
    change = view.current_change()
    for pane, span in ((view.left, change.left), (view.right, change.right)):
        if span[1] > span[0]:
            got = pane.span_y(*span)
            assert got is not None and got[1] > 0 and got[0] < pane.viewport().height()


def test_find_searches_both_panes(samples_window, qtbot):
    qtbot.keyClick(samples_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = samples_window.find_bar
    assert bar.isVisible()
    qtbot.keyClicks(bar.edit, "nur otan")  # QTest types ASCII only
    sides = {side for side, _s, _e in bar.matches}
    assert sides == {"left", "right"}
    assert "left" in bar.count.text() and "right" in bar.count.text()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.index == 0
    side, start, end = bar.matches[0]
    pane = samples_window.view.left if side == "left" else samples_window.view.right
    assert pane.toPlainText()[start:end] == "Nur Otan"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.index == 1
    qtbot.keyClick(bar, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_zoom_shortcuts(samples_window, qtbot):
    view = samples_window.view
    base = view.point_size()
    qtbot.keyClick(samples_window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.point_size() == base + 1
    assert view.left.font().pointSizeF() == base + 1 and view.right.font().pointSizeF() == base + 1
    qtbot.keyClick(samples_window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(samples_window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.point_size() == base - 1
    qtbot.keyClick(samples_window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.point_size() == view.base_point_size


def test_changing_an_option_recompares_and_keeps_the_place(make_window, qtbot):
    from tests.ui.conftest import wait_shown

    window = make_window((1000, 420))
    window.restore_session([])
    wait_shown(qtbot, window)
    view = window.view
    text = view.left.toPlainText()
    view.left.scroll_to_offset(text.index("Центральному аппарату"), 0.0)
    top_before = int(view.left.offset_at(0))
    first = view.data
    window.acts.options["ignore_punctuation"].trigger()
    qtbot.waitUntil(lambda: view.data is not first and not window.comparison.comparer.is_running(), timeout=10000)
    view.finish_applying()
    assert view.data.comparison.options.ignore_punctuation
    assert abs(int(view.left.offset_at(0)) - top_before) < 120
    assert window.settings.get("options")["ignore_punctuation"] is True


def test_swap_and_compare_with(samples_window, qtbot):
    from tests.ui.conftest import wait_shown

    assert samples_window.shown.source == "files"
    a, b = samples_window.shown.ids
    samples_window.acts.swap.trigger()
    assert samples_window.shown.ids == (b, a)
    wait_shown(qtbot, samples_window)
    assert samples_window.view.data.comparison.left.document.text == samples_window.open_texts.model.item_by_id(b).document.text
    menu = samples_window.files.build_corpus_menu(a)
    sub = menu.actions()[0].menu()
    target = sub.actions()[0]
    assert target.data() == b
    target.trigger()
    assert samples_window.shown.ids == (a, b)
    # selecting two rows compares them, the first picked on the left
    samples_window.files.select_pair_rows(b, a)
    assert samples_window.shown.ids == (b, a)
