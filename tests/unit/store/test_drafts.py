"""Form drafts: short unambiguous codes, nothing secret stored, gone after their day."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_clock import FakeClock

from kiosk.core.errors import KioskError
from kiosk.store import (
    Draft,
    DraftNotFound,
    DraftStore,
    KioskDatabase,
    SqliteQueueStore,
    draft_reference,
)
from kiosk.store.drafts import CODE_ALPHABET, DraftError, normalise_code

# The contract suite: each test using the store runs on SQLite and on PostgreSQL.
BOTH_STORES = True


@pytest.fixture
def drafts(db: KioskDatabase, clock: FakeClock) -> DraftStore:
    return DraftStore(db, now=clock)


def make(drafts: DraftStore, **fields: str) -> Draft:
    return drafts.create("update_details", "update_details", fields or {"new_phone": "1"}, "k1")


def test_codes_are_six_unambiguous_characters_and_unique(drafts: DraftStore) -> None:
    codes = {make(drafts).code for _ in range(200)}
    assert len(codes) == 200
    assert all(len(c) == 6 and set(c) <= set(CODE_ALPHABET) for c in codes)
    assert not set("0O1IL") & set(CODE_ALPHABET)


def test_a_colliding_code_is_drawn_again(db: KioskDatabase, clock: FakeClock) -> None:
    wanted: Iterator[str] = iter(["ABCDEF", "ABCDEF", "ABCDEF", "GHJKMN"])
    drafts = DraftStore(db, now=clock, new_code=lambda: next(wanted))
    assert make(drafts).code == "ABCDEF"
    assert make(drafts).code == "GHJKMN"


def test_gives_up_clearly_when_no_code_is_free(db: KioskDatabase, clock: FakeClock) -> None:
    drafts = DraftStore(db, now=clock, new_code=lambda: "ABCDEF")
    make(drafts)
    with pytest.raises(DraftError, match="no free form draft code"):
        make(drafts)


def test_card_numbers_are_masked_and_secrets_dropped(drafts: DraftStore) -> None:
    draft = drafts.create(
        "lost_card",
        "card_block",
        {
            "card": "4111 1111 1111 1234",
            "account": "6222020200112233445",
            "PIN": "1234",
            "card_cvv": "987",
            "online_password": "hunter2",
            "new_phone": "13800138000",
        },
        "k1",
    )
    assert draft.fields == {
        "card": "•••• 1234",
        "account": "•••• 3445",
        "new_phone": "13800138000",  # 11 digits: a phone number stays readable
    }
    raw = drafts._db.conn.execute("SELECT fields FROM form_drafts").fetchone()[0]
    assert "4111" not in raw and '"1234"' not in raw
    assert "hunter2" not in raw and "987" not in raw


def test_lookup_ignores_case_spaces_and_reads_the_qr(drafts: DraftStore, clock: FakeClock) -> None:
    draft = make(drafts, new_phone="13800138000")
    typed = f" {draft.code[:3].lower()} {draft.code[3:].lower()} "
    clock.advance(minutes=5)
    found = drafts.lookup(typed, "ann")
    assert found.fields == {"new_phone": "13800138000"}
    assert (
        found.looked_up_by == "ann" and found.looked_up_at and found.looked_up_at > draft.created_at
    )
    assert draft_reference(draft.code) == f"KIOSK-DRAFT:{draft.code}" == draft.reference
    assert drafts.lookup(draft_reference(draft.code), "bob").looked_up_by == "bob"
    assert normalise_code("kiosk-draft:ab cd-ef") == "ABCDEF"


def test_unknown_and_malformed_codes_say_what_to_check(drafts: DraftStore) -> None:
    make(drafts)
    with pytest.raises(DraftNotFound, match="check the code") as caught:
        drafts.lookup("ZZZZZZ", "ann")
    assert isinstance(caught.value, KioskError)
    with pytest.raises(DraftNotFound, match="no 0, O, 1, I or L"):
        drafts.lookup("10OIL1", "ann")


def test_a_draft_is_gone_after_its_day(
    drafts: DraftStore, store: SqliteQueueStore, clock: FakeClock
) -> None:
    draft = make(drafts)
    clock.advance(hours=14, minutes=59)  # 23:59 local: still today
    assert drafts.lookup(draft.code).code == draft.code
    clock.advance(minutes=1)  # midnight in the branch (16:00 UTC)
    with pytest.raises(DraftNotFound):
        drafts.lookup(draft.code)
    assert len(drafts.list_day("2025-03-03")) == 1  # refused, though not yet deleted
    # Start-up housekeeping (retention 30 days) still deletes yesterday's drafts.
    store.housekeep(30)
    assert drafts.list_day("2025-03-03") == []


def test_purge_before_and_new_drafts_delete_earlier_days(
    drafts: DraftStore, clock: FakeClock
) -> None:
    make(drafts)
    clock.advance(days=1)
    today = make(drafts)  # creating a draft drops yesterday's
    assert drafts.list_day("2025-03-03") == []
    clock.advance(days=1)
    assert drafts.purge_before("2025-03-05") == 1
    assert drafts.list_day("2025-03-04") == [] and today.day == "2025-03-04"
    with pytest.raises(DraftError, match="a day looks like"):
        drafts.purge_before("tomorrow")


def test_to_json_is_the_public_shape(drafts: DraftStore) -> None:
    data = make(drafts, new_phone="13800138000").to_json()
    assert data["reference"] == f"KIOSK-DRAFT:{data['code']}"
    assert data["fields"] == {"new_phone": "13800138000"} and data["kiosk_id"] == "k1"
    assert set(data) >= {"id", "code", "day", "journey", "form", "created_at", "looked_up_at"}


def test_a_draft_needs_a_journey_and_a_form(drafts: DraftStore) -> None:
    with pytest.raises(DraftError, match="journey and the form"):
        drafts.create("", "update_details", {}, "k1")
