"""Storage errors, each one line a technician can act on."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from kiosk.core.errors import KioskError

# Primary SQLite result codes (the low byte of an extended code).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


class StoreError(KioskError):
    """The kiosk database cannot be used; the message names the file and the fix.

    Args:
        path: The database file, or a PostgreSQL store's ``postgresql://user@host/db``
            (never with its password).
        problem: What is wrong and what to do, in words.
    """

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"database {path}: {problem}")


class StaffError(KioskError):
    """A staff account operation was refused (bad name, bad PIN, duplicate)."""


class StaffLocked(StaffError):
    """Too many wrong PINs: the account is locked until ``until``.

    Args:
        name: The staff member's name.
        until: When the lock ends (timezone-aware).
    """

    def __init__(self, name: str, until: datetime) -> None:
        self.name = name
        self.until = until
        super().__init__(
            f"{name} is locked after too many wrong PINs; try again after "
            f"{until.astimezone().strftime('%H:%M')}"
        )


RECOVER = (
    "stop every kiosk program, move the file aside together with its -wal and -shm files, "
    "restore the backup in its place, then run `kiosk check`"
)


class StoreDamaged(StoreError):
    """The database failed a read or SQLite's integrity check: no number may be issued."""


def damaged(path: Path, detail: str = "") -> StoreDamaged:
    found = f" ({detail})" if detail else ""
    return StoreDamaged(path, f"is not a kiosk database or is damaged{found}; {RECOVER}")


def not_writable(path: Path) -> StoreError:
    # WAL mode keeps -wal and -shm files next to the database, so the folder
    # must be writable too, not only the file.
    return StoreError(
        path,
        "cannot be written; the kiosk user needs read and write permission on this file "
        f"and write permission on its folder {path.parent} (SQLite keeps -wal and -shm "
        "files beside it)",
    )


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_busy(exc: sqlite3.Error) -> bool:
    """Another connection holds a lock SQLite did not wait for (worth retrying)."""
    return _primary_code(exc) in (_SQLITE_BUSY, _SQLITE_LOCKED)


def translate(exc: sqlite3.Error, path: Path) -> StoreError:
    """Turn a low-level SQLite error into a :class:`StoreError` a person can act on."""
    primary = _primary_code(exc)
    if primary in (_SQLITE_NOTADB, _SQLITE_CORRUPT):
        return damaged(path)
    if primary in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN):
        return not_writable(path)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StoreError(
            path,
            "is busy: another program kept it locked for too long; make sure only kiosk "
            "programs use it, then try again",
        )
    if primary == _SQLITE_FULL:
        return StoreError(path, "the disk is full; free some space, then try again")
    if primary == _SQLITE_IOERR:
        return StoreError(path, f"the disk reported an error ({exc}); check the disk")
    return StoreError(path, f"unexpected database error: {exc}")
