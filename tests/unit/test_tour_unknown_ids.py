"""`kiosk tour --screens` with a mistyped id: one line that helps the person fix it."""

from __future__ import annotations

from kiosk.tools.tour import unknown_ids_message

KNOWN = ["home", "help.requested", "product.pension", "product.pension.calculator", "welcome"]


def test_a_mistyped_id_is_named_with_the_nearest_known_ones_and_the_whole_list() -> None:
    line = unknown_ids_message(["product.pensoin"], KNOWN)
    assert line.startswith("tour: unknown screen id(s): product.pensoin (did you mean ")
    assert "product.pension" in line.split("did you mean", 1)[1].split("?")[0]
    assert line.endswith("known: " + ", ".join(sorted(KNOWN)))
    assert "\n" not in line


def test_an_id_like_nothing_known_gets_no_guess() -> None:
    line = unknown_ids_message(["xyzzy"], KNOWN)
    assert "did you mean" not in line
    assert "xyzzy" in line and "welcome" in line
