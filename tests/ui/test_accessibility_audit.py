"""Every screen × locale × theme × text size against DESIGN.md's numbers.

The audit runs as one test per resolution and locale (``make audit K=1366x768-ko``
runs one), so its parts spread over the test workers and fail alone.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tour_audit import AUDIT_ROWS, Violation, audit_tour

from kiosk.core import ids
from kiosk.tools.tour import render_tour

pytestmark = [pytest.mark.slow, pytest.mark.audit]

RESOLUTIONS = [(1920, 1080), (1080, 1920), (1366, 768)]
PARTS = [(r, locale) for r in RESOLUTIONS for locale in ids.LOCALES]
CORE_SCREENS = {
    ids.WELCOME, ids.LANGUAGE, ids.HOME, ids.HELP_REQUESTED, ids.TIMEOUT_WARNING,
    ids.TICKET_SERVICE, ids.TICKET_RESULT, ids.FEEDBACK,
    ids.STAFF_CONSOLE, ids.STAFF_ASSIST, ids.STAFF_SIGN_IN,
}  # fmt: skip
# Views where the fold rule still fails (a choice on another page, cut by a
# page end, or out of view), one file per part: "<size> <view> <how>". The list
# only shrinks: a view that starts failing fails the audit, and one that fits
# again must be taken off (KIOSK_FOLD_RECORD=1 rewrites the files).
KNOWN_FOLD = Path(__file__).parent / "fold_known"
HOW = {" is on page ": "paged", " is cut by a page end": "cut", " needs scrolling": "hidden"}


def _part_id(part: tuple[tuple[int, int], str]) -> str:
    (w, h), locale = part
    return f"{w}x{h}-{locale}"


@pytest.fixture(scope="module", params=PARTS, ids=_part_id)
def tour(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, qapp):
    """One resolution and locale's tour, both themes and every text size."""
    from kiosk.config import Config

    resolution, locale = request.param
    folder = tmp_path_factory.mktemp("tour-" + _part_id(request.param))
    render_tour(Config(), folder, resolution=resolution, locales=[locale])
    return request.param, folder


def _fold_key(v: Violation) -> str | None:
    """ "150 home paged" for a fold violation at 150 % on home; None for other rules."""
    if v.rule != "fold":
        return None
    how = next((name for words, name in HOW.items() if words in v.detail), "covered")
    view, place = v.where.split(" ", 1)
    return f"{place.rsplit('/', 1)[1]} {view} {how}"


def test_every_screen_meets_the_design_numbers(tour) -> None:
    part, folder = tour
    # Every choice in view at 100 and 150 %, at every resolution (laptop included);
    # at 200 % whole on one of the pages.
    # The assistant panel's states (listening, "Did you mean", the name check)
    # over their screens are held to the same numbers.
    violations, summary = audit_tour(folder, states=True)
    rules = ", ".join(f"{k}: {v}" for k, v in sorted(summary["by_rule"].items())) or "none"
    AUDIT_ROWS.append((_part_id(part), summary["screens"], summary["elements"], rules))
    combos = len(ids.THEMES) * len(ids.TEXT_SIZES)
    assert summary["screens"] == len(summary["views"]) * combos
    assert summary["ids"] >= CORE_SCREENS

    known_file = KNOWN_FOLD / f"{_part_id(part)}.txt"
    failing = {key for v in violations if (key := _fold_key(v))}
    if os.environ.get("KIOSK_FOLD_RECORD"):
        KNOWN_FOLD.mkdir(exist_ok=True)
        known_file.write_text("".join(f"{k}\n" for k in sorted(failing)), "utf-8")
    known = set(known_file.read_text("utf-8").split("\n")) - {""} if known_file.exists() else set()
    hard = [v for v in violations if _fold_key(v) not in known]
    assert not hard, "\n".join(str(v) for v in hard[:40]) + (
        f"\n… {len(hard)} violations in all" if len(hard) > 40 else ""
    )
    fitted = sorted(known - failing)
    assert not fitted, f"these views fit now: take them off {known_file.name}: {fitted}"


def test_pseudo_locale_longer_words_still_fit(tmp_path: Path, qapp) -> None:
    from kiosk.config import Config

    render_tour(Config(), tmp_path, locales=["pseudo"], themes=["standard"])
    violations, _ = audit_tour(tmp_path, states=True)
    layout = [v for v in violations if v.rule in {"clipping", "overlap", "spacing"}]
    assert not layout, "\n".join(map(str, layout[:40]))
