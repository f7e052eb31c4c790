"""Rules that lived in the composition root's closures, reached without building a kiosk."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from kiosk.content.catalog import Catalog, load_catalogs, with_all_files
from kiosk.core.errors import ContentError
from kiosk.journeys.loader import load_journeys, require_words
from kiosk.paths import assets_dir, locales_dir
from kiosk.queue import samples
from kiosk.services.booking_check_in import failed_lookup, found_lookup
from kiosk.services.feedback import DEFAULT_SCORE, FeedbackRating
from kiosk.staff.words import sign_in_refusal
from kiosk.store.bookings import Booking, BookingNotFound, BookingNotToday
from kiosk.store.errors import StaffLocked


def _booking(day: str = "2026-11-30") -> Booking:
    return Booking(1, "K7F3QM", day, "10:30", "Mrs Wang", "wealth", "pension")


# --- booking check-in -------------------------------------------------------


def test_a_checked_in_booking_greets_the_customer_with_their_number() -> None:
    ticket = samples.item(7, "E", 7, service="wealth", priority=True)
    outcome, words = found_lookup(_booking(), ticket)
    assert outcome == "found"
    assert words == {"name": "Mrs Wang", "time": "10:30", "topic": "pension", "number": "E007"}


def test_a_booking_for_another_day_says_which_day() -> None:
    assert failed_lookup(BookingNotToday(_booking("2026-12-02"))) == (
        "not_today",
        {"day": "2026-12-02"},
    )


@pytest.mark.parametrize(
    "error", [BookingNotFound("ZZZ999"), RuntimeError("database is locked"), ValueError()]
)
def test_any_other_failure_is_not_found(error: Exception) -> None:
    assert failed_lookup(error) == ("not_found", {})


# --- staff sign-in wording ----------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", "Too many wrong PINs. Try again after 14:05."),
        ("zh_CN", "14:05"),
        ("ko", "14:05"),
    ],
)
def test_a_locked_account_says_when_to_try_again(locale: str, expected: str) -> None:
    catalog = load_catalogs(locales_dir())[locale]
    error = StaffLocked("Li", datetime(2026, 11, 30, 14, 5))
    message = sign_in_refusal(error, catalog)
    assert expected in message
    assert message == catalog.text("staff.locked", time="14:05")


def test_another_sign_in_error_keeps_its_own_words() -> None:
    catalog = load_catalogs(locales_dir())["en"]
    error = ContentError(Path("staff.toml"), "pin", "is broken")
    assert sign_in_refusal(error, catalog) == str(error)


# --- feedback rating ------------------------------------------------------------


def test_stars_and_thanks_are_recorded_for_the_closed_help_request() -> None:
    recorded: list[tuple[object, ...]] = []
    rating = FeedbackRating(lambda *args: recorded.append(args))
    rating.help_did_close(42)
    rating.rate(5)
    rating.thank("Li")
    assert recorded == [(42, 5), (42, 5, "Li")]


def test_thanks_without_stars_give_the_middle_score() -> None:
    recorded: list[tuple[object, ...]] = []
    rating = FeedbackRating(lambda *args: recorded.append(args))
    rating.help_did_close(7)
    rating.thank("Kim")
    assert recorded == [(7, DEFAULT_SCORE, "Kim")]


def test_nothing_is_recorded_without_a_closed_help_request_or_after_the_session() -> None:
    recorded: list[tuple[object, ...]] = []
    rating = FeedbackRating(lambda *args: recorded.append(args))
    rating.rate(4)
    rating.thank("Li")
    rating.help_did_close(3)
    rating.forget()
    rating.rate(2)
    rating.thank("Li")
    assert recorded == []
    assert rating.score == 2  # the stars of this session only


# --- start-up word checks ---------------------------------------------------------


def _locale(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "en"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_all_files_add_the_content_areas_words(tmp_path: Path) -> None:
    folder = _locale(tmp_path, {"messages.toml": 'a = "A"\n', "journeys.toml": 'b = "B"\n'})
    first = Catalog("en", {"a": "A"}, sources={"a": folder / "messages.toml"})
    full = with_all_files(first, folder)
    assert (full.text("a"), full.text("b")) == ("A", "B")
    assert not first.has("b")  # the window's catalogue is completed later, not here


def test_a_word_in_two_files_names_both(tmp_path: Path) -> None:
    folder = _locale(tmp_path, {"messages.toml": 'a = "A"\n', "products.toml": 'a = "again"\n'})
    first = Catalog("en", {"a": "A"}, sources={"a": folder / "messages.toml"})
    with pytest.raises(ContentError, match=r"products\.toml.*is also defined in.*messages\.toml"):
        with_all_files(first, folder)


def test_a_journey_word_missing_in_english_stops_start_up() -> None:
    journeys = load_journeys(assets_dir() / "journeys")
    english = load_catalogs(locales_dir())["en"]
    require_words(journeys, english, locales_dir() / "en")  # the shipped words are complete
    partial = Catalog("en", {k: v for k, v in english.messages.items() if "check_in" not in k})
    with pytest.raises(ContentError, match=r"check_in.*is missing \(\d+ in all\)"):
        require_words(journeys, partial, locales_dir() / "en")


# --- the assistant's spoken answers -------------------------------------------------


@pytest.mark.parametrize(
    ("phase", "spoken"),
    [("ask", True), ("sorry", True), ("name", True), ("listening", False), ("off", False)],
)
def test_questions_and_errors_are_said_while_listening_is_only_shown(
    phase: str, spoken: bool
) -> None:
    from kiosk.services.voice_assistant import AssistantView

    assert AssistantView(phase).said_aloud is spoken


# --- a screen's words on entry; Louder and Slower -------------------------------------


def test_the_welcome_screen_and_a_silent_kiosk_say_nothing() -> None:
    from kiosk.services.screen_voice import speaking_locale

    assert speaking_locale("welcome", "Touch to start", "en", voice_ready=True) is None
    assert speaking_locale("home", "", "ko", voice_ready=True) is None
    assert speaking_locale("home", "What would you like to do?", "ko", voice_ready=False) is None
    assert speaking_locale("home", "무엇을 도와드릴까요?", "ko", voice_ready=True) == "ko"


def test_the_pseudo_locale_is_spoken_in_english() -> None:
    from kiosk.services.screen_voice import speaking_locale

    assert speaking_locale("home", "[Ŵĥåţ]", "pseudo", voice_ready=True) == "en"


def test_louder_stops_at_full_volume_and_slower_steps_down() -> None:
    from kiosk.services.screen_voice import louder, slower

    assert louder(0.5) == pytest.approx(0.6)
    assert louder(0.95) == 1.0
    assert louder(1.0) == 1.0
    assert slower(0) == -1
