"""Appointments booked online, and checking in for them at the kiosk.

"Booked online → the branch prepares before the customer arrives": the day's
bookings are imported (CSV from the booking system) or added by staff; the
customer enters or scans the code, is greeted by name and gets a priority
ticket for the booked service. Checking in is idempotent: the booking row and
its ticket are written in one ``BEGIN IMMEDIATE`` transaction, so a double tap
or two kiosks can never issue a second ticket.
"""

from __future__ import annotations

import csv
import re
import sqlite3
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.core import ids
from kiosk.core.errors import KioskError
from kiosk.core.text import printable, shown
from kiosk.queue.context import clean_text, sanitise_context
from kiosk.queue.models import SERIES, Kind, QueueItem
from kiosk.store.audit import write_audit
from kiosk.store.clock import Clock, aware, local_day, local_now, stamp
from kiosk.store.database import fetch_all
from kiosk.store.dialect import Database, for_update
from kiosk.store.items import insert_waiting, load_item

COLUMNS = ("code", "day", "time", "name", "service", "topic")
MAX_NAME = 60
_CODE = re.compile(r"[A-Z0-9]{4,20}")
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
_IGNORED = re.compile(r"[\s\-]+")


class BookingError(KioskError):
    """A booking was refused or cannot be found; the message says what to check."""


class InvalidBooking(BookingError):
    """One field of a booking is wrong.

    Args:
        field: The column name (``code``, ``day`` …).
        problem: What is wrong, in words.
    """

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"field '{field}': {problem}")


class BookingNotFound(BookingError):
    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(
            f"no booking with code {code!r}; check the code in the booking message "
            "(letters and digits; spaces do not matter)"
        )


class BookingNotToday(BookingError):
    """The booking exists but is for another day (the kiosk says which).

    Attributes:
        booking: The booking; ``booking.day`` is ``YYYY-MM-DD``.
    """

    def __init__(self, booking: Booking) -> None:
        self.booking = booking
        self.day = booking.day
        when = date.fromisoformat(booking.day)
        super().__init__(
            f"booking {booking.code} is for {when.day} {when:%B %Y} at {booking.time}, not today"
        )


@dataclass(frozen=True)
class Booking:
    """One appointment. ``name`` is how the customer is greeted ("Mrs Wang")."""

    id: int
    code: str
    day: str
    time: str
    name: str
    service: str
    topic: str
    checked_in_at: str | None = None
    ticket_id: int | None = None

    @property
    def checked_in(self) -> bool:
        return self.checked_in_at is not None

    def to_json(self) -> dict[str, Any]:
        """The public JSON shape (``kiosk bookings list --json``): every field."""
        return asdict(self)


def normalise_code(text: str) -> str:
    """Case-insensitive; spaces and dashes ignored (as customers type them)."""
    return _IGNORED.sub("", text if isinstance(text, str) else "").upper()


def checked_booking(
    code: str, day: str, time: str, name: str, service: str, topic: str
) -> dict[str, str]:
    """The fields as they will be stored.

    Raises:
        InvalidBooking: naming the first bad field.
    """
    values = {"code": code, "day": day, "time": time, "name": name, "service": service}
    for key, value in (*values.items(), ("topic", topic)):
        if not isinstance(value, str):
            raise InvalidBooking(key, "is missing")
    clean = normalise_code(code)
    if not _CODE.fullmatch(clean):
        raise InvalidBooking("code", f"{code!r} is not 4 to 20 letters and digits")
    try:
        day_value = date.fromisoformat(day.strip()).isoformat()
    except ValueError:
        raise InvalidBooking("day", f"{day!r} is not a date like 2025-12-03") from None
    if not _TIME.fullmatch(time.strip()):
        raise InvalidBooking("time", f"{time!r} is not a time like 09:30 (24-hour HH:MM)")
    for key, value in (("name", name), ("topic", topic)):
        if not printable(value.strip(" ")):  # a newline would forge a line in `bookings list`
            raise InvalidBooking(key, f"{shown(value)} has control characters or line breaks")
    greeting = clean_text(name, MAX_NAME)
    if not greeting:
        raise InvalidBooking("name", "is empty; give the name to greet, like Mrs Wang")
    if service.strip() not in ids.QUEUE_SERVICES:
        raise InvalidBooking(
            "service", f"{service!r} is not one of {', '.join(ids.QUEUE_SERVICES)}"
        )
    words = topic.strip().lower()
    if words not in ids.BOOKING_TOPICS:
        # An id, not words: the kiosk says it in the customer's language.
        raise InvalidBooking(
            "topic", f"{topic!r} is not a topic id; use one of {', '.join(ids.BOOKING_TOPICS)}"
        )
    return {
        "code": clean,
        "day": day_value,
        "time": time.strip(),
        "name": greeting,
        "service": service.strip(),
        "topic": words,
    }


def _to_booking(row: dict[str, Any]) -> Booking:
    return Booking(**{k: row[k] for k in Booking.__dataclass_fields__})


