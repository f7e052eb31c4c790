"""The real `kiosk` program, started as a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image


def kiosk(*args: str, env: dict[str, str] | None = None, timeout: int = 120):
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        env=env or os.environ.copy(),
        timeout=timeout,
    )


def test_help_lists_the_commands() -> None:
    result = kiosk("--help")
    assert result.returncode == 0
    for command in ("run", "demo", "tour", "check", "--data-dir"):
        assert command in result.stdout


def test_check_passes_on_a_set_up_machine(tmp_path: Path) -> None:
    result = kiosk("--data-dir", str(tmp_path / "d"), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "font zh_CN" in result.stdout and "0 failed" in result.stdout


def test_check_fails_and_explains_a_bad_setting(tmp_path: Path) -> None:
    (tmp_path / "kiosk.toml").write_text("[idle]\nwarning_seconds = 3\n")
    result = kiosk("--data-dir", str(tmp_path), "check")
    assert result.returncode == 1
    assert "idle.warning_seconds" in result.stdout and "at least 20" in result.stdout


def test_check_json_reports_each_check_for_installers(tmp_path: Path) -> None:
    """``kiosk check --json``: what the Debian package's scripts and tests read."""
    (tmp_path / "kiosk.toml").write_text("[idle]\nwarning_seconds = 3\n")
    result = kiosk("--data-dir", str(tmp_path), "check", "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    checks = {c["name"]: c for c in report["checks"]}
    assert report["failed"] == sum(not c["ok"] for c in report["checks"]) >= 1
    assert report["passed"] + report["failed"] == len(report["checks"])
    assert not checks["config"]["ok"] and "idle.warning_seconds" in checks["config"]["detail"]
    assert checks["config"]["fix"] and checks["content"]["ok"]


def test_check_reports_a_data_dir_it_cannot_write(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = kiosk("--data-dir", str(blocker / "sub"), "check")
    assert result.returncode == 1
    assert "FAIL data dir" in result.stdout and "fix:" in result.stdout


def test_bad_config_stops_start_up_with_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "kiosk.toml").write_text('[ui]\ndefault_locale = "fr"\n')
    result = kiosk("--data-dir", str(tmp_path), "tour", "--out", str(tmp_path / "t"))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "ui.default_locale" in result.stderr and "kiosk.toml" in result.stderr


def test_run_without_a_display_says_so(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = kiosk("--data-dir", str(tmp_path), "run", env=env)
    assert result.returncode == 2
    assert "no display" in result.stderr


def test_tour_writes_the_contracted_files(tmp_path: Path) -> None:
    out = tmp_path / "tour"
    result = kiosk(
        "--data-dir",
        str(tmp_path / "d"),
        "tour",
        "--out",
        str(out),
        "--locales",
        "ko",
        "--themes",
        "high_contrast",
        "--text-sizes",
        "150",
        "--resolution",
        "1080x1920",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads((out / "tour.json").read_text("utf-8"))
    assert data["resolution"] == [1080, 1920]
    ids = {s["id"] for s in data["screens"]}
    assert {"welcome", "language", "home", "help.requested", "timeout.warning"} <= ids
    for screen in data["screens"]:
        # A state over a screen (the assistant's panel) is its own picture: home@assistant.sorry.
        view = screen["id"] + (f"@{screen['state']}" if screen.get("state") else "")
        assert screen["png"] == f"ko/high_contrast/150/{view}.png"
        with Image.open(out / screen["png"]) as png:
            assert png.size == (1080, 1920)
        # The console is silent; the lobby display's calls are spoken by the announcer.
        assert screen["spoken"] or screen["id"] in ("staff.console", "lobby")
        for element in screen["elements"]:
            assert {"kind", "text", "rect", "font_px", "tappable", "action"} <= element.keys()
            assert element["kind"] in {"text", "button", "tile", "key", "input", "image"}
        bar = [e["action"] for e in screen["elements"] if e["tappable"] and e["in_bar"]]
        if screen["id"] in ("staff.console", "lobby"):  # windows without a customer bar
            assert bar == []
            continue
        # The six, then the assistant (Type here: the tour has no microphone).
        assert sorted(bar) == sorted(
            ["call_staff", "back", "start_again", "language", "text_size", "voice", "assistant"]
        )


def test_tour_rejects_unknown_locales(tmp_path: Path) -> None:
    result = kiosk("tour", "--out", str(tmp_path), "--locales", "fr")
    assert result.returncode == 2
    assert "fr" in result.stderr
