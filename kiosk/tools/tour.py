"""``kiosk tour``: render every screen offscreen and describe what it shows.

Writes ``OUT/<locale>/<theme>/<text_size>/<screen_id>.png`` and ``OUT/tour.json``
(format in README, "Screen tour"). The accessibility audit reads the same data.
"""

from __future__ import annotations

import difflib
import json
import os
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.core import ids
from kiosk.core.errors import KioskError
from kiosk.tools.png import save_png

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow

ASSIST_PLACE = ids.ask_staff_screen("forms")

ROUTES: dict[str, list[str]] = {
    ids.WELCOME: [ids.WELCOME],
    ids.LANGUAGE: [ids.WELCOME, ids.LANGUAGE],
    ids.HOME: [ids.WELCOME, ids.LANGUAGE, ids.HOME],
    # Staff mode is drawn over the customer's place (here: the forms page).
    ids.STAFF_ASSIST: [ids.WELCOME, ids.LANGUAGE, ids.HOME, ASSIST_PLACE],
}


# The assistant's panel over a screen, drawn as states of that screen (its id
# stays one of DESIGN.md's; the state is ``"@<state>"`` in --screens and the PNG
# name, and ``"state"`` in tour.json). Readings and names follow the language.
PANEL_STATES: dict[str, tuple[str, str]] = {
    "assistant.listening": (ids.HOME, "listening"),
    "assistant.did_you_mean": (ids.HOME, "ask"),
    "assistant.sorry": (ids.HOME, "sorry"),
    "assistant.name_check": ("journey.open_account.name", "name"),
}
_PANEL_NAMES = {
    "en": ("Mary O'Brien", ("Mary O'Brian", "Marie O'Brien")),
    "zh_CN": ("王秀英", ("王秀云", "汪秀英")),
    "ko": ("김민수", ("김민주", "김민서")),
}


def panel_view(state: str, locale: str) -> Any:
    """The assistant's panel as the customer meets it in ``state``."""
    from kiosk.services.voice_assistant import AssistantView, Phase

    phase = Phase(PANEL_STATES[state][1])
    name, others = _PANEL_NAMES.get(locale, _PANEL_NAMES["en"])
    if phase == "ask":
        readings: tuple[tuple[str, dict[str, str]], ...] = (
            ("take_ticket", {"service": "cash"}),
            ("lost_card", {}),
            ("call_staff", {}),
        )
        return AssistantView(phase, heard="", readings=readings)
    if phase == "sorry":
        return AssistantView(phase, heard="…")
    if phase == "name":
        return AssistantView(phase, heard=name, names=others)
    return AssistantView(phase)


def tour_key(screen_id: str, state: str = "") -> str:
    return f"{screen_id}@{state}" if state else screen_id


def _console_window(catalogs: Any, locale: str, theme: str, size: tuple[int, int]) -> Any:
    from datetime import UTC, datetime

    from kiosk.app.lobby import sample_counters
    from kiosk.journeys.loader import load_journeys
    from kiosk.paths import assets_dir
    from kiosk.queue.samples import morning_queue
    from kiosk.staff.console import StaffConsole

    console = StaffConsole(
        None,
        catalogs,
        locale,
        theme,
        now=lambda: datetime(2026, 11, 28, 9, 45, tzinfo=UTC),
        journeys=load_journeys(assets_dir() / "journeys"),
    )
    console.setFixedSize(*size)
    console.signed_in_as("Wang")
    console.counter_id = "3"  # the machine's counter, as remembered in its data dir
    console.show_counters(sample_counters())
    console.show_snapshot(morning_queue())
    console.select(4)
    console.show()
    return console


def _stage_staff_bar(window: MainWindow, screen_id: str) -> None:
    """Staff mode is drawn over the customer's place; every other screen without it."""
    if screen_id != ids.STAFF_ASSIST:
        window.staff_bar.hide()
        return
    from kiosk.staff.words import bar_summary

    prefs = window.controller.prefs
    catalog = window.catalogs[prefs.locale]
    summary = bar_summary({"screen": ASSIST_PLACE, "text_size": prefs.text_size}, catalog)
    window.staff_bar.show_for(catalog, prefs.theme, "Wang", summary, helping=False)


def _hidden() -> Any:
    from kiosk.services.voice_assistant import AssistantView

    return AssistantView()


def settle(app: QApplication) -> None:
    """Let height-for-width layouts finish (they take a few passes) before a grab."""
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        app.processEvents()


def _history_for(screen_id: str) -> list[str]:
    return ROUTES.get(screen_id, [ids.WELCOME, ids.LANGUAGE, ids.HOME, screen_id])


def run_tour(
    config: Config,
    out: Path,
    *,
    locales: Sequence[str] = ids.LOCALES,
    themes: Sequence[str] = ids.THEMES,
    text_sizes: Sequence[int] = ids.TEXT_SIZES,
    resolution: tuple[int, int] = (1920, 1080),
    only: Iterable[str] | None = None,
) -> int:
    data = render_tour(config, out, locales, themes, text_sizes, resolution, only)
    print(f"kiosk tour: {len(data['screens'])} screens written to {out}/ (tour.json)")
    return 0


