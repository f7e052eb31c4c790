"""Staff sign-in and audit, run on the queue worker thread (scrypt is slow on purpose)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.store import Stores


def staff_names(stores: Stores) -> list[str]:
    return list(stores.staff.names())


def verify_pin(stores: Stores, name: str, pin: str) -> bool:
    """True for the right PIN; raises the store's lockout error while locked."""
    return bool(stores.staff.verify(name, pin))


def record(stores: Stores, staff: str, action: str, detail: str = "") -> None:
    stores.staff.audit(staff, action, None, detail)
