"""Staff accounts: scrypt PINs, lockout, timing of unknown names, audit."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from fake_clock import FakeClock

from kiosk.config import Config
from kiosk.store import StaffError, StaffLocked, StaffStore, open_stores, staff_store

# The contract suite: each test using the store runs on SQLite and on PostgreSQL.
BOTH_STORES = True

FULL_COST = staff_store.KDF


@pytest.fixture(autouse=True)
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at full cost is slow on purpose; only tests of the hash itself need it."""
    monkeypatch.setattr(staff_store, "KDF", "scrypt:1024:8:1")


@pytest.fixture
def full_cost(cheap_hashes: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(staff_store, "KDF", FULL_COST)


@pytest.mark.usefixtures("full_cost")
def test_a_pin_is_stored_only_as_a_salted_scrypt_hash(staff: StaffStore) -> None:
    staff.add("Ann Lee", "246813")
    staff.add("Bob", "246813")
    rows = staff._db.conn.execute("SELECT pin_hash, salt, kdf FROM staff").fetchall()
    (hash_a, salt_a, kdf), (hash_b, salt_b, _) = rows
    assert kdf == staff_store.KDF == "scrypt:16384:8:1"
    assert len(salt_a) == 16 and salt_a != salt_b
    assert hash_a != hash_b and b"246813" not in hash_a
    assert staff.verify("Ann Lee", "246813")
    assert staff.verify("  ann lee ", "246813")  # names match ignoring case and spaces
    assert not staff.verify("Ann Lee", "318642")


@pytest.mark.parametrize("pin", ["1234", "12345", "123456789", "12a456", "١٢٣٤٥٦", "", " 246813"])
def test_a_pin_is_6_to_8_plain_digits(staff: StaffStore, pin: str) -> None:
    with pytest.raises(StaffError, match="6 to 8 digits"):
        staff.add("Ann", pin)
    assert staff.names() == []


def test_accounts_keep_working_when_the_hash_cost_changes(
    staff: StaffStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff.add("Ann", "246813")
    monkeypatch.setattr(staff_store, "KDF", FULL_COST)
    assert staff.verify("Ann", "246813")


def test_names_are_unique_ignoring_case(staff: StaffStore) -> None:
    staff.add("Ann", "246813")
    with pytest.raises(StaffError, match="'Ann' already exists"):
        staff.add("ANN", "579146")
    with pytest.raises(StaffError, match="printable"):
        staff.add("  ", "579146")
    staff.add("bob", "579146")
    staff.add("Cy", "579146")
    assert staff.names() == ["Ann", "bob", "Cy"]


def test_five_wrong_pins_lock_the_account_for_five_minutes(
    staff: StaffStore, clock: FakeClock
) -> None:
    staff.add("Ann", "246813")
    for _ in range(5):
        assert staff.verify("Ann", "0000") is False
    with pytest.raises(StaffLocked) as caught:
        staff.verify("Ann", "246813")  # even the right PIN
    assert caught.value.until == clock() + timedelta(minutes=5)
    assert "Ann" in str(caught.value) and "try again after" in str(caught.value)
    assert staff.locked_until("Ann") == caught.value.until
    clock.advance(minutes=4, seconds=59)
    with pytest.raises(StaffLocked):
        staff.verify("Ann", "246813")
    clock.advance(seconds=2)
    assert staff.locked_until("Ann") is None
    assert staff.verify("Ann", "246813") is True


def test_a_right_pin_resets_the_count(staff: StaffStore) -> None:
    staff.add("Ann", "246813")
    for _ in range(4):
        assert not staff.verify("Ann", "9999")
    assert staff.verify("Ann", "246813")
    for _ in range(4):
        assert not staff.verify("Ann", "9999")
    assert staff.verify("Ann", "246813")  # 8 wrong in all, never 5 in a row


def test_lockout_settings_come_from_the_config(data_dir: Path, clock: FakeClock) -> None:
    config = Config({"staff.max_attempts": 2, "staff.lockout_seconds": 60})
    stores = open_stores(config, data_dir, now=clock)
    stores.staff.add("Ann", "246813")
    assert not stores.staff.verify("Ann", "1")
    assert not stores.staff.verify("Ann", "2")
    with pytest.raises(StaffLocked) as caught:
        stores.staff.verify("Ann", "246813")
    assert (caught.value.until - clock()).total_seconds() == 60
    stores.close()


@pytest.mark.usefixtures("full_cost")
def test_an_unknown_name_costs_the_same_scrypt_as_a_wrong_pin(
    staff: StaffStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Names cannot be probed by timing when both answers do the same slow work.
    # Counted, not timed: a wall-clock ratio on a loaded 2-core runner is noise.
    staff.add("Ann", "246813")
    real = staff_store._hash
    costs: list[str] = []

    def counted(pin: str, salt: bytes, kdf: str) -> bytes:
        costs.append(kdf)
        return real(pin, salt, kdf)

    monkeypatch.setattr(staff_store, "_hash", counted)
    assert staff.verify("Ann", "0000") is False
    wrong_pin, costs[:] = list(costs), []
    assert staff.verify("Nobody", "0000") is False
    assert costs == wrong_pin == [FULL_COST]


def test_sign_ins_and_other_actions_are_audited(staff: StaffStore) -> None:
    staff.add("Ann", "246813")
    staff.verify("Ann", "246813")
    staff.verify("Ann", "0000")
    staff.verify("Nobody", "0000")
    staff.audit("Ann", "console_open", detail="kiosk-1")
    log = staff.audit_log(10)
    assert [(e.action, e.staff) for e in log] == [
        ("console_open", "Ann"),
        ("login_failed", "Nobody"),
        ("login_failed", "Ann"),
        ("login", "Ann"),
        ("staff_add", "Ann"),
    ]
    assert log[0].detail == "kiosk-1"
    assert all("0000" not in e.detail and "246813" not in e.detail for e in log)
    assert len(staff.audit_log(2)) == 2
