"""The demo's tiling: every frame on the screen, none overlapping, the kiosk never reflowed."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest

from kiosk.demo.layout import (
    CONSOLE,
    LOBBY,
    LayoutError,
    Margins,
    Placement,
    Rect,
    Role,
    kiosk_role,
    reference_size,
    tile,
    tile_or_squeeze,
)

LANDSCAPE = kiosk_role((1920, 1080))
PORTRAIT = kiosk_role((1080, 1920))
# Laptop screens as Qt reports their available geometry: bare (Xvfb), and with
# a 32 px top panel (GNOME) or a 48 px task bar at the bottom.
SCREENS = [
    Rect(0, 0, 1366, 768),
    Rect(0, 32, 1366, 736),
    Rect(0, 0, 1366, 720),
    Rect(0, 0, 1920, 1080),
    Rect(0, 32, 1920, 1048),
    Rect(0, 0, 1920, 1032),
    Rect(1920, 0, 1920, 1080),  # a second monitor to the right
]
FRAMES = [Margins(), Margins(4, 32, 4, 4), Margins(1, 37, 1, 1), Margins(8, 40, 8, 8)]
ROLE_SETS = [
    [LANDSCAPE, CONSOLE],
    [PORTRAIT, CONSOLE],
    [LANDSCAPE, CONSOLE, LOBBY],
    [PORTRAIT, CONSOLE, LOBBY],
]


def check(screen: Rect, roles: list[Role], placed: list[Placement], frame: Margins) -> None:
    assert [p.role for p in placed] == [r.name for r in roles]
    for p in placed:
        assert screen.contains(p.frame), f"{p.role} {p.frame} leaves {screen}"
        # The client area is the frame less what the window manager draws.
        assert (p.client.x - p.frame.x, p.client.y - p.frame.y) == (frame.left, frame.top)
        assert p.frame.w - p.client.w == frame.width
        assert p.frame.h - p.client.h == frame.height
    for a, b in itertools.combinations(placed, 2):
        assert not a.frame.overlaps(b.frame), f"{a.role} {a.frame} overlaps {b.role} {b.frame}"
    for role, p in zip(roles, placed, strict=True):
        assert p.client.w >= role.minimum[0] and p.client.h >= role.minimum[1], p
        if role.reference is not None:
            # Scaled as a whole: the reference aspect to within the rounding pixel.
            ref_w, ref_h = role.reference
            assert 0 < p.scale <= 1
            assert abs(p.client.w - ref_w * p.scale) < 1
            assert abs(p.client.h - ref_h * p.scale) < 1


@pytest.mark.parametrize("screen", SCREENS, ids=str)
@pytest.mark.parametrize("frame", FRAMES, ids=str)
@pytest.mark.parametrize("roles", ROLE_SETS, ids=lambda rs: "+".join(r.name for r in rs))
def test_every_window_is_on_the_screen_and_none_overlap(
    screen: Rect, frame: Margins, roles: list[Role]
) -> None:
    check(screen, roles, tile(screen, roles, frame), frame)


def test_a_1920x1080_laptop_shows_the_kiosk_at_two_thirds_beside_a_full_height_console() -> None:
    kiosk, console = tile(Rect(0, 0, 1920, 1080), [LANDSCAPE, CONSOLE], Margins())
    assert kiosk.client == Rect(0, 0, 1252, 704)
    assert kiosk.scale == pytest.approx(1252 / 1920)
    # The console takes the rest of the width, the whole height.
    assert console.client == Rect(1260, 0, 660, 1080)


def test_the_kiosk_is_never_drawn_larger_than_its_reference_size() -> None:
    kiosk, console = tile(Rect(0, 0, 3840, 2160), [LANDSCAPE, CONSOLE], Margins())
    assert kiosk.scale == 1.0
    assert (kiosk.client.w, kiosk.client.h) == (1920, 1080)
    assert console.client.w == 3840 - 1920 - 8


def test_a_portrait_kiosk_takes_the_full_height() -> None:
    kiosk, console = tile(Rect(0, 0, 1366, 768), [PORTRAIT, CONSOLE], Margins(4, 32, 4, 4))
    assert kiosk.frame.h == 768
    assert kiosk.client.h == 768 - 36
    assert console.frame.right == 1366


def test_the_lobby_fills_the_room_under_a_landscape_kiosk() -> None:
    kiosk, console, lobby = tile(Rect(0, 0, 1920, 1080), [LANDSCAPE, CONSOLE, LOBBY], Margins())
    assert lobby.frame.y == kiosk.frame.bottom + 8
    assert lobby.frame.x == kiosk.frame.x
    assert lobby.frame.bottom == 1080
    assert console.frame.h == 1080  # the console keeps its whole column


def test_beside_a_portrait_kiosk_the_lobby_shares_the_console_column() -> None:
    kiosk, console, lobby = tile(Rect(0, 0, 1366, 768), [PORTRAIT, CONSOLE, LOBBY], Margins())
    assert lobby.frame.x == console.frame.x == kiosk.frame.right + 8
    assert lobby.frame.y == console.frame.bottom + 8
    assert console.client.h >= CONSOLE.minimum[1]


def test_a_screen_too_small_for_the_roles_is_refused_with_words() -> None:
    with pytest.raises(LayoutError, match="640x400 screen has no room for the kiosk"):
        tile(Rect(0, 0, 640, 400), [LANDSCAPE, CONSOLE], Margins())


def test_the_main_role_must_have_a_reference_size() -> None:
    with pytest.raises(LayoutError, match="reference size"):
        tile(Rect(0, 0, 1920, 1080), [CONSOLE, LANDSCAPE])


@pytest.mark.parametrize(
    ("size", "portrait", "expected"),
    [
        ((1920, 1080), False, (1920, 1080)),
        ((1920, 1080), True, (1080, 1920)),
        ((1080, 1920), False, (1920, 1080)),
        ((1280, 1024), True, (1024, 1280)),
    ],
)
def test_reference_size_turns_the_touchscreen_upright_on_request(
    size: tuple[int, int], portrait: bool, expected: tuple[int, int]
) -> None:
    assert reference_size(size, portrait) == expected


@pytest.mark.parametrize("module", ["kiosk.demo.layout", "kiosk.demo.data", "kiosk.cli.demo"])
def test_the_demo_logic_imports_without_qt(module: str) -> None:
    code = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is not allowed here: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"importlib.import_module({module!r})\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_small_screen_squeezes_the_console_rather_than_overlap() -> None:
    screen = Rect(0, 0, 800, 600)
    roles = [LANDSCAPE, CONSOLE]
    with pytest.raises(LayoutError):
        tile(screen, roles, Margins())
    placed, squeezed = tile_or_squeeze(screen, roles, Margins())
    assert squeezed
    assert all(screen.contains(p.frame) for p in placed)
    assert not placed[0].frame.overlaps(placed[1].frame)
    assert placed[1].client.w >= CONSOLE.least[0]


def test_a_screen_too_small_even_squeezed_is_a_clear_error() -> None:
    with pytest.raises(LayoutError, match="400x300 screen has no room"):
        tile_or_squeeze(Rect(0, 0, 400, 300), [LANDSCAPE, CONSOLE], Margins())
