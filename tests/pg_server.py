"""A throwaway PostgreSQL server for the tests (one per pytest process / xdist worker).

The project's set-up installs the Debian ``postgresql`` package
(packaging/os-packages.txt), so a missing server is a failure with a clear
message, never a skip. ``initdb`` refuses to run as root: as root the cluster
is created and run by the ``postgres`` user, in a temp dir it owns. The server
listens on a unix socket in that dir and on a free TCP port of 127.0.0.1.

Use the ``pg_server`` fixture (session) and ``pg_url`` (a fresh, empty database
per test).
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

SUPERUSER = "kiosk_test"
PASSWORD = "test-secret"  # a throwaway cluster on 127.0.0.1 only


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not found:
        pytest.fail(
            "PostgreSQL is not installed: the tests need a real server. Install the Debian "
            "package `postgresql` (listed in packaging/os-packages.txt), e.g. "
            "`sudo apt-get install postgresql`",
            pytrace=False,
        )
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgServer:
    """A private cluster: start, stop, restart, fresh databases, URLs."""

    def __init__(self, root: Path) -> None:
        self.bin = _bin_dir()
        self.root = root
        self.data = root / "data"
        self.socket_dir = root / "socket"
        self.port = _free_port()
        self.log = root / "server.log"
        self._names = itertools.count(1)
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                pytest.fail(
                    "running as root but there is no `postgres` user to run the test server "
                    "(initdb refuses root); install the Debian package `postgresql`",
                    pytrace=False,
                )
            self._as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [*self._as_user, *args], capture_output=True, text=True, timeout=120, check=False
        )
        if check and result.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(
                f"{' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}\n{log}"
            )
        return result

    def init(self) -> None:
        self.socket_dir.mkdir(parents=True)
        if self._as_user:
            shutil.chown(self.root, "postgres")
            shutil.chown(self.socket_dir, "postgres")
        pwfile = self.root / "pw"
        pwfile.write_text(PASSWORD)
        if self._as_user:
            shutil.chown(pwfile, "postgres")
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--pwfile",
            str(pwfile),
            "--auth=scram-sha-256",
            "--auth-local=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        pwfile.unlink()
        self.start()
        self._watch_owner()

    def _watch_owner(self) -> None:
        """A watchdog that stops the server and deletes it once this process is gone.

        pytest killed by a timeout, or an xdist worker shut down after ``-x``, never
        runs fixture teardown; without this its server would run on for ever.
        """
        stop = [*self._as_user, str(self.bin / "pg_ctl"), "stop", "-m", "immediate", "-D"]
        code = (
            "import os, shutil, subprocess, sys, time\n"
            "owner = int(sys.argv[1])\n"
            "while True:\n"
            "    try:\n"
            "        os.kill(owner, 0)\n"
            "    except ProcessLookupError:\n"
            "        break\n"
            "    time.sleep(1)\n"
            "subprocess.run(sys.argv[3:] + [sys.argv[2] + '/data'], capture_output=True)\n"
            "shutil.rmtree(sys.argv[2], ignore_errors=True)\n"
        )
        subprocess.Popen(
            [sys.executable, "-c", code, str(os.getpid()), str(self.root), *stop],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # survives a kill of pytest's process group
        )

    def start(self) -> None:
        # fsync off: a throwaway cluster; the tests kill clients, never the machine.
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            str(self.bin / "pg_ctl"),
            "start",
            "-w",
            "-t",
            "60",
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-o",
            options,
        )

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "stop", "-w", "-m", "immediate", "-D", str(self.data))

    def restart(self) -> None:
        self.stop()
        self.start()

    def outage(self, qtbot: Any, listener: Any) -> int:
        """Stop the server until ``listener`` has noticed, then start it again.

        Returns:
            The listener's reconnect count before the outage (a reload must follow).
        """
        before = int(listener.reconnects)
        self.stop()
        try:
            # Lost while the server is down: no notification will ever say so.
            qtbot.waitUntil(lambda: not listener.listening, timeout=10_000)
        finally:
            self.start()
        return before

    def url(self, database: str = "postgres", *, password: str | None = PASSWORD) -> str:
        secret = f":{password}" if password is not None else ""
        return f"postgresql://{SUPERUSER}{secret}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> str:
        result = self._run(
            str(self.bin / "psql"),
            "-h",
            str(self.socket_dir),
            "-p",
            str(self.port),
            "-U",
            SUPERUSER,
            "-d",
            database,
            "-Atqc",
            statement,
        )
        return result.stdout.strip()

    def fresh_database(self) -> str:
        """A new empty database; its URL."""
        name = f"kiosk_{os.getpid()}_{next(self._names)}"
        self.sql(f"CREATE DATABASE {name} TEMPLATE template0")
        return self.url(name)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    root = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
    server = PgServer(root)
    try:
        server.init()
        yield server
    finally:
        server._run(
            str(server.bin / "pg_ctl"),
            "stop",
            "-m",
            "immediate",
            "-D",
            str(server.data),
            check=False,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A fresh, empty database on the test server."""
    return pg_server.fresh_database()
