"""What staff read about a customer, in words a person would say. Pure: no Qt.

The kiosk sends ids (``journey.lost_card.phone``, ``ask_staff.forms``, option
ids); the staff console and the staff bar turn them into "Preparing a form:
lost card, step 4 of 6" in the staff member's language (``[staff.*]`` tables
in ``locales/<lang>/messages.toml``). An id nobody has words for is shown as it
is rather than hidden: staff can still ask.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from kiosk.content.catalog import Catalog, placeholders
from kiosk.core import ids
from kiosk.journeys.model import Journey, StepKind
from kiosk.journeys.progress import position
from kiosk.queue.models import AlreadyClaimed, Kind, QueueItem

Journeys = Mapping[str, Journey]

# Row kinds, most urgent first: each has its own icon, colour and word.
QUIET_CHECK = "quiet_check"
FRAUD = "fraud"
PRIORITY = "priority"
KIND_ICONS = {QUIET_CHECK: "hand", FRAUD: "warning", PRIORITY: "clock"}

TRAIL_LENGTH = 5  # the last few places are enough to see the way the customer came
# Screens that say nothing about what the customer wanted.
_NOT_IN_TRAIL = frozenset({ids.WELCOME, ids.HELP_REQUESTED, ids.TIMEOUT_WARNING})


def _words(catalog: Catalog, key: str, fallback: str, **values: object) -> str:
    """The message for ``key``, or ``fallback`` when this catalogue has none."""
    if catalog.has(key) or (catalog.fallback is not None and catalog.fallback.has(key)):
        return catalog.text(key, **values)
    return fallback


def _plain(catalog: Catalog, key: str, values: Mapping[str, object] | None = None) -> str | None:
    """A message whose ``{placeholders}`` are all in ``values`` (the branch's own
    numbers and name: "Call {hotline}…"), filled in; None when one is missing."""
    if not catalog.has(key):
        return None
    text = catalog.messages[key]
    wanted = placeholders(text)
    if not wanted:
        return text
    if values is None or not wanted <= set(values):
        return None
    return catalog.text(key, **{k: values[k] for k in wanted})


def journey_name(journey_id: str, catalog: Catalog) -> str:
    """ "Preparing a form: lost card" for ``lost_card``."""
    return _words(catalog, f"staff.journey.{journey_id}", journey_id.replace("_", " "))


def product_name(product_id: str, catalog: Catalog) -> str:
    return _words(catalog, f"product.{product_id}.name", product_id.replace("_", " "))


def place_words(
    screen_id: str,
    catalog: Catalog,
    journeys: Journeys | None = None,
    steps: Sequence[str] | None = None,
) -> str:
    """Where the customer is, as a person would say it.

    Args:
        screen_id: A screen id from DESIGN.md's contracts.
        catalog: The staff member's words.
        journeys: The loaded journeys; with them a journey step says
            "step 3 of 5".
        steps: The screens the customer went through (the context's
            ``steps``), so the step's number counts their own way.
    """
    c = catalog
    parts = screen_id.split(".")
    if parts[0] == "journey" and len(parts) == 3:
        name = journey_name(parts[1], c)
        journey = (journeys or {}).get(parts[1])
        where = position(journey, parts[2], steps) if journey is not None else None
        if where is None:
            return name
        return c.text("staff.place.journey_step", journey=name, step=where[0], total=where[1])
    if parts[0] == "product" and len(parts) in (2, 3):
        product = product_name(parts[1], c)
        if len(parts) == 2:
            return c.text("staff.place.product", product=product)
        page = _words(c, f"staff.page.{parts[2]}", parts[2].replace("_", " "))
        return c.text("staff.place.product_page", product=product, page=page)
    if parts[0] == ids.ASK_STAFF_PREFIX and len(parts) == 2:
        task = _words(c, f"task.{parts[1]}.title", parts[1].replace("_", " "))
        return c.text("staff.place.ask_staff", task=task)
    return _words(c, "staff.place." + screen_id.replace(".", "_"), screen_id)


def step_title(
    screen_id: str, catalog: Catalog, values: Mapping[str, object] | None = None
) -> str | None:
    """The words the customer sees on a journey step ("Your phone number"), if any.

    Args:
        values: The branch's words a title may hold ({hotline}, {bank}…).
    """
    parts = screen_id.split(".")
    if parts[0] != "journey" or len(parts) != 3:
        return None
    return _plain(catalog, f"journey.{parts[1]}.{parts[2]}.title", values)


def trail_words(steps: Sequence[str], catalog: Catalog, journeys: Journeys | None = None) -> str:
    """The way the customer came, one stop per task: "Main menu → Preparing a form: lost card"."""
    stops: list[str] = []
    for screen_id in steps:
        if screen_id in _NOT_IN_TRAIL:
            continue
        parts = screen_id.split(".")
        # A journey is one stop however many of its steps were seen.
        stop = (
            journey_name(parts[1], catalog)
            if parts[0] == "journey" and len(parts) == 3
            else (place_words(screen_id, catalog, journeys))
        )
        if not stops or stops[-1] != stop:
            stops.append(stop)
    return " → ".join(stops[-TRAIL_LENGTH:])


def _answer_words(
    journey_id: str, step_id: str, answer: str, catalog: Catalog, journeys: Journeys | None
) -> str:
    """An answer's words: "Yes", "Not sure", or the option the customer tapped."""
    if catalog.has(f"staff.answer.{answer}"):
        return catalog.text(f"staff.answer.{answer}")
    journey = (journeys or {}).get(journey_id)
    step = journey.steps.get(step_id) if journey is not None else None
    if step is not None and step.kind == StepKind.CHOICE:
        option = next((o for o in step.options if o.id == answer), None)
        if option is not None and option.words:
            found = _plain(catalog, option.words)
            if found:
                return found
    return _plain(catalog, f"journey.{journey_id}.{step_id}.option.{answer}") or _words(
        catalog, f"service.{answer}", answer.replace("_", " ")
    )


