"""Where each demo window goes on a laptop screen (pure geometry, no Qt).

The customer kiosk is drawn at its reference size (1920×1080, or 1080×1920
portrait) and scaled down as a whole, never reflowed: it keeps its aspect and
gets the largest scale that leaves the other roles their minimum size. The
other roles (staff console, lobby display) share one column beside it. Window
frames (title bar, borders) are part of every calculation, so the frames, not
only the client areas, stay inside the screen and never overlap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from kiosk.core.errors import KioskError

# A little desktop between two windows, so their borders never touch.
GAP = 8
# What a typical desktop's title bar and borders take before the window manager
# tells us (X11 only knows after the first show; Xvfb without one has none).
ESTIMATED_FRAME = (4, 32, 4, 4)


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle in screen pixels (``w``/``h`` exclusive of the far edge)."""

    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    def contains(self, other: Rect) -> bool:
        return (
            other.x >= self.x
            and other.y >= self.y
            and other.right <= self.right
            and other.bottom <= self.bottom
        )

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def as_list(self) -> list[int]:
        return [self.x, self.y, self.w, self.h]


@dataclass(frozen=True)
class Margins:
    """A window frame: what the window manager adds around the client area."""

    left: int = 0
    top: int = 0
    right: int = 0
    bottom: int = 0

    @property
    def width(self) -> int:
        return self.left + self.right

    @property
    def height(self) -> int:
        return self.top + self.bottom


@dataclass(frozen=True)
class Role:
    """One demo window.

    Args:
        name: ``kiosk``, ``console``, ``lobby`` …
        reference: For a scaled role, the size it is laid out at (it is shown
            scaled down as a whole, aspect kept); ``None`` for a window that
            lays itself out at any size from ``minimum`` up.
        minimum: The smallest client size that is comfortable.
        least: The smallest it can be made at all (on a small screen).
    """

    name: str
    reference: tuple[int, int] | None = None
    minimum: tuple[int, int] = (0, 0)
    least: tuple[int, int] = (320, 240)


@dataclass(frozen=True)
class Placement:
    """Where one role's window goes: its frame, its client area and its scale."""

    role: str
    frame: Rect
    client: Rect
    scale: float = 1.0


# The other roles. The console lays itself out at any size from its minimum;
# the lobby display, like the kiosk, is drawn at its TV's size and scaled.
CONSOLE = Role("console", None, (660, 360))
LOBBY = Role("lobby", (1920, 1080), (320, 180))


def reference_size(size: tuple[int, int], portrait: bool) -> tuple[int, int]:
    """The touchscreen the demo shows: ``size`` turned upright when ``portrait``."""
    long, short = max(size), min(size)
    return (short, long) if portrait else (long, short)


