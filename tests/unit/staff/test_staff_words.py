"""Staff read what a person would say, never the kiosk's ids — in all three languages.

Real catalogues and real journey files; the queue items are built the way the
store builds them (context sanitised by kiosk.queue.context).
"""

from __future__ import annotations

import re

import pytest

from kiosk.content.catalog import load_catalogs
from kiosk.core import ids
from kiosk.journeys.loader import load_journeys
from kiosk.paths import assets_dir, locales_dir
from kiosk.queue.context import sanitise_context
from kiosk.queue.models import Kind, QueueItem, Status
from kiosk.staff.context_card import card_rows
from kiosk.staff.words import (
    FRAUD,
    PRIORITY,
    QUIET_CHECK,
    bar_summary,
    item_kind,
    place_words,
    trail_words,
)

CATALOGS = load_catalogs(locales_dir())
JOURNEYS = load_journeys(assets_dir() / "journeys")
EN, ZH, KO = CATALOGS["en"], CATALOGS["zh_CN"], CATALOGS["ko"]

# What must never reach staff: a screen id, a journey id, "kiosk kiosk-2".
ID_LIKE = re.compile(r"\b(?:journey|product|ask_staff)\.[a-z_.]+|\b[a-z]+_[a-z_]+\b|kiosk kiosk-")


def help_item(context: dict, reason: str | None = None, priority: bool = False) -> QueueItem:
    return QueueItem(
        7, Kind.HELP, "2026-12-03", "H", 7, None, Status.WAITING, priority,
        "2026-12-03T09:00:00+00:00", kiosk_id="kiosk-2", location="Main hall",
        reason=reason, context=sanitise_context(context),
    )  # fmt: skip


LOST_CARD_CONTEXT = {
    "kiosk_id": "kiosk-2",
    "kiosk_name": "Kiosk by the door",
    "locale": "zh_CN",
    "text_size": 150,
    "voice_on": True,
    "screen": "journey.lost_card.phone",
    "journey": "lost_card",
    "step": "phone",
    "steps": ["language", "home", "forms", "journey.lost_card.what", "journey.lost_card.kept",
              "journey.lost_card.phone"],
    "chosen": ["what=swallowed"],
    "typed": ["phone: 13812345678"],
}  # fmt: skip


def test_a_journey_step_reads_as_a_person_would_say_it() -> None:
    assert place_words("journey.lost_card.phone", EN, JOURNEYS) == (
        "Preparing a form: lost card, step 3 of 5"
    )
    assert place_words("journey.lost_card.phone", ZH, JOURNEYS) == (
        "准备表格：银行卡丢失，第3步，共5步"
    )
    assert place_words("journey.lost_card.phone", KO, JOURNEYS) == (
        "서류 준비: 카드 분실, 5단계 중 3단계"
    )


@pytest.mark.parametrize(
    ("screen", "words"),
    [
        (ids.HOME, "Main menu"),
        (ids.ask_staff_screen("forms"), "Asked for staff: Prepare a form"),
        ("product.time_deposit", "Reading about a product: Fixed-term deposit"),
        ("product.time_deposit.calculator", "Fixed-term deposit: working out the numbers"),
        (ids.HELP_REQUESTED, "Waiting for staff"),
        ("forms", "Choosing a form"),
    ],
)
def test_screens_have_human_words(screen: str, words: str) -> None:
    assert place_words(screen, EN, JOURNEYS) == words


def test_every_screen_of_the_tour_has_words_in_every_language() -> None:
    steps = [ids.journey_screen(j.id, s) for j in JOURNEYS.values() for s in j.steps]
    screens = [ids.WELCOME, ids.LANGUAGE, ids.HOME, ids.PRODUCTS, ids.HELP_REQUESTED,
               ids.TIMEOUT_WARNING, ids.FEEDBACK, ids.ASSISTANT, "forms", ids.STAFF_SIGN_IN,
               *(ids.ask_staff_screen(t) for t in ids.HOME_TASKS),
               *(ids.product_screen(p) for p in ids.PRODUCTS_IDS), *steps]  # fmt: skip
    for locale in ids.LOCALES:
        for screen in screens:
            words = place_words(screen, CATALOGS[locale], JOURNEYS)
            assert not ID_LIKE.search(words), f"{locale}: {screen} → {words!r}"


def test_an_unknown_screen_is_shown_as_it_is_rather_than_hidden() -> None:
    assert place_words("lobby.something_new", EN, JOURNEYS) == "lobby.something_new"
    assert place_words("journey.new_journey.ask", EN, JOURNEYS) == "new journey"


def test_the_trail_is_one_stop_per_task_and_skips_the_welcome() -> None:
    steps = ["welcome", *LOST_CARD_CONTEXT["steps"]]
    assert trail_words(steps, EN, JOURNEYS) == (
        "Choosing a language → Main menu → Choosing a form → Preparing a form: lost card"
    )


