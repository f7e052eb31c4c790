"""Every setting, declared once: name, type, default, description, limits.

Values come from the defaults below, overridden by ``kiosk.toml`` in the data
directory (tables map to the dotted prefix: ``[idle] timeout_seconds = 90``).
Unknown keys and bad values raise :class:`ConfigError` naming the key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.core import ids
from kiosk.core.errors import ConfigError

CONFIG_FILE_NAME = "kiosk.toml"


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
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
    Setting("kiosk.location", str, "Main hall", "Where this kiosk stands, so staff can find it."),
    Setting("bank.name", str, "Your Bank", "The bank's name shown on the welcome screen."),
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
        "ui.demo_size",
        str,
        "1366x768",
        "Window size of `kiosk demo`, as WIDTHxHEIGHT.",
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
        "log.level",
        str,
        "INFO",
        "Log level for the log file in the data directory.",
        choices=("DEBUG", "INFO", "WARNING", "ERROR"),
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


class Config(Mapping[str, Any]):
    """Validated settings: ``config["idle.timeout_seconds"]``."""

    def __init__(self, overrides: Mapping[str, Any] | None = None, source: Path | None = None):
        self.source = source
        values = {s.name: s.default for s in SETTINGS}
        for key, value in (overrides or {}).items():
            setting = _BY_NAME.get(key)
            if setting is None:
                raise ConfigError(key, "is not a known setting (see `kiosk check`)", source)
            values[key] = setting.validate(value, source)
        _parse_size(values["ui.demo_size"], source)
        self._values = values

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    @property
    def demo_size(self) -> tuple[int, int]:
        return _parse_size(self["ui.demo_size"], self.source)

    def with_overrides(self, **dotted: Any) -> Config:
        """A copy with some settings changed (keys use ``__`` for dots)."""
        merged = {k: v for k, v in self._values.items() if v != _BY_NAME[k].default}
        merged.update({k.replace("__", "."): v for k, v in dotted.items()})
        return Config(merged, self.source)


def _parse_size(text: str, source: Path | None) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise ConfigError(
            "ui.demo_size", f"must look like 1366x768, not {text!r}", source
        ) from None
    if w < 640 or h < 480:
        raise ConfigError("ui.demo_size", f"{text} is smaller than 640x480", source)
    return w, h


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


def load_config(data_dir: Path) -> Config:
    """Defaults overridden by ``<data_dir>/kiosk.toml`` when it exists."""
    path = data_dir / CONFIG_FILE_NAME
    if not path.exists():
        return Config()
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("(file)", f"is not valid TOML: {exc}", path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError("(file)", f"cannot be read: {exc}", path) from None
    return Config(_flatten(table), path)


def describe_settings() -> list[tuple[str, str, str, str]]:
    """(name, type, default, description) for docs and ``kiosk check``."""
    return [(s.name, s.type.__name__, repr(s.default), s.description) for s in SETTINGS]
