"""What every benchmark module shares: a table row and percentiles."""

from __future__ import annotations

import statistics
from dataclasses import dataclass


def percentile(values: list[float], q: int) -> float:
    """The q-th percentile (inclusive method: stable on a few hundred samples)."""
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


@dataclass(frozen=True)
class Row:
    """One line of the table; ``met`` is None for rows without a target."""

    name: str
    value: float
    baseline: float
    target: str = "-"
    met: bool | None = None
    unit: str = "ms"

    @property
    def ratio(self) -> float:
        return self.value / max(self.baseline, 1e-6)

    def ratio_text(self, digits: int = 2) -> str:
        """The ratio as "1.50x", or "-" where the baseline is 0 (nothing to compare)."""
        return f"{self.ratio:.{digits}f}x" if self.baseline > 0 else "-"
