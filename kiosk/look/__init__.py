"""How the kiosk's windows look, shared by the customer screens (ui) and the staff windows.

* :mod:`kiosk.look.theme` — palettes, metrics, fonts' families and the stylesheets
  (pure data and strings: no Qt);
* :mod:`kiosk.look.fonts` — whether the fonts asked for are installed and have every
  glyph a locale uses (Qt's font database; ``kiosk check`` asks it too);
* :mod:`kiosk.look.icons` — the SVG icons drawn as pixmaps.
"""
