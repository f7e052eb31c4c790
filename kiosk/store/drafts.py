"""Form drafts: a journey's answers, handed to the teller as a short code and a QR.

The customer confirms the pre-filled answers on screen and gets a 6-character
code; the teller types or scans it and sees the same answers, so nobody fills
in paper twice. A draft is personal data with a one-day purpose: it lives only
until the end of its local day (earlier days are refused on look-up and deleted
by housekeeping and by every new draft). It never holds a full card number
(runs of 12+ digits are masked) nor anything keyed like a PIN, CVV or password.
"""

from __future__ import annotations

import json
import re
import secrets
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kiosk.core import ids
from kiosk.core.errors import KioskError
from kiosk.core.ids import DRAFT_REFERENCE_PREFIX
from kiosk.queue.context import SECRET_WORDS, SHOW_LAST, clean_text, sanitise_context
from kiosk.queue.models import SERIES, Kind, QueueItem, UnknownService
from kiosk.store.audit import write_audit
from kiosk.store.clock import Clock, aware, day_text, local_day, local_now, stamp
from kiosk.store.database import fetch_all
from kiosk.store.dialect import Database, serialize
from kiosk.store.items import insert_waiting, load_item

# No 0/O, 1/I/L: a code read aloud or copied from a slip cannot be misread.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6
REFERENCE_PREFIX = DRAFT_REFERENCE_PREFIX  # one format for the QR and the lookup
MAX_FIELDS = 40
MAX_KEY = 40
MAX_ATTEMPTS = 50  # 31**6 ≈ 887 million codes: a second attempt is already rare
MAX_REQUEST_KEY = 64
_CODE = re.compile(f"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}")
_IGNORED = re.compile(r"[\s\-]+")


class DraftError(KioskError):
    """A draft could not be made (bad journey or form name)."""


class DraftNotFound(DraftError):
    """No draft of today has this code (mistyped, or from an earlier day).

    Args:
        code: The code as the teller gave it.
        why: The reason, in words.
    """

    def __init__(self, code: str, why: str = "") -> None:
        self.code = code
        super().__init__(
            why
            or f"no form draft of today has code {code!r}; check the code on the customer's "
            "slip (drafts are kept only until the end of the day they were made)"
        )


def random_code() -> str:
    """Six characters from :data:`CODE_ALPHABET`, from the OS's secure source."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str:
    """What a teller typed or scanned → the stored form.

    Case-insensitive; spaces and dashes ignored; the QR's prefix accepted.
    """
    value = _IGNORED.sub("", text if isinstance(text, str) else "").upper()
    prefix = _IGNORED.sub("", REFERENCE_PREFIX).upper()
    return value.removeprefix(prefix)


def draft_reference(code: str) -> str:
    """The text a draft's QR carries (the scanner gives it back to :meth:`DraftStore.lookup`)."""
    return ids.draft_reference(normalise_code(code))


def safe_fields(fields: Mapping[str, Any]) -> dict[str, str]:
    """Answers fit to store: secret-looking keys dropped, long digit runs masked, trimmed.

    Keys such as ``pin``, ``card_cvv`` or ``password`` are dropped, not masked:
    even a masked PIN says how long it is.
    """
    safe: dict[str, str] = {}
    for raw_key, raw_value in fields.items():
        key = clean_text(str(raw_key), MAX_KEY)
        if not key or any(word in key.lower() for word in SECRET_WORDS):
            continue
        value = raw_value if isinstance(raw_value, str) else str(raw_value)
        # The teller needs the phone number the customer typed: only card-length runs.
        safe[key] = clean_text(value, min_run=SHOW_LAST)
        if len(safe) >= MAX_FIELDS:
            break
    return safe


