"""The report's words and number formats in one locale (no drawing, no Qt).

Words come from ``locales/<lang>/report.toml`` (``report.*`` keys); journey,
step, service and help-reason names from the kiosk's own catalogue, falling
back to the id when a catalogue has none.
"""

from __future__ import annotations

import unicodedata

from kiosk.content.catalog import Catalog


class Words:
    """The report's words in one locale (``report.*`` keys, with the kiosk's own for ids)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def __call__(self, key: str, **values: object) -> str:
        return self.catalog.text(key, **values)

    def named(self, key: str, fallback: str) -> str:
        """A name by key, or ``fallback`` (an id) when this catalogue has none."""
        if not self.catalog.has(key):
            return fallback
        try:
            text = self.catalog.text(key)
        except (KeyError, ValueError, IndexError):
            return fallback
        # A title made for one customer ("{name}, welcome") names no step: use the id.
        return fallback if "{" in text else text

    def minutes(self, value: float | None) -> str:
        """``12.5 min`` (one decimal at most), or the "none" dash."""
        if value is None:
            return self("report.none")
        return self("report.minutes", value=f"{value:.1f}".rstrip("0").rstrip("."))

    def number(self, value: float | None) -> str:
        return self("report.none") if value is None else f"{value:g}"

    def percent(self, share: float | None) -> str:
        return (
            self("report.none")
            if share is None
            else self("report.percent", value=round(100 * share))
        )


def count(value: int) -> str:
    """A count with thousands grouped (``178,800``): read the same in all three locales."""
    return f"{value:,}"


def slot_label(index: int) -> str:
    """Half hour ``index`` (0–47) as ``HH:MM``."""
    return f"{index // 2:02d}:{30 * (index % 2):02d}"


def width(text: str) -> int:
    """Display width in Latin letters: a Chinese or Korean character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def short(text: str, limit: int = 28) -> str:
    """``text`` cut to ``limit`` letters' width with an ellipsis (chart labels)."""
    if width(text) <= limit:
        return text
    out, used = [], 1
    for ch in text:
        used += width(ch)
        if used > limit:
            break
        out.append(ch)
    return "".join(out).rstrip() + "…"
