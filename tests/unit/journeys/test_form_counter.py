"""Which counter a form's queue number is for, and what its printed slip carries."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.catalog import load_catalogs
from kiosk.core.errors import ContentError
from kiosk.core.ids import draft_reference
from kiosk.journeys import engine
from kiosk.journeys.engine import Answers
from kiosk.journeys.loader import load_journey, load_journeys
from kiosk.paths import assets_dir, locales_dir
from kiosk.queue import samples


def test_each_form_journey_sends_the_customer_to_its_counter() -> None:
    journeys = load_journeys(assets_dir() / "journeys")
    services = {j: journeys[j].service for j in ("lost_card", "update_details", "open_account")}
    assert services == {"lost_card": "card", "update_details": "account", "open_account": "account"}
    # A choice named like a service wins: "A bank card" is done at the card counter.
    opening = journeys["open_account"]
    assert engine.counter_service(opening, Answers(chosen={"what": "card"})) == "card"
    assert engine.counter_service(opening, Answers(chosen={"what": "both"})) == "account"
    assert engine.counter_service(journeys["lost_card"], Answers(chosen={"what": "lost"})) == "card"


def test_each_visit_has_its_own_request_key() -> None:
    first, second = Answers(), Answers()
    assert first.request_key.isalnum() and first.request_key != second.request_key


def test_a_wrong_counter_is_named_at_start_up(tmp_path: Path) -> None:
    path = tmp_path / "update_details.toml"
    path.write_text(
        '[journey]\nfirst = "done"\nservice = "cards"\n\n[steps.done]\nkind = "result"\n',
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"service.*'cards'.*cash, account, card"):
        load_journey(path)


def test_a_forms_slip_carries_the_code_and_its_qr_opens_the_form() -> None:
    from kiosk.printing.slip import form_slip

    catalog = load_catalogs(locales_dir())["zh_CN"]
    form = samples.item(3, "C", 3, service="card", context={"draft_code": "K7F3QM"})
    lines, qr = form_slip(form, catalog)
    assert lines == ("您的表格编号：K7F3QM",)
    assert qr == draft_reference("K7F3QM")
    plain = samples.item(4, "A", 4, service="cash")
    assert form_slip(plain, catalog) == ((catalog.text("ticket.qr_caption"),), "")


def test_sentences_are_joined_as_each_language_writes_them() -> None:
    from kiosk.ui.screens.journey import joined

    assert joined("zh_CN", "欢迎您，Mrs Wang", "您的号码") == "欢迎您，Mrs Wang。您的号码。"
    assert joined("en", "Your card form is ready", "") == "Your card form is ready."
    korean = joined("ko", "번호를 기억하세요.", "곧 불러 드립니다")
    assert korean == "번호를 기억하세요. 곧 불러 드립니다."
