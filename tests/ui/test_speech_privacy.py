"""What the kiosk says aloud: numbers spelled as calling systems do, personal details masked.

Real windows, real journeys, in every locale: the screen shows a name, a phone
number and a birth date in full; the loudspeaker never says them (a phone
number "ending in 7 8"), unless ``speech.private_audio`` says the kiosk speaks
into headphones or a handset.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import queued_kiosk, screen_texts

from kiosk.app import build_kiosk
from kiosk.config import Config
from kiosk.services.voice_assistant import AssistantView
from kiosk.ui.widgets.phrases import WORD_JOINER

LOCALES = ["en", "zh_CN", "ko"]
NAMES = {"en": "Mary O'Brien", "zh_CN": "王秀英", "ko": "김민수"}
PHONE = "13812345678"
BIRTH = "19480512"
# The last two digits of PHONE, as said through the loudspeaker.
ENDING = {"en": "ending in seven, eight", "zh_CN": "尾号七八", "ko": "끝자리 칠팔"}
# Every digit of PHONE, as said into headphones.
WHOLE = {
    "en": "one, three, eight, one, two, three, four, five, six, seven, eight",
    "zh_CN": "一三八一二三四五六七八",
    "ko": "일삼팔일이삼사오육칠팔",
}


def kiosk_in(qtbot, locale: str, private: bool):  # type: ignore[no-untyped-def]
    config = Config(
        {"idle.timeout_seconds": 600, "ui.default_locale": locale, "speech.private_audio": private}
    )
    built = build_kiosk(config)
    qtbot.addWidget(built.window)
    built.window.resize(1920, 1080)
    built.window.show()
    qtbot.waitExposed(built.window)
    return built


def fill_open_account(kiosk, locale: str) -> str:  # type: ignore[no-untyped-def]
    handle = kiosk.controller.handle
    handle("journey_start", "open_account")
    handle("journey_choose", "account")
    handle("journey_next")
    handle("journey_text", NAMES[locale])
    handle("journey_submit")
    for digit in PHONE:
        handle("journey_key", digit)
    handle("journey_submit")
    for digit in BIRTH:
        handle("journey_key", digit)
    handle("journey_submit")
    assert kiosk.controller.visible_screen == "journey.open_account.review"
    return kiosk.window.current_screen().spoken_text()


@pytest.fixture(params=LOCALES)
def locale(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_the_review_page_shows_everything_but_says_no_personal_detail(qtbot, locale) -> None:
    kiosk = kiosk_in(qtbot, locale, private=False)
    try:
        kiosk.controller.handle("choose_language", locale)
        said = fill_open_account(kiosk, locale)
        shown = screen_texts(kiosk)
        assert NAMES[locale] in shown and "138 1234 5678" in shown and "1948-05-12" in shown
        for secret in (NAMES[locale], PHONE, "138 1234 5678", "5678", "1948", "05-12"):
            assert secret not in said, (secret, said)
        assert ENDING[locale] in said
        on_screen = kiosk.window.catalogs[locale].text("read_aloud.on_screen")
        assert said.count(on_screen) == 2  # the name and the birth date
    finally:
        kiosk.window.allow_close()


def test_private_audio_reads_the_review_back_in_full(qtbot, locale) -> None:
    kiosk = kiosk_in(qtbot, locale, private=True)
    try:
        kiosk.controller.handle("choose_language", locale)
        said = fill_open_account(kiosk, locale)
        assert NAMES[locale] in said and WHOLE[locale] in said and "1948-05-12" in said
    finally:
        kiosk.window.allow_close()


def test_the_name_check_of_the_voice_assistant_is_not_said_aloud(qtbot, locale) -> None:
    for private in (False, True):
        kiosk = kiosk_in(qtbot, locale, private=private)
        try:
            kiosk.controller.handle("choose_language", locale)
            panel = kiosk.window.voice_panel
            other = {"en": "Mary O'Brian", "zh_CN": "王秀银", "ko": "김민서"}[locale]
            panel.show_view(AssistantView("name", heard=NAMES[locale], names=(other,)))
            shown = panel.title.text().replace(WORD_JOINER, "")  # (joined: never broken)
            assert NAMES[locale] in shown  # shown in full
            said = panel.spoken_text()
            if private:
                assert NAMES[locale] in said and other in said
            else:
                assert NAMES[locale] not in said and other not in said
                catalog = kiosk.window.catalogs[locale]
                assert catalog.text("spoken.assistant.name_written") in said
                assert catalog.text("spoken.assistant.name_instead") in said
        finally:
            kiosk.window.allow_close()


TICKET = {"en": "A, zero, zero, one", "zh_CN": "A零零一号", "ko": "에이 공공일 번"}
IN_SENTENCE = {"en": "A, zero, zero, one", "zh_CN": "A零零一", "ko": "에이 공공일번"}


def test_check_in_says_the_number_but_not_the_booking_name(
    qtbot, data_dir: Path, locale: str
) -> None:
    from kiosk.printing import NullPrinter

    config = Config({"idle.timeout_seconds": 600})
    with queued_kiosk(qtbot, config, data_dir, printer=NullPrinter()) as (kiosk, staff):
        today = date.today().isoformat()
        staff.bookings.add("246810", today, "10:30", "Mrs Wang", "cash", "pension")
        kiosk.controller.handle("choose_language", locale)
        kiosk.controller.handle("journey_start", "check_in")
        for digit in "246810":
            kiosk.controller.handle("journey_key", digit)
        kiosk.controller.handle("journey_submit")
        qtbot.waitUntil(
            lambda: kiosk.controller.visible_screen == "journey.check_in.welcome", timeout=10_000
        )
        screen = kiosk.window.current_screen()
        # The number comes from the queue worker: on a loaded machine after the page.
        qtbot.waitUntil(lambda: screen.ticket.issued, timeout=10_000)
        [ticket] = staff.queue.list_open()
        assert ticket.label == "A001"
        assert "Mrs Wang" in screen_texts(kiosk)
        said = screen.spoken_text()
        assert "Mrs Wang" not in said and "A001" not in said
        assert TICKET[locale] in said  # the number on its card, as a caller says it
        simpler = screen.simpler_text() or ""
        assert IN_SENTENCE[locale] in simpler and "{" not in simpler


def test_a_ticket_and_a_form_code_are_spelled(qtbot, data_dir: Path, locale: str) -> None:
    from kiosk.printing import NullPrinter
    from kiosk.speech.aloud import spell_code

    config = Config({"idle.timeout_seconds": 600})
    with queued_kiosk(qtbot, config, data_dir, printer=NullPrinter()) as (kiosk, _staff):
        kiosk.controller.handle("choose_language", locale)
        kiosk.controller.handle("journey_start", "take_ticket")
        kiosk.controller.handle("journey_choose", "cash")
        screen = kiosk.window.current_screen()
        kiosk.controller.handle("journey_choose", "none")
        assert kiosk.controller.visible_screen == "journey.take_ticket.ticket"
        qtbot.waitUntil(lambda: screen.ticket.issued, timeout=10_000)
        said = screen.spoken_text()
        assert TICKET[locale] in said and "A001" not in said
        assert TICKET[locale] in (screen.simpler_text() or "")  # Repeat says the number too

        kiosk.controller.handle("start_again")
        kiosk.controller.handle("journey_start", "lost_card")
        kiosk.controller.handle("journey_choose", "lost")
        kiosk.controller.handle("journey_next")
        kiosk.controller.handle("journey_next")
        for digit in PHONE:
            kiosk.controller.handle("journey_key", digit)
        kiosk.controller.handle("journey_submit")
        assert ENDING[locale] in kiosk.window.current_screen().spoken_text()
        kiosk.controller.handle("journey_next")
        screen = kiosk.window.current_screen()
        answers = screen.runner.answers("lost_card")
        qtbot.waitUntil(lambda: answers.draft == "ready" and screen.ticket.issued, timeout=10_000)
        code = answers.found["code"]
        assert code in screen_texts(kiosk)  # shown in full, said spelled out
        said = screen.spoken_text()
        assert spell_code(code, kiosk.window.catalogs[locale]) in said and code not in said
