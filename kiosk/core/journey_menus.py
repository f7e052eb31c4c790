"""Where each journey is offered, as its own file declares it (no Qt).

A journey's ``[journey]`` table says which menu shows its tile (the home
screen's or the forms menu's), in what order and with which icon, and which
intent starts it by voice (docs/journeys.md). The home screen, the forms menu
and the assistant's actions take their lists from here, so adding a journey
is adding its file and its words. Only the ``[journey]`` tables are read (a
few milliseconds); :mod:`kiosk.journeys.loader` checks the steps.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.core.content_dirs import assets_dir
from kiosk.core.errors import ContentError

HOME = "home"
FORMS = "forms"
MENUS = (HOME, FORMS)  # "" (no menu): started by voice or from another screen only
# The home tiles that open a screen, not a journey: task → (order, icon).
SCREEN_TASKS: Mapping[str, tuple[int, str]] = {"products": (3, "product"), FORMS: (4, "form")}
# DESIGN.md: at most 6 choices per screen, besides the fixed bar.
MAX_TILES = 6
# A journey id becomes part of screen ids and catalogue keys (journey.<id>.<step>).
JOURNEY_ID = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class MenuEntry:
    """How one journey is offered.

    Attributes:
        id: The journey id (its file's name).
        menu: ``home``, ``forms`` or ``""`` (no tile).
        order: Its place on the menu (lower first).
        icon: The tile's icon, from ``assets/icons/``.
        intent: The intent that starts it by voice, or ``""``.
    """

    id: str
    menu: str = ""
    order: int = 0
    icon: str = ""
    intent: str = ""


def _text(path: Path, where: str, value: Any, pattern: re.Pattern[str] | None = None) -> str:
    if not isinstance(value, str) or (pattern is not None and not pattern.fullmatch(value)):
        rule = "lower-case letters, digits and _" if pattern else "a text"
        raise ContentError(path, where, f"must be {rule}, not {value!r}")
    return value


def read_entry(path: Path, head: Mapping[str, Any]) -> MenuEntry:
    """The menu, order, icon and intent of a journey file's ``[journey]`` table.

    Raises:
        ContentError: A value is wrong, naming the file and the field.
    """
    journey = path.stem
    if not JOURNEY_ID.fullmatch(journey):
        raise ContentError(path, "(file name)", f"{journey!r} is not a journey id (a-z, 0-9, _)")
    menu = _text(path, f"{journey}.menu", head.get("menu", ""))
    if menu not in ("", *MENUS):
        raise ContentError(path, f"{journey}.menu", f"is {menu!r}; use one of {', '.join(MENUS)}")
    intent = head.get("intent", "")
    if intent:
        intent = _text(path, f"{journey}.intent", intent, JOURNEY_ID)
    if not menu:
        return MenuEntry(journey, intent=intent)
    order = head.get("order")
    if isinstance(order, bool) or not isinstance(order, int) or order < 1:
        raise ContentError(path, f"{journey}.order", "must be a whole number of at least 1")
    icon = _text(path, f"{journey}.icon", head.get("icon"), JOURNEY_ID)
    if not (assets_dir() / "icons" / f"{icon}.svg").is_file():
        raise ContentError(path, f"{journey}.icon", f"names no icon in assets/icons ({icon!r})")
    return MenuEntry(journey, menu, order, icon, intent)


def _read_head(path: Path) -> Mapping[str, Any]:
    try:
        head = tomllib.loads(path.read_text(encoding="utf-8")).get("journey", {})
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(path, "(syntax)", str(exc)) from None
    if not isinstance(head, dict):
        raise ContentError(path, f"{path.stem}.journey", "must be a table")
    return head


@functools.cache
def menu_entries(folder: Path) -> dict[str, MenuEntry]:
    """Every journey file's entry in ``folder``, by journey id (read once per folder).

    Raises:
        ContentError: A value is wrong, or a menu would show more than MAX_TILES.
    """
    entries = {p.stem: read_entry(p, _read_head(p)) for p in sorted(folder.glob("*.toml"))}
    for menu, tiles in ((HOME, home_tiles(entries)), (FORMS, menu_tiles(entries, FORMS))):
        if len(tiles) > MAX_TILES:
            last = next(task for task, _ in reversed(tiles) if task in entries)  # a file
            raise ContentError(
                folder / f"{last}.toml",
                f"{last}.menu",
                f"the {menu} menu would show {len(tiles)} tiles "
                f"({', '.join(t for t, _ in tiles)}); a screen shows at most {MAX_TILES} choices. "
                'Move one to another menu, or give it menu = "" (started by voice only)',
            )
    return entries


def shipped_entries() -> dict[str, MenuEntry]:
    """The entries of ``assets/journeys/`` (honours ``KIOSK_CONTENT_DIR``)."""
    return menu_entries(assets_dir() / "journeys")


def menu_tiles(entries: Mapping[str, MenuEntry], menu: str) -> list[tuple[str, str]]:
    """``(journey, icon)`` of each tile on ``menu``, in their order (then by id)."""
    on_menu = sorted((e for e in entries.values() if e.menu == menu), key=lambda e: (e.order, e.id))
    return [(e.id, e.icon) for e in on_menu]


def home_tiles(entries: Mapping[str, MenuEntry]) -> list[tuple[str, str]]:
    """``(task, icon)`` of the home screen: its journeys and the screens of SCREEN_TASKS."""
    tiles = [(e.order, e.id, e.icon) for e in entries.values() if e.menu == HOME]
    tiles += [(order, task, icon) for task, (order, icon) in SCREEN_TASKS.items()]
    return [(task, icon) for _, task, icon in sorted(tiles)]


def journey_intents(entries: Mapping[str, MenuEntry]) -> dict[str, str]:
    """Intent → the journey it starts, for every journey that declares one."""
    return {e.intent: e.id for e in entries.values() if e.intent}
