"""Pages end between lines of words: never a blank page, never a line cut in half."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel, QWidget
from screen_at import show_at

from kiosk.ui.widgets.paged_area import label_lines

QUESTIONS = ("journey.fraud_check.intro", "journey.fraud_check.remote_app")


def _words(screen):
    content = screen.pager.content()
    for label in content.findChildren(QLabel):
        if label.isVisibleTo(content) and label.text() and label_lines(label):
            top = label.mapTo(content, QPoint(0, 0)).y()
            yield label, [(top + a, top + b) for a, b in label_lines(label)]


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
def test_the_first_page_of_the_fraud_check_shows_words(qapp, patient_kiosk, locale) -> None:
    # Once page 1 of 3 was an 8 px strip of margin: nothing but the page buttons.
    screen = show_at(qapp, patient_kiosk, QUESTIONS[0], (1366, 768), locale, 200)
    pager = screen.pager
    assert pager.paged
    start, end = pager.pages[0]
    lines = [line for _, spans in _words(screen) for line in spans]
    shown = [line for line in lines if start <= line[0] and line[1] <= end]
    assert len(shown) >= 2, (pager.pages, lines)


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
@pytest.mark.parametrize("screen_id", [*QUESTIONS, "journey.fraud_check.not_sure"])
def test_no_line_of_words_is_ever_drawn_in_part(qapp, patient_kiosk, screen_id, locale) -> None:
    # Each page draws a line of words whole or not at all; a label goes on over
    # the page's edge between two of its lines (two columns: each its own edge).
    screen = show_at(qapp, patient_kiosk, screen_id, (1366, 768), locale, 200)
    pager = screen.pager
    assert pager.paged
    lines = [
        QRect(label.mapTo(pager.content(), QPoint(0, 0)).x(), top, label.width(), bottom - top)
        for label, spans in _words(screen)
        for top, bottom in spans
    ]
    seen = set()
    for index in range(len(pager.pages)):
        pager.go_to(index)
        shown = pager.scroll_area.viewport().mask()
        offset = pager.scroll_area.verticalScrollBar().value()
        for n, line in enumerate(lines):
            drawn = shown.intersected(line.translated(0, -offset))
            assert drawn.isEmpty() or drawn.boundingRect() == line.translated(0, -offset), (
                index,
                line,
            )
            if not drawn.isEmpty():
                seen.add(n)
    assert seen == set(range(len(lines)))  # and every line is drawn on some page
    # Page 1 of a question shows its choices where they fit beside its first lines.
    if screen_id == QUESTIONS[1]:
        pager.go_to(0)
        choices = [b for b in screen.findChildren(QWidget) if b.property("kiosk_kind") == "button"]
        assert sum(pager.page_of(b) == 0 for b in choices) >= 2


def test_a_label_of_two_paragraphs_is_measured_line_by_line(qapp, patient_kiosk) -> None:
    # The scam warning's body: "…\n…" draws a line break as QPainter does.
    screen = show_at(qapp, patient_kiosk, "journey.fraud_check.warning", (1366, 768), "en", 200)
    for label, spans in _words(screen):
        if "\n" in label.text():
            assert spans[-1][1] - spans[0][0] == label.heightForWidth(label.width())
            break
    else:
        raise AssertionError("no label of two paragraphs on the warning")
