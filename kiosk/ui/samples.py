"""Believable sample data for the screen tour (and screenshots in the docs)."""

from __future__ import annotations

from typing import Any

from kiosk.queue.models import Kind, QueueItem, Status, WaitEstimate

DAY = "2026-11-28"
ESTIMATE = WaitEstimate(ahead=3, low_minutes=5, high_minutes=10)


def item(
    item_id: int,
    series: str,
    number: int,
    *,
    service: str | None = None,
    status: Status = Status.WAITING,
    priority: bool = False,
    at: str = "09:00",
    **extra: Any,
) -> QueueItem:
    kind = Kind.HELP if series == "H" else Kind.TICKET
    return QueueItem(
        item_id, kind, DAY, series, number, service, status, priority,
        f"{DAY}T{at}:00+00:00", **extra,
    )  # fmt: skip


def morning_queue() -> list[QueueItem]:
    """A branch at 09:45: a possible fraud first, a priority ticket, one being helped."""
    context = {
        "locale": "zh_CN", "text_size": 150, "voice_on": True, "screen": "ask_staff.forms",
        "steps": ["language", "home", "ask_staff.forms"], "said": ["我想改电话号码"],
    }  # fmt: skip
    return [
        item(4, "H", 2, priority=True, at="09:41", kiosk_id="kiosk-2", location="By the door",
             reason="fraud", context=context),
        item(3, "A", 12, service="cash", priority=True, at="09:38", priority_reason="age"),
        item(2, "H", 1, status=Status.CALLED, at="09:35", kiosk_id="kiosk-1", claimed_by="Li"),
        item(1, "B", 3, service="account", at="09:30"),
    ]  # fmt: skip
