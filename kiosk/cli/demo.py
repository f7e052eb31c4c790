"""``kiosk demo``: the whole product on a laptop screen, or one picture of it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import Config

if TYPE_CHECKING:
    from kiosk.cli.dispatch import Context

COMMAND = "demo"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser(
        COMMAND,
        help="the laptop demo: the kiosk as a branch touchscreen shows it (scaled down), "
        "the staff console beside it, and a morning's demo queue",
    )
    demo.add_argument("--portrait", action="store_true", help="an upright touchscreen (1080x1920)")
    demo.add_argument(
        "--picture",
        type=Path,
        metavar="FILE.png",
        help="no windows: draw the demo's windows on a 1920x1080 laptop screen into FILE.png "
        "(works without a display)",
    )


def data_dir_for(cli_value: str | None, resolved: Path) -> Path:
    """The demo's own folder (``demo`` inside the usual one) unless ``--data-dir`` names one.

    The demo's staff account and queue then never reach the database of a kiosk
    that runs on the same machine, even one found through ``KIOSK_DATA_DIR``.
    """
    return resolved if cli_value is not None else resolved / "demo"


def run(args: argparse.Namespace, ctx: Context) -> int:
    """The demo's windows (or its picture), in the demo's own data folder."""
    ctx.use_data_dir(data_dir_for(args.data_dir, ctx.data_dir))
    config: Config = ctx.config
    data_dir = ctx.prepared_data_dir()
    if args.portrait:
        config = config.with_overrides(ui__demo_portrait=True)
    if args.picture is not None:
        from kiosk.demo.picture import write_demo_picture

        out = write_demo_picture(config, args.picture)
        print(f"kiosk demo: the demo layout drawn to {out}")
        return 0
    from kiosk.demo.run import run_demo

    return run_demo(config, data_dir)
