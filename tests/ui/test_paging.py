"""Pages instead of scrolling: every choice whole and in view, by touch and by voice."""

from __future__ import annotations

import itertools
from dataclasses import replace

from conftest import tap
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QVBoxLayout, QWidget
from tour_audit import fold_problem

from kiosk.core import ids
from kiosk.tools.tour import settle
from kiosk.ui.widgets.label_button import LabelButton
from kiosk.ui.widgets.paged_area import PagedArea, page_breaks


def test_a_page_ends_before_the_first_control_it_would_cut() -> None:
    atoms = [(0, 100), (120, 300), (320, 520), (540, 700)]
    pages = page_breaks(700, 400, atoms)
    assert pages == [(0, 320), (320, 700)]
    for top, bottom in atoms:  # each atom wholly on one page
        assert any(s <= top and bottom <= e for s, e in pages)


def test_a_margin_under_the_last_atom_is_no_page_of_its_own() -> None:
    # The keyboard kept whole on page 2 ends 6 px above the content's end (its margin).
    assert page_breaks(832, 500, [(0, 300), (326, 824)]) == [(0, 326), (326, 832)]


def test_content_that_fits_is_one_page_and_a_giant_is_cut_only_when_it_must() -> None:
    assert page_breaks(380, 400, [(0, 380)]) == [(0, 380)]
    # Taller than a page: nothing else can be done, and the pages still end.
    assert page_breaks(900, 400, [(0, 900)]) == [(0, 400), (400, 800), (800, 900)]
    # Two columns, staggered: the end moves up past every control it would cut.
    pages = page_breaks(900, 600, [(120, 180), (215, 423), (250, 300), (363, 623)])
    assert pages[0] == (0, 215)
    # ... but never above the first atom on the page (once (0, 215): a blank page).
    # Every end below it cuts one: the lowest cutting fewest is taken.
    pages = page_breaks(900, 560, [(215, 423), (250, 300), (363, 623), (679, 887)])
    assert pages[0] == (0, 560)
    # No end misses every atom (a long paragraph beside keys): words are cut, not keys.
    words, keys = [(100, 700)], [(100, 300), (320, 520), (540, 740)]
    assert page_breaks(800, 560, words + keys, keys)[0] == (0, 540)
    # A giant beside small controls does not push the page end up to its own top.
    assert page_breaks(900, 400, [(0, 50), (100, 900), (300, 450)])[0] == (0, 300)


def _tap(**extra):
    base = {
        "kind": "button",
        "text": "Cancel",
        "action": "cancel_help",
        "tappable": True,
        "in_bar": False,
        "rect": [100, 900, 400, 120],
        "visible_rect": [100, 900, 400, 120],
    }
    return {**base, **extra}


def test_the_fold_rule_sees_every_choice_not_only_primary_ones() -> None:
    bar = _tap(text="Call staff", action="call_staff", in_bar=True, rect=[0, 960, 400, 120])
    bar["visible_rect"] = bar["rect"]
    whole = _tap(rect=[100, 700, 400, 120], visible_rect=[100, 700, 400, 120])
    assert fold_problem(whole, [whole, bar], 100) == ""
    half = _tap(visible_rect=[100, 900, 400, 50])
    assert "scrolling" in fold_problem(half, [half, bar], 100)
    under = _tap(rect=[100, 900, 400, 120])
    assert "under 'Call staff'" in fold_problem(under, [under, bar], 100)
    away = _tap(visible_rect=[0, 0, 0, 0], page=2, pages=2, page_shown=1)
    assert "page 2 of 2" in fold_problem(away, [away], 150)
    assert fold_problem(away, [away], 200) == ""  # whole, on the next page
    cut = _tap(visible_rect=[100, 900, 400, 50], page=0, pages=2, page_shown=1)
    assert "cut by a page end" in fold_problem(cut, [cut], 200)


def _in_view(screen, widget) -> bool:
    pager = screen.pager
    page = pager.page_rect()
    area = QRect(pager.mapTo(screen, page.topLeft()), page.size())
    own = QRect(widget.mapTo(screen, QPoint(0, 0)), widget.size())
    return area.contains(own) and screen.rect().contains(own)


def test_a_long_screen_at_200_percent_turns_pages_with_big_buttons(
    qtbot, qapp, patient_kiosk
) -> None:
    kiosk = patient_kiosk
    # On a laptop's window: on a 1920×1080 screen home's tiles now fit at 200 %,
    # and on a laptop too in Chinese and Korean (their titles are shorter).
    kiosk.window.resize(1366, 768)
    prefs = replace(kiosk.controller.prefs, locale="en", text_size=200)
    kiosk.controller.session.prefs = prefs
    kiosk.window.apply_prefs(prefs)
    kiosk.controller.go(ids.HOME)
    screen = kiosk.window.current_screen()
    settle(qapp)
    pager = screen.pager
    assert not pager.scroll_area.verticalScrollBar().isVisible()  # never a scrollbar as the cue
    assert len(pager.pages) > 1 and pager.where.text() == f"Page 1 of {len(pager.pages)}"
    assert "Page 1 of" in screen.spoken_text() and "Next page" in screen.spoken_text()
    assert not pager.previous.isEnabled() and pager.next.height() >= 96
    tiles = [b for b in screen.findChildren(LabelButton) if b.property("kiosk_kind") == "tile"]
    seen = set()
    for number in range(len(pager.pages)):
        assert pager.page == number
        shown = [t for t in tiles if _in_view(screen, t)]
        for tile in tiles:  # a tile is whole on this page or not on it at all
            assert tile in shown or pager.page_of(tile) != number
        seen.update(shown)
        if pager.next.isEnabled():
            tap(qtbot, pager.next)
            settle(qapp)
    assert seen == set(tiles)  # every choice is reached by Next page
    assert pager.page == len(pager.pages) - 1 and pager.previous.isEnabled()
    # By voice: the pager's buttons are the screen's words like any other.
    kiosk.assistant.take_text("previous page")
    assert pager.page == len(pager.pages) - 2
    kiosk.controller.go(ids.LANGUAGE)
    kiosk.controller.go(ids.HOME)
    assert pager.page == 0  # a screen opens on its first page


