"""`kiosk demo --picture`: the demo's windows drawn without a display (what `make demo` writes)."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from kiosk.demo.layout import Rect


def test_the_demo_picture_shows_the_windows_on_a_laptop_screen(tmp_path: Path) -> None:
    out = tmp_path / "tour" / "demo.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(KIOSK_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="")
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "demo", "--picture", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    image = Image.open(out).convert("RGB")
    assert image.size == (1920, 1080)
    # Drawn, not blank, where the demo's layout puts the windows: the kiosk's
    # yellow Call staff bottom left, the DEMO ribbon in each window's corner.
    colours = {colour for _, colour in image.getcolors(1920 * 1080)}
    assert len(colours) > 200
    where = json.loads(out.with_suffix(".json").read_text("utf-8"))
    assert sorted(where) == ["console", "kiosk", "lobby"]
    k, c, lobby = (Rect(*where[role]) for role in ("kiosk", "console", "lobby"))
    for a, b in itertools.combinations((k, c, lobby), 2):
        assert not (a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom)
    assert abs(k.w / k.h - 16 / 9) < 0.01 and abs(lobby.w / lobby.h - 16 / 9) < 0.01
    ribbon = (176, 0, 32)
    assert image.getpixel((k.right - 4, k.y + 4)) == ribbon, "no DEMO ribbon on the kiosk"
    assert image.getpixel((c.right - 4, c.bottom - 4)) == ribbon, "no DEMO ribbon on the console"
    lobby_corner = (lobby.right - 4, lobby.bottom - 4)
    assert image.getpixel(lobby_corner) == ribbon, "no DEMO ribbon on the lobby"
    r, g, b = image.getpixel((k.x + int(k.w * 0.08), k.bottom - int(k.h * 0.06)))
    assert r > 240 and 180 < g < 215 and b < 90, "no Call staff bottom left"
    # Without --data-dir the demo keeps to its own folder, never the kiosk's.
    assert (tmp_path / "data" / "demo" / "logs" / "kiosk.log").exists()
    assert not (tmp_path / "data" / "kiosk.sqlite3").exists()
