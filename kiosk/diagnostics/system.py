"""``kiosk check``: Python, Qt, the settings, the data folder and the queue database."""

from __future__ import annotations

import os
import platform
import sys
import tempfile
from pathlib import Path
from typing import Any

from kiosk.core.errors import KioskError
from kiosk.diagnostics.result import CheckResult


def check_python(_: Path) -> CheckResult:
    version = platform.python_version()
    ok = sys.version_info >= (3, 11)
    return CheckResult("python", ok, version, "" if ok else "install Python 3.11 or newer")


def check_qt(_: Path) -> CheckResult:
    try:
        import PySide6
        from PySide6 import QtCore
    except ImportError as exc:
        return CheckResult("qt", False, str(exc), "run `make demo` or pip install -e .")
    detail = f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}"
    # PySide6 6.12.0 corrupts None's refcount on Python < 3.12 (see pyproject.toml).
    broken = PySide6.__version__.startswith("6.12.") and sys.version_info < (3, 12)
    fix = "pip install 'PySide6-Essentials<6.12' (6.12 crashes on Python 3.11)" if broken else ""
    return CheckResult("qt", not broken, detail, fix)


def check_config(data_dir: Path) -> CheckResult:
    from kiosk.config import CONFIG_FILE_NAME, load_config

    path = data_dir / CONFIG_FILE_NAME
    try:
        load_config(data_dir)
    except KioskError as exc:
        return CheckResult("config", False, str(exc), f"correct the setting in {path}")
    source = str(path) if path.exists() else "defaults (no kiosk.toml)"
    return CheckResult("config", True, source)


def check_data_dir(data_dir: Path) -> CheckResult:
    from kiosk.paths import make_data_dir

    try:
        make_data_dir(data_dir)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".check-", delete=True) as handle:
            handle.write(b"ok")
            handle.flush()
            os.fsync(handle.fileno())
    except (OSError, KioskError) as exc:
        return CheckResult(
            "data dir",
            False,
            f"{data_dir}: {getattr(exc, 'strerror', None) or exc}",
            "give the kiosk user write access, or pass --data-dir / set KIOSK_DATA_DIR",
        )
    mode = data_dir.stat().st_mode & 0o777
    if mode & 0o077:
        return CheckResult(
            "data dir",
            False,
            f"{data_dir} is {mode:o}: other users on this computer can read the queue and logs",
            f"chmod 700 {data_dir} (the kiosk also repairs it when it starts)",
        )
    return CheckResult("data dir", True, f"{data_dir} is writable and private")


def check_database(data_dir: Path) -> CheckResult:
    """The queue database opens (migrating it if needed) and passes SQLite's quick check."""
    from kiosk.config import load_config
    from kiosk.store import database_path, open_database, store_url
    from kiosk.store.database import marker_path
    from kiosk.store.errors import RECOVER

    try:
        config = load_config(data_dir)
        path = database_path(config, data_dir)
    except KioskError:
        return CheckResult("database", False, "settings are broken", "fix the config first")
    if store_url(config):  # PostgreSQL store (issue 13)
        return check_server(config, data_dir)
    if not path.exists() and not marker_path(path).exists():
        return CheckResult("database", True, f"{path} will be created at start-up")
    try:
        db = open_database(path)
    except KioskError as exc:
        return CheckResult("database", False, str(exc), "follow the advice in the message")
    try:
        verdict = str(db.conn.execute("PRAGMA quick_check").fetchone()[0])
        open_items = db.conn.execute(
            "SELECT COUNT(*) FROM items WHERE status IN ('waiting', 'called', 'serving')"
        ).fetchone()[0]
    except Exception as exc:  # a damaged file can fail in many ways; all mean the same
        verdict = str(exc)
    finally:
        db.close()
    if verdict != "ok":
        return CheckResult(
            "database",
            False,
            f"{path} is damaged ({verdict})",
            RECOVER,
        )
    return CheckResult("database", True, f"{path} ok, {open_items} open item(s)")


def check_server(config: Any, data_dir: Path) -> CheckResult:
    """The PostgreSQL store answers and has this kiosk's schema (names no password)."""
    from kiosk.store import open_store_database

    try:
        db = open_store_database(config, data_dir, migrate=False)
    except KioskError as exc:
        return CheckResult("database", False, str(exc), "follow the advice in the message")
    try:
        with db.read() as conn:
            open_items = conn.execute(
                "SELECT COUNT(*) FROM items WHERE status IN ('waiting', 'called', 'serving')"
            ).fetchone()[0]
    except KioskError as exc:
        return CheckResult("database", False, str(exc), "check the server and the network")
    finally:
        db.close()
    return CheckResult("database", True, f"{db.path} ok, {open_items} open item(s)")
