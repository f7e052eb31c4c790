"""Counters (desks, windows), calls to them, and what the lobby display shows. No Qt.

A counter has an id (what its sign says: ``3``), the services it serves, an
optional name per locale (else the locale's pattern, "Counter 3" / "3号窗口" /
"3번 창구") and an optional direction hint (``left``, ``upstairs`` …) said in
each locale's words. Counters come from ``kiosk.toml`` (``[[counters]]``) or
from ``kiosk counters add`` (stored in the database).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from kiosk.core import ids
from kiosk.core.errors import ConfigError
from kiosk.core.text import printable
from kiosk.queue.models import QueueError, QueueItem

COUNTER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,11}")
# Where a counter is, from the lobby display: said in words (locales' counter.direction.*).
DIRECTIONS = ("left", "right", "ahead", "behind", "upstairs", "downstairs")
MAX_COUNTER_NAME = 40
# How many past calls the lobby display lists under "Now calling".
RECENT_CALLS = 6


class Words(Protocol):
    """A locale's messages (a :class:`kiosk.content.catalog.Catalog`)."""

    def text(self, key: str, **values: object) -> str: ...


class CounterError(QueueError):
    """A counter is unknown, badly declared, or cannot do what was asked."""


class UnknownCounter(CounterError):
    def __init__(self, counter: str, known: Sequence[str]) -> None:
        self.counter = counter
        choices = ", ".join(known) if known else "none yet (add one with `kiosk counters add`)"
        super().__init__(f"unknown counter {counter!r}; counters: {choices}")


@dataclass(frozen=True)
class Counter:
    """A desk or window that calls customers.

    Attributes:
        id: What the counter's sign says, e.g. ``3`` (letters, digits, - and _).
        services: Queue services it calls (ids.QUEUE_SERVICES), in no order.
        names: Locale → its name, where the locale's pattern does not fit.
        direction: One of :data:`DIRECTIONS`, or None.
        declared: True when it comes from kiosk.toml (removed there, not by the CLI).
    """

    id: str
    services: tuple[str, ...]
    names: Mapping[str, str] = field(default_factory=dict)
    direction: str | None = None
    declared: bool = False

    def name(self, words: Words, locale: str) -> str:
        """Its name in ``locale``: the configured one, else "Counter 3" in that language."""
        return self.names.get(locale) or words.text("counter.name", counter=self.id)

    def direction_words(self, words: Words) -> str:
        """ "On your left" in the catalogue's language, or "" without a hint."""
        return words.text(f"counter.direction.{self.direction}") if self.direction else ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "services": list(self.services),
            "names": dict(self.names),
            "direction": self.direction,
            "source": "kiosk.toml" if self.declared else "database",
        }


def check_counter_id(text: object) -> str:
    """A counter id as typed: trimmed, short, letters/digits/-/_ only.

    Raises:
        CounterError: anything else, with an example.
    """
    value = text.strip() if isinstance(text, str) else ""
    if not COUNTER_ID.fullmatch(value):
        shown = repr(text)[:40]
        raise CounterError(
            f"a counter id is 1 to 12 letters, digits, - or _ (what its sign says, e.g. 3), "
            f"not {shown}"
        )
    return value


def check_services(values: Sequence[object], counter: str) -> tuple[str, ...]:
    """Known queue services, at least one, each once (order kept)."""
    services: list[str] = []
    for value in values:
        service = value.strip() if isinstance(value, str) else value
        if service not in ids.QUEUE_SERVICES:
            raise CounterError(
                f"counter {counter}: unknown service {service!r}; choose from "
                f"{', '.join(ids.QUEUE_SERVICES)}"
            )
        if service not in services:
            services.append(str(service))
    if not services:
        raise CounterError(
            f"counter {counter} serves no service; give at least one of "
            f"{', '.join(ids.QUEUE_SERVICES)}"
        )
    return tuple(services)


def check_direction(value: object, counter: str) -> str | None:
    if value is None or value == "":
        return None
    if value not in DIRECTIONS:
        raise CounterError(
            f"counter {counter}: direction must be one of {', '.join(DIRECTIONS)}, not {value!r}"
        )
    return str(value)


