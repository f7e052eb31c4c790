"""The ``kiosk`` command. Sub-commands import Qt only when they need it."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import (
    __version__,
    cli_announce,
    cli_db,
    cli_demo,
    cli_listen,
    cli_queue,
    cli_say,
    cli_understand,
)
from kiosk import cli_counters as cli_counters  # counters, calling and the lobby display
from kiosk import cli_lobby as cli_lobby
from kiosk.core import ids
from kiosk.core.errors import KioskError
from kiosk.core.text import one_line


def _csv(choices: Sequence[str] | None = None, cast: type = str):  # type: ignore[no-untyped-def]
    def parse(text: str) -> list:  # type: ignore[type-arg]
        items = [cast(part.strip()) for part in text.split(",") if part.strip()]
        if choices is not None:
            bad = [i for i in items if str(i) not in choices]
            if bad:
                raise argparse.ArgumentTypeError(
                    f"unknown value(s) {', '.join(map(str, bad))}; choose from {', '.join(choices)}"
                )
        return items

    return parse


def _resolution(text: str) -> tuple[int, int]:
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


def build_parser() -> argparse.ArgumentParser:
    parser = cli_queue.OneLineParser(
        prog="kiosk", description="Branch Kiosk Assistant: an elderly-friendly bank kiosk."
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where the database, logs and kiosk.toml live (default: $KIOSK_DATA_DIR, "
        "else the platform's user data dir)",
    )
    parser.add_argument(  # PostgreSQL store (issue 13)
        "--database",
        metavar="URL",
        help="the branch's PostgreSQL store, postgresql://user@host/db (default: "
        "$KIOSK_DATABASE_URL, else [store] url in kiosk.toml, else the SQLite file)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", help="the customer kiosk, fullscreen and locked (default)")
    cli_demo.register(sub)  # laptop demo
    tour = sub.add_parser("tour", help="render every screen offscreen to PNG + tour.json")
    tour.add_argument("--out", required=True, type=Path, metavar="DIR")
    locales = (*ids.LOCALES, ids.PSEUDO_LOCALE)
    tour.add_argument("--locales", type=_csv(locales), default=list(ids.LOCALES))
    tour.add_argument("--themes", type=_csv(ids.THEMES), default=list(ids.THEMES))
    tour.add_argument(
        "--text-sizes",
        type=_csv([str(s) for s in ids.TEXT_SIZES], int),
        default=list(ids.TEXT_SIZES),
    )
    tour.add_argument("--resolution", type=_resolution, default=(1920, 1080))
    tour.add_argument("--screens", type=_csv(), default=None, help="only these screen ids")
    check = sub.add_parser("check", help="self-check for technicians; exit 0 only when all pass")
    check.add_argument("--json", action="store_true", help="one JSON object (packaging)")
    cli_queue.add_commands(sub)
    cli_say.register(sub)
    cli_announce.register(sub)
    cli_listen.register(sub)
    cli_understand.register(sub)
    cli_counters.register(sub)
    cli_lobby.register(sub)
    cli_db.register(sub)  # PostgreSQL store (issue 13)
    from kiosk import cli_demo_data, cli_report  # insight (issue 14)

    cli_report.register(sub)
    cli_demo_data.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "run"
    if args.database:  # PostgreSQL store (issue 13): children (workers, tours) inherit it
        os.environ["KIOSK_DATABASE_URL"] = args.database
    try:
        from kiosk.config import load_config
        from kiosk.logging_setup import setup_logging
        from kiosk.paths import make_data_dir, prepare_data_dir, resolve_data_dir

        if command == cli_understand.COMMAND:  # words only: no data directory needed
            return cli_understand.run(args)
        if command == cli_say.COMMAND:
            return cli_say.run(args)
        if command == cli_announce.COMMAND:
            return cli_announce.run(args)
        data_dir = resolve_data_dir(args.data_dir)
        if command == cli_demo.COMMAND:  # laptop demo: its own folder
            data_dir = cli_demo.data_dir_for(args.data_dir, data_dir)
        if command == "check":
            from kiosk.diagnostics import run_checks

            return run_checks(data_dir, as_json=args.json)
        console = command == "staff" and getattr(args, "staff_command", None) is None
        config = load_config(data_dir)
        if command in cli_listen.COMMANDS:
            return cli_listen.run(args, config)
        if command != "tour":
            # Logging first, so that repairs of looser modes reach the log file;
            # the folder 0700 before anything is written in it.
            make_data_dir(data_dir)
            setup_logging(data_dir, config["log.level"])
            prepare_data_dir(data_dir)
        if console:
            from kiosk.app import run_console

            return run_console(config, data_dir)
        if command in cli_queue.COMMANDS:
            return cli_queue.run(args, config, data_dir)
        if command in cli_counters.COMMANDS:
            return cli_counters.run(args, config, data_dir)
        if command in cli_lobby.COMMANDS:
            return cli_lobby.run(args, config, data_dir)
        if command == cli_demo.COMMAND:  # laptop demo
            return cli_demo.run(args, config, data_dir)
        if command == cli_db.COMMAND:  # PostgreSQL store (issue 13)
            return cli_db.run(args, config, data_dir)
        if command in ("report", "demo-data"):  # insight (issue 14)
            from kiosk import cli_demo_data, cli_report

            insight = cli_report if command == "report" else cli_demo_data
            return insight.run(args, config, data_dir)
        if command == "run":
            from kiosk.app import run_gui

            return run_gui(config, data_dir, demo=False)
        if command == "tour":
            from kiosk.ui.tour import run_tour

            setup_logging(None)
            return run_tour(
                config,
                args.out,
                locales=args.locales,
                themes=args.themes,
                text_sizes=args.text_sizes,
                resolution=args.resolution,
                only=args.screens,
            )
    except KioskError as exc:
        print(f"kiosk: {one_line(exc)}", file=sys.stderr)
        return 2
    except OSError as exc:
        message = f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")
        print(f"kiosk: {one_line(message)}", file=sys.stderr)
        return 2
    print(f"kiosk: unknown command {command!r}", file=sys.stderr)
    return 2