def kiosk_role(reference: tuple[int, int]) -> Role:
    """The customer kiosk at its reference size; below a fifth of it, little is readable."""
    w, h = reference
    return Role("kiosk", reference, (w // 5, h // 5), (w // 8, h // 8))


class LayoutError(KioskError):
    """The screen is too small for the roles' minimum sizes."""


def tile_or_squeeze(
    screen: Rect, roles: Sequence[Role], frame: Margins = Margins(*ESTIMATED_FRAME), gap: int = GAP
) -> tuple[list[Placement], bool]:
    """:func:`tile`, or on a small screen every role squeezed to its ``least`` size.

    Squeezed, a window's words may wrap or clip, but nothing overlaps and
    nothing leaves the screen.

    Returns:
        The placements, and whether the roles had to be squeezed.

    Raises:
        LayoutError: Not even the squeezed roles fit (the message names the screen).
    """
    try:
        return tile(screen, roles, frame, gap), False
    except LayoutError:
        squeezed = [replace(r, minimum=r.least) for r in roles]
        return tile(screen, squeezed, frame, gap), True


def _placed(role: Role, frame: Rect, margins: Margins, scale: float = 1.0) -> Placement:
    client = Rect(
        frame.x + margins.left,
        frame.y + margins.top,
        frame.w - margins.width,
        frame.h - margins.height,
    )
    return Placement(role.name, frame, client, scale)


def _scaled_size(reference: tuple[int, int], scale: float) -> tuple[int, int]:
    # Round down: a pixel too many would push a frame off the screen.
    return int(reference[0] * scale), int(reference[1] * scale)


def tile(
    screen: Rect,
    roles: Sequence[Role],
    frame: Margins = Margins(*ESTIMATED_FRAME),
    gap: int = GAP,
) -> list[Placement]:
    """Lay the demo's windows out on ``screen`` (its available geometry).

    The first role is the main one (the kiosk): it must have a ``reference``
    size and goes on the left, as large as the others allow, never above its
    reference size. A scaled role (the lobby display) goes under it when the
    room there holds the role at its minimum size. The others stack in one
    column on its right, top to bottom; a scaled one keeps its aspect at the
    column's width (shorter if the column is short), a free one (the console)
    takes what is left.

    Args:
        screen: The screen's available geometry (without panels and docks).
        roles: The main role first, then the column's roles in order.
        frame: The window frame every window gets.
        gap: Pixels of desktop between two windows.

    Returns:
        One placement per role, in the order given.

    Raises:
        LayoutError: There is no room for the roles at their minimum sizes.
    """
    if not roles:
        return []
    main, column = roles[0], list(roles[1:])
    main_placed = _place_main(screen, main, column, frame, gap)
    placed = {main.name: main_placed}
    main_frame = main_placed.frame
    # A scaled role (the lobby) fills the room under a landscape kiosk when it fits there.
    below = Rect(
        screen.x, main_frame.bottom + gap, main_frame.w, screen.bottom - main_frame.bottom - gap
    )
    for role in [r for r in column if r.reference is not None]:
        fitted = _fit_scaled(role, below, frame)
        if fitted is not None:
            placed[role.name] = fitted
            column.remove(role)
            below = Rect(
                below.x,
                fitted.frame.bottom + gap,
                below.w,
                below.bottom - fitted.frame.bottom - gap,
            )
    if column:
        x = main_frame.right + gap
        column_rect = Rect(x, screen.y, screen.right - x, screen.h)
        placed.update((p.role, p) for p in _stack(column_rect, column, frame, gap))
    return [placed[r.name] for r in roles]


def _place_main(
    screen: Rect, main: Role, column: Sequence[Role], frame: Margins, gap: int
) -> Placement:
    """The main role at the top left, as large as the column beside it allows."""
    if main.reference is None:
        raise LayoutError(f"the main role {main.name!r} needs a reference size")
    ref_w, ref_h = main.reference
    # The column is as narrow as its widest minimum allows; the kiosk gets the rest.
    column_w = max((r.minimum[0] for r in column), default=0) + frame.width if column else 0
    room_w = screen.w - frame.width - (column_w + gap if column else 0)
    room_h = screen.h - frame.height
    scale = min(1.0, room_w / ref_w, room_h / ref_h)
    main_w, main_h = _scaled_size(main.reference, scale)
    if main_w < main.minimum[0] or main_h < main.minimum[1] or main_w <= 0 or main_h <= 0:
        raise LayoutError(
            f"a {screen.w}x{screen.h} screen has no room for the {main.name} "
            f"beside {', '.join(r.name for r in column) or 'nothing'}"
        )
    main_frame = Rect(screen.x, screen.y, main_w + frame.width, main_h + frame.height)
    return _placed(main, main_frame, frame, scale)


def _fit_scaled(role: Role, room: Rect, frame: Margins) -> Placement | None:
    """``role`` at its aspect, as large as ``room`` allows; ``None`` below its minimum."""
    if role.reference is None:
        return None
    client_w, client_h = room.w - frame.width, room.h - frame.height
    if client_w <= 0 or client_h <= 0:
        return None
    scale = min(1.0, client_w / role.reference[0], client_h / role.reference[1])
    w, h = _scaled_size(role.reference, scale)
    if w < role.minimum[0] or h < role.minimum[1]:
        return None
    return _placed(role, Rect(room.x, room.y, w + frame.width, h + frame.height), frame, scale)


def _stack(column: Rect, roles: Sequence[Role], frame: Margins, gap: int) -> list[Placement]:
    """Roles one above the other in ``column``: scaled ones at their aspect, free ones share."""
    client_w = column.w - frame.width
    free = [r for r in roles if r.reference is None]
    # Height every free role needs at least, and the gaps between all windows.
    reserved = sum(r.minimum[1] + frame.height for r in free) + gap * (len(roles) - 1)
    heights: dict[str, int] = {}
    room = column.h - reserved
    for role in roles:
        if role.reference is None:
            continue
        # A scaled role at the column's width, or shorter when the column is short.
        scale = min(1.0, client_w / role.reference[0], (room - frame.height) / role.reference[1])
        w, h = _scaled_size(role.reference, scale)
        if w < role.minimum[0] or h < role.minimum[1] or h <= 0:
            raise LayoutError(f"the column beside the kiosk has no room for the {role.name}")
        heights[role.name] = h + frame.height
        room -= h + frame.height
    if room < 0 or client_w < max((r.minimum[0] for r in roles), default=0):
        raise LayoutError("the column beside the kiosk is too small for its windows")
    # What the scaled roles leave goes to the free ones, shared evenly.
    for role in free:
        heights[role.name] = role.minimum[1] + frame.height + room // len(free)
    placements = []
    y = column.y
    for role in roles:
        h = heights[role.name]
        if role.reference is None:
            rect = Rect(column.x, y, column.w, h)
            placements.append(_placed(role, rect, frame))
        else:
            w = _scaled_size(role.reference, (h - frame.height) / role.reference[1])[0]
            rect = Rect(column.x, y, w + frame.width, h)
            placements.append(_placed(role, rect, frame, (h - frame.height) / role.reference[1]))
        y += h + gap
    return placements
