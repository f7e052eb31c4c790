"""`kiosk run` paints the welcome screen first and builds the other screens just after."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.app import build_kiosk
from kiosk.config import Config
from kiosk.core import ids
from kiosk.core.errors import ContentError
from kiosk.paths import content_root


def test_only_welcome_is_built_before_the_first_paint_and_every_screen_after(qtbot) -> None:
    deferred = build_kiosk(Config(), defer_screens=True)
    window = deferred.window
    assert list(window.screens) == [ids.WELCOME]
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitUntil(lambda: ids.ASSISTANT in window.screens, timeout=10_000)

    full = build_kiosk(Config())
    qtbot.addWidget(full.window)
    assert window.tour_screen_ids() == full.window.tour_screen_ids()
    assert deferred.controller.task_routes == full.controller.task_routes
    window.allow_close()
    full.window.allow_close()


def test_a_screen_wanted_before_the_deferred_build_is_built_at_once(qtbot) -> None:
    kiosk = build_kiosk(Config(), defer_screens=True)
    qtbot.addWidget(kiosk.window)
    kiosk.controller.go(ids.LANGUAGE)
    assert kiosk.window.current_screen().screen_id == ids.LANGUAGE
    assert kiosk.window.help is kiosk.window.screen_for(ids.HELP_REQUESTED)
    kiosk.window.allow_close()


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped words and assets that a test may break."""
    root = tmp_path / "content"
    for part in ("assets", "locales"):
        shutil.copytree(content_root() / part, root / part)
    monkeypatch.setenv("KIOSK_CONTENT_DIR", str(root))
    return root


def test_a_broken_journey_file_stops_a_deferred_start(qtbot, content: Path) -> None:
    journey = sorted((content / "assets" / "journeys").glob("*.toml"))[0]
    journey.write_text("[journey\n", encoding="utf-8")
    with pytest.raises(ContentError, match=journey.name):
        build_kiosk(Config(), defer_screens=True)


def test_missing_english_journey_words_stop_a_deferred_start(qtbot, content: Path) -> None:
    (content / "locales" / "en" / "journeys.toml").unlink()
    with pytest.raises(ContentError, match="is missing"):
        build_kiosk(Config(), defer_screens=True)


def test_a_broken_file_found_after_the_first_paint_stops_start_up(
    qtbot, content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kiosk.app.kiosk

    stopped: list[Exception] = []
    monkeypatch.setattr(kiosk.app.kiosk, "_stop_start_up", stopped.append)
    (content / "locales" / "ko" / "products.toml").write_text("[product\n", encoding="utf-8")
    kiosk_ = build_kiosk(Config(), defer_screens=True)  # only messages.toml is read before
    qtbot.addWidget(kiosk_.window)
    kiosk_.window.show()
    qtbot.waitUntil(lambda: bool(stopped), timeout=10_000)
    assert isinstance(stopped[0], ContentError)
    assert "products.toml" in str(stopped[0])
    kiosk_.window.allow_close()


def test_an_english_word_defined_twice_stops_a_deferred_start(qtbot, content: Path) -> None:
    with (content / "locales" / "en" / "journeys.toml").open("a", encoding="utf-8") as out:
        out.write('\n[language]\nname = "English"\n')  # also in messages.toml
    with pytest.raises(ContentError, match="is also defined in"):
        build_kiosk(Config(), defer_screens=True)