def check_names(names: Mapping[str, object], counter: str) -> dict[str, str]:
    """Locale → name; locales must be ours, names short, printable, not empty."""
    clean: dict[str, str] = {}
    for locale, name in names.items():
        if locale not in ids.LOCALES:
            raise CounterError(
                f"counter {counter}: a name's language must be one of {', '.join(ids.LOCALES)}, "
                f"not {locale!r}"
            )
        text = name.strip() if isinstance(name, str) else ""
        if not text or len(text) > MAX_COUNTER_NAME or not printable(text):
            raise CounterError(
                f"counter {counter}: its {locale} name must be 1 to {MAX_COUNTER_NAME} "
                f"characters on one line, not {name!r}"
            )
        clean[locale] = text
    return clean


def parse_name_options(options: Sequence[str], counter: str) -> dict[str, str]:
    """``--name zh_CN=3号窗口`` (repeatable) → ``{"zh_CN": "3号窗口"}``."""
    names: dict[str, object] = {}
    for option in options:
        locale, sep, name = option.partition("=")
        if not sep:
            raise CounterError(
                f"--name takes LANGUAGE=NAME, e.g. zh_CN=3号窗口 or en='Window 3', not {option!r}"
            )
        names[locale.strip()] = name
    return check_names(names, counter)


_FIELDS = frozenset({"id", "services", "name", "direction"})


def declared_counters(entries: object, source: Path | None = None) -> tuple[Counter, ...]:
    """``[[counters]]`` tables of kiosk.toml → counters, or a ConfigError naming the field.

    Each table: ``id = "3"``, ``services = ["cash", "account"]``, optional
    ``direction = "left"`` and ``name = { zh_CN = "3号窗口" }``.
    """
    if not isinstance(entries, list):
        raise ConfigError(
            "counters", 'must be a list of [[counters]] tables (id = "3", services = [...])', source
        )
    counters: list[Counter] = []
    for index, entry in enumerate(entries):
        where = f"counters[{index + 1}]"
        if not isinstance(entry, dict):
            raise ConfigError(where, "must be a table with id and services", source)
        unknown = sorted(set(entry) - _FIELDS)
        if unknown:
            raise ConfigError(
                f"{where}.{unknown[0]}",
                f"is not a counter field (fields: {', '.join(sorted(_FIELDS))})",
                source,
            )
        try:
            counter_id = check_counter_id(entry.get("id"))
        except CounterError as exc:
            raise ConfigError(f"{where}.id", str(exc), source) from None
        if any(c.id == counter_id for c in counters):
            raise ConfigError(f"{where}.id", f"counter {counter_id} is declared twice", source)
        services = entry.get("services")
        if not isinstance(services, list):
            raise ConfigError(
                f"{where}.services", 'must be a list of services, e.g. ["cash", "account"]', source
            )
        names = entry.get("name", {})
        if not isinstance(names, dict):
            raise ConfigError(
                f"{where}.name", 'must be a table of names, e.g. { zh_CN = "3号窗口" }', source
            )
        counters.append(_declared(entry, counter_id, services, names, where, source))
    return tuple(counters)


def _declared(
    entry: Mapping[str, Any],
    counter_id: str,
    services: list[object],
    names: Mapping[str, object],
    where: str,
    source: Path | None,
) -> Counter:
    """One [[counters]] table's fields, each error naming its field."""
    key = "services"
    try:
        checked = check_services(services, counter_id)
        key = "direction"
        direction = check_direction(entry.get("direction"), counter_id)
        key = "name"
        clean = check_names(names, counter_id)
    except CounterError as exc:
        raise ConfigError(f"{where}.{key}", str(exc), source) from None
    return Counter(counter_id, checked, clean, direction, declared=True)


def serving(service: str | None, counters: Sequence[Counter]) -> list[Counter]:
    """The counters that call tickets of ``service``, by number."""
    return [c for c in counters if service is not None and service in c.services]


