"""Staff sign-in and audit, run on the queue worker thread (scrypt is slow on purpose)."""

from __future__ import annotations

from typing import Any


def staff_names(stores: Any) -> list[str]:
    return list(stores.staff.names())


def verify_pin(stores: Any, name: str, pin: str) -> bool:
    """True for the right PIN; raises the store's lockout error while locked."""
    return bool(stores.staff.verify(name, pin))


def record(stores: Any, staff: str, action: str, detail: str = "") -> None:
    stores.staff.audit(staff, action, None, detail)
