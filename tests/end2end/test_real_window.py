"""The real kiosk window on a virtual X display: starts, stays up, stops on SIGTERM."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    shutil.which("xvfb-run") is None, reason="needs xvfb (make test installs it)"
)


def wait_for(path: Path, text: str, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and text in path.read_text("utf-8", errors="replace"):
            return True
        time.sleep(0.2)
    return False


@pytest.mark.parametrize("mode", ["run", "demo"])
def test_kiosk_starts_on_a_display_and_stops_cleanly(tmp_path: Path, mode: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    proc = subprocess.Popen(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1920x1080x24",
            sys.executable,
            "-m",
            "kiosk",
            "--data-dir",
            str(tmp_path),
            mode,
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        started = wait_for(tmp_path / "logs" / "kiosk.log", "kiosk started")
        assert started, "the kiosk never logged its start"
        assert proc.poll() is None, "the kiosk exited on its own"
        kiosk_pids = subprocess.run(
            ["pgrep", "-f", f"kiosk --data-dir {tmp_path}"], capture_output=True, text=True
        ).stdout.split()
        python_pids = [p for p in kiosk_pids if int(p) != proc.pid]
        assert python_pids
        for pid in python_pids:
            os.kill(int(pid), signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.parametrize("kind", ["kiosk", "run", "bare"])
def test_the_cold_start_benchmark_child_paints_and_exits(kind: str) -> None:
    """`make bench` times these children; each must paint once and end by itself."""
    child = Path(__file__).resolve().parents[2] / "benchmarks" / "first_paint.py"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(child), kind], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["painted"]