def calling_words(
    service: str | None, counters: Sequence[Counter], words: Words, locale: str
) -> list[str]:
    """What the ticket screen and the printed ticket say about being called:
    "Watch the screen above the counters; …" and "Served at: Counter 1, Counter 3"."""
    lines = [words.text("ticket.how_called")]
    names = [c.name(words, locale) for c in serving(service, counters)]
    if names:
        joined = words.text("ticket.counters_join").join(names)
        lines.append(words.text("ticket.counters", counters=joined))
    return lines


# -- calls ----------------------------------------------------------------------


def recalls(item: QueueItem) -> int:
    """How many times the customer was called again after the first call."""
    return max(0, item.calls - 1)


def offer_no_show(item: QueueItem, recalls_before_no_show: int) -> bool:
    """Whether the console offers "Did not come": called to a counter and recalled enough."""
    return item.counter is not None and item.calls > 0 and recalls(item) >= recalls_before_no_show


@dataclass(frozen=True)
class CallRecord:
    """One row of the ``calls`` table, with its ticket's number and locale."""

    id: int
    item_id: int
    number: str
    service: str | None
    counter: str
    staff: str
    kind: str  # "call" or "recall"
    at: str
    locale: str | None = None


@dataclass(frozen=True)
class Call:
    """A call (or recall) as the lobby shows it and the announcer says it. Never a name.

    Attributes:
        number: "A012".
        counter: The counter's id ("3").
        counter_names: Locale → "Counter 3" / "3号窗口" / "3번 창구".
        directions: Locale → "On your left" … ({} without a hint).
        places: Locale → where the counter is as said in an announcement
            ("on your left" / "左手边" / "왼쪽"; {} without a hint).
        locale: The language the customer used at the kiosk (None: not known).
        recall: True for "Call again".
        at: When (ISO-8601 UTC).
        call_id: The ``calls`` row; increases with every call.
        item_id: The ticket.
    """

    number: str
    counter: str
    counter_names: Mapping[str, str]
    directions: Mapping[str, str]
    locale: str | None
    recall: bool
    at: str
    call_id: int = 0
    item_id: int = 0
    places: Mapping[str, str] = field(default_factory=dict)


def describe_call(
    record: CallRecord, counter: Counter | None, catalogs: Mapping[str, Words]
) -> Call:
    """A stored call in every locale's words (a removed counter keeps its plain name)."""
    shown = counter or Counter(record.counter, ())
    return Call(
        number=record.number,
        counter=record.counter,
        counter_names={loc: shown.name(w, loc) for loc, w in catalogs.items()},
        directions={loc: shown.direction_words(w) for loc, w in catalogs.items()}
        if shown.direction
        else {},
        locale=record.locale,
        recall=record.kind == "recall",
        at=record.at,
        call_id=record.id,
        item_id=record.item_id,
        places={
            loc: w.text(f"lobby.announce.direction.{shown.direction}")
            for loc, w in catalogs.items()
        }
        if shown.direction
        else {},
    )


@dataclass(frozen=True)
class LobbyState:
    """What the lobby display shows; read in one transaction.

    Attributes:
        calls: Today's latest calls, newest first, one per ticket (a recall moves
            it to the front), at most :data:`RECENT_CALLS` + 1 (the first is "now").
        waiting: Service → people waiting (only services with someone waiting).
        counters: Every counter, by id (names and directions for the calls).
        last_call_id: The newest ``calls`` row (0: none today), so a new call or
            recall is seen even when it repeats the number on show.
    """

    calls: tuple[CallRecord, ...] = ()
    waiting: Mapping[str, int] = field(default_factory=dict)
    counters: Mapping[str, Counter] = field(default_factory=dict)
    last_call_id: int = 0


def new_calls(before: LobbyState | None, after: LobbyState) -> list[CallRecord]:
    """Calls in ``after`` that ``before`` had not shown, oldest first (for the announcer).

    The first state the display reads shows the board without announcing it
    again: only calls made while it runs are news.
    """
    if before is None:
        return []
    fresh = [c for c in after.calls if c.id > before.last_call_id]
    return sorted(fresh, key=lambda c: c.id)
