"""`kiosk drafts …` and `kiosk bookings …`, run as the real program (the CLI contract)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cli_helpers import add_staff, fails, kiosk, ok_json

from kiosk.config import Config
from kiosk.store import open_stores


def test_a_teller_looks_up_a_draft_made_at_the_kiosk(data_dir: Path) -> None:
    add_staff(data_dir, "Ann")
    stores = open_stores(Config(), data_dir)
    try:
        draft = stores.drafts.create(
            "update_details",
            "update_details",
            {"new_phone": "13800138000", "card": "4111111111111111", "pin": "1234"},
            "kiosk-1",
        )
    finally:
        stores.close()

    shown = ok_json(data_dir, "drafts", "show", draft.code.lower(), "--staff", "ann")
    assert shown["fields"] == {"new_phone": "13800138000", "card": "•••• 1111"}
    assert (shown["code"], shown["looked_up_by"]) == (draft.code, "Ann")
    human = kiosk(data_dir, "drafts", "show", draft.reference, "--staff", "Ann")
    assert human.returncode == 0, human.stderr
    assert draft.code in human.stdout and "new_phone: 13800138000" in human.stdout
    fails(kiosk(data_dir, "drafts", "show", "ZZZZZZ", "--staff", "Ann"), "ZZZZZZ", "check the code")
    fails(kiosk(data_dir, "drafts"), "drafts needs an action", "show")


def test_bookings_add_import_list(data_dir: Path, tmp_path: Path) -> None:
    add_staff(data_dir, "Ann")
    today = date.today().isoformat()
    added = ok_json(
        data_dir,
        "bookings",
        "add",
        *("--staff", "Ann"),
        *("--code", "ab 1234", "--day", today, "--time", "10:30", "--name", "Mrs Wang"),
        *("--service", "loan", "--topic", "mortgage"),
    )
    assert (added["code"], added["name"], added["checked_in_at"]) == ("AB1234", "Mrs Wang", None)

    good = tmp_path / "good.csv"
    good.write_text(
        f"code,day,time,name,service,topic\nCD5678,{today},09:00,Mr Li,wealth,pension\n",
        encoding="utf-8",
    )
    result = kiosk(data_dir, "bookings", "import", str(good), "--staff", "Ann")
    assert result.returncode == 0 and "imported 1 booking(s)" in result.stdout

    bad = tmp_path / "bad.csv"
    bad.write_text(
        f"code,day,time,name,service,topic\nEF9999,{today},9.30,Mr Ho,cash,coins\n",
        encoding="utf-8",
    )
    fails(
        kiosk(data_dir, "bookings", "import", str(bad), "--staff", "Ann"), "line 2", "field 'time'"
    )
    one = ("--day", today, "--time", "10:00", "--name", "N", "--service", "cash", "--topic", "cash")
    one += ("--staff", "Ann")
    fails(kiosk(data_dir, "bookings", "add", "--code", "X", *one), "field 'code'")
    fails(kiosk(data_dir, "bookings", "add", "--code", "X"), "required")

    listed = ok_json(data_dir, "bookings", "list")
    assert [b["code"] for b in listed] == ["CD5678", "AB1234"]
    human = kiosk(data_dir, "bookings", "list", "--day", today).stdout.splitlines()
    assert len(human) == 2 and "Mrs Wang" in human[1] and "expected" in human[1]
    assert kiosk(data_dir, "bookings", "list", "--day", "2000-01-01").stdout.strip() == (
        "no bookings"
    )