@dataclass(frozen=True)
class Draft:
    """One stored form draft. Timestamps are ISO-8601 UTC strings."""

    id: int
    code: str
    day: str
    journey: str
    form: str
    kiosk_id: str | None
    fields: dict[str, str] = field(default_factory=dict)
    created_at: str = ""
    looked_up_at: str | None = None
    looked_up_by: str | None = None
    ticket_id: int | None = None  # the queue number the customer was given with it

    @property
    def reference(self) -> str:
        return draft_reference(self.code)

    def to_json(self) -> dict[str, Any]:
        """The public JSON shape (``kiosk drafts show --json``)."""
        return {
            "id": self.id,
            "code": self.code,
            "reference": self.reference,
            "day": self.day,
            "journey": self.journey,
            "form": self.form,
            "kiosk_id": self.kiosk_id,
            "fields": dict(self.fields),
            "created_at": self.created_at,
            "looked_up_at": self.looked_up_at,
            "looked_up_by": self.looked_up_by,
            "ticket_id": self.ticket_id,
        }


def _to_draft(row: dict[str, Any]) -> Draft:
    try:
        fields = json.loads(row["fields"] or "{}")
    except ValueError:
        fields = {}
    return Draft(
        id=row["id"],
        code=row["code"],
        day=row["day"],
        journey=row["journey"],
        form=row["form"],
        kiosk_id=row["kiosk_id"],
        fields=fields if isinstance(fields, dict) else {},
        created_at=row["created_at"],
        looked_up_at=row["looked_up_at"],
        looked_up_by=row["looked_up_by"],
        ticket_id=row.get("ticket_id"),
    )


def delete_drafts_before(conn: sqlite3.Connection, day: date | str) -> int:
    """Delete drafts of days before ``day`` (inside the caller's write transaction)."""
    try:
        cutoff = day_text(day)
    except (TypeError, ValueError):
        raise DraftError(f"a day looks like 2025-05-31, not {day!r}") from None
    return int(conn.execute("DELETE FROM form_drafts WHERE day < ?", (cutoff,)).rowcount)


