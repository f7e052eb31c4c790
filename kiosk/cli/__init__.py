"""The ``kiosk`` command: one module per sub-command, registered one way.

A command module (``kiosk/cli/<name>.py``) exposes:

* ``COMMANDS`` (a tuple of sub-command names) or ``COMMAND`` (one name);
* ``register(sub)``: adds its sub-parsers to ``kiosk``'s sub-command parser;
* ``run(args, ...)``: does the work and returns the exit code. The parameters
  after ``args`` say what it needs, by name, and :mod:`kiosk.cli.dispatch` passes
  exactly those:

  - ``config``: the settings of the data directory (``kiosk.toml`` checked);
  - ``data_dir``: the data directory, made, logged to and repaired first
    (mode 0700) — for commands that write in it;
  - ``ctx``: a :class:`~kiosk.cli.dispatch.Context`, for a command that decides
    itself what it needs (``check`` reads the data directory but must not
    repair it before checking it);
  - nothing: the command needs neither (``say``, ``understand``).

Adding a command: put the module here and add its name to
:data:`kiosk.cli.dispatch.COMMAND_MODULES` (the order there is the order of
``kiosk --help``). A ``kiosk/cli_<name>.py`` written in this shape moves in with
``git mv kiosk/cli_<name>.py kiosk/cli/<name>.py`` and that one line.

Rules every command keeps: errors exit 2 with one line on stderr, never a
traceback (a :class:`~kiosk.core.errors.KioskError` or ``OSError`` that escapes
``run`` is printed that way); a module imports Qt only inside ``run`` and only
when it opens a window, so ``kiosk --help`` and the store commands stay fast
and work without PySide6.
"""

from kiosk.cli.dispatch import build_parser, main

__all__ = ["build_parser", "main"]
