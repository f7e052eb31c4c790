"""``kiosk counters …`` and ``kiosk queue call-next|recall|transfer`` as a script runs them."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import add_staff, fails, kiosk, ok_json


def test_counters_are_added_listed_and_removed_with_kiosk_toml_ones(data_dir: Path) -> None:
    add_staff(data_dir, "Wang")
    (data_dir / "kiosk.toml").write_text(
        '[[counters]]\nid = "1"\nservices = ["cash"]\ndirection = "left"\n', "utf-8"
    )
    added = ok_json(
        data_dir,
        "counters", "add", "2", "--services", "account,loan",
        "--name", "zh_CN=贵宾窗口", "--direction", "upstairs", "--staff", "Wang",
    )  # fmt: skip
    assert added["services"] == ["account", "loan"] and added["names"] == {"zh_CN": "贵宾窗口"}
    listed = ok_json(data_dir, "counters", "list")
    assert [(c["id"], c["source"]) for c in listed] == [("1", "kiosk.toml"), ("2", "database")]
    fails(
        kiosk(data_dir, "counters", "remove", "1", "--staff", "Wang"),
        "declared in kiosk.toml",
    )
    assert kiosk(data_dir, "counters", "remove", "2", "--staff", "Wang").returncode == 0
    assert [c["id"] for c in ok_json(data_dir, "counters", "list")] == ["1"]


def test_bad_counter_input_is_one_line_and_changes_nothing(data_dir: Path) -> None:
    add_staff(data_dir, "Wang")
    ticket = ok_json(data_dir, "queue", "take", "--service", "cash")
    fails(
        kiosk(data_dir, "counters", "add", "3", "--services", "", "--staff", "Wang"),
        "serves no service",
    )
    fails(
        kiosk(data_dir, "counters", "add", "3", "--services", "cash,pizza", "--staff", "Wang"),
        "unknown service 'pizza'",
    )
    fails(
        kiosk(data_dir, "counters", "add", "3", "--services", "cash", "--staff", "Nobody"),
        "Nobody",
    )
    fails(
        kiosk(data_dir, "queue", "call-next", "--counter", "9", "--staff", "Wang"),
        "unknown counter '9'",
    )
    item = str(ticket["id"])
    fails(
        kiosk(data_dir, "queue", "transfer", item, "--service", "pizza", "--staff", "Wang"),
        "unknown service 'pizza'",
    )
    fails(
        kiosk(data_dir, "queue", "transfer", item, "--service", "loan", "--counter", "9",
              "--staff", "Wang"),
        "unknown counter",
    )  # fmt: skip
    fails(kiosk(data_dir, "queue", "recall", item, "--staff", "Wang"), "not called to a counter")
    (data_dir / "kiosk.toml").write_text('[[counters]]\nid = "3"\nservices = []\n', "utf-8")
    fails(kiosk(data_dir, "counters", "list"), "counters[1].services", "kiosk.toml")
    (data_dir / "kiosk.toml").unlink()
    [still] = ok_json(data_dir, "queue", "list")
    assert (still["status"], still["service"], still["counter"], still["calls"]) == (
        "waiting",
        "cash",
        None,
        0,
    )


def test_call_next_recall_and_transfer_show_counter_and_calls(data_dir: Path) -> None:
    add_staff(data_dir, "Wang", "Li")
    for counter, services in (("1", "cash"), ("2", "loan")):
        kiosk(data_dir, "counters", "add", counter, "--services", services, "--staff", "Wang")
    first = ok_json(data_dir, "queue", "take", "--service", "cash", "--locale", "ko")
    ok_json(data_dir, "queue", "take", "--service", "loan")
    called = ok_json(data_dir, "queue", "call-next", "--counter", "1", "--staff", "Wang")
    assert (called["id"], called["counter"], called["calls"], called["locale"]) == (
        first["id"],
        "1",
        1,
        "ko",
    )
    again = ok_json(data_dir, "queue", "recall", str(first["id"]), "--staff", "Wang")
    assert again["calls"] == 2
    listed = {i["number"]: i for i in ok_json(data_dir, "queue", "list")}
    assert (listed["A001"]["counter"], listed["A001"]["calls"]) == ("1", 2)
    moved = ok_json(
        data_dir, "queue", "transfer", str(first["id"]), "--service", "loan", "--staff", "Wang"
    )
    assert (moved["service"], moved["status"], moved["created_at"]) == (
        "loan",
        "waiting",
        first["created_at"],
    )
    # Arrived before D001, so counter 2 calls the moved customer first.
    assert (
        ok_json(data_dir, "queue", "call-next", "--counter", "2", "--staff", "Li")["id"]
        == (first["id"])
    )
    result = kiosk(data_dir, "queue", "call-next", "--counter", "1", "--staff", "Wang", "--json")
    assert result.returncode == 0 and result.stdout.strip() == "null"
