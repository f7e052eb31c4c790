"""Developer and technician tools that build the kiosk as the composition root does.

* :mod:`kiosk.tools.tour` — ``kiosk tour``: every screen rendered offscreen to PNG
  and ``tour.json`` (what the accessibility audit reads);
* :mod:`kiosk.tools.inspect` — what the tour records about each widget on a screen.

They sit beside the root (they may import :mod:`kiosk.app`); nothing below imports them.
"""
