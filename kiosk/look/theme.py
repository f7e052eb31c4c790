"""Design tokens → Qt style sheet. The one place colours and sizes are decided.

Sizes are Qt device-independent pixels at 100 % text size; :func:`metrics`
scales *everything* (type, targets, spacing, radii) by the customer's text
size so a bigger setting never squeezes a control. Colour pairs are checked
for ≥ 7:1 contrast by the tests, and again from rendered pixels by the audit.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from kiosk.core import ids
from kiosk.core.languages import languages


@dataclass(frozen=True)
class Palette:
    background: str
    surface: str  # tiles and secondary buttons
    text: str
    text_muted: str  # hints; still ≥ 7:1
    border: str
    primary: str
    on_primary: str
    call_staff: str
    on_call_staff: str
    bar: str
    pressed: str
    focus: str
    border_width: int


PALETTES: dict[str, Palette] = {
    # Warm paper, near-black ink, one deep blue for the way forward, and a
    # sunflower Call staff button that is found without reading.
    "standard": Palette(
        background="#F7F4EE",
        surface="#FFFFFF",
        text="#1B1B1F",
        text_muted="#3A3A42",
        border="#6B6659",
        primary="#0B4A8B",
        on_primary="#FFFFFF",
        call_staff="#FFC93C",
        on_call_staff="#1B1B1F",
        bar="#E9E3D7",
        pressed="#DCEBFA",
        focus="#0B4A8B",
        border_width=2,
    ),
    # Black, white and yellow only; thick outlines carry the shapes.
    "high_contrast": Palette(
        background="#000000",
        surface="#000000",
        text="#FFFFFF",
        text_muted="#FFFFFF",
        border="#FFFF00",
        primary="#FFFF00",
        on_primary="#000000",
        call_staff="#FFFF00",
        on_call_staff="#000000",
        bar="#000000",
        pressed="#333300",
        focus="#00FFFF",
        border_width=4,
    ),
}

# Text/background pairs that must meet 7:1 in every palette.
CONTRAST_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "background"),
    ("text", "surface"),
    ("text", "bar"),
    ("text", "pressed"),
    ("text_muted", "background"),
    ("text_muted", "surface"),
    ("on_primary", "primary"),
    ("on_call_staff", "call_staff"),
)


@dataclass(frozen=True)
class Metrics:
    """Scaled sizes in device-independent pixels."""

    display: int  # countdown number, welcome line
    heading: int
    body: int
    label: int  # button titles
    small: int  # hints, the smallest text on a customer screen
    target: int  # minimum touch target side
    primary_target: int  # minimum height of a primary action
    gap: int  # minimum space between targets
    pad: int  # inner padding of controls
    margin: int  # screen margin
    radius: int
    scrollbar: int

    def scaled(self, factor: float) -> Metrics:
        return Metrics(**{f.name: round(getattr(self, f.name) * factor) for f in fields(self)})


BASE_METRICS = Metrics(
    display=72,
    heading=52,
    body=34,
    label=36,
    small=30,
    target=104,
    primary_target=128,
    gap=24,
    pad=20,
    margin=40,
    radius=20,
    scrollbar=40,
)

# Design minimums from DESIGN.md, used by the audit and tests.
MIN_TEXT_PX = 28
MIN_BODY_PX = 32
MIN_HEADING_PX = 48
MIN_TARGET_PX = 96
MIN_PRIMARY_PX = 120
MIN_GAP_PX = 16
MIN_CONTRAST = 7.0
MIN_LINE_HEIGHT = 1.3
MAX_CHOICES = 6

# Per-locale font families (language.toml's [fonts]): the first must hold every
# glyph the locale uses (checked by `kiosk check`); the rest are there for
# mixed-language screens.
FONT_FAMILIES: dict[str, tuple[str, ...]] = {
    **{loc: lang.font_families for loc, lang in languages().items()},
    ids.PSEUDO_LOCALE: ("Noto Sans", "Noto Sans CJK SC"),
}
FONT_PACKAGES: dict[str, str] = {
    family: package
    for lang in languages().values()
    for family, package in lang.font_packages.items()
}


def ink(palette: Palette, variant: str) -> str:
    """The text (and icon) colour on a control of this style variant."""
    return {"primary": palette.on_primary, "call_staff": palette.on_call_staff}.get(
        variant, palette.text
    )


# Space between and around things grows at half the rate of words and targets:
# a bigger text size needs bigger words and controls, not wider empty margins,
# and every pixel of air saved keeps a choice in view (DESIGN: no scrolling).
_AIR = ("gap", "pad", "margin")


def metrics(text_size: int) -> Metrics:
    factor = text_size / 100
    full = BASE_METRICS.scaled(factor)
    air = BASE_METRICS.scaled(1 + (factor - 1) / 2)
    return replace(full, **{name: getattr(air, name) for name in _AIR})


def number_px(text_size: int) -> int:
    """A queue or help number: already the biggest thing on the screen at 100 %
    (144 px), it grows at half the rate of the words (180 px at 150 %), so the
    choices under it stay in view."""
    return round(BASE_METRICS.display * 2 * (1 + (text_size / 100 - 1) / 2))


# The fixed bar's and the page row's buttons: a target's size at every text size
# (above DESIGN's 96 px). They grow with their words and icons, never emptily:
# every pixel of the bar's height is taken from the customer's task.
BAR_TARGET_PX = BASE_METRICS.target
# Above and below the fixed bar's row; the page row keeps 16 px minus this under it.
BAR_EDGE_PX = 8


def bar_metrics(text_size: int) -> Metrics:
    """The fixed bar grows at a quarter of the content's rate.

    The six controls are always the same and carry icons; at 200 % a fully
    scaled bar would take over half of a landscape screen and push the
    customer's task out of sight. Its words still grow (30 → 38 px, Call
    staff 36 → 45 px), and it stays on one row on a 1920 px screen.
    """
    return metrics(100 + (text_size - 100) // 4)


def font_families(locale: str) -> tuple[str, ...]:
    return FONT_FAMILIES.get(locale, FONT_FAMILIES["en"])


def _family_list(locale: str) -> str:
    return ", ".join(f'"{f}"' for f in font_families(locale))


def build_stylesheet(theme: str, text_size: int) -> str:
    """The whole application's QSS for one theme and text size.

    The locale's font is set as the window's font instead (see
    ``MainWindow.apply_prefs``): restyling every widget costs ~80 ms, a font
    change a fraction of that, and a language switch should feel instant.
    """
    p = PALETTES[theme]
    m = metrics(text_size)
    bm = bar_metrics(text_size)
    return (
        _text_rules(p, m, text_size)
        + _button_rules(p, m, bm)
        + _bar_rules(p, bm)
        + _panel_and_scroll_rules(p, m, bm)
    )


def _text_rules(p: Palette, m: Metrics, text_size: int) -> str:
    """The window's background and every kind of words (QLabel roles, per language)."""
    lang_rules = "\n".join(
        f'QLabel[lang="{loc}"] {{ font-family: {_family_list(loc)}; }}' for loc in ids.LOCALES
    )
    return f"""
* {{ color: {p.text}; }}
QWidget#MainWindow, QStackedWidget, QScrollArea, QWidget#ScreenBody, QWidget#PagedArea,
QWidget#Pager {{
    background: {p.background};
}}
QLabel {{ background: transparent; font-size: {m.body}px; }}
QLabel[role="display"] {{ font-size: {m.display}px; font-weight: 700; }}
QLabel[role="heading"][tone="warning"] {{ border: none; padding: 0px; }}
QLabel[role="number"] {{ font-size: {number_px(text_size)}px; font-weight: 700; }}
QLabel[role="heading"] {{ font-size: {m.heading}px; font-weight: 700; }}
QLabel[role="body"] {{ font-size: {m.body}px; }}
QLabel[role="label"] {{ font-size: {m.label}px; font-weight: 700; }}
QLabel[role="hint"] {{ font-size: {m.small}px; color: {p.text_muted}; }}
QLabel[role="bar"] {{ font-size: {m.small}px; font-weight: 700; }}
{lang_rules}

"""


