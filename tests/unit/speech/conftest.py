"""The speech tests' shared marks: ADR 0142's price list."""

from __future__ import annotations

from pathlib import Path

import pytest

# Round-test sentences the rules were taught and the classifier, now deciding what
# the rules are unsure of, reads otherwise (ADR 0142): written down as strict xfails,
# one test id a line, so a sentence read right again shows as XPASS and leaves the list.
PRICE = Path(__file__).with_name("price_0142.txt")
REASON = "ADR 0142's price: the classifier reads this near miss otherwise"


def _listed(path: Path) -> set[str]:
    lines = path.read_text("utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    price = _listed(PRICE)
    for item in items:
        if item.nodeid in price:
            item.add_marker(pytest.mark.xfail(strict=True, reason=REASON))
