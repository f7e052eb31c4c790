"""The speech tests' shared marks: ADR 0142's price list, and what it repaid."""

from __future__ import annotations

from pathlib import Path

import pytest

# Round-test sentences the rules were taught and the classifier, now deciding what
# the rules are unsure of, reads otherwise (ADR 0142): written down as strict xfails,
# one test id a line, so a sentence read right again shows as XPASS and leaves the list.
PRICE = Path(__file__).with_name("price_0142.txt")
REASON = "ADR 0142's price: the classifier reads this near miss otherwise"
# Earlier rounds' strict xfails that ADR 0142 reads right: their mark is lifted (the
# reason stays in the source as history), so they must pass from now on.
REPAID = Path(__file__).with_name("repaid_0142.txt")


def _listed(path: Path) -> set[str]:
    lines = path.read_text("utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    price, repaid = _listed(PRICE), _listed(REPAID)
    for item in items:
        if item.nodeid in price:
            item.add_marker(pytest.mark.xfail(strict=True, reason=REASON))
        elif item.nodeid in repaid:
            item.own_markers[:] = [m for m in item.own_markers if m.name != "xfail"]