def answers(
    context: Mapping[str, Any], catalog: Catalog, journeys: Journeys | None = None
) -> list[tuple[str, str]]:
    """(question, answer) for each thing the customer chose or answered in the journey.

    ``context["chosen"]`` holds ``"step=answer"`` entries (the kiosk's journey
    runner sends them); the questions are the journey's own words.
    """
    journey_id = context.get("journey")
    chosen = context.get("chosen") or []
    if not isinstance(journey_id, str):
        return []
    found = []
    for entry in chosen:
        if not isinstance(entry, str) or "=" not in entry:
            continue
        step_id, answer = entry.split("=", 1)
        question = _plain(catalog, f"journey.{journey_id}.{step_id}.title") or step_id
        found.append((question, _answer_words(journey_id, step_id, answer, catalog, journeys)))
    return found


def field_words(name: str, catalog: Catalog) -> str:
    """A form field's name for staff: ``birth_date`` → "Date of birth"."""
    return _words(catalog, f"staff.field.{name}", name.replace("_", " "))


def typed_words(entry: str, catalog: Catalog) -> str:
    """ "phone: 0138…" → "Phone number: 0138…" (the field or product in words)."""
    name, sep, value = entry.partition(": ")
    if not sep:
        return entry
    if name in ids.PRODUCTS_IDS:
        return f"{product_name(name, catalog)}: {value}"
    return f"{field_words(name, catalog)}: {value}"


def item_kind(item: QueueItem) -> str:
    """``quiet_check``, ``fraud``, ``priority`` or "" — what the row must stand out as.

    A quiet check (the discreet "I feel pressured" hold, DESIGN contract: reason
    ``other``, priority, ``context["quiet_check"]``) is not a fraud alarm: staff
    go over calmly and check, without alarming whoever is with the customer.
    """
    if item.kind == Kind.HELP and item.context.get("quiet_check") is True:
        return QUIET_CHECK
    if item.reason == "fraud":
        return FRAUD
    return PRIORITY if item.priority else ""


def kind_words(kind: str, catalog: Catalog) -> str:
    """The word that goes with the row's colour and icon ("" for an ordinary row)."""
    return catalog.text(f"staff.kind.{kind}") if kind else ""


def priority_reason_words(item: QueueItem, catalog: Catalog) -> str:
    """Why a ticket is called sooner ("70 or older"), or "" when it is not."""
    reason = item.priority_reason
    if not reason or item.kind != Kind.TICKET:
        return ""
    return _words(catalog, f"staff.priority_reason.{reason}", reason.replace("_", " "))


def kiosk_words(item: QueueItem) -> str:
    """The kiosk by the name the branch gave it ("Kiosk by the door"), else its id."""
    name = item.context.get("kiosk_name")
    if isinstance(name, str) and name.strip():
        return name.strip()
    return item.kiosk_id or str(item.context.get("kiosk_id") or "?")


def bar_summary(
    context: Mapping[str, Any],
    catalog: Catalog,
    journeys: Journeys | None = None,
    values: Mapping[str, object] | None = None,
) -> str:
    """The staff bar's line: "English · 150% · Preparing a form: lost card, step 4 of 6"."""
    steps = context.get("steps")
    taken = [str(s) for s in steps] if isinstance(steps, list) else None
    place = place_words(str(context.get("screen") or ids.HOME), catalog, journeys, taken)
    title = step_title(str(context.get("screen") or ""), catalog, values)
    if title:
        place = catalog.text("staff.place.with_title", place=place, title=title)
    language = catalog.text("language.name")
    return f"{language} · {context.get('text_size', 100)}% · {place}"


def sign_in_refusal(error: Exception, catalog: Catalog) -> str:
    """Why a staff sign-in was refused: a locked account says until when (HH:MM).

    ``StaffLocked`` (kiosk/store/errors.py) carries ``until``; any other error
    already says what is wrong in its own words.
    """
    until = getattr(error, "until", None)
    if until is not None:
        return catalog.text("staff.locked", time=until.strftime("%H:%M"))
    return str(error)


def action_refusal(error: Exception, catalog: Catalog) -> str:
    """Why a staff action was refused: a colleague was quicker says who; others say themselves."""
    if isinstance(error, AlreadyClaimed):
        return catalog.text(
            "staff.claimed_by_other", number=error.item.label, name=error.item.claimed_by or "?"
        )
    return str(error)