def _button_rules(p: Palette, m: Metrics, bm: Metrics) -> str:
    """Buttons and tiles: their variants (primary, Call staff, selected, attract).

    A ``tight`` control (a short window's screen, kiosk/ui/screens/fit_steps.py)
    is as tall as its words need, down to the fixed bar's target size; a primary
    action keeps its own minimum (its rule comes later).
    """
    bw = p.border_width
    return f"""QPushButton {{
    background: {p.surface};
    border: {bw}px solid {p.border};
    border-radius: {m.radius}px;
    min-height: {m.target}px;
    min-width: {m.target}px;
    padding: 0px;
}}
QPushButton[tight="true"] {{ min-height: {bm.target}px; }}
QPushButton:pressed {{ background: {p.pressed}; }}
QPushButton:focus {{ outline: none; }}
QPushButton:disabled {{ border-style: dashed; }}
QPushButton[variant="primary"] {{
    background: {p.primary};
    border-color: {p.primary};
    min-height: {m.primary_target}px;
}}
/* Staff sign-in on a short window: Sign in as short as DESIGN lets a primary action be. */
QPushButton[variant="primary"][least_primary="true"] {{ min-height: {MIN_PRIMARY_PX}px; }}
QPushButton[variant="primary"] QLabel {{ color: {p.on_primary}; }}
QPushButton[variant="primary"]:pressed {{ border: {bw * 3}px solid {p.text}; }}
QPushButton[variant="call_staff"] {{
    background: {p.call_staff};
    border: {bw + 1}px solid {p.on_call_staff};
}}
QPushButton[variant="call_staff"] QLabel {{ color: {p.on_call_staff}; }}
QPushButton[variant="call_staff"]:pressed {{ border: {bw * 3}px solid {p.on_call_staff}; }}
QPushButton[variant="selected"] {{ border: {bw * 3}px solid {p.focus}; }}
QPushButton[variant="attract"] {{
    background: {p.background};
    border: none;
}}
QPushButton[variant="attract"][fit="true"] QLabel[role="heading"] {{
    font-size: {bm.heading}px;
}}
QPushButton[variant="attract"][fit="true"] QLabel[role="hint"] {{ font-size: {bm.small}px; }}
"""


