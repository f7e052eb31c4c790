"""The live offer of help on a real kiosk: asked once, Yes sends a help request saying why."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import queued_kiosk, tap

from kiosk.config import Config
from kiosk.core import ids
from kiosk.insight.stuck import OFFER_SCREEN
from kiosk.printing import NullPrinter

CONFIG = Config({"idle.timeout_seconds": 600, "insight.stuck_seconds": 20})
WHAT = "journey.lost_card.what"


@pytest.fixture
def queued(qtbot, data_dir: Path):
    with queued_kiosk(qtbot, CONFIG, data_dir, printer=NullPrinter()) as both:
        yield both


def to_what(qtbot, kiosk) -> None:
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["en"])
    kiosk.controller.handle("journey_start", "lost_card")
    assert kiosk.controller.visible_screen == WHAT


def back_and_forth(kiosk, times: int) -> None:
    for _ in range(times):
        kiosk.controller.handle("journey_choose", "lost")
        assert kiosk.controller.visible_screen != WHAT
        kiosk.controller.handle("back")


def test_back_and_forth_offers_help_and_yes_sends_the_reason(qtbot, queued) -> None:
    kiosk, staff = queued
    to_what(qtbot, kiosk)
    back_and_forth(kiosk, 2)
    qtbot.wait(200)
    assert kiosk.controller.visible_screen == WHAT  # twice is not yet stuck
    back_and_forth(kiosk, 1)
    qtbot.waitUntil(lambda: kiosk.controller.visible_screen == OFFER_SCREEN, timeout=10_000)
    screen = kiosk.window.current_screen()
    assert "Would you like a member of staff to help you?" in screen.spoken_text()
    tap(qtbot, screen.yes)
    assert kiosk.controller.visible_screen == ids.HELP_REQUESTED
    qtbot.waitUntil(lambda: staff.queue.list_open() != [], timeout=5000)
    [item] = staff.queue.list_open()
    assert item.context["stuck"] == "back_and_forth"
    assert item.context["screen"] == WHAT  # where they were, not the offer


def test_no_thank_you_returns_and_never_asks_again_on_that_step(qtbot, queued) -> None:
    kiosk, staff = queued
    to_what(qtbot, kiosk)
    back_and_forth(kiosk, 3)
    qtbot.waitUntil(lambda: kiosk.controller.visible_screen == OFFER_SCREEN, timeout=10_000)
    tap(qtbot, kiosk.window.current_screen().no)
    assert kiosk.controller.visible_screen == WHAT
    back_and_forth(kiosk, 6)
    qtbot.wait(300)
    offer = kiosk.window.stuck_offer
    assert offer.detector.tick(offer.recorder.now().replace(year=2100)) is None
    assert kiosk.controller.visible_screen == WHAT
    assert staff.queue.list_open() == []
