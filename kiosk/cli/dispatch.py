"""The ``kiosk`` command. Sub-commands import Qt only when they need it.

How a command module looks and is added: see :mod:`kiosk.cli`.
"""

from __future__ import annotations

import argparse
import inspect
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any

from kiosk import __version__
from kiosk.cli.args import OneLineParser
from kiosk.core.errors import KioskError
from kiosk.core.languages import languages
from kiosk.core.text import one_line

# The command modules in kiosk/cli/, in the order `kiosk --help` lists them.
COMMAND_MODULES = (
    "gui",
    "demo",
    "tour",
    "check",
    "queue",
    "counters",
    "lobby",
    "say",
    "announce",
    "listen",
    "understand",
    "db",
    "report",
    "demo_data",
)
DEFAULT_COMMAND = "run"


class Context:
    """What a command may need, worked out only when it asks (see :mod:`kiosk.cli`).

    Args:
        args: The parsed command line (``args.data_dir`` is the global ``--data-dir``).
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._data_dir: Path | None = None
        self._config: Any = None
        self._prepared = False

    def use_data_dir(self, path: Path) -> None:
        """A command with a folder of its own (the demo's); before config or preparing."""
        self._data_dir = path

    @property
    def data_dir(self) -> Path:
        """``--data-dir``, else ``$KIOSK_DATA_DIR``, else the platform's user data dir."""
        if self._data_dir is None:
            from kiosk.paths import resolve_data_dir

            self._data_dir = resolve_data_dir(self.args.data_dir)
        return self._data_dir

    @property
    def config(self) -> Any:
        """The settings: defaults, then the data directory's ``kiosk.toml``, checked."""
        if self._config is None:
            from kiosk.config import load_config

            self._config = load_config(self.data_dir)
        return self._config

    def prepared_data_dir(self) -> Path:
        """The data directory, made (0700), logged to and with looser modes repaired."""
        if not self._prepared:
            from kiosk.logging_setup import setup_logging
            from kiosk.paths import make_data_dir, prepare_data_dir

            config = self.config
            # Logging first, so that repairs of looser modes reach the log file;
            # the folder 0700 before anything is written in it.
            make_data_dir(self.data_dir)
            setup_logging(self.data_dir, config["log.level"])
            prepare_data_dir(self.data_dir)
            self._prepared = True
        return self.data_dir


def command_modules() -> list[ModuleType]:
    """The command modules, imported (none of them imports Qt at import time)."""
    return [import_module(f"kiosk.cli.{name}") for name in COMMAND_MODULES]


def commands_of(module: ModuleType) -> tuple[str, ...]:
    """The sub-command names a module serves: ``COMMANDS``, else ``(COMMAND,)``."""
    names = getattr(module, "COMMANDS", None)
    return tuple(names) if names is not None else (module.COMMAND,)


def build_parser(modules: Sequence[ModuleType] | None = None) -> argparse.ArgumentParser:
    """``kiosk``'s parser: the global options, then each module's sub-commands."""
    parser = OneLineParser(
        prog="kiosk", description="Branch Kiosk Assistant: an elderly-friendly bank kiosk."
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where the database, logs and kiosk.toml live (default: $KIOSK_DATA_DIR, "
        "else the platform's user data dir)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="the branch's PostgreSQL store, postgresql://user@host/db (default: "
        "$KIOSK_DATABASE_URL, else [store] url in kiosk.toml, else the SQLite file)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in modules if modules is not None else command_modules():
        module.register(sub)
    return parser


def run_command(module: ModuleType, args: argparse.Namespace, ctx: Context) -> int:
    """Call ``module.run`` with what its parameters ask for, in their order."""
    needs: dict[str, Any] = {}
    for name in list(inspect.signature(module.run).parameters)[1:]:
        if name == "ctx":
            needs[name] = ctx
        elif name == "config":
            needs[name] = ctx.config
        elif name == "data_dir":
            needs[name] = ctx.prepared_data_dir()
    code: int = module.run(args, **needs)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``kiosk``; returns the exit code (2 with one line on stderr on any error)."""
    try:
        # Every command needs the languages' facts: a broken language.toml is named
        # here, in one line, whichever command was asked for (not only by the commands
        # whose modules happen to read it as they are imported).
        languages()
        modules = command_modules()
    except KioskError as exc:  # a broken language.toml
        print(f"kiosk: {one_line(exc)}", file=sys.stderr)
        return 2
    args = build_parser(modules).parse_args(argv)
    command = args.command or DEFAULT_COMMAND
    owner = {name: module for module in modules for name in commands_of(module)}
    if command not in owner:
        print(f"kiosk: unknown command {command!r}", file=sys.stderr)
        return 2
    if args.database:  # the PostgreSQL store: children (workers, tours) inherit it
        os.environ["KIOSK_DATABASE_URL"] = args.database
    try:
        return run_command(owner[command], args, Context(args))
    except KioskError as exc:
        print(f"kiosk: {one_line(exc)}", file=sys.stderr)
        return 2
    except OSError as exc:
        message = f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")
        print(f"kiosk: {one_line(message)}", file=sys.stderr)
        return 2
