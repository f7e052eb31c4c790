"""Where the kiosk finds its content: ``assets/`` and ``locales/`` (no Qt).

In core, below everything else, because the locale list itself
(:data:`kiosk.core.ids.LOCALES`) is read from the ``locales/`` folders.
"""

from __future__ import annotations

import importlib.resources
import os
from pathlib import Path


def content_root() -> Path:
    """The folder holding ``assets/`` and ``locales/``.

    ``KIOSK_CONTENT_DIR`` wins (a branch can ship its own words). An installed
    wheel or the frozen build carries them inside the package (``kiosk/assets``,
    ``kiosk/locales``, mapped there by pyproject.toml); a checkout, editable
    install included, keeps them at the top of the repository, beside ``kiosk/``.
    """
    override = os.environ.get("KIOSK_CONTENT_DIR")
    if override:
        return Path(override).resolve()
    package = Path(str(importlib.resources.files("kiosk"))).resolve()
    if (package / "locales").is_dir():
        return package
    return package.parent


def locales_dir() -> Path:
    return content_root() / "locales"


def assets_dir() -> Path:
    return content_root() / "assets"
