"""Where the kiosk keeps its data and finds its content, and who may read it."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

# Where the content is: in core, since the locale list is read from it; re-exported
# here for its many importers.
from kiosk.core.content_dirs import assets_dir as assets_dir
from kiosk.core.content_dirs import content_root as content_root
from kiosk.core.content_dirs import locales_dir as locales_dir
from kiosk.core.errors import KioskError

APP_NAME = "branch-kiosk"
DIR_MODE = 0o700
FILE_MODE = 0o600
# SQLite's companions of a database file: the same secrets (PIN hashes, context cards).
DB_COMPANIONS = ("", "-wal", "-shm", "-journal")

log = logging.getLogger(__name__)


class DataDirError(KioskError):
    """The data directory given is unusable (e.g. an empty ``--data-dir``)."""


def resolve_data_dir(cli_value: str | None = None) -> Path:
    """``--data-dir`` → ``KIOSK_DATA_DIR`` → the platform's user data dir.

    Raises:
        DataDirError: ``--data-dir`` or ``KIOSK_DATA_DIR`` is given but empty or
            blank: silently falling back to the home folder's default would put
            (or look for) the branch's queue somewhere nobody meant.
    """
    if cli_value is not None:
        if not cli_value.strip():
            raise DataDirError("--data-dir is empty; give the folder for the kiosk's data")
        return Path(cli_value).expanduser().resolve()
    raw = os.environ.get("KIOSK_DATA_DIR")
    if raw is not None:
        if not raw.strip():
            raise DataDirError("KIOSK_DATA_DIR is set but empty; give a folder or unset it")
        return Path(raw).expanduser().resolve()
    import platformdirs  # only here: nothing else before the first paint needs it

    return Path(platformdirs.user_data_dir(APP_NAME)).resolve()


def _tighten(path: Path, mode: int) -> None:
    """Remove group/other access from ``path`` if it has any, and say so in the log."""
    try:
        st = path.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISLNK(st.st_mode) or stat.S_IMODE(st.st_mode) & 0o077 == 0:
        return
    try:
        os.chmod(path, mode)
    except OSError as exc:
        log.warning("cannot restrict %s to owner only: %s", path, exc.strerror)
        return
    log.info(
        "repaired permissions of %s: %o → %o (only the kiosk user may read it)",
        path,
        stat.S_IMODE(st.st_mode),
        mode,
    )


def secure_file(path: Path) -> None:
    """Make a file owner-only (0600) when it is looser."""
    _tighten(path, FILE_MODE)


def secure_files(database: Path) -> None:
    """A database file and its -wal, -shm and -journal files: owner-only."""
    for suffix in DB_COMPANIONS:
        secure_file(database.with_name(database.name + suffix))


def make_data_dir(data_dir: Path) -> None:
    """Create the data dir (0700) if missing, with a clear message when it cannot be.

    Raises:
        DataDirError: it cannot be created; the message says why.
    """
    try:
        data_dir.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    except OSError as exc:
        nearest = next((p for p in data_dir.parents if p.exists()), None)
        if (nearest is not None and not nearest.is_dir()) or isinstance(exc, FileExistsError):
            blocker = data_dir if data_dir.exists() else nearest
            why = f"{blocker} is a file, not a folder"
        else:
            why = exc.strerror or str(exc)
        raise DataDirError(
            f"cannot use {data_dir} as the data folder ({why}); choose another --data-dir"
        ) from None


def _ours(name: str) -> bool:
    """Files the kiosk itself keeps at the top of its data dir."""
    stem = name.removesuffix(".created")
    return name == "kiosk.toml" or any(stem.endswith(f".sqlite3{s}") for s in DB_COMPANIONS)


def prepare_data_dir(data_dir: Path) -> Path:
    """Create the data dir owner-only (0700) and repair looser modes in it.

    Another local user must not read the PIN hashes, the queue or the logs: the
    folder and ``logs/`` become 0700, the kiosk's files 0600. Only the kiosk's
    own files are touched (the database with its -wal/-shm, its marker,
    kiosk.toml, logs), never anything else a person keeps in that folder.

    Raises:
        DataDirError: the folder cannot be created.
    """
    make_data_dir(data_dir)
    _tighten(data_dir, DIR_MODE)
    for child in data_dir.iterdir():
        if _ours(child.name) and child.is_file():
            secure_file(child)
    logs = data_dir / "logs"
    if logs.is_dir() and not logs.is_symlink():
        _tighten(logs, DIR_MODE)
        for child in logs.iterdir():
            if child.name.startswith("kiosk.log") and child.is_file():
                secure_file(child)
    return data_dir
