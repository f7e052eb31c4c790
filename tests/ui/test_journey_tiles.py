"""A journey's tile appears where its file says (menu, order, icon): docs/journeys.md."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.paths import content_root
from kiosk.ui.screens.forms import FormsMenuScreen
from kiosk.ui.screens.home import HomeScreen

TEST_JOURNEY = Path(__file__).resolve().parents[1] / "data" / "journeys" / "replace_passbook.toml"


@pytest.fixture
def journeys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped content plus a journey defined only in test data."""
    root = tmp_path / "content"
    shutil.copytree(content_root() / "assets", root / "assets")
    shutil.copy(TEST_JOURNEY, root / "assets" / "journeys")
    monkeypatch.setenv("KIOSK_CONTENT_DIR", str(root))
    return root / "assets" / "journeys"


def _tiles(screen: HomeScreen | FormsMenuScreen) -> list[str]:
    return [str(tile.property("kiosk_argument")) for tile in screen.grid._items]


def test_a_new_form_journey_is_a_tile_on_the_forms_menu(qtbot, journeys: Path) -> None:
    screen = FormsMenuScreen()
    qtbot.addWidget(screen)
    assert _tiles(screen) == ["lost_card", "update_details", "open_account", "replace_passbook"]


def test_a_journey_on_home_is_a_tile_in_its_place(qtbot, journeys: Path) -> None:
    path = journeys / TEST_JOURNEY.name
    path.write_text(
        path.read_text(encoding="utf-8").replace('menu = "forms"', 'menu = "home"'),
        encoding="utf-8",
    )
    # Home holds six tiles at most: mobile banking help makes room (voice only).
    banking = journeys / "mobile_banking_help.toml"
    text = banking.read_text(encoding="utf-8")
    assert 'menu = "home"' in text
    banking.write_text(text.replace('menu = "home"', 'menu = ""', 1), encoding="utf-8")
    screen = HomeScreen()
    qtbot.addWidget(screen)
    # order 4: after the forms tile (4, then by id), before fraud check.
    assert _tiles(screen) == [
        "take_ticket", "check_in", "products", "forms", "replace_passbook", "fraud_check",
    ]  # fmt: skip
