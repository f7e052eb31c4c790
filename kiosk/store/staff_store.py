"""Staff accounts: names, scrypt-hashed PINs, lockout after wrong PINs, audit trail."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import datetime, timedelta

from kiosk.store.audit import AuditEntry, read_audit, write_audit
from kiosk.store.clock import Clock, aware, local_now, parse_stamp, stamp
from kiosk.store.database import KioskDatabase, fetch_all
from kiosk.store.errors import StaffError, StaffLocked

PIN_PATTERN = re.compile(r"[0-9]{4,8}")  # ASCII only: "١٢٣٤".isdigit() is True too
MAX_NAME = 60
SALT_BYTES = 16
# scrypt cost: ~16 MiB and a few tens of ms per check, slow enough for guessing,
# fast enough for a member of staff at the console.
SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES = 2**14, 8, 1, 32
KDF = f"scrypt:{SCRYPT_N}:{SCRYPT_R}:{SCRYPT_P}"


def _hash(pin: str, salt: bytes, kdf: str) -> bytes:
    """scrypt with the parameters recorded next to the hash, so a later change of
    cost never locks out existing accounts."""
    name, n, r, p = kdf.split(":")
    if name != "scrypt":
        raise StaffError(f"unknown PIN hash {kdf!r}; set the PIN again with `kiosk staff add`")
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p), dklen=KEY_BYTES
    )


def _valid_name(name: str) -> str:
    clean = name.strip() if isinstance(name, str) else ""
    if not clean or len(clean) > MAX_NAME or not clean.isprintable():
        raise StaffError(f"a staff name is 1 to {MAX_NAME} printable characters, not {name!r}")
    return clean


class StaffStore:
    """Staff accounts in the kiosk database.

    Args:
        db: From :func:`kiosk.store.open_database`.
        now: The clock (injected by tests for the lockout).
        max_attempts: Wrong PINs in a row before the account locks.
        lockout_seconds: How long it stays locked.
    """

    def __init__(
        self,
        db: KioskDatabase,
        *,
        now: Clock = local_now,
        max_attempts: int = 5,
        lockout_seconds: int = 300,
    ) -> None:
        if not isinstance(db, KioskDatabase):
            raise TypeError("StaffStore needs a database from kiosk.store.open_database")
        self._db = db
        self._now = now
        self._max_attempts = max(1, max_attempts)
        self._lockout = timedelta(seconds=max(1, lockout_seconds))
        # Unknown names are checked against this, so they cost as much as a wrong PIN.
        self._dummy_salt = secrets.token_bytes(SALT_BYTES)

    def add(self, name: str, pin: str) -> None:
        """Create an account.

        Raises:
            StaffError: the name is empty, too long or taken, or the PIN is not 4–8 digits.
        """
        clean = _valid_name(name)
        if not isinstance(pin, str) or not PIN_PATTERN.fullmatch(pin):
            raise StaffError("a PIN is 4 to 8 digits")
        salt = secrets.token_bytes(SALT_BYTES)
        kdf = KDF
        digest = _hash(pin, salt, kdf)  # outside the transaction: never hold the lock for scrypt
        at = stamp(self._now())
        with self._db.write() as conn:
            taken = conn.execute("SELECT name FROM staff WHERE name = ?", (clean,)).fetchone()
            if taken is not None:
                raise StaffError(f"a staff member called {taken[0]!r} already exists")
            conn.execute(
                "INSERT INTO staff (name, pin_hash, salt, kdf, created_at) VALUES (?, ?, ?, ?, ?)",
                (clean, digest, salt, kdf, at),
            )
            write_audit(conn, at, clean, "staff_add")

    def verify(self, name: str, pin: str) -> bool:
        """Check a PIN. A right PIN resets the count of wrong ones.

        Returns:
            True for the right PIN; False for a wrong PIN or an unknown name (which
            takes as long, so names cannot be probed by timing).

        Raises:
            StaffLocked: too many wrong PINs; raised even for the right PIN until
                the lock ends.
        """
        clean = name.strip() if isinstance(name, str) else ""
        with self._db.read() as conn:
            rows = fetch_all(conn, "SELECT * FROM staff WHERE name = ?", (clean,))
        row = rows[0] if rows else None
        now = aware(self._now())
        if row is not None:
            self._raise_if_locked(row["name"], row["locked_until"], now)
        salt = row["salt"] if row else self._dummy_salt
        expected = row["pin_hash"] if row else b"\0" * KEY_BYTES
        candidate = pin if isinstance(pin, str) else ""
        kdf = row["kdf"] if row else KDF
        right = hmac.compare_digest(_hash(candidate, salt, kdf), expected) and row is not None
        at = stamp(now)
        with self._db.write() as conn:
            if row is None:
                # A PIN typed into the name box must not end up in the audit trail.
                typed = None if any(c.isdigit() for c in clean) else clean
                write_audit(conn, at, typed, "login_failed", detail="unknown name")
                return False
            # Re-read inside the write lock: another console may have counted a
            # wrong PIN or locked the account since we looked.
            current = fetch_all(
                conn, "SELECT failed_attempts, locked_until FROM staff WHERE id = ?", (row["id"],)
            )[0]
            self._raise_if_locked(row["name"], current["locked_until"], now)
            if right:
                conn.execute(
                    "UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?",
                    (row["id"],),
                )
                write_audit(conn, at, row["name"], "login")
                return True
            failed = int(current["failed_attempts"]) + 1
            if failed >= self._max_attempts:
                # Counting starts again after the lock, so each lock costs 5 more tries.
                until = stamp(now + self._lockout)
                conn.execute(
                    "UPDATE staff SET failed_attempts = 0, locked_until = ? WHERE id = ?",
                    (until, row["id"]),
                )
                write_audit(conn, at, row["name"], "locked", detail=f"until {until}")
            else:
                conn.execute(
                    "UPDATE staff SET failed_attempts = ? WHERE id = ?", (failed, row["id"])
                )
                write_audit(conn, at, row["name"], "login_failed", detail=f"wrong PIN {failed}")
            return False

    def locked_until(self, name: str) -> datetime | None:
        """When a locked account unlocks, or None when it is not locked (or unknown)."""
        with self._db.read() as conn:
            rows = fetch_all(conn, "SELECT locked_until FROM staff WHERE name = ?", (name.strip(),))
        if not rows or rows[0]["locked_until"] is None:
            return None
        until = parse_stamp(rows[0]["locked_until"])
        return until if until > aware(self._now()) else None

    def names(self) -> list[str]:
        """Every staff name, alphabetically (ignoring case)."""
        with self._db.read() as conn:
            rows = conn.execute("SELECT name FROM staff ORDER BY name COLLATE NOCASE").fetchall()
        return [str(r[0]) for r in rows]

    def audit(
        self, staff: str | None, action: str, item_id: int | None = None, detail: str = ""
    ) -> None:
        """Record an action that is not a queue change (e.g. opening the console)."""
        at = stamp(self._now())
        with self._db.write() as conn:
            write_audit(conn, at, staff, action, item_id, detail)

    def audit_log(self, limit: int = 100) -> list[AuditEntry]:
        """The newest ``limit`` audit entries, newest first."""
        with self._db.read() as conn:
            return read_audit(conn, limit)

    @staticmethod
    def _raise_if_locked(name: str, locked_until: str | None, now: datetime) -> None:
        if locked_until is None:
            return
        until = parse_stamp(locked_until)
        if now < until:
            raise StaffLocked(name, until)