class BookingStore:
    """Bookings in the kiosk database.

    Args:
        db: From :func:`kiosk.store.open_database`.
        now: The clock; "today" is the clock's local day.
    """

    def __init__(self, db: Database, *, now: Clock = local_now) -> None:
        self._db = db
        self._now = now

    def add(self, code: str, day: str, time: str, name: str, service: str, topic: str) -> Booking:
        """Add one booking.

        Raises:
            InvalidBooking: a field is wrong, or the code is already booked.
        """
        values = checked_booking(code, day, time, name, service, topic)
        with self._db.write() as conn:
            self._insert(conn, values)
            return self._get(conn, values["code"])

    def import_csv(self, path: Path | str) -> int:
        """Import ``code,day,time,name,service,topic`` rows; all or nothing.

        Raises:
            BookingError: naming the file, the line and the field of the first
                problem; nothing is imported then.
        """
        path = Path(path)
        try:
            # utf-8-sig: spreadsheets save a byte-order mark before the header.
            with path.open(encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.reader(handle))
        except OSError as exc:
            raise BookingError(f"{path}: cannot read it ({exc.strerror or exc})") from None
        except (UnicodeDecodeError, csv.Error) as exc:
            raise BookingError(f"{path}: not a UTF-8 CSV file ({exc})") from None
        if not rows:
            raise BookingError(f"{path} line 1: empty file; the header is {','.join(COLUMNS)}")
        header = [name.strip().lower() for name in rows[0]]
        for name in COLUMNS:
            if name not in header:
                raise BookingError(f"{path} line 1: field '{name}' missing from the header")
        for name in header:
            if name not in COLUMNS:
                raise BookingError(f"{path} line 1: unknown field '{name}' in the header")
        count = 0
        with self._db.write() as conn:
            for line, row in enumerate(rows[1:], start=2):
                if not any(cell.strip() for cell in row):
                    continue  # blank lines are harmless
                if len(row) != len(header):
                    raise BookingError(
                        f"{path} line {line}: {len(row)} fields, expected {len(header)}"
                    )
                record = dict(zip(header, row, strict=True))
                try:
                    self._insert(conn, checked_booking(*(record[name] for name in COLUMNS)))
                except InvalidBooking as exc:
                    raise BookingError(f"{path} line {line}: {exc}") from None
                count += 1
        return count

    def _insert(self, conn: sqlite3.Connection, values: dict[str, str]) -> None:
        taken = conn.execute("SELECT 1 FROM bookings WHERE code = ?", (values["code"],))
        if taken.fetchone() is not None:
            raise InvalidBooking("code", f"{values['code']} is already booked; each code once")
        conn.execute(
            f"INSERT INTO bookings ({', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?)",
            tuple(values[name] for name in COLUMNS),
        )

    def _get(self, conn: sqlite3.Connection, code: str) -> Booking:
        rows = fetch_all(
            conn,
            "SELECT * FROM bookings WHERE code = ?" + for_update(conn),
            (normalise_code(code),),
        )
        if not rows:
            raise BookingNotFound(code)
        return _to_booking(rows[0])

    def _today(self, conn: sqlite3.Connection, code: str) -> Booking:
        booking = self._get(conn, code)
        if booking.day != local_day(aware(self._now())):
            raise BookingNotToday(booking)
        return booking

    def find(self, code: str) -> Booking:
        """Today's booking for ``code``.

        Raises:
            BookingNotFound: no such code.
            BookingNotToday: the booking is for another day (``exc.day``).
        """
        with self._db.read() as conn:
            return self._today(conn, code)

    def list(self, day: str | None = None) -> list[Booking]:
        """All bookings (or one day's), by day and time.

        Raises:
            InvalidBooking: ``day`` is not a date like 2025-12-03.
        """
        if day is not None:
            try:
                day = date.fromisoformat(day.strip()).isoformat()
            except ValueError:
                raise InvalidBooking("day", f"{shown(day)} is not a date like 2025-12-03") from None
        where, params = ("day = ?", (day,)) if day else ("1 = 1", ())
        with self._db.read() as conn:
            rows = fetch_all(
                conn, f"SELECT * FROM bookings WHERE {where} ORDER BY day, time, id", params
            )
        return [_to_booking(row) for row in rows]

    def check_in(
        self, code: str, *, kiosk_id: str | None = None, locale: str | None = None
    ) -> tuple[Booking, QueueItem]:
        """Mark today's booking checked in and issue its priority ticket, atomically.

        Checking in again returns the same ticket, never a second one. ``locale``
        (the customer's kiosk language) is kept with the ticket: the lobby
        announces it in that language first.

        Raises:
            BookingNotFound, BookingNotToday: as :meth:`find`.
        """
        with self._db.write() as conn:
            booking = self._today(conn, code)
            if booking.ticket_id is not None:
                return booking, load_item(conn, booking.ticket_id)
            moment = aware(self._now())
            at = stamp(moment)
            day = local_day(moment)
            series = SERIES[booking.service]
            ticket_id = insert_waiting(
                conn,
                Kind.TICKET,
                day,
                series,
                at,
                service=booking.service,
                priority=True,
                kiosk_id=clean_text(kiosk_id, MAX_NAME) if kiosk_id else None,
                locale=locale if locale in ids.LOCALES else None,
                # Whitelisted keys only (sanitise_context): staff see it is a check-in.
                context=sanitise_context({"journey": "check_in"}),
            )
            conn.execute(
                "UPDATE bookings SET checked_in_at = ?, ticket_id = ? WHERE id = ?",
                (at, ticket_id, booking.id),
            )
            write_audit(conn, at, None, "check_in", ticket_id, f"booking {booking.code}")
            return self._get(conn, booking.code), load_item(conn, ticket_id)
