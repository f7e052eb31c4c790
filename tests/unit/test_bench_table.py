"""The bench table's ratio column: a ratio only where there is a baseline to compare."""

from benchmarks.table import Row


def test_ratio_against_a_baseline() -> None:
    assert Row("tap p95", value=3.0, baseline=2.0).ratio_text() == "1.50x"
    assert Row("tap p95", value=3.0, baseline=2.0).ratio_text(1) == "1.5x"


def test_no_ratio_without_a_baseline() -> None:
    # A count whose baseline is 0 (e.g. scams missed) printed 3000000.0x before.
    assert Row("scams missed", value=3.0, baseline=0.0, unit="").ratio_text() == "-"
