"""Argument types and the parser shared by the ``kiosk`` sub-commands."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any, NoReturn


class OneLineParser(argparse.ArgumentParser):
    """Argument mistakes as one line (scripts read stderr), not usage + message."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message}\n")


def csv_list(
    choices: Sequence[str] | None = None, cast: Callable[[str], Any] = str
) -> Callable[[str], list[Any]]:
    """An argument type for ``a,b,c``: each part cast, and checked against ``choices``."""

    def parse(text: str) -> list[Any]:
        items = [cast(part.strip()) for part in text.split(",") if part.strip()]
        if choices is not None:
            bad = [i for i in items if str(i) not in choices]
            if bad:
                raise argparse.ArgumentTypeError(
                    f"unknown value(s) {', '.join(map(str, bad))}; choose from {', '.join(choices)}"
                )
        return items

    return parse


def resolution(text: str) -> tuple[int, int]:
    """An argument type for ``WIDTHxHEIGHT`` in pixels."""
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"resolution must look like 1920x1080, not {text!r}"
        ) from None
    # The smallest screen a kiosk layout is checked on; nothing useful renders below it.
    if not (320 <= w <= 8192 and 240 <= h <= 8192):
        raise argparse.ArgumentTypeError(
            f"resolution must be between 320x240 and 8192x8192, not {text!r}"
        )
    return w, h
