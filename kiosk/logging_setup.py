"""Log to a rotating file in the data directory and to stderr."""

from __future__ import annotations

import logging
import logging.handlers
import os
from io import TextIOWrapper
from pathlib import Path

from kiosk.paths import secure_file


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """A rotating log only the kiosk user can read (logs name staff and kiosks)."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
        os.close(fd)
        secure_file(Path(self.baseFilename))
        return super()._open()


def setup_logging(data_dir: Path | None, level: str = "INFO") -> Path | None:
    """Returns the log file path, or None when the data dir is not writable."""
    root = logging.getLogger()
    root.setLevel(level)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not any(isinstance(h, logging.StreamHandler) for h in root.handlers):
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(fmt)
        root.addHandler(stream)
    if data_dir is None:
        return None
    existing = str((data_dir / "logs" / "kiosk.log").absolute())
    if any(getattr(h, "baseFilename", None) == existing for h in root.handlers):
        return Path(existing)  # called again in one process (tests, scripts): one handler
    try:
        logs = data_dir / "logs"
        logs.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = logs / "kiosk.log"
        handler = PrivateLogFile(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).warning("cannot write logs in %s: %s", data_dir, exc)
        return None
    handler.setFormatter(fmt)
    root.addHandler(handler)
    return path
