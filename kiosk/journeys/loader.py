"""Read and check journey files; a mistake names the file, journey, step and field."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Any

from kiosk.content.catalog import Catalog
from kiosk.content.topics import topic_keys
from kiosk.core import ids
from kiosk.core.errors import ContentError
from kiosk.core.journey_menus import FORMS, read_entry
from kiosk.journeys.model import (
    MAX_OPTIONS,
    NAME_DEFAULT_LENGTH,
    NAME_MAX_LENGTH,
    Effect,
    FieldSpec,
    InputKind,
    Journey,
    Option,
    Step,
    StepKind,
)


def _enum(path: Path, where: str, enum: type[Enum], value: Any) -> Any:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise ContentError(path, where, f"is {value!r}; use one of {allowed}") from None


def _text(path: Path, where: str, value: Any, required: bool = False) -> str | None:
    if value is None:
        if required:
            raise ContentError(path, where, "is missing")
        return None
    if not isinstance(value, str) or not value:
        raise ContentError(path, where, f"must be a step id, not {value!r}")
    return value


def _length(path: Path, where: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ContentError(path, where, f"must be a whole number of at least 1, not {value!r}")
    return value


def _field(path: Path, where: str, raw: Mapping[str, Any]) -> FieldSpec:
    kind = _enum(path, f"{where}.input", InputKind, raw.get("input"))
    # A name is typed on the keyboard and is longer than a code on the keypad.
    default_most = NAME_DEFAULT_LENGTH if kind == InputKind.NAME else 12
    least = _length(path, f"{where}.min_length", raw.get("min_length", 1))
    most = _length(path, f"{where}.max_length", raw.get("max_length", default_most))
    if least > most:
        raise ContentError(path, f"{where}.min_length", f"is {least}, more than max_length {most}")
    if kind == InputKind.NAME and most > NAME_MAX_LENGTH:
        raise ContentError(
            path, f"{where}.max_length", f"is {most}; a name field allows at most {NAME_MAX_LENGTH}"
        )
    return FieldSpec(
        name=str(_text(path, f"{where}.name", raw.get("name"), True)),
        input=kind,
        min_length=least,
        max_length=most,
        sensitive=bool(raw.get("sensitive", False)),
    )


def _option(path: Path, where: str, raw: Any) -> Option:
    if not isinstance(raw, dict):
        raise ContentError(path, where, "must be { id = ..., next = ... }")
    extras = {}
    for key in ("icon", "words"):
        value = raw.get(key, "")
        if not isinstance(value, str):
            raise ContentError(path, f"{where}.{key}", f"must be text, not {value!r}")
        extras[key] = value
    return Option(
        str(_text(path, f"{where}.id", raw.get("id"), True)),
        str(_text(path, f"{where}.next", raw.get("next"), True)),
        **extras,
    )


def _step(path: Path, journey: str, step_id: str, raw: Mapping[str, Any]) -> Step:
    where = f"{journey}.steps.{step_id}"
    kind = _enum(path, f"{where}.kind", StepKind, raw.get("kind"))
    options: tuple[Option, ...] = ()
    if kind == StepKind.CHOICE:
        listed = raw.get("options")
        if not isinstance(listed, list) or not listed:
            raise ContentError(path, f"{where}.options", "a choice needs options")
        if len(listed) > MAX_OPTIONS:
            raise ContentError(
                path, f"{where}.options", f"has {len(listed)}; at most {MAX_OPTIONS}"
            )
        options = tuple(_option(path, f"{where}.options[{i}]", o) for i, o in enumerate(listed))
    spec = None
    if kind == StepKind.FIELD:
        raw_field = raw.get("field")
        if not isinstance(raw_field, dict):
            raise ContentError(path, f"{where}.field", "a field step needs field = { name, input }")
        spec = _field(path, f"{where}.field", raw_field)
    review = raw.get("review", [])
    if not isinstance(review, list) or not all(isinstance(r, str) for r in review):
        raise ContentError(path, f"{where}.review", "must be a list of field names")
    effect = _enum(path, f"{where}.effect", Effect, raw.get("effect", "none"))
    if effect == Effect.TICKET and kind != StepKind.RESULT:
        raise ContentError(path, f"{where}.effect", "a ticket is taken on a result step")
    unsure = _text(path, f"{where}.unsure", raw.get("unsure"))
    if unsure is not None and kind != StepKind.YES_NO:
        raise ContentError(
            path, f"{where}.unsure", f"only a yes_no step has 'Not sure', not a {kind.value} step"
        )
    offer_staff = raw.get("offer_staff", False)
    if not isinstance(offer_staff, bool):
        raise ContentError(
            path, f"{where}.offer_staff", f"must be true or false, not {offer_staff!r}"
        )
    shows_number = raw.get("number", False)
    if not isinstance(shows_number, bool) or (shows_number and kind != StepKind.RESULT):
        raise ContentError(path, f"{where}.number", "is true only on a result step")
    return Step(
        id=step_id,
        kind=kind,
        next=_text(path, f"{where}.next", raw.get("next")),
        yes=_text(path, f"{where}.yes", raw.get("yes"), kind == StepKind.YES_NO),
        no=_text(path, f"{where}.no", raw.get("no"), kind == StepKind.YES_NO),
        options=options,
        field=spec,
        review=tuple(review),
        effect=effect,
        tone=str(raw.get("tone", "calm")),
        picture=str(raw.get("picture", "")),
        again=_text(path, f"{where}.again", raw.get("again")),
        unsure=unsure,
        offer_staff=offer_staff,
        outcomes=tuple(
            (str(k), str(_text(path, f"{where}.outcomes.{k}", v, True)))
            for k, v in dict(raw.get("outcomes", {})).items()
        ),
        shows_number=shows_number,
    )


def _check_links(path: Path, journey: Journey) -> None:
    steps = journey.steps
    if journey.first not in steps:
        raise ContentError(path, f"{journey.id}.first", f"names no step ({journey.first!r})")
    fields = journey.fields()
    detours = _detours(path, journey)
    for step in steps.values():
        where = f"{journey.id}.steps.{step.id}"
        targets = [("next", step.next), ("yes", step.yes), ("no", step.no), ("again", step.again)]
        targets += [(f"options.{o.id}.next", o.next) for o in step.options]
        targets += [(f"outcomes.{k}", v) for k, v in step.outcomes]
        for name, target in targets:
            if target is not None and target not in steps:
                raise ContentError(path, f"{where}.{name}", f"names no step ({target!r})")
        needs_next = step.kind in (StepKind.INFO, StepKind.FIELD, StepKind.REVIEW)
        if needs_next and step.next is None and step.id not in detours:
            raise ContentError(path, f"{where}.next", f"a {step.kind.value} step needs next")
        for name in step.review:
            if name not in fields:
                raise ContentError(path, f"{where}.review", f"no field called {name!r}")
    tickets = [s.id for s in steps.values() if s.effect == Effect.TICKET]
    services = {o.id for s in steps.values() for o in s.options} & set(ids.QUEUE_SERVICES)
    if tickets and not services:
        raise ContentError(
            path,
            f"{journey.id}.steps.{tickets[0]}.effect",
            f"a ticket needs a choice of service first ({', '.join(ids.QUEUE_SERVICES)})",
        )
    reached, todo = set(), [journey.first]
    while todo:
        current = steps[todo.pop()]
        if current.id in reached:
            continue
        reached.add(current.id)
        todo += current.onward()
    unreachable = sorted(set(steps) - reached)
    if unreachable:
        raise ContentError(
            path, f"{journey.id}.steps", f"cannot be reached: {', '.join(unreachable)}"
        )


def _detours(path: Path, journey: Journey) -> set[str]:
    """Info steps reached only by "Not sure": their Next goes on where "No" would have.

    Such a step needs no ``next`` of its own. "Not sure" may also end the
    journey on a result step; any other kind is refused.
    """
    steps = journey.steps
    detours: set[str] = set()
    for step in steps.values():
        if step.unsure is None:
            continue
        where = f"{journey.id}.steps.{step.id}.unsure"
        target = steps.get(step.unsure)
        if target is None:
            raise ContentError(path, where, f"names no step ({step.unsure!r})")
        if target.kind not in (StepKind.INFO, StepKind.RESULT):
            raise ContentError(
                path,
                where,
                f"leads to a {target.kind.value} step ({target.id!r}); 'Not sure' leads to an "
                "info step (which goes on to the question's 'no') or a result step",
            )
        if target.kind == StepKind.INFO:
            detours.add(target.id)
    # A detour without its own next must not be reached any other way (its Next
    # would have nowhere to go).
    others = {journey.first}
    for step in steps.values():
        others.update(t for t in (step.next, step.yes, step.no, step.again) if t)
        others.update(o.next for o in step.options)
        others.update(v for _, v in step.outcomes)
    return {d for d in detours if steps[d].next is not None or d not in others}


def load_journey(path: Path) -> Journey:
    """Read and check one journey file; its name is the journey id.

    Raises:
        ContentError: naming the file, journey, step and field of the first mistake.
    """
    journey_id = path.stem
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(path, "(syntax)", str(exc)) from None
    head = raw.get("journey", {})
    entry = read_entry(path, head)  # its menu, tile and intent (and a valid id)
    steps_raw = raw.get("steps")
    if not isinstance(steps_raw, dict) or not steps_raw:
        raise ContentError(path, f"{journey_id}.steps", "is missing")
    journey = Journey(
        id=journey_id,
        first=str(_text(path, f"{journey_id}.first", head.get("first"), True)),
        steps={sid: _step(path, journey_id, sid, s) for sid, s in steps_raw.items()},
        help_reason=str(head.get("help_reason", "other")),
        form=str(head.get("form", "")),
        service=str(head.get("service", "general")),
        entry=entry,
    )
    if entry.menu == FORMS and not journey.form:
        raise ContentError(path, f"{journey_id}.form", "is missing: the forms menu lists forms")
    if journey.help_reason not in ids.HELP_REASONS:
        raise ContentError(path, f"{journey_id}.help_reason", f"is {journey.help_reason!r}")
    if journey.service not in ids.QUEUE_SERVICES:
        raise ContentError(
            path,
            f"{journey_id}.service",
            f"is {journey.service!r}; use one of {', '.join(ids.QUEUE_SERVICES)}",
        )
    _check_links(path, journey)
    return journey


def load_journeys(folder: Path) -> dict[str, Journey]:
    """Every ``assets/journeys/*.toml``, checked."""
    return {j.id: j for j in (load_journey(p) for p in sorted(folder.glob("*.toml")))}


def word_keys(journey: Journey) -> list[str]:
    """Every catalogue key a journey's screens use (so missing words are found early)."""
    keys = []
    for step in journey.steps.values():
        base = f"journey.{journey.id}.{step.id}"
        keys.append(f"{base}.title")
        keys += [option_words(journey, step, o) for o in step.options]
        if step.field is not None:
            keys.append(f"journey.{journey.id}.field.{step.field.name}")
        if step.effect == Effect.CHECK_IN:  # a booking's topic is said in words
            keys += topic_keys()
    return keys


def option_words(journey: Journey, step: Step, option: Option) -> str:
    """The catalogue key of an option's words."""
    return option.words or f"journey.{journey.id}.{step.id}.option.{option.id}"


def missing_words(journeys: Mapping[str, Journey], english: Catalog) -> list[str]:
    """Keys the journeys need that the English catalogue lacks (other locales: completeness)."""
    return [k for j in journeys.values() for k in word_keys(j) if not english.has(k)]


def require_words(journeys: Mapping[str, Journey], english: Catalog, folder: Path) -> None:
    """Stop start-up when the journeys need English words that ``folder`` does not define.

    Raises:
        ContentError: naming the first missing key and how many are missing in all.
    """
    missing = missing_words(journeys, english)
    if missing:
        raise ContentError(folder, missing[0], f"is missing ({len(missing)} in all)")
