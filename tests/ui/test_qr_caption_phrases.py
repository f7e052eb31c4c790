"""The QR's caption in Chinese breaks only between phrases (issue 11 §1).

At 1366x768 150 % the form results' caption "您的表格编号：K7F3QM" stood under the
QR in a 165 px column and broke inside words ("您的表 / 格编 / 号："). Marked with
word joiners it breaks only after "："; where even its widest phrase does not
fit the QR's column, it stands across the card, under the number and the QR.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from screen_at import box, show_at

from kiosk.ui.widgets.phrases import keep_phrases, plain, widest_phrase


def lines_at(text: str, width: int, font: QFont) -> list[str]:
    """How Qt breaks ``text`` into lines ``width`` wide (marks taken out)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(plain(text[line.textStart() : line.textStart() + line.textLength()]))
    layout.endLayout()
    return [line.strip() for line in lines]


def test_a_marked_chinese_caption_breaks_only_after_its_colon(qapp) -> None:
    font = QFont()
    font.setPixelSize(45)
    caption = "您的表格编号：K7F3QM"
    marked = keep_phrases(caption)
    phrase = QFontMetrics(font).horizontalAdvance("您的表格编号：")
    assert widest_phrase(marked, QFontMetrics(font)) == phrase
    # Unmarked, Qt breaks it anywhere in a narrow column; marked, after the colon.
    assert lines_at(caption, phrase - 10, font)[0] != "您的表格编号："
    assert lines_at(marked, phrase + 10, font) == ["您的表格编号：", "K7F3QM"]
    assert plain(marked) == caption


def test_latin_and_korean_captions_are_left_as_they_are() -> None:
    for caption in ("Your form code: K7F3QM", "서류 번호: K7F3QM", "창구에서 보여 주세요"):
        assert keep_phrases(caption) == caption


@pytest.mark.parametrize("view", ["lost_card", "update_details", "open_account"])
def test_the_form_code_caption_in_chinese_keeps_its_words_whole_on_a_laptop(
    qapp, patient_kiosk, view: str
) -> None:
    screen = show_at(
        qapp, patient_kiosk, f"journey.{view}.done", (1366, 768), "zh_CN", 150, staged=True
    )
    card = screen.ticket
    caption = card.qr_caption
    assert not screen.pager.paged and card.beside
    assert plain(caption.text()) == "您的表格编号：K7F3QM"
    # Wide enough for its widest phrase: no line breaks inside "您的表格编号".
    assert caption.width() >= widest_phrase(caption.text(), caption.fontMetrics())
    lines = lines_at(caption.text(), caption.contentsRect().width(), caption.font())
    assert lines in (["您的表格编号：K7F3QM"], ["您的表格编号：", "K7F3QM"]), lines
    # Across the card: under the number and the QR, in the number's column, in view.
    where, viewport = box(caption, screen), screen.pager.scroll_area.viewport()
    assert where.top() > box(card.qr, screen).bottom()
    assert where.top() > box(card.number, screen).bottom()
    assert where.right() < box(screen.primary, screen).left()
    assert viewport.rect().contains(caption.mapTo(viewport, caption.rect().bottomRight()))
    # Said once, as it reads, the code spelled out.
    said = screen.spoken_text()
    assert said.count("您的表格编号") == 1 and "\u2060" not in said


def test_an_english_caption_stays_under_its_qr(qapp, patient_kiosk) -> None:
    screen = show_at(
        qapp, patient_kiosk, "journey.lost_card.done", (1366, 768), "en", 150, staged=True
    )
    card = screen.ticket
    assert not card.caption_across
    qr, caption = box(card.qr, screen), box(card.qr_caption, screen)
    assert caption.top() > qr.bottom() and caption.left() <= qr.center().x() <= caption.right()


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=str)
def test_where_the_qr_column_is_wide_the_chinese_caption_stays_under_it(
    qapp, patient_kiosk, size
) -> None:
    screen = show_at(qapp, patient_kiosk, "journey.lost_card.done", size, "zh_CN", 100, staged=True)
    card = screen.ticket
    assert card.qr_caption.isVisible() and not card.caption_across
    assert box(card.qr_caption, screen).top() > box(card.qr, screen).bottom()
