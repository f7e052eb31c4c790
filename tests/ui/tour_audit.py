"""The accessibility audit: DESIGN.md's numbers checked against `kiosk tour` output.

Geometry comes from tour.json; contrast is measured from the rendered PNG
pixels, so what is checked is what a customer sees.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from kiosk.core import ids
from kiosk.core.contrast import _channel
from kiosk.look import theme

Rect = tuple[int, int, int, int]
PAGE_ACTIONS = ("page_previous", "page_next")
LOBBY_MIN_TEXT_PX = 48  # DESIGN.md: nothing on the lobby display under 48 px
# A line cut by a page's end leaves strokes in the rows just above it; between two
# lines those rows are background (a line's box reaches below its descenders).
PAGE_EDGE_ROWS = 2
INK_STEP = 96  # a channel this far from the background is a stroke, not a fringe

# (resolution, screens, elements, violations by rule) for the terminal summary.
AUDIT_ROWS: list[tuple[str, int, int, str]] = []


@dataclass(frozen=True)
class Violation:
    rule: str
    where: str
    detail: str

    def __str__(self) -> str:
        return f"[{self.rule}] {self.where}: {self.detail}"


def _rect(values: list[int]) -> Rect:
    x, y, w, h = values
    return x, y, w, h


def _intersects(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _contains(outer: Rect, inner: Rect) -> bool:
    return (
        outer[0] <= inner[0]
        and outer[1] <= inner[1]
        and inner[0] + inner[2] <= outer[0] + outer[2]
        and inner[1] + inner[3] <= outer[1] + outer[3]
    )


def _gap(a: Rect, b: Rect) -> int:
    """Distance between two rectangles (0 when they touch or overlap)."""
    dx = max(b[0] - (a[0] + a[2]), a[0] - (b[0] + b[2]), 0)
    dy = max(b[1] - (a[1] + a[3]), a[1] - (b[1] + b[3]), 0)
    return max(dx, dy) if min(dx, dy) == 0 else int((dx * dx + dy * dy) ** 0.5)


def measured_contrast(pixels: np.ndarray, rect: Rect) -> float:
    """Contrast between the background and the text colour inside ``rect``.

    The background is the most common colour; the text colour is the most
    contrasting colour that covers enough pixels to be a stroke, not an
    anti-aliasing fringe.
    """
    x, y, w, h = rect
    crop = pixels[y : y + h, x : x + w, :3].astype(np.int32).reshape(-1, 3)
    if crop.size == 0:
        return 21.0
    packed = (crop[:, 0] << 16) | (crop[:, 1] << 8) | crop[:, 2]
    colours, counts = np.unique(packed, return_counts=True)
    bg = int(colours[np.argmax(counts)])
    # A few pixels of one exact colour are a stroke's core (anti-aliasing
    # fringes vary); a thin dash in a wide box still counts.
    threshold = 4
    strokes = colours[(counts >= threshold) & (colours != bg)]
    if strokes.size == 0:
        return 1.0
    # contrast_ratio's own arithmetic over all colours at once (same floats, same order).
    lum, lum_bg = _luminance(strokes), float(_luminance(np.array([bg]))[0])
    ratios = (np.maximum(lum, lum_bg) + 0.05) / (np.minimum(lum, lum_bg) + 0.05)
    return max(1.0, float(ratios.max()))


# kiosk.core.contrast's channel curve for every 8-bit value, so luminance is a lookup.
_CHANNEL = np.array([_channel(c) for c in range(256)])


def _luminance(packed: np.ndarray) -> np.ndarray:
    """Relative luminance of 0xRRGGBB colours, as kiosk.core.contrast.luminance."""
    r, g, b = _CHANNEL[(packed >> 16) & 255], _CHANNEL[(packed >> 8) & 255], _CHANNEL[packed & 255]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def audit_screen(
    screen: dict[str, Any], pixels: np.ndarray, size: tuple[int, int], fold: bool = True
) -> list[Violation]:
    """All rules for one rendered screen.

    Args:
        fold: Also require every choice to be in view (see :func:`fold_problem`).
    """
    state = f"@{screen['state']}" if screen.get("state") else ""
    where = f"{screen['id']}{state} {screen['locale']}/{screen['theme']}/{screen['text_size']}"
    # Staff screens (and the staff bar over a customer screen) are used at
    # desktop sizes; contrast, clipping, glyph and overlap rules are the same.
    staff_screen = screen["id"].startswith("staff.")
    console = screen["id"] == ids.STAFF_CONSOLE
    # The lobby display is read from a chair, not touched: no bar, no speech of its
    # own (the announcer calls numbers), nothing under 48 px.
    lobby = screen["id"] == ids.LOBBY
    elements = screen["elements"]
    texts = [e for e in elements if e["kind"] == "text"]
    every_tap = [e for e in elements if e["tappable"]]
    # Choices out of sight have no place on the screen to overlap or crowd.
    taps = [e for e in every_tap if e["visible_rect"][2] and e["visible_rect"][3]]
    found: list[tuple[str, str]] = []
    if not screen["spoken"].strip() and not console and not lobby:
        found.append(("speech", "screen says nothing on entry"))
    found.extend(_clipping(elements, size))
    found.extend(_text_rules(texts, pixels, lobby))
    found.extend(_target_rules(taps))
    if fold and not staff_screen:
        for e in every_tap:
            problem = fold_problem(e, elements, screen["text_size"])
            if problem:
                found.append(("fold", f"{e['kind']} {e['action']} {e['text']!r} {problem}"))
    found.extend(_overlaps(taps, texts))
    found.extend(_page_rules(elements, pixels))
    choices = _choices(every_tap)
    if len(choices) > theme.MAX_CHOICES and not staff_screen:
        found.append(("choices", f"{len(choices)} choices (> {theme.MAX_CHOICES})"))
    out = [Violation(rule, where, detail) for rule, detail in found]
    if not console and not lobby:
        out.extend(_audit_bar(screen, where))
    return out


Finding = tuple[str, str]  # (rule, detail)


def _clipping(elements: list[dict[str, Any]], size: tuple[int, int]) -> Iterator[Finding]:
    for e in elements:
        vx, vy, vw, vh = e["visible_rect"]
        if vx < 0 or vy < 0 or vx + vw > size[0] or vy + vh > size[1]:
            yield "clipping", f"{e['kind']} {e['text']!r} leaves the window: {e['visible_rect']}"
        if not e["fits"]:
            yield "clipping", f"{e['kind']} {e['text']!r} does not fit its box {e['rect']}"


def _text_rules(texts: list[dict[str, Any]], pixels: np.ndarray, lobby: bool) -> Iterator[Finding]:
    """Font sizes, line height, glyphs and measured contrast of every text."""
    for e in texts:
        px = e["font_px"]
        yield from _font_size(e, lobby)
        if e["line_px"] < theme.MIN_LINE_HEIGHT * px - 0.5:
            yield "line-height", f"{e['text']!r}: {e['line_px']}px lines for {px}px text"
        if e["missing_glyphs"]:
            yield "glyphs", f"{e['text']!r}: no glyph for {e['missing_glyphs']!r}"
        # Partly scrolled-away words are measured where they are fully in view.
        if e["visible_rect"] == e["rect"]:
            ratio = measured_contrast(pixels, _rect(e["rect"]))
            if ratio < theme.MIN_CONTRAST:
                yield "contrast", f"{e['text']!r}: {ratio:.2f}:1 measured (< 7:1)"


def _page_rules(elements: list[dict[str, Any]], pixels: np.ndarray) -> Iterator[Finding]:
    """The page in view shows something whole, and no line of words is cut by its end.

    A long label may go on over a page's end between two of its lines: then the
    rows just above the end, across the label, are the background. A line cut
    through leaves its strokes there.
    """
    own = [
        e
        for e in elements
        if e.get("pages", 0) > 1
        and not e["in_bar"]
        and not e.get("assistant")
        and e["action"] not in PAGE_ACTIONS
    ]
    if not own:
        return
    shown = own[0]["page_shown"]
    if not any(e["page"] == shown and e["visible_rect"][2] for e in own):
        yield "pages", f"page {shown} of {own[0]['pages']} shows nothing whole"
    for e in own:
        x, y, w, h = e["visible_rect"]
        if e["kind"] != "text" or not (w and h) or h >= e["rect"][3] or y != e["rect"][1]:
            continue
        crop = pixels[y : y + h, x : x + w, :3].astype(np.int32)
        packed = (crop[..., 0] << 16) | (crop[..., 1] << 8) | crop[..., 2]
        colours, counts = np.unique(packed, return_counts=True)
        background = np.array(
            [(int(colours[np.argmax(counts)]) >> shift) & 255 for shift in (16, 8, 0)]
        )
        edge = np.abs(crop[-PAGE_EDGE_ROWS:] - background).max(axis=-1)
        if (edge > INK_STEP).any():
            yield "pages", f"{e['text'][:40]!r}: a line of words is cut by the page end"


def _font_size(e: dict[str, Any], lobby: bool) -> Iterator[Finding]:
    px, role = e["font_px"], e.get("role", "")
    if e.get("staff"):
        if px < theme.STAFF_MIN_TEXT_PX:
            yield "font", f"staff text {e['text']!r} is {px}px (< {theme.STAFF_MIN_TEXT_PX})"
        return
    if px < theme.MIN_TEXT_PX:
        yield "font", f"{e['text']!r} is {px}px (< {theme.MIN_TEXT_PX})"
    if role == "heading" and px < theme.MIN_HEADING_PX:
        yield "font", f"heading {e['text']!r} is {px}px (< {theme.MIN_HEADING_PX})"
    if role == "body" and px < theme.MIN_BODY_PX:
        yield "font", f"body {e['text']!r} is {px}px (< {theme.MIN_BODY_PX})"
    if lobby and px < LOBBY_MIN_TEXT_PX:
        yield "font", f"lobby text {e['text']!r} is {px}px (< {LOBBY_MIN_TEXT_PX})"


def _target_rules(taps: list[dict[str, Any]]) -> Iterator[Finding]:
    for e in taps:
        w, h = e["rect"][2:]
        least = theme.STAFF_MIN_TARGET_PX if e.get("staff") else theme.MIN_TARGET_PX
        if w < least or h < least:
            yield "target", f"{e['action']} {e['text']!r} is {w}x{h} (< {least}x{least})"
        if e.get("variant") == "primary" and h < theme.MIN_PRIMARY_PX and not e.get("staff"):
            yield "target", f"primary {e['text']!r} is {h}px tall (< 120)"


def _overlaps(taps: list[dict[str, Any]], texts: list[dict[str, Any]]) -> Iterator[Finding]:
    """Tappables overlapping or crowding each other; texts overlapping."""
    for a, b in combinations(taps, 2):
        ra, rb = _rect(a["visible_rect"]), _rect(b["visible_rect"])
        if _contains(ra, rb) or _contains(rb, ra):
            continue
        if _intersects(ra, rb):
            yield "overlap", f"{a['text']!r} overlaps {b['text']!r}"
        elif _gap(ra, rb) < (
            theme.STAFF_MIN_GAP_PX if a.get("staff") and b.get("staff") else theme.MIN_GAP_PX
        ):
            yield "spacing", f"{a['text']!r} and {b['text']!r} are {_gap(ra, rb)}px apart"
    for a, b in combinations(texts, 2):
        ra, rb = _rect(a["visible_rect"]), _rect(b["visible_rect"])
        if _intersects(ra, rb) and not (_contains(ra, rb) or _contains(rb, ra)):
            yield "overlap", f"text {a['text']!r} overlaps {b['text']!r}"


def _choices(every_tap: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The screen's own choices, those on other pages included.

    A keypad is one control, however many keys it has. The assistant's panel,
    like the bar, is the same on every screen, not its choices; so are the page
    buttons of a paged screen.
    """
    return [
        e
        for e in every_tap
        if not e["in_bar"]
        and not e.get("staff")
        and not e.get("assistant")
        and e["kind"] != "key"
        and e["action"] not in PAGE_ACTIONS
    ]


