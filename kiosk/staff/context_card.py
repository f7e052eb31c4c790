"""The context card as rows of words for staff: what the customer was doing."""

from __future__ import annotations

from typing import Any

from kiosk.content.catalog import Catalog
from kiosk.queue.models import QueueItem


def _join(values: Any) -> str:
    if isinstance(values, list | tuple):
        return " → ".join(str(v) for v in values)
    return str(values)


def card_rows(
    item: QueueItem, catalog: Catalog, catalogs: dict[str, Catalog]
) -> list[tuple[str, str]]:
    """(label, value) rows for the selected item, in the staff member's language."""
    c, ctx = catalog, item.context
    none = c.text("staff.card.none")
    language = ctx.get("locale")
    language_name = catalogs[language].text("language.name") if language in catalogs else none
    voice = ctx.get("voice_on")
    settings = none
    if "text_size" in ctx:
        voice_words = c.text("staff.card.voice_on" if voice else "staff.card.voice_off")
        settings = f"{ctx['text_size']}% / {voice_words}"
    said = [*ctx.get("said", []), *ctx.get("typed", [])]
    rows = [
        (c.text("staff.card.kiosk"), str(item.kiosk_id or ctx.get("kiosk_id") or none)),
        (c.text("staff.card.location"), str(item.location or ctx.get("location") or none)),
        (c.text("staff.card.language"), language_name),
        (c.text("staff.card.settings"), settings),
        (c.text("staff.card.screen"), str(ctx.get("screen") or none)),
        (c.text("staff.card.steps"), _join(ctx.get("steps") or none)),
        (c.text("staff.card.said"), " / ".join(said) if said else none),
        (c.text("staff.card.draft"), str(ctx.get("draft_code") or none)),
        (
            c.text("staff.card.reason"),
            c.text(f"help.reason.{item.reason}") if item.reason else none,
        ),
    ]
    if item.notes:
        notes = "; ".join(f"{n.get('staff', '')}: {n.get('text', '')}" for n in item.notes)
        rows.append((c.text("staff.card.notes"), notes))
    return rows
