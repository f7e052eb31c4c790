"""`kiosk demo` as a real process on a virtual laptop screen: every window on it, none overlapping.

Each test starts its own Xvfb (``-displayfd`` picks a free display) so that
``xwininfo`` can look at the same screen: the windows X actually maps are
checked, not only what the kiosk says it did.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xwininfo") is None,
    reason="needs xvfb and x11-utils (make test installs them)",
)

Box = tuple[int, int, int, int]  # x, y, w, h


def _window_manager(display: str) -> subprocess.Popen[bytes]:
    """Openbox on ``display``, once it has announced itself (EWMH): frames and title bars."""
    env = {**os.environ, "DISPLAY": display}
    wm = subprocess.Popen(
        ["openbox", "--sm-disable"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )

    def announced() -> bool:
        root = subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env, capture_output=True, text=True
        )
        return "window id" in root.stdout

    if not wait_for(announced, timeout=30):
        wm.kill()
        pytest.fail("openbox did not start")
    return wm


@pytest.fixture
def display(request: pytest.FixtureRequest) -> Iterator[str]:
    """A virtual screen of the given size, with a window manager when one is asked for."""
    width, height, *wm_name = request.param
    if wm_name and shutil.which(wm_name[0]) is None:
        pytest.skip(f"needs {wm_name[0]} (make test installs it)")
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], 30)
        assert ready, "Xvfb did not start"
        number = os.read(read, 64).decode().strip()
        assert number.isdigit(), number
        wm = _window_manager(f":{number}") if wm_name else None
        try:
            yield f":{number}"
        finally:
            if wm is not None:
                wm.terminate()
                wm.wait(timeout=10)
    finally:
        os.close(read)
        server.terminate()
        server.wait(timeout=10)


def start(mode: str, data_dir: Path, display: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, KIOSK_DEMO_GEOMETRY="1")
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), mode],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def stop(proc: subprocess.Popen[str]) -> str:
    """SIGTERM, then the process must end cleanly: exit 0, no Python error on the way out.

    Returns:
        What it printed on stderr (shown in the failure when it did not end cleanly).
    """
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        code = proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        raise
    errors = proc.stderr.read() if proc.stderr is not None else ""
    assert code == 0, f"exit {code}: {errors[-4000:]}"
    # A background job that outlives the loop reports to a deleted relay (once a SIGSEGV).
    assert "Error calling Python override" not in errors, errors[-4000:]
    return errors


def wait_for(check, timeout: float = 90) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.25)
    return False


def mapped_windows(display: str) -> list[Box]:
    """Every viewable top-level X window on the display, as X reports it."""
    env = {**os.environ, "DISPLAY": display}
    tree = subprocess.run(
        ["xwininfo", "-root", "-children"], env=env, capture_output=True, text=True, check=True
    ).stdout
    # The window manager's own 1x1 "I am here" window (EWMH) is not a demo window.
    check = subprocess.run(
        ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env, capture_output=True, text=True
    ).stdout
    wm_check = {int(w, 16) for w in re.findall(r"window id # (0x[0-9a-f]+)", check)}
    boxes = []
    for window in re.findall(r"^\s+(0x[0-9a-f]+)", tree, re.M):
        if int(window, 16) in wm_check:
            continue
        info = subprocess.run(
            ["xwininfo", "-id", window], env=env, capture_output=True, text=True
        ).stdout
        if "IsViewable" not in info:
            continue
        values = {
            key: int(re.search(rf"{key}:\s+(-?\d+)", info).group(1))  # type: ignore[union-attr]
            for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")
        }
        boxes.append(tuple(values.values()))  # type: ignore[arg-type]
    return boxes


def inside(box: Box, screen: Box) -> bool:
    x, y, w, h = box
    sx, sy, sw, sh = screen
    return sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh


def overlap(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


# Bare X (no frames), and with openbox drawing title bars and borders: the demo
# measures them once they exist and tiles again.
SCREENS = [(1366, 768), (1920, 1080), (1366, 768, "openbox"), (1920, 1080, "openbox")]


@pytest.mark.parametrize("display", SCREENS, indirect=True, ids=str)
def test_the_demo_windows_fit_a_laptop_screen_without_overlapping(
    tmp_path: Path, display: str
) -> None:
    report = tmp_path / "demo-windows.json"
    proc = start("demo", tmp_path, display)
    try:
        assert wait_for(report.exists), "the demo never wrote its window geometry"
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        data = json.loads(report.read_text("utf-8"))
        screen = tuple(data["screen"])
        frames = {w["role"]: tuple(w["frame"]) for w in data["windows"]}
        assert sorted(frames) == ["console", "kiosk", "lobby"], data["windows"]
        # The kiosk keeps the touchscreen's 16:9, scaled as a whole.
        clients = {w["role"]: tuple(w["client"]) for w in data["windows"]}
        _, _, kw, kh = clients["kiosk"]
        assert abs(kw / kh - 16 / 9) < 0.01
        x_windows = mapped_windows(display)
        assert len(x_windows) == len(frames), x_windows
        for box in [*frames.values(), *x_windows]:
            assert inside(box, screen), f"{box} leaves the screen {screen}"
        for a, b in itertools.combinations(x_windows, 2):
            assert not overlap(a, b), f"{a} overlaps {b}"
        # X's outermost windows are the frames the window manager drew.
        assert sorted(x_windows) == sorted(frames.values())
        # The morning's demo queue is in the demo's own database.
        with sqlite3.connect(tmp_path / "kiosk.sqlite3") as db:
            assert db.execute("SELECT name FROM staff").fetchall() == [("Demo",)]
            assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 5
    finally:
        stop(proc)


@pytest.mark.parametrize("display", [(1366, 768)], indirect=True, ids=str)
def test_the_live_kiosk_never_creates_demo_data(tmp_path: Path, display: str) -> None:
    proc = start("run", tmp_path, display)
    log = tmp_path / "logs" / "kiosk.log"
    try:
        # The store opens on the worker after the window: wait until it has.
        assert wait_for(lambda: log.exists() and "upgraded from schema" in log.read_text("utf-8"))
        assert wait_for(lambda: (tmp_path / "kiosk.sqlite3").exists())
    finally:
        # The queue worker finishes opening the store (and would finish any seeding
        # step of the same call) before the process exits: the check below is final.
        stop(proc)
    with sqlite3.connect(tmp_path / "kiosk.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM staff").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 0
    assert not (tmp_path / "demo-windows.json").exists()
    assert "demo data" not in log.read_text("utf-8")