def fold_problem(e: dict[str, Any], elements: list[dict[str, Any]], text_size: int) -> str:
    """Why a choice is not in view as a person sees it ("" when it is).

    In view: its whole rectangle shows (nothing scrolled or paged away), and it
    is not under the fixed bar or the assistant's panel. At 200 % a choice may
    be on another page, whole (Next page reaches it); never cut by a page end.
    At 100 and 150 % every choice is on the one page in view.
    """
    if e["in_bar"] or e.get("staff"):
        return ""
    rect = _rect(e["rect"])
    if e["visible_rect"] == e["rect"] and rect[2] and rect[3]:
        covers = [
            o
            for o in elements
            if o["tappable"] and (o["in_bar"] or (o.get("assistant") and not e.get("assistant")))
        ]
        for o in covers:
            if _intersects(rect, _rect(o["visible_rect"])):
                return f"is under {o['text']!r}"
        return ""
    page, pages = e.get("page"), e.get("pages")
    if page is None:
        return "needs scrolling to be seen"
    if page == 0:
        return f"is cut by a page end ({pages} pages)"
    if text_size >= 200:
        return ""  # whole, on another page: Next page shows it
    return f"is on page {page} of {pages} (every choice must be in view at {text_size} %)"


def _reading_order(elements: list[dict[str, Any]]) -> list[str]:
    return [e["action"] for e in sorted(elements, key=lambda e: (e["rect"][1] // 8, e["rect"][0]))]


def _audit_bar(screen: dict[str, Any], where: str) -> list[Violation]:
    bar = [e for e in screen["elements"] if e["tappable"] and e["in_bar"]]
    out = []
    order = _reading_order(bar)
    extras = order[len(ids.BAR_ACTIONS) :]
    if order[: len(ids.BAR_ACTIONS)] != list(ids.BAR_ACTIONS) or extras not in (
        [],
        ["repeat"],
        ["assistant"],
        ["repeat", "assistant"],
    ):
        out.append(Violation("bar", where, f"bar order is {order}"))
    calls = [e for e in bar if e["action"] == "call_staff"]
    if len(calls) != 1 or not calls[0]["enabled"]:
        out.append(Violation("bar", where, "Call staff missing or disabled"))
    else:
        area = calls[0]["rect"][2] * calls[0]["rect"][3]
        bigger = [e["action"] for e in bar if e["rect"][2] * e["rect"][3] > area]
        if bigger:
            out.append(Violation("bar", where, f"{bigger} larger than Call staff"))
    return out


def audit_tour(
    tour_dir: Path, fold: bool = True, states: bool = True
) -> tuple[list[Violation], dict[str, Any]]:
    """Audit every screen of a rendered tour; returns violations and a summary.

    Args:
        states: Also audit the views that show a state over a screen (the
            assistant's panel: ``home@assistant.listening``…).
    """
    import json

    data = json.loads((tour_dir / "tour.json").read_text("utf-8"))
    if not states:
        data["screens"] = [s for s in data["screens"] if not s.get("state")]
    size = tuple(data["resolution"])
    violations: list[Violation] = []
    bar_places: dict[tuple[str, str, int], dict[str, set[tuple[int, ...]]]] = defaultdict(
        lambda: defaultdict(set)
    )
    for screen in data["screens"]:
        with Image.open(tour_dir / screen["png"]) as picture:
            pixels = np.asarray(picture if picture.mode == "RGB" else picture.convert("RGB"))
        violations.extend(audit_screen(screen, pixels, size, fold))
        key = (screen["locale"], screen["theme"], screen["text_size"])
        for e in screen["elements"]:
            if e["tappable"] and e["in_bar"]:
                bar_places[key][e["action"]].add(tuple(e["rect"]))
    for key, places in bar_places.items():
        moved = [action for action, rects in places.items() if len(rects) > 1]
        if moved:
            violations.append(
                Violation("bar", "/".join(map(str, key)), f"{moved} move between screens")
            )
    summary = {
        "resolution": "x".join(map(str, size)),
        "screens": len(data["screens"]),
        "elements": sum(len(s["elements"]) for s in data["screens"]),
        "by_rule": Counter(v.rule for v in violations),
        "ids": {s["id"] for s in data["screens"]},
        "views": {(s["id"], s.get("state", "")) for s in data["screens"]},
    }
    return violations, summary