def test_at_100_percent_home_needs_no_pages(qapp, patient_kiosk) -> None:
    patient_kiosk.controller.go(ids.HOME)
    screen = patient_kiosk.window.current_screen()
    settle(qapp)
    assert not screen.pager.paged and screen.pager.bar.isHidden()


def test_the_fixed_bar_keeps_one_row_on_a_1366_laptop_window(qapp, patient_kiosk) -> None:
    # Issue 18: "Type" alone on a second row at 100 %; Call staff stays the largest.
    window = patient_kiosk.window
    window.resize(1366, 768)
    for locale in ("en", "zh_CN", "ko"):
        prefs = replace(patient_kiosk.controller.prefs, locale=locale, text_size=100)
        patient_kiosk.controller.session.prefs = prefs
        window.apply_prefs(prefs)
        patient_kiosk.controller.go(ids.HOME)
        settle(qapp)
        shown = [window.bar.buttons[a] for a in window.bar.action_ids()]
        assert len(shown) == 7, locale
        assert len({b.y() for b in shown}) == 1, f"{locale}: the bar wraps"
        call = window.bar.buttons["call_staff"]
        area = call.width() * call.height()
        assert all(b.width() * b.height() < area for b in shown if b is not call), locale
        for a, b in itertools.pairwise(shown):
            assert b.x() - (a.x() + a.width()) >= 16, locale


def _graded_area(qtbot, log: list[tuple[int, bool]]):
    """A pager over four 200 px blocks; compactor i hides block 3 - i."""
    area = PagedArea()
    qtbot.addWidget(area)
    content = QWidget()
    column = QVBoxLayout(content)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    blocks = []
    for _ in range(4):
        block = QWidget()
        block.setFixedHeight(200)
        column.addWidget(block)
        blocks.append(block)
    area.setWidget(content)

    def compactor(index: int):
        def switch(on: bool) -> None:
            log.append((index, on))
            blocks[3 - index].setVisible(not on)

        return switch

    area.compactors.extend(compactor(i) for i in range(3))
    area.show()
    return area, blocks


def test_compactors_are_switched_on_one_more_at_a_time_in_order(qtbot, qapp) -> None:
    log: list[tuple[int, bool]] = []
    area, blocks = _graded_area(qtbot, log)
    area.resize(400, 1000)
    area.repaginate()
    assert area.compact_level == 0 and not area.compact and not area.paged
    assert all(b.isVisibleTo(area) for b in blocks)
    area.resize(400, 500)  # 800 px of content: two compactors make it 400
    area.repaginate()
    assert area.compact_level == 2 and area.compact and not area.paged
    assert [b.isVisibleTo(area) for b in blocks] == [True, True, False, False]
    # Stable for the same size: nothing is switched again.
    log.clear()
    area.repaginate()
    assert log == []
    # After new words (which show every line again) the same ones are reapplied.
    area.reapply_compact()
    assert log == [(0, True), (1, True)]
    area.resize(400, 150)  # even all three leave 200 px: all on, and pages
    area.repaginate()
    assert area.compact_level == 3 and area.paged
    assert [b.isVisibleTo(area) for b in blocks] == [True, False, False, False]


def test_fits_in_answers_for_a_height_not_yet_given_with_its_compactors(qtbot, qapp) -> None:
    # The window asks before the assistant's panel takes its room (docs/design/0037).
    log: list[tuple[int, bool]] = []
    area, blocks = _graded_area(qtbot, log)
    area.resize(400, 1000)
    area.repaginate()
    assert area.fits_in(400, 800) and area.compact_level == 0
    assert area.fits_in(400, 400) and area.compact_level == 2  # two compactors: 400 px
    assert not area.fits_in(400, 150)  # even all three leave 200 px
    # Chosen again at the size it is really given: all visible at 1000 px.
    area.repaginate()
    assert area.compact_level == 0 and all(b.isVisibleTo(area) for b in blocks)


def test_recheck_compact_turns_on_the_next_compactor_when_content_grows(qtbot, qapp) -> None:
    log: list[tuple[int, bool]] = []
    area, blocks = _graded_area(qtbot, log)
    area.recheck_compact = True
    area.resize(400, 650)
    area.repaginate()
    assert area.compact_level == 1  # 600 px fits
    blocks[0].setFixedHeight(300)  # a restyle made the words taller; same size key
    area.repaginate()
    assert area.compact_level == 2 and not area.paged
    assert [b.isVisibleTo(area) for b in blocks] == [True, True, False, False]