class DraftStore:
    """Form drafts in the kiosk database.

    Args:
        db: From :func:`kiosk.store.open_database`.
        now: The clock; a draft belongs to the clock's local day.
        new_code: Makes candidate codes (tests inject collisions).
    """

    def __init__(
        self,
        db: Database,
        *,
        now: Clock = local_now,
        new_code: Callable[[], str] = random_code,
    ) -> None:
        self._db = db
        self._now = now
        self._new_code = new_code

    def create(
        self, journey: str, form: str, fields: Mapping[str, Any], kiosk_id: str | None
    ) -> Draft:
        """Store the confirmed answers under a fresh code, unique for the day.

        The code is chosen inside ``BEGIN IMMEDIATE``, so two kiosks cannot
        pick the same one; a collision just draws again.

        Raises:
            DraftError: no journey or form name, or no free code found.
        """
        journey_id = clean_text(journey, MAX_KEY) if isinstance(journey, str) else ""
        form_id = clean_text(form, MAX_KEY) if isinstance(form, str) else ""
        if not journey_id or not form_id:
            raise DraftError("a form draft needs the journey and the form it prepares")
        values = json.dumps(safe_fields(fields), ensure_ascii=False)
        kiosk = clean_text(kiosk_id, MAX_KEY) if isinstance(kiosk_id, str) and kiosk_id else None
        with self._db.write() as conn:
            moment = aware(self._now())
            day = local_day(moment)
            # Yesterday's drafts go even if the kiosk has not restarted since.
            delete_drafts_before(conn, day)
            code = self._free_code(conn)
            row = conn.execute(
                "INSERT INTO form_drafts (code, day, journey, form, kiosk_id, fields, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (code, day, journey_id, form_id, kiosk, values, stamp(moment)),
            ).fetchone()
            return self._load(conn, "id = ?", (row[0],))

    def prepare_for_counter(
        self,
        journey: str,
        form: str,
        fields: Mapping[str, Any],
        kiosk_id: str | None,
        *,
        service: str,
        request_key: str,
        held_ticket: int | None = None,
        locale: str | None = None,
    ) -> tuple[Draft, QueueItem]:
        """Store the answers and give the customer a queue number, linked, in one write.

        One ``BEGIN IMMEDIATE`` transaction: a crash leaves both or neither.
        Writing again with the same ``request_key`` (Back and on again, a retry)
        updates that draft and returns its ticket, never a second draft or number.

        Args:
            service: The queue service the teller works at (``card``, ``account`` …).
            request_key: The kiosk's id for this journey visit (letters, digits).
            held_ticket: An open ticket the customer already holds for ``service``
                (taken earlier in the session): the draft joins it.
            locale: The customer's language, kept with a new ticket (announced first).

        Raises:
            DraftError: no journey, form or request key, or no free code.
            UnknownService: ``service`` is not a queue service.
        """
        journey_id, form_id, key, series = _checked_request(journey, form, request_key, service)
        safe = safe_fields(fields)
        values = json.dumps(safe, ensure_ascii=False)
        kiosk = clean_text(kiosk_id, MAX_KEY) if isinstance(kiosk_id, str) and kiosk_id else None
        with self._db.write() as conn:
            serialize(conn, f"draft:{key}")  # a retry racing the first try finds its draft
            moment = aware(self._now())
            day, at = local_day(moment), stamp(moment)
            rows = fetch_all(conn, "SELECT * FROM form_drafts WHERE request_key = ?", (key,))
            draft = _to_draft(rows[0]) if rows else None
            if draft is not None and draft.day == day and draft.ticket_id is not None:
                conn.execute("UPDATE form_drafts SET fields = ? WHERE id = ?", (values, draft.id))
                self._describe(conn, draft.ticket_id, journey_id, draft.code, safe)
                return self._load(conn, "id = ?", (draft.id,)), load_item(conn, draft.ticket_id)
            # An older day's visit with the same key (never in practice) gives the key up.
            conn.execute("UPDATE form_drafts SET request_key = NULL WHERE request_key = ?", (key,))
            delete_drafts_before(conn, day)
            ticket_id = self._joinable(conn, held_ticket, service)
            if ticket_id is None:
                ticket_id = _new_ticket(conn, service, series, day, at, kiosk, locale)
            code = self._free_code(conn)
            draft_id = conn.execute(
                "INSERT INTO form_drafts (code, day, journey, form, kiosk_id, fields, created_at, "
                "ticket_id, request_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (code, day, journey_id, form_id, kiosk, values, at, ticket_id, key),
            ).fetchone()[0]
            self._describe(conn, ticket_id, journey_id, code, safe)
            write_audit(conn, at, None, "form_ticket", ticket_id, f"{code} ({form_id})")
            return self._load(conn, "id = ?", (draft_id,)), load_item(conn, ticket_id)

    @staticmethod
    def _joinable(conn: sqlite3.Connection, held: int | None, service: str) -> int | None:
        """``held`` if it is an open ticket for ``service`` (the customer keeps their place)."""
        if held is None:
            return None
        row = conn.execute(
            "SELECT id FROM items WHERE id = ? AND kind = 'ticket' AND service = ? "
            "AND status IN ('waiting', 'called', 'serving')",
            (held, service),
        ).fetchone()
        return int(row[0]) if row is not None else None

    @staticmethod
    def _describe(
        conn: sqlite3.Connection, ticket_id: int, journey: str, code: str, fields: dict[str, str]
    ) -> None:
        """The ticket's context card names the draft, so the teller opens it on calling."""
        context = sanitise_context(
            {
                "journey": journey,
                "draft_code": code,
                "typed": [f"{name}: {value}" for name, value in fields.items()],
            }
        )
        conn.execute(
            "UPDATE items SET context = ? WHERE id = ?",
            (json.dumps(context, ensure_ascii=False), ticket_id),
        )

    def _free_code(self, conn: sqlite3.Connection) -> str:
        for _ in range(MAX_ATTEMPTS):
            code = normalise_code(self._new_code())
            if not _CODE.fullmatch(code):
                raise DraftError(f"bad draft code {code!r} from the code generator")
            taken = conn.execute("SELECT 1 FROM form_drafts WHERE code = ?", (code,)).fetchone()
            if taken is None:
                return code
        raise DraftError("no free form draft code found; try again")

    def lookup(self, code: str, staff: str | None = None) -> Draft:
        """Today's draft for ``code`` (typed or scanned); records who looked and when.

        Raises:
            DraftNotFound: unknown code, or one from an earlier day.
        """
        wanted = normalise_code(code)
        if not _CODE.fullmatch(wanted):
            raise DraftNotFound(
                code,
                f"{code!r} is not a form draft code; a code is {CODE_LENGTH} letters and "
                f"digits (no 0, O, 1, I or L)",
            )
        who = clean_text(staff, MAX_KEY) if isinstance(staff, str) and staff.strip() else None
        with self._db.write() as conn:
            moment = aware(self._now())
            rows = fetch_all(conn, "SELECT * FROM form_drafts WHERE code = ?", (wanted,))
            if not rows or rows[0]["day"] != local_day(moment):
                raise DraftNotFound(wanted)
            at = stamp(moment)
            conn.execute(
                "UPDATE form_drafts SET looked_up_at = ?, looked_up_by = ? WHERE id = ?",
                (at, who, rows[0]["id"]),
            )
            write_audit(conn, at, who, "draft_lookup", None, f"{wanted} ({rows[0]['form']})")
            return self._load(conn, "id = ?", (rows[0]["id"],))

    def list_day(self, day: date | str | None = None) -> list[Draft]:
        """Drafts of ``day`` (default today), oldest first."""
        wanted = day_text(day) if day is not None else local_day(aware(self._now()))
        with self._db.read() as conn:
            rows = fetch_all(conn, "SELECT * FROM form_drafts WHERE day = ? ORDER BY id", (wanted,))
        return [_to_draft(row) for row in rows]

    def purge_before(self, day: date | str) -> int:
        """Delete drafts of days before ``day``; returns how many."""
        with self._db.write() as conn:
            return delete_drafts_before(conn, day)

    @staticmethod
    def _load(conn: sqlite3.Connection, where: str, params: tuple[Any, ...]) -> Draft:
        return _to_draft(fetch_all(conn, f"SELECT * FROM form_drafts WHERE {where}", params)[0])


