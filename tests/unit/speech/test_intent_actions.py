import pytest

from kiosk.speech.intent_actions import Decided, Listener, Verdict, actions_for


@pytest.mark.parametrize(
    ("intent", "slots", "screen", "expected"),
    [
        ("call_staff", {}, "home", [("call_staff", "")]),
        ("take_ticket", {"service": "cash"}, "home",
         [("journey_start", "take_ticket"), ("journey_choose", "cash")]),
        ("take_ticket", {}, "home", [("journey_start", "take_ticket")]),
        ("explain_product", {"product": "pension"}, "home", [("go", "product.pension")]),
        ("explain_product", {}, "home", [("go", "products")]),
        ("fraud_check", {}, "home", [("journey_start", "fraud_check")]),
        ("home", {}, "journey.lost_card.phone", [("start_again", "")]),
        ("yes", {}, "journey.fraud_check.secret", [("journey_yes", "")]),
        ("yes", {}, "home", []),  # nothing asked: a bare yes does nothing
        ("yes", {}, "leave_form", [("leave_form", "")]),  # "Leave this form?" "Yes"
        ("no", {}, "leave_form", [("stay_in_form", "")]),
        ("change_language", {"lang": "ko"}, "home", [("set_language", "ko")]),
        ("bigger_text", {}, "home", [("text_size", "")]),
        ("unknown", {}, "home", []),
    ],
)  # fmt: skip
def test_every_intent_does_what_a_tap_would(intent, slots, screen, expected) -> None:
    assert actions_for(intent, slots, screen, text_size=100) == expected


def test_bigger_text_at_the_largest_size_does_not_wrap_to_small() -> None:
    assert actions_for("bigger_text", {}, "home", text_size=200) == []


def test_low_confidence_asks_and_three_misses_offer_staff() -> None:
    listener = Listener()
    unsure = listener.decide(
        "lost_card", {}, 0.6, [("fraud_check", {}, 0.55), ("unknown", {}, 0.9)], "home", 100
    )
    assert unsure == Decided(Verdict.ASK, readings=[("lost_card", {}), ("fraud_check", {})])
    sure = listener.decide("call_staff", {}, 0.9, [], "home", 100)
    assert sure == Decided(Verdict.ACT, actions=[("call_staff", "")])
    outcomes = [listener.decide("unknown", {}, 0.8, [], "home", 100).verdict for _ in range(3)]
    assert outcomes == [Verdict.SORRY, Verdict.SORRY, Verdict.STAFF]
