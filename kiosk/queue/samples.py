"""Believable sample queue data for the screen tour, screens' tour previews and tests."""

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
    """A branch at 09:45: a possible fraud first, a quiet check, a priority ticket, one
    being helped."""
    context = {
        "kiosk_name": "Kiosk by the door", "locale": "zh_CN", "text_size": 150,
        "voice_on": True, "screen": "journey.fraud_check.warning", "journey": "fraud_check",
        "step": "warning",
        "steps": ["language", "home", "journey.fraud_check.intro", "journey.fraud_check.on_phone",
                  "journey.fraud_check.secret", "journey.fraud_check.warning"],
        "chosen": ["on_phone=no", "secret=yes"], "said": ["他说我的账户不安全"],
    }  # fmt: skip
    quiet = {
        "kiosk_name": "Kiosk by the lifts", "quiet_check": True, "locale": "ko", "text_size": 100,
        "voice_on": True, "screen": "journey.lost_card.phone", "journey": "lost_card",
        "step": "phone",
        "steps": ["language", "home", "forms", "journey.lost_card.what",
                  "journey.lost_card.block_now", "journey.lost_card.hotline",
                  "journey.lost_card.phone"],
        "chosen": ["what=stolen"],
    }  # fmt: skip
    return [
        item(4, "H", 3, priority=True, at="09:41", kiosk_id="kiosk-2", location="Ground floor",
             reason="fraud", context=context),
        item(5, "H", 2, priority=True, at="09:40", kiosk_id="kiosk-3", location="Main hall",
             reason="other", context=quiet),
        item(3, "A", 12, service="cash", priority=True, at="09:38", priority_reason="age"),
        item(2, "H", 1, status=Status.CALLED, at="09:35", kiosk_id="kiosk-1", claimed_by="Li",
             context={"kiosk_name": "Kiosk by the window", "screen": "home"}),
        item(1, "B", 3, service="account", at="09:30"),
    ]  # fmt: skip
