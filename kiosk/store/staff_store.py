"""Staff accounts: names, scrypt-hashed PINs, lockout after wrong PINs, audit trail."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import re
import secrets
import sqlite3
import unicodedata
from datetime import datetime, timedelta
from typing import Any

from kiosk.core.text import printable, shown
from kiosk.store.audit import AuditEntry, read_audit, write_audit
from kiosk.store.clock import Clock, aware, local_now, parse_stamp, stamp
from kiosk.store.database import KioskDatabase, fetch_all
from kiosk.store.dialect import Database, for_update, serialize
from kiosk.store.errors import StaffError, StaffLocked

PIN_PATTERN = re.compile(r"[0-9]{6,8}")  # ASCII only: "١٢٣٤".isdigit() is True too
PIN_RULE = "a PIN is 6 to 8 digits"
MAX_NAME = 60
SALT_BYTES = 16
# scrypt cost: ~16 MiB and a few tens of ms per check, slow enough for guessing,
# fast enough for a member of staff at the console.
SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES = 2**14, 8, 1, 32
KDF = f"scrypt:{SCRYPT_N}:{SCRYPT_R}:{SCRYPT_P}"
UNKNOWN_NAME = "unknown name"


def _locked(locked_until: str | None, now: datetime) -> bool:
    return locked_until is not None and now < parse_stamp(locked_until)


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
    clean = name.strip(" ") if isinstance(name, str) else ""
    # Control and format characters (newlines, escape codes, right-to-left
    # overrides) are refused, not stripped: a name must show as it will be read.
    if not clean or len(clean) > MAX_NAME or not printable(clean):
        what = shown(name) if isinstance(name, str) else repr(name)
        raise StaffError(f"a staff name is 1 to {MAX_NAME} printable characters, not {what}")
    return clean


def check_pin(pin: object) -> str:
    """A PIN that is not guessed in the first few tries.

    Raises:
        StaffError: not 6 to 8 ASCII digits, or trivial (one digit repeated,
            a run such as 123456 or 987654, or a short pattern repeated such
            as 121212 or 123123).
    """
    if not isinstance(pin, str) or not PIN_PATTERN.fullmatch(pin):
        raise StaffError(PIN_RULE)
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    repeated = any(pin == (pin[:n] * len(pin))[: len(pin)] for n in (1, 2, 3))
    if repeated or steps in ({1}, {9}):
        raise StaffError(
            "that PIN is too easy to guess (the same digit, a run like 123456, or a repeated "
            "pattern); choose 6 to 8 digits without a pattern"
        )
    return pin


# Letters of other scripts that look like Latin ones: "Αnn" (Greek Alpha) must not
# sit beside "Ann" in the name list, where a colleague would pick the wrong one.
_LOOK_ALIKE = str.maketrans(
    {
        **dict.fromkeys("αа", "a"),
        **dict.fromkeys("βвь", "b"),
        **dict.fromkeys("ϲс", "c"),
        **dict.fromkeys("εе", "e"),
        **dict.fromkeys("ηнһ", "h"),
        **dict.fromkeys("ιіӏl1|", "i"),
        **dict.fromkeys("ϳј", "j"),
        **dict.fromkeys("κк", "k"),
        **dict.fromkeys("μм", "m"),
        **dict.fromkeys("νп", "n"),
        **dict.fromkeys("ο0оσ", "o"),
        **dict.fromkeys("ρр", "p"),
        **dict.fromkeys("ѕ5", "s"),
        **dict.fromkeys("τт", "t"),
        **dict.fromkeys("υу", "y"),
        **dict.fromkeys("χх", "x"),
        **dict.fromkeys("ζ", "z"),
    }
)


def name_skeleton(name: str) -> str:
    """What a name looks like on screen: case, accents, width, look-alike letters
    and spacing folded away. Two names with the same skeleton are one name."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name).casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(plain.translate(_LOOK_ALIKE).split())


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
        db: Database,
        *,
        now: Clock = local_now,
        max_attempts: int = 5,
        lockout_seconds: int = 300,
    ) -> None:
        if not isinstance(db, KioskDatabase) and getattr(db, "dialect", None) != "postgresql":
            raise TypeError("StaffStore needs a database from kiosk.store.open_database")
        self._db = db
        self._now = now
        self._max_attempts = max(1, max_attempts)
        self._lockout = timedelta(seconds=max(1, lockout_seconds))
        # Unknown names are checked against this, so they cost as much as a wrong PIN.
        self._dummy_salt = secrets.token_bytes(SALT_BYTES)

    def add(self, name: str, pin: str, by: str | None = None) -> None:
        """Create an account (audited, with who added it when ``by`` is given).

        Raises:
            StaffError: the name is empty, too long, not printable, or taken (also
                by a name that differs only in case or look-alike letters), or the
                PIN is not 6–8 digits or too easy to guess.
        """
        clean = _valid_name(name)
        check_pin(pin)
        salt = secrets.token_bytes(SALT_BYTES)
        kdf = KDF
        digest = _hash(pin, salt, kdf)  # outside the transaction: never hold the lock for scrypt
        at = stamp(self._now())
        skeleton = name_skeleton(clean)
        with self._db.write() as conn:
            serialize(conn, "staff")  # the look-alike check reads every name
            for (taken,) in conn.execute("SELECT name FROM staff").fetchall():
                if name_skeleton(str(taken)) == skeleton:
                    raise StaffError(
                        f"a staff member called {taken!r} already exists, and {clean!r} "
                        "would look the same in the list; choose a clearly different name"
                    )
            conn.execute(
                "INSERT INTO staff (name, pin_hash, salt, kdf, created_at) VALUES (?, ?, ?, ?, ?)",
                (clean, digest, salt, kdf, at),
            )
            write_audit(conn, at, by or clean, "staff_add", detail=clean if by else "")

    def require_active(self, name: str, action: str) -> str:
        """The account's own spelling, for a staff action named from the command line.

        Args:
            name: Who acts.
            action: What they do (for the audit row of a refused locked account).

        Raises:
            StaffError: no such account.
            StaffLocked: the account is locked (the refusal is audited).
        """
        clean = _valid_name(name)
        with self._db.read() as conn:
            rows = fetch_all(conn, "SELECT name, locked_until FROM staff WHERE name = ?", (clean,))
        if not rows:
            raise StaffError(
                f"there is no staff account called {clean!r}; see `kiosk staff list`, "
                "or add one with `kiosk staff add`"
            )
        row = rows[0]
        now = aware(self._now())
        try:
            self._raise_if_locked(row["name"], row["locked_until"], now)
        except StaffLocked:
            self.audit(row["name"], "refused_locked", detail=action)
            raise
        return str(row["name"])

    def unlock(self, name: str, by: str) -> str:
        """End a lockout now (a colleague checked who it is); audited.

        Returns:
            The account's name as stored.

        Raises:
            StaffError: no such account, or ``by`` is not an active account.
        """
        actor = self.require_active(by, "unlock")
        clean = _valid_name(name)
        at = stamp(self._now())
        with self._db.write() as conn:
            row = _account(conn, clean)
            conn.execute(
                "UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE name = ?",
                (clean,),
            )
            write_audit(conn, at, actor, "staff_unlock", detail=str(row[0]))
        return str(row[0])

    def remove(self, name: str, by: str) -> str:
        """Delete an account (a leaver); audited. Their past actions stay in the audit.

        Raises:
            StaffError: no such account, ``by`` is not an active account, or
                ``by`` removes themselves.
        """
        actor = self.require_active(by, "remove")
        clean = _valid_name(name)
        at = stamp(self._now())
        with self._db.write() as conn:
            row = _account(conn, clean)
            if str(row[0]).casefold() == actor.casefold():
                raise StaffError("an account cannot remove itself; ask a colleague")
            conn.execute("DELETE FROM staff WHERE name = ?", (clean,))
            write_audit(conn, at, actor, "staff_remove", detail=str(row[0]))
        return str(row[0])

    def verify(self, name: str, pin: str) -> bool:
        """Check a PIN. A right PIN resets the count of wrong ones.

        Returns:
            True for the right PIN; False for a wrong PIN or an unknown name (which
            takes as long, so names cannot be probed by timing).

        Raises:
            StaffLocked: too many wrong PINs; raised even for the right PIN until
                the lock ends. Unknown names are limited the same way (too many
                tries with names that do not exist lock out unknown names). Every
                refused attempt is audited.
        """
        clean = name.strip() if isinstance(name, str) else ""
        # A PIN typed into the name box must not end up in the audit trail.
        shown = None if any(c.isdigit() for c in clean) else clean[:MAX_NAME]
        with self._db.read() as conn:
            rows = fetch_all(conn, "SELECT * FROM staff WHERE name = ?", (clean,))
        row = rows[0] if rows else None
        now = aware(self._now())
        if row is None:
            self._refuse_if_too_many_unknown(shown, now)
        else:
            self._refuse_if_locked(row["name"], row["locked_until"], now)
        salt = row["salt"] if row else self._dummy_salt
        expected = row["pin_hash"] if row else b"\0" * KEY_BYTES
        candidate = pin if isinstance(pin, str) else ""
        kdf = row["kdf"] if row else KDF
        right = hmac.compare_digest(_hash(candidate, salt, kdf), expected) and row is not None
        at = stamp(now)
        locked_since: str | None = None
        with self._db.write() as conn:
            if row is None:
                write_audit(conn, at, shown, "login_failed", detail=UNKNOWN_NAME)
                return False
            # Re-read inside the write lock: another console may have counted a
            # wrong PIN or locked the account since we looked.
            current = fetch_all(
                conn,
                "SELECT failed_attempts, locked_until FROM staff WHERE id = ?" + for_update(conn),
                (row["id"],),
            )[0]
            if _locked(current["locked_until"], now):
                locked_since = current["locked_until"]
                write_audit(conn, at, row["name"], "login_refused", detail="account locked")
            elif right:
                conn.execute(
                    "UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?",
                    (row["id"],),
                )
                write_audit(conn, at, row["name"], "login")
                return True
            else:
                self._count_wrong(conn, row, int(current["failed_attempts"]) + 1, now, at)
        if locked_since is not None:  # raised after the commit, so the audit row stays
            raise StaffLocked(row["name"], parse_stamp(locked_since))
        return False

    def _count_wrong(
        self, conn: Any, row: dict[str, Any], failed: int, now: datetime, at: str
    ) -> None:
        if failed >= self._max_attempts:
            # Counting starts again after the lock, so each lock costs 5 more tries.
            until = stamp(now + self._lockout)
            conn.execute(
                "UPDATE staff SET failed_attempts = 0, locked_until = ? WHERE id = ?",
                (until, row["id"]),
            )
            write_audit(conn, at, row["name"], "locked", detail=f"until {until}")
        else:
            conn.execute("UPDATE staff SET failed_attempts = ? WHERE id = ?", (failed, row["id"]))
            write_audit(conn, at, row["name"], "login_failed", detail=f"wrong PIN {failed}")

    def _refuse_if_locked(self, name: str, locked_until: str | None, now: datetime) -> None:
        """Raise StaffLocked while locked, after auditing the attempt."""
        if _locked(locked_until, now):
            self.audit(name, "login_refused", detail="account locked")
            self._raise_if_locked(name, locked_until, now)

    def _refuse_if_too_many_unknown(self, shown: str | None, now: datetime) -> None:
        """Guessing names is limited like guessing PINs: after ``max_attempts`` tries
        with unknown names within the lockout time, unknown names are refused."""
        since = stamp(now - self._lockout)
        with self._db.read() as conn:
            tries = conn.execute(
                "SELECT at FROM audit WHERE action = 'login_failed' AND detail = ? AND at >= ? "
                "ORDER BY at",
                (UNKNOWN_NAME, since),
            ).fetchall()
        if len(tries) < self._max_attempts:
            return
        until = parse_stamp(str(tries[-self._max_attempts][0])) + self._lockout
        self.audit(shown, "login_refused", detail="too many unknown names")
        raise StaffLocked(shown or "that name", until)

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


def _account(conn: sqlite3.Connection, name: str) -> tuple[Any, ...]:
    """The stored row (its name first) of the account ``name``, or a clear error."""
    row = conn.execute("SELECT name FROM staff WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise StaffError(f"there is no staff account called {name!r}")
    return tuple(row)
