"""Errors that carry a message a person can act on."""

from __future__ import annotations

from pathlib import Path


class KioskError(Exception):
    """Base for errors shown to a technician as one clear line."""


class ConfigError(KioskError):
    """A setting is unknown or has a bad value.

    Args:
        key: The dotted setting name, e.g. ``idle.timeout_seconds``.
        problem: What is wrong, in words.
        source: The file the value came from, when there is one.
    """

    def __init__(self, key: str, problem: str, source: Path | None = None) -> None:
        self.key = key
        self.problem = problem
        self.source = source
        where = f" in {source}" if source else ""
        super().__init__(f"setting '{key}'{where}: {problem}")


class ContentError(KioskError):
    """A content file (catalogue, journey, product) is broken.

    Args:
        path: The file.
        field: Where in the file, e.g. ``home.title`` or ``[journey].steps[2].kind``.
        problem: What is wrong, in words.
    """

    def __init__(self, path: Path, field: str, problem: str) -> None:
        self.path = path
        self.field = field
        self.problem = problem
        super().__init__(f"{path}: field '{field}': {problem}")
