"""Every setting the kiosk has, declared once: name, type, default, description, limits.

:mod:`kiosk.config` reads ``kiosk.toml`` against these; ``python -m kiosk.settings_doc``
writes them into docs/settings.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.core import ids
from kiosk.core.errors import ConfigError
from kiosk.core.text import printable


@dataclass(frozen=True)
class Setting:
    name: str
    type: type[Any]
    default: Any
    description: str
    choices: tuple[Any, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None

    def validate(self, value: Any, source: Path | None = None) -> Any:
        # bool is a subclass of int: refuse it where a number is wanted.
        if self.type is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise ConfigError(self.name, f"must be a whole number, not {value!r}", source)
        if not isinstance(value, self.type):
            expected = {str: "text", bool: "true or false"}.get(self.type, self.type.__name__)
            raise ConfigError(self.name, f"must be {expected}, not {value!r}", source)
        if isinstance(value, float) and not math.isfinite(value):
            raise ConfigError(self.name, f"must be a number, not {value!r}", source)
        if isinstance(value, str) and not printable(value):
            # A newline in kiosk.id would forge a line in `kiosk queue list`.
            raise ConfigError(
                self.name, f"must not contain control characters or line breaks: {value!a}", source
            )
        if self.choices is not None and value not in self.choices:
            allowed = ", ".join(str(c) for c in self.choices)
            raise ConfigError(self.name, f"must be one of {allowed}, not {value!r}", source)
        if self.minimum is not None and value < self.minimum:
            raise ConfigError(self.name, f"must be at least {self.minimum}, not {value}", source)
        if self.maximum is not None and value > self.maximum:
            raise ConfigError(self.name, f"must be at most {self.maximum}, not {value}", source)
        return value


SETTINGS: tuple[Setting, ...] = (
    Setting("kiosk.id", str, "kiosk-1", "This kiosk's id, shown to staff with help requests."),
    Setting(
        "staff.assist_idle_seconds",
        int,
        120,
        "Staff mode on the kiosk closes by itself after this many seconds without a touch.",
        minimum=30,
        maximum=1800,
    ),
    Setting(
        "staff.locale",
        str,
        "en",
        "Language of the staff console.",
        choices=("en", "zh_CN", "ko"),
    ),
    Setting("kiosk.location", str, "Main hall", "Where this kiosk stands, so staff can find it."),
    Setting(
        "kiosk.name",
        str,
        "Kiosk",
        "What staff call this kiosk, shown on the staff console with its help requests "
        "(e.g. 'Kiosk by the door').",
    ),
    Setting("bank.name", str, "Your Bank", "The bank's name shown on the welcome screen."),
    Setting(
        "products.currency",
        str,
        "CNY",
        "The branch's currency (ISO code): the amounts in assets/products/*.toml are in it, "
        "and every language shows it in its own format. Change the amounts with it.",
        choices=("CNY", "KRW", "HKD", "USD", "EUR", "GBP"),
    ),
    Setting(
        "products.take_home_url",
        str,
        "https://www.example-bank.com/easy/{product}?lang={locale}",
        "Address the 'Take it home' QR code opens on the customer's phone: the bank's "
        "large-print page for {product} (e.g. savings_account) in {locale} (en, zh_CN, ko). "
        "The kiosk only draws the code; it needs no internet.",
    ),
    Setting(
        "bank.deposit_protection",
        str,
        "500000",
        "The most the country's deposit insurance repays per person per bank, as a whole "
        "amount in the branch currency (products.currency), e.g. 500000 for China's "
        "500,000 yuan or 100000000 for Korea's 100 million won. Deposit products say their "
        "money is protected up to it, in the customer's own money format.",
    ),
    Setting(
        "bank.card_hotline",
        str,
        "95588",
        "The 24-hour number that blocks a lost card (said on the lost-card journey).",
    ),
    Setting(
        "bank.fraud_hotline",
        str,
        "96110",
        "The national anti-fraud number shown on the fraud warning (China 96110, "
        "Korea 112 or 1332, UK 159). Must not be empty.",
    ),
    Setting(
        "ui.default_locale",
        str,
        "en",
        "Language each new customer starts in.",
        choices=ids.LOCALES,
    ),
    Setting(
        "ui.default_text_size",
        int,
        100,
        "Text size (percent) each new customer starts with.",
        choices=ids.TEXT_SIZES,
    ),
    Setting(
        "ui.default_theme",
        str,
        "standard",
        "Colour theme each new customer starts with.",
        choices=ids.THEMES,
    ),
    Setting("ui.voice_default", bool, True, "Whether the kiosk speaks when a session starts."),
    Setting(
        "speech.rate_wpm",
        int,
        150,
        "Speaking rate in words per minute each customer starts with (slower than "
        "espeak-ng's 175, for elderly listeners).",
        minimum=80,
        maximum=300,
    ),
    Setting(
        "speech.rate_step_wpm",
        int,
        20,
        "How much slower each 'Slower' or 'Repeat' makes the voice, in words per minute.",
        minimum=5,
        maximum=100,
    ),
    Setting(
        "speech.min_rate_wpm",
        int,
        90,
        "The slowest the voice ever gets, in words per minute.",
        minimum=80,
        maximum=300,
    ),
    Setting(
        "speech.volume",
        float,
        0.9,
        "Voice volume each customer starts with, 0.0 (silent) to 1.0 (full); "
        "write it with a decimal point.",
        minimum=0,
        maximum=1,
    ),
    Setting(
        "speech.private_audio",
        bool,
        False,
        "Whether the kiosk speaks through a private output (headphones or a handset) "
        "rather than a loudspeaker. Only then are names, phone numbers and birth dates "
        "read back in full (and no spoken prompt is kept in the speech cache); otherwise "
        "they are masked (a phone number 'ending in 34').",
    ),
    Setting(
        "speech.cache_mb",
        int,
        50,
        "Disk space for synthesised prompts kept in <data dir>/cache/speech/ so "
        "common ones play at once; least recently used go first.",
        minimum=1,
        maximum=2048,
    ),
    # Lobby announcements (issue 12, the audio part: kiosk/services/announcer.py).
    Setting(
        "lobby.speak",
        bool,
        True,
        "Whether the lobby display says each called number aloud after its chime; "
        "false = chime and flashing number only.",
    ),
    Setting(
        "lobby.announce_repeats",
        int,
        2,
        "How many times the lobby says each call (each language once per round).",
        minimum=1,
        maximum=5,
    ),
    Setting(
        "ui.demo_size",
        str,
        "1920x1080",
        "The branch touchscreen `kiosk demo` shows, as WIDTHxHEIGHT: the kiosk is laid "
        "out at this size and scaled down as a whole to fit the laptop's screen.",
    ),
    # laptop demo: a portrait touchscreen
    Setting(
        "ui.demo_portrait",
        bool,
        False,
        "Whether `kiosk demo` shows the touchscreen upright (1080x1920), as `--portrait` does.",
    ),
    Setting(
        "idle.timeout_seconds",
        int,
        60,
        "Seconds without a touch on a customer screen before the timeout warning.",
        minimum=15,
        maximum=3600,
    ),
    Setting(
        "idle.warning_seconds",
        int,
        30,
        "Length of the spoken, visible countdown before the session is wiped.",
        minimum=20,
        maximum=300,
    ),
    Setting(
        "store.file",
        str,
        "kiosk.sqlite3",
        "The SQLite database file, relative to the data directory (keep it on a local "
        "disk, never a network share).",
    ),
    # PostgreSQL store (issue 13): one branch, many machines.
    Setting(
        "store.url",
        str,
        "",
        "A PostgreSQL server for the whole branch (postgresql://user@host/db; the password "
        "in ~/.pgpass or PGPASSWORD). Empty: the SQLite file above. KIOSK_DATABASE_URL and "
        "`kiosk --database URL` override it.",
    ),
    Setting(
        "retention.keep_days",
        int,
        0,
        "Days of context cards and staff notes to keep; older ones are wiped (counts "
        "are kept) at start-up and by `kiosk queue purge`. 0 keeps only today's.",
        minimum=0,
        maximum=3650,
    ),
    # Insight (events, the manager's report, the stuck-customer offer).
    Setting(
        "insight.keep_days",
        int,
        400,
        "Days of the anonymous event record (journeys, waits, help, voice, faults) to "
        "keep for `kiosk report`; older events are deleted at start-up. 0 keeps only today's.",
        minimum=0,
        maximum=3650,
    ),
    Setting(
        "insight.wait_target_minutes",
        int,
        15,
        "The branch's wait target: the report shows the share of customers who waited longer.",
        minimum=1,
        maximum=240,
    ),
    Setting(
        "insight.stuck_seconds",
        int,
        90,
        "Seconds on one step without progress before the kiosk offers a member of staff "
        "(at 150 % text this is 1.5 times longer, at 200 % twice as long).",
        minimum=20,
        maximum=900,
    ),
    Setting(
        "queue.counters",
        int,
        2,
        "Staff serving each queue at the same time, for the customer's wait estimate.",
        minimum=1,
        maximum=50,
    ),
    Setting(
        "queue.closing_time",
        str,
        "",
        "When the branch closes, as HH:MM (local time): numbers still open then are "
        "closed, in every running kiosk and console. Empty = at midnight.",
    ),
    Setting(
        "queue.health_check_seconds",
        int,
        300,
        "How often a running kiosk re-checks the database for damage (SQLite's quick "
        "check); a damaged database stops issuing numbers.",
        minimum=10,
        maximum=86400,
    ),
    # Counters, calling and the lobby display (kiosk.queue.counters, kiosk.ui.lobby).
    Setting(
        "queue.recalls_before_no_show",
        int,
        3,
        "Times a called number is called again ('Call again') before the staff console "
        "offers 'Did not come'.",
        minimum=0,
        maximum=10,
    ),
    Setting(
        "counters",
        list,
        [],
        'The branch\'s counters, as [[counters]] tables: id = "3" (what its sign says), '
        'services = ["cash", "account"], optional direction = "left" (left, right, '
        'ahead, behind, upstairs, downstairs) and name = { zh_CN = "3号窗口" } where the '
        "language's 'Counter 3' does not fit. `kiosk counters add` adds more.",
    ),
    Setting(
        "lobby.languages",
        list,
        list(ids.LOCALES),
        'Languages of the lobby display, e.g. ["zh_CN", "en"]; the first is the '
        "branch's main language. The display takes turns through them.",
    ),
    Setting(
        "lobby.flash_seconds",
        int,
        4,
        "How long a new call flashes on the lobby display, for customers who cannot hear it.",
        minimum=3,
        maximum=5,
    ),
    Setting(
        "lobby.language_seconds",
        int,
        8,
        "Seconds each of lobby.languages is shown before the display turns to the next.",
        minimum=3,
        maximum=60,
    ),
    Setting(
        "staff.max_attempts",
        int,
        5,
        "Wrong PINs in a row before a staff account is locked.",
        minimum=1,
        maximum=20,
    ),
    Setting(
        "staff.lockout_seconds",
        int,
        300,
        "How long a staff account stays locked after too many wrong PINs.",
        minimum=10,
        maximum=86400,
    ),
    Setting(
        "log.level",
        str,
        "INFO",
        "Log level for the log file in the data directory.",
        choices=("DEBUG", "INFO", "WARNING", "ERROR"),
    ),
    Setting(
        "printer.kind",
        str,
        "none",
        "Ticket printer: none (number shown on screen only), network, usb, file, or dummy (tests).",
        choices=("none", "dummy", "network", "usb", "file"),
    ),
    Setting("printer.host", str, "", "Network printer's IP address or host name."),
    Setting("printer.port", int, 9100, "Network printer's TCP port.", minimum=1, maximum=65535),
    Setting(
        "printer.timeout_seconds",
        int,
        3,
        "Seconds to wait for the printer before giving up (start-up and each ticket).",
        minimum=1,
        maximum=30,
    ),
    Setting("printer.usb_vendor", str, "", "USB printer's vendor id in hex, e.g. 0x04b8."),
    Setting("printer.usb_product", str, "", "USB printer's product id in hex, e.g. 0x0202."),
    Setting("printer.device", str, "/dev/usb/lp0", "Device file of a printer with kind = file."),
    Setting(
        "printer.paper_width_px",
        int,
        576,
        "Printable width in dots (80 mm paper at 203 dpi: 576; 58 mm: 384).",
        minimum=256,
        maximum=1024,
    ),
    Setting(
        "printer.profile",
        str,
        "",
        "python-escpos printer model (e.g. TM-T20II) for its width and cutter; empty = generic.",
    ),
    Setting(
        "speech.input_enabled",
        bool,
        True,
        "Whether the kiosk listens for spoken commands (needs a microphone and a speech "
        "model; every voice action also works by touch).",
    ),
    *(
        Setting(
            f"speech.model_paths.{locale}",
            str,
            "",
            f"Folder of the Vosk speech model for {locale}; empty = $KIOSK_MODELS_DIR/{locale}, "
            "then an installed model package (`kiosk models list`).",
        )
        for locale in ids.LOCALES
    ),
    Setting(
        "speech.input_device",
        str,
        "",
        "Microphone: a PortAudio input device name or number; empty = the system's default.",
    ),
    Setting(
        "speech.listen_seconds",
        int,
        10,
        "Longest a listening turn lasts before the kiosk stops listening.",
        minimum=3,
        maximum=60,
    ),
    Setting(
        "scanner.enabled",
        bool,
        True,
        "Whether the kiosk reads its 2D barcode scanner (a USB scanner that types like a "
        "keyboard): a booking confirmation's QR held under it opens check-in. The check-in "
        "words always mention the scanner, so fit one to every kiosk.",
    ),
    Setting(
        "scanner.key_gap_ms",
        int,
        35,
        "Longest pause between the scanner's keys, in milliseconds: faster keys ending "
        "with Enter are a scan, slower ones are typing. Raise it for a scanner set to type "
        "slowly.",
        minimum=5,
        maximum=200,
    ),
)
