"""``kiosk report`` end to end: open the store read-only, compute (kiosk.insight), draw.

Kept apart from the CLI parsing so the staff console and the benchmark can
make the same report.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from kiosk.core.errors import KioskError
from kiosk.insight.figures import Figures, compute


def step_names(catalog: Any, journeys: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(journey, step) → the step's name in this catalogue (the id only when it has none).

    A title made for one customer ("Welcome, {name}", "Call {hotline}…") names no
    step, so the report's own name for it comes first, then the screen's title,
    then the placeholder-free title the kiosk speaks.
    """
    from kiosk.insight.report_words import Words

    words = Words(catalog)

    def name(jid: str, sid: str) -> str:
        for key in (
            f"report.step.{jid}.{sid}",
            f"journey.{jid}.{sid}.title",
            f"spoken.journey.{jid}.{sid}.title",
        ):
            if (found := words.named(key, "")) != "":
                return found
        return sid

    return {
        (jid, sid): name(jid, sid) for jid, journey in journeys.items() for sid in journey.steps
    }


def load_figures(config: Any, data_dir: Path, start: date, end: date) -> tuple[Figures, bool, dict]:
    """The period's figures, whether they include demo data, and the journeys."""
    from kiosk.insight.demo_history import DEMO_PREFIX
    from kiosk.journeys.loader import load_journeys
    from kiosk.paths import assets_dir
    from kiosk.store import open_store_database, store_url
    from kiosk.store.database import database_path, open_database

    journeys = load_journeys(assets_dir() / "journeys")
    order = {jid: list(j.steps) for jid, j in journeys.items()}
    if store_url(config):  # the branch's PostgreSQL store (its events live there)
        db = open_store_database(config, data_dir, migrate=False)
    else:
        path = database_path(config, data_dir)
        if not path.exists():
            raise KioskError(f"no kiosk database at {path}: nothing has been recorded yet")
        # Read only, issuing nothing: no page-by-page check of a year of events first.
        db = open_database(path, read_only=True, check_pages=False)
    try:
        with db.read() as conn:
            figures = compute(
                conn,
                start,
                end,
                target_minutes=config["insight.wait_target_minutes"],
                order=order,
            )
            demo = bool(
                conn.execute(
                    "SELECT 1 FROM events WHERE day BETWEEN ? AND ? AND kiosk LIKE ? LIMIT 1",
                    (start.isoformat(), end.isoformat(), f"{DEMO_PREFIX}%"),
                ).fetchone()
            )
    finally:
        db.close()
    return figures, demo, journeys


def make_report(config: Any, data_dir: Path, start: date, end: date, lang: str, out: Path) -> Path:
    """Write the report for ``start``…``end`` in ``lang`` to ``out`` (.pdf or .html)."""
    from kiosk.content.catalog import load_catalogs
    from kiosk.insight.render import write_html, write_pdf
    from kiosk.insight.report_build import build
    from kiosk.insight.report_words import Words
    from kiosk.paths import locales_dir

    figures, demo, journeys = load_figures(config, data_dir, start, end)
    catalog = load_catalogs(locales_dir(), [lang])[lang]
    report = build(figures, Words(catalog), demo=demo, step_names=step_names(catalog, journeys))
    if out.suffix.lower() == ".pdf":
        write_pdf(report, lang, out)
    else:
        write_html(report, lang, out)
    return out