def _checked_request(
    journey: object, form: object, request_key: object, service: object
) -> tuple[str, str, str, str]:
    """The journey, form, request key and ticket series of a draft request, checked.

    Raises:
        DraftError: no journey, form or well-formed request key.
        UnknownService: ``service`` is not a queue service.
    """
    journey_id = clean_text(journey, MAX_KEY) if isinstance(journey, str) else ""
    form_id = clean_text(form, MAX_KEY) if isinstance(form, str) else ""
    if not journey_id or not form_id:
        raise DraftError("a form draft needs the journey and the form it prepares")
    key = request_key.strip() if isinstance(request_key, str) else ""
    if not key or len(key) > MAX_REQUEST_KEY or not key.isalnum():
        raise DraftError(f"a request key is 1 to {MAX_REQUEST_KEY} letters and digits")
    series = SERIES.get(service) if isinstance(service, str) else None
    if series is None:
        raise UnknownService(str(service))
    return journey_id, form_id, key, series


def _new_ticket(
    conn: sqlite3.Connection,
    service: str,
    series: str,
    day: str,
    at: str,
    kiosk: str | None,
    locale: str | None,
) -> int:
    """A new waiting ticket for the draft: the day's next number in ``series``."""
    language = locale if locale in ids.LOCALES else None
    return insert_waiting(
        conn, Kind.TICKET, day, series, at, service=service, kiosk_id=kiosk, locale=language
    )
