"""One line of ``kiosk check``: what was checked, whether it passed, and the fix."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    # Passes, but the technician should know (e.g. the lobby without speakers).
    warning: bool = False
