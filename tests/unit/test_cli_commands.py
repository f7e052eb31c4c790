"""One way to add a ``kiosk`` command: a module with COMMANDS/COMMAND, register, run."""

from __future__ import annotations

import argparse
import inspect
import stat
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kiosk.cli import dispatch as cli_main
from kiosk.cli.dispatch import Context, command_modules, commands_of, run_command


def test_every_command_module_has_the_shape_and_owns_its_names_alone() -> None:
    seen: dict[str, str] = {}
    for module in command_modules():
        assert callable(module.register) and callable(module.run), module.__name__
        assert next(iter(inspect.signature(module.run).parameters)) == "args"
        for name in commands_of(module):
            assert name not in seen, f"{name} is registered by {seen[name]} and {module.__name__}"
            seen[name] = module.__name__
    assert {"run", "demo", "tour", "check", "queue", "staff", "say", "listen", "understand"} <= set(
        seen
    )


def test_the_command_line_loads_no_store_before_a_command_runs() -> None:
    # `kiosk run` paints the welcome screen before the queue opens its store:
    # sqlite-utils (and the numpy it pulls in) cost 200 ms of a 330 ms cold start.
    code = (
        "import sys\nfrom kiosk.cli.dispatch import build_parser\nbuild_parser()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlite_utils', 'numpy', 'psycopg') or m.startswith('kiosk.store')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _module(run: Any) -> ModuleType:
    module = ModuleType("kiosk.cli.example")
    module.COMMAND = "example"  # type: ignore[attr-defined]
    module.register = lambda sub: sub.add_parser("example", help="an example command")  # type: ignore[attr-defined]
    module.run = run  # type: ignore[attr-defined]
    return module


def _args(data_dir: Path) -> argparse.Namespace:
    return argparse.Namespace(command="example", data_dir=str(data_dir))


def test_a_command_gets_the_prepared_data_dir_and_settings_it_names(tmp_path: Path) -> None:
    got: dict[str, Any] = {}

    def run(args: argparse.Namespace, config: Any, data_dir: Path) -> int:
        got.update(config=config, data_dir=data_dir)
        return 7

    data_dir = tmp_path / "d"
    assert run_command(_module(run), _args(data_dir), Context(_args(data_dir))) == 7
    assert got["data_dir"] == data_dir
    assert got["config"]["log.level"]  # the settings, defaults filled in
    # Made private and logged to before the command ran (as `kiosk queue` always was).
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert any(data_dir.rglob("*.log"))


def test_a_command_that_names_nothing_touches_no_data_dir(tmp_path: Path) -> None:
    def run(args: argparse.Namespace) -> int:
        return 0

    data_dir = tmp_path / "never"
    assert run_command(_module(run), _args(data_dir), Context(_args(data_dir))) == 0
    assert not data_dir.exists()


def test_a_command_with_the_context_decides_itself(tmp_path: Path) -> None:
    def run(args: argparse.Namespace, ctx: Context) -> int:
        return 0 if ctx.data_dir == tmp_path / "c" else 1

    data_dir = tmp_path / "c"
    assert run_command(_module(run), _args(data_dir), Context(_args(data_dir))) == 0
    assert not data_dir.exists()  # resolved, not made


def test_a_command_added_to_the_list_is_in_help_and_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    example = _module(lambda args: print("example ran") or 3)
    real = cli_main.command_modules
    monkeypatch.setattr(cli_main, "command_modules", lambda: [*real(), example])
    assert cli_main.main(["example"]) == 3
    assert "example ran" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        cli_main.main(["--help"])
    assert "an example command" in capsys.readouterr().out
