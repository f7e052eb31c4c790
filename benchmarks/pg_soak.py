"""Soak: 50 simulated kiosks and 10 consoles on one PostgreSQL server.

Each kiosk and each console has its own connection (as separate machines
would), spread over a few processes so the client side is not one GIL. Kiosks
take a ticket (and now and then a help request) every 1–3 s; consoles call the
next customer, serve and finish them, with 0.2–1 s between steps. At the end:
every acknowledged item is in the database exactly once, numbers have no gaps,
nobody was claimed twice. Prints throughput, p50/p95 latency and errors.

Not part of ``make bench`` (it runs for minutes):
``.venv/bin/python benchmarks/pg_soak.py [--seconds 300]``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from table import percentile

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

KIOSKS = 50
CONSOLES = 10
PROCESSES = 5
SERVICES = ("cash", "account", "card", "loan", "wealth", "general")


def _device(url: str, role: str, n: int, until: float, out: list[dict[str, object]]) -> None:
    from kiosk.core.errors import KioskError
    from kiosk.store import SqliteQueueStore
    from kiosk.store.pg_database import open_pg_database

    rng = random.Random(f"{role}{n}")
    store = SqliteQueueStore(open_pg_database(url))
    name = f"staff-{n}"
    record: dict[str, object] = {"role": role, "lat": [], "errors": 0, "acks": [], "claims": []}
    lat: list[float] = record["lat"]  # type: ignore[assignment]
    while time.time() < until:
        start = time.perf_counter()
        try:
            if role == "kiosk":
                if rng.random() < 0.2:
                    item = store.request_help(kiosk_id=f"kiosk-{n}", reason="confused")
                else:
                    item = store.take_ticket(rng.choice(SERVICES))
                record["acks"].append(item.id)  # type: ignore[attr-defined]
                pause = rng.uniform(1.0, 3.0)
            else:
                item = store.call_next(name)
                if item is not None:
                    record["claims"].append(item.id)  # type: ignore[attr-defined]
                    store.serve(item.id, name)
                    store.done(item.id, name)
                pause = rng.uniform(0.2, 1.0)
        except KioskError:
            record["errors"] = int(record["errors"]) + 1  # type: ignore[call-overload]
            pause = 1.0
        lat.append((time.perf_counter() - start) * 1000)
        time.sleep(pause)
    store.db.close()
    out.append(record)


def _child(url: str, kiosks: str, consoles: str, first: str, until: str) -> None:
    out: list[dict[str, object]] = []
    threads = [
        threading.Thread(target=_device, args=(url, "kiosk", int(first) + i, float(until), out))
        for i in range(int(kiosks))
    ] + [
        threading.Thread(target=_device, args=(url, "console", int(first) + i, float(until), out))
        for i in range(int(consoles))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(json.dumps(out))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=300)
    args = parser.parse_args()
    from pg_server import PgServer

    from kiosk.store.pg_database import open_pg_database

    root = Path(tempfile.mkdtemp(prefix="kiosk-pg-soak-"))
    server = PgServer(root)
    try:
        server.init()
        url = server.fresh_database()
        open_pg_database(url).close()
        until = time.time() + 5 + args.seconds
        started = until - args.seconds
        children = [
            subprocess.Popen(
                [
                    sys.executable,
                    __file__,
                    "child",
                    url,
                    str(KIOSKS // PROCESSES),
                    str(CONSOLES // PROCESSES),
                    str(p * 100),
                    str(until),
                ],
                stdout=subprocess.PIPE,
                text=True,
            )
            for p in range(PROCESSES)
        ]
        records: list[dict[str, object]] = []
        for child in children:
            out, _ = child.communicate(timeout=args.seconds + 120)
            records += json.loads(out)
        db = open_pg_database(url)
        rows = db.conn.execute("SELECT id, day, series, number FROM items").fetchall()
        claims = Counter(
            r[0] for r in db.conn.execute("SELECT item_id FROM audit WHERE action = 'call_next'")
        )
        db.close()
    finally:
        server._run(str(server.bin / "pg_ctl"), "stop", "-m", "immediate", "-D", str(server.data))
        shutil.rmtree(root, ignore_errors=True)
    elapsed = min(time.time() - started, float(args.seconds))  # the devices stop at `until`
    ids = {r[0] for r in rows}
    acks = [i for r in records for i in r["acks"]]  # type: ignore[attr-defined]
    series: dict[tuple[str, str], list[int]] = {}
    for _, day, s, number in rows:
        series.setdefault((day, s), []).append(number)
    gapless = all(sorted(v) == list(range(1, len(v) + 1)) for v in series.values())
    for role in ("kiosk", "console"):
        lat = [x for r in records if r["role"] == role for x in r["lat"]]  # type: ignore[attr-defined]
        errors = sum(int(r["errors"]) for r in records if r["role"] == role)  # type: ignore[call-overload]
        print(
            f"{role}s: {len(lat)} operations, {len(lat) / elapsed:.1f}/s, p50 "
            f"{percentile(lat, 50):.1f} ms, p95 {percentile(lat, 95):.1f} ms, {errors} errors"
        )
    print(
        f"{len(acks)} acknowledged items, all stored: {set(acks) <= ids}, no duplicates: "
        f"{len(acks) == len(set(acks))}, numbers without gaps: {gapless}, "
        f"claimed twice: {sum(1 for c in claims.values() if c > 1)} ({elapsed:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "child":
        _child(*sys.argv[2:7])
        sys.exit(0)
    sys.exit(main())
