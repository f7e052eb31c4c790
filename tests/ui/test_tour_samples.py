"""The tour's sample data reads as it would in each country's branch."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.config import Config
from kiosk.tools.tour import render_tour


def _texts(folder: Path) -> dict[str, str]:
    """Each toured locale's words on screen, joined."""
    data = json.loads((folder / "tour.json").read_text("utf-8"))
    return {
        screen["locale"]: " ".join(str(e.get("text", "")) for e in screen["elements"])
        for screen in data["screens"]
    }


def test_a_booking_greets_the_customer_by_a_local_name(qtbot, tmp_path: Path) -> None:
    render_tour(
        Config(), tmp_path, locales=["en", "zh_CN", "ko"], themes=["standard"],
        text_sizes=[100], only=["journey.check_in.welcome"],
    )  # fmt: skip
    texts = _texts(tmp_path)
    assert "Welcome, Mrs Wang" in texts["en"]
    assert "欢迎您，王女士" in texts["zh_CN"] and "Wang" not in texts["zh_CN"]
    assert "김영자님" in texts["ko"] and "Wang" not in texts["ko"]
