"""``kiosk understand``: what the kiosk makes of a sentence, from a terminal or script.

    kiosk understand --lang en "I've lost my card"        → one human-readable line
    kiosk understand --lang en --json "I've lost my card" → one JSON object
    printf 'yes\\nstop\\n' | kiosk understand --lang en    → one JSON object per line

JSON (contract): ``{"text", "intent", "slots", "confidence"}``. Errors: one
line on stderr, exit 2. Never imports Qt; the matcher is built only when the
command runs, so ``kiosk --help`` stays fast.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from typing import TYPE_CHECKING, TextIO

from kiosk.core import ids
from kiosk.core.errors import KioskError

if TYPE_CHECKING:
    from kiosk.speech.intents import Understanding

COMMAND = "understand"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``understand`` to the ``kiosk`` sub-command parser."""
    parser = subparsers.add_parser(
        COMMAND,
        help="show the intent and slots the kiosk hears in a sentence (or stdin lines)",
        description="Understand TEXT, or each line of stdin when TEXT is omitted.",
    )
    parser.add_argument(
        "--lang", required=True, metavar="L", help=f"locale: {', '.join(ids.LOCALES)}"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a line")
    parser.add_argument(
        "text", nargs="*", metavar="TEXT", help="what was said (words may be unquoted)"
    )


def describe(result: Understanding) -> str:
    """One line for a person: intent, slots, confidence, and runner-ups."""
    slots = "".join(f" {name}={value}" for name, value in sorted(result.slots.items()))
    line = f"{result.intent}{slots} (confidence {result.confidence:.2f})"
    if result.alternatives:
        others = ", ".join(
            intent + "".join(f" {k}={v}" for k, v in sorted(slots_.items())) + f" {conf:.2f}"
            for intent, slots_, conf in result.alternatives
        )
        line += f"; also possible: {others}"
    return line


def _json_line(result: Understanding) -> str:
    return json.dumps(result.to_json(), ensure_ascii=False)


def run(args: argparse.Namespace, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Run ``kiosk understand``; returns the exit code (2 with one line on stderr on error)."""
    out = stdout or sys.stdout
    try:
        if args.lang not in ids.LOCALES:
            raise KioskError(
                f"unknown language {args.lang!r}; choose from {', '.join(ids.LOCALES)}"
            )
        from kiosk.speech.intents import matcher_for

        matcher = matcher_for(args.lang)
        if args.text:
            said = " ".join(args.text)
            if any("\ud800" <= c <= "\udfff" for c in said):  # undecodable argv bytes
                raise KioskError("TEXT is not UTF-8 text; give the words in UTF-8")
            result = matcher.understand(said)
            print(_json_line(result) if args.json else describe(result), file=out)
            return 0
        # One JSON object per input line, blank lines included, so line N of
        # the output always answers line N of the input.
        # Strict UTF-8 whatever the locale says: a bad byte is an error, not a guess.
        lines = stdin or io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="strict")
        for line in lines:
            print(_json_line(matcher.understand(line.rstrip("\r\n"))), file=out, flush=True)
        return 0
    except KioskError as exc:
        print(f"kiosk understand: {exc}", file=sys.stderr)
    except UnicodeDecodeError as exc:
        print(f"kiosk understand: stdin is not UTF-8 text ({exc.reason})", file=sys.stderr)
    except OSError as exc:
        print(f"kiosk understand: {exc.strerror or exc}", file=sys.stderr)
    return 2
