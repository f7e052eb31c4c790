"""Is there a screen to draw on? (Qt-free: ``kiosk check`` asks it without loading Qt.)"""

from __future__ import annotations

import os

# Qt platforms that draw without a window system (tests, the tour, framebuffers).
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")


def has_display() -> bool:
    """True when Qt can open a window: a headless platform, X11 or Wayland."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(HEADLESS_PLATFORMS):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
