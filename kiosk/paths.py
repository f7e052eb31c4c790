"""Where the kiosk keeps its data and finds its content."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "branch-kiosk"


def resolve_data_dir(cli_value: str | None = None) -> Path:
    """``--data-dir`` → ``KIOSK_DATA_DIR`` → the platform's user data dir."""
    raw = cli_value or os.environ.get("KIOSK_DATA_DIR")
    if raw:
        return Path(raw).expanduser().resolve()
    import platformdirs  # only here: nothing else before the first paint needs it

    return Path(platformdirs.user_data_dir(APP_NAME)).resolve()


def content_root() -> Path:
    """The folder holding ``assets/`` and ``locales/``.

    ``KIOSK_CONTENT_DIR`` wins (a branch can ship its own words); otherwise the
    checkout or installed tree this package sits in.
    """
    override = os.environ.get("KIOSK_CONTENT_DIR")
    if override:
        return Path(override).resolve()
    return Path(__file__).resolve().parent.parent


def locales_dir() -> Path:
    return content_root() / "locales"


def assets_dir() -> Path:
    return content_root() / "assets"
