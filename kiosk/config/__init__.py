"""The kiosk's settings: declared defaults overridden by ``kiosk.toml``, checked.

The declarations (name, type, default, description, limits) live in
:mod:`kiosk.config.settings`. ``kiosk.toml`` in the data directory overrides them
(tables map to the dotted prefix: ``[idle] timeout_seconds = 90``). Unknown keys
and bad values raise :class:`ConfigError` naming the key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from kiosk.config.settings import SETTINGS, Setting
from kiosk.core import ids
from kiosk.core.errors import ConfigError

__all__ = ["CONFIG_FILE_NAME", "SETTINGS", "Config", "Setting", "load_config"]

CONFIG_FILE_NAME = "kiosk.toml"


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
        if not str(values["store.file"]).strip():
            raise ConfigError("store.file", "must name a file, not be empty", source)
        _check_take_home_url(values["products.take_home_url"], source)
        _check_phone_number("bank.card_hotline", values["bank.card_hotline"], source, CARD_STOP)
        _check_phone_number("bank.fraud_hotline", values["bank.fraud_hotline"], source, ANTI_FRAUD)
        protection = str(values["bank.deposit_protection"]).replace(",", "").strip()
        if not protection.isdigit() or int(protection) <= 0:
            raise ConfigError(
                "bank.deposit_protection",
                f"must be a whole amount like 500000, not {values['bank.deposit_protection']!r}",
                source,
            )
        _check_closing_time(values["queue.closing_time"], source)
        _check_languages(values["lobby.languages"], source)
        from kiosk.queue.counters import declared_counters

        self.counters = declared_counters(values["counters"], source)
        self._values = values

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
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


CARD_STOP = "the 24-hour number that stops a card, like 95588"
ANTI_FRAUD = (
    "the national anti-fraud phone number (e.g. 96110 in China, 112 or 1332 in Korea, "
    "159 in the UK)"
)


def _check_phone_number(key: str, number: str, source: Path | None, what: str) -> None:
    """A number customers are told to call: digits (spaces, dashes, +, brackets, and a
    slash between two numbers allowed).

    An empty or wordy value would put "Call  to stop your card" on the screen.
    """
    digits = sum(ch.isdigit() for ch in number)
    if digits < 3 or any(not (ch.isdigit() or ch in " -+()/") for ch in number):
        raise ConfigError(key, f"must be {what}, not {number!r}", source)


def _check_closing_time(text: str, source: Path | None) -> None:
    """Empty (midnight) or a real time of day, HH:MM."""
    if not text.strip():
        return
    hours, _, minutes = text.strip().partition(":")
    if not (
        hours.isascii() and hours.isdigit() and minutes.isascii() and minutes.isdigit()
    ) or not (0 <= int(hours) <= 23 and 0 <= int(minutes) <= 59 and len(minutes) == 2):
        raise ConfigError("queue.closing_time", f"must look like 18:00, not {text!r}", source)


def _check_languages(languages: list[Any], source: Path | None) -> None:
    """lobby.languages: one or more of ours, each once."""
    if not languages or any(lang not in ids.LOCALES for lang in languages):
        raise ConfigError(
            "lobby.languages",
            f"must list one or more of {', '.join(ids.LOCALES)}, not {languages!r}",
            source,
        )
    if len(set(languages)) != len(languages):
        raise ConfigError("lobby.languages", f"names a language twice: {languages!r}", source)


def _check_take_home_url(template: str, source: Path | None) -> None:
    """A web address with {product} (and optionally {locale}) and nothing else to fill."""
    key = "products.take_home_url"
    if not template.startswith(("https://", "http://")):
        raise ConfigError(key, f"must start with https://, not {template!r}", source)
    try:
        template.format(product="savings_account", locale="en")
    except (KeyError, IndexError, ValueError) as exc:
        raise ConfigError(key, f"may use only {{product}} and {{locale}} ({exc})", source) from None
    if "{product}" not in template:
        raise ConfigError(key, "must contain {product}", source)


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


MAX_DEPTH = 4  # [speech.model_paths] zh_CN = … is the deepest setting


def _flatten(table: Mapping[str, Any], prefix: str = "", depth: int = 1) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            if depth >= MAX_DEPTH:
                raise ConfigError(name[:80], "is nested deeper than any setting")
            flat.update(_flatten(value, name + ".", depth + 1))
        else:
            flat[name] = value
    return flat


def load_config(data_dir: Path) -> Config:
    """Defaults overridden by ``<data_dir>/kiosk.toml`` when it exists."""
    path = data_dir / CONFIG_FILE_NAME
    if not path.exists():
        return Config()
    try:
        # utf-8-sig: Notepad saves a byte-order mark that TOML itself does not allow.
        table = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("(file)", f"is not valid TOML: {exc}", path) from None
    except RecursionError:
        raise ConfigError("(file)", "is nested far too deeply to be kiosk settings", path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError("(file)", f"cannot be read: {exc}", path) from None
    try:
        flat = _flatten(table)
    except ConfigError as exc:
        raise ConfigError(exc.key, exc.problem, path) from None
    return Config(flat, path)
