"""The durable branch queue: :class:`QueueStore` on SQLite.

Every change runs in one ``BEGIN IMMEDIATE`` transaction that also writes its
audit row, and is committed (``synchronous=FULL``) before the method returns:
a number a customer was shown, or a claim a member of staff was told about,
is never lost and never handed out twice, across any number of processes.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from typing import Any

from kiosk.core import ids
from kiosk.core.text import printable, shown
from kiosk.queue import wait
from kiosk.queue.context import clean_text, sanitise_context
from kiosk.queue.models import (
    HELP_PRIORITY_RANK,
    HELP_SERIES,
    QUIET_CHECK,
    SERIES,
    Kind,
    QueueError,
    QueueItem,
    Status,
    UnknownReason,
    UnknownService,
    WaitEstimate,
)
from kiosk.store import housekeeping
from kiosk.store.clock import aware, local_day, parse_stamp, stamp
from kiosk.store.database import KioskDatabase, fetch_value
from kiosk.store.items import (
    OPEN_SQL,
    ORDER_GROUP,
    insert_waiting,
    load_item,
    load_items,
    update_item,
)
from kiosk.store.queue_staff import MAX_NAME, StaffActions


def _queue_filter(item: QueueItem) -> tuple[str, tuple[Any, ...]]:
    """The queue an item waits in: help requests share one, tickets one per service."""
    if item.kind is Kind.HELP:
        return "kind = 'help'", ()
    return "kind = 'ticket' AND service = ?", (item.service,)


def _refuse_control(what: str, value: str | None) -> None:
    """Refuse newlines and control characters at the door: a newline in a kiosk id
    forged an extra line in `queue list`, and escape codes reached the terminal."""
    if isinstance(value, str) and not printable(value.strip(" ")):
        raise QueueError(f"a {what} has no control characters or line breaks: {shown(value)}")


class SqliteQueueStore(StaffActions):
    """Tickets and help requests in the kiosk database (implements ``QueueStore``).

    Args:
        db: From :func:`kiosk.store.open_database`.
        now: The clock (timezone-aware datetimes). Ticket numbers restart on each
            calendar day of the clock's own zone. Tests inject a fake.
        counters: Staff serving each queue in parallel, for wait estimates.
    """

    # -- customers -------------------------------------------------------------

    def take_ticket(
        self,
        service: str,
        *,
        priority: bool = False,
        priority_reason: str | None = None,
        kiosk_id: str | None = None,
        locale: str | None = None,
    ) -> QueueItem:
        """A numbered ticket for ``service`` (A001 … per day and series).

        ``locale`` is the language the customer used at the kiosk: the lobby's
        announcement of this number starts in it.

        Raises:
            UnknownService: ``service`` is not one of models.SERIES.
            UnknownReason: ``priority_reason`` is not one of ids.PRIORITY_REASONS.
            QueueError: ``locale`` is not one of ids.LOCALES.
        """
        if locale is not None and locale not in ids.LOCALES:
            raise QueueError(f"unknown language {locale!r}; choose from {', '.join(ids.LOCALES)}")
        series = SERIES.get(service) if isinstance(service, str) else None
        if series is None:
            raise UnknownService(str(service))
        if priority_reason is not None and priority_reason not in ids.PRIORITY_REASONS:
            raise UnknownReason(priority_reason, ids.PRIORITY_REASONS)
        _refuse_control("kiosk id", kiosk_id)
        return self._create(
            kind=Kind.TICKET,
            series=series,
            service=service,
            priority=priority or priority_reason is not None,
            priority_reason=priority_reason,
            # An id from the settings (checked there), not customer text: nothing to mask.
            kiosk_id=kiosk_id.strip()[:MAX_NAME] or None if kiosk_id else None,
            locale=locale,
        )

    def request_help(
        self,
        *,
        kiosk_id: str,
        location: str | None = None,
        reason: str | None = None,
        context: dict[str, Any] | None = None,
        quiet_check: bool = False,
    ) -> QueueItem:
        """A help request (H001 …) with the sanitised context card.

        ``reason`` is optional: the customer may tap it afterwards
        (:meth:`set_help_reason`). fraud, mobility and hearing are priority.
        ``quiet_check`` (Call staff held): reason ``other`` unless given, priority,
        ``priority_reason`` "quiet_check" and ``context["quiet_check"]``; it is
        called right after possible fraud.
        """
        _refuse_control("kiosk id", kiosk_id)
        _refuse_control("location", location)
        kiosk = clean_text(kiosk_id, MAX_NAME) if isinstance(kiosk_id, str) else ""
        if not kiosk:
            raise QueueError("a help request needs the id of the kiosk it came from")
        if reason is not None and reason not in ids.HELP_REASONS:
            raise UnknownReason(reason, ids.HELP_REASONS)
        card = sanitise_context(context or {})
        ranked = reason if reason in HELP_PRIORITY_RANK else None
        if quiet_check:
            reason = reason or "other"
            card["quiet_check"] = True
            ranked = "fraud" if reason == "fraud" else QUIET_CHECK
        return self._create(
            kind=Kind.HELP,
            series=HELP_SERIES,
            service=None,
            priority=ranked is not None,
            priority_reason=ranked,
            kiosk_id=kiosk,
            location=clean_text(location) if location else None,
            reason=reason,
            context=card,
        )

    def _create(self, *, kind: Kind, series: str, **values: Any) -> QueueItem:
        # A number staff cannot see is worse than none: a damaged file issues nothing.
        self._db.require_healthy()
        self.roll_over()
        with self._db.write() as conn:
            # Read the clock only once holding the write lock: a kiosk that waited
            # for the lock must not get an earlier time than the number before it,
            # or "oldest first" would call A002 before A001.
            moment = aware(self._now())
            at = stamp(moment)
            day = local_day(moment)
            item_id = insert_waiting(conn, kind, day, series, at, stamp_now=self._stamp, **values)
            return self._event(conn, "issue", item_id, at)

    def set_help_reason(self, item_id: int, reason: str) -> QueueItem:
        """Record why the customer asked for help; may raise or lower its priority."""
        if reason not in ids.HELP_REASONS:
            raise UnknownReason(reason, ids.HELP_REASONS)
        with self._db.write() as conn:
            item = _open_help(conn, item_id)
            ranked = reason if reason in HELP_PRIORITY_RANK else None
            if item.priority_reason == QUIET_CHECK and reason != "fraud":
                ranked = QUIET_CHECK  # a reason tapped after a hold keeps its urgency
            update_item(
                conn,
                item.id,
                {
                    "reason": reason,
                    "priority": int(ranked is not None),
                    "priority_reason": ranked,
                    "updated_at": self._stamp(),
                },
            )
            return load_item(conn, item.id)

    def mark_quiet_check(self, item_id: int) -> QueueItem:
        """Call staff was held while this help request was open: "may be under pressure".

        It becomes a priority quiet check (``context["quiet_check"]``), called
        right after possible fraud; a fraud request stays fraud. The reason the
        customer gave is kept.
        """
        with self._db.write() as conn:
            item = _open_help(conn, item_id)
            ranked = "fraud" if item.reason == "fraud" else QUIET_CHECK
            card = {**item.context, "quiet_check": True}
            update_item(
                conn,
                item.id,
                {
                    "priority": 1,
                    "priority_reason": ranked,
                    "context": json.dumps(card, ensure_ascii=False),
                    "updated_at": self._stamp(),
                },
            )
            return load_item(conn, item.id)

    def rate(self, item_id: int, score: int, thanked_staff: str | None = None) -> QueueItem:
        """The customer's 1–3 rating (and who they thank) of a finished visit."""
        if isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 3:
            raise QueueError(f"a rating is 1, 2 or 3, not {score!r}")
        with self._db.write() as conn:
            item = load_item(conn, item_id)
            if item.is_open:
                raise QueueError(f"{item.label} is still {item.status.value}; rate it once done")
            thanked = clean_text(thanked_staff, MAX_NAME) if thanked_staff else None
            update_item(
                conn,
                item.id,
                {"rating": score, "thanked_staff": thanked, "updated_at": self._stamp()},
            )
            return self._event(conn, "rate", item.id, self._stamp(), before=item)

    # -- reading ---------------------------------------------------------------

    def get(self, item_id: int) -> QueueItem:
        with self._db.read() as conn:
            return load_item(conn, item_id)

    def list_open(self) -> list[QueueItem]:
        """Open items: fraud help first, then other priority items, then the rest;
        oldest first within each group."""
        self.roll_over()
        with self._db.read() as conn:
            return load_items(conn, OPEN_SQL, ())

    def people_ahead(self, item_id: int) -> int:
        """Waiting items before this one in its queue (0 once it is called)."""
        with self._db.read() as conn:
            return self._ahead(conn, load_item(conn, item_id))

    def _ahead(self, conn: sqlite3.Connection, item: QueueItem) -> int:
        if item.status is not Status.WAITING:
            return 0
        queue, params = _queue_filter(item)
        sql = (
            f"WITH me AS (SELECT {ORDER_GROUP} AS g, created_at, id FROM items WHERE id = ?) "
            f"SELECT COUNT(*) FROM items, me WHERE items.status = 'waiting' AND {queue} "
            f"AND ({ORDER_GROUP}, items.created_at, items.id) < (me.g, me.created_at, me.id)"
        )
        return int(fetch_value(conn, sql, (item.id, *params)))

    def wait_estimate(self, item_id: int) -> WaitEstimate:
        """People ahead and a minutes range from this queue's recent service times."""
        since = stamp(aware(self._now()) - timedelta(days=wait.SAMPLE_DAYS))
        with self._db.read() as conn:
            item = load_item(conn, item_id)
            ahead = self._ahead(conn, item)
            queue, params = _queue_filter(item)
            rows = conn.execute(
                f"SELECT serving_at, closed_at FROM items WHERE status = 'done' AND {queue} "
                "AND serving_at IS NOT NULL AND closed_at >= ? ORDER BY closed_at DESC LIMIT ?",
                (*params, since, wait.SAMPLE_COUNT),
            ).fetchall()
        durations = [(parse_stamp(c) - parse_stamp(s)).total_seconds() for s, c in rows]
        return wait.estimate_wait(ahead, durations, self._counters)

    def change_token(self) -> int:
        """Changes whenever any process (this one included) commits a change.

        ``PRAGMA data_version`` moves only for other connections' commits, so our
        own commit count is folded in. Never blocks: while this connection is
        busy in another thread, the previous token is returned (nothing new has
        been committed by it yet), so the UI can poll from the GUI thread.
        """
        if not isinstance(self._db, KioskDatabase):
            # PostgreSQL: a server-side change counter (PgDatabase.change_token).
            self._token = int(self._db.change_token(self._token))  # type: ignore[attr-defined]
            return self._token
        if not self._db.lock.acquire(blocking=False):
            return self._token
        try:
            version = int(fetch_value(self._db.conn, "PRAGMA data_version"))
        except sqlite3.Error:
            return self._token
        finally:
            self._db.lock.release()
        self._token = (version << 32) | (self._db.commits & 0xFFFFFFFF)
        return self._token

    # -- housekeeping ----------------------------------------------------------

    def tick(self) -> None:
        """Regular upkeep for a long-running process (the UI's poll calls it).

        Re-runs the integrity check every so often (damage found stops issuing)
        and closes the day at closing time or midnight.
        """
        self._db.check_health()
        if self._db.damage is None:
            self.roll_over()

    def _day_end(self, moment: datetime) -> tuple[str, str | None]:
        """Today's day, and today's closing instant as a stamp once it has passed."""
        today = local_day(moment)
        if self._closing is None:
            return today, None
        closing = datetime.combine(moment.date(), self._closing, tzinfo=moment.tzinfo)
        return today, stamp(closing) if moment >= closing else None

    def roll_over(self) -> int:
        """Close what the day's end leaves open, in every process that runs for long.

        Yesterday's open items are cancelled (as the purge does) once the day
        changes, and today's once the configured closing time has passed (items
        taken after closing wait until midnight). Cheap when nothing is due: it
        runs once per day and once after closing in each process.

        Returns:
            How many items were closed.
        """
        moment = aware(self._now())
        today, closed_at = self._day_end(moment)
        key = (today, closed_at is not None)
        if self._rolled == key or self._db.read_only:
            return 0
        with self._db.read() as conn:
            due = fetch_value(
                conn, f"SELECT COUNT(*) FROM items WHERE day < ? AND {OPEN_SQL}", (today,)
            )
            if closed_at is not None:
                due += fetch_value(
                    conn,
                    f"SELECT COUNT(*) FROM items WHERE created_at < ? AND {OPEN_SQL}",
                    (closed_at,),
                )
        closed = 0
        if due:
            with self._db.write() as conn:
                at = stamp(moment)
                closed = housekeeping.expire_open_before(conn, today, at)
                if closed_at is not None:
                    closed += housekeeping.expire_open_created_before(conn, closed_at, at)
        self._rolled = key
        return closed

    def expire_open_before(self, day: date | str) -> int:
        """Cancel items still open from days before ``day``; returns how many."""
        with self._db.write() as conn:
            return housekeeping.expire_open_before(conn, day, self._stamp())

    def purge_before(self, day: date | str) -> housekeeping.PurgeResult:
        """For days before ``day``: count into daily_counts, then wipe context cards and
        note texts (numbers, statuses and times stay for reports)."""
        with self._db.write() as conn:
            return housekeeping.purge_before(conn, day, self._stamp())

    def housekeep(self, keep_days: int) -> housekeeping.PurgeResult:
        """Start-up tidy: close yesterday's leftovers, purge beyond ``keep_days``."""
        today = aware(self._now()).date()
        with self._db.write() as conn:
            expired = housekeeping.expire_open_before(conn, today.isoformat(), self._stamp())
            cutoff = (today - timedelta(days=max(0, keep_days))).isoformat()
            result = housekeeping.purge_before(conn, cutoff, self._stamp())
        return result.with_expired(result.expired + expired)


def _open_help(conn: sqlite3.Connection, item_id: int) -> QueueItem:
    """The open help request ``item_id``, or a clear error (a ticket, or closed)."""
    item = load_item(conn, item_id)
    if item.kind is not Kind.HELP:
        raise QueueError(f"{item.label} is a ticket, not a help request")
    if not item.is_open:
        raise QueueError(f"{item.label} is already {item.status.value}")
    return item