def _bar_rules(p: Palette, bm: Metrics) -> str:
    """The fixed bar, the page buttons' row, the compact keypads and a short window's
    calculator words (``CompactWords``): bar sizes."""
    bw = p.border_width
    return f"""QWidget#FixedBar {{
    background: {p.bar};
    border-top: {bw}px solid {p.border};
}}
QWidget#FixedBar QPushButton {{
    background: {p.surface};
    min-height: {BAR_TARGET_PX - 2 * bw}px;
    min-width: {BAR_TARGET_PX - 2 * bw}px;
    border-radius: {bm.radius}px;
}}
QWidget#FixedBar QLabel[role="bar"] {{ font-size: {bm.small}px; }}
QWidget#FixedBar QLabel[role="label"] {{ font-size: {bm.label}px; }}
QWidget#FixedBar QPushButton[variant="call_staff"] {{ background: {p.call_staff}; }}
QWidget#Pager QLabel[role="label"] {{ font-size: {bm.label}px; }}
QWidget#CompactKeys QLabel[role="heading"] {{ font-size: {bm.heading}px; }}
QWidget#CompactKeys QLabel[role="label"] {{ font-size: {bm.label}px; }}
QWidget#CompactKeys QLabel[role="body"] {{ font-size: {bm.body}px; }}
QWidget#CompactKeys QPushButton {{ min-height: {bm.target}px; min-width: {bm.target}px; }}
QWidget#CompactWords QLabel[role="heading"] {{ font-size: {bm.heading}px; }}
QWidget#CompactWords QLabel[role="label"] {{ font-size: {bm.label}px; }}
QWidget#CompactWords QLabel[role="body"] {{ font-size: {bm.body}px; }}
QWidget#CompactWords QLabel[role="hint"] {{ font-size: {bm.small}px; }}
QWidget#Pager QPushButton {{
    min-height: {BAR_TARGET_PX - 2 * bw}px;
    min-width: {BAR_TARGET_PX - 2 * bw}px;
    border-radius: {bm.radius}px;
}}
"""


def _panel_and_scroll_rules(p: Palette, m: Metrics, bm: Metrics) -> str:
    """The assistant's panel and the scroll bars."""
    bw = p.border_width
    return f"""QWidget#VoicePanel {{
    background: {p.bar};
    border-top: {bw * 3}px solid {p.primary};
}}
QWidget#VoicePanel QScrollArea, QWidget#VoicePanelBody {{ background: {p.bar}; }}
QWidget#VoicePanel QPushButton {{ min-height: {bm.target}px; min-width: {bm.target}px; }}
QWidget#VoicePanel QLabel[role="label"] {{ font-size: {bm.label}px; }}
QWidget#VoicePanel QLabel[role="body"] {{ font-size: {bm.body}px; }}
QScrollBar:vertical {{
    background: {p.bar};
    width: {m.scrollbar}px;
    margin: 0px;
}}
QScrollBar::handle:vertical {{
    background: {p.border};
    min-height: {m.target}px;
    border-radius: {m.scrollbar // 2}px;
}}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0px; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
QScrollBar:horizontal {{ height: 0px; }}
"""


