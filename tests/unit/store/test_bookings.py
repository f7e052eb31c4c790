"""Bookings: add, import all-or-nothing, find today's, check in once (one priority ticket)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_clock import FakeClock

from kiosk.queue.models import Status
from kiosk.store import (
    BookingError,
    BookingNotFound,
    BookingNotToday,
    BookingStore,
    KioskDatabase,
    SqliteQueueStore,
)
from kiosk.store.bookings import InvalidBooking

# The contract suite: each test using the store runs on SQLite and on PostgreSQL.
BOTH_STORES = True

HEADER = "code,day,time,name,service,topic\n"


@pytest.fixture
def bookings(db: KioskDatabase, clock: FakeClock) -> BookingStore:
    return BookingStore(db, now=clock)


def add_wang(bookings: BookingStore, day: str = "2025-03-03") -> None:
    bookings.add("AB-12 34", day, "10:30", "Mrs Wang", "loan", "mortgage")


def test_add_and_find_ignores_case_and_spaces(bookings: BookingStore) -> None:
    add_wang(bookings)
    found = bookings.find("ab 1234")
    assert (found.code, found.day, found.time, found.name) == (
        "AB1234",
        "2025-03-03",
        "10:30",
        "Mrs Wang",
    )
    assert (found.service, found.topic, found.checked_in) == ("loan", "mortgage", False)
    assert found.to_json()["ticket_id"] is None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("code", "X!"),
        ("day", "2025-13-01"),
        ("time", "25:00"),
        ("name", "  "),
        ("service", "mortgage"),
        ("topic", ""),
        ("topic", "mortgage questions"),
        ("topic", "养老金"),
    ],
)
def test_add_names_the_bad_field(bookings: BookingStore, field: str, value: str) -> None:
    good = {
        "code": "AB1234",
        "day": "2025-03-03",
        "time": "10:30",
        "name": "Mrs Wang",
        "service": "loan",
        "topic": "mortgage",
    }
    with pytest.raises(InvalidBooking, match=f"field '{field}'"):
        bookings.add(**(good | {field: value}))
    assert bookings.list() == []


def test_a_code_is_booked_once(bookings: BookingStore) -> None:
    add_wang(bookings)
    with pytest.raises(InvalidBooking, match="already booked"):
        add_wang(bookings, "2025-03-04")


def test_unknown_code_and_another_day_say_what_to_check(bookings: BookingStore) -> None:
    with pytest.raises(BookingNotFound, match="check the code"):
        bookings.find("NOPE99")
    add_wang(bookings, "2025-12-03")
    with pytest.raises(BookingNotToday, match="3 December 2025 at 10:30") as caught:
        bookings.find("AB1234")
    assert caught.value.day == "2025-12-03"
    with pytest.raises(BookingNotToday):
        bookings.check_in("AB1234")


def test_the_day_is_the_branch_day(bookings: BookingStore, clock: FakeClock) -> None:
    add_wang(bookings, "2025-03-04")
    clock.advance(hours=14, minutes=59)  # 23:59 on the 3rd in the branch
    with pytest.raises(BookingNotToday):
        bookings.find("AB1234")
    clock.advance(minutes=1)  # midnight: the 4th locally, still the 3rd in UTC
    assert bookings.find("AB1234").day == "2025-03-04"


def test_check_in_twice_gives_one_priority_ticket(
    bookings: BookingStore, store: SqliteQueueStore, clock: FakeClock
) -> None:
    store.take_ticket("loan")
    add_wang(bookings)
    booking, ticket = bookings.check_in("ab1234")
    assert ticket.priority and ticket.service == "loan" and ticket.status is Status.WAITING
    assert ticket.number == 2  # after the loan ticket already taken today
    assert booking.checked_in and booking.ticket_id == ticket.id
    clock.advance(minutes=2)
    again, same = bookings.check_in("AB 1234")
    assert same.id == ticket.id and again.checked_in_at == booking.checked_in_at
    waiting = store.list_open()
    assert [i.id for i in waiting] == [ticket.id, waiting[1].id]  # priority goes first


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bookings.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_import_csv(bookings: BookingStore, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        HEADER + "AB1234,2025-03-03,10:30,Mrs Wang,loan,mortgage\n\n"
        "CD5678,2025-03-03,09:00,Mr Li,wealth, Pension \n",
    )
    assert bookings.import_csv(path) == 2
    assert [b.code for b in bookings.list("2025-03-03")] == ["CD5678", "AB1234"]


@pytest.mark.parametrize(
    ("row", "where"),
    [
        ("CD5678,2025-03-03,9.30,Mr Li,wealth,pension", "line 3: field 'time'"),
        ("CD5678,2025-03-03,09:30,Mr Li,savings,pension", "line 3: field 'service'"),
        ("AB1234,2025-03-03,09:30,Mr Li,wealth,pension", "line 3: field 'code'"),
        ("CD5678,2025-03-03,09:30,Mr Li,wealth", "line 3: 5 fields, expected 6"),
        ("CD5678,2025-03-03,09:30,Mr Li,wealth,pension review", "line 3: field 'topic'"),
    ],
)
def test_a_bad_row_imports_nothing(
    bookings: BookingStore, tmp_path: Path, row: str, where: str
) -> None:
    path = write(tmp_path, HEADER + f"AB1234,2025-03-03,10:30,Mrs Wang,loan,mortgage\n{row}\n")
    with pytest.raises(BookingError, match=where) as caught:
        bookings.import_csv(path)
    assert str(path) in str(caught.value)
    assert bookings.list() == []


def test_a_bad_header_or_file_is_named(bookings: BookingStore, tmp_path: Path) -> None:
    with pytest.raises(BookingError, match="line 1: field 'topic' missing"):
        bookings.import_csv(write(tmp_path, "code,day,time,name,service\n"))
    with pytest.raises(BookingError, match="line 1: unknown field 'notes'"):
        bookings.import_csv(write(tmp_path, HEADER.strip() + ",notes\n"))
    with pytest.raises(BookingError, match="cannot read"):
        bookings.import_csv(tmp_path / "missing.csv")


def test_past_bookings_go_with_retention(
    bookings: BookingStore, store: SqliteQueueStore, clock: FakeClock
) -> None:
    add_wang(bookings)
    clock.advance(days=2)
    store.purge_before("2025-03-04")
    assert bookings.list() == []


def test_a_topic_is_an_id_from_the_list_and_the_message_lists_them(
    bookings: BookingStore,
) -> None:
    with pytest.raises(InvalidBooking, match="'coins' is not a topic id; use one of account, card"):
        bookings.add("AB1234", "2025-03-03", "10:30", "Mrs Wang", "cash", "coins")
    bookings.add("AB1234", "2025-03-03", "10:30", "Mrs Wang", "cash", " CASH ")
    assert bookings.find("AB1234").topic == "cash"  # stored as the id
