"""A PostgreSQL ``LISTEN kiosk_changes`` connection that never blocks its reader.

The store sends ``NOTIFY kiosk_changes`` with every committed change
(:mod:`kiosk.store.pg_database`), naming the tables and ids it changed
(:mod:`kiosk.store.changes`). A screen watches :meth:`ChangeFeed.fileno` with
its event loop (a socket notifier) and calls :meth:`drain` when it is readable.
Notifications sent while this connection was away are lost, so after every
(re)connect the caller must reload everything, not wait for news.
"""

from __future__ import annotations

from typing import Any

import psycopg

from kiosk.store.changes import Change, decode
from kiosk.store.errors import StoreError
from kiosk.store.pg_database import NOTIFY_CHANNEL, _connect, describe_url, unreachable


class ChangeFeed:
    """One listening connection.

    Args:
        url: The store's URL (the same server and database as the queue).
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.where = describe_url(url)
        self._conn: psycopg.Connection[Any] | None = None

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.closed and not self._conn.broken

    def open(self) -> int:
        """(Re)connect and LISTEN; the socket to watch.

        Raises:
            StoreError: the server cannot be reached (try again later).
        """
        self.close()
        try:
            conn = _connect(self.url)
            conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
        except psycopg.Error as exc:
            raise unreachable(self.where, exc) from None
        self._conn = conn
        return self.fileno()

    def fileno(self) -> int:
        if self._conn is None:
            raise StoreError(self.where, "is not being listened to")
        return int(self._conn.pgconn.socket)

    def drain(self) -> list[Change]:
        """Read what arrived, without waiting: the changes, oldest first.

        Raises:
            StoreError: the connection was lost (reopen, then reload everything).
        """
        if self._conn is None:
            raise StoreError(self.where, "is not being listened to")
        pgconn = self._conn.pgconn
        try:
            pgconn.consume_input()
        except psycopg.Error as exc:
            self.close()
            raise unreachable(self.where, exc) from None
        changes = []
        while (notice := pgconn.notifies()) is not None:
            changes.append(decode(notice.extra.decode("utf-8", "replace")))
        if pgconn.status != psycopg.pq.ConnStatus.OK:
            self.close()
            raise unreachable(self.where, ConnectionError("connection lost"))
        return changes

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
