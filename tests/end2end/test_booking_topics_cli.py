"""`kiosk bookings add/import` take a topic id the kiosk can say in every language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cli_helpers import add_staff, fails, kiosk, ok_json

from kiosk.core import ids


def test_a_topic_must_be_a_known_id(data_dir: Path, tmp_path: Path) -> None:
    add_staff(data_dir, "Ann")
    today = date.today().isoformat()
    one = ("--day", today, "--time", "10:00", "--name", "Mr Li", "--service", "wealth")
    one += ("--staff", "Ann")
    fails(
        kiosk(data_dir, "bookings", "add", "--code", "AB1234", *one, "--topic", "pension plan"),
        "field 'topic'",
        "'pension plan' is not a topic id",
        ", ".join(ids.BOOKING_TOPICS),
    )
    added = ok_json(data_dir, "bookings", "add", "--code", "AB1234", *one, "--topic", "Pension")
    assert added["topic"] == "pension"

    bad = tmp_path / "bad.csv"
    bad.write_text(
        f"code,day,time,name,service,topic\nCD5678,{today},09:00,Mr Ho,cash,cash\n"
        f"EF9999,{today},09:30,Mrs Ho,loan,养老金\n",
        encoding="utf-8",
    )
    fails(
        kiosk(data_dir, "bookings", "import", str(bad), "--staff", "Ann"),
        "line 3",
        "field 'topic'",
        "养老金",
    )
    assert [b["code"] for b in ok_json(data_dir, "bookings", "list")] == ["AB1234"]
    # The help names the ids too.
    assert "pension" in kiosk(data_dir, "bookings", "add", "--help").stdout