def test_the_card_is_in_words_not_ids() -> None:
    rows = dict(card_rows(help_item(LOST_CARD_CONTEXT), EN, CATALOGS, JOURNEYS))
    assert rows["Kiosk"] == "Kiosk by the door"
    assert rows["Doing now"] == ("Preparing a form: lost card, step 3 of 5 — “Your phone number”")
    assert rows["Answers given"] == "What happened to your card? — A cash machine kept it"
    assert rows["Said or typed"] == "Phone number: ••••"  # the card masks it; the draft has it
    for value in rows.values():
        assert not ID_LIKE.search(value), value


def test_the_card_lists_the_fraud_answers_given_in_the_staff_language() -> None:
    context = {
        "kiosk_name": "Kiosk by the door", "locale": "en", "text_size": 100, "voice_on": True,
        "screen": "journey.fraud_check.warning", "journey": "fraud_check", "step": "warning",
        "chosen": ["on_phone=no", "secret=no", "codes=yes", "safe_account=unsure"],
    }  # fmt: skip
    item = help_item(context, reason="fraud", priority=True)
    rows = dict(card_rows(item, ZH, CATALOGS, JOURNEYS))
    answers = rows["防骗问题的回答"].splitlines()
    assert answers[0].endswith("— 不是")
    assert answers[2].startswith(ZH.text("journey.fraud_check.codes.title"))
    assert answers[2].endswith("— 是")
    assert answers[3].endswith("— 不确定")
    assert rows["提醒"] == "优先：疑似诈骗"


def test_a_quiet_check_is_its_own_kind_not_a_fraud_alarm() -> None:
    # The contract the kiosk side sends: reason "other", priority, quiet_check in the context.
    quiet = help_item({"quiet_check": True, "screen": "home"}, reason="other", priority=True)
    assert item_kind(quiet) == QUIET_CHECK
    rows = card_rows(quiet, KO, CATALOGS, JOURNEYS)
    assert rows[0] == ("알림", "조용한 도움 요청: 누군가에게 압박받는 중일 수 있음")
    assert dict(rows)["이유"] == rows[0][1]  # not "Something else"
    assert "사기" not in rows[0][1]
    assert item_kind(help_item({}, reason="fraud", priority=True)) == FRAUD
    assert item_kind(help_item({}, reason="hearing", priority=True)) == PRIORITY
    assert item_kind(help_item({"quiet_check": "yes"}, reason="other")) == ""  # not a bool


def test_the_staff_bar_line_says_where_the_customer_is() -> None:
    context = {"screen": "journey.open_account.phone", "text_size": 150}
    assert bar_summary(context, EN, JOURNEYS) == (
        "English · 150% · Preparing a form: new account or card, step 4 of 7 — “Your phone number”"
    )
    assert "ask_staff" not in bar_summary({"screen": "ask_staff.forms"}, ZH, JOURNEYS)


def test_the_step_number_follows_the_way_the_customer_came() -> None:
    way = ["home", "journey.lost_card.what", "journey.lost_card.block_now",
           "journey.lost_card.hotline", "journey.lost_card.phone"]  # fmt: skip
    context = {"screen": "journey.lost_card.phone", "text_size": 100, "steps": way}
    assert "step 4 of 6" in bar_summary(context, EN, JOURNEYS)
    rows = dict(card_rows(help_item({**LOST_CARD_CONTEXT, "steps": way}), EN, CATALOGS, JOURNEYS))
    assert rows["Doing now"].startswith("Preparing a form: lost card, step 4 of 6")


def test_a_priority_ticket_says_why_it_is_called_sooner() -> None:
    ticket = QueueItem(
        3, Kind.TICKET, "2026-12-03", "A", 12, "cash", Status.WAITING, True,
        "2026-12-03T09:00:00+00:00", priority_reason="age",
    )  # fmt: skip
    assert item_kind(ticket) == PRIORITY
    assert dict(card_rows(ticket, KO, CATALOGS, JOURNEYS))["이유"] == "70세 이상"
    assert dict(card_rows(ticket, EN, CATALOGS, JOURNEYS))["Kiosk"] == "—"


def test_the_card_says_how_a_customer_seemed_stuck() -> None:
    context = sanitise_context({**LOST_CARD_CONTEXT, "stuck": "back_and_forth"})
    rows = dict(card_rows(help_item(context), EN, CATALOGS, JOURNEYS))
    assert rows["The kiosk offered help"] == "Went back and forth between two steps"
    ko = dict(card_rows(help_item({**context, "stuck": "voice_missed"}), KO, CATALOGS, JOURNEYS))
    assert ko["키오스크가 도움을 제안함"] == "키오스크가 두 번 알아듣지 못함"
    # Anything that is not one of the kiosk's reasons is not shown.
    plain = dict(card_rows(help_item({**context, "stuck": "Wang Fang"}), EN, CATALOGS, JOURNEYS))
    assert "The kiosk offered help" not in plain
