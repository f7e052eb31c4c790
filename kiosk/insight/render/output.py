"""Writing a finished report file: all or nothing."""

from __future__ import annotations

from pathlib import Path

from kiosk.insight.report_model import ReportError


def write_bytes(path: Path, data: bytes) -> None:
    """Write via a temporary file beside ``path``: a failure leaves no half report."""
    temporary = path.with_name(f".{path.name}.part")
    try:
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ReportError(f"cannot write {path}: {exc.strerror or exc}") from None
