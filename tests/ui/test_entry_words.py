"""The words a screen says on entry, and Repeat, are those of the screen as laid out.

A screen's pages and compactors settle only after Qt's posted layout events;
words taken before that described a screen the customer never saw
(docs/design/0058-entry-words-after-layout.md).
"""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from kiosk.core import ids
from kiosk.tools.tour import _history_for, settle

RESOLUTIONS = {"wide": (1920, 1080), "tall": (1080, 1920), "short": (1366, 768)}
# Kept apart: the staff console and the lobby display are windows of their own
# and do not speak; staff.assist is the forms page under the staff bar.
NOT_SPOKEN = {ids.STAFF_CONSOLE, ids.LOBBY, ids.STAFF_ASSIST}
# One screen of each kind that pages or compacts (the full sweep of 103 screens
# takes ~25 min; KIOSK_ENTRY_WORDS_ALL=1 runs it).
SAMPLE = [
    ids.LANGUAGE,
    ids.HOME,
    ids.HELP_REQUESTED,
    ids.PRODUCTS,
    "product.pension",
    "product.savings_account.calculator",
    "product.credit_card.glossary",
    "journey.check_in.welcome",
    "journey.lost_card.review",
    "journey.lost_card.phone",
    "forms",
    "ask_staff.forms",
    "product.time_deposit.compare",
    "product.pension.take_home",
]


def screens_to_check(window) -> list[str]:
    every = [s for s in window.tour_screen_ids() if s not in NOT_SPOKEN]
    if os.environ.get("KIOSK_ENTRY_WORDS_ALL"):
        return every
    assert set(SAMPLE) <= set(every)
    return SAMPLE


def enter(qtbot, qapp, kiosk, screen_id: str, heard: list[tuple[str, str]]):
    """Show ``screen_id`` as the tour does; the screen once its entry words were said."""
    window = kiosk.window
    kiosk.controller.session.history = _history_for(screen_id)
    window.screen_for(screen_id).stage_for_tour(screen_id)
    before = len(heard)
    window.show_screen(screen_id)
    settle(qapp)
    # The words may come a few event-loop turns later, never before the layout settles.
    qtbot.waitUntil(lambda: len(heard) > before and not window.entry_pending, timeout=5_000)
    return window.current_screen()


def at(kiosk, size: tuple[int, int], locale: str, text_size: int) -> None:
    window, controller = kiosk.window, kiosk.controller
    window.setFixedSize(*size)
    prefs = replace(controller.prefs, locale=locale, text_size=text_size)
    controller.session.prefs = prefs
    window.apply_prefs(prefs)


@pytest.mark.parametrize("locale", ["en", "zh_CN", "ko"])
@pytest.mark.parametrize("resolution", RESOLUTIONS)
def test_every_screen_says_the_words_it_shows_once_settled(
    qtbot, qapp, kiosk, resolution, locale
) -> None:
    window = kiosk.window
    kiosk.controller.idle.set_enabled(False)
    heard: list[tuple[str, str]] = []
    window.screen_did_show.connect(lambda sid, words: heard.append((sid, words)))
    screen_ids = screens_to_check(window)
    wrong = []
    for text_size in ids.TEXT_SIZES:
        at(kiosk, RESOLUTIONS[resolution], locale, text_size)
        for screen_id in screen_ids:
            screen = enter(qtbot, qapp, kiosk, screen_id, heard)
            words = heard[-1][1]
            if words != screen.spoken_text():
                wrong.append(
                    f"{text_size} % {screen_id}: said {words!r}, shows {screen.spoken_text()!r}"
                )
    assert wrong == [], f"{len(wrong)} of {3 * len(screen_ids)}:\n" + "\n".join(wrong[:8])


def test_a_screen_is_said_once_on_entry(qtbot, qapp, kiosk) -> None:
    # The home screen pages at 1366×768 and 200 %: its words come once, the
    # settled ones; not every tile (page 1 of 3 never said), nor those and then
    # the page's (a stutter on every screen).
    heard: list[tuple[str, str]] = []
    kiosk.window.screen_did_show.connect(lambda sid, words: heard.append((sid, words)))
    at(kiosk, RESOLUTIONS["short"], "en", 200)
    screen = enter(qtbot, qapp, kiosk, ids.HOME, heard)
    qtbot.wait(100)
    assert [sid for sid, _ in heard] == [ids.HOME]
    assert screen.pager.paged and heard[-1][1].endswith("Page 1 of 3. Next page.")


def test_a_staged_result_page_says_its_pages_as_shown(qtbot, qapp, kiosk) -> None:
    # The Korean check-in result at 1366×768: the tour once recorded "page 1 of 2"
    # for a screen drawn on one page.
    heard: list[tuple[str, str]] = []
    kiosk.window.screen_did_show.connect(lambda sid, words: heard.append((sid, words)))
    results = [s for s in kiosk.window.tour_screen_ids() if s.startswith("journey.check_in.")]
    assert results
    for text_size in ids.TEXT_SIZES:
        at(kiosk, RESOLUTIONS["short"], "ko", text_size)
        for screen_id in results:
            screen = enter(qtbot, qapp, kiosk, screen_id, heard)
            where = screen.pager.where.text()
            assert heard[-1] == (screen_id, screen.spoken_text())
            assert (where in heard[-1][1]) == screen.pager.paged, (text_size, screen_id)


def test_repeat_says_the_settled_words_and_follows_a_new_text_size(qtbot, qapp, tmp_path) -> None:
    from test_speech_service import SETTINGS, FakeOutput, FakeSynthesiser

    from kiosk.app import build_kiosk
    from kiosk.config import Config
    from kiosk.printing import NullPrinter
    from kiosk.services.speech_service import SpeechService

    synth = FakeSynthesiser(tmp_path / "wav")
    speech = SpeechService(synth, FakeOutput(play_s=0.05), SETTINGS)
    kiosk = build_kiosk(Config({"idle.timeout_seconds": 600}), printer=NullPrinter(), speech=speech)
    qtbot.addWidget(kiosk.window)
    kiosk.window.show()
    try:
        heard: list[tuple[str, str]] = []
        kiosk.window.screen_did_show.connect(lambda sid, words: heard.append((sid, words)))
        at(kiosk, RESOLUTIONS["short"], "en", 200)
        screen = enter(qtbot, qapp, kiosk, ids.HOME, heard)
        paged = screen.spoken_text()
        assert "Page 1 of 3" in paged
        qtbot.waitUntil(lambda: paged in synth.texts(), timeout=5_000)
        kiosk.controller.handle("repeat", "")
        qtbot.waitUntil(lambda: len(synth.calls) == 2, timeout=5_000)
        assert synth.texts() == [paged, paged]

        # At 100 % the screen is one page: not said again (the customer is looking
        # at it), but Repeat says what it shows now.
        at(kiosk, RESOLUTIONS["short"], "en", 100)
        settle(qapp)
        whole = screen.spoken_text()
        assert whole != paged and "Page" not in whole
        qtbot.wait(200)
        assert len(synth.calls) == 2
        kiosk.controller.handle("repeat", "")
        qtbot.waitUntil(lambda: len(synth.calls) == 3, timeout=5_000)
        assert synth.texts()[-1] == whole
    finally:
        speech.shutdown()
        kiosk.window.allow_close()
