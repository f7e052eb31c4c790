""" "Start again" with a half-typed form asks "Leave this form?" once — by touch and by voice."""

from __future__ import annotations

from conftest import button, screen_texts, tap

from kiosk.core import ids

PHONE = "journey.lost_card.phone"


def to_phone_step(qtbot, kiosk, locale: str = "en") -> None:
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices[locale])
    kiosk.controller.handle("journey_start", "lost_card")
    kiosk.controller.handle("journey_choose", "lost")
    kiosk.controller.handle("journey_next")
    kiosk.controller.handle("journey_next")
    assert kiosk.controller.visible_screen == PHONE


def type_digits(kiosk, digits: str) -> None:
    for digit in digits:
        kiosk.controller.handle("journey_key", digit)


def typed(kiosk) -> str:
    return kiosk.journeys.answers("lost_card").typing.get("phone", "")


def test_nothing_typed_starts_again_without_asking(qtbot, patient_kiosk) -> None:
    kiosk = patient_kiosk
    to_phone_step(qtbot, kiosk)
    tap(qtbot, kiosk.window.bar.buttons["start_again"])
    assert kiosk.controller.visible_screen == ids.HOME


def test_a_half_typed_form_asks_once_and_no_goes_on_with_everything_kept(
    qtbot, patient_kiosk
) -> None:
    kiosk = patient_kiosk
    shown: list[tuple[str, str]] = []
    kiosk.window.screen_did_show.connect(lambda sid, words: shown.append((sid, words)))
    to_phone_step(qtbot, kiosk)
    type_digits(kiosk, "0138")
    tap(qtbot, kiosk.window.bar.buttons["start_again"])
    assert kiosk.controller.visible_screen == ids.LEAVE_FORM
    assert kiosk.controller.session.current == PHONE  # the form is still underneath
    qtbot.waitUntil(lambda: any(sid == ids.LEAVE_FORM for sid, _ in shown), timeout=5_000)
    texts = screen_texts(kiosk)
    assert "Leave this form?" in texts and "No, go on" in texts and "Yes, leave" in texts
    # Said as well as shown: the question and both answers.
    words = next(w for sid, w in shown if sid == ids.LEAVE_FORM)
    assert "Leave this form?" in words and "No, go on" in words and "Yes, leave" in words
    # Asked once: Start again again changes nothing while the question is up.
    tap(qtbot, kiosk.window.bar.buttons["start_again"])
    assert kiosk.controller.visible_screen == ids.LEAVE_FORM
    qtbot.wait(100)  # time for words that would come once a layout settled
    assert [sid for sid, _ in shown].count(ids.LEAVE_FORM) == 1

    tap(qtbot, button(kiosk.window.current_screen(), "stay_in_form"))
    assert kiosk.controller.visible_screen == PHONE
    assert typed(kiosk) == "0138"


def test_yes_leave_wipes_the_form_and_opens_the_menu(qtbot, patient_kiosk) -> None:
    kiosk = patient_kiosk
    to_phone_step(qtbot, kiosk, "zh_CN")
    type_digits(kiosk, "13")
    tap(qtbot, kiosk.window.bar.buttons["start_again"])
    assert "要离开这张表吗？" in screen_texts(kiosk)
    tap(qtbot, button(kiosk.window.current_screen(), "leave_form"))
    assert kiosk.controller.visible_screen == ids.HOME
    assert kiosk.controller.session.drafts == {}
    assert kiosk.controller.prefs.locale == "zh_CN"  # language and size are kept


def test_back_on_the_question_means_go_on(qtbot, patient_kiosk) -> None:
    kiosk = patient_kiosk
    to_phone_step(qtbot, kiosk, "ko")
    type_digits(kiosk, "010")
    tap(qtbot, kiosk.window.bar.buttons["start_again"])
    assert "서류 작성을 그만두시겠어요?" in screen_texts(kiosk)
    tap(qtbot, kiosk.window.bar.buttons["back"])
    assert kiosk.controller.visible_screen == PHONE and typed(kiosk) == "010"


