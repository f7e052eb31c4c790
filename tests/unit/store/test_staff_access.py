"""Issue 16, staff access: strong PINs, distinct names, audited lockouts and admin."""

from __future__ import annotations

import pytest
from fake_clock import FakeClock

from kiosk.store import StaffError, StaffLocked, StaffStore, staff_store

# The contract suite: each test using the store runs on SQLite and on PostgreSQL.
BOTH_STORES = True

PIN = "246813"


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(staff_store, "KDF", "scrypt:1024:8:1")


def actions(staff: StaffStore) -> list[tuple[str, str | None, str]]:
    return [(e.action, e.staff, e.detail) for e in reversed(staff.audit_log(100))]


@pytest.mark.parametrize(
    "pin", ["111111", "123456", "987654", "890123", "121212", "123123", "45678901"]
)
def test_trivial_pins_are_refused(staff: StaffStore, pin: str) -> None:
    with pytest.raises(StaffError, match="too easy to guess"):
        staff.add("Ann", pin)
    assert staff.names() == []


@pytest.mark.parametrize(
    "twin",
    ["ANN", "ann", "\u0391nn", "\u0410nn", "Ánn", "Ａｎｎ", " Ann ", "A\u0301nn"],
    ids=["upper", "lower", "greek-alpha", "cyrillic-a", "accent", "fullwidth", "spaces", "mark"],
)
def test_a_name_that_looks_like_another_is_refused(staff: StaffStore, twin: str) -> None:
    staff.add("Ann", PIN)
    with pytest.raises(StaffError, match="would look the same"):
        staff.add(twin, "579146")
    staff.add("Anna", "579146")
    assert staff.names() == ["Ann", "Anna"]


@pytest.mark.parametrize("name", ["Ann\nBob", "Ann\x1b[31m", "\u202eAnn", "Ann\x00", "Ann\r"])
def test_control_characters_in_a_staff_name_are_refused(staff: StaffStore, name: str) -> None:
    with pytest.raises(StaffError, match="printable"):
        staff.add(name, PIN)
    assert staff.names() == []


def test_attempts_during_a_lockout_are_audited(staff: StaffStore, clock: FakeClock) -> None:
    staff.add("Ann", PIN)
    for _ in range(5):
        staff.verify("Ann", "000000")
    for _ in range(3):
        with pytest.raises(StaffLocked):
            staff.verify("Ann", PIN)
    refused = [a for a in actions(staff) if a[0] == "login_refused"]
    assert refused == [("login_refused", "Ann", "account locked")] * 3


def test_unknown_names_are_rate_limited_too(staff: StaffStore, clock: FakeClock) -> None:
    staff.add("Ann", PIN)
    for n in range(5):
        assert staff.verify(f"Nobody{chr(65 + n)}", "000000") is False
    with pytest.raises(StaffLocked):
        staff.verify("Somebody", "000000")
    assert ("login_refused", "Somebody", "too many unknown names") in actions(staff)
    assert staff.verify("Ann", PIN)  # a real account is not held up
    clock.advance(minutes=6)
    assert staff.verify("Somebody", "000000") is False  # the limit ends like a lockout


def test_unlock_and_remove_are_done_by_an_active_colleague_and_audited(
    staff: StaffStore,
) -> None:
    staff.add("Ann", PIN)
    staff.add("Bob", "579146")
    for _ in range(5):
        staff.verify("Ann", "000000")
    with pytest.raises(StaffLocked):
        staff.unlock("Bob", by="Ann")  # a locked account cannot act
    with pytest.raises(StaffError, match="no staff account called 'Zed'"):
        staff.unlock("Ann", by="Zed")
    assert staff.unlock("ann", by="Bob") == "Ann"
    assert staff.verify("Ann", PIN)
    with pytest.raises(StaffError, match="cannot remove itself"):
        staff.remove("Bob", by="bob")
    assert staff.remove("Ann", by="Bob") == "Ann"
    assert staff.names() == ["Bob"]
    assert ("staff_unlock", "Bob", "Ann") in actions(staff)
    assert ("staff_remove", "Bob", "Ann") in actions(staff)
    assert ("refused_locked", "Ann", "unlock") in actions(staff)


def test_require_active_names_the_account(staff: StaffStore) -> None:
    staff.add("Ann", PIN)
    assert staff.require_active(" ann ", "cancel") == "Ann"
    with pytest.raises(StaffError, match="kiosk staff list"):
        staff.require_active("Anne", "cancel")
