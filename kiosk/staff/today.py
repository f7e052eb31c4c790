"""The staff console's "Today" view: today's figures from the event record (issue 14).

Computed on the queue worker thread (the store's own connection) with
:func:`kiosk.insight.figures.compute`, refreshed every minute and on Refresh;
the view never queries the database itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from kiosk.content.catalog import Catalog
from kiosk.insight.figures import Figures, compute
from kiosk.services.queue_service import QueueService

if TYPE_CHECKING:
    from kiosk.store import Stores

REFRESH_MS = 60_000


def today_figures(stores: Stores, day: date, target_minutes: int) -> Figures:
    """On the queue worker: today's figures from the store's connection."""
    with stores.db.read() as conn:
        return compute(conn, day, day, target_minutes=target_minutes)


def _minutes(value: float | None, catalog: Catalog) -> str:
    if value is None:
        return catalog.text("report.none")
    return catalog.text("report.minutes", value=f"{value:.0f}")


def summary_lines(figures: Figures, catalog: Catalog) -> list[tuple[str, str]]:
    """(label, value) rows of today's figures, in the staff member's words."""
    c = catalog
    rows = [
        (c.text("report.figure.issued"), str(figures.issued)),
        (c.text("report.figure.served"), str(figures.served)),
        (c.text("report.figure.walk_outs"), str(figures.walk_outs)),
        (c.text("report.figure.no_shows"), str(figures.no_shows)),
        (c.text("report.figure.help_requests"), str(figures.help_requests)),
        (c.text("report.figure.median_wait"), _minutes(figures.median_wait, c)),
        (c.text("report.figure.p90_wait"), _minutes(figures.p90_wait, c)),
    ]
    broken = [
        (s.left_here + s.called_staff, f.journey, s.step)
        for f in figures.funnels
        for s in f.steps
        if s.left_here + s.called_staff
    ]
    if broken:
        _, journey, step = max(broken)
        name = (
            c.text(f"report.journey.{journey}") if c.has(f"report.journey.{journey}") else journey
        )
        rows.append((c.text("report.funnel.left"), f"{name}: {step}"))
    if figures.faults:
        rows.append(
            (
                c.text("report.faults.heading"),
                ", ".join(
                    f"{c.text(f'report.faults.{k}') if c.has(f'report.faults.{k}') else k} ×{n}"
                    for k, n in sorted(figures.faults.items())
                ),
            )
        )
    thanked = [r for r in figures.staff if r.thanks]
    if thanked:
        rows.append(
            (c.text("report.staff.thanks"), ", ".join(f"{r.staff} ×{r.thanks}" for r in thanked))
        )
    return rows


class TodayView(QFrame):
    """Today's figures under the queue list.

    Args:
        queue: Runs the computation on its worker (None: the view says nothing is known).
        catalog: The staff member's words.
        target_minutes: ``insight.wait_target_minutes``.
        today: The clock's date (tests set it).
    """

    def __init__(
        self,
        queue: QueueService | None,
        catalog: Catalog,
        target_minutes: int = 15,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.setObjectName("StaffToday")
        self.queue = queue
        self.catalog = catalog
        self.target_minutes = target_minutes
        self.today = today
        self.figures: Figures | None = None
        title = QLabel(catalog.text("report.today.title"))
        title.setProperty("role", "heading")
        self.refresh_button = QPushButton(catalog.text("report.today.refresh"))
        self.refresh_button.setProperty("kiosk_kind", "button")
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.refresh_button)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.nothing = QLabel(catalog.text("report.today.nothing"))
        self.nothing.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.nothing)
        layout.addLayout(self.grid)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Recompute today's figures off the GUI thread."""
        if self.queue is None:
            return
        day = self.today()
        self.queue.call(today_figures, day, self.target_minutes, on_done=self.show_figures)

    def show_figures(self, figures: Figures) -> None:
        self.figures = figures
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.nothing.setVisible(figures.empty)
        if figures.empty:
            return
        for row, (name, value) in enumerate(summary_lines(figures, self.catalog)):
            key, val = QLabel(name), QLabel(value)
            key.setProperty("role", "hint")
            val.setProperty("role", "body")
            val.setWordWrap(True)
            self.grid.addWidget(key, row // 2, (row % 2) * 2)
            self.grid.addWidget(val, row // 2, (row % 2) * 2 + 1)