def test_saying_start_again_asks_the_same_question_and_yes_leaves(qtbot, patient_kiosk) -> None:
    kiosk = patient_kiosk
    to_phone_step(qtbot, kiosk)
    type_digits(kiosk, "0138")
    kiosk.assistant.take_text("start again")  # as heard, or typed to the assistant
    assert kiosk.controller.visible_screen == ids.LEAVE_FORM
    assert typed(kiosk) == "0138"
    kiosk.assistant.take_text("yes")
    assert kiosk.controller.visible_screen == ids.HOME


def test_saying_no_goes_on(qtbot, patient_kiosk) -> None:
    kiosk = patient_kiosk
    to_phone_step(qtbot, kiosk, "ko")
    type_digits(kiosk, "010")
    kiosk.assistant.take_text("처음으로")
    assert kiosk.controller.visible_screen == ids.LEAVE_FORM
    kiosk.assistant.take_text("아니요")
    assert kiosk.controller.visible_screen == PHONE and typed(kiosk) == "010"


def test_a_form_already_saved_as_a_draft_leaves_without_asking(qtbot, patient_kiosk) -> None:
    kiosk = patient_kiosk
    to_phone_step(qtbot, kiosk)
    type_digits(kiosk, "01381234567")
    kiosk.controller.handle("journey_submit")
    kiosk.controller.handle("journey_next")  # review → done: the draft is asked for
    assert kiosk.controller.visible_screen == "journey.lost_card.done"
    kiosk.journeys.draft_did_finish("lost_card", "K7F3QM")  # stored, its code on screen
    assert kiosk.journeys.unsaved_form() is None
    tap(qtbot, kiosk.window.bar.buttons["start_again"])
    assert kiosk.controller.visible_screen == ids.HOME


def test_a_draft_that_could_not_be_stored_still_asks(qtbot, patient_kiosk) -> None:
    kiosk = patient_kiosk
    to_phone_step(qtbot, kiosk)
    type_digits(kiosk, "01381234567")
    kiosk.controller.handle("journey_submit")
    kiosk.controller.handle("journey_next")
    kiosk.journeys.draft_did_finish("lost_card", None)  # offline: only this screen has it
    assert kiosk.journeys.unsaved_form() == "lost_card"
    tap(qtbot, kiosk.window.bar.buttons["start_again"])
    assert kiosk.controller.visible_screen == ids.LEAVE_FORM


def test_outside_a_form_journey_nothing_is_asked(qtbot, patient_kiosk) -> None:
    kiosk = patient_kiosk
    tap(qtbot, kiosk.window.screens[ids.WELCOME].area)
    tap(qtbot, kiosk.window.screens[ids.LANGUAGE].choices["en"])
    kiosk.controller.handle("journey_start", "check_in")
    kiosk.controller.handle("journey_key", "1")  # a booking code is no form
    tap(qtbot, kiosk.window.bar.buttons["start_again"])
    assert kiosk.controller.visible_screen == ids.HOME


def test_start_again_typed_to_the_assistant_mid_form_still_asks(qtbot, patient_kiosk) -> None:
    kiosk = patient_kiosk
    to_phone_step(qtbot, kiosk)
    type_digits(kiosk, "0138")
    kiosk.controller.handle("assistant")  # Type: the form stays underneath
    assert kiosk.controller.visible_screen == ids.ASSISTANT
    kiosk.assistant.take_text("start again")
    assert kiosk.controller.visible_screen == ids.LEAVE_FORM
    tap(qtbot, button(kiosk.window.current_screen(), "stay_in_form"))
    tap(qtbot, kiosk.window.bar.buttons["back"])
    assert kiosk.controller.visible_screen == PHONE and typed(kiosk) == "0138"


def test_more_time_returns_to_the_question_not_past_it(qtbot, kiosk) -> None:
    # The idle clock runs on the question too (15 × 20 ms here); "I need more
    # time" brings back exactly what was on screen.
    to_phone_step(qtbot, kiosk)
    type_digits(kiosk, "0138")
    tap(qtbot, kiosk.window.bar.buttons["start_again"])
    qtbot.waitUntil(lambda: kiosk.controller.visible_screen == ids.TIMEOUT_WARNING, timeout=10_000)
    tap(qtbot, kiosk.window.current_screen().more)
    assert kiosk.controller.visible_screen == ids.LEAVE_FORM
    assert kiosk.window.current_screen().screen_id == ids.LEAVE_FORM
    kiosk.controller.idle.set_enabled(False)
