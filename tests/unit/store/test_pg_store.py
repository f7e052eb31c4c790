"""What only the PostgreSQL store has to prove: kiosks starting together on an empty
database, row locks where SQLite had one writer, the change token, reconnecting."""

from __future__ import annotations

import threading

from pg_server import PgServer

from kiosk.queue.models import AlreadyClaimed
from kiosk.store import SqliteQueueStore
from kiosk.store.pg_database import PgDatabase, open_pg_database
from kiosk.store.schema import SCHEMA_VERSION


def test_kiosks_starting_together_migrate_once(pg_url: str) -> None:
    opened: list[PgDatabase] = []
    failures: list[BaseException] = []
    go = threading.Barrier(4)

    def start() -> None:
        go.wait()
        try:
            opened.append(open_pg_database(pg_url))
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures and len(opened) == 4
    rows = opened[0].conn.execute("SELECT version FROM kiosk_schema").fetchall()
    assert [tuple(r) for r in rows] == [(SCHEMA_VERSION,)]
    for db in opened:
        db.close()


def test_a_claim_waits_for_the_other_claim_and_then_sees_it(pg_url: str) -> None:
    first, second = open_pg_database(pg_url), open_pg_database(pg_url)
    ann, bob = SqliteQueueStore(first), SqliteQueueStore(second)
    item = ann.take_ticket("cash")
    outcome: list[str] = []
    # Ann's transaction holds the row; Bob's claim must wait, then find it taken.
    with first.write() as conn:
        conn.execute("SELECT id FROM items WHERE id = ? FOR UPDATE", (item.id,))
        conn.execute(
            "UPDATE items SET status = 'called', claimed_by = 'Ann' WHERE id = ?", (item.id,)
        )

        def bob_claims() -> None:
            try:
                bob.claim(item.id, "Bob")
                outcome.append("Bob got it")
            except AlreadyClaimed:
                outcome.append("taken")

        racer = threading.Thread(target=bob_claims)
        racer.start()
        racer.join(0.5)
        assert racer.is_alive()  # blocked on Ann's row lock, not reading an old version
    racer.join(30)
    assert outcome == ["taken"]
    first.close()
    second.close()


def test_call_next_skips_a_customer_another_console_is_taking(pg_url: str) -> None:
    first, second = open_pg_database(pg_url), open_pg_database(pg_url)
    store = SqliteQueueStore(first)
    a1, a2 = store.take_ticket("cash"), store.take_ticket("cash")
    with first.write() as conn:
        conn.execute("SELECT id FROM items WHERE id = ? FOR UPDATE", (a1.id,))
        # Without waiting for the locked A001, the other console gets A002.
        called = SqliteQueueStore(second).call_next("Bob")
        assert called is not None and called.id == a2.id
    first.close()
    second.close()


def test_the_change_token_survives_a_restart(pg_url: str, pg_server: PgServer) -> None:
    db = open_pg_database(pg_url)
    store = SqliteQueueStore(db)
    store.take_ticket("cash")
    before = store.change_token()
    pg_server.restart()
    assert store.change_token() == before  # broken connection: the last token, no error
    store.take_ticket("cash")  # reconnects
    assert store.change_token() != before
    db.close()
