import pytest

from kiosk.core.contrast import contrast_ratio, parse_hex
from kiosk.look import theme


def test_known_ratios() -> None:
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast_ratio((255, 255, 255), (255, 255, 255)) == pytest.approx(1.0)
    # WCAG's own example: #777 on white is about 4.48:1.
    assert contrast_ratio(parse_hex("#777777"), parse_hex("#FFFFFF")) == pytest.approx(4.48, 0.01)


def test_parse_hex_rejects_bad_colours() -> None:
    with pytest.raises(ValueError):
        parse_hex("#12345")


@pytest.mark.parametrize("name", list(theme.PALETTES))
def test_every_palette_pair_meets_seven_to_one(name: str) -> None:
    palette = theme.PALETTES[name]
    for fg, bg in theme.CONTRAST_PAIRS:
        ratio = contrast_ratio(parse_hex(getattr(palette, fg)), parse_hex(getattr(palette, bg)))
        assert ratio >= theme.MIN_CONTRAST, f"{name}: {fg} on {bg} is {ratio:.2f}:1"


def test_metrics_scale_everything_and_stay_above_minimums() -> None:
    for size in (100, 150, 200):
        m = theme.metrics(size)
        assert m.small >= theme.MIN_TEXT_PX and m.body >= theme.MIN_BODY_PX
        assert m.heading >= theme.MIN_HEADING_PX and m.target >= theme.MIN_TARGET_PX
        assert m.primary_target >= theme.MIN_PRIMARY_PX and m.gap >= theme.MIN_GAP_PX
    assert theme.metrics(200).body == 2 * theme.metrics(100).body
    assert theme.bar_metrics(200).small > theme.bar_metrics(100).small


@pytest.mark.parametrize("name", list(theme.STAFF_ROW_COLOURS))
def test_staff_alert_rows_meet_seven_to_one_and_differ_from_each_other(name: str) -> None:
    rows = theme.STAFF_ROW_COLOURS[name]
    assert set(rows) == {"quiet_check", "fraud", "priority"}
    for kind, (background, text) in rows.items():
        ratio = contrast_ratio(parse_hex(text), parse_hex(background))
        assert ratio >= theme.MIN_CONTRAST, f"{name}: {kind} is {ratio:.2f}:1"
    # A quiet check must not look like a fraud alarm, nor either like any priority.
    assert len({background for background, _ in rows.values()}) == 3