# Staff screens are used at a desk or standing beside the customer: desktop
# sizes are fine, but contrast and words-not-only-colour rules still hold.
STAFF_MIN_TEXT_PX = 16
STAFF_MIN_TARGET_PX = 44
STAFF_MIN_GAP_PX = 8

# Staff console rows that must stand out: theme → kind → (background, text).
# Each kind also has its own icon and word (kiosk/staff/words.py); colour is
# never the only signal. Every pair is ≥ 7:1 (tests/unit/core/test_contrast.py).
STAFF_ROW_COLOURS: dict[str, dict[str, tuple[str, str]]] = {
    "standard": {
        "quiet_check": ("#4A2A7A", "#FFFFFF"),  # deep violet: check calmly, not an alarm
        "fraud": ("#9B1C1C", "#FFFFFF"),  # deep red: possible fraud
        "priority": (PALETTES["standard"].call_staff, PALETTES["standard"].on_call_staff),
    },
    "high_contrast": {
        "quiet_check": ("#00FFFF", "#000000"),
        "fraud": ("#FF9E9E", "#000000"),
        "priority": (PALETTES["high_contrast"].call_staff, PALETTES["high_contrast"].on_call_staff),
    },
}


def build_staff_stylesheet(theme: str) -> str:
    """QSS for the staff console and the staff bar over the kiosk."""
    p = PALETTES[theme]
    bw = p.border_width
    return f"""
QWidget#StaffConsole, QWidget#StaffBar {{ background: {p.background}; }}
QWidget#StaffConsole *, QWidget#StaffBar * {{ color: {p.text}; font-size: 20px; }}
QWidget#StaffConsole QLabel[role="heading"], QWidget#StaffBar QLabel[role="heading"] {{
    font-size: 28px; font-weight: 700;
}}
QWidget#StaffConsole QLabel[role="hint"], QWidget#StaffBar QLabel[role="hint"] {{
    color: {p.text_muted};
}}
QWidget#StaffConsole QLabel[role="alert"], QWidget#StaffBar QLabel[role="alert"] {{
    font-weight: 700;
}}
QWidget#StaffConsole QPushButton, QWidget#StaffBar QPushButton {{
    background: {p.surface};
    border: {bw}px solid {p.border};
    border-radius: 10px;
    min-height: 48px;
    min-width: 48px;
    padding: 4px 16px;
    font-weight: 700;
}}
QWidget#StaffConsole QPushButton:pressed, QWidget#StaffBar QPushButton:pressed {{
    background: {p.pressed};
}}
QWidget#StaffConsole QPushButton:disabled, QWidget#StaffBar QPushButton:disabled {{
    border-style: dashed;
}}
QWidget#StaffConsole QPushButton[variant="primary"],
QWidget#StaffBar QPushButton[variant="primary"] {{
    background: {p.primary}; color: {p.on_primary}; border-color: {p.primary};
}}
QWidget#StaffConsole QTableView {{
    background: {p.surface};
    alternate-background-color: {p.background};
    gridline-color: {p.border};
    border: {bw}px solid {p.border};
    selection-background-color: {p.pressed};
    selection-color: {p.text};
}}
QWidget#StaffConsole QHeaderView::section {{
    background: {p.bar}; padding: 6px; border: none; font-weight: 700;
}}
QWidget#StaffConsole QLineEdit, QWidget#StaffConsole QComboBox,
QWidget#StaffBar QLineEdit, QWidget#StaffBar QComboBox {{
    background: {p.surface}; border: {bw}px solid {p.border}; border-radius: 8px;
    min-height: 44px; padding: 0px 10px;
}}
QWidget#StaffBar {{ border-bottom: {bw * 2}px solid {p.border}; }}
QWidget#StaffConsole QScrollArea, QWidget#StaffConsole QWidget#StaffCard {{
    background: {p.background};
}}
"""
