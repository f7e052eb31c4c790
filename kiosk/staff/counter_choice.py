"""Which counter this machine's staff console sits at, kept in the data dir.

A counter PC stays at its desk: whoever signs in next finds the counter
already chosen. The file is tiny runtime state (``staff-console.json``,
owner-only), never shared between machines.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from kiosk.paths import secure_file

log = logging.getLogger(__name__)

STATE_FILE = "staff-console.json"


def remembered_counter(data_dir: Path | None) -> str | None:
    """The counter chosen last on this machine, or None (none yet, or unreadable)."""
    if data_dir is None:
        return None
    try:
        value = json.loads((data_dir / STATE_FILE).read_text("utf-8")).get("counter")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) and value else None


def remember_counter(data_dir: Path | None, counter_id: str) -> None:
    """Keep the choice for the next sign-in (a failure costs only that: it is logged)."""
    if data_dir is None:
        return
    path = data_dir / STATE_FILE
    partial = path.with_suffix(".tmp")
    try:
        partial.write_text(json.dumps({"counter": counter_id}), "utf-8")
        secure_file(partial)
        os.replace(partial, path)  # never a half-written file
    except OSError as exc:
        log.warning("could not remember the counter in %s: %s", path, exc)
