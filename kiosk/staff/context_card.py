"""The context card as rows of words for staff: what the customer was doing.

Everything is said as a person would say it, in the staff member's language
(:mod:`kiosk.staff.words`), never as the kiosk's ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kiosk.content.catalog import Catalog
from kiosk.queue.counters import Counter
from kiosk.queue.models import QueueItem
from kiosk.staff.words import (
    QUIET_CHECK,
    Journeys,
    answers,
    item_kind,
    kind_words,
    kiosk_words,
    place_words,
    priority_reason_words,
    step_title,
    trail_words,
    typed_words,
)

FRAUD_JOURNEY = "fraud_check"


def card_rows(
    item: QueueItem,
    catalog: Catalog,
    catalogs: dict[str, Catalog],
    journeys: Journeys | None = None,
) -> list[tuple[str, str]]:
    """(label, value) rows for the selected item, in the staff member's language.

    Args:
        item: The selected queue item (its ``context`` is already sanitised).
        catalog: The staff member's words.
        catalogs: Every locale's words (the customer's language is named in itself).
        journeys: The loaded journeys, for "step 3 of 5" and the options' words.
    """
    c, ctx = catalog, item.context
    none = c.text("staff.card.none")
    kind = item_kind(item)
    rows = []
    if kind:  # the row's word again, first, for whoever opens the card
        rows.append((c.text("staff.card.alert"), kind_words(kind, c)))
    rows += _where_and_who(item, c, catalogs, journeys)
    rows += _stuck_and_answers(ctx, c, journeys)
    said = [*ctx.get("said", []), *(typed_words(t, c) for t in ctx.get("typed", []))]
    rows += [
        (c.text("staff.card.said"), " / ".join(said) if said else none),
        (c.text("staff.card.draft"), str(ctx.get("draft_code") or none)),
        (c.text("staff.card.reason"), _reason(item, c, kind) or none),
    ]
    if item.notes:
        notes = "; ".join(f"{n.get('staff', '')}: {n.get('text', '')}" for n in item.notes)
        rows.append((c.text("staff.card.notes"), notes))
    return rows


def _where_and_who(
    item: QueueItem, c: Catalog, catalogs: dict[str, Catalog], journeys: Journeys | None
) -> list[tuple[str, str]]:
    """Which kiosk and where; the customer's language and settings; their place and way."""
    ctx = item.context
    none = c.text("staff.card.none")
    language = ctx.get("locale")
    language_name = catalogs[language].text("language.name") if language in catalogs else none
    settings = none
    if "text_size" in ctx:
        voice = c.text("staff.card.voice_on" if ctx.get("voice_on") else "staff.card.voice_off")
        settings = f"{ctx['text_size']}% / {voice}"
    steps = ctx.get("steps")
    trail = trail_words(steps, c, journeys) if isinstance(steps, list) else ""
    doing = _doing_words(ctx, c, journeys)
    return [
        (c.text("staff.card.kiosk"), kiosk_words(item) if _from_kiosk(item) else none),
        (c.text("staff.card.location"), str(item.location or ctx.get("location") or none)),
        (c.text("staff.card.language"), language_name),
        (c.text("staff.card.settings"), settings),
        (c.text("staff.card.screen"), none if doing is None else doing),
        (c.text("staff.card.steps"), trail or none),
    ]


def _doing_words(ctx: dict[str, Any], c: Catalog, journeys: Journeys | None) -> str | None:
    """ "Lost card, step 3 of 5: Your phone number" (None without a screen)."""
    screen, steps = ctx.get("screen"), ctx.get("steps")
    if not (isinstance(screen, str) and screen):
        return None
    taken = [str(s) for s in steps] if isinstance(steps, list) else None
    doing = place_words(screen, c, journeys, taken)
    title = step_title(screen, c)
    return c.text("staff.place.with_title", place=doing, title=title) if title else doing


def _stuck_and_answers(
    ctx: dict[str, Any], c: Catalog, journeys: Journeys | None
) -> list[tuple[str, str]]:
    """How they were stuck (insight), and the answers they gave, when there are any."""
    rows = []
    stuck = ctx.get("stuck")
    if isinstance(stuck, str) and c.has(f"staff.card.stuck_{stuck}"):
        rows.append((c.text("staff.card.stuck"), c.text(f"staff.card.stuck_{stuck}")))
    given = answers(ctx, c, journeys)
    if given:
        fraud = ctx.get("journey") == FRAUD_JOURNEY
        label = "staff.card.fraud_answers" if fraud else "staff.card.answers"
        rows.append((c.text(label), "\n".join(f"{q} — {a}" for q, a in given)))
    return rows


def called_words(item: QueueItem, counters: Sequence[Counter], catalog: Catalog) -> str:
    """ "Called 2 times at Counter 3" (a counter no longer listed is named by its id)."""
    counter = next((c for c in counters if c.id == item.counter), None)
    counter = counter or Counter(str(item.counter), ())
    name = counter.name(catalog, catalog.locale)
    return catalog.text("staff.called_times", count=item.calls, counter=name)


def _reason(item: QueueItem, catalog: Catalog, kind: str) -> str:
    if kind == QUIET_CHECK:  # sent as "other": say what it really is
        return kind_words(kind, catalog)
    if item.reason:
        return catalog.text(f"help.reason.{item.reason}")
    return priority_reason_words(item, catalog)  # a ticket called sooner, and why


def _from_kiosk(item: QueueItem) -> bool:
    return bool(item.kiosk_id or item.context.get("kiosk_id") or item.context.get("kiosk_name"))