def render_tour(
    config: Config,
    out: Path,
    locales: Sequence[str] = ids.LOCALES,
    themes: Sequence[str] = ids.THEMES,
    text_sizes: Sequence[int] = ids.TEXT_SIZES,
    resolution: tuple[int, int] = (1920, 1080),
    only: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Render the tour and return (and write) its description."""
    from kiosk.display import has_display

    if not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from kiosk.app import build_kiosk, qt_app
    from kiosk.printing import NullPrinter

    app = qt_app()
    # The real composition, without a queue or printer: the screens as customers get them.
    kiosk = build_kiosk(config, printer=NullPrinter())
    kiosk.controller.idle.set_enabled(False)
    kiosk.window.setFixedSize(*resolution)
    kiosk.window.show()
    tour = _Tour(app, kiosk, out, resolution)
    wanted = tour.wanted(only)
    started = time.perf_counter()
    for locale in locales:
        for theme in themes:
            for size in text_sizes:
                tour.render_combination(locale, theme, size, wanted)
    data = {"resolution": list(resolution), "screens": tour.screens}
    (out / "tour.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    elapsed = time.perf_counter() - started
    print(f"rendered {len(tour.screens)} screens in {elapsed:.1f} s", file=sys.stderr)
    kiosk.window.allow_close()
    kiosk.window.close()
    return data


def unknown_ids_message(unknown: list[str], known: list[str]) -> str:
    """One line: the ids not known, the nearest known ones, then every known id."""
    near = [m for u in unknown for m in difflib.get_close_matches(u, known, n=2, cutoff=0.6)]
    hint = f" (did you mean {', '.join(dict.fromkeys(near))}?)" if near else ""
    return (
        f"tour: unknown screen id(s): {', '.join(unknown)}{hint}; known: {', '.join(sorted(known))}"
    )


class _Tour:
    """One built kiosk, drawing its views into ``out`` and describing them."""

    def __init__(self, app: QApplication, kiosk: Any, out: Path, resolution: tuple[int, int]):
        self.app, self.out, self.resolution = app, out, resolution
        self.catalogs, self.controller = kiosk.catalogs, kiosk.controller
        self.window: MainWindow = kiosk.window
        self.screens: list[dict[str, Any]] = []

    def wanted(self, only: Iterable[str] | None) -> list[str]:
        """The views to draw: ``only`` (checked against the known ones), else all."""
        screen_ids = self.window.tour_screen_ids()
        states = [tour_key(sid, st) for st, (sid, _) in PANEL_STATES.items() if sid in screen_ids]
        known = [*screen_ids, ids.STAFF_ASSIST, ids.STAFF_CONSOLE, ids.LOBBY, *states]
        wanted = list(only) if only else known
        unknown = [s for s in wanted if s not in known]
        if unknown:
            raise KioskError(unknown_ids_message(unknown, known))
        return wanted

    def render_combination(self, locale: str, theme: str, size: int, wanted: list[str]) -> None:
        """Every wanted view in one locale, theme and text size."""
        controller = self.controller
        prefs = replace(controller.prefs, locale=locale, theme=theme, text_size=size)
        controller.session.prefs = prefs
        self.window.apply_prefs(prefs)
        folder = self.out / locale / theme / str(size)
        folder.mkdir(parents=True, exist_ok=True)
        for key in wanted:
            self.render_view(key, (locale, theme, size), folder)
        self.window.staff_bar.hide()

    def render_view(self, key: str, combination: tuple[str, str, int], folder: Path) -> None:
        """Stage one view, let it settle, save its PNG and record what it shows."""
        from kiosk.tools.inspect import describe

        locale, theme, size = combination
        screen_id, _, state = key.partition("@")
        shown = self.stage(screen_id, state, locale, theme)
        settle(self.app)
        spoken = ""  # the console and the lobby do not speak
        if shown is self.window:  # pages follow the settled layout, then are drawn
            self.window.current_screen().pager.repaginate()
            settle(self.app)
            spoken = self.spoken(state)
        png = folder / f"{key}.png"
        save_png(shown.grab(), png)
        self.screens.append(
            {
                "id": screen_id,
                **({"state": state} if state else {}),
                "locale": locale,
                "theme": theme,
                "text_size": size,
                "png": str(png.relative_to(self.out)),
                "spoken": spoken,
                "elements": describe(shown, locale),
            }
        )
        if shown is not self.window:
            shown.close()
            shown.deleteLater()

    def spoken(self, state: str) -> str:
        """What the settled view says: the panel's words in a panel state, else the screen's.

        Taken after the layout settled, as the kiosk says them (docs/design/0058):
        words taken when the screen was put in view described other pages.
        """
        screen = self.window.current_screen().spoken_text()
        return (self.window.voice_panel.spoken_text() or screen) if state else screen

    def stage(self, screen_id: str, state: str, locale: str, theme: str) -> Any:
        """Put the view on show; returns the widget to draw."""
        window = self.window
        if screen_id == ids.STAFF_CONSOLE:
            return _console_window(self.catalogs, locale, theme, self.resolution)
        if screen_id == ids.LOBBY:  # counters' display: its own window
            from kiosk.app.lobby import tour_lobby

            return tour_lobby(self.catalogs, locale, theme, self.resolution)
        session = self.controller.session
        session.history = _history_for(screen_id)
        _stage_staff_bar(window, screen_id)
        window.screen_for(session.current).stage_for_tour(screen_id)
        window.show_screen(session.current)
        panel = window.voice_panel
        panel.can_listen = True  # Speak again is offered, as with a microphone
        panel.show_view(panel_view(state, locale) if state else _hidden())
        return window
