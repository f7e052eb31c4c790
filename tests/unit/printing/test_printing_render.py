"""The ticket image: paper width, real CJK glyphs, wrapping, a clear error without a font."""

from __future__ import annotations

import pytest
from PIL import Image, ImageFont, ImageOps

from kiosk.printing import PrintableTicket, PrintingError
from kiosk.printing import render as render_module
from kiosk.printing.fonts import find_font, missing_glyphs
from kiosk.printing.render import render_ticket_image, wrap

ZH = PrintableTicket(
    label="A007",
    service="现金业务",
    lines=("您前面还有 3 位客户", "请在柜台出示此票"),
    qr_text="KIOSK-TICKET:2025-03-14:A007:12",
    locale="zh_CN",
    bank_name="河畔储蓄银行",
    issued_at="2025-03-14 10:42",
)
KO = PrintableTicket(
    label="B012",
    service="계좌 업무",
    lines=("앞에 3명이 기다리고 있습니다", "창구에서 이 번호표를 보여 주세요"),
    qr_text="KIOSK-TICKET:2025-03-14:B012:13",
    locale="ko",
    bank_name="리버사이드 저축은행",
    issued_at="2025-03-14 10:42",
)


def black_pixels(image: Image.Image) -> int:
    return image.convert("L").histogram()[0]


@pytest.mark.parametrize(("locale", "family"), [("zh_CN", "CJK SC"), ("ko", "CJK KR")])
def test_cjk_locales_get_a_cjk_face_of_their_language(locale: str, family: str) -> None:
    choice = find_font(locale)
    assert choice is not None, "fonts-noto-cjk is not installed"
    assert "CJK" in choice.family
    assert choice.family.endswith(family)
    # The face really is that family at that index of the collection.
    assert choice.at(20).getname()[0] == choice.family


@pytest.mark.parametrize("ticket", [ZH, KO], ids=["zh_CN", "ko"])
def test_ticket_image_is_paper_wide_black_and_white_with_real_glyphs(
    ticket: PrintableTicket,
) -> None:
    image = render_ticket_image(ticket)
    assert image.width == 576
    assert image.mode == "1"
    assert 0 < black_pixels(image) < image.width * image.height // 2

    choice = find_font(ticket.locale)
    assert choice is not None
    text = ticket.bank_name + ticket.service + "".join(ticket.lines)
    assert missing_glyphs(choice.at(24), text) == []


def test_the_number_alone_is_drawn_large_and_centred() -> None:
    only_number = PrintableTicket(label="A007", service="", locale="zh_CN")
    image = render_ticket_image(only_number)
    ink = ImageOps.invert(image.convert("L")).getbbox()
    assert ink is not None, "the number was not drawn"
    left, top, right, bottom = ink
    assert bottom - top >= 120  # about 15 mm tall on paper
    assert abs((left + right) / 2 - image.width / 2) < 8


def test_missing_glyphs_finds_what_a_latin_only_font_lacks() -> None:
    latin_only = ImageFont.load_default(size=24)
    assert missing_glyphs(latin_only, "A 现 번") == ["现", "번"]


@pytest.mark.parametrize("word", ["가" * 60, "x" * 80, "现" * 40])
def test_a_word_wider_than_the_paper_is_cut_to_fit(word: str) -> None:
    choice = find_font("ko")
    assert choice is not None
    font = choice.at(32)
    lines = wrap(word, font, 352)
    assert len(lines) > 1
    assert all(font.getlength(line) <= 352 for line in lines)
    assert "".join(lines) == word


def test_narrow_paper_gives_a_narrow_image() -> None:
    assert render_ticket_image(KO, width_px=384).width == 384


def test_wrap_breaks_chinese_anywhere_but_not_before_closing_punctuation() -> None:
    choice = find_font("zh_CN")
    assert choice is not None
    font = choice.at(32)
    lines = wrap("请在柜台出示此票，谢谢您的耐心等待。我们会尽快为您服务", font, 544)
    assert len(lines) > 1
    assert all(font.getlength(line) <= 544 for line in lines)
    assert not any(line.startswith(("，", "。")) for line in lines)
    assert "".join(lines) == "请在柜台出示此票，谢谢您的耐心等待。我们会尽快为您服务"


def test_wrap_breaks_latin_and_korean_at_spaces() -> None:
    choice = find_font("ko")
    assert choice is not None
    font = choice.at(32)
    text = "창구에서 이 번호표를 보여 주세요 Show this at the counter"
    lines = wrap(text, font, 300)
    assert len(lines) > 1
    assert " ".join(lines) == text


def test_no_font_for_the_locale_is_a_clear_printing_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(render_module, "find_font", lambda locale: None)
    with pytest.raises(PrintingError, match="fonts-noto-cjk"):
        render_ticket_image(ZH)
