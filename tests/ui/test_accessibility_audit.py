"""Every screen × locale × theme × text size against DESIGN.md's numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from tour_audit import AUDIT_ROWS, audit_tour

from kiosk.core import ids
from kiosk.ui.tour import render_tour

RESOLUTIONS = [(1920, 1080), (1080, 1920), (1366, 768)]
CORE_SCREENS = {
    ids.WELCOME, ids.LANGUAGE, ids.HOME, ids.HELP_REQUESTED, ids.TIMEOUT_WARNING,
    ids.TICKET_SERVICE, ids.TICKET_RESULT, ids.FEEDBACK,
    ids.STAFF_CONSOLE, ids.STAFF_ASSIST, ids.STAFF_SIGN_IN,
}  # fmt: skip


@pytest.fixture(scope="module", params=RESOLUTIONS, ids=lambda r: f"{r[0]}x{r[1]}")
def tour(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, qapp) -> Path:
    """One resolution's tour, rendered only when a test of that resolution runs
    (so ``-k 1920x1080`` renders one resolution, not three)."""
    from kiosk.config import Config

    resolution = request.param
    folder = tmp_path_factory.mktemp("tour-" + "x".join(map(str, resolution)))
    render_tour(Config(), folder, resolution=resolution)
    return folder


def test_every_screen_meets_the_design_numbers(tour: Path) -> None:
    # Every choice in view at 100 and 150 %, at every resolution (laptop included);
    # at 200 % whole on one of the pages.
    violations, summary = audit_tour(tour)
    rules = ", ".join(f"{k}: {v}" for k, v in sorted(summary["by_rule"].items())) or "none"
    AUDIT_ROWS.append((summary["resolution"], summary["screens"], summary["elements"], rules))
    combos = len(ids.LOCALES) * len(ids.THEMES) * len(ids.TEXT_SIZES)
    assert summary["screens"] == len(summary["views"]) * combos
    assert summary["ids"] >= CORE_SCREENS
    assert not violations, "\n".join(str(v) for v in violations[:40]) + (
        f"\n… {len(violations)} violations in all" if len(violations) > 40 else ""
    )


def test_pseudo_locale_longer_words_still_fit(tmp_path: Path, qapp) -> None:
    from kiosk.config import Config

    render_tour(Config(), tmp_path, locales=["pseudo"], themes=["standard"])
    violations, _ = audit_tour(tmp_path)
    layout = [v for v in violations if v.rule in {"clipping", "overlap", "spacing"}]
    assert not layout, "\n".join(map(str, layout[:40]))
